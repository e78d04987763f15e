"""The board: moves keep each lane in order, refusals change nothing, archive and delete take
a card out of its lane's order."""

import random

import pytest

from roadmap_desktop.services import Conflict, NotFound, ServiceError
from roadmap_desktop.services.specs import ProposalSpec
from tests.services.helpers import lane_order, snapshot


def _model_move(model: dict[int, list[int]], proposal: int, lane: int, position: int) -> int:
    """What a move should do to the board, on plain lists; returns the clamped position."""
    for cards in model.values():
        if proposal in cards:
            cards.remove(proposal)
    position = max(0, min(position, len(model[lane])))
    model[lane].insert(position, proposal)
    return position


def test_moves_within_and_across_lanes(services, small):
    inbox, shortlist = small.lanes["Inbox"], small.lanes["Shortlist"]
    a, b, c, d, e = small.proposals

    services.move_proposal(d, inbox, 0)  # up within the lane
    assert lane_order(services, small.id)[inbox] == [d, a, b, c, e]
    services.move_proposal(d, inbox, 3)  # down within the lane
    assert lane_order(services, small.id)[inbox] == [a, b, c, d, e]
    services.move_proposal(b, shortlist, 0)  # into an empty lane
    services.move_proposal(e, shortlist, 0)  # in front of it
    services.move_proposal(a, shortlist, 1)  # between
    order = lane_order(services, small.id)
    assert order[inbox] == [c, d]
    assert order[shortlist] == [e, a, b]


def test_move_reports_where_the_card_came_from(services, small):
    bravo = small.proposals[1]
    was = services.proposal(bravo)
    change = services.move_proposal(bravo, small.lanes["Roadmap"], 0)
    now = services.proposal(bravo)
    assert change.kind == "proposal.moved"
    assert change.proposals == (bravo,)
    assert change.detail == {
        "from": [{"id": bravo, "lane": small.lanes["Inbox"], "key": was.key}],
        "to": [{"id": bravo, "lane": small.lanes["Roadmap"], "key": now.key}],
    }
    assert (was.lane_id, now.lane_id) == (small.lanes["Inbox"], small.lanes["Roadmap"])
    assert lane_order(services, small.id)[small.lanes["Roadmap"]] == [bravo]
    assert change.lanes == (small.lanes["Inbox"], small.lanes["Roadmap"])
    same_lane = services.move_proposal(small.proposals[0], small.lanes["Inbox"], 2)
    assert same_lane.lanes == (small.lanes["Inbox"],)
    assert lane_order(services, small.id)[small.lanes["Inbox"]] == [
        small.proposals[2],
        small.proposals[3],
        small.proposals[0],
        small.proposals[4],
    ]


def test_a_move_rewrites_only_the_card_that_moves(services, small):
    """Sparse keys: the neighbours keep their keys, in a lane of any size."""
    inbox = small.lanes["Inbox"]
    before = {c.id: c.key for c in services.board(small.id).cards[inbox]}
    services.move_proposal(small.proposals[4], inbox, 1)
    after = {c.id: c.key for c in services.board(small.id).cards[inbox]}
    assert {p: k for p, k in after.items() if k != before[p]} == {
        small.proposals[4]: after[small.proposals[4]]
    }
    assert lane_order(services, small.id)[inbox] == [
        small.proposals[0],
        small.proposals[4],
        *small.proposals[1:4],
    ]


@pytest.mark.parametrize(("asked", "placed"), [(99, 2), (2, 2), (-5, 0)])
def test_positions_are_clamped_to_the_lane(services, small, asked, placed):
    shortlist = small.lanes["Shortlist"]
    services.move_proposal(small.proposals[0], shortlist, 0)
    services.move_proposal(small.proposals[1], shortlist, 1)

    change = services.move_proposal(small.proposals[4], shortlist, asked)

    assert change.detail["to"] == [
        {
            "id": small.proposals[4],
            "lane": shortlist,
            "key": services.proposal(small.proposals[4]).key,
        }
    ]
    assert lane_order(services, small.id)[shortlist].index(small.proposals[4]) == placed


def test_many_random_moves_match_a_list_model(services, small):
    rng = random.Random(7)
    extra = services.add_proposals(small.id, [ProposalSpec(f"P{i}") for i in range(15)])
    services.archive_proposals([extra.proposals[3]])  # archived cards hold no place
    model = lane_order(services, small.id)
    live = [p for cards in model.values() for p in cards]
    lanes = list(model)
    for _ in range(150):
        proposal, lane = rng.choice(live), rng.choice(lanes)
        position = rng.randint(-2, len(model[lane]) + 2)
        expected = _model_move(model, proposal, lane, position)
        change = services.move_proposal(proposal, lane, position)
        board = lane_order(services, small.id)
        assert board[lane].index(proposal) == expected
        assert change.detail["to"][0]["lane"] == lane
    assert lane_order(services, small.id) == model


@pytest.mark.parametrize("target", ["archived", "deleted", "other lane", "missing lane"])
def test_refused_moves_change_nothing(services, small, other, target):
    proposal, lane = small.proposals[2], small.lanes["Shortlist"]
    if target == "archived":
        services.archive_proposals([proposal])
    elif target == "deleted":
        services.delete_proposals([proposal])
    elif target == "other lane":
        lane = other.lanes["Shortlist"]
    else:
        lane = 9999
    before = snapshot(services.store)

    error = NotFound if target in ("deleted", "missing lane") else ServiceError
    with pytest.raises(error) as caught:
        services.move_proposal(proposal, lane, 0)

    assert snapshot(services.store) == before
    assert str(caught.value).endswith(".")


def test_archive_takes_the_card_out_and_unarchive_goes_to_the_end(services, small):
    inbox = small.lanes["Inbox"]
    a, b, c, d, e = small.proposals
    services.archive_proposals([b])
    assert lane_order(services, small.id)[inbox] == [a, c, d, e]
    assert services.proposal(b).archived
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="already archived"):
        services.archive_proposals([b])
    assert snapshot(services.store) == before
    services.unarchive_proposals([b])  # no places: at the end of its lane
    assert lane_order(services, small.id)[inbox] == [a, c, d, e, b]
    assert not services.proposal(b).archived
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="already on the board"):
        services.unarchive_proposals([b])
    assert snapshot(services.store) == before


def test_delete_takes_the_card_out_and_keeps_a_record(services, small):
    inbox = small.lanes["Inbox"]
    a, b, c, d, e = small.proposals
    change = services.delete_proposals([c])
    assert change.kind == "proposals.deleted"
    [card] = change.detail["cards"]
    assert (card["id"], card["title"], card["lane_id"], card["entries"]) == (c, "Charlie", inbox, 0)
    assert change.sealed == {"entries": [{"id": c, "scores": [], "dot_votes": []}]}
    assert lane_order(services, small.id)[inbox] == [a, b, d, e]
    with pytest.raises(NotFound):
        services.proposal(c)
    with pytest.raises(NotFound):
        services.delete_proposals([c])


def test_add_proposals_goes_to_the_end_of_each_lane(services, small):
    created = services.add_proposals(
        small.id,
        [ProposalSpec("F"), ProposalSpec("G", lane="shortlist"), ProposalSpec("H")],
    )
    f, g, h = created.proposals
    order = lane_order(services, small.id)
    assert order[small.lanes["Inbox"]][-2:] == [f, h]
    assert order[small.lanes["Shortlist"]] == [g]


@pytest.mark.parametrize(
    "spec",
    [
        ProposalSpec("F", domain="Prosperous"),
        ProposalSpec("F", category="Moonshot"),
        ProposalSpec("F", lane="Backlog"),
        ProposalSpec("   "),
    ],
)
def test_add_proposals_is_all_or_nothing(services, small, spec):
    before = snapshot(services.store)
    with pytest.raises(ServiceError):
        services.add_proposals(small.id, [ProposalSpec("Fine one"), spec])
    assert snapshot(services.store) == before


def test_update_proposal_refuses_other_workshops_domains_and_unknown_fields(services, small, other):
    other_domain = services.workshop(other.id).domains[0].id
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="another workshop"):
        services.update_proposal(small.proposals[0], domain_id=other_domain)
    with pytest.raises(ServiceError, match="no field"):
        services.update_proposal(small.proposals[0], lane_id=small.lanes["Roadmap"])
    assert snapshot(services.store) == before


def test_update_proposal_returns_old_and_new_values(services, small):
    change = services.update_proposal(small.proposals[0], title="  Alpha   prime ", cost=12.5)
    assert change.detail == {
        "old": {"title": "Alpha", "cost": None},
        "new": {"title": "Alpha prime", "cost": 12.5},
    }
    assert services.proposal(small.proposals[0]).title == "Alpha prime"


def test_the_undo_of_an_edit_refuses_a_card_edited_since(services, small):
    alpha = small.proposals[0]
    change = services.update_proposal(alpha, title="Alpha prime", cost=12.5)
    services.update_proposal(alpha, cost=20.0)  # someone else, since
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="changed by someone else"):
        services.update_proposal(alpha, expect=change.detail["new"], **change.detail["old"])
    assert snapshot(services.store) == before
    services.update_proposal(alpha, cost=12.5)
    services.update_proposal(alpha, expect=change.detail["new"], **change.detail["old"])
    assert (services.proposal(alpha).title, services.proposal(alpha).cost) == ("Alpha", None)
