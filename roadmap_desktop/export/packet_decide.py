"""The packet's decision support: how firm the cut line is under other weights (one plain
sentence per unstable proposal, in the method section) and, when the workshop has a budget,
the best roadmap under it beside the ranking funded in order (in the roadmap section).

Everything here is computed by the services from the round of record; nothing is written.
"""

import math
from typing import TYPE_CHECKING, Any

from roadmap_desktop.domain.stability import Stability
from roadmap_desktop.services.errors import Problem
from roadmap_desktop.services.views import Results, WorkshopInfo
from roadmap_desktop.words import Message, Num, _, formats, n_

if TYPE_CHECKING:
    from roadmap_desktop.services import Services

# A proposal that keeps its side under fewer than this share of the weight combinations is
# "unstable" and gets a sentence (README, Decide with the numbers).
UNSTABLE = 0.9


def _cut_rule(info: WorkshopInfo) -> tuple[int | None, bool]:
    """The cut line the packet reports: the applied one, else the Roadmap lane's limit, else
    the top 21."""
    if info.cut is not None:
        return (info.cut.top, False) if info.cut.rule == "top" else (None, True)
    return info.default_top, False


def _percent(share: float) -> str:
    # Rounded down: a share just under the threshold never prints as the threshold itself.
    return formats.percent(math.floor(share * 100) / 100)


def _sentence(found: Stability, title: str, criteria: dict[int, str]) -> Message:
    near = found.nearest
    share = _percent(found.share)
    if near is None:
        if found.above:
            return _(
                "“{title}” is above the cut line under {share} of the weight combinations "
                "within ±50% of the workshop's weights.",
                title=title,
                share=share,
            )
        return _(
            "“{title}” is below the cut line under {share} of the weight combinations within "
            "±50% of the workshop's weights.",
            title=title,
            share=share,
        )
    told = {
        "title": title,
        "share": share,
        "criterion": criteria.get(near.criterion, "?"),
        "old": Num(near.was, 2),
        "new": Num(near.weight, 2),
        "change": _percent(abs(near.change)),
    }
    if found.above:
        if near.change > 0:
            return _(
                "“{title}” is above the cut line under {share} of the weight combinations "
                "within ±50%; it would drop below if {criterion}'s weight rose from {old} to "
                "{new} (+{change}).",
                **told,
            )
        return _(
            "“{title}” is above the cut line under {share} of the weight combinations within "
            "±50%; it would drop below if {criterion}'s weight fell from {old} to {new} "
            "(−{change}).",
            **told,
        )
    if near.change > 0:
        return _(
            "“{title}” is below the cut line under {share} of the weight combinations within "
            "±50%; it would rise above if {criterion}'s weight rose from {old} to {new} "
            "(+{change}).",
            **told,
        )
    return _(
        "“{title}” is below the cut line under {share} of the weight combinations within "
        "±50%; it would rise above if {criterion}'s weight fell from {old} to {new} "
        "(−{change}).",
        **told,
    )


def stability_data(services: "Services", info: WorkshopInfo, results: Results) -> dict[str, Any]:
    """The method section's "How firm the cut line is": its explanation and the sentences."""
    if results.round.method != "score":
        return {"text": "", "sentences": []}
    top, by_quota = _cut_rule(info)
    what_if = services.what_if(info.id, results.round.number)
    found = what_if.stability(top=top, by_quota=by_quota)
    titles = {r.proposal_id: r.title for r in what_if.results.rows}
    criteria = {c.id: c.name for c in what_if.criteria}
    unstable = [s for s in found.values() if s.share < UNSTABLE]
    text = _(
        "How firm is the cut line? The ranking was recomputed under 729 combinations of the "
        "criteria's weights, each within ±50% of the workshop's own (a grid of nine steps per "
        "criterion). A proposal that keeps its side of the line under fewer than {share} of "
        "them is named below, with the smallest change of one weight that moves it across.",
        share=_percent(UNSTABLE),
    )
    if not unstable:
        text = _(
            "{text} Every proposal keeps its side under at least {share} of them.",
            text=text,
            share=_percent(UNSTABLE),
        )
    return {
        "text": str(text),
        "sentences": [str(_sentence(s, titles[s.proposal], criteria)) for s in unstable],
    }


def budget_data(
    services: "Services", info: WorkshopInfo, results: Results
) -> dict[str, Any] | None:
    """The roadmap section's budget: the best roadmap under the workshop's budget and the
    ranking funded in order; None without a budget, or a refusal's sentence."""
    if info.budget is None:
        return None
    try:
        plans = services.budget_plans(info.id, results.round.number, results=results)
    except Problem as exc:  # a conflict of rules is told, not raised: the packet still prints
        return {"text": str(exc), "rows": [], "plans": []}
    rows = {r.proposal_id: r for r in results.rows}
    best = set(plans.optimum.funded)
    plain = set(plans.by_rank.funded)
    listed = [pid for pid in (r.proposal_id for r in results.rows) if pid in best | plain]

    def plan_line(name: Message, plan: Any) -> dict[str, str]:
        return {
            "name": str(name),
            "count": str(
                n_("{n} proposal", "{n} proposals", len(plan.funded), n=Num(len(plan.funded)))
            ),
            "cost": formats.money(plan.total_cost),
            "score": str(Num(plan.total_score, 2)),
        }

    return {
        "text": str(
            _(
                "With a budget of {budget}, the best roadmap is the set of proposals with the "
                "highest total score whose cost fits the budget, keeping each category's quota, "
                "the proposals marked must-fund and must-not, and the dependencies between "
                "proposals (a 0-1 integer programme solved by HiGHS). Beside it, the ranking "
                "funded in order until the money runs out.",
                budget=formats.money(plans.budget),
            )
        ),
        "plans": [
            plan_line(_("Best roadmap under the budget"), plans.optimum),
            plan_line(_("Funded by rank"), plans.by_rank),
        ],
        "rows": [
            {
                "rank": "" if rows[pid].rank is None else str(rows[pid].rank),
                "title": rows[pid].title,
                "cost": "" if plans.costs.get(pid) is None else formats.money(plans.costs[pid]),  # type: ignore[arg-type]
                "best": pid in best,
                "by_rank": pid in plain,
            }
            for pid in listed
        ],
    }


def ties_data(services: "Services", workshop_id: int, results: Results) -> list[str]:
    """One sentence per tie the facilitator settled in the round of record: the order, the
    reason, and the runoff round when one settled it."""
    titles = {r.proposal_id: r.title for r in results.rows}
    number = results.round.number
    groups: dict[tuple[str, int | None], list[tuple[int, int]]] = {}
    for t in services.tie_orders(workshop_id, number):
        groups.setdefault((t.reason, t.runoff_round), []).append((t.place, t.proposal_id))
    said = []
    for (reason, runoff), places in groups.items():
        order = " → ".join(f"“{titles.get(pid, '?')}”" for _place, pid in sorted(places))
        if runoff is not None:
            said.append(
                str(
                    _(
                        "A tie in round {number} was settled by runoff round {runoff}: {order}.",
                        number=number,
                        runoff=runoff,
                        order=order,
                    )
                )
            )
        else:
            said.append(
                str(
                    _(
                        "A tie in round {number} was settled by the facilitator: {order}. "
                        "Reason: {reason}",
                        number=number,
                        order=order,
                        reason=reason,
                    )
                )
            )
    return said
