"""Criteria and participants per workshop: add, change, reorder, remove, restore; each change
carries its inverse, and what has been voted on cannot be taken away."""

import pytest

from roadmap_desktop.services import Affects, Conflict, NotFound, ServiceError
from tests.services.helpers import content, one_event, snapshot


def _criteria(services, workshop_id):
    return [
        (c.name, c.weight, c.scale_min, c.scale_max)
        for c in services.workshop(workshop_id).criteria
    ]


def _people(services, workshop_id):
    return [(p.name, p.role) for p in services.workshop(workshop_id).participants]


def _score(services, small, criterion="Core", person="Ana", value=3):
    round_id = services.open_round(small.id).subject
    services.record_score(
        round_id, small.people[person], small.proposals[0], small.criteria[criterion], value
    )
    return round_id


# -- criteria ----------------------------------------------------------------------------------


def test_add_criterion_then_undo_by_removing_it(services, small):
    before = content(services.store)
    change = one_event(
        services,
        lambda: services.add_criterion(
            small.id,
            "  Equitable ",
            question="Does it reach every district?",
            weight=2,
            scale_min=0,
            scale_max=3,
            position=1,
        ),
    )
    assert change.kind == "criterion.added"
    assert change.detail["name"] == "Equitable"
    assert change.detail["position"] == 1
    assert [c[0] for c in _criteria(services, small.id)] == [
        "Important",
        "Equitable",
        "Core",
        "Achievable",
    ]
    added = services.workshop(small.id).criteria[1]
    assert (added.question, added.weight, added.scale_min, added.scale_max) == (
        "Does it reach every district?",
        2.0,
        0,
        3,
    )
    services.remove_criterion(change.subject)
    assert content(services.store) == before


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"name": " "}, "needs a name"),
        ({"name": "core"}, "already has a criterion"),
        ({"name": "X", "weight": 0}, "above zero"),
        ({"name": "X", "weight": -1}, "above zero"),
        ({"name": "X", "weight": "heavy"}, "a number"),
        ({"name": "X", "scale_min": 5, "scale_max": 5}, "run upwards"),
        ({"name": "X", "scale_min": 1.5}, "whole number"),
    ],
)
def test_add_criterion_checks_its_rules(services, small, kwargs, match):
    before = snapshot(services.store)
    name = kwargs.pop("name")
    with pytest.raises(ServiceError, match=match):
        services.add_criterion(small.id, name, **kwargs)
    assert snapshot(services.store) == before


def test_update_criterion_returns_the_old_values_for_undo(services, small):
    core = small.criteria["Core"]
    before = content(services.store)
    change = one_event(
        services,
        lambda: services.update_criterion(core, name="Core mission", weight=3, question="Ours?"),
    )
    assert change.detail == {
        "old": {"name": "Core", "weight": 2.0, "question": ""},
        "new": {"name": "Core mission", "weight": 3.0, "question": "Ours?"},
    }
    assert _criteria(services, small.id)[1] == ("Core mission", 3.0, 1, 5)
    assert Affects.RESULTS in change.affects  # a weight changes every round's ranking
    services.update_criterion(core, expect=change.detail["new"], **change.detail["old"])
    assert content(services.store) == before


def test_the_undo_of_a_criterion_change_refuses_a_change_made_since(services, small):
    core = small.criteria["Core"]
    change = services.update_criterion(core, name="Core mission", weight=3)
    services.update_criterion(core, weight=4)  # someone else, since
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="changed by someone else"):
        services.update_criterion(core, expect=change.detail["new"], **change.detail["old"])
    assert snapshot(services.store) == before
    assert _criteria(services, small.id)[1] == ("Core mission", 4.0, 1, 5)


def test_a_new_weight_changes_the_results_of_revealed_rounds(services, small):
    round_id = services.open_round(small.id).subject
    ana, alpha = small.people["Ana"], small.proposals[0]
    services.record_score(round_id, ana, alpha, small.criteria["Important"], 5)
    services.record_score(round_id, ana, alpha, small.criteria["Core"], 2)
    services.close_round(round_id)
    services.reveal_round(round_id)
    assert services.results(small.id).rows[0].score == pytest.approx((5 + 2 * 2) / 3)
    services.update_criterion(small.criteria["Core"], weight=1)
    assert services.results(small.id).rows[0].score == pytest.approx(3.5)


def test_a_scale_cannot_leave_out_scores_already_given(services, small):
    _score(services, small, "Core", value=5)
    core = small.criteria["Core"]
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="1 score of “Core” \\(5\\) would fall outside 1–4"):
        services.update_criterion(core, scale_max=4)
    with pytest.raises(ServiceError, match="run upwards"):
        services.update_criterion(core, scale_min=6)
    with pytest.raises(ServiceError, match="already has a criterion"):
        services.update_criterion(core, name="IMPORTANT")
    with pytest.raises(ServiceError, match="no field"):
        services.update_criterion(core, colour="red")
    assert snapshot(services.store) == before
    services.update_criterion(core, scale_min=0, scale_max=10)  # wider is fine
    assert _criteria(services, small.id)[1][2:] == (0, 10)


def test_move_criterion_and_back(services, small):
    before = content(services.store)
    change = one_event(services, lambda: services.move_criterion(small.criteria["Important"], 9))
    assert change.detail == {"from_position": 0, "to_position": 2}
    assert [c[0] for c in _criteria(services, small.id)] == ["Core", "Achievable", "Important"]
    services.move_criterion(small.criteria["Important"], change.detail["from_position"])
    assert content(services.store) == before


def test_remove_criterion_and_restore_it_under_its_old_id(services, small):
    before = content(services.store)
    change = one_event(services, lambda: services.remove_criterion(small.criteria["Core"]))
    assert change.detail["criterion"]["position"] == 1
    assert [c[0] for c in _criteria(services, small.id)] == ["Important", "Achievable"]
    restored = one_event(services, lambda: services.restore_criterion(change.detail))
    assert restored.subject == small.criteria["Core"]
    assert content(services.store) == before
    with pytest.raises(Conflict, match="exists again"):
        services.restore_criterion(change.detail)
    with pytest.raises(ServiceError, match="not the record"):
        services.restore_criterion({"oops": 1})


def test_a_scored_criterion_cannot_be_removed(services, small):
    _score(services, small, "Core")
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="“Core” holds 1 score \\(round 1\\)"):
        services.remove_criterion(small.criteria["Core"])
    with pytest.raises(NotFound):
        services.remove_criterion(999)
    assert snapshot(services.store) == before


# -- participants -------------------------------------------------------------------------------


def test_add_participant_then_undo_by_removing_it(services, small):
    before = content(services.store)
    change = one_event(
        services,
        lambda: services.add_participant(
            small.id, "Nguyễn Thị Hương", role="director", department="Library", position=0
        ),
    )
    assert change.detail["name"] == "Nguyễn Thị Hương"
    assert _people(services, small.id)[0] == ("Nguyễn Thị Hương", "director")
    assert [p.name for p in services.participants(small.id)][:2] == ["Nguyễn Thị Hương", "Ana"]
    services.remove_participant(change.subject)
    assert content(services.store) == before


@pytest.mark.parametrize(
    ("name", "role", "match"),
    [
        ("", "director", "needs a name"),
        ("ANA", "director", "already has"),
        ("Zed", "boss", "director"),
    ],
)
def test_add_participant_checks_its_rules(services, small, name, role, match):
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match=match):
        services.add_participant(small.id, name, role=role)
    assert snapshot(services.store) == before


def test_update_participant_and_back(services, small):
    fran = small.people["Fran"]
    before = content(services.store)
    change = one_event(
        services, lambda: services.update_participant(fran, role="director", department=" IT ")
    )
    assert change.detail == {
        "old": {"role": "facilitator", "department": ""},
        "new": {"role": "director", "department": "IT"},
    }
    assert change.affects & (Affects.PEOPLE | Affects.RESULTS) == Affects.PEOPLE | Affects.RESULTS
    services.update_participant(fran, expect=change.detail["new"], **change.detail["old"])
    assert content(services.store) == before


def test_the_undo_of_a_participant_change_refuses_a_change_made_since(services, small):
    fran = small.people["Fran"]
    change = services.update_participant(fran, role="director")
    services.update_participant(fran, role="observer")  # someone else, since
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="changed by someone else"):
        services.update_participant(fran, expect=change.detail["new"], **change.detail["old"])
    assert snapshot(services.store) == before


def test_whoever_has_voted_stays_a_voter_and_on_record(services, small):
    _score(services, small, person="Bao")
    bao = small.people["Bao"]
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="Bao has 1 score on record"):
        services.update_participant(bao, role="observer")
    with pytest.raises(ServiceError, match="cannot be removed"):
        services.remove_participant(bao)
    assert snapshot(services.store) == before
    services.update_participant(bao, role="facilitator")  # still votes: allowed


def test_a_facilitators_scores_count_only_if_the_setting_says_so(services, small):
    round_id = _score(services, small, person="Fran", value=5)
    services.close_round(round_id)
    services.reveal_round(round_id)
    assert services.results(small.id).rows[0].n == 0
    services.update_workshop_settings(small.id, count_facilitator_scores=True)
    assert services.results(small.id).rows[0].n == 1


def test_dot_voters_stay_on_record_too(services, small):
    round_id = services.open_round(small.id, method="dots", dots=3).subject
    services.record_dots(round_id, small.people["Ana"], small.proposals[0], 2)
    with pytest.raises(ServiceError, match="dots on 1 proposal"):
        services.remove_participant(small.people["Ana"])


def test_remove_participant_restore_and_move(services, small):
    before = content(services.store)
    removed = one_event(services, lambda: services.remove_participant(small.people["Olga"]))
    assert removed.detail["participant"]["position"] == 3
    services.restore_participant(removed.detail)
    assert content(services.store) == before
    with pytest.raises(Conflict, match="exists again"):
        services.restore_participant(removed.detail)
    moved = one_event(services, lambda: services.move_participant(small.people["Olga"], 0))
    assert moved.detail == {"from_position": 3, "to_position": 0}
    assert [p[0] for p in _people(services, small.id)] == ["Olga", "Ana", "Bao", "Fran"]
    services.move_participant(small.people["Olga"], 3)
    assert content(services.store) == before


def test_people_and_criteria_belong_to_their_workshop(services, small, other):
    services.add_participant(other.id, "Ana Two")
    services.add_criterion(other.id, "Equitable")
    assert "Ana Two" not in [p[0] for p in _people(services, small.id)]
    assert "Equitable" not in [c[0] for c in _criteria(services, small.id)]
    services.add_participant(small.id, "Ana Two")  # the same name in another workshop is fine
