"""The packet's scenarios: the scenario the facilitator chose for the packet (after the
roadmap: its cut rule, weights and funding marks, what it selects and its totals) and, in
Appendix D, each scenario marked to be compared with it (its totals beside the chosen one's,
and the proposals only one of the two selects).

Everything is worked out by the services on the packet's round (services.scenarios); nothing
is written. A scenario whose rules cannot hold on that round (a budget rule without an
amount, must-fund marks no plan keeps) prints the sentence that says why, not a number.
"""

from typing import TYPE_CHECKING, Any

from roadmap_desktop.services.errors import Problem
from roadmap_desktop.services.scenarios import (
    ScenarioComparison,
    ScenarioOutcome,
    ScenarioView,
    compare,
)
from roadmap_desktop.words import Message, Num, _, formats, n_

if TYPE_CHECKING:
    from roadmap_desktop.services import Services


def _rule(outcome: ScenarioOutcome) -> Message:
    spec = outcome.spec
    if spec.rule == "quota":
        return _("each category's top proposals, up to its quota")
    if spec.rule == "budget" and outcome.budget is not None:
        return _(
            "the best roadmap under a budget of {budget}", budget=formats.money(outcome.budget)
        )
    return _("the top {n} of the ranking", n=Num(outcome.top or 0))


def _weights(outcome: ScenarioOutcome) -> Message:
    changed = [
        str(
            _(
                "{criterion} {weight} (the workshop's: {own})",
                criterion=c.name,
                weight=Num(outcome.spec.weights[c.id]),
                own=Num(c.weight),
            )
        )
        for c in outcome.results.criteria
        if c.id in outcome.spec.weights and outcome.spec.weights[c.id] != c.weight
    ]
    if not changed:
        return _("the workshop's own weights")
    # Translators: {weights} lists criteria with their weights: "Core 3 (the workshop's: 2)".
    return _("these weights: {weights}", weights="; ".join(changed))


def _marks(outcome: ScenarioOutcome) -> str:
    """The scenario's own funding marks, one sentence per kind."""
    titles = outcome.titles()

    def named(mark: str) -> str:
        return "; ".join(
            titles[p] for p, m in outcome.spec.overrides.items() if m == mark and p in titles
        )

    said: list[Message] = []
    if must := named("must"):
        said.append(_("Marked must-fund in this scenario: {titles}.", titles=must))
    if never := named("never"):
        said.append(_("Marked must-not in this scenario: {titles}.", titles=never))
    if cleared := named(""):
        said.append(
            _("Without the card's funding mark in this scenario: {titles}.", titles=cleared)
        )
    return " ".join(str(m) for m in said)


def _money(amount: float | None) -> str:
    return "" if amount is None else formats.money(amount)


def _totals(name: str, outcome: ScenarioOutcome) -> dict[str, str]:
    count = len(outcome.selected)
    missing = len(outcome.no_cost)
    return {
        "name": name,
        "count": str(n_("{n} proposal", "{n} proposals", count, n=Num(count))),
        "cost": formats.money(outcome.total_cost),
        # Translators: how many of the selected proposals have no cost set ("2 without a cost").
        "no_cost": str(_("{n} without a cost", n=Num(missing))) if missing else "",
        "score": str(Num(outcome.total_score, 2)),
    }


def _described(name: str, outcome: ScenarioOutcome) -> str:
    text = str(
        _(
            "The scenario “{name}” selects by {rule}, under {weights}.",
            name=name,
            rule=_rule(outcome),
            weights=_weights(outcome),
        )
    )
    marks = _marks(outcome)
    return f"{text} {marks}" if marks else text


def _chosen(scenario: ScenarioView, outcome: ScenarioOutcome) -> dict[str, Any]:
    rows = {r.proposal_id: r for r in outcome.results.rows}
    return {
        "heading": str(_("Scenario: {name}", name=scenario.name)),
        "name": scenario.name,
        "rule": scenario.spec.rule,
        "weights": {
            c.name: outcome.spec.weights[c.id]
            for c in outcome.results.criteria
            if c.id in outcome.spec.weights
        },
        "text": _described(scenario.name, outcome),
        "refused": "",
        "totals": _totals(scenario.name, outcome),
        "selected": [
            {
                "rank": "" if rows[pid].rank is None else str(Num(rows[pid].rank or 0)),
                "title": rows[pid].title,
                "cost": _money(outcome.costs.get(pid)),
                "score": "" if rows[pid].score is None else str(Num(rows[pid].score or 0.0, 2)),
            }
            for pid in outcome.selected
        ],
    }


def _compared(
    scenario: ScenarioView,
    outcome: ScenarioOutcome,
    chosen: ScenarioView | None,
    comparison: ScenarioComparison | None,
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "name": scenario.name,
        "rule": scenario.spec.rule,
        "text": _described(scenario.name, outcome),
        "refused": "",
        "totals": [_totals(scenario.name, outcome)],
        "differences": [],
        "same": False,
    }
    if chosen is None or comparison is None:
        return entry
    entry["totals"].insert(0, _totals(chosen.name, comparison.a))
    titles = {**outcome.titles(), **comparison.a.titles()}
    entry["differences"] = [
        {"title": titles.get(pid, ""), "in_chosen": True, "in_this": False}
        for pid in comparison.only_a
    ] + [
        {"title": titles.get(pid, ""), "in_chosen": False, "in_this": True}
        for pid in comparison.only_b
    ]
    entry["same"] = comparison.same
    if comparison.same:
        entry["text"] += " " + str(
            _("It selects the same proposals as “{chosen}”.", chosen=chosen.name)
        )
    return entry


def _refused(scenario: ScenarioView, problem: Problem) -> dict[str, Any]:
    return {
        "heading": str(_("Scenario: {name}", name=scenario.name)),
        "name": scenario.name,
        "rule": scenario.spec.rule,
        "weights": {},
        "text": "",
        "refused": str(problem),
        "totals": None,
        "selected": [],
        "differences": [],
        "same": False,
    }


def scenarios_data(
    services: "Services", workshop_id: int, round_number: int | None
) -> dict[str, Any] | None:
    """The packet's scenarios on a revealed round: None when no scenario is marked for the
    packet. "chosen" is the scenario the packet uses (None when only compared ones are
    marked); "compared" lists the ones its Appendix D compares with it (each with its
    totals beside the chosen one's and the proposals only one of the two selects); "words"
    the template's own headings. A scenario refused on this round carries its sentence in
    "refused" and no numbers."""
    marked = [s for s in services.scenarios(workshop_id) if s.spec.packet]
    if not marked:
        return None
    chosen = next((s for s in marked if s.spec.packet == "chosen"), None)
    # The packet has one chosen scenario; any other marked chosen (another window's change
    # at the same moment) is compared with it.
    others = [s for s in marked if s is not chosen]
    reference: ScenarioOutcome | None = None
    chosen_data: dict[str, Any] | None = None
    if chosen is not None:
        try:
            reference = services.scenario_outcome(workshop_id, chosen.id, round_number)
            chosen_data = _chosen(chosen, reference)
        except Problem as exc:
            chosen_data = _refused(chosen, exc)
    compared: list[dict[str, Any]] = []
    for scenario in others:
        try:
            outcome = services.scenario_outcome(workshop_id, scenario.id, round_number)
        except Problem as exc:
            compared.append({**_refused(scenario, exc), "totals": []})
            continue
        if chosen is not None and reference is not None:
            compared.append(_compared(scenario, outcome, chosen, compare(reference, outcome)))
        else:
            compared.append(_compared(scenario, outcome, None, None))
    if chosen is None:
        intro = _(
            "Each scenario below is worked out on the packet's round. No scenario is chosen "
            "for the packet, so they are not compared with one."
        )
    elif reference is None:
        intro = _(
            "Each scenario below is worked out on the packet's round. The chosen scenario "
            "“{name}” cannot be worked out on it, so they are not compared with it.",
            name=chosen.name,
        )
    else:
        intro = _(
            "Each scenario below is worked out on the same round as the chosen scenario "
            "“{name}” and compared with it: each one's totals, and the proposals only one of "
            "the two selects.",
            name=chosen.name,
        )
    return {
        "chosen_name": chosen.name if chosen is not None and reference is not None else "",
        "chosen": chosen_data,
        "compared": compared,
        "words": {
            "appendix_d": str(_("Appendix D: Scenarios compared")),
            "appendix_d_text": str(intro),
            "scenario": str(_("Scenario")),
            "selected": str(_("What the scenario selects")),
            "differences": str(_("Selected by only one of the two")),
            "none_selected": str(_("The scenario selects no proposal.")),
        },
    }
