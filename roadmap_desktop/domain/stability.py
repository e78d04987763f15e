"""Stability of the cut line: how robust each proposal's side of the line is to the weights.

Two measures, both under the app's own ranking (ranking.rank) and cut rule:
- share: of the weight vectors within ±50 % of the current weights (`neighbourhood`: a grid
  of 9 factors 0.5, 0.625, …, 1.5 per criterion for up to 3 criteria, 729 vectors for 3; for
  more criteria 729 vectors whose factors are drawn uniformly from [0.5, 1.5] by numpy's
  default_rng(seed=2026), the first being the current weights), the share under which the
  proposal stays on the side it is on now;
- nearest: moving one criterion's weight at a time, others fixed, in steps of 1 % of its
  current weight from ×1 down to ×0.01 and up to ×2, the smallest change at which the
  proposal first lands on the other side (ties: the earlier criterion, then the rise).

A criterion weighing 0 stays at 0 in both (±50 % of nothing is nothing), so which
participants score, and so each proposal's n, is the same under every vector tried: the
order among equal scores (n, then title, then id) is fixed once and each vector only sorts
its scores.
"""

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from roadmap_desktop.domain.ranking import (
    TIE_DECIMALS,
    CutLine,
    Ranked,
    cut_by_quota,
    cut_top,
    rank,
)
from roadmap_desktop.domain.whatif import WeightModel

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

SPREAD = 0.5  # ±50 % of each weight
GRID_STEPS = 9  # factors per criterion on the grid
SAMPLE_SIZE = 729  # the grid's size for 3 criteria, and the sample's beyond
SEED = 2026
SWEEP_STEPS = 100  # 1 % steps: down to ×0.01 (99 steps), up to ×2 (100 steps)
# Weight vectors ranked per block: bounds the (vectors × proposals) sort buffers.
_BLOCK_ROWS = 256


@dataclass(frozen=True, slots=True)
class Crossing:
    """One criterion's weight moved, the others kept, until the proposal changes side.

    Attributes:
        criterion: the criterion whose weight moves.
        weight: the weight at which the proposal first changes side.
        change: the relative change, e.g. +0.3 for +30 %, -0.25 for -25 %.
    """

    criterion: int
    weight: float
    change: float

    @property
    def was(self) -> float:
        """The weight before the change (change never reaches -100 %: the sweep stops at
        -99 %)."""
        return self.weight / (1 + self.change)


@dataclass(frozen=True, slots=True)
class Stability:
    """How robust a proposal's side of the cut line is.

    Attributes:
        proposal: the proposal's id.
        above: above the cut line under the current weights.
        share: 0..1, the share of the neighbourhood's weight vectors that keep its side.
        nearest: the smallest single-criterion change that moves it across; None when no
            weight moved within -99 % … +100 % does.
    """

    proposal: int
    above: bool
    share: float
    nearest: Crossing | None


@dataclass(frozen=True, slots=True)
class CutRule:
    """Where the line is: the top N scored proposals overall (`top`), or else, with `top`
    None, per category its first q (`quotas`: category id → q, None for no quota) by rank,
    `category_of` giving each proposal's category (as ranking.cut_by_quota)."""

    top: int | None = None
    category_of: Mapping[int, int | None] = field(default_factory=dict)
    quotas: Mapping[int, int | None] = field(default_factory=dict)


def neighbourhood(weights: Sequence[float], *, spread: float = SPREAD) -> FloatArray:
    """The weight vectors within ±spread of `weights` (rows, columns in `weights` order):
    a grid of 9 factors per criterion (1 - spread … 1 + spread) while 9**C ≤ 729, else 729
    vectors with factors drawn uniformly by default_rng(seed=2026), row 0 the current
    weights. Always includes the current weights; the same rows every call."""
    if not 0 <= spread < 1:
        raise ValueError("spread must be in [0, 1)")
    current = np.asarray(weights, dtype=np.float64)
    n_crit = len(current)
    if GRID_STEPS**n_crit <= SAMPLE_SIZE:
        factors = np.linspace(1 - spread, 1 + spread, GRID_STEPS)
        factors[GRID_STEPS // 2] = 1.0  # exactly, whatever linspace's rounding
        mesh = np.meshgrid(*([factors] * n_crit), indexing="ij")
        grid = np.stack([m.reshape(-1) for m in mesh], axis=1) if n_crit else np.ones((1, 0))
    else:
        rng = np.random.default_rng(seed=SEED)
        grid = rng.uniform(1 - spread, 1 + spread, size=(SAMPLE_SIZE, n_crit))
        grid[0] = 1.0
    return grid * current[None, :]


class _Sides:
    """Which proposals are above the line under a block of weight vectors."""

    def __init__(
        self,
        model: WeightModel,
        proposals: Sequence[int],
        order_key: Mapping[int, tuple[int, str, int]],
        rule: CutRule,
    ) -> None:
        self.model = model
        # Columns of the model's score matrix, laid out in the fixed order among equal scores,
        # so a stable sort of the rounded scores alone gives ranking.rank's order.
        laid_out = sorted(proposals, key=order_key.__getitem__)
        self.ids = np.asarray(laid_out, dtype=np.int64)
        self.columns = np.searchsorted(model.proposals, self.ids)
        self.top = None if rule.top is None else max(rule.top, 0)
        quota_of = {c: max(q, 0) for c, q in rule.quotas.items() if q is not None}
        self.quotas = list(quota_of.values())
        code = {c: i for i, c in enumerate(quota_of)}
        categories = [rule.category_of.get(p) for p in laid_out]
        self.category = np.asarray(
            [-1 if c is None else code.get(c, -1) for c in categories], dtype=np.int64
        )

    def __call__(self, vectors: FloatArray) -> BoolArray:
        """(V×P) above the line, columns in `ids` order."""
        scores = self.model.score_matrix(vectors)[:, self.columns]
        # No score (never under these vectors, see the module docstring) sorts last. np.round
        # (scale, round half to even, unscale) can differ from Python's round, ranking's tie
        # key, for a score within float noise of a 5 at the tenth decimal: only then may a
        # tie be seen differently here.
        key = np.where(np.isnan(scores), np.inf, -np.round(scores, TIE_DECIMALS))
        order = np.argsort(key, axis=1, kind="stable")
        scored = np.take_along_axis(~np.isnan(scores), order, axis=1)
        if self.top is not None:
            in_order = np.arange(scores.shape[1])[None, :] < self.top
            in_order = in_order & scored
        else:
            category = self.category[order]
            in_order = np.zeros(order.shape, dtype=np.bool_)
            for code, quota in enumerate(self.quotas):
                mine = (category == code) & scored
                in_order |= mine & (np.cumsum(mine, axis=1) <= quota)
        above = np.empty(order.shape, dtype=np.bool_)
        np.put_along_axis(above, order, in_order, axis=1)
        return above


def _blocks(vectors: FloatArray) -> Iterator[FloatArray]:
    for start in range(0, vectors.shape[0], _BLOCK_ROWS):
        yield vectors[start : start + _BLOCK_ROWS]


def _sweeps(current: FloatArray) -> list[tuple[int, int, FloatArray]]:
    """(column, +1 or -1, vectors): per criterion with a weight, its weight raised 1 %, 2 %,
    … 100 %, then lowered 1 %, … 99 %, the others kept; row k - 1 is the step of k %."""
    out: list[tuple[int, int, FloatArray]] = []
    for column in range(len(current)):
        if current[column] <= 0:
            continue  # 1 % of nothing moves nothing
        for sign, last in ((+1, SWEEP_STEPS), (-1, SWEEP_STEPS - 1)):
            steps = np.arange(1, last + 1)
            vectors = np.repeat(current[None, :], len(steps), axis=0)
            # w·(100 ± k)/100 rather than w·(1 ± k/100): 1·(100 - 82)/100 is 0.18, not
            # 0.18000000000000005, so the weight shown is the one a person would type.
            vectors[:, column] = current[column] * (100 + sign * steps) / 100
            out.append((column, sign, vectors))
    return out


def cut_line(ranked: Sequence[Ranked], rule: CutRule) -> CutLine:
    """The rule's cut line on a ranking (ranking.cut_top or ranking.cut_by_quota)."""
    if rule.top is not None:
        return cut_top(ranked, rule.top)
    return cut_by_quota(ranked, rule.category_of, rule.quotas)


def stability(
    model: WeightModel,
    weights: Mapping[int, float],
    titles: Mapping[int, str],
    rule: CutRule,
) -> dict[int, Stability]:
    """Each proposal scored under `weights`: its side of the line, the share of the
    neighbourhood keeping it, and the nearest crossing; in ranking.rank's display order.
    Proposals without a score under `weights` are absent (they are never above)."""
    current = model.weight_vector(weights)
    results = model.score(weights)
    if not results:
        return {}
    ranked = rank(results.values(), titles)
    now_above = set(cut_line(ranked, rule).selected)
    order_key = {p: (-r.n, titles[p].casefold(), p) for p, r in results.items()}
    sides = _Sides(model, list(results), order_key, rule)
    above = np.asarray([int(p) in now_above for p in sides.ids.tolist()], dtype=np.bool_)

    # Every vector tried, the neighbourhood's and the sweeps', ranked in blocks of rows.
    around = neighbourhood(current.tolist())
    sweeps = _sweeps(current)
    tried = np.concatenate([around, *(vectors for _c, _sign, vectors in sweeps)])
    moved = np.concatenate([sides(block) != above[None, :] for block in _blocks(tried)])
    share = (~moved[: len(around)]).sum(axis=0) / len(around)

    # The first step of each sweep that moves a proposal; sweeps come in the tie-break order
    # (criterion order, the rise before the fall), so only a strictly smaller step replaces
    # the nearest found so far.
    best_step = np.full(len(sides.ids), SWEEP_STEPS + 1)
    best: list[Crossing | None] = [None] * len(sides.ids)
    row = len(around)
    for column, sign, vectors in sweeps:
        segment = moved[row : row + len(vectors)]
        row += len(vectors)
        first = np.argmax(segment, axis=0) + 1  # in 1 % steps
        for i in np.flatnonzero(segment.any(axis=0) & (first < best_step)).tolist():
            step = int(first[i])
            best_step[i] = step
            best[i] = Crossing(
                criterion=model.criteria[column],
                weight=float(vectors[step - 1, column]),
                change=sign * step / 100,
            )

    by_id = {p: i for i, p in enumerate(sides.ids.tolist())}
    return {
        r.proposal: Stability(
            proposal=r.proposal,
            above=bool(above[by_id[r.proposal]]),
            share=float(share[by_id[r.proposal]]),
            nearest=best[by_id[r.proposal]],
        )
        for r in ranked
        if r.proposal in by_id
    }
