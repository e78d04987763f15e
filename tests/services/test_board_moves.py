"""The interactive board: multi-card moves and their inverse, duplicates, undoable deletes.

Each change is one event, and its detail is all its inverse needs: move_proposals ↔
place_proposals(detail["from"], expect=detail["to"]), duplicate_proposal ↔
delete_proposals([subject]), delete_proposals ↔ undelete_proposals(detail, sealed),
archive_proposals ↔ unarchive_proposals(ids, places=detail["places"]).
"""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from roadmap_desktop.services import Affects, Conflict, NotFound, ServiceError, Services
from roadmap_desktop.services.specs import ProposalSpec
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


def _spots(services: Services, workshop_id: int) -> dict[int, dict[str, int]]:
    """Card id → where it sits, as a change records it ({"id", "lane", "key"})."""
    board = services.board(workshop_id)
    return {
        card.id: {"id": card.id, "lane": lane, "key": card.key}
        for lane, cards in board.cards.items()
        for card in cards
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
    was = _spots(services, small.id)

    change = one_event(services, lambda: services.move_proposals([e, a, d], shortlist, 1))

    now = _spots(services, small.id)
    assert lane_order(services, small.id) == {inbox: [b], shortlist: [c, e, a, d], roadmap: []}
    assert change.kind == "proposals.moved"
    assert change.workshop_id == small.id
    assert change.proposals == (e, a, d)
    assert set(change.lanes) == {inbox, shortlist, roadmap}
    assert change.detail == {"from": [was[e], was[a], was[d]], "to": [now[e], now[a], now[d]]}
    assert [x["lane"] for x in change.detail["from"]] == [roadmap, inbox, shortlist]
    assert [x["lane"] for x in change.detail["to"]] == [shortlist] * 3
    # Only the cards that move are rewritten: the others keep their keys.
    assert {p: now[p] for p in (b, c)} == {p: was[p] for p in (b, c)}


def test_a_move_only_places_cards_so_it_is_order_only(services, small):
    """Within a lane or across lanes, a move reloads no card and changes no ranking's
    numbers (screens listing cards by lane catch up when shown)."""
    a, b, *_ = small.proposals
    within = services.move_proposals([b], small.lanes["Inbox"], 0)
    assert within.affects == Affects.ORDER
    across = services.move_proposals([a], small.lanes["Roadmap"], 0)
    assert across.affects == Affects.ORDER
    placed = services.place_proposals(across.detail["from"], expect=across.detail["to"])
    assert placed.affects == Affects.ORDER


def test_a_single_move_has_the_shape_of_a_multi_card_move(services, small):
    a = small.proposals[0]
    single = services.move_proposal(a, small.lanes["Shortlist"], 0)
    assert single.kind == "proposal.moved"
    assert set(single.detail) == {"from", "to"}
    services.place_proposals(single.detail["from"], expect=single.detail["to"])
    assert lane_order(services, small.id)[small.lanes["Inbox"]] == list(small.proposals)


@pytest.mark.parametrize(("asked", "start"), [(-3, 0), (0, 0), (2, 2), (3, 3), (99, 3)])
def test_move_clamps_the_position_to_the_lane_without_the_moving_cards(
    services, small, asked, start
):
    a, b, c, d, e = small.proposals
    inbox = small.lanes["Inbox"]
    change = services.move_proposals([d, b], inbox, asked)
    order = lane_order(services, small.id)[inbox]
    assert [order.index(x["id"]) for x in change.detail["to"]] == [start, start + 1]
    assert order == _model_move({inbox: [a, b, c, d, e]}, [d, b], inbox, asked)[inbox]


def test_move_within_one_lane_and_back(services, small):
    a, b, c, d, e = small.proposals
    inbox = small.lanes["Inbox"]
    before = services.board(small.id)
    change = services.move_proposals([a, e], inbox, 2)
    assert lane_order(services, small.id)[inbox] == [b, c, a, e, d]
    services.place_proposals(change.detail["from"], expect=change.detail["to"])
    assert lane_order(services, small.id)[inbox] == [a, b, c, d, e]
    assert services.board(small.id) == before  # back at the very same keys


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
    newest first with place_proposals(from, expect=to) — every board on the way back is
    exactly the one before, keys included; then redone with place_proposals(to,
    expect=from). Each example ends where it started."""
    if len(lane_order(services, small.id)[small.lanes["Inbox"]]) == 5:  # first example only
        services.add_proposals(
            small.id,
            [ProposalSpec(f"P{i}", lane=("Inbox", "Shortlist")[i % 2]) for i in range(13)],
        )
    orders, boards, changes = [lane_order(services, small.id)], [services.board(small.id)], []
    cards = sorted(c for lane in orders[0].values() for c in lane)
    lanes = sorted(orders[0])
    for picks, lane_index, position in moves:
        ids, lane = [cards[i] for i in picks], lanes[lane_index]
        changes.append(services.move_proposals(ids, lane, position))
        orders.append(lane_order(services, small.id))
        boards.append(services.board(small.id))
        assert orders[-1] == _model_move(orders[-2], ids, lane, position)
        spots = _spots(services, small.id)
        assert changes[-1].detail["to"] == [spots[i] for i in ids]
    for change, board in zip(reversed(changes), reversed(boards[:-1]), strict=True):
        services.place_proposals(change.detail["from"], expect=change.detail["to"])
        assert services.board(small.id) == board
    for change, board in zip(changes, boards[1:], strict=True):
        services.place_proposals(change.detail["to"], expect=change.detail["from"])
        assert services.board(small.id) == board
    for change in reversed(changes):
        services.place_proposals(change.detail["from"], expect=change.detail["to"])
    assert services.board(small.id) == boards[0]


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
        services.archive_proposals([c])
    elif case == "deleted":
        services.delete_proposals([c])
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


def test_moving_a_few_cards_on_a_board_of_1000_rewrites_only_those_cards(services, small):
    """A move's cost does not grow with the board (sparse order keys): counted in proposal
    rows written, not in milliseconds, which a busy machine stretches at will."""
    lanes = [*small.lanes, "Parked"]
    services.add_lane(small.id, "Parked", kind="parked")
    services.add_proposals(
        small.id, [ProposalSpec(f"Proposal {i}", lane=lanes[i % 4]) for i in range(995)]
    )
    board = lane_order(services, small.id)
    assert sum(map(len, board.values())) == 1000
    lane_ids = sorted(board)
    written: list[int] = []

    def count(_conn, cursor, statement, _parameters, _context, _executemany) -> None:
        if statement.lstrip().upper().startswith("UPDATE PROPOSAL "):
            written.append(max(cursor.rowcount, 0))

    event.listen(services.store.engine, "after_cursor_execute", count)
    try:
        for i in range(20):
            ids = [board[lane_ids[(i + k) % 4]][(37 * i + k) % 200] for k in range(1 + i % 5)]
            written.clear()
            services.move_proposals(ids, lane_ids[i % 4], (53 * i) % 250)
            board = _model_move(board, ids, lane_ids[i % 4], (53 * i) % 250)
            assert 0 < sum(written) <= 2 * len(ids), (i, written)  # a key, then its lane
    finally:
        event.remove(services.store.engine, "after_cursor_execute", count)
    assert lane_order(services, small.id) == board


def test_many_moves_into_one_spot_use_up_the_gap_and_the_lane_is_given_fresh_keys(services, small):
    """Forty cards put one after another between the same two neighbours: the gap runs out
    (about twenty fit), the lane is spread, and the order is always the model's."""
    inbox = small.lanes["Inbox"]
    extra = services.add_proposals(small.id, [ProposalSpec(f"P{i}") for i in range(40)])
    model = lane_order(services, small.id)
    for card in extra.proposals:
        services.move_proposals([card], inbox, 1)
        model = _model_move(model, [card], inbox, 1)
        assert lane_order(services, small.id) == model


# -- place_proposals -------------------------------------------------------------------------


def test_place_puts_each_card_by_index_and_its_from_undoes_it(services, small):
    a, b, c, d, e = small.proposals
    inbox, shortlist = small.lanes["Inbox"], small.lanes["Shortlist"]
    services.move_proposals([c, d], shortlist, 0)  # Inbox a b e, Shortlist c d
    before = services.board(small.id)
    was = _spots(services, small.id)

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
    now = _spots(services, small.id)
    assert change.detail == {"from": [was[e], was[a], was[d]], "to": [now[e], now[a], now[d]]}
    services.place_proposals(change.detail["from"], expect=change.detail["to"])
    assert services.board(small.id) == before


def test_place_takes_positions_as_dicts_too(services, small):
    a, b, *_ = small.proposals
    shortlist = small.lanes["Shortlist"]
    services.place_proposals(
        [{"id": a, "lane": shortlist, "position": 1}, {"id": b, "lane": shortlist, "position": 0}]
    )
    assert lane_order(services, small.id)[shortlist] == [b, a]  # each at its index


def test_place_accepts_the_detail_as_read_back_from_the_audit_log(services, small):
    a, _b, _c, d, _e = small.proposals
    before = services.board(small.id)
    services.move_proposals([d, a], small.lanes["Roadmap"], 0)
    payload = events(services.store)[-1][3]
    services.place_proposals(payload["from"], expect=payload["to"])
    assert services.board(small.id) == before


def test_place_by_index_clamps_to_the_lane(services, small):
    a, b, c, d, e = small.proposals
    shortlist = small.lanes["Shortlist"]
    change = services.place_proposals([(a, shortlist, 7), (b, shortlist, 7), (c, shortlist, -4)])
    order = lane_order(services, small.id)
    assert order[shortlist] == [c, a, b]
    assert [order[shortlist].index(t["id"]) for t in change.detail["to"]] == [1, 2, 0]
    assert order[small.lanes["Inbox"]] == [d, e]


def test_place_at_a_free_key_puts_the_card_exactly_there(services, small):
    a, b, c, d, e = small.proposals
    inbox = small.lanes["Inbox"]
    spots = _spots(services, small.id)
    between = (spots[b]["key"] + spots[c]["key"]) // 2
    change = services.place_proposals([{"id": e, "lane": inbox, "key": between}])
    assert change.detail["to"] == [{"id": e, "lane": inbox, "key": between}]
    assert services.proposal(e).key == between
    assert lane_order(services, small.id)[inbox] == [a, b, e, c, d]


def test_place_at_a_taken_key_puts_the_card_as_close_as_it_can(services, small):
    """The card that holds the key now stays; the placed card goes just before it."""
    a, b, c, d, e = small.proposals
    inbox = small.lanes["Inbox"]
    taken = services.proposal(b).key
    change = services.place_proposals([{"id": e, "lane": inbox, "key": taken}])
    assert services.proposal(b).key == taken
    assert lane_order(services, small.id)[inbox] == [a, e, b, c, d]
    assert change.detail["to"] == [_spots(services, small.id)[e]]


def test_an_undo_refuses_a_card_moved_by_someone_else_since(services, small):
    a, b, *_ = small.proposals
    shortlist, roadmap = small.lanes["Shortlist"], small.lanes["Roadmap"]
    mine = services.move_proposals([a, b], shortlist, 0)
    services.move_proposals([b], roadmap, 0)  # someone else, since
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="moved by someone else"):
        services.place_proposals(mine.detail["from"], expect=mine.detail["to"])
    assert snapshot(services.store) == before  # not even Alpha moved back
    assert issubclass(Conflict, ServiceError)


@pytest.mark.parametrize(
    "placements",
    [
        [(1, 2)],
        [{"id": 1, "lane": 2}],
        [{"id": 1, "lane": 2, "key": "top"}],
        ["abc"],
        [(1, 2, "top")],
        [],
    ],
)
def test_place_refuses_what_is_not_a_placement(services, small, placements):
    before = snapshot(services.store)
    with pytest.raises(ServiceError):
        services.place_proposals(placements)
    assert snapshot(services.store) == before


def test_place_refuses_other_workshops_and_archived_cards(services, small, other):
    services.archive_proposals([small.proposals[4]])
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
        "id": copy,
        "lane": small.lanes["Inbox"],
        "key": services.proposal(copy).key,
    }
    assert lane_order(services, small.id)[small.lanes["Inbox"]] == [a, b, copy, c, d, e]
    original, duplicate = services.proposal(b), services.proposal(copy)
    assert duplicate.title == "Bravo (copy)"
    for field in ("summary", "department", "domain_id", "category_id", "cost", "timeframe"):
        assert getattr(duplicate, field) == getattr(original, field)

    services.delete_proposals([copy])  # the undo
    assert content(services.store) == before


def test_the_undo_of_a_duplicate_refuses_a_copy_edited_since(services, small):
    from roadmap_desktop.services.board import card_fields

    change = services.duplicate_proposal(small.proposals[1])
    copy = change.subject
    expect = {copy: {"fields": card_fields(services.proposal(copy)), "entries": 0}}
    services.update_proposal(copy, title="Bravo, the sequel")  # someone else, since
    before = snapshot(services.store)
    with pytest.raises(Conflict):
        services.delete_proposals([copy], expect=expect)
    assert snapshot(services.store) == before


def test_duplicate_refuses_archived_and_missing_cards(services, small):
    services.archive_proposals([small.proposals[0]])
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="archived"):
        services.duplicate_proposal(small.proposals[0])
    with pytest.raises(NotFound):
        services.duplicate_proposal(9999)
    assert snapshot(services.store) == before


# -- delete_proposals / undelete_proposals ---------------------------------------------------


def _voted(services: Services, small: Small, method: str = "score") -> int:
    """An open round (scores on every criterion, or dots) with votes on Alpha..Echo spread
    over the three lanes."""
    _spread(services, small)
    if method == "dots":
        round_id = services.open_round(small.id, method="dots", dots=5).subject
        assert round_id is not None
        for p, who, n in (
            (small.proposals[2], "Ana", 3),
            (small.proposals[2], "Bao", 1),
            (small.proposals[0], "Ana", 2),
            (small.proposals[4], "Bao", 4),
        ):
            services.record_dots(round_id, small.people[who], p, n)
        return round_id
    round_id = services.open_round(small.id).subject
    assert round_id is not None
    for i, proposal in enumerate(small.proposals):
        for person in ("Ana", "Bao", "Fran"):
            for criterion, top in (("Important", 5), ("Core", 5), ("Achievable", 10)):
                value = 1 + (i * 7 + len(person) * 3 + top) % top
                services.record_score(
                    round_id, small.people[person], proposal, small.criteria[criterion], value
                )
    return round_id


@pytest.mark.parametrize(("method", "entries"), [("score", 9), ("dots", 2)])
def test_delete_then_undelete_gives_back_the_same_board_and_entries(
    services, small, method, entries
):
    round_id = _voted(services, small, method)
    charlie = small.proposals[2]
    before = content(services.store)
    board, sealed = services.board(small.id), services.sealed_entries(round_id)

    deleted = one_event(services, lambda: services.delete_proposals([charlie]))

    assert deleted.kind == "proposals.deleted"
    assert deleted.rounds == (round_id,)
    assert Affects.ENTRIES in deleted.affects
    [card] = deleted.detail["cards"]
    assert (card["id"], card["title"], card["entries"]) == (charlie, "Charlie", entries)
    [kept] = deleted.sealed["entries"]
    assert len(kept["scores"]) + len(kept["dot_votes"]) == entries
    if method == "dots":
        assert [v["dots"] for v in kept["dot_votes"]] == [3, 1]
    # The values are sealed: the public change (what listeners get) does not carry them.
    assert "scores" not in json.dumps(deleted.public().payload())
    assert "dot_votes" not in json.dumps(deleted.public().payload())
    assert services.entry_keys(round_id, proposal_id=charlie) == frozenset()
    json.dumps(deleted.payload())  # JSON-ready as it stands

    restored = one_event(
        services, lambda: services.undelete_proposals(deleted.detail, deleted.sealed)
    )

    assert restored.kind == "proposals.undeleted"
    assert restored.proposals == (charlie,)
    assert restored.rounds == (round_id,)
    assert content(services.store) == before
    assert services.board(small.id) == board
    assert services.sealed_entries(round_id) == sealed


def test_delete_and_undelete_several_cards_at_once(services, small):
    round_id = _voted(services, small)
    before = content(services.store)
    a, _b, c, _d, e = small.proposals
    deleted = services.delete_proposals([e, a, c])
    assert [card["id"] for card in deleted.detail["cards"]] == [e, a, c]
    assert lane_order(services, small.id) == {
        small.lanes["Inbox"]: [small.proposals[1]],
        small.lanes["Shortlist"]: [small.proposals[3]],
        small.lanes["Roadmap"]: [],
    }
    services.undelete_proposals(deleted.detail, deleted.sealed)
    assert content(services.store) == before
    assert len(services.entry_keys(round_id)) == 5 * 9


@pytest.mark.parametrize("state", ["closed", "revealed"])
@pytest.mark.parametrize("method", ["score", "dots"])
def test_a_card_with_votes_in_a_closed_round_cannot_be_deleted(services, small, method, state):
    """A closed or revealed round's record never changes: archive the card instead."""
    round_id = _voted(services, small, method)
    services.close_round(round_id)
    if state == "revealed":
        services.reveal_round(round_id)
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match=rf"round 1, which is {state}.*Archive"):
        services.delete_proposals([small.proposals[1], small.proposals[2]])
    assert snapshot(services.store) == before
    services.archive_proposals([small.proposals[2]])  # what it says to do instead
    assert services.proposal(small.proposals[2]).archived


def test_undelete_refuses_once_the_entries_round_has_closed(services, small):
    round_id = _voted(services, small)
    deleted = services.delete_proposals([small.proposals[2]])
    services.close_round(round_id)
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="Round 1 has been closed"):
        services.undelete_proposals(deleted.detail, deleted.sealed)
    assert snapshot(services.store) == before


def test_undelete_works_from_the_audit_log_payload(services, small):
    """A card without entries comes back from the log alone; the log never holds entries'
    values (the undo of a scored card reads them from the change it holds)."""
    before = content(services.store)
    services.delete_proposals([small.proposals[3]])
    moved = services.move_proposals([small.proposals[0]], small.lanes["Shortlist"], 1)
    services.place_proposals(moved.detail["from"], expect=moved.detail["to"])
    payload = events(services.store)[-3][3]  # the delete's
    assert "sealed" not in payload
    services.undelete_proposals(payload, {})
    assert content(services.store) == before


def test_undelete_an_archived_proposal(services, small):
    services.archive_proposals([small.proposals[1]])
    before = content(services.store)
    change = services.delete_proposals([small.proposals[1]])
    assert change.detail["cards"][0]["archived"] is True
    services.undelete_proposals(change.detail, change.sealed)
    assert content(services.store) == before
    assert services.proposal(small.proposals[1]).archived
    assert small.proposals[1] not in lane_order(services, small.id)[small.lanes["Inbox"]]


def test_undelete_refuses_an_id_taken_since(services, small):
    last = small.proposals[-1]
    change = services.delete_proposals([last])
    services.undelete_proposals(change.detail, change.sealed)
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="exists again"):
        services.undelete_proposals(change.detail, change.sealed)  # twice
    assert snapshot(services.store) == before

    change = services.delete_proposals([last])
    reused = services.add_proposal(small.id, ProposalSpec("Newcomer")).subject
    if reused == last:  # SQLite hands the highest id out again
        before = snapshot(services.store)
        with pytest.raises(Conflict, match="exists again"):
            services.undelete_proposals(change.detail, change.sealed)
        assert snapshot(services.store) == before


def test_undelete_refuses_a_gone_lane_and_foreign_records(services, small, other):
    _voted(services, small)
    roadmap = small.lanes["Roadmap"]
    echo = small.proposals[4]  # alone in Roadmap
    change = services.delete_proposals([echo])
    services.remove_lane(roadmap, None)
    before = snapshot(services.store)
    with pytest.raises(NotFound, match="lane"):
        services.undelete_proposals(change.detail, change.sealed)
    assert snapshot(services.store) == before

    change = services.delete_proposals([small.proposals[0]])
    [entries] = change.sealed["entries"]
    forged = {
        "entries": [
            dict(entries, scores=[dict(entries["scores"][0], participant_id=other.people["Ana"])])
        ]
    }
    before = content(services.store)
    with pytest.raises(ServiceError, match="no longer in this workshop"):
        services.undelete_proposals(change.detail, forged)
    with pytest.raises(ServiceError, match="not the record"):
        services.undelete_proposals({"title": "Alpha"}, {})
    with pytest.raises(NotFound):
        services.undelete_proposals(
            {"cards": [dict(c, workshop_id=9999) for c in change.detail["cards"]]}, change.sealed
        )
    assert content(services.store) == before


# -- archive_proposals / unarchive_proposals -------------------------------------------------


def test_archiving_and_restoring_puts_the_card_back_where_it_was(services: Services, small: Small):
    lane = small.lanes["Inbox"]
    order = lane_order(services, small.id)[lane]
    card = order[1]
    key = services.proposal(card).key
    before = content(services.store)
    archived = one_event(services, lambda: services.archive_proposals([card]))
    assert archived.kind == "proposals.archived"
    assert archived.detail == {"places": [{"id": card, "lane": lane, "key": key}]}
    assert lane_order(services, small.id)[lane] == [c for c in order if c != card]
    assert [p.id for p in services.archived_proposals(small.id)] == [card]
    restored = one_event(
        services, lambda: services.unarchive_proposals([card], places=archived.detail["places"])
    )
    assert restored.kind == "proposals.restored"
    assert restored.detail == archived.detail
    assert lane_order(services, small.id)[lane] == order
    assert services.archived_proposals(small.id) == []
    assert content(services.store) == before


def test_archiving_several_cards_and_restoring_them_after_other_moves(services, small):
    """Their places are taken by then: each comes back as close to its old place as the
    cards now there allow."""
    a, b, c, d, e = small.proposals
    inbox = small.lanes["Inbox"]
    archived = services.archive_proposals([b, d])
    assert [p["id"] for p in archived.detail["places"]] == [b, d]
    services.move_proposals([e], inbox, 1)  # a e c
    services.unarchive_proposals([b, d], places=archived.detail["places"])
    order = lane_order(services, small.id)[inbox]
    assert order.index(b) < order.index(c) < order.index(d)
    assert order.index(a) < order.index(b)


def test_unarchive_refuses_cards_of_two_workshops_and_gone_lanes(services, small, other):
    services.archive_proposals([small.proposals[0]])
    services.archive_proposals([other.proposals[0]])
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="different workshops"):
        services.unarchive_proposals([small.proposals[0], other.proposals[0]])
    with pytest.raises(ServiceError, match="another workshop"):
        services.unarchive_proposals(
            [small.proposals[0]],
            places=[{"id": small.proposals[0], "lane": other.lanes["Inbox"], "key": 1}],
        )
    with pytest.raises(NotFound):
        services.unarchive_proposals([9999])
    assert snapshot(services.store) == before
