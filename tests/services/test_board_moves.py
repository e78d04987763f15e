"""The interactive board: multi-card moves and their inverse, duplicates, undoable deletes.

Each change is one event, and its detail is all its inverse needs: move_proposals ↔
place_proposals(detail["from"]), duplicate_proposal ↔ delete_proposal(subject),
delete_proposal ↔ restore_proposal(detail).
"""

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from roadmap_desktop.services import NotFound, ServiceError, Services
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.store.tables import DotVote
from tests.services.helpers import (
    Small,
    content,
    events,
    lane_order,
    one_event,
    snapshot,
)

# -- helpers -----------------------------------------------------------------------------


def _model_move(
    board: dict[int, list[int]], ids: list[int], lane: int, position: int
) -> dict[int, list[int]]:
    """What move_proposals should do, on plain lists."""
    out = {k: [c for c in cards if c not in ids] for k, cards in board.items()}
    at = max(0, min(position, len(out[lane])))
    out[lane][at:at] = ids
    return out


def _places(services: Services, workshop_id: int) -> dict[int, tuple[int, int]]:
    return {
        card: (lane, i)
        for lane, cards in lane_order(services, workshop_id).items()
        for i, card in enumerate(cards)
    }


def _spread(services: Services, small: Small) -> dict[str, list[int]]:
    """Alpha..Echo spread over the three lanes: Inbox a b, Shortlist c d, Roadmap e."""
    a, b, c, d, e = small.proposals
    shortlist, roadmap = small.lanes["Shortlist"], small.lanes["Roadmap"]
    services.place_proposals([(c, shortlist, 0), (d, shortlist, 1), (e, roadmap, 0)])
    return {"inbox": [a, b], "shortlist": [c, d], "roadmap": [e]}


# -- move_proposals --------------------------------------------------------------------------


def test_move_gathers_cards_from_several_lanes_in_the_given_order(services, small):
    a, b, c, d, e = small.proposals
    _spread(services, small)
    inbox, shortlist, roadmap = (small.lanes[n] for n in ("Inbox", "Shortlist", "Roadmap"))

    change = one_event(services, lambda: services.move_proposals([e, a, d], shortlist, 1))

    assert lane_order(services, small.id) == {inbox: [b], shortlist: [c, e, a, d], roadmap: []}
    assert change.kind == "proposals.moved"
    assert change.workshop_id == small.id
    assert change.proposals == (e, a, d)
    assert set(change.lanes) == {inbox, shortlist, roadmap}
    assert change.detail == {
        "from": [
            {"id": e, "lane": roadmap, "position": 0},
            {"id": a, "lane": inbox, "position": 0},
            {"id": d, "lane": shortlist, "position": 1},
        ],
        "to": [
            {"id": e, "lane": shortlist, "position": 1},
            {"id": a, "lane": shortlist, "position": 2},
            {"id": d, "lane": shortlist, "position": 3},
        ],
    }


@pytest.mark.parametrize(("asked", "start"), [(-3, 0), (0, 0), (2, 2), (3, 3), (99, 3)])
def test_move_clamps_the_position_to_the_lane_without_the_moving_cards(
    services, small, asked, start
):
    a, b, c, d, e = small.proposals
    inbox = small.lanes["Inbox"]
    change = services.move_proposals([d, b], inbox, asked)
    assert [x["position"] for x in change.detail["to"]] == [start, start + 1]
    assert (
        lane_order(services, small.id)[inbox]
        == _model_move({inbox: [a, b, c, d, e]}, [d, b], inbox, asked)[inbox]
    )


def test_move_within_one_lane_and_back(services, small):
    a, b, c, d, e = small.proposals
    inbox = small.lanes["Inbox"]
    change = services.move_proposals([a, e], inbox, 2)
    assert lane_order(services, small.id)[inbox] == [b, c, a, e, d]
    services.place_proposals(change.detail["from"])
    assert lane_order(services, small.id)[inbox] == [a, b, c, d, e]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    moves=st.lists(
        st.tuples(
            st.lists(st.integers(0, 17), min_size=1, max_size=5, unique=True),
            st.integers(0, 2),
            st.integers(-2, 20),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_random_moves_match_a_list_model_and_undo_exactly(services, small, moves):
    """A run of moves of 1–5 cards out of 18, each checked against the model; then undone
    newest first with place_proposals(from) — every board on the way back is exactly the one
    before; then redone with place_proposals(to). Each example ends where it started."""
    if len(lane_order(services, small.id)[small.lanes["Inbox"]]) == 5:  # first example only
        services.add_proposals(
            small.id,
            [ProposalSpec(f"P{i}", lane=("Inbox", "Shortlist")[i % 2]) for i in range(13)],
        )
    boards, changes = [lane_order(services, small.id)], []
    cards = sorted(c for lane in boards[0].values() for c in lane)
    lanes = sorted(boards[0])
    for picks, lane_index, position in moves:
        ids, lane = [cards[i] for i in picks], lanes[lane_index]
        changes.append(services.move_proposals(ids, lane, position))
        boards.append(lane_order(services, small.id))
        assert boards[-1] == _model_move(boards[-2], ids, lane, position)
        for to in changes[-1].detail["to"]:
            assert boards[-1][to["lane"]][to["position"]] == to["id"]
    for change, board in zip(reversed(changes), reversed(boards[:-1]), strict=True):
        services.place_proposals(change.detail["from"])
        assert lane_order(services, small.id) == board
    for change, board in zip(changes, boards[1:], strict=True):
        services.place_proposals(change.detail["to"])
        assert lane_order(services, small.id) == board
    for change in reversed(changes):
        services.place_proposals(change.detail["from"])
    assert lane_order(services, small.id) == boards[0]


@pytest.mark.parametrize(
    "case",
    [
        "empty",
        "twice",
        "archived",
        "deleted",
        "other workshop's card",
        "other workshop's lane",
        "missing lane",
        "cards of two workshops",
    ],
)
def test_refused_moves_change_nothing(services, small, other, case):
    a, _b, c, *_ = small.proposals
    ids, lane = [a, c], small.lanes["Shortlist"]
    error: type[Exception] = ServiceError
    if case == "empty":
        ids = []
    elif case == "twice":
        ids = [a, c, a]
    elif case == "archived":
        services.set_archived(c, True)
    elif case == "deleted":
        services.delete_proposal(c)
        error = NotFound
    elif case == "other workshop's card":
        ids, lane = [other.proposals[0]], small.lanes["Shortlist"]
    elif case == "other workshop's lane":
        lane = other.lanes["Shortlist"]
    elif case == "missing lane":
        lane, error = 9999, NotFound
    else:
        ids = [a, other.proposals[0]]
    before = snapshot(services.store)

    with pytest.raises(error) as caught:
        services.move_proposals(ids, lane, 0)

    assert snapshot(services.store) == before
    assert str(caught.value).endswith(".")


def test_moving_a_few_cards_on_a_board_of_1000_takes_milliseconds(services, small):
    lanes = [*small.lanes, "Parked"]
    services.add_lane(small.id, "Parked", kind="parked")
    services.add_proposals(
        small.id, [ProposalSpec(f"Proposal {i}", lane=lanes[i % 4]) for i in range(995)]
    )
    board = lane_order(services, small.id)
    assert sum(map(len, board.values())) == 1000
    lane_ids = sorted(board)
    timings = []
    for i in range(20):
        ids = [board[lane_ids[(i + k) % 4]][(37 * i + k) % 200] for k in range(1 + i % 5)]
        start = time.perf_counter()
        services.move_proposals(ids, lane_ids[i % 4], (53 * i) % 250)
        timings.append(time.perf_counter() - start)
        board = _model_move(board, ids, lane_ids[i % 4], (53 * i) % 250)
    assert lane_order(services, small.id) == board
    timings.sort()
    # A few ms on a laptop; the bound leaves room for a slow CI disk (each commit is fsynced).
    assert timings[len(timings) // 2] < 0.05, timings


# -- place_proposals -------------------------------------------------------------------------


def test_place_puts_each_card_exactly_and_is_its_own_inverse(services, small):
    a, b, c, d, e = small.proposals
    inbox, shortlist = small.lanes["Inbox"], small.lanes["Shortlist"]
    services.move_proposals([c, d], shortlist, 0)  # Inbox a b e, Shortlist c d
    before = lane_order(services, small.id)

    change = one_event(
        services,
        lambda: services.place_proposals([(e, shortlist, 1), (a, shortlist, 0), (d, inbox, 0)]),
    )

    assert lane_order(services, small.id) == {
        inbox: [d, b],
        shortlist: [a, e, c],
        small.lanes["Roadmap"]: [],
    }
    assert change.kind == "proposals.placed"
    assert change.detail["to"] == [
        {"id": e, "lane": shortlist, "position": 1},
        {"id": a, "lane": shortlist, "position": 0},
        {"id": d, "lane": inbox, "position": 0},
    ]
    services.place_proposals(change.detail["from"])
    assert lane_order(services, small.id) == before


def test_place_accepts_the_detail_as_read_back_from_the_audit_log(services, small):
    a, _b, _c, d, _e = small.proposals
    before = lane_order(services, small.id)
    services.move_proposals([d, a], small.lanes["Roadmap"], 0)
    payload = events(services.store)[-1][3]
    services.place_proposals(payload["from"])
    assert lane_order(services, small.id) == before


def test_place_clamps_so_lanes_stay_dense(services, small):
    a, b, c, d, e = small.proposals
    shortlist = small.lanes["Shortlist"]
    change = services.place_proposals([(a, shortlist, 7), (b, shortlist, 7), (c, shortlist, -4)])
    assert lane_order(services, small.id)[shortlist] == [c, a, b]
    assert [t["position"] for t in change.detail["to"]] == [1, 2, 0]
    assert lane_order(services, small.id)[small.lanes["Inbox"]] == [d, e]


@pytest.mark.parametrize(
    "placements", [[(1, 2)], [{"id": 1, "lane": 2}], ["abc"], [(1, 2, "top")], []]
)
def test_place_refuses_what_is_not_a_placement(services, small, placements):
    before = snapshot(services.store)
    with pytest.raises(ServiceError):
        services.place_proposals(placements)
    assert snapshot(services.store) == before


def test_place_refuses_other_workshops_and_archived_cards(services, small, other):
    services.set_archived(small.proposals[4], True)
    before = snapshot(services.store)
    for placements in (
        [(small.proposals[0], other.lanes["Inbox"], 0)],
        [(other.proposals[0], small.lanes["Inbox"], 0)],
        [(small.proposals[0], small.lanes["Inbox"], 1), (small.proposals[4], 1, 0)],
    ):
        with pytest.raises(ServiceError):
            services.place_proposals(placements)
    assert snapshot(services.store) == before


# -- duplicate_proposal -----------------------------------------------------------------------


def test_duplicate_sits_right_after_the_original(services, small):
    a, b, c, d, e = small.proposals
    services.update_proposal(b, summary="Lights", department="DOT", cost=3.5, timeframe="2027")
    before = content(services.store)

    change = one_event(services, lambda: services.duplicate_proposal(b))

    copy = change.subject
    assert copy not in small.proposals
    assert change.kind == "proposal.duplicated"
    assert change.proposals == (copy,)
    assert change.lanes == (small.lanes["Inbox"],)
    assert change.detail == {
        "original": b,
        "title": "Bravo (copy)",
        "lane": small.lanes["Inbox"],
        "position": 2,
    }
    assert lane_order(services, small.id)[small.lanes["Inbox"]] == [a, b, copy, c, d, e]
    original, duplicate = services.proposal(b), services.proposal(copy)
    assert duplicate.title == "Bravo (copy)"
    for field in ("summary", "department", "domain_id", "category_id", "cost", "timeframe"):
        assert getattr(duplicate, field) == getattr(original, field)

    services.delete_proposal(copy)  # the undo
    assert content(services.store) == before


def test_duplicate_refuses_archived_and_missing_cards(services, small):
    services.set_archived(small.proposals[0], True)
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="archived"):
        services.duplicate_proposal(small.proposals[0])
    with pytest.raises(NotFound):
        services.duplicate_proposal(9999)
    assert snapshot(services.store) == before


# -- delete_proposal / restore_proposal ----------------------------------------------------


def _scored(services: Services, small: Small) -> tuple[int, int]:
    """A revealed scoring round and a revealed dot round over Alpha..Echo."""
    _spread(services, small)
    score_round = services.open_round(small.id).subject
    assert score_round is not None
    for i, proposal in enumerate(small.proposals):
        for person in ("Ana", "Bao", "Fran"):
            for criterion, top in (("Important", 5), ("Core", 5), ("Achievable", 10)):
                value = 1 + (i * 7 + len(person) * 3 + top) % top
                services.record_score(
                    score_round, small.people[person], proposal, small.criteria[criterion], value
                )
    services.close_round(score_round)
    services.reveal_round(score_round)
    dot_round = services.open_round(small.id, method="dots", dots=5).subject
    assert dot_round is not None
    with services.store.engine.begin() as conn:  # no service records dots yet
        conn.execute(
            insert(DotVote),
            [
                {
                    "round_id": dot_round,
                    "proposal_id": p,
                    "participant_id": small.people[who],
                    "dots": n,
                }
                for p, who, n in (
                    (small.proposals[2], "Ana", 3),
                    (small.proposals[2], "Bao", 1),
                    (small.proposals[0], "Ana", 2),
                    (small.proposals[4], "Bao", 4),
                )
            ],
        )
    services.close_round(dot_round)
    services.reveal_round(dot_round)
    return score_round, dot_round


def test_delete_then_restore_gives_back_the_same_board_and_results(services, small):
    score_round, dot_round = _scored(services, small)
    charlie = small.proposals[2]
    before = content(services.store)
    board, results = services.board(small.id), [services.results(small.id, n) for n in (1, 2)]

    deleted = one_event(services, lambda: services.delete_proposal(charlie))

    assert deleted.rounds == (score_round, dot_round)
    assert len(deleted.detail["scores"]) == 9
    assert [d["dots"] for d in deleted.detail["dot_votes"]] == [3, 1]
    assert services.results(small.id, 2) != results[1]
    json.dumps(deleted.detail)  # JSON-ready as it stands

    restored = one_event(services, lambda: services.restore_proposal(deleted.detail))

    assert restored.kind == "proposal.undeleted"
    assert restored.subject == charlie
    assert restored.rounds == (score_round, dot_round)
    assert content(services.store) == before
    assert services.board(small.id) == board
    assert [services.results(small.id, n) for n in (1, 2)] == results


def test_restore_works_from_the_audit_log_payload(services, small):
    _scored(services, small)
    before = content(services.store)
    services.delete_proposal(small.proposals[3])
    moved = services.move_proposals([small.proposals[0]], small.lanes["Shortlist"], 1)
    services.place_proposals(moved.detail["from"])  # undo the move, then the delete
    services.restore_proposal(events(services.store)[-3][3])
    assert content(services.store) == before


def test_restore_an_archived_proposal(services, small):
    services.set_archived(small.proposals[1], True)
    before = content(services.store)
    change = services.delete_proposal(small.proposals[1])
    assert change.detail["position"] == -1
    services.restore_proposal(change.detail)
    assert content(services.store) == before
    assert services.proposal(small.proposals[1]).archived


def test_restore_refuses_an_id_taken_since(services, small):
    last = small.proposals[-1]
    change = services.delete_proposal(last)
    services.restore_proposal(change.detail)
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="exists again"):
        services.restore_proposal(change.detail)  # twice
    assert snapshot(services.store) == before

    change = services.delete_proposal(last)
    reused = services.add_proposal(small.id, ProposalSpec("Newcomer")).subject
    if reused == last:  # SQLite hands the highest id out again
        before = snapshot(services.store)
        with pytest.raises(ServiceError, match="exists again"):
            services.restore_proposal(change.detail)
        assert snapshot(services.store) == before


def test_restore_refuses_a_gone_lane_and_foreign_records(services, small, other):
    _scored(services, small)
    roadmap = small.lanes["Roadmap"]
    echo = small.proposals[4]  # alone in Roadmap
    change = services.delete_proposal(echo)
    services.remove_lane(roadmap, None)
    before = snapshot(services.store)
    with pytest.raises(NotFound, match="lane"):
        services.restore_proposal(change.detail)
    assert snapshot(services.store) == before

    change = services.delete_proposal(small.proposals[0])
    forged = dict(change.detail)
    forged["scores"] = [dict(forged["scores"][0], participant_id=other.people["Ana"])]
    before = content(services.store)
    with pytest.raises(ServiceError, match="no longer in this workshop"):
        services.restore_proposal(forged)
    with pytest.raises(ServiceError, match="not the record"):
        services.restore_proposal({"title": "Alpha"})
    with pytest.raises(NotFound):
        services.restore_proposal(dict(change.detail, workshop_id=9999))
    assert content(services.store) == before


def test_archiving_and_restoring_puts_the_card_back_where_it_was(services: Services, small: Small):
    lane = small.lanes["Inbox"]
    order = lane_order(services, small.id)[lane]
    card = order[1]
    archived = one_event(services, lambda: services.set_archived(card, True))
    assert archived.detail == {"lane": lane, "position": 1}
    assert lane_order(services, small.id)[lane] == [c for c in order if c != card]
    assert [p.id for p in services.archived_proposals(small.id)] == [card]
    one_event(services, lambda: services.set_archived(card, False, position=1))
    assert lane_order(services, small.id)[lane] == order
    assert services.archived_proposals(small.id) == []
