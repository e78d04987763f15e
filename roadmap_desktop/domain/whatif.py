"""What-if weights: a round's counted scores re-scored under other criterion weights, fast.

DESIGN.md's participant score is Σ w_c·s_c / Σ w_c over the criteria the participant scored.
Per (proposal, participant) pair that is (values · w) / (counts · w), with `values` the pair's
summed value per criterion and `counts` how many values it gave per criterion (0 where it
skipped one). Both matrices do not depend on the weights, so WeightModel builds them once and
a weight vector — or a block of many, for the stability of the cut line — costs one matrix
product, a division and a reduction per proposal group.

A what-if may set a weight to 0 (a slider at 0 ignores that criterion). A participant whose
scored criteria all weigh 0 then gives the proposal no score, and a proposal nobody scores is
absent, as it would be had those criteria never been scored.
"""

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from roadmap_desktop.domain.rules import RuleError
from roadmap_desktop.domain.scoring import (
    AGGREGATIONS,
    SPREAD_DECIMALS,
    Aggregation,
    ProposalScore,
    ScoreColumns,
)
from roadmap_desktop.words import Num, _

FloatArray = npt.NDArray[np.float64]
# Intermediate (vectors × pairs) arrays are built in blocks of at most this many cells (2 MB
# each): they stay in cache, which measured 2–3 times faster than 8 MB blocks, and memory
# stays bounded however many stability vectors are scored.
_BLOCK_CELLS = 250_000


def check_weights(weights: Sequence[float] | FloatArray) -> None:
    """Refuse what-if weights that cannot weigh anything: a negative or non-finite weight,
    or every weight 0."""
    array = np.asarray(weights, dtype=np.float64)
    if not np.all(np.isfinite(array)):
        raise RuleError(_("A what-if weight must be a finite number."))
    if np.any(array < 0):
        bad = float(array[array < 0].flat[0])
        raise RuleError(_("A what-if weight cannot be negative (got {weight}).", weight=Num(bad)))
    if array.size and not np.all(np.any(array.reshape(-1, array.shape[-1]) > 0, axis=1)):
        raise RuleError(_("At least one criterion needs a weight above zero."))


class WeightModel:
    """Built once from a round's counted scores; re-scores for any weight vector in a few
    vectorised passes (a what-if slider step must repaint in ≤ 50 ms at 500 proposals × 30
    participants × 3 criteria, so the scoring itself takes ~1–3 ms).

    Attributes:
        criteria: the criterion ids, in the order of a weight vector's columns.
        proposals: the scored proposals' ids, sorted (the columns of score_matrix).
        aggregation, discuss_threshold: as for scoring.score_proposals.
    """

    def __init__(
        self,
        scores: ScoreColumns,
        criteria: Sequence[int],
        *,
        aggregation: Aggregation = "mean",
        discuss_threshold: float = 1.0,
    ) -> None:
        if aggregation not in AGGREGATIONS:
            raise ValueError(f"unknown aggregation {aggregation!r}")
        self.criteria: tuple[int, ...] = tuple(int(c) for c in criteria)
        if len(set(self.criteria)) != len(self.criteria):
            raise ValueError("a criterion is named twice")
        self.aggregation: Aggregation = aggregation
        self.discuss_threshold = discuss_threshold
        n_crit = len(self.criteria)

        part = np.asarray(scores.participant, dtype=np.int64)
        prop = np.asarray(scores.proposal, dtype=np.int64)
        value = np.asarray(scores.value, dtype=np.float64)
        named = np.asarray(scores.criterion, dtype=np.int64)
        # Column of each score's criterion, in `criteria` order (not sorted).
        by_id = np.argsort(np.asarray(self.criteria, dtype=np.int64), kind="stable")
        sorted_ids = np.asarray(self.criteria, dtype=np.int64)[by_id]
        found = np.searchsorted(sorted_ids, named)
        if len(named) and (
            n_crit == 0
            or np.any(found >= n_crit)
            or np.any(sorted_ids[np.minimum(found, n_crit - 1)] != named)
        ):
            raise ValueError("a score names a criterion the model does not weigh")
        crit = by_id[found] if len(named) else found

        # Pairs sorted by (proposal, participant), as scoring.score_proposals groups them.
        pair_keys, pair_of = np.unique((prop << 32) | part, return_inverse=True)
        n_pairs = len(pair_keys)
        cell = pair_of * n_crit + crit
        size = n_pairs * n_crit
        # Sums and counts (not a last-wins assignment): a repeated score counts twice, as it
        # does in score_proposals' bincount.
        values = np.bincount(cell, weights=value, minlength=size).astype(np.float64)
        values = values.reshape(n_pairs, n_crit)
        counts = np.bincount(cell, minlength=size).astype(np.float64).reshape(n_pairs, n_crit)
        self._values: FloatArray = values
        self._counts: FloatArray = counts
        # Transposed copies make a block of weight vectors one (V×C)·(C×pairs) product.
        self._values_t: FloatArray = np.ascontiguousarray(values.T)
        self._counts_t: FloatArray = np.ascontiguousarray(counts.T)

        pair_prop = pair_keys >> 32
        proposals, starts, sizes = np.unique(pair_prop, return_index=True, return_counts=True)
        self.proposals: npt.NDArray[np.int64] = proposals.astype(np.int64)
        self._starts = starts.astype(np.int64)
        self._sizes = sizes.astype(np.int64)
        self._group = np.repeat(np.arange(len(proposals), dtype=np.int64), sizes)
        # The median's dense layout: pair i sits at (its proposal, its place among the pairs of
        # that proposal), padded with NaN up to the largest group.
        self._width = int(sizes.max()) if len(sizes) else 0
        self._slot = self._group * self._width + (np.arange(n_pairs) - self._starts[self._group])

        # Criterion means over every participant who scored the criterion, whatever it weighs;
        # summed in score order by bincount, exactly as score_proposals sums them.
        index_of = np.searchsorted(proposals, prop)
        mean_keys, mean_of = np.unique(index_of * n_crit + crit, return_inverse=True)
        means = np.bincount(mean_of, weights=value) / np.bincount(mean_of)
        self._criterion_means: list[dict[int, float]] = [{} for _p in range(len(proposals))]
        for key, mean in zip(mean_keys.tolist(), means.tolist(), strict=True):
            group, column = divmod(key, n_crit)
            self._criterion_means[group][self.criteria[column]] = mean

    def weight_vector(self, weights: Mapping[int, float]) -> FloatArray:
        """The weights in `criteria` order, checked (RuleError for a negative or non-finite
        weight, or all zero); a criterion missing from `weights` is a programming error."""
        missing = [c for c in self.criteria if c not in weights]
        if missing:
            raise ValueError(f"no weight for criteria {missing}")
        vector = np.asarray([float(weights[c]) for c in self.criteria], dtype=np.float64)
        check_weights(vector)
        return vector

    # --- the vectorised core --------------------------------------------------------------

    def _pair_scores(self, block: FloatArray) -> tuple[FloatArray, npt.NDArray[np.bool_] | None]:
        """(V×pairs) participant scores, and where they exist (None: everywhere)."""
        numerator = block @ self._values_t
        denominator = block @ self._counts_t
        if np.all(block > 0):
            # Every pair scored at least one criterion, so every pair has a score.
            return numerator / denominator, None
        valid = denominator > 0
        with np.errstate(invalid="ignore", divide="ignore"):
            pair = numerator / denominator
        return np.where(valid, pair, np.nan), valid

    def _group_counts(self, valid: npt.NDArray[np.bool_] | None, rows: int) -> FloatArray:
        if valid is None:
            return np.broadcast_to(self._sizes.astype(np.float64), (rows, len(self._sizes)))
        return np.add.reduceat(valid, self._starts, axis=1, dtype=np.float64)

    def _centre(
        self, pair: FloatArray, valid: npt.NDArray[np.bool_] | None, n: FloatArray
    ) -> FloatArray:
        """(V×P) proposal scores (NaN where n is 0) from (V×pairs) participant scores."""
        if self.aggregation == "mean":
            summed = np.add.reduceat(
                pair if valid is None else np.where(valid, pair, 0.0), self._starts, axis=1
            )
            with np.errstate(invalid="ignore", divide="ignore"):
                return np.where(n > 0, summed / np.maximum(n, 1.0), np.nan)
        return self._median(pair, n)

    def _median(self, pair: FloatArray, n: FloatArray) -> FloatArray:
        rows, groups = pair.shape[0], len(self._sizes)
        low = np.maximum((n.astype(np.int64) - 1) // 2, 0)
        high = n.astype(np.int64) // 2
        if groups * self._width <= 2 * pair.shape[1] + 64:
            # Sort each proposal's few participant scores in a dense, NaN-padded block: NaN
            # (no score) sorts last, so the first n of a group are its scores in order.
            dense = np.full((rows, groups * self._width), np.nan)
            dense[:, self._slot] = pair
            dense = np.sort(dense.reshape(rows, groups, self._width), axis=2)
            lo = np.take_along_axis(dense, low[:, :, None], axis=2)[:, :, 0]
            hi = np.take_along_axis(dense, np.minimum(high, self._width - 1)[:, :, None], axis=2)
            centre = (lo + hi[:, :, 0]) / 2
        else:
            # Groups of very different sizes: sort each row by (group, score) instead, which
            # keeps the groups where they were; a missing score (+inf) sorts last in its group.
            filled = np.where(np.isnan(pair), np.inf, pair)
            group = np.broadcast_to(self._group, filled.shape)
            order = np.lexsort((filled, group), axis=-1)
            ordered = np.take_along_axis(filled, order, axis=1)
            lo = np.take_along_axis(ordered, self._starts + low, axis=1)
            hi = np.take_along_axis(
                ordered, self._starts + np.minimum(high, self._sizes - 1), axis=1
            )
            centre = (lo + hi) / 2
        return np.where(n > 0, centre, np.nan)

    # --- public ---------------------------------------------------------------------------

    def score(self, weights: Mapping[int, float]) -> dict[int, ProposalScore]:
        """Every proposal scored under these weights, as scoring.score_proposals gives it
        (equal to 1e-12 for positive weights); weights may be 0 (see the module docstring).
        RuleError for a negative or non-finite weight, or all zero."""
        vector = self.weight_vector(weights)
        if len(self.proposals) == 0:
            return {}
        pair, valid = self._pair_scores(vector[None, :])
        n = self._group_counts(valid, 1)
        row, n_row = pair[0], n[0]
        present = row if valid is None else np.where(valid[0], row, 0.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            means = np.add.reduceat(present, self._starts) / n_row
            deviations = row - np.repeat(means, self._sizes)
            if valid is not None:
                deviations = np.where(valid[0], deviations, 0.0)
            spreads = np.sqrt(np.add.reduceat(deviations * deviations, self._starts) / n_row)
        centre = means if self.aggregation == "mean" else self._median(pair, n)[0]

        results: dict[int, ProposalScore] = {}
        for group, (p, score, count, spread) in enumerate(
            zip(
                self.proposals.tolist(),
                centre.tolist(),
                n_row.tolist(),
                spreads.tolist(),
                strict=True,
            )
        ):
            if count == 0:
                continue
            results[p] = ProposalScore(
                proposal=p,
                score=score,
                n=int(count),
                spread=spread,
                discuss=round(spread, SPREAD_DECIMALS) > self.discuss_threshold,
                criterion_means=dict(self._criterion_means[group]),
            )
        return results

    def score_matrix(self, weights: FloatArray) -> FloatArray:
        """Weights V×C (columns in `criteria` order) → V×P proposal scores, columns in
        `proposals` order; NaN where a proposal gets no score under that vector. RuleError
        if a row has a negative or non-finite weight, or is all zero."""
        block = np.asarray(weights, dtype=np.float64)
        if block.ndim != 2 or block.shape[1] != len(self.criteria):
            raise ValueError(f"weights must be V×{len(self.criteria)}, got {block.shape}")
        check_weights(block)
        out = np.empty((block.shape[0], len(self.proposals)), dtype=np.float64)
        if out.size == 0:
            return out
        cells = max(self._values.shape[0], len(self.proposals) * self._width, 1)
        step = max(1, _BLOCK_CELLS // cells)
        for start in range(0, block.shape[0], step):
            rows = block[start : start + step]
            pair, valid = self._pair_scores(rows)
            out[start : start + step] = self._centre(
                pair, valid, self._group_counts(valid, rows.shape[0])
            )
        return out
