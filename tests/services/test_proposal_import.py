"""import_proposals writes a whole plan in one transaction and one event; its undo puts the
store back exactly, or refuses when imported proposals have been scored since."""

import pytest

from roadmap_desktop.domain import defaults
from roadmap_desktop.services import Conflict, ServiceError, Services
from roadmap_desktop.services.proposal_import import DOMAIN_COLOURS, GREY
from roadmap_desktop.services.specs import DomainSpec, ProposalSpec
from tests.services.helpers import (
    Small,
    content,
    event_count,
    events,
    lane_order,
    make_small,
    one_event,
    snapshot,
    table_rows,
)


def whole(services: Services) -> dict[str, list[tuple]]:
    """The store's content, domains and categories included (the shared snapshot skips them)."""
    store = services.store
    return content(store) | {t: table_rows(store, t) for t in ("domain", "category")}


def everything(services: Services) -> dict[str, list[tuple]]:
    return snapshot(services.store) | {
        t: table_rows(services.store, t) for t in ("domain", "category")
    }


def _import(services: Services, small: Small, **kwargs):
    return one_event(services, lambda: services.import_proposals(small.id, **kwargs))


def test_one_event_adds_at_the_end_of_each_lane_and_creates_names(services, small):
    inbox, shortlist = small.lanes["Inbox"], small.lanes["Shortlist"]
    before = lane_order(services, small.id)
    change = _import(
        services,
        small,
        domains=["Resilient", "Green city"],
        categories=["Wellness"],
        add=[
            ProposalSpec("Thư viện lưu động", domain="Resilient", category="Wellness", cost=5.0),
            ProposalSpec("Señal", domain="green  CITY", lane="shortlist"),
            ProposalSpec("=SUM(1)", summary="  kept as text  ", category="Pilot"),
        ],
        source="depts.xlsx",
    )
    assert change.kind == "proposals.imported"
    created = change.detail["created"]
    assert change.detail["added"] == 3
    assert change.detail["source"] == "depts.xlsx"
    assert change.detail["updated"] == []
    assert change.proposals == tuple(created)
    assert set(change.lanes) == {inbox, shortlist}
    after = lane_order(services, small.id)
    assert after[inbox] == [*before[inbox], created[0], created[2]]
    assert after[shortlist] == [*before[shortlist], created[1]]

    info = services.workshop(small.id)
    assert [d.name for d in info.domains] == ["Safe", "Inclusive", "Resilient", "Green city"]
    assert [c.name for c in info.categories] == ["Pilot", "Scale", "Wellness"]
    assert info.categories[-1].quota is None
    assert [d.id for d in info.domains[2:]] == change.detail["domains"]
    assert [c.id for c in info.categories[2:]] == change.detail["categories"]
    # small's domains are grey; new ones take the palette's colours in order.
    assert [d.color for d in info.domains[2:]] == list(DOMAIN_COLOURS[:2])

    cards = {p.id: p for p in services.board(small.id).cards[inbox]}
    first, formula = cards[created[0]], cards[created[2]]
    assert (first.title, first.cost, first.domain_id) == (
        "Thư viện lưu động",
        5.0,
        info.domains[2].id,
    )
    assert (formula.title, formula.summary) == ("=SUM(1)", "kept as text")


def test_new_domains_skip_colours_in_use_then_go_grey(services):
    spec_domains = tuple(DomainSpec(n, c) for n, c in defaults.DOMAINS)
    small = make_small(services, "Colourful", domains=spec_domains)
    # make_small's proposals name "Safe", which the San José domains have.
    change = services.import_proposals(small.id, domains=["Six", "Seven", "Eight"])
    info = services.workshop(small.id)
    assert [d.color for d in info.domains[-3:]] == ["#D55E00", "#F0E442", GREY]
    assert change.detail["added"] == 0


def test_names_the_workshop_has_are_used_not_created(services, small):
    change = services.import_proposals(
        small.id,
        domains=["Resilient", "RESILIENT", "safe"],
        categories=["pilot", "New"],
        add=[ProposalSpec("Fine", domain="resilient", category="PILOT")],
    )
    info = services.workshop(small.id)
    assert [d.name for d in info.domains] == ["Safe", "Inclusive", "Resilient"]
    assert [c.name for c in info.categories] == ["Pilot", "Scale", "New"]
    assert change.detail["domains"] == [info.domains[2].id]
    assert change.detail["categories"] == [info.categories[2].id]


def test_redo_after_an_undo_that_kept_a_used_domain(services, small):
    specs = [ProposalSpec("New", domain="Resilient")]
    change = services.import_proposals(small.id, domains=["Resilient"], add=specs)
    services.update_proposal(small.proposals[0], domain_id=change.detail["domains"][0])
    services.undo_proposal_import(change.detail)

    again = services.import_proposals(small.id, domains=["Resilient"], add=specs)

    assert again.detail["domains"] == []
    assert [d.name for d in services.workshop(small.id).domains].count("Resilient") == 1


def test_updates_change_fields_by_name_and_record_the_old_values(services, small):
    alpha, bravo = small.proposals[:2]
    info = services.workshop(small.id)
    change = _import(
        services,
        small,
        domains=["Resilient"],
        add=[ProposalSpec("Foxtrot")],
        update=[
            (alpha, {"title": "ALPHA", "summary": " new ", "domain": "resilient", "cost": 7.5}),
            (bravo, {"category": None, "department": "Parks  Dept", "timeframe": "2027"}),
        ],
    )
    resilient = services.workshop(small.id).domains[-1].id
    a, b = services.proposal(alpha), services.proposal(bravo)
    assert (a.title, a.summary, a.domain_id, a.cost) == ("ALPHA", "new", resilient, 7.5)
    assert (b.category_id, b.department, b.timeframe) == (None, "Parks Dept", "2027")
    safe = info.domains[0].id
    pilot = next(c.id for c in info.categories if c.name == "Pilot")
    assert change.detail["updated"] == [
        {
            "id": alpha,
            "old": {"title": "Alpha", "summary": "", "domain_id": safe, "cost": None},
            "new": {"title": "ALPHA", "summary": "new", "domain_id": resilient, "cost": 7.5},
        },
        {
            "id": bravo,
            "old": {"category_id": pilot, "department": "", "timeframe": ""},
            "new": {"category_id": None, "department": "Parks Dept", "timeframe": "2027"},
        },
    ]
    assert change.proposals == (*change.detail["created"], alpha, bravo)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"add": [ProposalSpec("Fine"), ProposalSpec("   ")]},
        {"add": [ProposalSpec("Fine"), ProposalSpec("Lost", lane="Backlog")]},
        {"add": [ProposalSpec("Fine", domain="Resilient")]},
        {"add": [ProposalSpec("Fine")], "update": [(999_999, {"title": "Ghost"})]},
        {"add": [ProposalSpec("Fine")], "update": [(1, {"lane": "Shortlist"})]},
        {"update": [(1, {"cost": -1})]},
        {"update": [(1, {"title": "x"}), (1, {"title": "y"})]},
        {"update": [(1, {"domain": "Nowhere"})]},
        {},
    ],
    ids=[
        "empty-title",
        "unknown-lane",
        "unknown-domain",
        "missing-proposal",
        "lane-update",
        "negative-cost",
        "same-proposal-twice",
        "unknown-update-domain",
        "nothing",
    ],
)
def test_a_bad_import_changes_nothing(services, small, kwargs):
    before = everything(services)
    with pytest.raises(ServiceError):
        services.import_proposals(small.id, **kwargs)
    assert everything(services) == before


def test_another_workshops_proposal_cannot_be_updated(services, small, other):
    before = everything(services)
    with pytest.raises(ServiceError, match="another workshop"):
        services.import_proposals(small.id, update=[(other.proposals[0], {"title": "Mine"})])
    assert everything(services) == before


def test_undo_restores_the_exact_store(services, small):
    services.move_proposal(small.proposals[3], small.lanes["Shortlist"], 0)
    services.archive_proposals([small.proposals[4]])
    before = whole(services)
    change = services.import_proposals(
        small.id,
        domains=["Resilient"],
        categories=["Wellness"],
        add=[
            ProposalSpec(f"Nuevo {i}", domain="Resilient", lane=lane)
            for i, lane in enumerate(["Inbox", "Shortlist", None, "Roadmap", "Shortlist"])
        ]
        + [ProposalSpec("Bien", category="Wellness")],
        update=[
            (small.proposals[0], {"title": "Alpha!", "domain": "Resilient", "cost": 1.0}),
            (small.proposals[4], {"summary": "archived, still updated"}),
        ],
    )
    assert whole(services) != before

    undone = one_event(services, lambda: services.undo_proposal_import(change.detail))

    assert whole(services) == before
    assert undone.kind == "proposals.import_undone"
    assert sorted(undone.detail["removed"]) == sorted(change.detail["created"])
    assert undone.detail["restored"] == [small.proposals[0], small.proposals[4]]
    assert undone.detail["domains"] == change.detail["domains"]
    assert undone.detail["categories"] == change.detail["categories"]
    lane_order(services, small.id)  # each lane's keys in order


def test_undo_takes_out_imported_cards_wherever_they_went_since(services, small):
    inbox, shortlist = small.lanes["Inbox"], small.lanes["Shortlist"]
    change = services.import_proposals(
        small.id, add=[ProposalSpec(t) for t in ("New 1", "New 2", "New 3")]
    )
    new1, new2, new3 = change.detail["created"]
    services.move_proposal(new2, inbox, 1)
    services.move_proposal(new3, shortlist, 0)
    services.move_proposal(small.proposals[0], shortlist, 1)
    services.archive_proposals([new1])

    services.undo_proposal_import(change.detail)

    order = lane_order(services, small.id)
    assert order[inbox] == list(small.proposals[1:])
    assert order[shortlist] == [small.proposals[0]]
    assert services.archived_proposals(small.id) == []


def test_undo_refuses_when_an_imported_proposal_was_scored(services, small):
    change = services.import_proposals(
        small.id, add=[ProposalSpec("Scored later"), ProposalSpec("Quiet")]
    )
    round_id = services.open_round(small.id).subject
    assert round_id is not None
    services.record_score(
        round_id,
        small.people["Ana"],
        change.detail["created"][0],
        small.criteria["Important"],
        4,
    )
    before = everything(services)
    with pytest.raises(Conflict, match=r"scored since .*“Scored later”"):
        services.undo_proposal_import(change.detail)
    assert everything(services) == before


def test_undo_keeps_a_created_domain_that_is_used_since(services, small):
    change = services.import_proposals(
        small.id, domains=["Resilient"], categories=["Wellness"], add=[ProposalSpec("New")]
    )
    resilient = change.detail["domains"][0]
    services.update_proposal(small.proposals[1], domain_id=resilient)

    undone = services.undo_proposal_import(change.detail)

    assert undone.detail["domains"] == []
    assert undone.detail["categories"] == change.detail["categories"]
    info = services.workshop(small.id)
    assert "Resilient" in [d.name for d in info.domains]
    assert "Wellness" not in [c.name for c in info.categories]


def test_undo_skips_what_was_deleted_since(services, small):
    change = services.import_proposals(
        small.id,
        add=[ProposalSpec("Gone"), ProposalSpec("Stays")],
        update=[(small.proposals[2], {"title": "Charlie 2"})],
    )
    services.delete_proposals([change.detail["created"][0]])
    services.delete_proposals([small.proposals[2]])

    undone = services.undo_proposal_import(change.detail)

    assert undone.detail["removed"] == [change.detail["created"][1]]
    assert undone.detail["restored"] == []


def test_undo_refuses_a_record_that_is_not_an_import(services, small):
    before = event_count(services.store)
    with pytest.raises(ServiceError, match="not the record of an import"):
        services.undo_proposal_import({"created": [1]})
    with pytest.raises(ServiceError, match="not the record of an import"):
        services.undo_proposal_import({"workshop": small.id, "created": ["x"]})
    assert event_count(services.store) == before


def test_ten_thousand_proposals_in_one_event(services, small):
    specs = [ProposalSpec(f"Proposal {i}", domain="Safe", cost=float(i)) for i in range(10_000)]
    change = services.import_proposals(small.id, add=specs)
    assert len(change.detail["created"]) == 10_000
    assert events(services.store)[-1][1] == "proposals.imported"
    inbox = lane_order(services, small.id)[small.lanes["Inbox"]]
    assert inbox[-10_000:] == change.detail["created"]
    services.undo_proposal_import(change.detail)
    assert len(lane_order(services, small.id)[small.lanes["Inbox"]]) == len(small.proposals)
