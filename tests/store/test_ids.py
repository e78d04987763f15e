"""Ids are never reused (migration 0007), and a store from schema 0006 comes through that
migration with every row, its log scrubbed of values and chained."""

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from roadmap_desktop import bundled
from roadmap_desktop.services import Services
from roadmap_desktop.services.demo import build_demo
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.store import Store, chain, open_store
from roadmap_desktop.store.schema import HEAD
from tests.services.helpers import Small, content, make_small
from tests.store.test_chain import _migration

# The tables migration 0007 gives AUTOINCREMENT, and those later revisions create with it (a
# test below checks they are every table with an integer id).
TABLES_0007: tuple[str, ...] = _migration().TABLES
ID_TABLES: tuple[str, ...] = (*TABLES_0007, "proposal_note", "scenario")  # 0011
# The tables of schema 0006, with the columns it gave them (event: before the chain).
TABLES_0006 = (*TABLES_0007, "round_proposal", "ballot_submission")


def _sql(path: Path, query: str, *args: object) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(query, args).fetchall()


@pytest.mark.usefixtures("sqlite_only")
def test_every_table_with_an_integer_id_never_reuses_one(store: Store):
    assert store.path is not None
    for table in ID_TABLES:
        [(create,)] = _sql(store.path, "SELECT sql FROM sqlite_master WHERE name = ?", table)
        assert "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT" in create, table
        assert SQLModel.metadata.tables[table].dialect_options["sqlite"]["autoincrement"], table
    # …and the integer-keyed tables are all of them.
    integer_ids = {
        name
        for name, table in SQLModel.metadata.tables.items()
        if list(table.primary_key.columns.keys()) == ["id"] and table.c.id.type.python_type is int
    }
    assert integer_ids == set(ID_TABLES)


def test_a_deleted_proposals_id_is_never_given_again(services: Services, small: Small):
    newest = small.proposals[-1]
    deleted = services.delete_proposals([newest])

    added = services.add_proposals(small.id, [ProposalSpec("Foxtrot")]).proposals

    assert added[0] > newest
    before = content(services.store)
    # The undo of the delete finds its id free: the card comes back under its own number.
    services.undelete_proposals(deleted.detail, deleted.sealed)
    assert services.proposal(newest).title == "Echo"
    assert len(content(services.store)["proposal"]) == len(before["proposal"]) + 1


def test_an_undelete_with_entries_still_brings_them_back(services: Services, small: Small):
    round_id = services.open_round(small.id).subject
    assert round_id is not None
    newest = small.proposals[-1]
    services.record_score(round_id, small.people["Ana"], newest, small.criteria["Core"], 5)
    before = content(services.store)
    deleted = services.delete_proposals([newest])
    services.undelete_proposals(deleted.detail, deleted.sealed)
    assert content(services.store) == before


@pytest.mark.usefixtures("sqlite_only")
def test_event_ids_strictly_increase_across_a_removed_event(services: Services, small: Small):
    """Even an event removed behind the triggers' back leaves its id unused: the next one
    gets a new id, so the gap shows."""
    first = services.move_proposals([small.proposals[0]], small.lanes["Shortlist"], 0)
    assert services.store.path is not None and first.event_id is not None
    with closing(sqlite3.connect(services.store.path, isolation_level=None)) as conn:
        conn.execute("DROP TRIGGER event_no_delete")
        conn.execute("DELETE FROM event WHERE id = ?", (first.event_id,))
    second = services.move_proposals([small.proposals[0]], small.lanes["Inbox"], 0)
    assert second.event_id == first.event_id + 1
    assert services.verify_audit_log() == [f"Event #{first.event_id} of the audit log was removed."]


# -- a store from schema 0006 -------------------------------------------------------------------


def _store_at(path: Path, revision: str) -> None:
    """A new store at an older revision, made by the real migrations up to it."""
    config = Config()
    config.set_main_option("script_location", str(bundled.migrations_dir()))
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn, conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


# Events as schema 0006 and earlier wrote them: values in the log.
OLD_EVENTS = [
    ("score.recorded", {"subject": 1, "participant": 2, "criterion": 3, "value": 4, "previous": 2}),
    ("score.recorded", {"subject": 1, "participant": 2, "sealed": {"value": 5, "previous": 4}}),
    ("dots.recorded", {"subject": 1, "participant": 2, "dots": 3, "previous": 0}),
    ("scores.set", {"round": 1, "count": 2, "previous": [[1, 2, 3, None]]}),
    ("scores.imported", {"round": 1, "count": 1, "sealed": {"values": [[1, 2, 3, 4]]}}),
    (
        "proposal.deleted",
        {"id": 9, "title": "Gone", "scores": [{"id": 1, "value": 4}], "dot_votes": []},
    ),
    (
        "proposals.deleted",
        {
            "cards": [{"id": 9, "title": "Gone", "entries": 1}],
            "sealed": {"entries": [{"id": 9, "scores": [{"value": 4}], "dot_votes": []}]},
        },
    ),
    ("proposal.undeleted", {"title": "Gone", "scores": 1, "dot_votes": 0}),
    ("round.opened", {"subject": 1, "number": 1, "method": "dots", "dots": 3}),
    ("lane.renamed", {"subject": 1, "name": "Día", "previous": "Inbox"}),
]
VALUE_KEYS = {"value", "values", "previous", "dots"}
ENTRY_KINDS = ("score.recorded", "score.cleared", "scores.set", "scores.imported", "dots.recorded")


def _old_store(path: Path, source: Store) -> dict[str, list[tuple]]:
    """A store at 0006 holding the source store's rows (copied under 0006's columns, its
    rules' triggers set aside while copying), then the events of OLD_EVENTS."""
    _store_at(path, "0006")
    assert source.path is not None
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("ATTACH DATABASE ? AS head", (str(source.path),))
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
        conn.execute("BEGIN")
        for name, _sql_text in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        for table in TABLES_0006:
            names = ", ".join(f'"{c}"' for c in _columns(conn, table))
            conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM head.{table}")
        for _name, sql in triggers:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE head")
        for kind, payload in OLD_EVENTS:
            conn.execute(
                "INSERT INTO event (workshop_id, at, kind, payload) VALUES (1, ?, ?, ?)",
                ("2026-02-03 04:05:06.000007", kind, json.dumps(payload, ensure_ascii=False)),
            )
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES_0006}


def test_a_store_at_0006_keeps_every_row_and_gets_a_sound_chain(tmp_path: Path):
    source = open_store(tmp_path / "source.sqlite")
    try:
        services = Services(source)
        build_demo(services)
        small = make_small(services)
        round_id = services.open_round(small.id).subject
        assert round_id is not None
        services.record_score(
            round_id, small.people["Ana"], small.proposals[0], small.criteria["Core"], 4
        )
        old = _old_store(tmp_path / "store.sqlite", source)
    finally:
        source.close()
    assert all(old[t] for t in ("workshop", "proposal", "score", "event", "round_proposal"))

    upgraded = open_store(tmp_path / "store.sqlite")
    try:
        assert upgraded.backup is not None  # (the migration's safety copy)
        assert upgraded.integrity_check() == "ok"
        with upgraded.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []
            assert chain.missing_triggers(conn) == []
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert Services(upgraded).verify_audit_log() == []
    finally:
        upgraded.close()

    path = tmp_path / "store.sqlite"
    assert _sql(path, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    # The columns schema 0006 had, read from a store made at 0006 (later ones are new).
    _store_at(tmp_path / "at_0006.sqlite", "0006")
    with closing(sqlite3.connect(tmp_path / "at_0006.sqlite")) as ref:
        columns_0006 = {table: _columns(ref, table) for table in TABLES_0006}
    with closing(sqlite3.connect(path)) as conn:
        for table in TABLES_0006:
            names = ", ".join(f'"{c}"' for c in columns_0006[table])
            rows = conn.execute(f"SELECT {names} FROM {table} ORDER BY 1, 2").fetchall()
            if table == "event":
                rows = rows[: len(old["event"])]
                assert [r[:4] for r in rows] == [r[:4] for r in old["event"]]
            else:
                assert rows == old[table], table
        # No id is given again, from the largest one the store held.
        for table in TABLES_0007:
            seq = conn.execute(
                "SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)
            ).fetchall()
            largest = max((r[0] for r in old[table]), default=0)
            assert (seq[0][0] if seq else 0) == largest, table
        payloads = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, kind, payload FROM event")}

    # The log holds no value any more; a payload that held none is kept byte for byte.
    for event_id, _workshop, _at, kind, written in old["event"]:
        now_kind, now = payloads[event_id]
        assert now_kind == kind
        body = json.loads(now)
        assert "sealed" not in body, event_id
        if kind in ENTRY_KINDS:
            assert not VALUE_KEYS & body.keys(), (kind, body)
        for card in [body, *body.get("cards", [])]:
            assert not isinstance(card.get("scores"), list), (kind, body)
        held = json.loads(written)
        if (
            not ({"sealed", "scores"} | (VALUE_KEYS if kind in ENTRY_KINDS else set()))
            & held.keys()
        ):
            assert now == written, (kind, written)
    by_kind = {kind: json.loads(p) for kind, p in payloads.values()}
    assert by_kind["round.opened"]["dots"] == 3  # dots per director: a setting, not a vote
    assert by_kind["lane.renamed"]["previous"] == "Inbox"  # an old name, not a value
    assert by_kind["proposal.deleted"] == {"id": 9, "title": "Gone", "entries": 1}
    assert by_kind["proposal.undeleted"] == {"title": "Gone", "scores": 1, "dot_votes": 0}
    assert by_kind["proposals.deleted"] == {"cards": [{"id": 9, "title": "Gone", "entries": 1}]}
    assert by_kind["dots.recorded"] == {"subject": 1, "participant": 2}

    # The store goes on: a new event follows the migrated ones.
    reopened = open_store(path)
    try:
        again = Services(reopened)
        moved = again.move_proposals([small.proposals[1]], small.lanes["Shortlist"], 0)
        assert moved.event_id == old["event"][-1][0] + 1
        assert again.verify_audit_log() == []
        head = again.audit_head()
        assert head is not None and head.event_id == moved.event_id
    finally:
        reopened.close()


@pytest.mark.usefixtures("sqlite_only")
def test_going_back_to_0006_and_up_again_keeps_the_log_sound(
    services: Services, small: Small, tmp_path: Path
):
    from tests.store.test_engine import _downgrade

    services.move_proposals([small.proposals[0]], small.lanes["Shortlist"], 0)
    before = content(services.store)
    _downgrade(services.store, "0006")
    services.store.close()
    path = tmp_path / "store.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        assert "hash" not in _columns(conn, "event")
        assert {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        } >= {"event_no_update", "event_no_delete"}

    upgraded = open_store(path)
    try:
        again = Services(upgraded)
        assert content(upgraded) == before
        assert again.verify_audit_log() == []
        with upgraded.engine.connect() as conn:
            assert chain.missing_triggers(conn) == []
            assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []
    finally:
        upgraded.close()


@pytest.mark.parametrize("kind", ["score.recorded", "proposals.deleted", "lane.renamed"])
def test_the_scrub_leaves_a_payload_without_values_as_it_was_written(kind: str):
    frozen = _migration()
    text = '{"subject": 1,  "name": "Día"}'  # odd spacing, kept byte for byte
    assert frozen.scrub(kind, text) == text
    assert frozen.scrub(kind, "not json") == "not json"
