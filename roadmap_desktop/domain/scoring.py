"""The scoring method of DESIGN.md: weighted participant scores, aggregation, spread, discuss.

Inputs are columns (one entry per score) so a workshop of 1,000 proposals × 30 participants
× 3 criteria is scored with a few vectorised passes rather than 90,000 Python steps.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

Aggregation = Literal["mean", "median"]
AGGREGATIONS: tuple[Aggregation, ...] = ("mean", "median")
# A spread exactly at the threshold is not "above" it, even when float noise in the last
# digit says otherwise (e.g. participant scores 31/7 and 17/7: spread 1.0000000000000002).
SPREAD_DECIMALS = 9


@dataclass(frozen=True, slots=True)
class ProposalScore:
    """One proposal's result in one round.

    Attributes:
        proposal: the proposal's id.
        score: mean (or median) of the participants' scores; None when nobody scored it.
        n: how many participants scored it.
        spread: population standard deviation of the participants' scores (None if n == 0).
        discuss: spread is above the workshop's threshold.
        criterion_means: criterion id → mean value over the participants who scored it.
    """

    proposal: int
    score: float | None
    n: int
    spread: float | None
    discuss: bool
    criterion_means: Mapping[int, float] = field(default_factory=dict)


def unscored(proposal: int) -> ProposalScore:
    return ProposalScore(proposal=proposal, score=None, n=0, spread=None, discuss=False)


@dataclass(frozen=True, slots=True)
class ScoreColumns:
    """Score values as parallel columns: entry i is participant[i]'s value for criterion[i]
    of proposal[i]."""

    participant: Sequence[int] | npt.NDArray[np.int64]
    proposal: Sequence[int] | npt.NDArray[np.int64]
    criterion: Sequence[int] | npt.NDArray[np.int64]
    value: Sequence[float] | npt.NDArray[np.float64]

    @classmethod
    def from_rows(cls, rows: Sequence[tuple[int, int, int, float]]) -> "ScoreColumns":
        """From (participant, proposal, criterion, value) rows."""
        if not rows:
            return cls((), (), (), ())
        # One array conversion instead of zip(*rows): four times faster at 90,000 rows.
        table = np.asarray(rows, dtype=np.float64)
        ids = table[:, :3].astype(np.int64)
        return cls(ids[:, 0], ids[:, 1], ids[:, 2], table[:, 3])

    def __len__(self) -> int:
        return len(self.value)


def participant_score(values: Mapping[int, float], weights: Mapping[int, float]) -> float:
    """Σ w_c·s_c / Σ w_c over the criteria this participant scored."""
    if any(c not in weights for c in values):
        raise ValueError("a score names a criterion without a weight")
    if any(w <= 0 for w in weights.values()):
        raise ValueError("criteria weights must be positive")
    total = sum(weights[c] for c in values)
    if total <= 0:
        raise ValueError("a participant who scored no criterion has no score")
    return sum(weights[c] * v for c, v in values.items()) / total


def score_proposals(
    scores: ScoreColumns,
    weights: Mapping[int, float],
    *,
    aggregation: Aggregation = "mean",
    discuss_threshold: float = 1.0,
) -> dict[int, ProposalScore]:
    """Every scored proposal's result; proposals without scores are absent."""
    if aggregation not in AGGREGATIONS:
        raise ValueError(f"unknown aggregation {aggregation!r}")
    if len(scores) == 0:
        return {}
    if any(w <= 0 for w in weights.values()):
        raise ValueError("criteria weights must be positive")
    part = np.asarray(scores.participant, dtype=np.int64)
    prop = np.asarray(scores.proposal, dtype=np.int64)
    value = np.asarray(scores.value, dtype=np.float64)
    crit_ids = np.asarray(sorted(weights), dtype=np.int64)
    named = np.asarray(scores.criterion, dtype=np.int64)
    crit = np.searchsorted(crit_ids, named)
    if np.any(crit >= len(crit_ids)) or np.any(
        crit_ids[np.minimum(crit, len(crit_ids) - 1)] != named
    ):
        raise ValueError("a score names a criterion without a weight")
    weight = np.asarray([weights[c] for c in crit_ids.tolist()], dtype=np.float64)[crit]

    # One participant score per (proposal, participant) pair; sorted keys group pairs by proposal.
    pair_keys, pair_of = np.unique((prop << 32) | part, return_inverse=True)
    pair_score = np.bincount(pair_of, weights=weight * value) / np.bincount(pair_of, weights=weight)
    pair_prop = pair_keys >> 32
    proposals, starts, counts = np.unique(pair_prop, return_index=True, return_counts=True)

    means = np.add.reduceat(pair_score, starts) / counts
    deviations = pair_score - np.repeat(means, counts)
    spreads = np.sqrt(np.add.reduceat(deviations * deviations, starts) / counts)
    if aggregation == "median":
        ordered = pair_score[np.lexsort((pair_score, pair_prop))]
        centre = (ordered[starts + (counts - 1) // 2] + ordered[starts + counts // 2]) / 2
    else:
        centre = means

    # Per-criterion means: one entry per (proposal, criterion) over the participants who scored it.
    n_crit = len(crit_ids)
    crit_keys, crit_of = np.unique(prop * n_crit + crit, return_inverse=True)
    crit_means = np.bincount(crit_of, weights=value) / np.bincount(crit_of)
    by_proposal: dict[int, dict[int, float]] = {}
    for key, mean in zip(crit_keys.tolist(), crit_means.tolist(), strict=True):
        proposal, index = divmod(key, n_crit)
        by_proposal.setdefault(proposal, {})[int(crit_ids[index])] = mean

    results: dict[int, ProposalScore] = {}
    for p, score, n, spread in zip(
        proposals.tolist(), centre.tolist(), counts.tolist(), spreads.tolist(), strict=True
    ):
        results[p] = ProposalScore(
            proposal=p,
            score=score,
            n=n,
            spread=spread,
            discuss=round(spread, SPREAD_DECIMALS) > discuss_threshold,
            criterion_means=by_proposal.get(p, {}),
        )
    return results


def tally_dots(dots: Sequence[tuple[int, int, int]]) -> dict[int, ProposalScore]:
    """Dot voting: (participant, proposal, dots) rows → total dots per proposal.

    n counts the participants who gave the proposal at least one dot; spread is the population
    standard deviation of the dots they gave it. Dots are never flagged "discuss".
    """
    given: dict[int, list[int]] = {}
    for _participant, proposal, count in dots:
        if count > 0:
            given.setdefault(proposal, []).append(count)
    results = {}
    for proposal, counts in given.items():
        mean = sum(counts) / len(counts)
        spread = (sum((c - mean) ** 2 for c in counts) / len(counts)) ** 0.5
        results[proposal] = ProposalScore(
            proposal=proposal, score=float(sum(counts)), n=len(counts), spread=spread, discuss=False
        )
    return results
