"""The board: moves keep positions dense, refusals change nothing, archive and delete close gaps."""

import random

import pytest

from roadmap_desktop.services import NotFound, ServiceError
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
    change = services.move_proposal(small.proposals[1], small.lanes["Roadmap"], 0)
    assert change.detail == {
        "from_lane": small.lanes["Inbox"],
        "from_position": 1,
        "to_lane": small.lanes["Roadmap"],
        "to_position": 0,
    }
    assert change.lanes == (small.lanes["Inbox"], small.lanes["Roadmap"])
    same_lane = services.move_proposal(small.proposals[0], small.lanes["Inbox"], 2)
    assert same_lane.lanes == (small.lanes["Inbox"],)


@pytest.mark.parametrize(("asked", "placed"), [(99, 2), (2, 2), (-5, 0)])
def test_positions_are_clamped_to_the_lane(services, small, asked, placed):
    shortlist = small.lanes["Shortlist"]
    services.move_proposal(small.proposals[0], shortlist, 0)
    services.move_proposal(small.proposals[1], shortlist, 1)

    change = services.move_proposal(small.proposals[4], shortlist, asked)

    assert change.detail["to_position"] == placed
    assert lane_order(services, small.id)[shortlist].index(small.proposals[4]) == placed


def test_many_random_moves_match_a_list_model(services, small):
    rng = random.Random(7)
    extra = services.add_proposals(small.id, [ProposalSpec(f"P{i}") for i in range(15)])
    services.set_archived(extra.proposals[3], True)  # archived cards hold no place
    model = lane_order(services, small.id)
    live = [p for cards in model.values() for p in cards]
    lanes = list(model)
    for _ in range(150):
        proposal, lane = rng.choice(live), rng.choice(lanes)
        position = rng.randint(-2, len(model[lane]) + 2)
        expected = _model_move(model, proposal, lane, position)
        change = services.move_proposal(proposal, lane, position)
        assert change.detail["to_position"] == expected
    assert lane_order(services, small.id) == model


@pytest.mark.parametrize("target", ["archived", "deleted", "other lane", "missing lane"])
def test_refused_moves_change_nothing(services, small, other, target):
    proposal, lane = small.proposals[2], small.lanes["Shortlist"]
    if target == "archived":
        services.set_archived(proposal, True)
    elif target == "deleted":
        services.delete_proposal(proposal)
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


def test_archive_closes_the_gap_and_restore_goes_to_the_end(services, small):
    inbox = small.lanes["Inbox"]
    a, b, c, d, e = small.proposals
    services.set_archived(b, True)
    assert lane_order(services, small.id)[inbox] == [a, c, d, e]
    assert services.proposal(b).archived
    with pytest.raises(ServiceError, match="already archived"):
        services.set_archived(b, True)
    services.set_archived(b, False)
    assert lane_order(services, small.id)[inbox] == [a, c, d, e, b]


def test_delete_closes_the_gap_and_keeps_a_snapshot(services, small):
    inbox = small.lanes["Inbox"]
    a, b, c, d, e = small.proposals
    change = services.delete_proposal(c)
    assert change.detail["title"] == "Charlie"
    assert lane_order(services, small.id)[inbox] == [a, b, d, e]
    with pytest.raises(NotFound):
        services.proposal(c)
    with pytest.raises(NotFound):
        services.delete_proposal(c)


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
