"""A record that can be trusted: ids never reused, a hash-chained event log, no sealed values.

- Every table with an integer id gets `id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT`, so a
  deleted row's id is never given to a newer one (an undo of a delete finds its id free, an
  event id names one event for good). On SQLite that takes a rebuild, by SQLite's own
  procedure (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema
  Changes"): the table's CREATE statement from sqlite_master with the new id column, the rows
  copied, the old table dropped, the new one renamed, its indexes made again. Every trigger is
  saved, dropped first and made again at the end, so no trigger body names a table that is
  gone for a moment. open_store runs this with foreign keys off and checks them after.
  PostgreSQL's sequences never reuse an id: nothing to rebuild there.
- event.prev_hash and event.hash chain the audit log (roadmap_desktop/store/chain.py): each
  event carries the SHA-256 of the one before and of its own content. No two events follow
  the same one (uq_event_chain), and the trigger tr_event_chain refuses an event that does
  not follow the newest, or that would replace one (INSERT OR REPLACE deletes without firing
  event_no_delete; a BEFORE INSERT trigger runs first).
- Values of scores and dots leave the log: older events kept them (a typed score, the value
  it replaced, every entry of a deleted proposal). They are scrubbed before the chain is
  computed, so the chain commits to the log as it now is.

Downgrade drops the chain (the columns, the unique constraint and tr_event_chain) and keeps
AUTOINCREMENT, which schema 0006 reads as it reads any id; rebuilding every parent table
again would cost a copy and a DROP of each (see 0003). Scrubbed values do not come back.

Frozen: the hash and the scrub are written out here, as they were at this revision.

Revision ID: 0007
Revises: 0006
"""

import hashlib
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from roadmap_desktop.store import triggers
from roadmap_desktop.store.triggers import Trigger

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = (
    "workshop",
    "lane",
    "domain",
    "category",
    "proposal",
    "criterion",
    "participant",
    "round",
    "score",
    "dot_vote",
    "event",
    "ballot_token",
)
GENESIS = "0" * 64  # the prev_hash of the first event
# The newest event's hash, as the trigger reads it (GENESIS for an empty log).
_HEAD = f"coalesce((SELECT hash FROM event ORDER BY id DESC LIMIT 1), '{GENESIS}')"
CHAIN = Trigger(
    "tr_event_chain", "BEFORE", "INSERT", "event",
    f"NEW.prev_hash IS NOT {_HEAD} OR EXISTS (SELECT 1 FROM event WHERE id = NEW.id)",
    "tr_event_chain",
    pg_when=f"NEW.prev_hash IS DISTINCT FROM {_HEAD} "
    "OR EXISTS (SELECT 1 FROM event WHERE id = NEW.id)",
)  # fmt: skip
APPEND_ONLY = [
    Trigger(f"event_no_{verb.lower()}", "BEFORE", verb, "event", None,
            "the event log is append-only")
    for verb in ("UPDATE", "DELETE")
]  # fmt: skip
EVENT_0006 = (
    "CREATE TABLE new_event (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
    "\tworkshop_id INTEGER, \n\tat DATETIME NOT NULL, \n\tkind VARCHAR NOT NULL, \n"
    "\tpayload TEXT NOT NULL\n)"
)
CHAIN_COLUMNS = (
    ", \n\tprev_hash VARCHAR NOT NULL, \n\thash VARCHAR NOT NULL, "
    "\n\tCONSTRAINT uq_event_chain UNIQUE (prev_hash)"
)

# Values a round keeps sealed until its reveal, as older events held them.
ENTRY_KINDS = {"score.recorded", "score.cleared", "scores.set", "scores.imported", "dots.recorded"}
ENTRY_VALUES = ("value", "values", "previous", "dots")

_CREATE = re.compile(r'^CREATE TABLE\s+("?)(\w+)\1\s*\(', re.IGNORECASE)
_ID_COLUMN = re.compile(r"\(\s*id INTEGER NOT NULL\s*,", re.IGNORECASE)
_ID_KEY = re.compile(r",\s*PRIMARY KEY \(id\)", re.IGNORECASE)


# -- the chain and the scrub, as at this revision ---------------------------------------------


def _at_text(at: object) -> str:
    try:
        value = datetime.fromisoformat(str(at))
    except ValueError:
        return str(at)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")


def event_hash(prev_hash: str, workshop_id: int | None, at: object, kind: str, payload: str) -> str:
    body = json.dumps(
        [prev_hash, workshop_id, _at_text(at), kind, payload],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _without_entries(record: dict[str, Any]) -> dict[str, Any]:
    """A deleted card's record with its entries counted, not copied."""
    if not any(isinstance(record.get(k), list) for k in ("scores", "dot_votes")):
        return record
    out = {k: v for k, v in record.items() if k not in ("scores", "dot_votes")}
    out.setdefault(
        "entries",
        sum(len(record[k]) for k in ("scores", "dot_votes") if isinstance(record.get(k), list)),
    )
    return out


def scrub(kind: str, payload: str) -> str:
    """The payload without a score's or a dot's value; unchanged text when it held none."""
    try:
        body = json.loads(payload)
    except ValueError:
        return payload
    if not isinstance(body, dict):
        return payload
    out = _without_entries({k: v for k, v in body.items() if k != "sealed"})
    if kind in ENTRY_KINDS:
        out = {k: v for k, v in out.items() if k not in ENTRY_VALUES}
    if isinstance(out.get("cards"), list):
        out["cards"] = [_without_entries(c) if isinstance(c, dict) else c for c in out["cards"]]
    if out == body:
        return payload
    return json.dumps(out, ensure_ascii=False, default=str)


def _chained(rows: list[Any]) -> list[tuple[Any, ...]]:
    """(id, workshop_id, at, kind, payload, prev_hash, hash) for each event, in id order."""
    out: list[tuple[Any, ...]] = []
    prev = GENESIS
    for event_id, workshop_id, at, kind, payload in rows:
        clean = scrub(kind, payload)
        digest = event_hash(prev, workshop_id, at, kind, clean)
        out.append((event_id, workshop_id, at, kind, clean, prev, digest))
        prev = digest
    return out


# -- SQLite: the rebuild ----------------------------------------------------------------------


def _sql(bind: sa.Connection, query: str, *args: object) -> list[Any]:
    return list(bind.exec_driver_sql(query, args).all())


def _new_table(create: str, table: str) -> str:
    """The table's CREATE statement for new_<table> with an id that is never reused."""
    out, renamed = _CREATE.subn(f"CREATE TABLE new_{table} (", create, count=1)
    out, columned = _ID_COLUMN.subn("(\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,", out, 1)
    out, keyed = _ID_KEY.subn("", out, count=1)
    if (renamed, columned, keyed) != (1, 1, 1):
        raise RuntimeError(f"The store's table {table} is not as schema 0006 made it.")
    return out


def _rebuild(bind: sa.Connection, table: str, create: str, copy: Callable[[], None]) -> None:
    """SQLite's procedure: new table, rows copied, old dropped, new renamed, indexes again."""
    indexes = _sql(
        bind,
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        table,
    )
    bind.exec_driver_sql(create)
    copy()
    bind.exec_driver_sql(f'DROP TABLE "{table}"')
    bind.exec_driver_sql(f'ALTER TABLE new_{table} RENAME TO "{table}"')
    for (sql,) in indexes:
        bind.exec_driver_sql(sql)


def _copier(bind: sa.Connection, statement: str) -> Callable[[], None]:
    def copy() -> None:
        bind.exec_driver_sql(statement)

    return copy


def _copy_events(bind: sa.Connection) -> None:
    """Every event, scrubbed and chained in id order."""
    rows = _sql(bind, "SELECT id, workshop_id, at, kind, payload FROM event ORDER BY id")
    if rows:
        bind.exec_driver_sql(
            "INSERT INTO new_event (id, workshop_id, at, kind, payload, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            _chained(rows),
        )


def _upgrade_sqlite(bind: sa.Connection) -> None:
    saved = _sql(bind, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    for name, _text in saved:
        bind.exec_driver_sql(f'DROP TRIGGER "{name}"')
    for table in TABLES:
        [(create,)] = _sql(
            bind, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table
        )
        # A store downgraded from here kept AUTOINCREMENT: only its event table changes.
        done = "AUTOINCREMENT" in create.upper()
        if table == "event":
            new = EVENT_0006 if done else _new_table(create, table)
            new = new[: new.rindex(")")].rstrip() + CHAIN_COLUMNS + "\n)"
            _rebuild(bind, table, new, lambda: _copy_events(bind))
        elif not done:
            copy = f'INSERT INTO new_{table} SELECT * FROM "{table}"'
            _rebuild(bind, table, _new_table(create, table), _copier(bind, copy))
    for _name, sql in saved:
        bind.exec_driver_sql(sql)
    triggers.create(bind, CHAIN)


def _downgrade_sqlite(bind: sa.Connection) -> None:
    triggers.drop(bind, CHAIN.name, CHAIN.table)
    copy = (
        "INSERT INTO new_event (id, workshop_id, at, kind, payload) "
        "SELECT id, workshop_id, at, kind, payload FROM event"
    )
    _rebuild(bind, "event", EVENT_0006, _copier(bind, copy))
    for trigger in APPEND_ONLY:
        triggers.create(bind, trigger)


# -- other back ends --------------------------------------------------------------------------


def _upgrade_other(bind: sa.Connection) -> None:
    op.add_column("event", sa.Column("prev_hash", sa.String(), nullable=True))
    op.add_column("event", sa.Column("hash", sa.String(), nullable=True))
    rows = bind.execute(
        sa.text("SELECT id, workshop_id, at, kind, payload FROM event ORDER BY id")
    ).all()
    chained = _chained(list(rows))
    if chained:
        # The chain is written into the log once, by this revision: the append-only rule
        # steps aside for it (in this transaction only).
        triggers.drop(bind, APPEND_ONLY[0].name, "event")
        bind.execute(
            sa.text(
                "UPDATE event SET payload = :payload, prev_hash = :prev, hash = :hash "
                "WHERE id = :id"
            ),
            [{"id": r[0], "payload": r[4], "prev": r[5], "hash": r[6]} for r in chained],
        )
        triggers.create(bind, APPEND_ONLY[0])
    op.alter_column("event", "prev_hash", nullable=False)
    op.alter_column("event", "hash", nullable=False)
    op.create_unique_constraint("uq_event_chain", "event", ["prev_hash"])
    triggers.create(bind, CHAIN)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _upgrade_sqlite(bind)
    else:
        _upgrade_other(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _downgrade_sqlite(bind)
    else:
        triggers.drop(bind, CHAIN.name, CHAIN.table)
        op.drop_constraint("uq_event_chain", "event", type_="unique")
        op.drop_column("event", "hash")
        op.drop_column("event", "prev_hash")
