"""Decision support over a revealed round: what-if weights, the stability of the cut line,
and the best roadmap under a budget.

A WhatIf holds one round's counted scores (loaded once, in one read) so the Results tab can
re-rank them for every slider step without touching the store; what it computes changes
nothing. The arithmetic is the domain's (domain.whatif, domain.stability, domain.budget).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from sqlmodel import Session, col, select

from roadmap_desktop.domain import budget
from roadmap_desktop.domain.budget import Plan
from roadmap_desktop.domain.ranking import CutLine, Ranked, rank
from roadmap_desktop.domain.rules import RuleError, same_name
from roadmap_desktop.domain.scoring import ProposalScore, unscored
from roadmap_desktop.domain.stability import CutRule, Stability, cut_line, stability
from roadmap_desktop.domain.whatif import WeightModel
from roadmap_desktop.services.errors import ServiceError
from roadmap_desktop.services.results import ResultServices, counted_scores
from roadmap_desktop.services.views import CriterionView, Results
from roadmap_desktop.store.tables import Category, Proposal, ProposalLink
from roadmap_desktop.words import _


@dataclass(frozen=True, slots=True)
class WhatIf:
    """A revealed round's results with what is needed to re-rank them under other weights.

    Attributes:
        results: the round's ranking under the workshop's own weights.
        weights: the workshop's own weights, criterion id → weight.
        category_of: proposal id → its category id (None: none).
        quotas: category id → its quota (None: none), for the quota cut line.
        model: the round's counted scores, ready to re-score (None for a dot-voting round).
        settled: proposal → its place in a tie settled in the round (domain.ranking.rank).
    """

    results: Results
    weights: Mapping[int, float]
    category_of: Mapping[int, int | None]
    quotas: Mapping[int, int | None]
    model: WeightModel | None
    settled: Mapping[int, int] = field(default_factory=dict)

    @property
    def criteria(self) -> tuple[CriterionView, ...]:
        return self.results.criteria

    def _model(self) -> WeightModel:
        if self.model is None:
            raise ServiceError(
                _("What-if weights need a round scored on the criteria, not a dot vote.")
            )
        return self.model

    def results_for(self, weights: Mapping[int, float]) -> Results:
        """The round re-ranked under these weights (criterion id → weight, 0 ignores a
        criterion); criteria left out keep their own weight."""
        model = self._model()
        wanted = {**self.weights, **weights}
        try:
            scores = model.score(wanted)
        except RuleError as exc:
            raise ServiceError(exc.message) from exc
        rows = {r.proposal_id: r for r in self.results.rows}
        ranked = rank(
            [scores.get(pid) or unscored(pid) for pid in rows],
            {pid: r.title for pid, r in rows.items()},
            self.settled,
        )
        return replace(
            self.results,
            rows=tuple(
                replace(
                    rows[e.proposal],
                    rank=e.rank,
                    score=e.result.score,
                    n=e.result.n,
                    spread=e.result.spread,
                    discuss=e.result.discuss,
                )
                for e in ranked
            ),
        )

    def rule(self, *, top: int | None = None, by_quota: bool = False) -> CutRule:
        """The cut line's rule: the top N overall, or each category's quota."""
        if by_quota:
            return CutRule(category_of=self.category_of, quotas=self.quotas)
        return CutRule(top=top or 0)

    def cut(self, results: Results, *, top: int | None = None, by_quota: bool = False) -> CutLine:
        """The cut line on a (what-if) ranking: its top N, or each category's quota."""
        return cut_line(_ranked(results), self.rule(top=top, by_quota=by_quota))

    def stability(
        self,
        weights: Mapping[int, float] | None = None,
        *,
        top: int | None = None,
        by_quota: bool = False,
    ) -> dict[int, Stability]:
        """How firmly each scored proposal keeps its side of the cut line when the weights
        move within ±50 % (domain.stability)."""
        model = self._model()
        rule = self.rule(top=top, by_quota=by_quota)
        titles = {r.proposal_id: r.title for r in self.results.rows}
        try:
            return stability(model, {**self.weights, **(weights or {})}, titles, rule)
        except RuleError as exc:
            raise ServiceError(exc.message) from exc


def _ranked(results: Results) -> list[Ranked]:
    return [
        Ranked(r.rank, ProposalScore(r.proposal_id, r.score, r.n, r.spread, r.discuss), r.title)
        for r in results.rows
    ]


@dataclass(frozen=True, slots=True)
class BudgetPlans:
    """The best roadmap under a budget beside the plain cut funded by rank.

    Attributes:
        budget: the amount.
        optimum: the set that maximises the total score under every rule.
        by_rank: the ranking funded in order until the money runs out.
        costs: proposal id → cost (None: no cost set).
        funding: proposal id → "must", "never" or "".
        results: the ranking both were drawn from.
    """

    budget: float
    optimum: Plan
    by_rank: Plan
    costs: Mapping[int, float | None]
    funding: Mapping[int, str]
    results: Results


class DecideServices(ResultServices):
    def what_if(self, workshop_id: int, round_number: int | None = None) -> WhatIf:
        """A revealed round (default: the latest) ready to re-rank under other weights."""
        with self._read() as s:
            ranking = self._ranking(s, workshop_id, round_number)
            results = self._results_of(s, workshop_id, ranking)
            model = None
            if ranking.round.method != "dots":
                columns = counted_scores(
                    s, ranking.round, set(ranking.proposals), set(ranking.counted)
                )
                ws = self._workshop(s, workshop_id)
                model = WeightModel(
                    columns,
                    [c.id for c in ranking.criteria],  # type: ignore[misc]
                    aggregation=ws.aggregation,  # type: ignore[arg-type]
                    discuss_threshold=ws.discuss_threshold,
                )
            quotas = {
                c.id: c.quota
                for c in s.exec(select(Category).where(Category.workshop_id == workshop_id))
            }
            return WhatIf(
                results=results,
                weights={c.id: c.weight for c in ranking.criteria},  # type: ignore[misc]
                category_of={pid: p.category_id for pid, p in ranking.proposals.items()},
                quotas=quotas,  # type: ignore[arg-type]
                model=model,
                settled=ranking.settled,
            )

    def budget_plans(
        self,
        workshop_id: int,
        round_number: int | None = None,
        *,
        amount: float | None = None,
        results: Results | None = None,
    ) -> BudgetPlans:
        """The best roadmap under the budget (amount, else the workshop's) and the plain cut
        funded by rank, both on a revealed round's ranking (or on `results`, a what-if
        ranking of it). Refused with a sentence naming the conflict when the must-fund,
        must-not and dependency rules cannot all hold within the budget."""
        if results is None:
            results = self.results(workshop_id, round_number)
        with self._read() as s:
            ws = self._workshop(s, workshop_id)
            money = ws.budget if amount is None else amount
            if money is None:
                raise ServiceError(
                    _("Set a budget first: the workshop has none (Workshop ▸ Settings).")
                )
            facts = budget_facts(s, workshop_id, [r.proposal_id for r in results.rows])
        candidates = budget_candidates(results, facts)
        try:
            optimum = budget.optimum(candidates, money, quotas=facts.quotas, links=facts.links)
            plain = budget.by_rank(candidates, money, quotas=facts.quotas, links=facts.links)
        except RuleError as exc:
            raise ServiceError(exc.message) from exc
        return BudgetPlans(
            budget=float(money),
            optimum=optimum,
            by_rank=plain,
            costs=facts.costs,
            funding=facts.funding,
            results=results,
        )


@dataclass(frozen=True, slots=True)
class BudgetFacts:
    """What the best roadmap under a budget reads from the store about a ranking's
    proposals: costs, must-fund/must-not marks, dependencies among them, category quotas."""

    costs: Mapping[int, float | None]
    funding: Mapping[int, str]
    links: tuple[budget.Link, ...]
    quotas: Mapping[int, int | None]


def budget_facts(s: Session, workshop_id: int, ids: Sequence[int]) -> BudgetFacts:
    """The budget's facts about these proposals, in the caller's read."""
    proposals = s.exec(select(Proposal).where(col(Proposal.id).in_(list(ids)))).all()
    links = s.exec(select(ProposalLink).where(col(ProposalLink.proposal_id).in_(list(ids)))).all()
    categories = s.exec(select(Category).where(Category.workshop_id == workshop_id)).all()
    return BudgetFacts(
        costs={p.id: p.cost for p in proposals},  # type: ignore[misc]
        funding={p.id: p.funding for p in proposals},  # type: ignore[misc]
        links=tuple(budget.Link(x.proposal_id, x.other_id, x.kind) for x in links),  # type: ignore[arg-type]
        quotas={c.id: c.quota for c in categories},  # type: ignore[misc]
    )


def budget_candidates(
    results: Results, facts: BudgetFacts, funding: Mapping[int, str] | None = None
) -> list[budget.Candidate]:
    """A ranking's proposals as the budget's candidates, in rank order; `funding` (a
    scenario's own marks) overrides the cards' marks."""
    marks = {**facts.funding, **(funding or {})}
    return [
        budget.Candidate(
            proposal=r.proposal_id,
            title=r.title,
            score=r.score if r.rank is not None else None,
            cost=facts.costs.get(r.proposal_id),
            category=r.category_id,
            funding=marks.get(r.proposal_id) or None,  # type: ignore[arg-type]
        )
        for r in results.rows
    ]


def parse_weights(text: str, criteria: Sequence[CriterionView]) -> dict[int, float]:
    """`Important=3,Core=1,Achievable=2` → criterion id → weight (names as the workshop
    spells them, case and spacing ignored). Refused with a sentence naming the bad part."""
    out: dict[int, float] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, sep, value = part.rpartition("=")
        criterion = next((c for c in criteria if sep and same_name(c.name, name)), None)
        if criterion is None:
            raise ServiceError(
                _(
                    "No criterion is named “{name}”; the criteria are {names}.",
                    name=name.strip() or part,
                    names=", ".join(c.name for c in criteria),
                )
            )
        try:
            weight = float(value)
        except ValueError:
            weight = float("nan")
        if not weight >= 0 or weight == float("inf"):
            raise ServiceError(
                _("A what-if weight is a number of zero or more (got {value}).", value=value)
            )
        out[criterion.id] = weight
    return out
