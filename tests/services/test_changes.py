"""Every mutating call: one transaction, one audit event, a Change, listeners after commit.

The table of calls is checked against the service methods themselves: every public method of
Services that returns a Change must have an entry, so a new one cannot be forgotten.
"""

import inspect
import json
import logging
import tempfile
import typing
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from roadmap_desktop.services import (
    Affects,
    Change,
    ChangeKind,
    ScoreEntry,
    ServiceError,
    Services,
)
from roadmap_desktop.services.scenarios import ScenarioSpec
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.store import open_store
from tests.services.helpers import Small, event_count, events, small_spec


def _with_open_round(services: Services, small: Small) -> int:
    return services.open_round(small.id).subject  # type: ignore[return-value]


def _closed_round(services: Services, small: Small) -> int:
    return services.close_round(_with_open_round(services, small)).subject  # type: ignore[return-value]


def _score(services: Services, small: Small, round_id: int, value: int = 4) -> Change:
    return services.record_score(
        round_id, small.people["Ana"], small.proposals[0], small.criteria["Core"], value
    )


def _swap_and_weigh(services: Services, small: Small) -> Change:
    config = services.configuration(small.id, ("criteria",))
    important, core, achievable = config["criteria"]
    return services.configure_workshop(
        small.id,
        criteria=[
            dict(important, name="Core"),
            dict(core, name="Important", weight=3.0),
            achievable,
        ],
    )


def _none(services: Services, small: Small) -> None:
    return None


@dataclass(frozen=True)
class Case:
    """One call: the Services method it exercises, a preparation (which may append events
    itself) whose result is the call's argument, the call, and the flags its change must
    carry."""

    method: str
    call: Callable[[Services, Small, typing.Any], Change]
    affects: Affects
    prepare: Callable[[Services, Small], object] = _none


CALLS: dict[str, Case] = {
    # -- workshops
    "create_workshop": Case(
        "create_workshop", lambda sv, sm, _: sv.create_workshop(small_spec("B")), Affects.WORKSHOPS
    ),
    "update_workshop_settings": Case(
        "update_workshop_settings",
        lambda sv, sm, _: sv.update_workshop_settings(sm.id, aggregation="median"),
        Affects.SETTINGS | Affects.RESULTS,
    ),
    "configure_workshop": Case(
        "configure_workshop",
        lambda sv, sm, _: _swap_and_weigh(sv, sm),
        Affects.SETTINGS | Affects.RESULTS,
    ),
    # -- the board
    "add_proposal": Case(
        "add_proposal",
        lambda sv, sm, _: sv.add_proposal(sm.id, ProposalSpec("Foxtrot", lane="Shortlist")),
        Affects.BOARD,
    ),
    "add_proposals": Case(
        "add_proposals",
        lambda sv, sm, _: sv.add_proposals(sm.id, [ProposalSpec("F"), ProposalSpec("G")]),
        Affects.BOARD,
    ),
    "update_proposal": Case(
        "update_proposal",
        lambda sv, sm, _: sv.update_proposal(sm.proposals[0], title="Alpha 2", cost=5.0),
        Affects.BOARD | Affects.RESULTS,
    ),
    "move_proposal": Case(
        "move_proposal",
        lambda sv, sm, _: sv.move_proposal(sm.proposals[0], sm.lanes["Roadmap"], 0),
        Affects.ORDER,
    ),
    "move_proposals": Case(
        "move_proposals",
        lambda sv, sm, _: sv.move_proposals(sm.proposals[3:], sm.lanes["Inbox"], 0),
        Affects.ORDER,
    ),
    "place_proposals": Case(
        "place_proposals",
        lambda sv, sm, moved: sv.place_proposals(moved.detail["from"], expect=moved.detail["to"]),
        Affects.ORDER,
        lambda sv, sm: sv.move_proposals(sm.proposals[:2], sm.lanes["Shortlist"], 0),
    ),
    "duplicate_proposal": Case(
        "duplicate_proposal",
        lambda sv, sm, _: sv.duplicate_proposal(sm.proposals[1]),
        Affects.BOARD,
    ),
    "archive_proposals": Case(
        "archive_proposals",
        lambda sv, sm, _: sv.archive_proposals([sm.proposals[1]]),
        Affects.BOARD | Affects.RESULTS,
    ),
    "unarchive_proposals": Case(
        "unarchive_proposals",
        lambda sv, sm, archived: sv.unarchive_proposals(
            [sm.proposals[1]], places=archived.detail["places"]
        ),
        Affects.BOARD | Affects.RESULTS,
        lambda sv, sm: sv.archive_proposals([sm.proposals[1]]),
    ),
    "delete_proposals": Case(
        "delete_proposals",
        lambda sv, sm, _: sv.delete_proposals([sm.proposals[2]]),
        Affects.BOARD | Affects.RESULTS,
    ),
    "delete_proposals_with_entries": Case(
        "delete_proposals",
        lambda sv, sm, _: sv.delete_proposals([sm.proposals[0]]),
        Affects.BOARD | Affects.RESULTS | Affects.ENTRIES,
        lambda sv, sm: _score(sv, sm, _with_open_round(sv, sm)),
    ),
    "undelete_proposals": Case(
        "undelete_proposals",
        lambda sv, sm, deleted: sv.undelete_proposals(deleted.detail, deleted.sealed),
        Affects.BOARD | Affects.RESULTS | Affects.ENTRIES,
        lambda sv, sm: (
            _score(sv, sm, _with_open_round(sv, sm)),
            sv.delete_proposals([sm.proposals[0]]),
        )[1],
    ),
    "import_proposals": Case(
        "import_proposals",
        lambda sv, sm, _: sv.import_proposals(
            sm.id, domains=["Resilient"], add=[ProposalSpec("New", domain="Resilient")]
        ),
        Affects.BOARD | Affects.SETTINGS,
    ),
    "import_workshop_file": Case(
        "import_workshop_file",
        lambda sv, sm, saved: sv.import_workshop_file(saved),
        Affects.WORKSHOPS,
        lambda sv, sm: (
            sv.copy_workshop_to(
                sm.id, Path(tempfile.mkdtemp(prefix="roadmap-test-")) / "carried.roadmap"
            ).path
        ),
    ),
    "undo_proposal_import": Case(
        "undo_proposal_import",
        lambda sv, sm, imported: sv.undo_proposal_import(imported.detail),
        Affects.BOARD | Affects.SETTINGS,
        lambda sv, sm: sv.import_proposals(sm.id, add=[ProposalSpec("New")]),
    ),
    # -- lanes
    "add_lane": Case("add_lane", lambda sv, sm, _: sv.add_lane(sm.id, "Later"), Affects.BOARD),
    "rename_lane": Case(
        "rename_lane",
        lambda sv, sm, _: sv.rename_lane(sm.lanes["Shortlist"], "Maybe", expect="Shortlist"),
        Affects.BOARD | Affects.RESULTS,  # the ranking shows each proposal's lane by name
    ),
    "set_lane_limit": Case(
        "set_lane_limit",
        lambda sv, sm, _: sv.set_lane_limit(sm.lanes["Roadmap"], 5),
        Affects.BOARD,
    ),
    "recolour_lane": Case(
        "recolour_lane",
        lambda sv, sm, _: sv.recolour_lane(sm.lanes["Inbox"], "#ffeedd"),
        Affects.BOARD,
    ),
    "move_lane": Case(
        "move_lane", lambda sv, sm, _: sv.move_lane(sm.lanes["Roadmap"], 0), Affects.BOARD
    ),
    "remove_lane": Case(
        "remove_lane",
        lambda sv, sm, _: sv.remove_lane(sm.lanes["Inbox"], sm.lanes["Roadmap"]),
        Affects.BOARD | Affects.RESULTS,
    ),
    "restore_lane": Case(
        "restore_lane",
        lambda sv, sm, removed: sv.restore_lane(removed.detail),
        Affects.BOARD | Affects.RESULTS,
        lambda sv, sm: sv.remove_lane(sm.lanes["Inbox"], sm.lanes["Roadmap"]),
    ),
    # -- rounds
    "open_round": Case(
        "open_round", lambda sv, sm, _: sv.open_round(sm.id), Affects.ROUNDS | Affects.ENTRIES
    ),
    "open_round_on_a_selection": Case(
        "open_round",
        lambda sv, sm, _: sv.open_round(sm.id, proposal_ids=sm.proposals[:2], minutes=5),
        Affects.ROUNDS | Affects.ENTRIES,
    ),
    "close_round": Case(
        "close_round",
        lambda sv, sm, r: sv.close_round(r),
        Affects.ROUNDS | Affects.ENTRIES,
        _with_open_round,
    ),
    "reveal_round": Case(
        "reveal_round",
        lambda sv, sm, r: sv.reveal_round(r),
        Affects.ROUNDS | Affects.RESULTS,
        _closed_round,
    ),
    "reopen_round": Case(
        "reopen_round",
        lambda sv, sm, r: sv.reopen_round(r),
        Affects.ROUNDS | Affects.ENTRIES,
        _closed_round,
    ),
    "discard_round": Case(
        "discard_round", lambda sv, sm, r: sv.discard_round(r), Affects.ROUNDS, _with_open_round
    ),
    "set_round_timer": Case(
        "set_round_timer",
        lambda sv, sm, r: sv.set_round_timer(r, 3),
        Affects.ROUNDS,
        _with_open_round,
    ),
    "set_round_deadline": Case(
        "set_round_deadline",
        lambda sv, sm, timed: sv.set_round_deadline(
            timed.subject, timed.detail["old"], expect=timed.detail["new"]
        ),
        Affects.ROUNDS,
        lambda sv, sm: sv.set_round_timer(_with_open_round(sv, sm), 3),
    ),
    # -- entries
    "record_score": Case(
        "record_score", lambda sv, sm, r: _score(sv, sm, r), Affects.ENTRIES, _with_open_round
    ),
    "clear_score": Case(
        "clear_score",
        lambda sv, sm, r: sv.clear_score(
            r, sm.people["Ana"], sm.proposals[0], sm.criteria["Core"], expect=4
        ),
        Affects.ENTRIES,
        lambda sv, sm: _score(sv, sm, _with_open_round(sv, sm)).rounds[0],
    ),
    "set_scores": Case(
        "set_scores",
        lambda sv, sm, r: sv.set_scores(
            r, {(sm.people["Ana"], p, sm.criteria["Core"]): 3 for p in sm.proposals}
        ),
        Affects.ENTRIES,
        _with_open_round,
    ),
    "record_dots": Case(
        "record_dots",
        lambda sv, sm, r: sv.record_dots(r, sm.people["Ana"], sm.proposals[0], 2),
        Affects.ENTRIES,
        lambda sv, sm: sv.open_round(sm.id, method="dots", dots=3).subject,
    ),
    "import_scores": Case(
        "import_scores",
        lambda sv, sm, _: sv.import_scores(
            sm.id,
            [ScoreEntry(sm.people["Bao"], p, sm.criteria["Important"], 3) for p in sm.proposals],
            reveal=True,
        ),
        Affects.ENTRIES | Affects.ROUNDS | Affects.RESULTS,
    ),
    # -- criteria
    "add_criterion": Case(
        "add_criterion",
        lambda sv, sm, _: sv.add_criterion(sm.id, "Equity"),
        Affects.SETTINGS | Affects.RESULTS,
    ),
    "update_criterion": Case(
        "update_criterion",
        lambda sv, sm, _: sv.update_criterion(sm.criteria["Core"], weight=3),
        Affects.SETTINGS | Affects.RESULTS,  # a weight changes every round's ranking
    ),
    "move_criterion": Case(
        "move_criterion",
        lambda sv, sm, _: sv.move_criterion(sm.criteria["Core"], 0),
        Affects.SETTINGS,
    ),
    "remove_criterion": Case(
        "remove_criterion",
        lambda sv, sm, _: sv.remove_criterion(sm.criteria["Core"]),
        Affects.SETTINGS | Affects.RESULTS,
    ),
    "restore_criterion": Case(
        "restore_criterion",
        lambda sv, sm, removed: sv.restore_criterion(removed.detail),
        Affects.SETTINGS | Affects.RESULTS,
        lambda sv, sm: sv.remove_criterion(sm.criteria["Core"]),
    ),
    # -- participants
    "add_participant": Case(
        "add_participant", lambda sv, sm, _: sv.add_participant(sm.id, "Zoe"), Affects.PEOPLE
    ),
    "update_participant": Case(
        "update_participant",
        lambda sv, sm, _: sv.update_participant(sm.people["Olga"], role="director"),
        Affects.PEOPLE | Affects.RESULTS,  # a role decides whose votes count
    ),
    "move_participant": Case(
        "move_participant",
        lambda sv, sm, _: sv.move_participant(sm.people["Olga"], 0),
        Affects.PEOPLE,
    ),
    "remove_participant": Case(
        "remove_participant",
        lambda sv, sm, _: sv.remove_participant(sm.people["Olga"]),
        Affects.PEOPLE,
    ),
    "restore_participant": Case(
        "restore_participant",
        lambda sv, sm, removed: sv.restore_participant(removed.detail),
        Affects.PEOPLE,
        lambda sv, sm: sv.remove_participant(sm.people["Olga"]),
    ),
    # -- phones
    "issue_ballot_links": Case(
        "issue_ballot_links", lambda sv, sm, _: sv.issue_ballot_links(sm.id), Affects.DEVICES
    ),
    "reissue_ballot_link": Case(
        "reissue_ballot_link",
        lambda sv, sm, _: sv.reissue_ballot_link(sm.people["Ana"]),
        Affects.DEVICES,
        lambda sv, sm: sv.issue_ballot_links(sm.id),
    ),
    "release_ballot_device": Case(
        "release_ballot_device",
        lambda sv, sm, _: sv.release_ballot_device(sm.people["Ana"]),
        Affects.DEVICES,
        lambda sv, sm: _phone_bound(sv, sm),
    ),
    # -- the council documents
    "set_record_round": Case(
        "set_record_round",
        lambda sv, sm, _: sv.set_record_round(sm.id, 1),
        Affects.SETTINGS | Affects.RESULTS,
        lambda sv, sm: _revealed(sv, sm),
    ),
    "update_council": Case(
        "update_council",
        lambda sv, sm, _: sv.update_council(sm.id, {"agenda_item": "4.2"}),
        Affects.SETTINGS,
    ),
    "apply_cut_line": Case(
        "apply_cut_line",
        lambda sv, sm, _: sv.apply_cut_line(sv.cut_line(sm.id, top=2)),
        Affects.ORDER | Affects.SETTINGS,
        lambda sv, sm: _revealed(sv, sm),
    ),
    "place_cut_line": Case(
        "place_cut_line",
        lambda sv, sm, applied: sv.place_cut_line(
            applied.detail["from"], applied.detail["cut"]["old"], expect=applied.detail["to"]
        ),
        Affects.ORDER | Affects.SETTINGS,
        lambda sv, sm: sv.apply_cut_line(sv.cut_line(_revealed(sv, sm), top=2)),
    ),
    # -- decision support
    "set_budget": Case(
        "set_budget",
        lambda sv, sm, _: sv.set_budget(sm.id, 1_000_000),
        Affects.SETTINGS | Affects.RESULTS,
    ),
    "link_proposals": Case(
        "link_proposals",
        lambda sv, sm, _: sv.link_proposals(sm.proposals[0], sm.proposals[1], "needs"),
        Affects.BOARD,
    ),
    "unlink_proposals": Case(
        "unlink_proposals",
        lambda sv, sm, _: sv.unlink_proposals(sm.proposals[0], sm.proposals[1]),
        Affects.BOARD,
        lambda sv, sm: sv.link_proposals(sm.proposals[0], sm.proposals[1], "excludes"),
    ),
    "settle_tie": Case(
        "settle_tie",
        lambda sv, sm, tied: sv.settle_tie(sm.id, 1, tied[::-1], "Ready this year."),
        Affects.RESULTS,
        lambda sv, sm: _tied(sv, sm),
    ),
    "place_tie_order": Case(
        "place_tie_order",
        lambda sv, sm, done: sv.place_tie_order(
            sm.id, 1, done.detail["proposals"], done.detail["old"], expect=done.detail["new"]
        ),
        Affects.RESULTS,
        lambda sv, sm: sv.settle_tie(sm.id, 1, _tied(sv, sm), "Ready this year."),
    ),
    "settle_from_runoff": Case(
        "settle_from_runoff",
        lambda sv, sm, tied: sv.settle_from_runoff(sm.id, 1, 2, tied),
        Affects.RESULTS,
        lambda sv, sm: _runoff(sv, sm),
    ),
    # -- scenarios
    "save_scenario": Case(
        "save_scenario",
        lambda sv, sm, _: sv.save_scenario(sm.id, "Lean", ScenarioSpec(top=2)),
        Affects.SETTINGS,
    ),
    "update_scenario": Case(
        "update_scenario",
        lambda sv, sm, sid: sv.update_scenario(sid, name="Leaner"),
        Affects.SETTINGS,
        lambda sv, sm: sv.save_scenario(sm.id, "Lean", ScenarioSpec()).subject,
    ),
    "delete_scenario": Case(
        "delete_scenario",
        lambda sv, sm, sid: sv.delete_scenario(sid),
        Affects.SETTINGS,
        lambda sv, sm: sv.save_scenario(sm.id, "Lean", ScenarioSpec()).subject,
    ),
    "restore_scenario": Case(
        "restore_scenario",
        lambda sv, sm, deleted: sv.restore_scenario(deleted.detail),
        Affects.SETTINGS,
        lambda sv, sm: sv.delete_scenario(sv.save_scenario(sm.id, "Lean", ScenarioSpec()).subject),
    ),
    "add_note": Case(
        "add_note",
        lambda sv, sm, _: sv.add_note(sm.proposals[0], "Needs a pilot first.", author="Ana"),
        Affects.BOARD,
    ),
    "remove_note": Case(
        "remove_note",
        lambda sv, sm, note: sv.remove_note(note),
        Affects.BOARD,
        lambda sv, sm: sv.add_note(sm.proposals[0], "Soon gone").subject,
    ),
    "restore_note": Case(
        "restore_note",
        lambda sv, sm, removed: sv.restore_note(removed.detail),
        Affects.BOARD,
        lambda sv, sm: sv.remove_note(sv.add_note(sm.proposals[0], "Back again").subject),
    ),
}


def _tied(services: Services, small: Small) -> list[int]:
    """A revealed round 1 in which the second and third proposals tie (returned)."""
    values = (5, 4, 4)
    services.import_scores(
        small.id,
        [
            ScoreEntry(small.people["Bao"], p, small.criteria["Important"], v)
            for p, v in zip(small.proposals, values, strict=False)
        ],
        reveal=True,
    )
    return list(small.proposals[1:3])


def _runoff(services: Services, small: Small) -> list[int]:
    """The tie of _tied, and a revealed runoff round 2 on just those two that orders them."""
    tied = _tied(services, small)
    services.open_round(small.id, proposal_ids=tied)
    services.import_scores(
        small.id,
        [
            ScoreEntry(small.people["Bao"], p, small.criteria["Important"], v)
            for p, v in zip(tied, (2, 5), strict=True)
        ],
        round_number=2,
        reveal=True,
    )
    return tied


def _revealed(services: Services, small: Small) -> int:
    """A revealed round 1 with distinct scores, so a cut line has a clear top 2."""
    services.import_scores(
        small.id,
        [
            ScoreEntry(small.people["Bao"], p, small.criteria["Important"], 5 - i % 5)
            for i, p in enumerate(small.proposals)
        ],
        reveal=True,
    )
    return small.id


def _phone_bound(services: Services, small: Small) -> None:
    services.issue_ballot_links(small.id)
    [link] = [k for k in services.ballot_links(small.id) if k.name == "Ana"]
    services.ballot_voter(small.id, link.token, "phone-of-ana")


def _change_methods() -> set[str]:
    """Every public method of Services whose return annotation is Change."""
    return {
        name
        for name, function in inspect.getmembers(Services, inspect.isfunction)
        if not name.startswith("_") and typing.get_type_hints(function).get("return") is Change
    }


def test_the_table_covers_every_method_that_returns_a_change():
    methods = _change_methods()
    assert len(methods) >= 45  # the introspection finds them (it would find none if broken)
    assert {case.method for case in CALLS.values()} == methods
    for name, case in CALLS.items():  # each entry is named after the method it calls
        assert name.startswith(case.method)


def _json_ready(value: object) -> object:
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


@pytest.mark.parametrize("name", CALLS)
def test_each_call_is_one_event_told_once_after_commit(services, small, name):
    """Exactly one event appended (the log before it untouched), with the change's whole
    payload; the listener hears the change without its sealed values, once, after the
    commit (a separate engine on the same file already sees the event)."""
    case = CALLS[name]
    argument = case.prepare(services, small)
    before = events(services.store)
    heard: list[tuple[Change, int]] = []

    def listener(change: Change) -> None:
        # A separate engine on the same file: it only sees what is committed.
        fresh = open_store(services.store.address)
        try:
            heard.append((change, event_count(fresh)))
        finally:
            fresh.close()

    unsubscribe = services.subscribe(listener)
    try:
        change = case.call(services, small, argument)
    finally:
        unsubscribe()

    after = events(services.store)
    assert isinstance(change, Change)
    assert isinstance(change.kind, ChangeKind)
    assert after[: len(before)] == before
    assert len(after) == len(before) + 1
    event_id, kind, workshop_id, payload = after[-1]
    assert change.event_id == event_id
    assert kind == change.kind.value
    assert workshop_id == change.workshop_id
    assert change.workshop_id is not None
    assert payload == _json_ready(change.payload())
    assert payload["affects"] == change.affects.names()
    assert "sealed" not in payload  # a value stays in the score table until the reveal
    assert heard == [(change.public(), len(before) + 1)]
    assert heard[0][0].sealed == {}
    assert case.affects in change.affects, (change.affects, case.affects)


@pytest.mark.parametrize("name", CALLS)
def test_another_process_reads_each_change_back_without_its_sealed_values(services, small, name):
    case = CALLS[name]
    argument = case.prepare(services, small)
    elsewhere = open_store(services.store.address)
    try:
        watcher = Services(elsewhere)
        change = case.call(services, small, argument)
        told: list[Change] = []
        watcher.subscribe(told.append)

        polled = watcher.poll_changes()

        assert told == polled
        assert len(polled) == 1
        [seen] = polled
        assert (seen.kind, seen.workshop_id, seen.event_id) == (
            change.kind,
            change.workshop_id,
            change.event_id,
        )
        assert seen.external and not change.external
        assert seen.sealed == {}
        assert seen.affects == change.affects
        assert _json_ready(seen.payload()) == _json_ready(change.public().payload())
        assert watcher.poll_changes() == []  # told once
        assert services.poll_changes() == []  # its own changes were told when made
    finally:
        elsewhere.close()


def test_entries_and_moves_within_a_lane_touch_nothing_else(services, small):
    """Hidden values change no ranking, and a move in a lane reloads no card."""
    round_id = services.open_round(small.id).subject
    assert _score(services, small, round_id).affects == Affects.ENTRIES
    within = services.move_proposals([small.proposals[4]], small.lanes["Inbox"], 0)
    assert within.affects == Affects.ORDER
    assert services.set_round_timer(round_id, 2).affects == Affects.ROUNDS


def test_sealed_values_never_reach_listeners(services, small):
    round_id = services.open_round(small.id).subject
    told: list[Change] = []
    services.subscribe(told.append)
    change = _score(services, small, round_id, value=5)
    assert change.sealed == {"value": 5, "previous": None}
    assert change.detail == {
        "participant": small.people["Ana"],
        "criterion": small.criteria["Core"],
    }
    assert told == [change.public()]
    assert told[0].sealed == {}
    assert "sealed" not in told[0].payload()


def test_a_listener_sees_the_moved_card_from_a_fresh_store(services, small):
    seen = []

    def listener(change: Change) -> None:
        fresh = open_store(services.store.address)
        try:
            seen.append(Services(fresh).proposal(change.proposals[0]).lane_id)
        finally:
            fresh.close()

    services.subscribe(listener)
    services.move_proposal(small.proposals[3], small.lanes["Shortlist"], 0)
    assert seen == [small.lanes["Shortlist"]]


def test_a_failing_listener_does_not_undo_the_change_or_silence_others(services, small, caplog):
    told = []

    def broken(change: Change) -> None:
        raise RuntimeError("the screen fell over")

    services.subscribe(broken)
    services.subscribe(told.append)
    with caplog.at_level(logging.ERROR):
        change = services.move_proposal(small.proposals[0], small.lanes["Roadmap"], 0)

    assert told == [change.public()]
    assert services.proposal(small.proposals[0]).lane_id == small.lanes["Roadmap"]
    assert events(services.store)[-1][1] == "proposal.moved"
    assert any("proposal.moved" in r.getMessage() for r in caplog.records)


def test_unsubscribed_listeners_hear_nothing(services, small):
    told = []
    unsubscribe = services.subscribe(told.append)
    services.archive_proposals([small.proposals[0]])
    unsubscribe()
    unsubscribe()  # a second time does nothing
    services.unarchive_proposals([small.proposals[0]])
    assert [c.kind for c in told] == ["proposals.archived"]


def test_refused_calls_append_no_event_and_tell_no_listener(services, small, other):
    told = []
    services.subscribe(told.append)
    before = event_count(services.store)
    refused = [
        lambda: services.create_workshop(small_spec("small WORKSHOP")),
        lambda: services.move_proposal(small.proposals[0], other.lanes["Inbox"], 0),
        lambda: services.update_proposal(small.proposals[0], title="   "),
        lambda: services.update_workshop_settings(small.id, aggregation="mode"),
        lambda: services.close_round(999),
        lambda: services.unarchive_proposals([small.proposals[0]]),
        lambda: services.rename_lane(small.lanes["Inbox"], "Later", expect="Backlog"),
    ]
    for call in refused:
        with pytest.raises(ServiceError):
            call()
    assert event_count(services.store) == before
    assert told == []


def test_poll_changes_tells_another_processs_changes_in_order(services, small):
    elsewhere = open_store(services.store.address)
    try:
        theirs = Services(elsewhere)
        mine_told: list[Change] = []
        services.subscribe(mine_told.append)
        first = theirs.move_proposals([small.proposals[4]], small.lanes["Roadmap"], 0)
        mine = services.rename_lane(small.lanes["Inbox"], "Ideas")
        second = theirs.archive_proposals([small.proposals[0]])
        assert mine_told == [mine]  # only its own, so far

        polled = services.poll_changes()

        assert [c.event_id for c in polled] == [first.event_id, second.event_id]
        assert [c.kind for c in polled] == ["proposals.moved", "proposals.archived"]
        assert all(c.external for c in polled)
        assert polled[0].detail == _json_ready(first.detail)
        assert polled[0].proposals == first.proposals
        assert mine_told == [mine, *polled]
        assert services.poll_changes() == []
        assert [c.event_id for c in theirs.poll_changes()] == [mine.event_id]
    finally:
        elsewhere.close()


def test_event_payload_keeps_unicode_readable(services, small):
    services.update_proposal(small.proposals[0], title="Thư viện lưu động — año")
    with services.store.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT payload FROM event ORDER BY id DESC LIMIT 1").scalar()
    assert "Thư viện lưu động — año" in raw


def test_kinds_compare_with_their_audit_names():
    assert ChangeKind.PROPOSALS_MOVED == "proposals.moved"
    assert ChangeKind("score.recorded") is ChangeKind.SCORE_RECORDED
    assert Affects.named(["ORDER", "RESULTS"]) == Affects.ORDER | Affects.RESULTS
    assert (Affects.ORDER | Affects.RESULTS).names() == ["ORDER", "RESULTS"]
    assert Affects.NONE.names() == []


def test_a_change_read_back_is_the_public_change(services, small):
    change = _score(services, small, services.open_round(small.id).subject)
    _id, kind, workshop_id, payload = events(services.store)[-1]
    back = Change.from_event(_id, kind, workshop_id, payload)
    assert back == replace(change.public(), external=True, detail=_json_ready(change.detail))
