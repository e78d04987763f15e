"""Lanes: add, rename, limit, recolour, reorder, remove and restore; names unique per workshop,
positions dense, refusals change nothing, and each change carries what its undo needs."""

from collections.abc import Callable

import pytest

from roadmap_desktop.services import Conflict, NotFound, ServiceError, Services
from tests.services.helpers import (
    Small,
    content,
    events,
    lane_order,
    one_event,
    snapshot,
    table_rows,
)


def _lanes(services: Services, workshop_id: int) -> list[tuple[str, str, int | None, str]]:
    """(name, kind, limit, colour) in board order; asserts the stored positions are dense."""
    rows = [r for r in table_rows(services.store, "lane") if r[1] == workshop_id]
    assert sorted(r[3] for r in rows) == list(range(len(rows)))
    return [(x.name, x.kind, x.limit, x.color) for x in services.workshop(workshop_id).lanes]


def _names(services: Services, workshop_id: int) -> list[str]:
    return [x[0] for x in _lanes(services, workshop_id)]


def _refused(services: Services, call: Callable[[], object], match: str) -> None:
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match=match) as caught:
        call()
    assert snapshot(services.store) == before
    assert str(caught.value).endswith(".")


# -- add_lane ------------------------------------------------------------------------------


def test_add_lane_at_the_end_and_undo(services, small):
    before = content(services.store)
    change = one_event(
        services,
        lambda: services.add_lane(
            small.id, "  Parked   for later ", kind="parked", limit=4, color="#E8EEF4"
        ),
    )
    assert change.kind == "lane.added"
    assert change.lanes == (change.subject,)
    assert change.detail == {
        "name": "Parked for later",
        "position": 3,
        "kind": "parked",
        "limit": 4,
        "color": "#e8eef4",
    }
    assert _lanes(services, small.id)[-1] == ("Parked for later", "parked", 4, "#e8eef4")
    assert lane_order(services, small.id)[change.subject] == []

    services.remove_lane(change.subject, None)  # the undo
    assert content(services.store) == before


@pytest.mark.parametrize(("asked", "at"), [(0, 0), (1, 1), (3, 3), (-4, 0), (50, 3)])
def test_add_lane_at_a_position(services, small, asked, at):
    change = services.add_lane(small.id, "Later", position=asked)
    assert change.detail["position"] == at
    names = ["Inbox", "Shortlist", "Roadmap"]
    names.insert(at, "Later")
    assert _names(services, small.id) == names


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"name": "  "}, "needs a name"),
        ({"name": " SHORTLIST "}, "already has a lane named “Shortlist”"),
        ({"name": "\tROADMAP "}, "already has a lane"),
        ({"name": "X", "kind": "backlog"}, "inbox, shortlist"),
        ({"name": "X", "limit": -1}, "cannot be negative"),
        ({"name": "X", "limit": 2.5}, "whole number"),
        ({"name": "X", "color": "blue"}, "#rrggbb"),
    ],
)
def test_add_lane_refusals_change_nothing(services, small, kwargs, match):
    _refused(services, lambda: services.add_lane(small.id, **kwargs), match)


def test_add_lane_needs_a_workshop_and_names_are_per_workshop(services, small, other):
    with pytest.raises(NotFound):
        services.add_lane(9999, "Later")
    services.add_lane(other.id, "Later")
    services.add_lane(small.id, "later")  # another workshop's name is free
    assert "later" in _names(services, small.id)


# -- rename, limit, colour -------------------------------------------------------------------


def test_rename_lane_and_undo(services, small):
    shortlist = small.lanes["Shortlist"]
    change = one_event(services, lambda: services.rename_lane(shortlist, " Short  list "))
    assert change.kind == "lane.renamed"
    assert change.lanes == (shortlist,)
    assert change.detail == {"old": "Shortlist", "new": "Short list"}
    assert _names(services, small.id) == ["Inbox", "Short list", "Roadmap"]
    services.rename_lane(shortlist, change.detail["old"], expect=change.detail["new"])
    assert _names(services, small.id) == ["Inbox", "Shortlist", "Roadmap"]
    services.rename_lane(shortlist, "SHORTLIST")  # its own name, in other letters
    assert _names(services, small.id) == ["Inbox", "SHORTLIST", "Roadmap"]


def test_rename_lane_refusals(services, small):
    shortlist = small.lanes["Shortlist"]
    _refused(services, lambda: services.rename_lane(shortlist, "inbox"), "already has a lane")
    _refused(services, lambda: services.rename_lane(shortlist, " \n"), "needs a name")
    with pytest.raises(NotFound):
        services.rename_lane(9999, "Later")


def test_set_lane_limit_and_undo(services, small):
    roadmap = small.lanes["Roadmap"]
    change = one_event(services, lambda: services.set_lane_limit(roadmap, 21))
    assert change.kind == "lane.limit_changed"
    assert change.detail == {"old": 3, "new": 21}
    assert _lanes(services, small.id)[2][2] == 21
    services.set_lane_limit(roadmap, change.detail["old"], expect=change.detail["new"])
    assert _lanes(services, small.id)[2][2] == 3
    services.set_lane_limit(roadmap, None)
    assert _lanes(services, small.id)[2][2] is None
    _refused(services, lambda: services.set_lane_limit(roadmap, -2), "cannot be negative")


def test_recolour_lane_and_undo(services, small):
    inbox = small.lanes["Inbox"]
    change = one_event(services, lambda: services.recolour_lane(inbox, " #ABC "))
    assert change.kind == "lane.recoloured"
    assert change.detail == {"old": "", "new": "#abc"}
    services.recolour_lane(inbox, change.detail["old"], expect=change.detail["new"])
    assert _lanes(services, small.id)[0][3] == ""
    _refused(services, lambda: services.recolour_lane(inbox, "#12345"), "#rrggbb")
    with pytest.raises(NotFound):
        services.recolour_lane(9999, "#ffffff")


@pytest.mark.parametrize("field", ["name", "limit", "color"])
def test_an_undo_refuses_a_lane_changed_by_someone_else_since(services, small, field):
    shortlist = small.lanes["Shortlist"]
    setter, mine, theirs = {
        "name": (services.rename_lane, "Maybe", "Perhaps"),
        "limit": (services.set_lane_limit, 4, 9),
        "color": (services.recolour_lane, "#aabbcc", "#ddeeff"),
    }[field]
    change = setter(shortlist, mine)
    setter(shortlist, theirs)  # someone else, since
    _refused(
        services,
        lambda: setter(shortlist, change.detail["old"], expect=change.detail["new"]),
        "changed by someone else",
    )
    with pytest.raises(Conflict):
        setter(shortlist, change.detail["old"], expect=change.detail["new"])


# -- move_lane -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lane", "asked", "names"),
    [
        ("Inbox", 2, ["Shortlist", "Roadmap", "Inbox"]),
        ("Roadmap", 0, ["Roadmap", "Inbox", "Shortlist"]),
        ("Shortlist", 1, ["Inbox", "Shortlist", "Roadmap"]),
        ("Inbox", 99, ["Shortlist", "Roadmap", "Inbox"]),
        ("Roadmap", -1, ["Roadmap", "Inbox", "Shortlist"]),
    ],
)
def test_move_lane_and_undo(services, small, lane, asked, names):
    before = content(services.store)
    change = one_event(services, lambda: services.move_lane(small.lanes[lane], asked))
    assert change.kind == "lane.moved"
    assert change.lanes == (small.lanes[lane],)
    assert change.detail == {
        "from_position": ["Inbox", "Shortlist", "Roadmap"].index(lane),
        "to_position": names.index(lane),
    }
    assert _names(services, small.id) == names
    services.move_lane(small.lanes[lane], change.detail["from_position"])
    assert content(services.store) == before


def test_move_lane_refuses_a_missing_lane(services, small):
    before = snapshot(services.store)
    with pytest.raises(NotFound):
        services.move_lane(9999, 0)
    assert snapshot(services.store) == before


# -- remove_lane / restore_lane ----------------------------------------------------------


def _fill_shortlist(services: Services, small: Small) -> list[int]:
    """Shortlist: d, b, e (and a archived); Roadmap: c."""
    a, b, c, d, e = small.proposals
    services.move_proposals([a, d, b, e], small.lanes["Shortlist"], 0)
    services.move_proposals([c], small.lanes["Roadmap"], 0)
    services.archive_proposals([a])
    return [d, b, e]


def test_remove_lane_appends_its_cards_to_the_destination_and_restore_undoes_it(services, small):
    a, b, c, d, e = small.proposals
    shortlist, roadmap = small.lanes["Shortlist"], small.lanes["Roadmap"]
    _fill_shortlist(services, small)
    before = content(services.store)
    keys = {p: services.proposal(p).key for p in small.proposals}
    assert keys[d] < keys[b] < keys[e]

    change = one_event(services, lambda: services.remove_lane(shortlist, roadmap))

    assert change.kind == "lane.removed"
    assert change.subject == shortlist
    assert change.lanes == (shortlist, roadmap)
    assert set(change.proposals) == {a, b, d, e}
    assert change.detail["lane"] == {
        "id": shortlist,
        "workshop_id": small.id,
        "name": "Shortlist",
        "position": 1,
        "kind": "shortlist",
        "limit": None,
        "color": "",
    }
    assert change.detail["cards"] == [
        {"id": d, "lane": shortlist, "key": keys[d], "archived": False},
        {"id": b, "lane": shortlist, "key": keys[b], "archived": False},
        {"id": e, "lane": shortlist, "key": keys[e], "archived": False},
        {"id": a, "lane": shortlist, "key": keys[a], "archived": True},
    ]
    assert change.detail["moved_to"] == roadmap
    assert _names(services, small.id) == ["Inbox", "Roadmap"]
    assert lane_order(services, small.id) == {small.lanes["Inbox"]: [], roadmap: [c, d, b, e]}
    archived = services.proposal(a)
    assert (archived.lane_id, archived.archived) == (roadmap, True)
    assert a not in lane_order(services, small.id)[roadmap]

    restored = one_event(services, lambda: services.restore_lane(change.detail))

    assert restored.kind == "lane.restored"
    assert restored.subject == shortlist
    assert set(restored.lanes) == {shortlist, roadmap}
    assert content(services.store) == before


def test_remove_an_empty_lane_and_restore_it_from_the_audit_log(services, small):
    services.move_lane(small.lanes["Inbox"], 2)
    services.recolour_lane(small.lanes["Shortlist"], "#eeeeee")
    services.set_lane_limit(small.lanes["Shortlist"], 7)
    before = content(services.store)
    change = services.remove_lane(small.lanes["Shortlist"], None)
    assert change.detail["cards"] == []
    assert change.proposals == ()
    assert _names(services, small.id) == ["Roadmap", "Inbox"]
    services.restore_lane(events(services.store)[-1][3])
    assert content(services.store) == before


def test_remove_lane_refusals_change_nothing(services, small, other):
    shortlist = small.lanes["Shortlist"]
    _fill_shortlist(services, small)
    _refused(
        services,
        lambda: services.remove_lane(shortlist, None),
        r"“Shortlist” still holds 4 proposals \(1 archived\); choose a lane",
    )
    _refused(services, lambda: services.remove_lane(shortlist, shortlist), "being removed")
    _refused(
        services,
        lambda: services.remove_lane(shortlist, other.lanes["Inbox"]),
        "another workshop",
    )
    before = snapshot(services.store)
    with pytest.raises(NotFound):
        services.remove_lane(shortlist, 9999)
    with pytest.raises(NotFound):
        services.remove_lane(9999, None)
    assert snapshot(services.store) == before


def test_the_last_lane_cannot_be_removed(services, small):
    inbox = small.lanes["Inbox"]
    services.remove_lane(small.lanes["Shortlist"], None)
    services.remove_lane(small.lanes["Roadmap"], None)
    _refused(services, lambda: services.remove_lane(inbox, None), "last lane")


def test_restore_lane_refuses_a_name_or_id_taken_since(services, small):
    change = services.remove_lane(small.lanes["Shortlist"], small.lanes["Inbox"])
    services.rename_lane(small.lanes["Roadmap"], "shortlist")
    _refused(services, lambda: services.restore_lane(change.detail), "already has a lane")

    roadmap = small.lanes["Roadmap"]  # the highest lane id
    change = services.remove_lane(roadmap, small.lanes["Inbox"])
    reused = services.add_lane(small.id, "Later").subject
    if reused == roadmap:  # SQLite hands the highest id out again
        _refused(services, lambda: services.restore_lane(change.detail), "exists again")
        with pytest.raises(Conflict):
            services.restore_lane(change.detail)
    with pytest.raises(ServiceError, match="not the record"):
        services.restore_lane({"name": "Roadmap"})


def test_restore_lane_puts_back_cards_that_moved_on_since(services, small):
    """Undo after other changes were undone too: the cards return wherever they are now."""
    shortlist, roadmap = small.lanes["Shortlist"], small.lanes["Roadmap"]
    _fill_shortlist(services, small)
    before = content(services.store)
    change = services.remove_lane(shortlist, roadmap)
    services.move_proposals([small.proposals[3]], small.lanes["Inbox"], 0)
    services.restore_lane(change.detail)
    order = lane_order(services, small.id)
    assert order[shortlist] == [small.proposals[3], small.proposals[1], small.proposals[4]]
    assert order[roadmap] == [small.proposals[2]]
    assert services.proposal(small.proposals[0]).lane_id == shortlist
    assert content(services.store)["lane"] == before["lane"]


def test_restore_lane_refuses_when_a_card_is_gone(services, small):
    shortlist = small.lanes["Shortlist"]
    _fill_shortlist(services, small)
    change = services.remove_lane(shortlist, small.lanes["Inbox"])
    services.delete_proposals([small.proposals[1]])
    before = snapshot(services.store)
    with pytest.raises(NotFound, match="no longer exists"):
        services.restore_lane(change.detail)
    assert snapshot(services.store) == before
