"""The audit log's hash chain: the store refuses a rewrite, and a rewrite made anyway (the
triggers dropped, as a tamperer with the file would) is found and named."""

import importlib.util
import json
import sqlite3
from itertools import pairwise
from types import ModuleType

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from roadmap_desktop import bundled
from roadmap_desktop.services import ScoreEntry, Services
from roadmap_desktop.services.base import RULE_SENTENCES, rule_sentence
from roadmap_desktop.store import Store, chain, schema, triggers
from tests.services.helpers import Small, make_small
from tests.store.raw import raw


def _log(store: Store) -> list[tuple]:
    with raw(store) as conn:
        return conn.execute(chain.SELECT_ROWS).fetchall()


def _drop_event_triggers(conn) -> None:
    for name in ("event_no_update", "event_no_delete", "tr_event_chain"):
        conn.execute(f"DROP TRIGGER {name}")


@pytest.fixture
def logged(services: Services, small: Small) -> Services:
    """A store whose log holds a few kinds of events, a revealed round among them."""
    services.move_proposals([small.proposals[0]], small.lanes["Shortlist"], 0)
    round_id = services.open_round(small.id).subject
    assert round_id is not None
    services.record_score(
        round_id, small.people["Ana"], small.proposals[0], small.criteria["Core"], 4
    )
    services.close_round(round_id)
    services.reveal_round(round_id)
    return services


def test_a_demo_store_chains_every_event_and_checks_out(services: Services, demo: int):
    make_small(services)
    rows = _log(services.store)
    assert len(rows) > 3
    assert rows[0][5] == chain.GENESIS
    for before, after in pairwise(rows):
        assert after[5] == before[6]  # each event follows the one before it
    assert all(len(r[6]) == 64 and int(r[6], 16) >= 0 for r in rows)

    assert services.verify_audit_log() == []
    head = services.audit_head()
    assert head == chain.Head(rows[-1][0], rows[-1][6], len(rows))
    assert head.short() == rows[-1][6][:16]


def test_an_empty_log_has_no_head_and_nothing_wrong(services: Services):
    assert services.audit_head() is None
    assert services.verify_audit_log() == []


def test_the_head_moves_with_each_change(logged: Services, small: Small):
    before = logged.audit_head()
    assert before is not None
    change = logged.move_proposals([small.proposals[1]], small.lanes["Roadmap"], 0)
    after = logged.audit_head()
    assert after is not None
    assert (after.event_id, after.count) == (change.event_id, before.count + 1)
    assert after.hash != before.hash


@pytest.mark.parametrize(
    "sql", ["UPDATE event SET kind = 'forged'", "DELETE FROM event WHERE id = 2"]
)
def test_the_log_refuses_update_and_delete(logged: Services, sql: str):
    before = _log(logged.store)
    with raw(logged.store) as conn, pytest.raises(conn.IntegrityError, match="append-only"):
        conn.execute(sql)
    assert _log(logged.store) == before


@pytest.mark.usefixtures("sqlite_only")  # SQLite's own INSERT OR REPLACE
def test_insert_or_replace_cannot_rewrite_an_event(logged: Services):
    before = _log(logged.store)
    head = before[-1][6]
    with raw(logged.store) as conn, pytest.raises(conn.IntegrityError, match="tr_event_chain"):
        # A replacement that even follows the head: REPLACE would delete event #2 without
        # firing event_no_delete, so the BEFORE INSERT trigger refuses it first.
        conn.execute(
            "INSERT OR REPLACE INTO event (id, workshop_id, at, kind, payload, prev_hash, hash) "
            "VALUES (2, 1, '2026-01-01 00:00:00.000000', 'forged', '{}', ?, ?)",
            (head, chain.event_hash(head, 1, "2026-01-01 00:00:00", "forged", "{}")),
        )
    assert _log(logged.store) == before


@pytest.mark.parametrize(
    "prev", [chain.GENESIS, "f" * 64, None], ids=["genesis", "made-up", "missing"]
)
def test_an_event_that_does_not_follow_the_newest_is_refused(logged: Services, prev):
    before = _log(logged.store)
    with raw(logged.store) as conn, pytest.raises(conn.IntegrityError):
        conn.execute(
            "INSERT INTO event (workshop_id, at, kind, payload, prev_hash, hash) "
            "VALUES (1, '2026-01-01 00:00:00', 'forged', '{}', ?, ?)",
            (prev, "0" * 64),
        )
    assert _log(logged.store) == before


def test_a_forked_chain_is_refused_with_a_sentence(logged: Services):
    """Two events after the same one (two writers that both read the same head): the
    unique constraint holds even without the trigger."""
    with raw(logged.store) as conn:
        conn.execute("DROP TRIGGER tr_event_chain")
        prev = _log(logged.store)[-2][6]  # the one the newest already follows
    with pytest.raises(IntegrityError) as caught, logged.store.writer.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO event (workshop_id, at, kind, payload, prev_hash, hash) "
                "VALUES (1, '2026-01-01 00:00:00', 'x', '{}', :prev, :hash)"
            ),
            {"prev": prev, "hash": "1" * 64},
        )
    assert rule_sentence(caught.value) == RULE_SENTENCES["uq_event_chain"]
    assert RULE_SENTENCES["tr_event_chain"].endswith("try again.")


def test_an_event_edited_behind_the_triggers_back_is_named(logged: Services):
    rows = _log(logged.store)
    edited = rows[2][0]
    with raw(logged.store) as conn:
        _drop_event_triggers(conn)
        conn.execute("UPDATE event SET payload = '{\"subject\": 99}' WHERE id = ?", (edited,))

    problems = logged.verify_audit_log()

    assert problems == [f"Event #{edited} of the audit log was changed after it was written."]


def test_an_event_removed_or_rehashed_behind_the_triggers_back_is_named(logged: Services):
    rows = _log(logged.store)
    removed, rehashed = rows[1][0], rows[4][0]
    with raw(logged.store) as conn:
        _drop_event_triggers(conn)
        conn.execute("DELETE FROM event WHERE id = ?", (removed,))
        # A forger who recomputes the edited event's own hash still breaks the next link.
        _id, workshop, at, kind, _payload, prev, _hash = rows[4]
        forged = chain.event_hash(prev, workshop, at, kind, "{}")
        conn.execute("UPDATE event SET payload = '{}', hash = ? WHERE id = ?", (forged, rehashed))

    problems = logged.verify_audit_log()

    assert f"Event #{rows[2][0]} of the audit log does not follow the one before it" in problems[0]
    assert f"Event #{rows[5][0]} of the audit log does not follow" in problems[1]
    if logged.store.path is None:
        # PostgreSQL's sequences skip the ids of writes rolled back: a gap says nothing.
        assert len(problems) == 2
        return
    assert problems[2] == f"Event #{removed} of the audit log was removed."
    assert len(problems) == 3
    assert all(p.endswith(".") and "\n" not in p for p in problems)


def test_many_broken_events_are_told_in_a_few_sentences(services: Services, small: Small):
    for _ in range(10):
        services.move_proposals([small.proposals[0]], small.lanes["Shortlist"], 0)
        services.move_proposals([small.proposals[0]], small.lanes["Inbox"], 0)
    with raw(services.store) as conn:
        _drop_event_triggers(conn)
        conn.execute("UPDATE event SET payload = '{}'")
    problems = services.verify_audit_log()
    assert len(problems) == chain.MAX_PROBLEMS + 1
    assert problems[-1].startswith("… and ")


def test_a_revealed_score_changed_behind_the_triggers_back_is_named(logged: Services):
    with raw(logged.store) as conn:
        conn.execute("DROP TRIGGER tr_score_round_open_update")
        conn.execute("UPDATE score SET value = 1")

    problems = logged.verify_audit_log()

    assert len(problems) == 1
    assert problems[0].startswith("Round 1's entries are not those its reveal recorded")
    assert "4" not in problems[0].split("(")[0]  # says the round, never a value


def test_the_reveal_commits_to_the_entries_it_makes_public(logged: Services):
    [(_id, payload)] = [
        (r[0], json.loads(r[4])) for r in _log(logged.store) if r[3] == chain.REVEAL_KIND
    ]
    with logged.store.engine.connect() as conn:
        assert (payload["entries"], payload["entries_sha256"]) == chain.entries_digest(
            conn, payload["subject"]
        )
    assert payload["entries"] == 1


def test_a_round_revealed_by_an_import_is_still_sound(services: Services, small: Small):
    entries = [
        ScoreEntry(small.people["Ana"], p, small.criteria["Core"], 3) for p in small.proposals
    ]
    services.import_scores(small.id, entries, reveal=True)
    assert services.verify_audit_log() == []


def test_a_head_store_holds_exactly_the_listed_triggers(store: Store):
    with store.engine.connect() as conn:
        names = triggers.names(conn)
    # (PostgreSQL's store also tells other laptops of each event: schema.PG_TRIGGERS.)
    assert names - schema.PG_TRIGGERS == schema.TRIGGERS
    with store.engine.connect() as conn:
        assert chain.missing_triggers(conn) == []


def test_a_dropped_trigger_is_missed(store: Store):
    with raw(store) as conn:
        conn.execute("DROP TRIGGER event_no_delete")
        conn.execute("DROP TRIGGER tr_event_chain")
        if isinstance(conn, sqlite3.Connection):
            assert chain.missing_triggers(conn) == ["event_no_delete", "tr_event_chain"]
    with store.engine.connect() as conn:
        assert chain.missing_triggers(conn) == ["event_no_delete", "tr_event_chain"]


@pytest.mark.usefixtures("sqlite_only")  # the chain read through sqlite3 itself
def test_the_sqlite3_and_sqlalchemy_views_agree(logged: Services):
    with raw(logged.store) as conn:
        plain = chain.audit_problems(conn)
    assert plain == logged.verify_audit_log() == []


def _migration() -> ModuleType:
    path = next((bundled.migrations_dir() / "versions").glob("0007_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0007", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "at",
    ["2026-03-04 05:06:07.089000", "2026-03-04 05:06:07", "2026-03-04T05:06:07+00:00", "garbage"],
)
def test_the_migrations_frozen_hash_is_the_chains(at: str):
    """Migration 0007 chains the events of older stores with its own copy of the hash."""
    frozen = _migration()
    for workshop in (None, 3):
        assert frozen.event_hash(
            chain.GENESIS, workshop, at, "k", '{"a": "é"}'
        ) == chain.event_hash(chain.GENESIS, workshop, at, "k", '{"a": "é"}')
    assert frozen.GENESIS == chain.GENESIS


def test_an_event_without_its_hash_is_a_changed_event():
    """chain.verify takes rows as any driver hands them back, a hash missing included."""
    problems, head = chain.verify(
        [(1, None, "2026-01-01 00:00:00", "k", "{}", chain.GENESIS, None)]
    )
    assert problems == ["Event #1 of the audit log was changed after it was written."]
    assert head == chain.Head(1, "", 1)


@pytest.mark.usefixtures("sqlite_only")  # PostgreSQL's ids skip a rolled-back write's
def test_the_newest_events_removed_are_named_though_the_chain_still_holds(logged: Services):
    """Cutting the log's tail leaves a sound chain: the ids, never reused, still tell."""
    rows = _log(logged.store)
    with raw(logged.store) as conn:
        _drop_event_triggers(conn)
        conn.execute("DELETE FROM event WHERE id >= ?", (rows[-2][0],))
    assert chain.verify(_log(logged.store))[0] == []

    problems = logged.verify_audit_log()

    assert problems == [f"The newest events of the audit log, after #{rows[-3][0]}, were removed."]


@pytest.mark.usefixtures("sqlite_only")  # PostgreSQL's ids skip a rolled-back write's
def test_a_gap_of_several_events_is_one_sentence(logged: Services):
    rows = _log(logged.store)
    with raw(logged.store) as conn:
        _drop_event_triggers(conn)
        conn.execute("DELETE FROM event WHERE id IN (?, ?)", (rows[1][0], rows[2][0]))
    problems = logged.verify_audit_log()
    assert f"Events #{rows[1][0]} to #{rows[2][0]} of the audit log were removed." in problems
