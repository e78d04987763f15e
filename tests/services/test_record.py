"""The record the services write: no unrevealed value in the audit log, every event chained
to the one before (also with two writers at once), the reveal committing to its values."""

import json
import threading
from pathlib import Path

from roadmap_desktop.services import ScoreEntry, Services
from roadmap_desktop.services.demo import build_demo
from roadmap_desktop.store import chain, open_store
from tests.services.helpers import Small, events, make_small


def _session_of_entries(services: Services, small: Small, low: bool) -> None:
    """A workshop's entries in open rounds: every way a value reaches the services (typed,
    set in a batch, imported, dots, cleared, a scored card deleted). `low` picks the values:
    the log must read the same either way."""
    one, other = (1, 2) if low else (5, 4)
    ana, bao = small.people["Ana"], small.people["Bao"]
    core, important = small.criteria["Core"], small.criteria["Important"]
    p = small.proposals
    round_id = services.open_round(small.id).subject
    assert round_id is not None
    services.record_score(round_id, ana, p[0], core, one)
    services.record_score(round_id, ana, p[0], core, other)  # overwritten: both stay out
    services.set_scores(round_id, {(bao, p[1], core): one, (bao, p[2], important): other})
    services.import_scores(
        small.id, [ScoreEntry(ana, p[3], core, other)], round_number=1, source="paper"
    )
    services.clear_score(round_id, bao, p[1], core)
    services.record_score(round_id, bao, p[4], core, one)
    services.delete_proposals([p[4]])  # with its open-round score
    services.close_round(round_id)
    dots = services.open_round(small.id, method="dots", dots=5).subject
    assert dots is not None
    services.record_dots(dots, ana, p[0], one)
    services.record_dots(dots, bao, p[1], other)


def _timeless(value: object) -> object:
    """A payload without its time stamps (…_at), which differ between two runs."""
    if isinstance(value, dict):
        return {k: _timeless(v) for k, v in value.items() if not k.endswith("_at")}
    if isinstance(value, list):
        return [_timeless(v) for v in value]
    return value


def test_no_unrevealed_value_reaches_the_log(tmp_path: Path):
    """The same session with other values writes the same log, word for word."""
    logs = []
    for low in (True, False):
        store = open_store(tmp_path / f"{low}.sqlite")
        try:
            services = Services(store)
            build_demo(services)
            _session_of_entries(services, make_small(services), low)
            logs.append([(kind, _timeless(payload)) for _id, kind, _w, payload in events(store)])
            assert services.verify_audit_log() == []
        finally:
            store.close()
    assert logs[0] == logs[1]
    kinds = {kind for kind, _payload in logs[0]}
    assert {"score.recorded", "scores.set", "scores.imported", "dots.recorded"} <= kinds
    assert {"score.cleared", "proposals.deleted"} <= kinds
    assert not [p for _kind, p in logs[0] if isinstance(p, dict) and "sealed" in p]


def test_the_log_says_who_entered_what_but_not_the_value(services: Services, small: Small):
    round_id = services.open_round(small.id).subject
    assert round_id is not None
    change = services.record_score(
        round_id, small.people["Ana"], small.proposals[2], small.criteria["Core"], 5
    )
    assert change.sealed == {"value": 5, "previous": None}  # the caller's undo still has it
    [*_, (_id, kind, _workshop, payload)] = events(services.store)
    assert kind == "score.recorded"
    assert payload == {
        "subject": small.proposals[2],
        "participant": small.people["Ana"],
        "criterion": small.criteria["Core"],
        "proposals": [small.proposals[2]],
        "rounds": [round_id],
        "affects": ["ENTRIES"],
    }


def test_a_deleted_scored_card_leaves_a_count_in_the_log(services: Services, small: Small):
    round_id = services.open_round(small.id).subject
    assert round_id is not None
    for person in ("Ana", "Bao"):
        services.record_score(
            round_id, small.people[person], small.proposals[1], small.criteria["Core"], 3
        )
    deleted = services.delete_proposals([small.proposals[1]])
    [*_, (_id, kind, _workshop, payload)] = events(services.store)
    assert kind == "proposals.deleted"
    assert [c["entries"] for c in payload["cards"]] == [2]
    assert "sealed" not in payload and "scores" not in payload["cards"][0]
    # The undo reads the values from the change it holds, not from the log.
    services.undelete_proposals(deleted.detail, deleted.sealed)
    scores = services.sealed_entries(round_id).scores
    assert sorted(scores.values()) == [3, 3]


def test_the_reveal_records_the_count_and_digest_of_the_public_values(
    services: Services, small: Small
):
    round_id = services.open_round(small.id).subject
    assert round_id is not None
    for i, proposal in enumerate(small.proposals):
        services.record_score(
            round_id, small.people["Ana"], proposal, small.criteria["Important"], 1 + i % 5
        )
    services.close_round(round_id)
    closed = events(services.store)[-1][3]
    assert "entries_sha256" not in closed  # nothing committed to before the reveal

    revealed = services.reveal_round(round_id)

    assert revealed.detail["entries"] == len(small.proposals)
    with services.store.engine.connect() as conn:
        assert revealed.detail["entries_sha256"] == chain.entries_digest(conn, round_id)[1]
    assert events(services.store)[-1][3]["entries_sha256"] == revealed.detail["entries_sha256"]
    assert services.verify_audit_log() == []


def test_two_writers_at_once_keep_one_chain(store_target: str):
    """Two processes' worth of writers (two stores on one file) and two threads on each: the
    write lock orders their events, each one follows the one committed before it."""
    path = store_target
    first = open_store(path)
    second = open_store(path)
    try:
        small = make_small(Services(first))
        round_id = Services(first).open_round(small.id).subject
        assert round_id is not None
        sides = [Services(first), Services(second)]
        failures: list[BaseException] = []

        def write(services: Services, person: str, criterion: str) -> None:
            try:
                for n in range(12):
                    services.record_score(
                        round_id,
                        small.people[person],
                        small.proposals[n % 5],
                        small.criteria[criterion],
                        1 + n % 5,
                    )
            except BaseException as exc:  # told to the test below, not lost in a thread
                failures.append(exc)

        writers = [
            threading.Thread(target=write, args=(sides[i % 2], person, criterion))
            for i, (person, criterion) in enumerate(
                [("Ana", "Core"), ("Bao", "Core"), ("Ana", "Important"), ("Bao", "Important")]
            )
        ]
        for t in writers:
            t.start()
        for t in writers:
            t.join()
        assert failures == []
        assert sides[1].verify_audit_log() == []
        ids = [e[0] for e in events(first)]
        assert ids == list(range(ids[0], ids[0] + len(ids)))
        assert sum(1 for e in events(first) if e[1] == "score.recorded") == 48
    finally:
        first.close()
        second.close()


def test_a_change_polled_from_another_process_is_read_from_a_chained_event(
    services: Services, small: Small
):
    elsewhere = open_store(services.store.address)
    try:
        watcher = Services(elsewhere)
        change = services.move_proposals([small.proposals[0]], small.lanes["Shortlist"], 0)
        [seen] = watcher.poll_changes()
        assert seen.event_id == change.event_id
        head = watcher.audit_head()
        assert head is not None and head.event_id == change.event_id
        raw = json.dumps(change.payload(), ensure_ascii=False, default=str)
        assert events(elsewhere)[-1][3] == json.loads(raw)
    finally:
        elsewhere.close()
