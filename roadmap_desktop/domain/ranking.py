"""Ranking and the cut line: shared ranks for ties, display order, top N or category quotas."""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from roadmap_desktop.domain.scoring import ProposalScore

# Scores equal to nine decimals are a tie: the same votes reached by different float paths
# (e.g. 3.6666… from weights 1,1,1 or 2,2,2) must share a rank.
TIE_DECIMALS = 9


@dataclass(frozen=True, slots=True)
class Ranked:
    """A proposal's place: rank is shared by ties (1, 2, 2, 4) and None when unscored."""

    rank: int | None
    result: ProposalScore
    title: str

    @property
    def proposal(self) -> int:
        return self.result.proposal


def _tie_key(result: ProposalScore) -> float:
    assert result.score is not None
    return round(result.score, TIE_DECIMALS)


def rank(
    results: Iterable[ProposalScore],
    titles: Mapping[int, str],
    settled: Mapping[int, int] | None = None,
) -> list[Ranked]:
    """All proposals in display order: score descending (ties share a rank), then n
    descending, then title; unscored proposals last, unranked, by title.

    settled: proposal → its place among proposals of equal score, where the facilitator
    settled a tie (by hand or by a runoff). Among equal scores, settled proposals come first
    in their places, each with a rank of its own; the unsettled rest still share one."""
    results = list(results)  # read twice below: a generator would lose the unscored ones
    settled = settled or {}
    scored = [r for r in results if r.score is not None and r.n > 0]
    unscored_ = [r for r in results if r.score is None or r.n == 0]

    def order(r: ProposalScore) -> tuple[float, float, int, str, int]:
        place = settled.get(r.proposal)
        return (
            -_tie_key(r),
            math.inf if place is None else place,
            -r.n,
            titles[r.proposal].casefold(),
            r.proposal,
        )

    scored.sort(key=order)
    unscored_.sort(key=lambda r: (titles[r.proposal].casefold(), r.proposal))
    out: list[Ranked] = []
    previous: tuple[float, int | None] | None = None
    current = 0
    for place, result in enumerate(scored, start=1):
        key = (_tie_key(result), settled.get(result.proposal))
        if key != previous:
            current, previous = place, key
        out.append(Ranked(current, result, titles[result.proposal]))
    out.extend(Ranked(None, r, titles[r.proposal]) for r in unscored_)
    return out


@dataclass(frozen=True, slots=True)
class CutLine:
    """What a cut line selects.

    Attributes:
        selected: proposal ids above the line, in display order.
        tied_below: proposals just below the line that share a rank with one above it: the
            facilitator must settle these ties before the roadmap is final.
    """

    selected: tuple[int, ...]
    tied_below: tuple[int, ...]


def _cut(ranked: Sequence[Ranked], n: int) -> CutLine:
    eligible = [r for r in ranked if r.rank is not None]
    above, below = eligible[: max(n, 0)], eligible[max(n, 0) :]
    last_rank = above[-1].rank if above else None
    tied = tuple(r.proposal for r in below if last_rank is not None and r.rank == last_rank)
    return CutLine(tuple(r.proposal for r in above), tied)


def cut_top(ranked: Sequence[Ranked], n: int) -> CutLine:
    """The top n scored proposals overall; unscored proposals never make the cut."""
    return _cut(ranked, n)


def cut_by_quota(
    ranked: Sequence[Ranked],
    category_of: Mapping[int, int | None],
    quotas: Mapping[int, int | None],
) -> CutLine:
    """Per category, its top q (quota) scored proposals. A category without a quota, and a
    proposal without a category, send nothing through this cut line."""
    selected: list[int] = []
    tied: list[int] = []
    for category, quota in quotas.items():
        if quota is None:
            continue
        in_category = [r for r in ranked if category_of.get(r.proposal) == category]
        cut = _cut(in_category, quota)
        selected.extend(cut.selected)
        tied.extend(cut.tied_below)
    order = {r.proposal: i for i, r in enumerate(ranked)}
    return CutLine(
        tuple(sorted(selected, key=order.__getitem__)), tuple(sorted(tied, key=order.__getitem__))
    )


def tiers(results: Iterable[ProposalScore], thresholds: Sequence[float]) -> dict[int, int | None]:
    """Proposal → tier by score: with thresholds t₀ > t₁ > … (given in any order), tier 0
    holds scores ≥ t₀, tier 1 scores ≥ t₁ (below t₀), …, and the last tier (numbered by
    how many distinct thresholds there are) the rest. A score equal to a threshold (to nine
    decimals) is in the higher tier; an unscored proposal is in no tier (None)."""
    if not all(math.isfinite(t) for t in thresholds):
        raise ValueError("tier thresholds must be finite numbers")
    steps = sorted({round(float(t), TIE_DECIMALS) for t in thresholds}, reverse=True)
    out: dict[int, int | None] = {}
    for result in results:
        if result.score is None or result.n == 0:
            out[result.proposal] = None
            continue
        score = _tie_key(result)
        out[result.proposal] = next(
            (i for i, step in enumerate(steps) if score >= step), len(steps)
        )
    return out
