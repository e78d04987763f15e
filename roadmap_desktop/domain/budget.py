"""The best roadmap under a budget, and the plain cut it is shown beside.

`optimum` chooses the proposals that maximise the total score subject to

- total cost ≤ budget (costs are money: a plan may exceed the budget by at most
  BUDGET_TOLERANCE × max(budget, 1), float noise such as 0.1 + 0.2 > 0.3, never more);
- each category's quota (at most q funded);
- proposals marked must-fund (always in) and must-not (never in);
- links between proposals: "A needs B" (A only if B), "A excludes B" (never both);

as a 0-1 integer programme solved by HiGHS (its own binding, highspy). Unscored proposals and
proposals without a cost are never funded and are listed as such. Rules that no plan can keep
are refused before solving (BudgetConflict), in one sentence that names the proposals.

How: the rules are read once (forced: the must-fund ones and what they need; unfundable: what
no plan keeping the rules can fund) and checked, so that funding just the forced ones is a
plan; the linear relaxation (HiGHS's dual simplex) then fixes every proposal its duals prove
in or out of all optimal plans; the integer programme over the rest is solved exactly
(relative gap 0); the plan is checked against every rule in exact sums, and one that breaks a
rule by more than float noise is cut off and solved again; last, ties go to the ranking.
1,000 proposals with quotas and links take a few hundred milliseconds at most. HiGHS runs
with its log off: it writes nothing to standard output or error.

`by_rank` is the naive rule: walk the ranking and fund each proposal while the money lasts.

Both take the candidates in ranking (display) order and give the funded ones in that order.
"""

import math
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, NoReturn

import highspy
import numpy as np
import numpy.typing as npt

# The core class, not highspy.Highs: that one's constructor sets up its Python callbacks before
# any option can be set, and doing so prints HiGHS's two-line banner on standard output (once
# a process). This one is silenced before it does anything.
from highspy._core import _Highs

from roadmap_desktop.domain.ranking import TIE_DECIMALS
from roadmap_desktop.domain.rules import RuleError
from roadmap_desktop.words import Message, Num, _, n_

Funding = Literal["must", "never"]
LinkKind = Literal["needs", "excludes"]
Reason = Literal["unscored", "no_cost", "never"]

# A plan may cost this much (relative to the budget, or absolutely below a budget of 1) more
# than the budget: sums of float amounts such as 0.1 + 0.2 overshoot 0.3 by a hair, and a plan
# that spends exactly the budget must fit.
BUDGET_TOLERANCE = 1e-9
# Titles named in one sentence before "and 3 more".
TITLES_SHOWN = 6
# HiGHS stops at an absolute gap of _ABSOLUTE_GAP (relative: 0) and prunes a node whose bound
# is within its integrality tolerance of the best plan found, whatever the gaps asked for. The
# scores are scaled by _OBJECTIVE_SCALE, so the gap is 1e-9 of a point: an absolute gap alone
# would not do, the pruning and the LP's tolerances being absolute too.
_OBJECTIVE_SCALE = 1e3
_ABSOLUTE_GAP = 1e-6
# HiGHS's integrality tolerance: a plan it finds may fund slivers (up to this) of proposals it
# leaves out. At its default, 1e-6, slivers of 2e-8 outweighed the 1e-8 of a point by which a
# plan fell short of the best, and the best was lost (1 knapsack in 60 with scores apart in the
# eighth decimal); at 1e-9 none was, and the 1,000-proposal plans take no longer.
_INTEGRALITY_TOLERANCE = 1e-9
# A plan the solver returns that breaks a rule by more than float noise (its feasibility
# tolerance is ~1e-7) is cut off and the programme solved again.
_ATTEMPTS = 8
# Seconds; a workshop's 1,000 proposals take well under one. Past it the best plan found is
# used.
_TIME_LIMIT = 20.0
# From this many free proposals the relaxation is solved first to fix what it can (a few
# milliseconds that spare the integer programme most of its columns).
_BOUND_FROM = 30

_NO_QUOTAS: Mapping[int, int | None] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposal as the budget sees it.

    Attributes:
        proposal: its id.
        title: its title (named in a refusal).
        score: its score; None when unscored (never funded).
        cost: its cost; None when none is set (never funded). Zero is a cost.
        category: its category's id, or None.
        funding: "must" (always funded), "never" (never funded) or None.
    """

    proposal: int
    title: str
    score: float | None
    cost: float | None
    category: int | None
    funding: Funding | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A rule between two proposals: "needs" (proposal is funded only if other is) or
    "excludes" (never both; the same either way round). A link from a proposal to itself is
    void."""

    proposal: int
    other: int
    kind: LinkKind


@dataclass(frozen=True, slots=True)
class Plan:
    """A roadmap under a budget.

    Attributes:
        rule: "optimum" or "by_rank".
        budget: the budget.
        funded: the funded proposals' ids, in the candidates' (display) order.
        total_cost, total_score: the funded proposals' sums.
        never_funded: proposal → why it could never be funded: "unscored", "no_cost", or
            "never" (marked must-not; said first when more than one holds), in display order.
        passed_over: by_rank only: the fundable proposals it left out, in display order.
    """

    rule: Literal["optimum", "by_rank"]
    budget: float
    funded: tuple[int, ...]
    total_cost: float
    total_score: float
    never_funded: Mapping[int, Reason]
    passed_over: tuple[int, ...] = ()

    @property
    def left_over(self) -> float:
        """The budget less the total cost; never below zero (a plan overspends by float noise
        at most)."""
        return max(self.budget - self.total_cost, 0.0)


class BudgetConflict(RuleError):
    """Rules no plan can keep (or a budget that is no amount). `message` is one sentence
    naming the conflict; `proposals` the ids of the candidates involved, in the order named."""

    def __init__(self, message: Message, proposals: Iterable[int] = ()) -> None:
        super().__init__(message)
        self.proposals: tuple[int, ...] = tuple(proposals)


def fits(total_cost: float, budget: float) -> bool:
    """Whether a total cost is within the budget, float noise allowed (BUDGET_TOLERANCE)."""
    return total_cost <= budget + BUDGET_TOLERANCE * max(budget, 1.0)


def optimum(
    candidates: Sequence[Candidate],
    budget: float,
    *,
    quotas: Mapping[int, int | None] = _NO_QUOTAS,
    links: Sequence[Link] = (),
) -> Plan:
    """The plan with the highest total score that keeps the budget, the quotas (category id →
    at most q funded; None or absent: no limit), the must-fund and must-not marks and the
    links.

    A "needs" link to a proposal not among the candidates makes the needing one unfundable
    (refused if it must be funded); an "excludes" link with one not among them is void.
    Among plans of the same score (to nine decimals per proposal), a funded proposal is swapped
    for a higher-ranked one of the same score whenever the rules allow, so that ties go to the
    ranking, and one that adds no score (zero) is funded only if a funded one needs it. The
    same input always gives the same plan.

    Raises BudgetConflict when no plan keeps the rules: a budget below zero or no number;
    must-fund proposals (with what they need, transitively) that cost more than the budget,
    are unscored, have no cost, need one marked must-not or unscored or without a cost or
    missing, exclude one another, or outnumber their category's quota. Raises ValueError for
    input no workshop holds (twice the same proposal, a score or cost that is no number, a
    negative cost).
    """
    problem = _Problem(candidates, quotas, links)
    _check_budget(budget)
    forced = _diagnose(problem, budget)
    unfundable = problem.unfundable(forced, budget)
    chosen = _solve(problem, budget, forced, unfundable)
    chosen = _without_what_scores_nothing(problem, forced, chosen)
    chosen = _prefer_higher_ranked(problem, budget, forced, unfundable, chosen)
    return _plan(problem, "optimum", budget, chosen)


def by_rank(
    candidates: Sequence[Candidate],
    budget: float,
    *,
    quotas: Mapping[int, int | None] = _NO_QUOTAS,
    links: Sequence[Link] = (),
) -> Plan:
    """Funded by rank until the money runs out: the candidates are walked in their given order.

    An unscored one, one without a cost and one marked must-not are never funded (never_funded).
    One whose category quota is full, whose needs are not all funded before it (or not among
    the candidates), or that excludes (or is excluded by) one already funded is passed over
    and the walk goes on. The first fundable one that costs more than what is left stops the
    walk: it and every fundable one after it are passed over (passed_over).

    Must-fund marks are not honoured: this is the naive rule the optimum is compared with, so a
    must-fund proposal is walked like any other. Raises BudgetConflict for a budget below zero
    or no number, ValueError as `optimum` does.
    """
    problem = _Problem(candidates, quotas, links)
    _check_budget(budget)
    chosen: set[int] = set()
    passed: list[int] = []
    spent: list[float] = []
    counts: dict[int | None, int] = {}
    stopped = False
    for i, candidate in enumerate(problem.candidates):
        if problem.reasons[i] is not None:
            continue
        if stopped:
            passed.append(candidate.proposal)
            continue
        cap = problem.cap_of(i)
        cost = problem.cost(i)
        category = candidate.category
        if (
            (cap is not None and counts.get(category, 0) >= cap)
            or problem.needs_missing[i]
            or not all(o in chosen for o in problem.needs[i])
            or any(o in chosen for o in problem.excludes[i])
        ):
            passed.append(candidate.proposal)
        elif not fits(math.fsum([*spent, cost]), budget):
            stopped = True
            passed.append(candidate.proposal)
        else:
            chosen.add(i)
            spent.append(cost)
            counts[category] = counts.get(category, 0) + 1
    return _plan(problem, "by_rank", budget, chosen, tuple(passed))


# --- the problem, read once -----------------------------------------------------------------


class _Problem:
    """The candidates by position (their display order), their links as positions, and why
    any can never be funded."""

    def __init__(
        self,
        candidates: Sequence[Candidate],
        quotas: Mapping[int, int | None],
        links: Sequence[Link],
    ) -> None:
        self.candidates = tuple(candidates)
        self.at: dict[int, int] = {}
        for i, c in enumerate(self.candidates):
            if c.proposal in self.at:
                raise ValueError(f"proposal {c.proposal} is a candidate twice")
            if c.score is not None and not math.isfinite(c.score):
                raise ValueError(f"proposal {c.proposal}'s score is not a number")
            if c.cost is not None and not (math.isfinite(c.cost) and c.cost >= 0):
                raise ValueError(f"proposal {c.proposal}'s cost is not an amount of 0 or more")
            self.at[c.proposal] = i
        self.reasons: list[Reason | None] = [_reason(c) for c in self.candidates]
        self.caps: dict[int, int] = {k: max(int(q), 0) for k, q in quotas.items() if q is not None}
        n = len(self.candidates)
        self.needs: list[list[int]] = [[] for _i in range(n)]
        self.needed_by: list[list[int]] = [[] for _i in range(n)]
        self.needs_missing: list[list[int]] = [[] for _i in range(n)]
        self.excludes: list[list[int]] = [[] for _i in range(n)]
        self.exclusions: list[tuple[int, int]] = []  # each pair once, as first given
        for link in links:
            p = self.at.get(link.proposal)
            o = self.at.get(link.other)
            if link.proposal == link.other:
                continue
            if link.kind == "needs":
                if p is None:
                    continue
                if o is None:
                    if link.other not in self.needs_missing[p]:
                        self.needs_missing[p].append(link.other)
                elif o not in self.needs[p]:
                    self.needs[p].append(o)
                    self.needed_by[o].append(p)
            elif link.kind == "excludes":
                if p is None or o is None or o in self.excludes[p]:
                    continue
                self.excludes[p].append(o)
                self.excludes[o].append(p)
                self.exclusions.append((p, o))
            else:
                raise ValueError(f"a link is 'needs' or 'excludes', not {link.kind!r}")

    def cost(self, i: int) -> float:
        return self.candidates[i].cost or 0.0

    def score(self, i: int) -> float:
        return self.candidates[i].score or 0.0

    def title(self, i: int) -> str:
        return self.candidates[i].title

    def cap_of(self, i: int) -> int | None:
        category = self.candidates[i].category
        return None if category is None else self.caps.get(category)

    def unfundable(self, forced: set[int], budget: float) -> set[int]:
        """Positions no plan keeping the rules can fund, given the forced ones: those that can
        never be funded, need one missing, cost more than what the forced ones leave, exclude a
        forced one, or (transitively) need any of these."""
        left = budget + BUDGET_TOLERANCE * max(budget, 1.0) - math.fsum(map(self.cost, forced))
        out: set[int] = set()
        queue: deque[int] = deque()
        for i in range(len(self.candidates)):
            if i in forced:
                continue
            if (
                self.reasons[i] is not None
                or self.needs_missing[i]
                or self.cost(i) > left
                or self.cap_of(i) == 0
                or any(o in forced for o in self.excludes[i])
            ):
                out.add(i)
                queue.append(i)
        while queue:
            for p in self.needed_by[queue.popleft()]:
                if p not in out and p not in forced:
                    out.add(p)
                    queue.append(p)
        return out

    def keeps_rules(self, chosen: set[int], budget: float, forced: set[int]) -> bool:
        """Whether a set of positions is a plan keeping every rule (costs summed exactly)."""
        if not forced <= chosen or not fits(math.fsum(map(self.cost, chosen)), budget):
            return False
        counts: dict[int, int] = {}
        for i in chosen:
            if self.reasons[i] is not None or self.needs_missing[i]:
                return False
            if any(o not in chosen for o in self.needs[i]):
                return False
            if any(o in chosen for o in self.excludes[i]):
                return False
            cap = self.cap_of(i)
            if cap is not None:
                key = self.candidates[i].category or 0
                counts[key] = counts.get(key, 0) + 1
                if counts[key] > cap:
                    return False
        return True


def _reason(candidate: Candidate) -> Reason | None:
    # Must-not first: it is the facilitator's own mark, and still holds once the proposal is
    # scored and costed.
    if candidate.funding == "never":
        return "never"
    if candidate.score is None:
        return "unscored"
    if candidate.cost is None:
        return "no_cost"
    return None


def _plan(
    problem: _Problem,
    rule: Literal["optimum", "by_rank"],
    budget: float,
    chosen: set[int],
    passed_over: tuple[int, ...] = (),
) -> Plan:
    order = sorted(chosen)
    never: dict[int, Reason] = {
        c.proposal: reason
        for c, reason in zip(problem.candidates, problem.reasons, strict=True)
        if reason is not None
    }
    return Plan(
        rule=rule,
        budget=float(budget),
        funded=tuple(problem.candidates[i].proposal for i in order),
        total_cost=math.fsum(problem.cost(i) for i in order),
        total_score=math.fsum(problem.score(i) for i in order),
        never_funded=never,
        passed_over=passed_over,
    )


# --- refusals -------------------------------------------------------------------------------


def _check_budget(budget: float) -> None:
    try:
        amount = math.isfinite(budget) and budget >= 0
    except TypeError:
        amount = False
    if not amount:
        raise BudgetConflict(_("The budget must be an amount of zero or more."))


def _diagnose(problem: _Problem, budget: float) -> set[int]:
    """The positions every plan must fund (the must-fund ones and, transitively, what they
    need), once it is sure that funding just these keeps every rule; otherwise the first
    conflict found, in display order, is raised."""
    cands = problem.candidates
    must = [i for i, c in enumerate(cands) if c.funding == "must"]
    for i in must:
        reason = problem.reasons[i]
        if reason == "unscored":
            raise BudgetConflict(
                _(
                    "{title} is marked must-fund but has no score yet, and an unscored "
                    "proposal is never funded.",
                    title=_quoted(problem.title(i)),
                ),
                (cands[i].proposal,),
            )
        if reason == "no_cost":
            raise BudgetConflict(
                _(
                    "{title} is marked must-fund but has no cost set, and a proposal without "
                    "a cost is never funded.",
                    title=_quoted(problem.title(i)),
                ),
                (cands[i].proposal,),
            )
    # Breadth first from each must-fund proposal, so a refusal names the shortest chain.
    came_from: dict[int, int] = {i: i for i in must}
    queue = deque(must)
    while queue:
        v = queue.popleft()
        chain = _chain(came_from, v)
        if v != chain[0] and problem.reasons[v] is not None:
            _refuse_need(problem, chain, problem.reasons[v])
        if problem.needs_missing[v]:
            _refuse_need(problem, chain, problem.needs_missing[v][0])
        for o in problem.needs[v]:
            if o not in came_from:
                came_from[o] = v
                queue.append(o)
    forced = set(came_from)
    for p, o in problem.exclusions:
        if p in forced and o in forced:
            first, second = sorted((p, o))
            raise BudgetConflict(
                _(
                    "{first} and {second} exclude each other, yet both must be funded (each is "
                    "marked must-fund or needed by one that is).",
                    first=_quoted(problem.title(first)),
                    second=_quoted(problem.title(second)),
                ),
                (cands[first].proposal, cands[second].proposal),
            )
    in_category: dict[int, list[int]] = {}
    for i in sorted(forced):
        category = cands[i].category
        if category is not None and category in problem.caps:
            in_category.setdefault(category, []).append(i)
    for category, members in in_category.items():
        cap = problem.caps[category]
        if len(members) > cap:
            raise BudgetConflict(
                n_(
                    "{titles} must be funded, but its category's quota is {quota}.",
                    "{titles} must all be funded, but their category's quota is {quota}.",
                    len(members),
                    titles=_listed([problem.title(i) for i in members]),
                    quota=Num(cap, 0),
                ),
                (cands[i].proposal for i in members),
            )
    total = math.fsum(map(problem.cost, forced))
    if not fits(total, budget):
        needed = sorted(forced - set(must))
        places = 0 if float(total).is_integer() and float(budget).is_integer() else 2
        amounts = {"cost": Num(total, places), "budget": Num(budget, places)}
        titles = _listed([problem.title(i) for i in must])
        if needed:
            message = n_(
                "The proposal marked must-fund ({titles}) and what it needs ({needed}) cost "
                "{cost}, more than the budget of {budget}.",
                "The proposals marked must-fund ({titles}) and what they need ({needed}) cost "
                "{cost}, more than the budget of {budget}.",
                len(must),
                titles=titles,
                needed=_listed([problem.title(i) for i in needed]),
                **amounts,
            )
        else:
            message = n_(
                "The proposal marked must-fund ({titles}) costs {cost}, more than the budget "
                "of {budget}.",
                "The proposals marked must-fund ({titles}) cost {cost}, more than the budget "
                "of {budget}.",
                len(must),
                titles=titles,
                **amounts,
            )
        raise BudgetConflict(message, (cands[i].proposal for i in [*must, *needed]))
    return forced


def _chain(came_from: Mapping[int, int], v: int) -> list[int]:
    """The positions from a must-fund proposal to v, each needing the next."""
    out = [v]
    while came_from[out[-1]] != out[-1]:
        out.append(came_from[out[-1]])
    return out[::-1]


def _refuse_need(problem: _Problem, chain: list[int], blocked: Reason | int | None) -> NoReturn:
    """Refuses a must-fund proposal (chain[0]) that needs, through chain[1:], one that cannot
    be funded: the last of the chain (blocked: why), or a missing proposal (blocked: its id)."""
    names: list[Message] = [_quoted(problem.title(i)) for i in chain[1:]]
    if isinstance(blocked, int):
        # Translators: a proposal that is not among those the budget considers (archived,
        # or in another workshop), named by its number.
        names.append(_("proposal number {number}", number=str(blocked)))
    needed = names[-1]
    for name in reversed(names[:-1]):
        # Translators: a chain of needs: "“A”, which needs “B”".
        needed = _("{first}, which needs {then}", first=name, then=needed)
    title = _quoted(problem.title(chain[0]))
    if blocked == "never":
        message = _(
            "{title} is marked must-fund but needs {needed}, which is marked must-not.",
            title=title,
            needed=needed,
        )
    elif blocked == "unscored":
        message = _(
            "{title} is marked must-fund but needs {needed}, which has no score yet.",
            title=title,
            needed=needed,
        )
    elif blocked == "no_cost":
        message = _(
            "{title} is marked must-fund but needs {needed}, which has no cost set.",
            title=title,
            needed=needed,
        )
    else:
        message = _(
            "{title} is marked must-fund but needs {needed}, which is not among the proposals "
            "considered.",
            title=title,
            needed=needed,
        )
    raise BudgetConflict(message, (problem.candidates[i].proposal for i in chain))


def _quoted(title: str) -> Message:
    # Translators: a proposal's title inside a sentence, in the language's quotation marks.
    return _("“{title}”", title=title)


def _listed(titles: Sequence[str]) -> Message:
    """“A”, “B” and “C”; past TITLES_SHOWN titles, “A”, “B”, … and 4 more."""
    if not titles:
        raise ValueError("a list of titles needs one at least")
    shown = [_quoted(t) for t in titles[:TITLES_SHOWN]]
    rest = len(titles) - len(shown)
    head = shown if rest else shown[:-1]
    if not head:
        return shown[0]
    items = head[0]
    for item in head[1:]:
        # Translators: a list of titles growing by one: "“A”, “B”" then "“A”, “B”, “C”".
        items = _("{items}, {item}", items=items, item=item)
    if rest:
        return n_("{items} and {n} more", "{items} and {n} more", rest, items=items, n=Num(rest))
    # Translators: the last title of a list: "“A”, “B” and “C”".
    return _("{items} and {item}", items=items, item=shown[-1])


# --- solving --------------------------------------------------------------------------------


@dataclass
class _Programme:
    """The 0-1 programme over the free positions (neither forced nor unfundable): minimise
    the negated (scaled) score, rows "≤ upper" for the budget, the quotas and the links."""

    free: list[int]
    column: dict[int, int]
    objective: npt.NDArray[np.float64]
    rows: list[int]
    cols: list[int]
    values: list[float]
    upper: list[float]

    def row(self, entries: Iterable[tuple[int, float]], bound: float) -> None:
        r = len(self.upper)
        for k, value in entries:
            self.rows.append(r)
            self.cols.append(k)
            self.values.append(value)
        self.upper.append(bound)

    def lp(self, *, integral: bool) -> highspy.HighsLp:
        """The programme as HiGHS takes it (the matrix by columns); without integrality, its
        linear relaxation."""
        n, m = len(self.free), len(self.upper)
        cols = np.asarray(self.cols, dtype=np.int64)
        # Stable: within a column the rows stay in increasing order, as HiGHS expects.
        order = np.argsort(cols, kind="stable")
        lp = highspy.HighsLp()
        lp.num_col_ = n
        lp.num_row_ = m
        lp.col_cost_ = self.objective
        lp.col_lower_ = np.zeros(n)
        lp.col_upper_ = np.ones(n)
        lp.row_lower_ = np.full(m, -highspy.kHighsInf)
        lp.row_upper_ = np.asarray(self.upper, dtype=float)
        matrix = highspy.HighsSparseMatrix()
        matrix.format_ = highspy.MatrixFormat.kColwise
        matrix.num_col_ = n
        matrix.num_row_ = m
        matrix.start_ = np.concatenate(([0], np.cumsum(np.bincount(cols, minlength=n))))
        matrix.index_ = np.asarray(self.rows, dtype=np.int64)[order]
        matrix.value_ = np.asarray(self.values, dtype=float)[order]
        lp.a_matrix_ = matrix
        if integral:
            lp.integrality_ = [highspy.HighsVarType.kInteger] * n
        return lp

    def transposed_times(self, y: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Aᵀy, A the rows' matrix."""
        weights = np.asarray(self.values, dtype=float) * y[np.asarray(self.rows, dtype=np.int64)]
        sums = np.bincount(self.cols, weights=weights, minlength=len(self.free))
        return np.asarray(sums, dtype=np.float64)


def _programme(
    problem: _Problem, budget: float, forced: set[int], unfundable: set[int]
) -> _Programme:
    free = [i for i in range(len(problem.candidates)) if i not in forced and i not in unfundable]
    column = {i: k for k, i in enumerate(free)}
    objective = -_OBJECTIVE_SCALE * np.array([problem.score(i) for i in free], dtype=float)
    out = _Programme(free, column, objective, [], [], [], [])
    room = budget + BUDGET_TOLERANCE * max(budget, 1.0) - math.fsum(map(problem.cost, forced))
    if free and math.fsum(map(problem.cost, free)) > room:
        # In units of the dearest proposal: HiGHS warns of (and handles worse) a row of
        # millions beside rows of ones.
        unit = max(map(problem.cost, free))
        out.row(((column[i], problem.cost(i) / unit) for i in free), room / unit)
    members: dict[int, list[int]] = {}
    for i in free:
        category = problem.candidates[i].category
        if category is not None and category in problem.caps:
            members.setdefault(category, []).append(column[i])
    for category, ks in members.items():
        taken = sum(1 for i in forced if problem.candidates[i].category == category)
        if len(ks) > problem.caps[category] - taken:
            out.row(((k, 1.0) for k in ks), problem.caps[category] - taken)
    for i in free:
        for o in problem.needs[i]:
            if o in column:  # a forced one is always there; an unfundable one made i so
                out.row(((column[i], 1.0), (column[o], -1.0)), 0.0)
    for p, o in problem.exclusions:
        if p in column and o in column:
            out.row(((column[p], 1.0), (column[o], 1.0)), 1.0)
    return out


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What a HiGHS run gives: its model status and solution (col_value meaningful when
    value_valid, row_dual when dual_valid)."""

    status: highspy.HighsModelStatus
    solution: highspy.HighsSolution


def _run(lp: highspy.HighsLp, *, presolve: str) -> _Outcome:
    """One model solved by a HiGHS of its own (nothing shared between threads), silent: its
    log is off before it can write a line, so nothing reaches standard output or error."""
    solver = _Highs()
    options: tuple[tuple[str, bool | float | str], ...] = (
        ("output_flag", False),
        ("presolve", presolve),
        ("time_limit", _TIME_LIMIT),
        ("mip_rel_gap", 0.0),
        ("mip_abs_gap", _ABSOLUTE_GAP),
        ("mip_feasibility_tolerance", _INTEGRALITY_TOLERANCE),
    )
    for name, value in options:
        if solver.setOptionValue(name, value) != highspy.HighsStatus.kOk:
            raise RuntimeError(f"HiGHS refused its option {name}={value!r}")
    if solver.passModel(lp) == highspy.HighsStatus.kError:
        raise RuntimeError("HiGHS refused the budget's programme")
    solver.run()
    return _Outcome(solver.getModelStatus(), solver.getSolution())


def _solve(problem: _Problem, budget: float, forced: set[int], unfundable: set[int]) -> set[int]:
    """The forced positions and the best choice of the free ones, from HiGHS; a returned plan
    that breaks a rule by more than float noise is cut off and the programme solved again."""
    programme = _programme(problem, budget, forced, unfundable)
    if len(programme.free) >= _BOUND_FROM:
        bounded = _fix_by_bound(problem, budget, forced, unfundable, programme)
        if isinstance(bounded, set):
            return bounded
        if bounded is not None:
            programme = _programme(problem, budget, *bounded)
            forced = bounded[0]
    if not programme.free:
        return set(forced)
    for _attempt in range(_ATTEMPTS):
        # Presolve off: on these programmes (what is fixed already taken out) HiGHS solves
        # faster without it.
        outcome = _run(programme.lp(integral=True), presolve="off")
        # A plan found within the time limit is used, even if not proven the best.
        if not outcome.solution.value_valid:
            break
        x = np.asarray(outcome.solution.col_value, dtype=float)
        picked = {programme.free[k] for k in np.flatnonzero(x > 0.5)}
        chosen = picked | forced
        if problem.keeps_rules(chosen, budget, forced):
            return chosen
        # Cut off exactly this choice: every other set of proposals stays allowed.
        programme.row(
            ((k, 1.0 if i in picked else -1.0) for k, i in enumerate(programme.free)),
            len(picked) - 1.0,
        )
    raise BudgetConflict(
        _(
            "No roadmap keeps the budget and all the rules together; check the must-fund and "
            "must-not marks, the quotas and the links between proposals."
        )
    )


def _fix_by_bound(
    problem: _Problem,
    budget: float,
    forced: set[int],
    unfundable: set[int],
    programme: _Programme,
) -> set[int] | tuple[set[int], set[int]] | None:
    """Reduced-cost fixing, before the integer programme: the linear relaxation's duals bound
    the score of every plan that funds a given proposal (or leaves it out), and a plan found by
    rounding the relaxation and filling greedily is a floor. A proposal whose bound is below
    the floor is in (or out of) every optimal plan, so it is fixed and the programme solved
    is smaller. Gives the floor's plan itself when it is proven optimal, the new (forced,
    unfundable) otherwise, or None when the relaxation fails or the numbers disagree.

    The bound is exact whatever the solver's accuracy: with y ≤ 0 any row multipliers and
    d = c − Aᵀy, every x in the box with Ax ≤ b has c·x ≥ y·b + Σ min(d, 0) + Σ |d_j|·|x_j − z_j|
    where z_j = 1 if d_j < 0 else 0."""
    free = programme.free
    if not programme.upper:
        return None
    upper = np.array(programme.upper)
    relaxed = _run(programme.lp(integral=False), presolve="on")
    solution = relaxed.solution
    if (
        relaxed.status != highspy.HighsModelStatus.kOptimal
        or not solution.value_valid
        or not solution.dual_valid
    ):
        return None
    # A "≤" row's dual is ≤ 0 in a minimisation; one the solver gives above 0 is noise.
    y = np.minimum(np.asarray(solution.row_dual, dtype=float), 0.0)
    d = programme.objective - programme.transposed_times(y)
    floor_bound = float(y @ upper + np.minimum(d, 0.0).sum())
    x = np.asarray(solution.col_value, dtype=float)
    start = {free[k] for k in np.flatnonzero(x > 1 - 1e-6)}
    plan = _greedy(problem, budget, forced, unfundable, start)
    value = -_OBJECTIVE_SCALE * math.fsum(problem.score(i) for i in plan - forced)
    # Float rounding in the bound and the sums (~1e-16 of each term, 1,000 terms) stays far
    # below this: a plan is never lost for more than a trillionth of a point.
    margin = 1e-12 * (abs(floor_bound) + abs(value)) + 1e-9
    if value <= floor_bound + margin:
        return plan  # nothing scores more than this plan
    bound_if_flipped = floor_bound + np.abs(d)
    flip = np.flatnonzero(bound_if_flipped > value + margin)
    ones = {free[k] for k in flip if d[k] < 0}
    zeros = {free[k] for k in flip if d[k] >= 0}
    # What the fixed ones need is in too; what needs one left out is out too.
    queue = deque(ones)
    while queue:
        for o in problem.needs[queue.popleft()]:
            if o not in ones and o not in forced:
                ones.add(o)
                queue.append(o)
    forced = forced | ones
    out = zeros | unfundable | problem.unfundable(forced, budget)
    queue = deque(zeros)
    while queue:
        for p in problem.needed_by[queue.popleft()]:
            if p not in out:
                out.add(p)
                queue.append(p)
    if not forced <= plan or out & plan:
        return None  # the floor's plan breaks a fixing: only float trouble can do that
    return forced, out


def _greedy(
    problem: _Problem, budget: float, forced: set[int], unfundable: set[int], start: set[int]
) -> set[int]:
    """A plan keeping every rule: the start (if it keeps them) or the forced ones, then the
    others that fit, best score per cost first."""
    chosen = forced | start
    if not problem.keeps_rules(chosen, budget, forced):
        chosen = set(forced)
    spent = [problem.cost(i) for i in chosen]
    counts: dict[int | None, int] = {}
    for i in chosen:
        counts[problem.candidates[i].category] = counts.get(problem.candidates[i].category, 0) + 1

    def worth(i: int) -> tuple[float, int]:
        cost = problem.cost(i)
        return (-(problem.score(i) / cost) if cost > 0 else -math.inf, i)

    others = (i for i in range(len(problem.candidates)) if i not in chosen and i not in unfundable)
    for i in sorted(others, key=worth):
        category = problem.candidates[i].category
        cap = problem.cap_of(i)
        if (
            problem.score(i) <= 0
            or (cap is not None and counts.get(category, 0) >= cap)
            or any(o not in chosen for o in problem.needs[i])
            or any(o in chosen for o in problem.excludes[i])
            or not fits(math.fsum([*spent, problem.cost(i)]), budget)
        ):
            continue
        chosen.add(i)
        spent.append(problem.cost(i))
        counts[category] = counts.get(category, 0) + 1
    return chosen if problem.keeps_rules(chosen, budget, forced) else set(forced)


def _without_what_scores_nothing(problem: _Problem, forced: set[int], chosen: set[int]) -> set[int]:
    """The plan without the proposals it funds that add no score (zero, to nine decimals, or
    less) and that no funded one needs: the solver may take them in, since they cost it no
    score, but they spend money for nothing."""
    chosen = set(chosen)
    dropped = True
    while dropped:
        dropped = False
        for i in sorted(chosen - forced, reverse=True):
            if round(problem.score(i), TIE_DECIMALS) <= 0 and not any(
                p in chosen for p in problem.needed_by[i]
            ):
                chosen.discard(i)
                dropped = True
    return chosen


def _prefer_higher_ranked(
    problem: _Problem, budget: float, forced: set[int], unfundable: set[int], chosen: set[int]
) -> set[int]:
    """The plan with ties given to the ranking: while a funded proposal can be swapped for a
    higher-ranked unfunded one of the same score (to nine decimals) and the plan still keeps
    every rule, it is. Each swap moves the plan up the ranking, so this ends."""
    groups: dict[float, list[int]] = {}
    for i in range(len(problem.candidates)):
        if i not in forced and i not in unfundable:
            groups.setdefault(round(problem.score(i), TIE_DECIMALS), []).append(i)
    ties = [members for members in groups.values() if len(members) > 1]
    if not ties:
        return chosen
    solved = chosen
    chosen = set(chosen)
    total = math.fsum(map(problem.cost, chosen))
    counts: dict[int | None, int] = {}
    for i in chosen:
        category = problem.candidates[i].category
        counts[category] = counts.get(category, 0) + 1
    swapped = True
    while swapped:
        swapped = False
        for members in ties:
            for i in reversed(members):
                if i not in chosen:
                    continue
                for j in members:
                    if j >= i:
                        break
                    if j in chosen or not _swap_keeps_rules(
                        problem, budget, chosen, counts, total, i, j
                    ):
                        continue
                    chosen.discard(i)
                    chosen.add(j)
                    for k, step in (
                        (problem.candidates[i].category, -1),
                        (problem.candidates[j].category, 1),
                    ):
                        counts[k] = counts.get(k, 0) + step
                    total = math.fsum(map(problem.cost, chosen))
                    swapped = True
                    break
    # The swaps checked costs incrementally: the plan is checked whole once more.
    return chosen if problem.keeps_rules(chosen, budget, forced) else solved


def _swap_keeps_rules(
    problem: _Problem,
    budget: float,
    chosen: set[int],
    counts: Mapping[int | None, int],
    total: float,
    out: int,
    into: int,
) -> bool:
    if not fits(math.fsum([total, -problem.cost(out), problem.cost(into)]), budget):
        return False
    category = problem.candidates[into].category
    cap = problem.cap_of(into)
    if (
        cap is not None
        and category != problem.candidates[out].category
        and counts.get(category, 0) >= cap
    ):
        return False
    if any(o == out or o not in chosen for o in problem.needs[into]):
        return False
    if any(p in chosen for p in problem.needed_by[out]):
        return False
    return not any(o in chosen and o != out for o in problem.excludes[into])
