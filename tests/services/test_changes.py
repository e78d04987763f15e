"""Every mutating call: one transaction, one audit event, a Change, listeners after commit."""

import json
import logging
from collections.abc import Callable

import pytest

from roadmap_desktop.services import Change, ScoreEntry, ServiceError, Services
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.store import open_store
from tests.services.helpers import Small, event_count, events, small_spec


def _with_open_round(services: Services, small: Small) -> int:
    return services.open_round(small.id).subject  # type: ignore[return-value]


def _score(services: Services, small: Small, round_id: int, value: int = 4) -> Change:
    return services.record_score(
        round_id, small.people["Ana"], small.proposals[0], small.criteria["Core"], value
    )


# Each case: (prepare → argument, the call). Preparation may itself append events.
CALLS: dict[str, tuple[Callable[[Services, Small], object], Callable[..., Change]]] = {
    "create_workshop": (lambda sv, sm: None, lambda sv, sm, _: sv.create_workshop(small_spec("B"))),
    "update_settings": (
        lambda sv, sm: None,
        lambda sv, sm, _: sv.update_workshop_settings(sm.id, aggregation="median"),
    ),
    "add_proposal": (
        lambda sv, sm: None,
        lambda sv, sm, _: sv.add_proposal(sm.id, ProposalSpec("Foxtrot", lane="Shortlist")),
    ),
    "add_proposals": (
        lambda sv, sm: None,
        lambda sv, sm, _: sv.add_proposals(sm.id, [ProposalSpec("F"), ProposalSpec("G")]),
    ),
    "update_proposal": (
        lambda sv, sm: None,
        lambda sv, sm, _: sv.update_proposal(sm.proposals[0], title="Alpha 2", cost=5.0),
    ),
    "move_proposal": (
        lambda sv, sm: None,
        lambda sv, sm, _: sv.move_proposal(sm.proposals[0], sm.lanes["Roadmap"], 0),
    ),
    "archive": (lambda sv, sm: None, lambda sv, sm, _: sv.set_archived(sm.proposals[1], True)),
    "restore": (
        lambda sv, sm: sv.set_archived(sm.proposals[1], True),
        lambda sv, sm, _: sv.set_archived(sm.proposals[1], False),
    ),
    "delete_proposal": (lambda sv, sm: None, lambda sv, sm, _: sv.delete_proposal(sm.proposals[2])),
    "open_round": (lambda sv, sm: None, lambda sv, sm, _: sv.open_round(sm.id)),
    "close_round": (_with_open_round, lambda sv, sm, r: sv.close_round(r)),
    "reveal_round": (
        lambda sv, sm: sv.close_round(_with_open_round(sv, sm)).subject,
        lambda sv, sm, r: sv.reveal_round(r),
    ),
    "record_score": (_with_open_round, lambda sv, sm, r: _score(sv, sm, r)),
    "clear_score": (
        lambda sv, sm: _score(sv, sm, _with_open_round(sv, sm)).rounds[0],
        lambda sv, sm, r: sv.clear_score(r, sm.people["Ana"], sm.proposals[0], sm.criteria["Core"]),
    ),
    "open_round_on_a_selection": (
        lambda sv, sm: None,
        lambda sv, sm, _: sv.open_round(sm.id, proposal_ids=sm.proposals[:2], minutes=5),
    ),
    "set_round_timer": (_with_open_round, lambda sv, sm, r: sv.set_round_timer(r, 3)),
    "discard_round": (_with_open_round, lambda sv, sm, r: sv.discard_round(r)),
    "reopen_round": (
        lambda sv, sm: sv.close_round(_with_open_round(sv, sm)).subject,
        lambda sv, sm, r: sv.reopen_round(r),
    ),
    "record_dots": (
        lambda sv, sm: sv.open_round(sm.id, method="dots", dots=3).subject,
        lambda sv, sm, r: sv.record_dots(r, sm.people["Ana"], sm.proposals[0], 2),
    ),
    "set_scores": (
        _with_open_round,
        lambda sv, sm, r: sv.set_scores(
            r, {(sm.people["Ana"], p, sm.criteria["Core"]): 3 for p in sm.proposals}
        ),
    ),
    "add_criterion": (lambda sv, sm: None, lambda sv, sm, _: sv.add_criterion(sm.id, "Equity")),
    "update_criterion": (
        lambda sv, sm: None,
        lambda sv, sm, _: sv.update_criterion(sm.criteria["Core"], weight=3),
    ),
    "remove_criterion": (
        lambda sv, sm: None,
        lambda sv, sm, _: sv.remove_criterion(sm.criteria["Core"]),
    ),
    "add_participant": (lambda sv, sm: None, lambda sv, sm, _: sv.add_participant(sm.id, "Zoe")),
    "update_participant": (
        lambda sv, sm: None,
        lambda sv, sm, _: sv.update_participant(sm.people["Olga"], role="director"),
    ),
    "remove_participant": (
        lambda sv, sm: None,
        lambda sv, sm, _: sv.remove_participant(sm.people["Olga"]),
    ),
    "import_scores": (
        lambda sv, sm: None,
        lambda sv, sm, _: sv.import_scores(
            sm.id,
            [ScoreEntry(sm.people["Bao"], p, sm.criteria["Important"], 3) for p in sm.proposals],
            reveal=True,
        ),
    ),
}


@pytest.mark.parametrize("name", CALLS)
def test_each_call_appends_exactly_one_event_and_returns_its_change(services, small, name):
    prepare, call = CALLS[name]
    argument = prepare(services, small)
    before = events(services.store)

    change = call(services, small, argument)

    after = events(services.store)
    assert isinstance(change, Change)
    assert after[: len(before)] == before
    assert len(after) == len(before) + 1
    _id, kind, workshop_id, payload = after[-1]
    assert kind == change.kind
    assert workshop_id == change.workshop_id
    assert payload == _json_ready(change.payload())
    assert change.workshop_id is not None


def _json_ready(value: object) -> object:
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


@pytest.mark.parametrize("name", CALLS)
def test_listeners_hear_the_same_change_after_it_is_committed(services, small, name, tmp_path):
    prepare, call = CALLS[name]
    argument = prepare(services, small)
    heard: list[tuple[Change, int]] = []

    def listener(change: Change) -> None:
        # A separate engine on the same file: it only sees what is committed.
        fresh = open_store(services.store.path)
        try:
            heard.append((change, event_count(fresh)))
        finally:
            fresh.close()

    services.subscribe(listener)
    before = event_count(services.store)
    change = call(services, small, argument)

    assert heard == [(change, before + 1)]


def test_a_listener_sees_the_moved_card_from_a_fresh_store(services, small):
    seen = []

    def listener(change: Change) -> None:
        fresh = open_store(services.store.path)
        try:
            seen.append(Services(fresh).proposal(change.subject).lane_id)
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

    assert told == [change]
    assert services.proposal(small.proposals[0]).lane_id == small.lanes["Roadmap"]
    assert events(services.store)[-1][1] == "proposal.moved"
    assert any("proposal.moved" in r.getMessage() for r in caplog.records)


def test_unsubscribed_listeners_hear_nothing(services, small):
    told = []
    unsubscribe = services.subscribe(told.append)
    services.set_archived(small.proposals[0], True)
    unsubscribe()
    services.set_archived(small.proposals[0], False)
    assert [c.kind for c in told] == ["proposal.archived"]


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
        lambda: services.set_archived(small.proposals[0], False),
    ]
    for call in refused:
        with pytest.raises(ServiceError):
            call()
    assert event_count(services.store) == before
    assert told == []


def test_event_payload_keeps_unicode_readable(services, small):
    services.update_proposal(small.proposals[0], title="Thư viện lưu động — año")
    with services.store.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT payload FROM event ORDER BY id DESC LIMIT 1").scalar()
    assert "Thư viện lưu động — año" in raw
