"""The scoring method of DESIGN.md, pinned by worked examples and checked by properties."""

import math
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from roadmap_desktop.domain.scoring import (
    AGGREGATIONS,
    ProposalScore,
    ScoreColumns,
    participant_score,
    score_proposals,
    tally_dots,
    unscored,
)
from tests.domain.strategies import Workshop, reference, workshops

TOL = 1e-9
PROPERTY = settings(max_examples=150, deadline=None)

# Criteria ids are sparse on purpose: "Important" 10 (weight 2), "Core" 20, "Achievable" 30.
WEIGHTS = {10: 2.0, 20: 1.0, 30: 1.0}


# Director 1: (2·4 + 2·4 + 3·5) / 7 = 31/7; director 2: (2·3 + 2·1 + 3·3) / 7 = 17/7.
NOISY_SPREAD = [(1, 1, 1, 4), (1, 1, 2, 4), (1, 1, 3, 5), (2, 1, 1, 3), (2, 1, 2, 1), (2, 1, 3, 3)]


def score(rows: list[tuple[int, int, int, float]], weights=None, **kwargs):
    return score_proposals(ScoreColumns.from_rows(rows), weights or WEIGHTS, **kwargs)


def one_criterion(values_by_proposal: dict[int, list[float]]) -> list:
    """Rows for a single criterion (weight 1): participant i gives values[i]."""
    return [
        (participant, proposal, 1, value)
        for proposal, values in values_by_proposal.items()
        for participant, value in enumerate(values, start=1)
    ]


# --- worked example -------------------------------------------------------------------------

# Proposal 7, three directors:
#   director 1 scores all three: (2·5 + 1·3 + 1·4) / 4 = 17/4 = 4.25
#   director 2 skipped "Achievable": (2·2 + 1·5) / 3 = 9/3 = 3 (not (4 + 5 + 0) / 4)
#   director 3 scored only "Achievable": 1·1 / 1 = 1
# score = mean(4.25, 3, 1) = 2.75 (pooling every row would give 27/8 = 3.375)
# spread = sqrt(((1.5)² + (0.25)² + (-1.75)²) / 3) = sqrt(43/24) ≈ 1.3385
# criterion means: 10 → (5 + 2) / 2 = 3.5, 20 → (3 + 5) / 2 = 4, 30 → (4 + 1) / 2 = 2.5
WORKED = [
    (1, 7, 10, 5),
    (1, 7, 20, 3),
    (1, 7, 30, 4),
    (2, 7, 10, 2),
    (2, 7, 20, 5),
    (3, 7, 30, 1),
]


def test_worked_example_mean():
    results = score(WORKED)
    assert set(results) == {7}
    r = results[7]
    assert r.proposal == 7
    assert r.score == pytest.approx(2.75, abs=TOL)
    assert r.n == 3
    assert r.spread == pytest.approx(math.sqrt(43 / 24), abs=TOL)
    assert r.discuss is True  # 1.3385 > default threshold 1.0
    assert dict(r.criterion_means) == pytest.approx({10: 3.5, 20: 4.0, 30: 2.5}, abs=TOL)


def test_worked_example_median():
    r = score(WORKED, aggregation="median")[7]
    assert r.score == pytest.approx(3.0, abs=TOL)  # median of 4.25, 3, 1
    # n, spread and criterion means do not depend on the aggregation.
    assert r.n == 3
    assert r.spread == pytest.approx(math.sqrt(43 / 24), abs=TOL)
    assert dict(r.criterion_means) == pytest.approx({10: 3.5, 20: 4.0, 30: 2.5}, abs=TOL)


def test_worked_example_row_order_does_not_matter():
    shuffled = [WORKED[i] for i in (5, 2, 0, 4, 1, 3)]
    a, b = score(WORKED)[7], score(shuffled)[7]
    assert b.score == pytest.approx(a.score, abs=TOL)
    assert b.spread == pytest.approx(a.spread, abs=TOL)
    assert (b.n, b.discuss) == (a.n, a.discuss)


def test_participant_score_weighted_over_scored_criteria_only():
    assert participant_score({10: 5, 20: 3, 30: 4}, WEIGHTS) == pytest.approx(4.25)
    assert participant_score({10: 2, 20: 5}, WEIGHTS) == pytest.approx(3.0)
    assert participant_score({30: 1}, WEIGHTS) == pytest.approx(1.0)


def test_participant_score_agrees_with_score_proposals():
    by_participant: dict[int, dict[int, float]] = {}
    for participant, _proposal, criterion, value in WORKED:
        by_participant.setdefault(participant, {})[criterion] = value
    scores = [participant_score(v, WEIGHTS) for v in by_participant.values()]
    assert score(WORKED)[7].score == pytest.approx(sum(scores) / len(scores), abs=TOL)


def test_participant_score_refuses_unknown_criterion_and_bad_weights():
    with pytest.raises(ValueError):
        participant_score({99: 3}, WEIGHTS)
    with pytest.raises(ValueError):
        participant_score({1: 3, 2: 4}, {1: 2.0, 2: -1.0})
    with pytest.raises(ValueError):
        participant_score({1: 3}, {1: 0.0})


def test_weights_scale_free():
    """Only the ratio of weights matters: ×10 on every weight changes nothing."""
    tenfold = {c: w * 10 for c, w in WEIGHTS.items()}
    assert score(WORKED, tenfold)[7].score == pytest.approx(2.75, abs=TOL)


# --- aggregation ----------------------------------------------------------------------------


def test_median_odd_and_even_counts():
    # Proposal 9 (odd): 4, 1, 2 → median 2, mean 7/3.
    # Proposal 3 (even): 5, 1, 3, 2 → median (2 + 3) / 2 = 2.5, mean 11/4.
    # Rows arrive unsorted and proposals interleaved, so grouping cannot rely on input order.
    rows = one_criterion({9: [4, 1, 2], 3: [5, 1, 3, 2]})
    rows = rows[::-1]
    median = score(rows, {1: 1.0}, aggregation="median")
    mean = score(rows, {1: 1.0}, aggregation="mean")
    assert median[9].score == pytest.approx(2.0, abs=TOL)
    assert median[3].score == pytest.approx(2.5, abs=TOL)
    assert mean[9].score == pytest.approx(7 / 3, abs=TOL)
    assert mean[3].score == pytest.approx(11 / 4, abs=TOL)
    assert (median[9].n, median[3].n) == (3, 4)


def test_median_of_weighted_participant_scores_not_of_raw_values():
    # Participant scores 4.25, 3, 1 (WORKED) have median 3; the raw values' median is 3.5.
    assert score(WORKED, aggregation="median")[7].score == pytest.approx(3.0, abs=TOL)


def test_mean_is_the_default_aggregation():
    rows = one_criterion({1: [1, 1, 4]})
    assert score(rows, {1: 1.0})[1].score == pytest.approx(2.0, abs=TOL)


def test_unknown_aggregation_is_refused():
    with pytest.raises(ValueError):
        score(WORKED, aggregation="mode")  # type: ignore[arg-type]


# --- n, spread, discuss ---------------------------------------------------------------------


def test_n_counts_participants_not_rows():
    r = score(WORKED)[7]
    assert r.n == 3  # six rows, three participants


def test_spread_is_population_standard_deviation():
    # Scores 2 and 4: ddof 0 → 1.0; ddof 1 would give sqrt(2) ≈ 1.414.
    r = score(one_criterion({1: [2, 4]}), {1: 1.0})[1]
    assert r.spread == pytest.approx(1.0, abs=TOL)
    # Scores 1, 2, 3, 4, 5: variance 2 → sqrt(2).
    r = score(one_criterion({1: [1, 2, 3, 4, 5]}), {1: 1.0})[1]
    assert r.spread == pytest.approx(math.sqrt(2), abs=TOL)


def test_single_participant_has_zero_spread():
    r = score([(4, 2, 10, 5), (4, 2, 30, 1)])[2]
    assert r.n == 1
    assert r.score == pytest.approx((2 * 5 + 1 * 1) / 3, abs=TOL)
    assert r.spread == pytest.approx(0.0, abs=TOL)
    assert r.discuss is False


def test_discuss_strictly_above_threshold():
    rows = one_criterion({1: [2, 4]})  # spread exactly 1.0
    assert score(rows, {1: 1.0}, discuss_threshold=1.0)[1].discuss is False
    assert score(rows, {1: 1.0}, discuss_threshold=0.999)[1].discuss is True
    assert score(rows, {1: 1.0}, discuss_threshold=1.001)[1].discuss is False


def test_discuss_not_flagged_by_float_noise_at_the_threshold():
    """Participant scores 31/7 and 17/7 are exactly 1 from their mean 24/7, but the float
    spread is 1.0000000000000002: that is not "above" a threshold of 1."""
    r = score(NOISY_SPREAD, {1: 2.0, 2: 2.0, 3: 3.0}, discuss_threshold=1.0)[1]
    assert r.spread == pytest.approx(1.0, abs=TOL)
    assert r.discuss is False
    assert score(NOISY_SPREAD, {1: 2.0, 2: 2.0, 3: 3.0}, discuss_threshold=0.99)[1].discuss


def test_discuss_is_per_proposal():
    rows = one_criterion({1: [1, 5], 2: [3, 3]})
    results = score(rows, {1: 1.0}, discuss_threshold=1.0)
    assert results[1].discuss is True
    assert results[2].discuss is False


# --- per-criterion means --------------------------------------------------------------------


def test_criterion_means_over_those_who_scored_the_criterion():
    # Two directors score "Important"; only director 1 scores "Core"; nobody "Achievable".
    rows = [(1, 5, 10, 4), (2, 5, 10, 1), (1, 5, 20, 2)]
    r = score(rows)[5]
    assert dict(r.criterion_means) == pytest.approx({10: 2.5, 20: 2.0}, abs=TOL)
    assert 30 not in r.criterion_means


def test_criterion_means_are_per_proposal():
    rows = [(1, 5, 10, 4), (1, 6, 10, 2), (2, 6, 10, 5), (2, 6, 20, 1)]
    results = score(rows)
    assert dict(results[5].criterion_means) == pytest.approx({10: 4.0}, abs=TOL)
    assert dict(results[6].criterion_means) == pytest.approx({10: 3.5, 20: 1.0}, abs=TOL)


# --- refusals and edge cases ----------------------------------------------------------------


def test_unknown_criterion_is_refused():
    with pytest.raises(ValueError):
        score([*WORKED, (1, 7, 99, 3)])
    # Below, between and above the known ids: each is caught.
    for criterion in (1, 15, 31):
        with pytest.raises(ValueError):
            score([(1, 7, criterion, 3)])


def test_score_with_no_weights_is_refused():
    with pytest.raises(ValueError):
        score_proposals(ScoreColumns.from_rows([(1, 1, 1, 3)]), {})


@pytest.mark.parametrize("bad", [0.0, -1.0])
def test_non_positive_weights_are_refused(bad):
    with pytest.raises(ValueError):
        score(WORKED, {**WEIGHTS, 20: bad})


@pytest.mark.parametrize("aggregation", AGGREGATIONS)
def test_empty_input_gives_nothing(aggregation):
    assert score_proposals(ScoreColumns.from_rows([]), WEIGHTS, aggregation=aggregation) == {}
    assert len(ScoreColumns.from_rows([])) == 0


def test_proposals_without_scores_are_absent():
    assert set(score(WORKED)) == {7}


def test_unscored():
    u = unscored(42)
    assert u == ProposalScore(proposal=42, score=None, n=0, spread=None, discuss=False)
    assert dict(u.criterion_means) == {}


def test_score_columns_from_rows():
    cols = ScoreColumns.from_rows([(1, 2, 3, 4.0), (5, 6, 7, 8.0)])
    assert len(cols) == 2
    assert tuple(cols.participant) == (1, 5)
    assert tuple(cols.proposal) == (2, 6)
    assert tuple(cols.criterion) == (3, 7)
    assert tuple(cols.value) == (4.0, 8.0)


# --- dot voting -----------------------------------------------------------------------------


def test_tally_dots_totals_and_givers():
    dots = [
        (1, 10, 3),
        (2, 10, 1),
        (3, 10, 0),  # zero dots: not a giver
        (1, 20, 2),
        (2, 30, 0),  # only zero dots: proposal absent
    ]
    results = tally_dots(dots)
    assert set(results) == {10, 20}
    assert results[10].score == 4.0
    assert isinstance(results[10].score, float)
    assert results[10].n == 2
    assert results[10].spread == pytest.approx(1.0)  # dots 3 and 1
    assert results[20].score == 2.0
    assert results[20].n == 1
    assert results[20].spread == pytest.approx(0.0)
    assert not results[10].discuss
    assert not results[20].discuss


def test_tally_dots_never_discuss_and_empty():
    assert tally_dots([]) == {}
    assert tally_dots([(1, 1, 0), (2, 1, 0)]) == {}
    assert tally_dots([(1, 1, 1), (2, 1, 9)])[1].discuss is False


# --- properties -----------------------------------------------------------------------------


def assert_same_results(actual: dict, expected: dict):
    assert set(actual) == set(expected)
    for p, e in expected.items():
        a = actual[p]
        assert a.proposal == p
        assert a.n == e.n
        assert a.score == pytest.approx(e.score, abs=TOL)
        assert a.spread == pytest.approx(e.spread, abs=TOL)
        assert a.discuss == e.discuss
        assert set(a.criterion_means) == set(e.criterion_means)
        for c, m in e.criterion_means.items():
            assert a.criterion_means[c] == pytest.approx(m, abs=TOL)


@PROPERTY
@given(
    workshop=workshops(),
    aggregation=st.sampled_from(AGGREGATIONS),
    threshold=st.sampled_from([0.0, 0.5, 1.0, 1.25, 1.5]),
)
@example(
    workshop=Workshop({1: 2, 2: 2, 3: 3}, (1,), (1, 2), tuple(NOISY_SPREAD)),
    aggregation="mean",
    threshold=1.0,
)
def test_agrees_with_exact_reference(workshop: Workshop, aggregation, threshold):
    actual = score_proposals(
        ScoreColumns.from_rows(list(workshop.rows)),
        workshop.weights,
        aggregation=aggregation,
        discuss_threshold=threshold,
    )
    expected = reference(workshop.rows, workshop.weights, aggregation)
    assert set(actual) == set(expected)
    for p, e in expected.items():
        a = actual[p]
        assert a.proposal == p
        assert a.n == e.n
        assert a.score == pytest.approx(float(e.score), abs=TOL)
        assert a.spread == pytest.approx(math.sqrt(e.variance), abs=TOL)
        # Exact: spread > threshold ⇔ variance > threshold² (both sides non-negative).
        assert a.discuss == (e.variance > Fraction(threshold) ** 2)
        assert set(a.criterion_means) == set(e.criterion_means)
        for c, m in e.criterion_means.items():
            assert a.criterion_means[c] == pytest.approx(float(m), abs=TOL)


@PROPERTY
@given(
    workshop=workshops(),
    aggregation=st.sampled_from(AGGREGATIONS),
    data=st.data(),
)
def test_row_order_and_participant_labels_change_nothing(workshop: Workshop, aggregation, data):
    rows = list(workshop.rows)
    permuted = data.draw(st.permutations(rows))
    new_ids = data.draw(
        st.lists(
            st.integers(1, 2**31 - 1),
            min_size=len(workshop.participants),
            max_size=len(workshop.participants),
            unique=True,
        )
    )
    relabel = dict(zip(workshop.participants, new_ids, strict=True))
    relabelled = [(relabel[part], prop, crit, v) for part, prop, crit, v in permuted]

    def run(r):
        return score_proposals(ScoreColumns.from_rows(r), workshop.weights, aggregation=aggregation)

    assert_same_results(run(relabelled), run(rows))


@PROPERTY
@given(workshop=workshops(min_rows=1), data=st.data())
def test_raising_a_score_never_lowers_the_proposal_nor_touches_others(workshop: Workshop, data):
    rows = list(workshop.rows)
    index = data.draw(st.integers(0, len(rows) - 1))
    raise_by = data.draw(st.integers(1, 4))
    participant, proposal, criterion, value = rows[index]
    raised = rows.copy()
    raised[index] = (participant, proposal, criterion, value + raise_by)
    for aggregation in AGGREGATIONS:
        before = score_proposals(
            ScoreColumns.from_rows(rows), workshop.weights, aggregation=aggregation
        )
        after = score_proposals(
            ScoreColumns.from_rows(raised), workshop.weights, aggregation=aggregation
        )
        assert set(after) == set(before)
        assert after[proposal].score >= before[proposal].score - TOL
        assert after[proposal].n == before[proposal].n
        assert (
            after[proposal].criterion_means[criterion] > before[proposal].criterion_means[criterion]
        )
        for other in set(before) - {proposal}:
            assert after[other] == before[other]
