"""Opening stores: schema head, SQLite pragmas, refusing what is not ours, backups, triggers."""

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from roadmap_desktop import bundled
from roadmap_desktop.services import Services
from roadmap_desktop.store import Store, StoreError, chain, checks, engine, open_store, schema
from roadmap_desktop.store.schema import HEAD, REVISIONS
from tests.services.helpers import file_snapshot, make_small


def _revision_in_file(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        conn.close()


def _refused(target: Path | str) -> StoreError:
    with pytest.raises(StoreError) as caught:
        open_store(target).close()
    message = str(caught.value)
    # A sentence a facilitator can read: no traceback, no driver jargon, a full stop.
    assert message.endswith("."), message
    assert "Traceback" not in message
    assert "\n" not in message
    return caught.value


def _pragma(store: Store, name: str) -> object:
    with store.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


@pytest.mark.usefixtures("sqlite_only")
def test_a_new_store_is_at_head(store, tmp_path):
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    assert store.path == tmp_path / "store.sqlite"
    assert store.backup is None


def test_head_is_alembics_head_and_revisions_list_every_script():
    scripts = ScriptDirectory(str(bundled.migrations_dir()))
    assert scripts.get_heads() == [HEAD]
    oldest_first = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(oldest_first) == REVISIONS


def test_migrations_create_exactly_the_tables_of_the_code(store):
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diffs == []


@pytest.mark.usefixtures("sqlite_only")
def test_reopening_a_store_at_head_keeps_its_data_and_makes_no_backup(store, tmp_path):
    workshop = make_small(Services(store))
    store.close()
    again = open_store(tmp_path / "store.sqlite")
    try:
        assert again.backup is None
        assert Services(again).workshop(workshop.id).name == "Small workshop"
    finally:
        again.close()
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("journal_mode", "wal"),
        ("foreign_keys", 1),
        ("busy_timeout", engine.BUSY_TIMEOUT_MS),
        ("synchronous", 2),  # FULL
    ],
)
@pytest.mark.usefixtures("sqlite_only")
def test_every_connection_gets_the_pragmas(store, name, expected):
    assert _pragma(store, name) == expected
    # …also a second connection drawn while the first is busy.
    with store.engine.connect() as first, store.engine.connect() as second:
        assert first.exec_driver_sql(f"PRAGMA {name}").scalar() == expected
        assert second.exec_driver_sql(f"PRAGMA {name}").scalar() == expected


def test_busy_timeout_is_a_few_seconds():
    assert 1000 <= engine.BUSY_TIMEOUT_MS <= 30_000


def test_integrity_check_is_ok_on_new_and_demo_stores(store, demo):
    assert demo
    assert store.integrity_check() == "ok"


@pytest.mark.parametrize(
    "content",
    [
        b"participant,proposal,criterion,score\nAna,Alpha,Core,4\n",
        bytes(range(256)) * 8,
        b"SQLite format 3\x00" + b"\xff" * 4000,  # our header, then garbage: a damaged file
    ],
    ids=["text", "random-bytes", "damaged"],
)
def test_a_file_that_is_not_a_store_is_refused_with_a_sentence_and_left_alone(tmp_path, content):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    error = _refused(path)
    assert error.environment is True
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_a_folder_is_refused(tmp_path):
    error = _refused(tmp_path)
    assert "folder" in str(error)


def test_a_foreign_sqlite_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "payroll.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE employee (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO employee (name) VALUES ('Ana')")
    conn.close()
    before = file_snapshot(path)

    error = _refused(path)

    assert "not a Roadmap Desktop store" in str(error)
    assert file_snapshot(path) == before
    assert "alembic_version" not in before


@pytest.mark.usefixtures("sqlite_only")
def test_a_store_from_a_newer_version_is_refused_and_left_alone(store, tmp_path):
    make_small(Services(store))
    store.close()
    path = tmp_path / "store.sqlite"
    _set_revision(path, "9999")
    before = file_snapshot(path)

    error = _refused(path)

    assert "newer version" in str(error)
    assert "9999" in str(error)
    assert file_snapshot(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_missing_driver_is_a_sentence():
    error = _refused("postgresql+nosuchdriver://user:secret@localhost/roadmap")
    assert "driver" in str(error)
    assert "secret" not in str(error)


def test_the_event_log_refuses_update_and_delete(store, small_workshop):
    with store.writer.begin() as conn:  # an event by hand follows the chain (schema 0007)
        prev = conn.exec_driver_sql(chain.SELECT_HEAD).scalar()
        conn.execute(
            text(
                "INSERT INTO event (at, kind, payload, prev_hash, hash) "
                "VALUES ('2026-01-01', 'x', '{}', :prev, :hash)"
            ),
            {"prev": prev, "hash": chain.event_hash(prev, None, "2026-01-01", "x", "{}")},
        )
    before = _events(store)
    for sql in ("UPDATE event SET kind = 'forged'", "DELETE FROM event"):
        with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
            conn.execute(text(sql))
    assert _events(store) == before
    assert len(before) >= 3


def _events(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM event ORDER BY id")).all()]


@pytest.fixture
def small_workshop(services):
    return make_small(services)


@pytest.mark.usefixtures("sqlite_only")
def test_back_up_copies_committed_data_still_in_the_wal(store, small_workshop, tmp_path):
    # The engine is still open: the workshop sits in the -wal file, not yet in the main file.
    assert (tmp_path / "store.sqlite-wal").stat().st_size > 0

    copy = engine._back_up(tmp_path / "store.sqlite", "0001")

    assert copy.parent == tmp_path / "backups"
    assert copy.name.startswith("store-")
    assert copy.name.endswith("-before-migration.sqlite")
    assert copy.stat().st_mode & 0o777 == 0o600  # it holds what the store holds
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [r[0] for r in conn.execute("SELECT name FROM workshop")]
        titles = [r[0] for r in conn.execute("SELECT title FROM proposal ORDER BY id")]
    finally:
        conn.close()
    assert names == ["Small workshop"]
    assert titles == ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]


PROBE_MIGRATION = '''"""A later schema for the test: adds one table.

Revision ID: 0099
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("migration_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("migration_probe")
'''


@pytest.mark.usefixtures("sqlite_only")
def test_an_older_store_is_backed_up_then_migrated(store, tmp_path, monkeypatch):
    """A store at today's head opened by a (simulated) later version whose head is 0099."""
    path = tmp_path / "store.sqlite"
    workshop = make_small(Services(store))
    store.close()

    migrations = tmp_path / "migrations"
    shutil.copytree(
        bundled.migrations_dir(), migrations, ignore=shutil.ignore_patterns("__pycache__")
    )
    probe = PROBE_MIGRATION.replace("{head}", engine.HEAD)
    (migrations / "versions" / "0099_probe.py").write_text(probe, encoding="utf-8")
    monkeypatch.setattr(bundled, "migrations_dir", lambda: migrations)
    later = (*engine.REVISIONS, "0099")
    for module in (engine, checks):  # opening reads the revision (checks) and migrates (engine)
        monkeypatch.setattr(module, "REVISIONS", later)
        monkeypatch.setattr(module, "HEAD", "0099")

    upgraded = open_store(path)
    try:
        assert upgraded.backup is not None
        assert upgraded.backup.name.endswith("-before-migration.sqlite")
        assert Services(upgraded).workshop(workshop.id).name == "Small workshop"
        assert upgraded.integrity_check() == "ok"
    finally:
        upgraded.close()

    assert _revision_in_file(path) == "0099"
    assert "migration_probe" in file_snapshot(path)
    # The backup is the store as it was: old revision, same data, no new table.
    old = file_snapshot(upgraded.backup)
    assert _revision_in_file(upgraded.backup) == schema.HEAD
    assert "migration_probe" not in old
    assert [r[1] for r in old["workshop"]] == ["Small workshop"]
    assert len(old["proposal"]) == 5

    # Opening again at the new head makes no second backup.
    again = open_store(path)
    again.close()
    assert again.backup is None
    assert len(os.listdir(tmp_path / "backups")) == 1


def _downgrade(store, revision: str) -> None:
    """The real migrations down to revision, with foreign keys off as open_store runs them
    up (a batch migration rebuilds tables; with foreign keys on, dropping a parent would
    cascade to its children)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(bundled.migrations_dir()))
    with store.engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        with conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, revision)
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")


@pytest.mark.usefixtures("sqlite_only")
def test_a_store_at_the_first_schema_is_backed_up_and_gets_the_covering_index(store, tmp_path):
    """The real 0001 → 0002 migration on a store with data."""
    path = tmp_path / "store.sqlite"
    workshop = make_small(Services(store))
    _downgrade(store, "0001")
    store.close()
    assert _revision_in_file(path) == "0001"

    upgraded = open_store(path)
    try:
        assert upgraded.backup is not None
        assert upgraded.backup.name.endswith("-before-migration.sqlite")
        assert Services(upgraded).workshop(workshop.id).name == "Small workshop"
        with upgraded.engine.connect() as conn:
            plan = conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT participant_id, proposal_id, criterion_id, value "
                "FROM score WHERE round_id = 1"
            ).all()
        assert "COVERING INDEX ix_score_round_cover" in plan[0][-1]
        assert upgraded.integrity_check() == "ok"
    finally:
        upgraded.close()
    assert _revision_in_file(path) == schema.HEAD
    assert _revision_in_file(upgraded.backup) == "0001"


@pytest.mark.usefixtures("sqlite_only")
def test_a_store_at_0002_keeps_its_rounds_and_scores_through_0003_and_back(store, tmp_path):
    """The real 0002 ↔ 0003 migration: old rounds cover everything; nothing is lost either way.

    (A batch migration that copied `round` would DROP it, and with foreign keys on SQLite's
    DROP TABLE deletes every score and dot vote first: this test guards against that.)
    """
    from roadmap_desktop.services import ScoreEntry

    path = tmp_path / "store.sqlite"
    services = Services(store)
    small = make_small(services)
    services.import_scores(
        small.id,
        [ScoreEntry(small.people["Ana"], p, small.criteria["Core"], 4) for p in small.proposals],
        reveal=True,
    )
    dots = services.open_round(small.id, method="dots", dots=3, minutes=5).subject
    services.record_dots(dots, small.people["Bao"], small.proposals[1], 2)
    results = services.results(small.id, 1)
    _downgrade(store, "0002")
    store.close()
    assert _revision_in_file(path) == "0002"
    old = file_snapshot(path)
    assert "round_proposal" not in old
    assert len(old["score"]) == 5
    assert len(old["dot_vote"]) == 1

    upgraded = open_store(path)
    try:
        assert upgraded.backup is not None
        assert upgraded.backup.name.endswith("-before-migration.sqlite")
        again = Services(upgraded)
        rounds = again.workshop(small.id).rounds
        assert [(r.number, r.scope, r.deadline_at) for r in rounds] == [
            (1, "all", None),
            (2, "all", None),
        ]
        assert again.round_scope(rounds[0].id) is None
        assert again.results(small.id, 1) == results
        assert again.sealed_entries(dots).dots == {(small.people["Bao"], small.proposals[1]): 2}
        assert upgraded.integrity_check() == "ok"
    finally:
        upgraded.close()
    assert _revision_in_file(path) == schema.HEAD == "0011"


def _rootpage(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    finally:
        conn.close()


def _links(path: Path) -> list[tuple[int, int]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT domain_id, category_id FROM proposal ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.usefixtures("sqlite_only")
def test_short_labels_come_and_go_in_place_between_0005_and_0006(store, tmp_path):
    """The real 0005 ↔ 0006 migration: the columns are added and dropped without copying
    `domain` or `category` (a copy would DROP the original: see 0003), the San José model's
    names get their labels, and every proposal keeps its domain and category."""
    from roadmap_desktop.services.specs import ProposalSpec, WorkshopSpec

    path = tmp_path / "store.sqlite"
    services = Services(store)
    workshop = services.create_workshop(WorkshopSpec.san_jose("San José")).subject
    pilot = "Strategy / demonstration / pilot"
    services.add_proposals(
        workshop, [ProposalSpec("Drones", domain="Demonstration", category=pilot)]
    )
    links = _links(path)
    assert None not in links[0]
    pages = {t: _rootpage(path, t) for t in ("domain", "category")}

    _downgrade(store, "0005")
    store.close()
    old = file_snapshot(path)
    assert _revision_in_file(path) == "0005"
    assert {t: _rootpage(path, t) for t in pages} == pages
    assert len(old["domain"][0]) == 5 and len(old["category"][0]) == 5  # no short_name
    assert _links(path) == links

    upgraded = open_store(path)
    try:
        assert upgraded.backup is not None
        assert upgraded.backup.name.endswith("-before-migration.sqlite")
        assert upgraded.integrity_check() == "ok"
        info = Services(upgraded).workshop(workshop)
        assert [d.short for d in info.domains] == [
            "Safe",
            "Inclusive",
            "Friendly",
            "Sustainable",
            "Demo",
        ]
        assert [c.short_name for c in info.categories] == ["At scale", "Pilot", "Capacity"]
    finally:
        upgraded.close()
    assert _revision_in_file(path) == HEAD
    assert {t: _rootpage(path, t) for t in pages} == pages
    assert _links(path) == links


@pytest.mark.parametrize("table", ["domain", "category"])
@pytest.mark.usefixtures("sqlite_only")
def test_the_store_refuses_a_short_label_over_24_characters(store, small_workshop, table):
    conn = sqlite3.connect(store.path)
    try:
        with conn:
            conn.execute(f"UPDATE {table} SET short_name = ?", ("x" * 24,))
        with pytest.raises(sqlite3.IntegrityError, match=f"ck_{table}_short_name"), conn:
            conn.execute(f"UPDATE {table} SET short_name = ?", ("x" * 25,))
        labels = conn.execute(f"SELECT DISTINCT short_name FROM {table}").fetchall()
    finally:
        conn.close()
    assert labels == [("x" * 24,)]
