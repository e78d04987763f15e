"""Ranking and cut lines (DESIGN.md "Scoring method"): shared ranks, display order, quotas."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap_desktop.domain.ranking import (
    TIE_DECIMALS,
    CutLine,
    Ranked,
    cut_by_quota,
    cut_top,
    rank,
)
from roadmap_desktop.domain.scoring import (
    AGGREGATIONS,
    ProposalScore,
    ScoreColumns,
    score_proposals,
    tally_dots,
    unscored,
)
from tests.domain.strategies import Workshop, workshops

PROPERTY = settings(max_examples=150, deadline=None)


def ps(proposal: int, score: float, n: int = 3) -> ProposalScore:
    return ProposalScore(proposal=proposal, score=score, n=n, spread=0.0, discuss=False)


def ranks(ranked: list[Ranked]) -> list[tuple[int, int | None]]:
    return [(r.proposal, r.rank) for r in ranked]


# --- rank -----------------------------------------------------------------------------------


def test_ties_share_a_rank_and_skip_the_next():
    results = [ps(1, 2.0), ps(2, 4.0), ps(3, 3.0), ps(4, 3.0)]
    titles = {1: "a", 2: "b", 3: "c", 4: "d"}
    assert ranks(rank(results, titles)) == [(2, 1), (3, 2), (4, 2), (1, 4)]


def test_three_way_tie_then_next_rank():
    results = [ps(1, 5.0), ps(2, 5.0), ps(3, 5.0), ps(4, 1.0)]
    titles = {1: "a", 2: "b", 3: "c", 4: "d"}
    assert [r.rank for r in rank(results, titles)] == [1, 1, 1, 4]


def test_ties_display_by_n_descending_then_title_ignoring_case():
    results = [
        ps(1, 3.0, n=2),  # "apple": fewer participants → after the n=5 ones
        ps(2, 3.0, n=5),  # "banana"
        ps(3, 3.0, n=5),  # "Cherry": capital C sorts before "b" by code point, not here
        ps(4, 3.0, n=5),  # "apricot"
        ps(5, 4.0, n=1),  # the best score leads whatever its n
    ]
    titles = {1: "apple", 2: "banana", 3: "Cherry", 4: "apricot", 5: "zebra"}
    ranked = rank(results, titles)
    assert [r.title for r in ranked] == ["zebra", "apricot", "banana", "Cherry", "apple"]
    assert [r.rank for r in ranked] == [1, 2, 2, 2, 2]


def test_title_order_is_case_insensitive():
    results = [ps(1, 3.0), ps(2, 3.0), ps(3, 3.0)]
    titles = {1: "b", 2: "C", 3: "A"}
    assert [r.title for r in rank(results, titles)] == ["A", "b", "C"]


def test_unscored_come_last_without_rank():
    results = [unscored(1), ps(2, 1.0), unscored(3), ps(4, 2.0)]
    titles = {1: "Zoning", 2: "Bike lanes", 3: "apps", 4: "Wi-Fi"}
    ranked = rank(results, titles)
    assert ranks(ranked) == [(4, 1), (2, 2), (3, None), (1, None)]  # unscored by title
    assert ranked[2].result == unscored(3)
    assert ranked[0].title == "Wi-Fi"


def test_zero_participants_counts_as_unscored():
    results = [ProposalScore(1, 5.0, 0, None, False), ps(2, 1.0)]
    assert ranks(rank(results, {1: "a", 2: "b"})) == [(2, 1), (1, None)]


def test_all_unscored_and_empty():
    assert rank([], {}) == []
    assert ranks(rank([unscored(2), unscored(1)], {1: "x", 2: "y"})) == [(1, None), (2, None)]


def test_rank_accepts_any_iterable():
    """rank() takes an Iterable: a generator must not lose the unscored proposals."""
    results = [ps(1, 2.0), unscored(2), ps(3, 1.0)]
    titles = {1: "a", 2: "b", 3: "c"}
    assert ranks(rank((r for r in results), titles)) == ranks(rank(results, titles))
    assert ranks(rank(iter(results), titles)) == [(1, 1), (3, 2), (2, None)]


def test_float_noise_ties():
    a, b = 0.1 + 0.2, 0.3
    assert a != b
    ranked = rank([ps(1, a), ps(2, b), ps(3, 0.2)], {1: "x", 2: "y", 3: "z"})
    assert ranks(ranked) == [(1, 1), (2, 1), (3, 3)]


def test_different_float_paths_through_score_proposals_tie():
    """17/6 reached two ways: one director (4, 5, 1 at weights 1, 2, 3) → (4+10+3)/6, and
    two directors 19/6 and 10/4 → mean 17/6; the floats differ in the last digit."""
    weights = {1: 1.0, 2: 2.0, 3: 3.0}
    rows = [
        (1, 100, 1, 4),
        (1, 100, 2, 5),
        (1, 100, 3, 1),
        (1, 200, 1, 1),
        (1, 200, 2, 3),
        (1, 200, 3, 4),
        (2, 200, 1, 1),
        (2, 200, 3, 3),
    ]
    results = score_proposals(ScoreColumns.from_rows(rows), weights)
    assert results[100].score == pytest.approx(17 / 6)
    assert results[200].score == pytest.approx(17 / 6)
    assert results[100].score != results[200].score  # different float paths
    ranked = rank(results.values(), {100: "one", 200: "two"})
    assert [r.rank for r in ranked] == [1, 1]
    assert ranked[0].proposal == 200  # tie: n 2 beats n 1


def test_scores_apart_by_more_than_the_tolerance_do_not_tie():
    ranked = rank([ps(1, 3.0), ps(2, 3.0 + 1e-7)], {1: "a", 2: "b"})
    assert ranks(ranked) == [(2, 1), (1, 2)]


def test_dot_tally_ranks_the_same_way():
    tally = tally_dots([(1, 10, 3), (2, 20, 2), (3, 20, 1), (1, 30, 3), (2, 40, 0)])
    ranked = rank([*tally.values(), unscored(40)], {10: "a", 20: "b", 30: "c", 40: "d"})
    # 10, 20 and 30 all have 3 dots; 20 has two givers so it leads the tie.
    assert ranks(ranked) == [(20, 1), (10, 1), (30, 1), (40, None)]


# --- cut lines ------------------------------------------------------------------------------

# Display order: A(4.0) B(3.0, n 5) C(3.0, n 2) D(2.0) E(unscored) F(unscored)
A, B, C, D, E, F = 1, 2, 3, 4, 5, 6
TITLES = {A: "A", B: "B", C: "C", D: "D", E: "E", F: "F"}


@pytest.fixture
def ranked() -> list[Ranked]:
    results = [unscored(F), ps(D, 2.0), ps(C, 3.0, n=2), unscored(E), ps(B, 3.0, n=5), ps(A, 4.0)]
    out = rank(results, TITLES)
    assert ranks(out) == [(A, 1), (B, 2), (C, 2), (D, 4), (E, None), (F, None)]
    return out


def test_cut_top_in_display_order(ranked):
    assert cut_top(ranked, 1) == CutLine((A,), ())
    assert cut_top(ranked, 3) == CutLine((A, B, C), ())
    assert cut_top(ranked, 4) == CutLine((A, B, C, D), ())


def test_cut_top_reports_ties_below_the_line(ranked):
    assert cut_top(ranked, 2) == CutLine((A, B), (C,))


def test_cut_top_never_takes_unscored(ranked):
    assert cut_top(ranked, 6) == CutLine((A, B, C, D), ())
    assert cut_top(ranked, 100) == CutLine((A, B, C, D), ())


@pytest.mark.parametrize("n", [0, -1])
def test_cut_top_nothing(ranked, n):
    assert cut_top(ranked, n) == CutLine((), ())


def test_cut_top_of_nothing():
    assert cut_top([], 5) == CutLine((), ())
    assert cut_top(rank([unscored(1)], {1: "x"}), 5) == CutLine((), ())


def test_cut_top_tie_of_three_below():
    ranked = rank(
        [ps(1, 2.0), ps(2, 2.0), ps(3, 2.0), ps(4, 2.0)], {1: "a", 2: "b", 3: "c", 4: "d"}
    )
    assert cut_top(ranked, 1) == CutLine((1,), (2, 3, 4))


def test_cut_by_quota_per_category_in_display_order(ranked):
    # Category 1 holds B and C (tied at 3.0), quota 1: B, with C tied below.
    # Category 2 holds A, D and unscored E, quota 5: A and D, never E.
    category_of = {A: 2, B: 1, C: 1, D: 2, E: 2, F: None}
    cut = cut_by_quota(ranked, category_of, {1: 1, 2: 5})
    # Categories are visited 1 then 2 (B, A, D); the result is in display order.
    assert cut == CutLine((A, B, D), (C,))


def test_cut_by_quota_none_and_zero_send_nothing(ranked):
    category_of = {A: 2, B: 1, C: 1, D: 2}
    assert cut_by_quota(ranked, category_of, {1: None, 2: 1}) == CutLine((A,), ())
    assert cut_by_quota(ranked, category_of, {1: 0, 2: None}) == CutLine((), ())
    assert cut_by_quota(ranked, category_of, {}) == CutLine((), ())


def test_cut_by_quota_skips_proposals_without_category(ranked):
    # A (the best) has category None, D has no entry at all: neither is ever selected.
    category_of = {A: None, B: 1, C: 1}
    assert cut_by_quota(ranked, category_of, {1: 10}) == CutLine((B, C), ())


def test_cut_by_quota_ties_use_overall_rank(ranked):
    # Within category 3 the proposals are C (rank 2) and D (rank 4): no tie at the line.
    category_of = {C: 3, D: 3}
    assert cut_by_quota(ranked, category_of, {3: 1}) == CutLine((C,), ())


# --- properties -----------------------------------------------------------------------------


@st.composite
def ranked_workshops(draw: st.DrawFn) -> tuple[list[ProposalScore], dict[int, str]]:
    """score_proposals of a random workshop (real float paths) plus some unscored proposals,
    with titles that often collide."""
    workshop: Workshop = draw(workshops())
    aggregation = draw(st.sampled_from(AGGREGATIONS))
    results = score_proposals(
        ScoreColumns.from_rows(list(workshop.rows)), workshop.weights, aggregation=aggregation
    )
    extra = draw(st.lists(st.integers(501, 600), max_size=3, unique=True))
    everything = [results.get(p) or unscored(p) for p in (*workshop.proposals, *extra)]
    everything = draw(st.permutations(everything))
    titles = {r.proposal: draw(st.sampled_from(["a", "A", "b", "Bee", "c"])) for r in everything}
    return everything, titles


def key9(r: ProposalScore) -> float:
    assert r.score is not None
    return round(r.score, TIE_DECIMALS)


@PROPERTY
@given(ranked_workshops())
def test_rank_is_one_plus_strictly_better(case):
    results, titles = case
    ranked = rank(results, titles)
    assert sorted(r.proposal for r in ranked) == sorted(r.proposal for r in results)
    scored = [r.result for r in ranked if r.rank is not None]
    for entry in ranked:
        if entry.result.score is None:
            assert entry.rank is None
            continue
        better = sum(1 for o in scored if key9(o) > key9(entry.result))
        assert entry.rank == 1 + better
        assert entry.title == titles[entry.proposal]
    # Display order: scored first by (score desc, n desc, title casefold), then unscored.
    n_scored = len(scored)
    assert all(r.rank is not None for r in ranked[:n_scored])
    assert all(r.rank is None for r in ranked[n_scored:])
    keys = [(-key9(r.result), -r.result.n, r.title.casefold()) for r in ranked[:n_scored]]
    assert keys == sorted(keys)
    tail = [r.title.casefold() for r in ranked[n_scored:]]
    assert tail == sorted(tail)


@PROPERTY
@given(ranked_workshops(), st.integers(-1, 8))
def test_cut_top_takes_the_best(case, n):
    results, titles = case
    ranked = rank(results, titles)
    scored = [r for r in ranked if r.rank is not None]
    cut = cut_top(ranked, n)
    assert len(cut.selected) == min(max(n, 0), len(scored))
    assert len(set(cut.selected)) == len(cut.selected)
    rank_of = {r.proposal: r.rank for r in ranked}
    selected = set(cut.selected)
    assert all(rank_of[p] is not None for p in selected)
    rest = [r.rank for r in scored if r.proposal not in selected]
    for p in selected:
        assert all(rank_of[p] <= other for other in rest)
    # tied_below: exactly the non-selected proposals sharing the last selected rank.
    if cut.selected:
        last = rank_of[cut.selected[-1]]
        expected = tuple(
            r.proposal for r in scored if r.proposal not in selected and r.rank == last
        )
        assert cut.tied_below == expected
    else:
        assert cut.tied_below == ()
    assert list(cut.selected) == [r.proposal for r in ranked if r.proposal in selected]


def test_a_settled_tie_orders_its_proposals_and_ranks_them_apart():
    results = [
        ProposalScore(1, 4.0, 2, 0.0, False),
        ProposalScore(2, 4.0, 2, 0.0, False),
        ProposalScore(3, 4.0, 2, 0.0, False),
        ProposalScore(4, 5.0, 2, 0.0, False),
    ]
    titles = {1: "A", 2: "B", 3: "C", 4: "D"}
    plain = rank(results, titles)
    assert [(r.proposal, r.rank) for r in plain] == [(4, 1), (1, 2), (2, 2), (3, 2)]
    # C then B settled; A was not part of the settlement and still shares what is left.
    settled = rank(results, titles, {3: 1, 2: 2})
    assert [(r.proposal, r.rank) for r in settled] == [(4, 1), (3, 2), (2, 3), (1, 4)]
    assert cut_top(settled, 2).tied_below == ()
    assert cut_top(plain, 2).tied_below == (2, 3)
