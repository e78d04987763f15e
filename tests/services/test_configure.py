"""Workshop ▸ Settings as one change: settings, criteria and participants made what the
facilitator asked for in one transaction and one event; its detail is its own undo."""

import pytest

from roadmap_desktop.services import Affects, Conflict, ServiceError
from tests.services.helpers import content, event_count, events, one_event, snapshot


def _criteria(services, workshop_id):
    return [
        (c.name, c.weight, c.scale_min, c.scale_max)
        for c in services.workshop(workshop_id).criteria
    ]


def _swap_names_and_weigh(services, small):
    """Important ↔ Core by name (each keeps its id and scores), and a new weight."""
    config = services.configuration(small.id)
    important, core, achievable = config["criteria"]
    return config, [
        dict(important, name="Core"),
        dict(core, name="Important", weight=3.0),
        achievable,
    ]


def _score(services, small, criterion="Core"):
    round_id = services.open_round(small.id).subject
    services.record_score(
        round_id, small.people["Ana"], small.proposals[0], small.criteria[criterion], 3
    )
    return round_id


def test_configuration_lists_what_configure_workshop_takes(services, small):
    config = services.configuration(small.id)
    assert config["settings"] == {
        "aggregation": "mean",
        "discuss_threshold": 1.0,
        "count_facilitator_scores": False,
        "vote_record": "named",
    }
    assert [c["name"] for c in config["criteria"]] == ["Important", "Core", "Achievable"]
    assert config["criteria"][1] == {
        "id": small.criteria["Core"],
        "name": "Core",
        "question": "",
        "weight": 2.0,
        "scale_min": 1,
        "scale_max": 5,
    }
    assert [(p["id"], p["name"], p["role"]) for p in config["participants"]] == [
        (small.people[n], n, r)
        for n, r in (
            ("Ana", "director"),
            ("Bao", "director"),
            ("Fran", "facilitator"),
            ("Olga", "observer"),
        )
    ]
    assert set(services.configuration(small.id, ("criteria",))) == {"criteria"}


def test_a_swap_of_names_and_a_weight_is_one_event_and_its_undo_is_exact(services, small):
    _score(services, small, "Important")  # scored criteria can be renamed and reweighed
    before = content(services.store)
    config, criteria = _swap_names_and_weigh(services, small)
    logged_before = event_count(services.store)

    change = one_event(
        services,
        lambda: services.configure_workshop(
            small.id, settings={"aggregation": "median"}, criteria=criteria
        ),
    )

    assert event_count(services.store) == logged_before + 1
    assert change.kind == "workshop.configured"
    assert change.subject == small.id
    assert Affects.SETTINGS | Affects.RESULTS in change.affects
    assert change.detail["before"] == {
        "settings": config["settings"],
        "criteria": config["criteria"],
    }
    assert change.detail["after"] == services.configuration(small.id, ("settings", "criteria"))
    assert _criteria(services, small.id) == [
        ("Core", 1.0, 1, 5),
        ("Important", 3.0, 1, 5),
        ("Achievable", 1.0, 0, 10),
    ]
    info = services.workshop(small.id)
    assert [c.id for c in info.criteria] == [c["id"] for c in config["criteria"]]  # same rows
    assert info.aggregation == "median"
    # The names only the transaction saw (for the swap) never reach the audit log.
    with services.store.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT payload FROM event ORDER BY id DESC LIMIT 1").scalar()
    assert "\\u0000" not in raw and "\x00" not in raw
    names = {c["name"] for side in ("before", "after") for c in change.detail[side]["criteria"]}
    assert names == {"Important", "Core", "Achievable"}
    assert all("\x00" not in str(e[3]) for e in events(services.store))

    undone = one_event(
        services,
        lambda: services.configure_workshop(
            small.id, **change.detail["before"], expect=change.detail["after"]
        ),
    )
    assert undone.detail["after"] == change.detail["before"]
    assert content(services.store) == before
    redone = services.configure_workshop(
        small.id, **undone.detail["before"], expect=undone.detail["after"]
    )
    assert redone.detail["after"] == change.detail["after"]


def test_adding_removing_and_reordering_in_one_change_and_back(services, small):
    before = content(services.store)
    config = services.configuration(small.id, ("criteria", "participants"))
    important, core, achievable = config["criteria"]
    ana, bao, fran, olga = config["participants"]

    change = services.configure_workshop(
        small.id,
        criteria=[achievable, {"id": None, "name": "Equitable", "weight": 2.0}, important],
        participants=[dict(bao, name="Ana"), dict(ana, name="Bao"), dict(olga, role="director")],
    )

    assert _criteria(services, small.id) == [
        ("Achievable", 1.0, 0, 10),
        ("Equitable", 2.0, 1, 5),
        ("Important", 1.0, 1, 5),
    ]
    people = services.participants(small.id)
    assert [(p.id, p.name, p.role) for p in people] == [
        (bao["id"], "Ana", "director"),
        (ana["id"], "Bao", "director"),
        (olga["id"], "Olga", "director"),
    ]
    assert Affects.PEOPLE in change.affects
    # Core and Fran come back under their old ids: the store no longer has them.
    services.configure_workshop(small.id, **change.detail["before"], expect=change.detail["after"])
    assert content(services.store) == before
    assert services.workshop(small.id).criteria[1].id == core["id"]
    assert fran["id"] in [p.id for p in services.participants(small.id)]


def test_removing_a_scored_criterion_is_refused_and_changes_nothing(services, small):
    _score(services, small, "Core")
    important, _core, achievable = services.configuration(small.id)["criteria"]
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="“Core” holds 1 score"):
        services.configure_workshop(
            small.id,
            settings={"aggregation": "median"},
            criteria=[dict(important, name="Most important"), achievable],
        )
    assert snapshot(services.store) == before


def test_removing_someone_who_voted_is_refused_and_changes_nothing(services, small):
    _score(services, small)
    ana, bao, fran, olga = services.configuration(small.id)["participants"]
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="cannot be removed"):
        services.configure_workshop(small.id, participants=[dict(bao, name="Ana"), fran, olga])
    with pytest.raises(ServiceError, match="observer does not vote"):
        services.configure_workshop(small.id, participants=[dict(ana, role="observer"), bao])
    assert snapshot(services.store) == before


def test_the_undo_refuses_a_criterion_someone_else_changed_since(services, small):
    _config, criteria = _swap_names_and_weigh(services, small)
    change = services.configure_workshop(small.id, criteria=criteria)
    services.update_criterion(small.criteria["Core"], weight=5)  # someone else, since
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="changed by someone else"):
        services.configure_workshop(
            small.id, **change.detail["before"], expect=change.detail["after"]
        )
    assert snapshot(services.store) == before
    assert _criteria(services, small.id)[0] == ("Core", 1.0, 1, 5)
    assert _criteria(services, small.id)[1] == ("Important", 5.0, 1, 5)


def test_an_id_of_another_workshop_cannot_be_brought_back(services, small, other):
    criteria = services.configuration(small.id, ("criteria",))["criteria"]
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="exists again"):
        services.configure_workshop(
            small.id,
            criteria=[*criteria, {"id": other.criteria["Core"], "name": "Borrowed"}],
        )
    assert snapshot(services.store) == before


@pytest.mark.parametrize(
    ("section", "rows", "match"),
    [
        (
            "criteria",
            [{"id": None, "name": "Same"}, {"id": None, "name": " SAME "}],
            "Two criteria",
        ),
        ("criteria", [{"id": None, "name": "X", "colour": "red"}], "no field colour"),
        ("criteria", [{"id": None, "name": "X", "weight": 0}], "above zero"),
        ("criteria", [{"id": None, "name": " "}], "needs a name"),
        ("participants", [{"id": None, "name": "Zed", "role": "boss"}], "director"),
        ("settings", {"aggregation": "mode"}, "mean or median"),
        ("settings", {"colour": "red"}, "no setting colour"),
    ],
)
def test_a_bad_configuration_is_refused_whole(services, small, section, rows, match):
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match=match):
        services.configure_workshop(small.id, **{section: rows})
    assert snapshot(services.store) == before


def test_listing_the_same_row_twice_or_nothing_at_all_is_refused(services, small):
    criteria = services.configuration(small.id, ("criteria",))["criteria"]
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="listed twice"):
        services.configure_workshop(small.id, criteria=[criteria[0], dict(criteria[0], name="B")])
    with pytest.raises(ServiceError, match="nothing to change"):
        services.configure_workshop(small.id)
    assert snapshot(services.store) == before
