"""What-if weights (domain/whatif.py): the model re-scores exactly as scoring.score_proposals,
scaling the weights changes nothing, and a weight of 0 drops the criterion."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_desktop.domain.ranking import rank
from roadmap_desktop.domain.rules import RuleError
from roadmap_desktop.domain.scoring import (
    AGGREGATIONS,
    ProposalScore,
    ScoreColumns,
    score_proposals,
)
from roadmap_desktop.domain.whatif import WeightModel, check_weights
from roadmap_desktop.words import Message
from tests.domain.strategies import Workshop, workshops

PROPERTY = settings(max_examples=150, deadline=None)
EXACT = 1e-12
TOL = 1e-9


def columns(rows) -> ScoreColumns:
    return ScoreColumns.from_rows([(a, b, c, float(v)) for a, b, c, v in rows])


def assert_same(
    got: dict[int, ProposalScore], want: dict[int, ProposalScore], tol: float, means: bool
) -> None:
    assert list(got) == list(want)
    for p, w in want.items():
        g = got[p]
        assert g.proposal == p
        assert g.n == w.n
        assert g.score == pytest.approx(w.score, abs=tol, rel=0)
        assert g.spread == pytest.approx(w.spread, abs=tol, rel=0)
        assert g.discuss == w.discuss
        if means:
            assert dict(g.criterion_means) == dict(w.criterion_means)


def display(results: dict[int, ProposalScore]) -> list[tuple[int, int | None]]:
    titles = {p: f"P{p}" for p in results}
    return [(r.proposal, r.rank) for r in rank(results.values(), titles)]


# --- equal to score_proposals ---------------------------------------------------------------


@PROPERTY
@given(workshops(min_rows=1), st.sampled_from(AGGREGATIONS), st.randoms(use_true_random=False))
def test_own_weights_score_as_score_proposals(w: Workshop, aggregation, random) -> None:
    criteria = list(w.weights)
    random.shuffle(criteria)  # the model's column order is its own, not the ids' order
    scores = columns(w.rows)
    model = WeightModel(scores, criteria, aggregation=aggregation, discuss_threshold=0.8)
    want = score_proposals(scores, w.weights, aggregation=aggregation, discuss_threshold=0.8)
    assert_same(model.score(w.weights), want, EXACT, means=True)
    assert model.proposals.tolist() == sorted(want)


@PROPERTY
@given(workshops(min_rows=1), st.sampled_from(AGGREGATIONS), st.data())
def test_score_matrix_rows_are_scores(w: Workshop, aggregation, data) -> None:
    """Each row of score_matrix is score() under that row's weights, NaN where absent."""
    criteria = list(w.weights)
    model = WeightModel(columns(w.rows), criteria, aggregation=aggregation)
    weight = st.sampled_from([0.0, 0.25, 1.0, 2.0, 3.5])
    vectors = [
        data.draw(st.lists(weight, min_size=len(criteria), max_size=len(criteria)).filter(any))
        for _ in range(3)
    ]
    matrix = model.score_matrix(np.asarray(vectors))
    assert matrix.shape == (3, len(model.proposals))
    for row, vector in zip(matrix, vectors, strict=True):
        one = model.score(dict(zip(criteria, vector, strict=True)))
        for p, value in zip(model.proposals.tolist(), row.tolist(), strict=True):
            if p in one:
                assert value == pytest.approx(one[p].score, abs=EXACT, rel=0)
            else:
                assert math.isnan(value)


@PROPERTY
@given(
    workshops(min_rows=1),
    st.sampled_from(AGGREGATIONS),
    st.sampled_from([1e-3, 0.5, 1.7, 3.0, 1e3]),
)
def test_scaling_all_weights_changes_nothing(w: Workshop, aggregation, factor) -> None:
    model = WeightModel(columns(w.rows), list(w.weights), aggregation=aggregation)
    plain = model.score(w.weights)
    scaled = model.score({c: weight * factor for c, weight in w.weights.items()})
    assert_same(scaled, plain, TOL, means=True)
    assert display(scaled) == display(plain)


@PROPERTY
@given(workshops(min_rows=1), st.sampled_from(AGGREGATIONS), st.data())
def test_a_zero_weight_drops_the_criterion(w: Workshop, aggregation, data) -> None:
    if len(w.weights) < 2:
        return
    dropped = data.draw(st.sampled_from(sorted(w.weights)))
    model = WeightModel(columns(w.rows), list(w.weights), aggregation=aggregation)
    got = model.score({**w.weights, dropped: 0})
    kept = [row for row in w.rows if row[2] != dropped]
    rest = {c: weight for c, weight in w.weights.items() if c != dropped}
    want = score_proposals(columns(kept), rest, aggregation=aggregation) if kept else {}
    # The criterion means still count the dropped criterion: they do not depend on weights.
    assert_same(got, want, EXACT, means=False)
    for p, result in got.items():
        assert set(result.criterion_means) == {c for _u, q, c, _v in w.rows if q == p}


def test_zero_weight_worked_example() -> None:
    # Participant 1 scored both criteria, participant 2 only criterion 2 (weight 0 below).
    rows = [(1, 7, 1, 4), (1, 7, 2, 2), (2, 7, 2, 5), (2, 8, 2, 3)]
    model = WeightModel(columns(rows), [1, 2])
    result = model.score({1: 1.0, 2: 0.0})
    assert list(result) == [7]  # proposal 8 was scored on criterion 2 alone: no score
    assert result[7].score == 4.0
    assert result[7].n == 1  # participant 2 gives proposal 7 no score
    assert result[7].spread == 0.0
    assert result[7].criterion_means == {1: 4.0, 2: 3.5}
    matrix = model.score_matrix(np.asarray([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]))
    assert model.proposals.tolist() == [7, 8]
    assert matrix[0, 0] == 4.0 and math.isnan(matrix[0, 1])
    assert matrix[1].tolist() == [3.5, 3.0]
    assert matrix[2].tolist() == [4.0, 3.0]


def test_a_repeated_score_counts_as_score_proposals_counts_it() -> None:
    rows = [(1, 1, 1, 5), (1, 1, 1, 5), (1, 1, 2, 1), (2, 1, 2, 4)]
    scores = columns(rows)
    weights = {1: 1.0, 2: 2.0}
    assert_same(
        WeightModel(scores, [2, 1]).score(weights),
        score_proposals(scores, weights),
        EXACT,
        means=True,
    )


@pytest.mark.parametrize("zero", [False, True])
def test_median_with_groups_of_very_different_sizes(zero: bool) -> None:
    """One proposal scored by 40 participants, the others by one or two: the median takes
    its (group, score) sort rather than the dense block."""
    rng = np.random.default_rng(5)
    rows = [(u, 1, c, int(rng.integers(1, 6))) for u in range(1, 41) for c in (1, 2)]
    rows += [
        (u, p, c, int(rng.integers(1, 6)))
        for p in range(2, 12)
        for u in (1, 2)
        for c in (1, 2)
        if (p + u + c) % 3
    ]
    weights = {1: 2.0, 2: 0.0 if zero else 1.0}
    model = WeightModel(columns(rows), [1, 2], aggregation="median")
    assert len(model.proposals) * model._width > 2 * model._values.shape[0] + 64
    if zero:
        kept = [row for row in rows if row[2] == 1]
        want = score_proposals(columns(kept), {1: 2.0}, aggregation="median")
        assert_same(model.score(weights), want, EXACT, means=False)
    else:
        want = score_proposals(columns(rows), weights, aggregation="median")
        assert_same(model.score(weights), want, EXACT, means=True)
    row = model.score_matrix(np.asarray([[2.0, 0.0 if zero else 1.0]]))[0]
    for p, value in zip(model.proposals.tolist(), row.tolist(), strict=True):
        assert (
            (value == pytest.approx(want[p].score, abs=EXACT)) if p in want else math.isnan(value)
        )


# --- refusals -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "weights",
    [{1: -1.0, 2: 1.0}, {1: math.nan, 2: 1.0}, {1: math.inf, 2: 1.0}, {1: 0.0, 2: 0.0}],
)
def test_weights_that_weigh_nothing_are_refused_with_a_sentence(weights) -> None:
    model = WeightModel(columns([(1, 1, 1, 3), (1, 1, 2, 4)]), [1, 2])
    with pytest.raises(RuleError) as error:
        model.score(weights)
    assert isinstance(error.value.message, Message)
    assert str(error.value.message).endswith(".")
    with pytest.raises(RuleError):
        model.score_matrix(np.asarray([[1.0, 1.0], [weights[1], weights[2]]]))


def test_check_weights_accepts_a_zero_among_others() -> None:
    check_weights([0.0, 1.0])
    check_weights(np.asarray([[0.0, 1.0], [2.0, 0.0]]))


def test_programming_errors_are_value_errors() -> None:
    with pytest.raises(ValueError, match="does not weigh"):
        WeightModel(columns([(1, 1, 3, 3)]), [1, 2])
    with pytest.raises(ValueError, match="twice"):
        WeightModel(columns([(1, 1, 1, 3)]), [1, 1])
    with pytest.raises(ValueError, match="aggregation"):
        WeightModel(columns([(1, 1, 1, 3)]), [1], aggregation="mode")  # type: ignore[arg-type]
    model = WeightModel(columns([(1, 1, 1, 3)]), [1, 2])
    with pytest.raises(ValueError, match="no weight"):
        model.score({1: 1.0})
    with pytest.raises(ValueError, match="V×2"):
        model.score_matrix(np.asarray([1.0, 1.0]))


def test_no_scores() -> None:
    model = WeightModel(ScoreColumns((), (), (), ()), [1, 2])
    assert model.proposals.tolist() == []
    assert model.score({1: 1.0, 2: 1.0}) == {}
    assert model.score_matrix(np.ones((4, 2))).shape == (4, 0)


def test_many_vectors_in_blocks_equal_one_at_a_time() -> None:
    """score_matrix scores large blocks in pieces; the pieces join up."""
    rng = np.random.default_rng(11)
    rows = [
        (u, p, c, int(rng.integers(1, 6)))
        for p in range(1, 61)
        for u in range(1, 31)
        for c in (1, 2, 3)
        if rng.random() > 0.1
    ]
    model = WeightModel(columns(rows), [1, 2, 3])
    vectors = rng.uniform(0.5, 1.5, size=(300, 3))
    matrix = model.score_matrix(vectors)
    for i in (0, 137, 299):
        one = model.score(dict(zip([1, 2, 3], vectors[i].tolist(), strict=True)))
        assert matrix[i].tolist() == pytest.approx([one[p].score for p in range(1, 61)], abs=EXACT)
