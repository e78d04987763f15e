"""Scenarios: a named what-if of a workshop (weights, cut rule, budget, funding marks), saved so
it can be worked out again on a revealed round and compared with another side by side.

A scenario changes nothing outside itself: its weights re-rank the round as the What-if view
does (services.decide.WhatIf), and its funding marks ("overrides") hold only inside it. Its
cut rule is one of

- "top": the top N of its ranking (N None: the Roadmap lane's limit, else 21), as the Results
  tab draws it;
- "quota": each category's top q, as the Results tab draws it;
- "budget": the best roadmap under its budget (None: the workshop's), as the Budget view
  works it out (domain.budget.optimum under the quotas, the dependencies and the cards'
  must-fund and must-not marks).

Its overrides replace a card's mark inside the scenario ("" clears one). Under "top" and
"quota", whose cut line ignores the cards' marks, only the scenario's own count: a proposal
it marks "must" is in (it takes one of the N places, or one of its category's quota), one it
marks "never" is left out and the next one moves up.

Each change's detail holds what its inverse needs: save_scenario ↔ delete_scenario(subject),
delete_scenario ↔ restore_scenario(detail), update_scenario(id, **detail["old"],
expect=detail["new"]) undoes update_scenario. A scenario's name is unique in its workshop by
the store's rule (uq_scenario_name), so two writers cannot both take one.
"""

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

from sqlmodel import Session, col, select

from roadmap_desktop.domain import rules
from roadmap_desktop.domain.budget import Plan, optimum
from roadmap_desktop.domain.defaults import roadmap_top
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.decide import (
    BudgetFacts,
    DecideServices,
    WhatIf,
    budget_candidates,
    budget_facts,
)
from roadmap_desktop.services.errors import Conflict, NotFound, ServiceError
from roadmap_desktop.services.views import Results
from roadmap_desktop.store.tables import Lane, Scenario
from roadmap_desktop.words import _

Rule = Literal["top", "quota", "budget"]
PacketUse = Literal["", "chosen", "compared"]
RULES: tuple[str, ...] = ("top", "quota", "budget")
MARKS: tuple[str, ...] = ("must", "never", "")
PACKET_USES: tuple[str, ...] = ("", "chosen", "compared")
_SCENARIO_FIELDS = ("id", "workshop_id", "name", "spec", "created_at")


def _not_a_spec() -> ServiceError:
    return ServiceError(
        _("That is not a scenario's settings (weights, cut rule, budget and funding marks).")
    )


def _weight(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ServiceError(
            _("A scenario's weight is a number of zero or more (got {value}).", value=repr(value))
        )
    weight = float(value)
    if not (math.isfinite(weight) and weight >= 0):
        raise ServiceError(
            _("A scenario's weight is a number of zero or more (got {value}).", value=repr(value))
        )
    return weight


def _ident(value: object) -> int:
    """A criterion's or a proposal's id, from an int or from a JSON key ("12")."""
    if isinstance(value, bool):
        raise _not_a_spec()
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    raise _not_a_spec()


@dataclass(frozen=True, slots=True)
class ScenarioSpec:
    """What a scenario is.

    Attributes:
        weights: criterion id → weight (0 or more; 0 ignores the criterion); a criterion left
            out keeps the workshop's own weight.
        rule: "top", "quota" or "budget" (the module's docstring says what each draws).
        top: N for the "top" rule (1 or more; None: the Roadmap lane's limit, else 21).
        budget: the amount for the "budget" rule (0 or more; None: the workshop's budget).
        overrides: proposal id → "must", "never" or "" (no mark), held only in the scenario.
        packet: "" (not in the packet), "chosen" (the packet's scenario) or "compared" (in
            its appendix, compared with the chosen one).

    A value that breaks these is refused with a ServiceError sentence.
    """

    weights: Mapping[int, float] = field(default_factory=dict)
    rule: Rule = "top"
    top: int | None = None
    budget: float | None = None
    overrides: Mapping[int, str] = field(default_factory=dict)
    packet: PacketUse = ""

    def __post_init__(self) -> None:
        if not isinstance(self.weights, Mapping) or not isinstance(self.overrides, Mapping):
            raise _not_a_spec()
        weights = {_ident(k): _weight(v) for k, v in self.weights.items()}
        if self.rule not in RULES:
            raise ServiceError(
                _(
                    "A scenario's cut rule is “top”, “quota” or “budget” (got {value}).",
                    value=repr(self.rule),
                )
            )
        top = self.top
        if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
            raise ServiceError(
                _(
                    "A scenario's top N is a whole number of 1 or more (got {value}).",
                    value=repr(top),
                )
            )
        amount = self.budget
        if amount is not None:
            if isinstance(amount, bool) or not isinstance(amount, int | float):
                amount = math.nan
            amount = float(amount)
            if not (math.isfinite(amount) and amount >= 0):
                raise ServiceError(
                    _(
                        "A scenario's budget is an amount of zero or more (got {value}).",
                        value=repr(self.budget),
                    )
                )
        overrides: dict[int, str] = {}
        for key, mark in self.overrides.items():
            if mark not in MARKS:
                raise ServiceError(
                    _(
                        "A scenario's funding mark is “must”, “never” or none (got {value}).",
                        value=repr(mark),
                    )
                )
            overrides[_ident(key)] = str(mark)
        if self.packet not in PACKET_USES:
            raise ServiceError(
                _(
                    "A scenario is in the packet as the chosen one, as a compared one, or not "
                    "at all (got {value}).",
                    value=repr(self.packet),
                )
            )
        # Frozen: the checked, normalised values replace what was given, sorted so that two
        # equal scenarios write the same JSON.
        object.__setattr__(self, "weights", dict(sorted(weights.items())))
        object.__setattr__(self, "budget", amount)
        object.__setattr__(self, "overrides", dict(sorted(overrides.items())))

    def __hash__(self) -> int:
        # The mappings are dicts: hash the JSON form, which equal scenarios share.
        return hash(json.dumps(self.to_json(), sort_keys=True))

    def to_json(self) -> dict[str, Any]:
        """JSON-ready (ids as string keys): what the store keeps and a change's detail holds."""
        return {
            "weights": {str(k): v for k, v in self.weights.items()},
            "rule": self.rule,
            "top": self.top,
            "budget": self.budget,
            "overrides": {str(k): v for k, v in self.overrides.items()},
            "packet": self.packet,
        }

    @classmethod
    def from_json(cls, data: str | Mapping[str, Any]) -> "ScenarioSpec":
        """From to_json's form, or its text; keys left out take their defaults, unknown keys
        are ignored. Anything else is refused with a ServiceError sentence."""
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except ValueError as exc:
                raise _not_a_spec() from exc
        if not isinstance(data, Mapping):
            raise _not_a_spec()
        weights = data.get("weights") or {}
        overrides = data.get("overrides") or {}
        if not isinstance(weights, Mapping) or not isinstance(overrides, Mapping):
            raise _not_a_spec()
        return cls(
            weights=weights,
            rule=data.get("rule", "top"),
            top=data.get("top"),
            budget=data.get("budget"),
            overrides=overrides,
            packet=data.get("packet", "") or "",
        )


@dataclass(frozen=True, slots=True)
class ScenarioView:
    """A saved scenario."""

    id: int
    name: str
    spec: ScenarioSpec
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ScenarioOutcome:
    """What a scenario selects on a revealed round.

    Attributes:
        name: the saved scenario's name (None: a spec not saved).
        spec: the scenario.
        results: the ranking it used (the round re-ranked under its weights).
        selected: the proposals it selects, in that ranking's order.
        total_cost: their costs' sum (a proposal with no cost counts 0).
        no_cost: the selected proposals that have no cost set (how many: its length).
        total_score: their scores' sum.
        top: N, under the "top" rule.
        budget: the amount, under the "budget" rule.
        tied_below: under "top" and "quota": proposals just below the line sharing a rank
            with one above it.
        plan: under "budget": the plan (what could never be funded, and why).
        costs: proposal id → cost (None: none set), for the ranking's proposals.
    """

    name: str | None
    spec: ScenarioSpec
    results: Results
    selected: tuple[int, ...]
    total_cost: float
    no_cost: tuple[int, ...]
    total_score: float
    top: int | None = None
    budget: float | None = None
    tied_below: tuple[int, ...] = ()
    plan: Plan | None = None
    costs: Mapping[int, float | None] = field(default_factory=dict)

    def titles(self) -> dict[int, str]:
        return {r.proposal_id: r.title for r in self.results.rows}


@dataclass(frozen=True, slots=True)
class ScenarioComparison:
    """Two scenarios side by side on one round.

    Attributes:
        a, b: each one's outcome (its totals: total_cost, no_cost, total_score).
        only_a: selected by a only, in a's ranking order.
        only_b: selected by b only, in b's ranking order.
        both: selected by both, in a's ranking order.
    """

    a: ScenarioOutcome
    b: ScenarioOutcome
    only_a: tuple[int, ...]
    only_b: tuple[int, ...]
    both: tuple[int, ...]

    @property
    def same(self) -> bool:
        """Whether both select the same proposals."""
        return not self.only_a and not self.only_b

    def proposals(self) -> tuple[int, ...]:
        """Every proposal either selects: a's in its order, then b's others in theirs."""
        return (*self.a.selected, *self.only_b)


@dataclass(frozen=True, slots=True)
class _Facts:
    """What a scenario's outcome reads from the store, in one snapshot."""

    budget_facts: BudgetFacts
    budget: float | None
    default_top: int

    @property
    def costs(self) -> Mapping[int, float | None]:
        return self.budget_facts.costs

    @property
    def funding(self) -> Mapping[int, str]:
        return self.budget_facts.funding


def _changed_since() -> Conflict:
    return Conflict(_("The scenario has been changed by someone else since; their change stays."))


def _clean(name: str) -> str:
    if not rules.clean_line(name):
        raise ServiceError(_("The scenario needs a name."))
    return rules.clean_name(name, "scenario")


class ScenarioServices(ServiceBase):
    """Saved scenarios and what they select (the what-if and budget arithmetic is
    DecideServices'; Services has both)."""

    def _decide(self) -> DecideServices:
        assert isinstance(self, DecideServices), "ScenarioServices runs inside Services"
        return self

    # -- saving ------------------------------------------------------------------------

    def save_scenario(self, workshop_id: int, name: str, spec: ScenarioSpec) -> Change:
        """A new scenario; subject is its id, so delete_scenario(subject) undoes it. A name
        the workshop already gives a scenario is refused (uq_scenario_name)."""
        with self._write() as s:
            self._workshop(s, workshop_id)
            name = _clean(name)
            body = spec.to_json()
            row = Scenario(workshop_id=workshop_id, name=name, spec=json.dumps(body))
            s.add(row)
            s.flush()
            assert row.id is not None
            return self._commit(
                s,
                Change(
                    ChangeKind.SCENARIO_SAVED,
                    workshop_id,
                    Affects.SETTINGS,
                    subject=row.id,
                    detail={"name": name, "spec": body},
                ),
            )

    def update_scenario(
        self,
        scenario_id: int,
        *,
        name: str | None = None,
        spec: ScenarioSpec | Mapping[str, Any] | None = None,
        expect: Mapping[str, Any] | None = None,
    ) -> Change:
        """Renames a scenario and/or replaces what it is (spec: a ScenarioSpec, or its
        to_json form). detail["old"] / detail["new"] hold the fields that changed ("name",
        "spec" as to_json gives it); an undo passes expect=detail["new"] and is refused
        (Conflict) when someone has changed those fields since."""
        with self._write() as s:
            row = self._scenario(s, scenario_id)
            current = ScenarioSpec.from_json(row.spec)
            if expect:
                if "name" in expect and row.name != expect["name"]:
                    raise _changed_since()
                if "spec" in expect and current != _spec(expect["spec"]):
                    raise _changed_since()
            old: dict[str, Any] = {}
            new: dict[str, Any] = {}
            if name is not None:
                cleaned = _clean(name)
                if cleaned != row.name:
                    old["name"], new["name"] = row.name, cleaned
                    row.name = cleaned
            if spec is not None:
                wanted = _spec(spec)
                if wanted != current:
                    old["spec"], new["spec"] = current.to_json(), wanted.to_json()
                    row.spec = json.dumps(new["spec"])
            s.add(row)
            s.flush()
            return self._commit(
                s,
                Change(
                    ChangeKind.SCENARIO_UPDATED,
                    row.workshop_id,
                    Affects.SETTINGS,
                    subject=scenario_id,
                    detail={"old": old, "new": new},
                ),
            )

    def delete_scenario(
        self, scenario_id: int, *, expect: Mapping[str, Any] | None = None
    ) -> Change:
        """Deletes a scenario; detail["scenario"] holds its row, so restore_scenario(detail)
        puts it back under its id. expect ({"name", "spec"}, as save_scenario's detail) makes
        it refuse (Conflict) a scenario someone has changed since: an undone save."""
        with self._write() as s:
            row = self._scenario(s, scenario_id)
            spec = ScenarioSpec.from_json(row.spec)
            if expect:
                if "name" in expect and row.name != expect["name"]:
                    raise _changed_since()
                if "spec" in expect and spec != _spec(expect["spec"]):
                    raise _changed_since()
            record = {
                "id": row.id,
                "workshop_id": row.workshop_id,
                "name": row.name,
                "spec": spec.to_json(),
                "created_at": row.created_at.isoformat(),
            }
            s.delete(row)
            return self._commit(
                s,
                Change(
                    ChangeKind.SCENARIO_DELETED,
                    record["workshop_id"],  # type: ignore[arg-type]
                    Affects.SETTINGS,
                    subject=scenario_id,
                    detail={"scenario": record},
                ),
            )

    def restore_scenario(self, detail: Mapping[str, Any]) -> Change:
        """Undoes delete_scenario: the scenario comes back under its old id, name and time.
        Refused if the id or the name has been taken since."""
        try:
            record = dict(detail["scenario"])
            scenario_id, workshop_id = int(record["id"]), int(record["workshop_id"])
            spec = _spec(record["spec"])
            created = datetime.fromisoformat(str(record["created_at"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise ServiceError(_("That is not the record of a deleted scenario.")) from exc
        with self._write() as s:
            self._workshop(s, workshop_id)
            name = _clean(str(record.get("name", "")))
            if s.get(Scenario, scenario_id) is not None:
                raise Conflict(
                    _(
                        "Scenario #{id} exists again, so “{name}” cannot come back under its "
                        "old number.",
                        id=scenario_id,
                        name=name,
                    )
                )
            body = spec.to_json()
            s.add(
                Scenario(
                    id=scenario_id,
                    workshop_id=workshop_id,
                    name=name,
                    spec=json.dumps(body),
                    created_at=created,
                )
            )
            s.flush()
            return self._commit(
                s,
                Change(
                    ChangeKind.SCENARIO_RESTORED,
                    workshop_id,
                    Affects.SETTINGS,
                    subject=scenario_id,
                    detail={"name": name, "spec": body},
                ),
            )

    def scenarios(self, workshop_id: int) -> list[ScenarioView]:
        """The workshop's scenarios, by name (case ignored), then by id."""
        with self._read() as s:
            self._workshop(s, workshop_id)
            rows = s.exec(select(Scenario).where(Scenario.workshop_id == workshop_id)).all()
            found = [
                ScenarioView(r.id, r.name, ScenarioSpec.from_json(r.spec), r.created_at)  # type: ignore[arg-type]
                for r in rows
            ]
        return sorted(found, key=lambda v: (v.name.casefold(), v.id))

    def scenario(self, scenario_id: int) -> ScenarioView:
        """One saved scenario; NotFound when it is gone."""
        with self._read() as s:
            r = self._scenario(s, scenario_id)
            return ScenarioView(r.id, r.name, ScenarioSpec.from_json(r.spec), r.created_at)  # type: ignore[arg-type]

    def _scenario(self, session: Session, scenario_id: int) -> Scenario:
        row = session.get(Scenario, scenario_id)
        if row is None:
            raise NotFound(
                _("The scenario #{id} does not exist (it may have been deleted).", id=scenario_id)
            )
        return row

    # -- what a scenario selects ---------------------------------------------------------

    def scenario_outcome(
        self,
        workshop_id: int,
        scenario: int | ScenarioSpec,
        round_number: int | None = None,
    ) -> ScenarioOutcome:
        """What a scenario (a saved one's id, or a spec) selects on a revealed round (default:
        the latest): its ranking, selection and totals. Refused with a sentence when its
        rules cannot hold (a budget rule without an amount, must-fund marks no plan keeps, a
        must-fund proposal without a score)."""
        name, spec = self._named(workshop_id, scenario)
        what_if = self._decide().what_if(workshop_id, round_number)
        return self._outcome(workshop_id, what_if, name, spec)

    def compare_scenarios(
        self,
        workshop_id: int,
        a: int | ScenarioSpec,
        b: int | ScenarioSpec,
        round_number: int | None = None,
    ) -> ScenarioComparison:
        """Two scenarios on the same revealed round: which proposals only one selects, which
        both, and each one's totals."""
        first, second = self._named(workshop_id, a), self._named(workshop_id, b)
        what_if = self._decide().what_if(workshop_id, round_number)
        one = self._outcome(workshop_id, what_if, *first)
        two = self._outcome(workshop_id, what_if, *second)
        return compare(one, two)

    def _named(
        self, workshop_id: int, scenario: int | ScenarioSpec
    ) -> tuple[str | None, ScenarioSpec]:
        if isinstance(scenario, ScenarioSpec):
            return None, scenario
        with self._read() as s:
            row = self._scenario(s, scenario)
            if row.workshop_id != workshop_id:
                raise ServiceError(_("That scenario belongs to another workshop."))
            return row.name, ScenarioSpec.from_json(row.spec)

    def _outcome(
        self, workshop_id: int, what_if: WhatIf, name: str | None, spec: ScenarioSpec
    ) -> ScenarioOutcome:
        ranking = _ranking(what_if, spec)
        facts = self._facts(workshop_id, ranking)
        rows = {r.proposal_id: r for r in ranking.rows}
        order = {pid: i for i, pid in enumerate(rows)}
        top: int | None = None
        money: float | None = None
        tied: tuple[int, ...] = ()
        plan: Plan | None = None
        if spec.rule == "budget":
            money = spec.budget if spec.budget is not None else facts.budget
            if money is None:
                raise ServiceError(
                    _(
                        "The scenario's cut rule is the budget, but neither it nor the workshop "
                        "has one; give the scenario a budget."
                    )
                )
            candidates = budget_candidates(ranking, facts.budget_facts, spec.overrides)
            try:
                plan = optimum(
                    candidates,
                    money,
                    quotas=facts.budget_facts.quotas,
                    links=facts.budget_facts.links,
                )
            except rules.RuleError as exc:
                raise ServiceError(exc.message) from exc
            selected = plan.funded
        else:
            marks = {pid: m for pid, m in spec.overrides.items() if m and pid in rows}
            must = [pid for pid in rows if marks.get(pid) == "must"]
            unscored = [pid for pid in must if rows[pid].rank is None]
            if unscored:
                raise ServiceError(
                    _(
                        "The scenario marks “{title}” must-fund, but it has no score in this "
                        "round.",
                        title=rows[unscored[0]].title,
                    )
                )
            rest = replace(
                ranking, rows=tuple(r for r in ranking.rows if r.proposal_id not in marks)
            )
            if spec.rule == "top":
                top = spec.top or facts.default_top
                line = what_if.cut(rest, top=max(top - len(must), 0))
            else:
                taken: dict[int, int] = {}
                for pid in must:
                    category = rows[pid].category_id
                    if category is not None:
                        taken[category] = taken.get(category, 0) + 1
                quotas = {
                    c: None if q is None else max(q - taken.get(c, 0), 0)
                    for c, q in what_if.quotas.items()
                }
                line = replace(what_if, quotas=quotas).cut(rest, by_quota=True)
            selected = tuple(sorted({*must, *line.selected}, key=order.__getitem__))
            tied = tuple(line.tied_below)
        costs = [facts.costs.get(pid) for pid in selected]
        return ScenarioOutcome(
            name=name,
            spec=spec,
            results=ranking,
            selected=tuple(selected),
            total_cost=math.fsum(c or 0.0 for c in costs),
            no_cost=tuple(pid for pid, c in zip(selected, costs, strict=True) if c is None),
            total_score=math.fsum(rows[pid].score or 0.0 for pid in selected),
            top=top,
            budget=money,
            tied_below=tied,
            plan=plan,
            costs={pid: facts.costs.get(pid) for pid in rows},
        )

    def _facts(self, workshop_id: int, ranking: Results) -> _Facts:
        with self._read() as s:
            ws = self._workshop(s, workshop_id)
            facts = budget_facts(s, workshop_id, [r.proposal_id for r in ranking.rows])
            limits = s.exec(
                select(Lane.limit)
                .where(Lane.workshop_id == workshop_id, Lane.kind == "roadmap")
                .order_by(col(Lane.position))
            ).all()
            return _Facts(budget_facts=facts, budget=ws.budget, default_top=roadmap_top(limits))


def _spec(value: ScenarioSpec | Mapping[str, Any] | str) -> ScenarioSpec:
    return value if isinstance(value, ScenarioSpec) else ScenarioSpec.from_json(value)


def _ranking(what_if: WhatIf, spec: ScenarioSpec) -> Results:
    """The round re-ranked under the scenario's weights (criteria the workshop no longer has
    are left out); the plain ranking when they are the workshop's own, so a scenario without
    weights works on a dot-voting round too."""
    weights = {cid: w for cid, w in spec.weights.items() if cid in what_if.weights}
    if all(what_if.weights[cid] == w for cid, w in weights.items()):
        return what_if.results
    return what_if.results_for(weights)


def compare(a: ScenarioOutcome, b: ScenarioOutcome) -> ScenarioComparison:
    """Two outcomes side by side (they should be of the same round)."""
    in_a, in_b = set(a.selected), set(b.selected)
    return ScenarioComparison(
        a=a,
        b=b,
        only_a=tuple(p for p in a.selected if p not in in_b),
        only_b=tuple(p for p in b.selected if p not in in_a),
        both=tuple(p for p in a.selected if p in in_b),
    )
