"""Agreement and change: the most divided proposals of a round, and who moved between two.

Both work on what ranking produces (domain.ranking.Ranked) or scoring (ProposalScore) and
round with the same nine decimals as ranking, so float noise never reads as a change.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from roadmap_desktop.domain.ranking import TIE_DECIMALS, Ranked
from roadmap_desktop.domain.scoring import SPREAD_DECIMALS, ProposalScore


@dataclass(frozen=True, slots=True)
class Movement:
    """How one proposal fared from one round to the next.

    Attributes:
        proposal: the proposal's id.
        title: its title (from the later round, else the earlier).
        rank_before, rank_after: its rank in each round; None when unscored or absent.
        score_before, score_after: its score in each round; None when unscored or absent.
        delta: score_after − score_before (rounded to nine decimals), None unless both exist.
    """

    proposal: int
    title: str
    rank_before: int | None
    rank_after: int | None
    score_before: float | None
    score_after: float | None
    delta: float | None

    @property
    def places(self) -> int | None:
        """Places climbed (negative: fell); None unless ranked in both rounds."""
        if self.rank_before is None or self.rank_after is None:
            return None
        return self.rank_before - self.rank_after


def compare_rounds(before: Sequence[Ranked], after: Sequence[Ranked]) -> list[Movement]:
    """Every proposal of either ranking, the biggest change of score first.

    Order: |delta| descending; then, among equal changes and for proposals without a delta
    (scored in only one round; these come last), the later round's display order, then the
    earlier round's for proposals absent from the later one.
    """
    earlier = {r.proposal: r for r in before}
    later = {r.proposal: r for r in after}
    order = {pid: i for i, pid in enumerate([*later, *(p for p in earlier if p not in later)])}
    moves: list[Movement] = []
    for pid in order:
        old, new = earlier.get(pid), later.get(pid)
        score_before = None if old is None else old.result.score
        score_after = None if new is None else new.result.score
        delta = None
        if score_before is not None and score_after is not None:
            delta = round(score_after - score_before, TIE_DECIMALS) + 0.0  # no "-0.0"
        moves.append(
            Movement(
                proposal=pid,
                title=(new or old).title,  # type: ignore[union-attr]
                rank_before=None if old is None else old.rank,
                rank_after=None if new is None else new.rank,
                score_before=score_before,
                score_after=score_after,
                delta=delta,
            )
        )
    moves.sort(key=lambda m: (m.delta is None, -abs(m.delta or 0.0), order[m.proposal]))
    return moves


def most_divided(results: Iterable[ProposalScore], k: int) -> list[ProposalScore]:
    """The k proposals whose participants disagree most: spread descending, ties kept in the
    order given (pass them in display order). Only proposals scored by two or more
    participants can be divided; a spread of zero is agreement, never listed."""
    if k < 0:
        raise ValueError(f"k must not be negative (got {k})")
    divided = [
        r
        for r in results
        if r.n >= 2 and r.spread is not None and round(r.spread, SPREAD_DECIMALS) > 0
    ]
    divided.sort(key=lambda r: -round(r.spread, SPREAD_DECIMALS))  # type: ignore[arg-type]
    return divided[:k]
