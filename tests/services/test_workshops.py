"""Workshops: creation checks names and settings, lists count, Unicode survives the store."""

import pytest

from roadmap_desktop.services import Conflict, NotFound, ServiceError, Services
from roadmap_desktop.services.specs import (
    CategorySpec,
    CriterionSpec,
    LaneSpec,
    ParticipantSpec,
    ProposalSpec,
    WorkshopSpec,
)
from roadmap_desktop.store import open_store
from tests.services.helpers import make_small, small_spec, snapshot


@pytest.mark.parametrize(
    "spec",
    [
        small_spec("   "),
        small_spec("small   WORKSHOP"),  # the same name, ignoring case and spacing
        small_spec("New", lanes=()),
        small_spec("New", aggregation="mode"),
        small_spec("New", discuss_threshold=-0.1),
        small_spec("New", vote_record="secret"),
        small_spec("New", lanes=(LaneSpec("Inbox", "backlog"),)),
        small_spec("New", lanes=(LaneSpec("Inbox"), LaneSpec(" Inbox "))),
        small_spec("New", criteria=(CriterionSpec("Core", scale_min=5, scale_max=1),)),
        small_spec("New", criteria=(CriterionSpec("Core", weight=0),)),
        small_spec("New", criteria=(CriterionSpec(" "),)),
        small_spec("New", categories=(CategorySpec("Pilot", -1),)),
        small_spec("New", participants=(ParticipantSpec("Ana", "mayor"),)),
        small_spec("New", participants=(ParticipantSpec("Ana"), ParticipantSpec("Ana"))),
    ],
    ids=[
        "blank name",
        "duplicate name",
        "no lanes",
        "aggregation",
        "threshold",
        "vote record",
        "lane kind",
        "duplicate lane",
        "scale",
        "weight",
        "blank criterion",
        "quota",
        "role",
        "duplicate participant",
    ],
)
def test_create_workshop_refuses_bad_specs_and_writes_nothing(services, small, spec):
    before = snapshot(services.store)
    with pytest.raises(ServiceError) as caught:
        services.create_workshop(spec)
    assert str(caught.value).endswith((".", ")"))
    assert snapshot(services.store) == before


def test_create_workshop_tidies_the_name_and_builds_everything(services):
    change = services.create_workshop(
        WorkshopSpec.san_jose("  Cabinet   2026 ", participants=(ParticipantSpec("Ana"),))
    )
    info = services.workshop(change.subject)
    assert info.name == "Cabinet 2026"
    assert change.detail == {"name": "Cabinet 2026"}
    assert [lane.name for lane in info.lanes] == ["Inbox", "Shortlist", "Roadmap", "Parked"]
    assert [c.quota for c in info.categories] == [7, 13, 1]
    assert [(c.name, c.scale_min, c.scale_max) for c in info.criteria] == [
        ("Important", 1, 5),
        ("Core", 1, 5),
        ("Achievable", 1, 5),
    ]
    assert len(info.domains) == 5
    assert info.voters == info.participants


def test_list_and_find_workshops(services, small):
    services.archive_proposals([small.proposals[0]])
    services.open_round(small.id)
    other = make_small(services, "Otro taller", titles=("Uno",))
    summaries = services.list_workshops()
    assert [(w.id, w.name, w.proposals, w.participants, w.rounds) for w in summaries] == [
        (small.id, "Small workshop", 4, 4, 1),  # archived proposals are not counted
        (other.id, "Otro taller", 1, 4, 0),
    ]
    assert services.find_workshop("  otro   TALLER").id == other.id
    assert services.find_workshop(str(other.id)).id == other.id
    assert services.find_workshop(small.id).id == small.id
    with pytest.raises(NotFound, match="Small workshop"):
        services.find_workshop("Nope")


def test_a_workshop_named_like_a_number_wins_over_an_id(services, small):
    named = make_small(services, str(small.id), titles=("Uno",))
    assert services.find_workshop(str(small.id)).id == named.id


def test_update_settings_returns_old_values_and_checks_them(services, small):
    change = services.update_workshop_settings(
        small.id, discuss_threshold=0.25, count_facilitator_scores=True
    )
    assert change.detail == {
        "old": {"discuss_threshold": 1.0, "count_facilitator_scores": False},
        "new": {"discuss_threshold": 0.25, "count_facilitator_scores": True},
    }
    info = services.workshop(small.id)
    assert (info.discuss_threshold, info.count_facilitator_scores) == (0.25, True)
    before = snapshot(services.store)
    for bad in ({"aggregation": "max"}, {"discuss_threshold": -1}, {"vote_record": "x"}):
        with pytest.raises(ServiceError):
            services.update_workshop_settings(small.id, **bad)
    with pytest.raises(NotFound):
        services.update_workshop_settings(999, aggregation="median")
    assert snapshot(services.store) == before


def test_the_undo_of_a_settings_change_refuses_settings_changed_since(services, small):
    change = services.update_workshop_settings(small.id, discuss_threshold=0.25)
    services.update_workshop_settings(small.id, discuss_threshold=2.0)  # someone else, since
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="changed by someone else"):
        services.update_workshop_settings(
            small.id, expect=change.detail["new"], **change.detail["old"]
        )
    assert snapshot(services.store) == before
    services.update_workshop_settings(small.id, discuss_threshold=0.25)
    services.update_workshop_settings(small.id, expect=change.detail["new"], **change.detail["old"])
    assert services.workshop(small.id).discuss_threshold == 1.0


SPANISH = "Taller de innovación — San José, año 2026"
VIETNAMESE = ("Nguyễn Thị Hương", "Trần Văn Đức", "Phạm Quỳnh Anh")
TITLES = ("Ventanilla única en español", "Thư viện lưu động", "Señalización ñandú ÜBER")


def test_unicode_names_survive_a_round_trip_through_the_file(services, store_target):
    workshop_id = services.create_workshop(
        small_spec(
            SPANISH,
            participants=tuple(ParticipantSpec(n, department="Biblioteca") for n in VIETNAMESE),
            categories=(CategorySpec("Capacitación"),),
        )
    ).subject
    services.add_proposals(
        workshop_id,
        [ProposalSpec(t, department="Tiếng Việt", category="capacitación") for t in TITLES],
    )
    services.store.close()

    reopened = open_store(store_target)
    try:
        fresh = Services(reopened)
        info = fresh.workshop(fresh.find_workshop("TALLER DE INNOVACIÓN — san josé, AÑO 2026").id)
        cards = [c for cards in fresh.board(info.id).cards.values() for c in cards]
    finally:
        reopened.close()
    assert info.name == SPANISH
    assert tuple(p.name for p in info.participants) == VIETNAMESE
    assert [c.name for c in info.categories] == ["Capacitación"]
    assert tuple(c.title for c in cards) == TITLES
    assert {c.department for c in cards} == {"Tiếng Việt"}
