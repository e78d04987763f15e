"""Agreement and change: most divided proposals, movements between rounds, tiers, countdowns."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_desktop.domain.agreement import Movement, compare_rounds, most_divided
from roadmap_desktop.domain.ranking import Ranked, rank, tiers
from roadmap_desktop.domain.rules import RuleError
from roadmap_desktop.domain.scoring import ProposalScore, unscored
from roadmap_desktop.domain.timer import as_utc, check_minutes, deadline_after, seconds_left

PROPERTY = settings(max_examples=150, deadline=None)


def ps(proposal: int, score: float | None, n: int = 3, spread: float | None = 0.0):
    if score is None:
        return unscored(proposal)
    return ProposalScore(proposal=proposal, score=score, n=n, spread=spread, discuss=False)


def ranked(*scores: tuple[int, float | None]) -> list[Ranked]:
    return rank([ps(p, s) for p, s in scores], {p: f"P{p}" for p, _s in scores})


# --- compare_rounds ---------------------------------------------------------------------------


def test_compare_rounds_lists_the_biggest_change_first():
    before = ranked((1, 4.0), (2, 3.0), (3, 2.0), (4, 1.0))
    after = ranked((1, 3.5), (2, 3.0), (3, 4.5), (4, 0.0))
    moves = compare_rounds(before, after)
    assert [(m.proposal, m.delta) for m in moves] == [(3, 2.5), (4, -1.0), (1, -0.5), (2, 0.0)]
    third = moves[0]
    assert (third.rank_before, third.rank_after, third.places) == (3, 1, 2)
    assert (third.score_before, third.score_after, third.title) == (2.0, 4.5, "P3")
    assert moves[1].places == 0  # last before and after


def test_compare_rounds_keeps_proposals_in_only_one_round_last():
    before = ranked((1, 4.0), (2, 3.0), (5, None))
    after = ranked((1, 4.0), (3, 5.0), (2, None))
    moves = compare_rounds(before, after)
    assert [m.proposal for m in moves] == [1, 3, 2, 5]
    assert [m.delta for m in moves] == [0.0, None, None, None]
    new = moves[1]
    assert (new.rank_before, new.rank_after, new.score_before, new.places) == (None, 1, None, None)
    gone = moves[2]
    assert (gone.rank_before, gone.rank_after, gone.score_after) == (2, None, None)


def test_float_noise_is_no_change():
    before = ranked((1, 11 / 3))
    after = ranked((1, (2 * 3 + 2 * 4 + 2 * 4) / 6))  # the same 3.666… by another path
    assert compare_rounds(before, after)[0].delta == 0.0


def test_equal_changes_follow_the_later_display_order():
    before = ranked((1, 1.0), (2, 2.0), (3, 3.0))
    after = ranked((1, 2.0), (2, 3.0), (3, 4.0))
    assert [m.proposal for m in compare_rounds(before, after)] == [3, 2, 1]


rankings = st.dictionaries(
    st.integers(1, 40), st.none() | st.integers(0, 20).map(lambda x: x / 4), max_size=8
).map(lambda d: ranked(*d.items()))


@PROPERTY
@given(rankings, rankings)
def test_compare_rounds_properties(before, after):
    moves = compare_rounds(before, after)
    ids = [m.proposal for m in moves]
    assert sorted(ids) == sorted({r.proposal for r in [*before, *after]})
    with_delta = [m for m in moves if m.delta is not None]
    assert moves[: len(with_delta)] == with_delta  # changes first, then the rest
    sizes = [abs(m.delta) for m in with_delta]
    assert sizes == sorted(sizes, reverse=True)
    for m in with_delta:
        assert m.delta == pytest.approx(m.score_after - m.score_before, abs=1e-9)
    back = {m.proposal: m for m in compare_rounds(after, before)}
    for m in moves:
        assert (back[m.proposal].rank_before, back[m.proposal].rank_after) == (
            m.rank_after,
            m.rank_before,
        )
        if m.delta is not None:
            assert back[m.proposal].delta == -m.delta


@PROPERTY
@given(rankings)
def test_a_round_compared_with_itself_did_not_move(ranking):
    for m in compare_rounds(ranking, ranking):
        assert m.places in (0, None)
        assert m.delta in (0.0, None)
        assert isinstance(m, Movement)


# --- most_divided -----------------------------------------------------------------------------


def test_most_divided_takes_the_widest_spreads_of_two_or_more_voters():
    results = [
        ps(1, 3.0, n=5, spread=0.4),
        ps(2, 3.0, n=5, spread=1.6),
        ps(3, 3.0, n=1, spread=0.0),  # one voter cannot disagree
        ps(4, 3.0, n=4, spread=1.6),
        ps(5, 3.0, n=4, spread=0.0),  # agreement, never listed
        ps(6, None),
        ps(7, 3.0, n=2, spread=0.9),
    ]
    assert [r.proposal for r in most_divided(results, 3)] == [2, 4, 7]
    assert [r.proposal for r in most_divided(results, 10)] == [2, 4, 7, 1]
    assert most_divided(results, 0) == []
    with pytest.raises(ValueError):
        most_divided(results, -1)


@PROPERTY
@given(
    st.lists(
        st.tuples(st.integers(0, 6), st.none() | st.floats(0, 3, allow_nan=False)),
        max_size=12,
    ),
    st.integers(0, 14),
)
def test_most_divided_properties(rows, k):
    results = [
        ProposalScore(i, None if s is None else 3.0, n, s, False) for i, (n, s) in enumerate(rows)
    ]
    picked = most_divided(results, k)
    assert len(picked) <= k
    assert all(r.n >= 2 and r.spread > 0 for r in picked)
    spreads = [r.spread for r in picked]
    assert spreads == sorted(spreads, reverse=True)
    left = [r for r in results if r not in picked and r.n >= 2 and r.spread]
    if len(picked) == k and picked and left:
        assert max(r.spread for r in left) <= min(spreads) + 1e-9
    if len(picked) < k:
        assert not [r for r in left if round(r.spread, 9) > 0]


# --- tiers ------------------------------------------------------------------------------------


def test_tiers_by_thresholds_in_any_order():
    results = [ps(1, 4.5), ps(2, 4.0), ps(3, 3.99), ps(4, 3.0), ps(5, 1.0), ps(6, None)]
    assert tiers(results, [3.0, 4.0]) == {1: 0, 2: 0, 3: 1, 4: 1, 5: 2, 6: None}
    assert tiers(results, []) == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: None}
    assert tiers(results, [4.0, 4.0]) == {1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: None}


def test_a_score_on_the_threshold_up_to_float_noise_is_in_the_higher_tier():
    assert tiers([ps(1, 3.9999999999)], [4.0]) == {1: 0}
    with pytest.raises(ValueError):
        tiers([ps(1, 3.0)], [float("nan")])


@PROPERTY
@given(
    st.lists(st.none() | st.integers(0, 20).map(lambda x: x / 4), max_size=10),
    st.lists(st.integers(0, 20).map(lambda x: x / 4), max_size=4),
)
def test_tiers_properties(scores, thresholds):
    results = [ps(i, s) for i, s in enumerate(scores)]
    tier = tiers(results, thresholds)
    steps = sorted(set(thresholds), reverse=True)
    for r in results:
        if r.score is None:
            assert tier[r.proposal] is None
            continue
        t = tier[r.proposal]
        assert 0 <= t <= len(steps)
        if t < len(steps):
            assert r.score >= steps[t]
        if t > 0:
            assert r.score < steps[t - 1]
    scored = [r for r in results if r.score is not None]
    for a in scored:
        for b in scored:
            if a.score > b.score:
                assert tier[a.proposal] <= tier[b.proposal]


# --- the countdown ----------------------------------------------------------------------------


def test_a_countdown_ends_minutes_after_its_start_in_utc():
    start = datetime(2026, 3, 4, 9, 0, tzinfo=timezone(timedelta(hours=-8)))
    end = deadline_after(start, 2.5)
    assert end == datetime(2026, 3, 4, 17, 2, 30, tzinfo=UTC)
    assert end.tzinfo == UTC
    assert seconds_left(end, end - timedelta(seconds=90)) == 90.0
    assert seconds_left(end, end + timedelta(seconds=5)) == 0.0
    # A naive time (what SQLite hands back) is UTC.
    assert seconds_left(end.replace(tzinfo=None), end - timedelta(seconds=1)) == 1.0
    assert as_utc(datetime(2026, 1, 1, 12)) == datetime(2026, 1, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize("minutes", [0, -1, float("nan"), float("inf"), 24 * 60 + 1, True, "5"])
def test_a_countdown_needs_a_sensible_length(minutes):
    with pytest.raises(RuleError):
        check_minutes(minutes)
