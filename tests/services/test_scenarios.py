"""Scenarios through the services: saved, renamed, deleted and restored (one audit event each,
names unique per workshop), and what each selects on a revealed round, alone and side by side.
"""

import json

import pytest

from roadmap_desktop.services import Conflict, NotFound, ServiceError
from roadmap_desktop.services.scenarios import ScenarioSpec
from tests.services.helpers import event_count, one_event, reveal_two_criteria

COSTS = {"Alpha": 50, "Bravo": 60, "Charlie": 40}  # Delta has none


def _reveal(services, small) -> dict[str, int]:
    return reveal_two_criteria(services, small, COSTS)


def _titles(outcome, ids=None) -> list[str]:
    names = outcome.titles()
    return [names[p] for p in (outcome.selected if ids is None else ids)]


# -- the spec ---------------------------------------------------------------------------------


def test_a_spec_goes_to_json_and_back():
    spec = ScenarioSpec(
        weights={3: 2, 1: 0.5},
        rule="budget",
        budget=1000,
        overrides={7: "must", 2: "never", 5: ""},
        packet="chosen",
    )
    body = spec.to_json()
    assert body == {
        "weights": {"1": 0.5, "3": 2.0},
        "rule": "budget",
        "top": None,
        "budget": 1000.0,
        "overrides": {"2": "never", "5": "", "7": "must"},
        "packet": "chosen",
    }
    assert ScenarioSpec.from_json(body) == spec
    assert ScenarioSpec.from_json(json.dumps(body)) == spec
    assert hash(ScenarioSpec.from_json(body)) == hash(spec)
    assert ScenarioSpec.from_json("{}") == ScenarioSpec()


@pytest.mark.parametrize(
    "bad",
    [
        "not json",
        "[1, 2]",
        {"rule": "best"},
        {"top": 0},
        {"top": 2.5},
        {"budget": -1},
        {"budget": "lots"},
        {"budget": float("inf")},
        {"weights": {"1": -1}},
        {"weights": {"1": "heavy"}},
        {"weights": {"Core": 2}},
        {"weights": [1, 2]},
        {"overrides": {"4": "maybe"}},
        {"packet": "appendix"},
    ],
)
def test_a_malformed_spec_is_refused_with_a_sentence(bad):
    with pytest.raises(ServiceError) as refused:
        ScenarioSpec.from_json(bad)
    assert str(refused.value)


# -- saving -----------------------------------------------------------------------------------


def test_save_rename_delete_and_restore_one_event_each(services, small):
    spec = ScenarioSpec(weights={small.criteria["Core"]: 3}, rule="top", top=2)
    saved = one_event(services, lambda: services.save_scenario(small.id, "  Core   heavy ", spec))
    assert saved.kind == "scenario.saved" and saved.affects.names() == ["SETTINGS"]
    sid = saved.subject
    [view] = services.scenarios(small.id)
    assert (view.id, view.name, view.spec) == (sid, "Core heavy", spec)

    renamed = one_event(services, lambda: services.update_scenario(sid, name="Core first"))
    assert renamed.detail == {"old": {"name": "Core heavy"}, "new": {"name": "Core first"}}
    chosen = replace_packet(spec, "chosen")
    flagged = one_event(services, lambda: services.update_scenario(sid, spec=chosen))
    assert flagged.detail["old"] == {"spec": spec.to_json()}
    assert flagged.detail["new"] == {"spec": chosen.to_json()}
    assert services.scenario(sid).spec.packet == "chosen"
    # Undo: the old values back, expecting the new ones.
    one_event(
        services,
        lambda: services.update_scenario(
            sid, **flagged.detail["old"], expect=flagged.detail["new"]
        ),
    )
    assert services.scenario(sid).spec == spec

    created = services.scenario(sid).created_at
    deleted = one_event(services, lambda: services.delete_scenario(sid))
    assert deleted.kind == "scenario.deleted"
    assert services.scenarios(small.id) == []
    with pytest.raises(NotFound):
        services.scenario(sid)
    restored = one_event(services, lambda: services.restore_scenario(deleted.detail))
    assert restored.subject == sid
    back = services.scenario(sid)
    assert (back.name, back.spec) == ("Core first", spec)
    assert back.created_at.replace(tzinfo=None) == created.replace(tzinfo=None)
    with pytest.raises(Conflict):
        services.restore_scenario(deleted.detail)  # its id is taken again


def replace_packet(spec: ScenarioSpec, packet: str) -> ScenarioSpec:
    return ScenarioSpec.from_json({**spec.to_json(), "packet": packet})


def test_names_are_unique_per_workshop_and_needed(services, small, other):
    services.save_scenario(small.id, "Lean", ScenarioSpec())
    second = services.save_scenario(small.id, "Bold", ScenarioSpec()).subject
    before = event_count(services.store)
    with pytest.raises(ServiceError, match="has that name"):
        services.save_scenario(small.id, " Lean ", ScenarioSpec())
    with pytest.raises(ServiceError, match="has that name"):
        services.update_scenario(second, name="Lean")
    with pytest.raises(ServiceError, match="needs a name"):
        services.save_scenario(small.id, "  ", ScenarioSpec())
    assert event_count(services.store) == before
    services.save_scenario(other.id, "Lean", ScenarioSpec())  # another workshop's own
    assert [v.name for v in services.scenarios(small.id)] == ["Bold", "Lean"]


def test_an_undo_is_refused_after_someone_else_changed_it(services, small):
    sid = services.save_scenario(small.id, "Lean", ScenarioSpec()).subject
    renamed = services.update_scenario(sid, name="Leaner")
    services.update_scenario(sid, name="Leanest")  # someone else, since
    with pytest.raises(Conflict):
        services.update_scenario(sid, **renamed.detail["old"], expect=renamed.detail["new"])
    saved_detail = {"name": "Lean", "spec": ScenarioSpec().to_json()}
    with pytest.raises(Conflict):
        services.delete_scenario(sid, expect=saved_detail)  # the save undone: it changed
    assert services.scenario(sid).name == "Leanest"


def test_a_record_that_is_no_deleted_scenario_is_refused(services, small):
    with pytest.raises(ServiceError):
        services.restore_scenario({"scenario": {"id": "x"}})
    with pytest.raises(NotFound):
        services.delete_scenario(999_999)


# -- what a scenario selects ----------------------------------------------------------------


def test_outcome_under_the_top_rule_its_weights_and_marks(services, small, store):
    ids = _reveal(services, small)
    before = event_count(store)
    plain = services.scenario_outcome(small.id, ScenarioSpec())
    # No N: the Roadmap lane's limit (3).
    assert (plain.top, _titles(plain)) == (3, ["Bravo", "Charlie", "Alpha"])
    assert plain.results == services.results(small.id)  # the workshop's own ranking
    assert plain.total_cost == 150 and plain.no_cost == ()
    assert plain.total_score == pytest.approx(11 / 3 + 3 + 7 / 3)

    important = ScenarioSpec(weights={small.criteria["Important"]: 5}, top=1)
    assert _titles(services.scenario_outcome(small.id, important)) == ["Alpha"]

    never = ScenarioSpec(top=2, overrides={ids["Bravo"]: "never"})
    assert _titles(services.scenario_outcome(small.id, never)) == ["Charlie", "Alpha"]
    must = ScenarioSpec(top=2, overrides={ids["Delta"]: "must", ids["Alpha"]: ""})
    outcome = services.scenario_outcome(small.id, must)
    assert _titles(outcome) == ["Bravo", "Delta"]  # Delta takes one of the two places
    assert outcome.total_cost == 60 and _titles(outcome, outcome.no_cost) == ["Delta"]
    with pytest.raises(ServiceError, match="no score"):
        services.scenario_outcome(small.id, ScenarioSpec(overrides={ids["Echo"]: "must"}))
    # The card's own marks hold only under a budget, and a scenario's only inside it.
    services.update_proposal(ids["Bravo"], funding="never")
    assert _titles(services.scenario_outcome(small.id, ScenarioSpec(top=1))) == ["Bravo"]
    assert event_count(store) == before + 1  # only the card's mark was written


def test_outcome_under_the_quota_rule(services, small):
    ids = _reveal(services, small)
    quota = ScenarioSpec(rule="quota")
    # Pilot (quota 2): Bravo, Delta; Scale (quota 1): Charlie.
    assert _titles(services.scenario_outcome(small.id, quota)) == ["Bravo", "Charlie", "Delta"]
    marked = ScenarioSpec(rule="quota", overrides={ids["Alpha"]: "must", ids["Delta"]: "never"})
    # Alpha takes Scale's one place; Delta is left out and nothing else is in Pilot.
    assert _titles(services.scenario_outcome(small.id, marked)) == ["Bravo", "Alpha"]


def test_outcome_under_the_budget_rule_is_the_budget_views_optimum(services, small):
    ids = _reveal(services, small)
    services.update_proposal(ids["Delta"], cost=10)
    with pytest.raises(ServiceError, match="budget"):
        services.scenario_outcome(small.id, ScenarioSpec(rule="budget"))  # none anywhere
    services.set_budget(small.id, 100)
    weights = {small.criteria["Important"]: 4}
    spec = ScenarioSpec(weights=weights, rule="budget")
    outcome = services.scenario_outcome(small.id, spec)
    plans = services.budget_plans(small.id, results=outcome.results)
    assert outcome.selected == plans.optimum.funded
    assert outcome.total_cost == pytest.approx(plans.optimum.total_cost)
    assert outcome.total_score == pytest.approx(plans.optimum.total_score)
    assert outcome.budget == 100 and outcome.plan == plans.optimum
    # Its own amount, and a mark that holds only inside it.
    own = ScenarioSpec(rule="budget", budget=50, overrides={ids["Bravo"]: "never"})
    assert _titles(services.scenario_outcome(small.id, own)) == ["Charlie", "Delta"]
    services.update_proposal(ids["Bravo"], funding="must")
    cleared = ScenarioSpec(rule="budget", budget=50, overrides={ids["Bravo"]: ""})
    assert _titles(services.scenario_outcome(small.id, cleared)) == ["Charlie", "Delta"]
    with pytest.raises(ServiceError):  # the card's must-fund Bravo costs 60 > 50
        services.scenario_outcome(small.id, ScenarioSpec(rule="budget", budget=50))


def test_compare_two_saved_scenarios(services, small, other):
    ids = _reveal(services, small)
    a = services.save_scenario(small.id, "Core", ScenarioSpec(top=2)).subject
    b_spec = ScenarioSpec(weights={small.criteria["Important"]: 5}, top=2)
    b = services.save_scenario(small.id, "Important", b_spec).subject
    both = services.compare_scenarios(small.id, a, b)
    assert (both.a.name, both.b.name) == ("Core", "Important")
    titles = both.a.titles()
    # Core: Bravo, Charlie. Important ×5: Alpha (5·5+1·2)/7, Charlie 3, Bravo (5+10)/7.
    assert [titles[p] for p in both.only_a] == ["Bravo"]
    assert [titles[p] for p in both.only_b] == ["Alpha"]
    assert [titles[p] for p in both.both] == ["Charlie"]
    assert not both.same
    assert both.a.total_cost == 100 and both.b.total_cost == 90
    assert both.proposals() == (ids["Bravo"], ids["Charlie"], ids["Alpha"])
    same = services.compare_scenarios(small.id, a, ScenarioSpec(top=2))
    assert same.same and same.b.name is None
    elsewhere = services.save_scenario(other.id, "Theirs", ScenarioSpec()).subject
    with pytest.raises(ServiceError, match="another workshop"):
        services.compare_scenarios(small.id, a, elsewhere)
