"""The audit log's hash chain: each event carries the SHA-256 of its own content and of the
event before it, so a changed, removed, reordered or replaced event is seen by `check`.

The chain is over what the log keeps (workshop, time, kind, payload), not the event's id: an
event's hash is known before the row is inserted, and the order is the ids' order.
"""

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

from sqlalchemy import Connection, text

from roadmap_desktop.store import triggers
from roadmap_desktop.store.schema import PG_TRIGGERS, TRIGGERS
from roadmap_desktop.words import Message, Num, _, n_

GENESIS = "0" * 64  # the prev_hash of the first event
_FIELDS = "id, workshop_id, at, kind, payload, prev_hash, hash"
MAX_PROBLEMS = 5  # a broken chain is told in a few sentences, not one per event


def _at_text(at: datetime | str) -> str:
    """The time as one canonical text, however the driver hands it back (a text that is no
    time at all is hashed as it stands, so a damaged event is told, never a traceback)."""
    if isinstance(at, str):
        try:
            value = datetime.fromisoformat(at)
        except ValueError:
            return at
    else:
        value = at
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")


def event_hash(
    prev_hash: str, workshop_id: int | None, at: datetime | str, kind: str, payload: str
) -> str:
    """The hash an event carries: of the previous event's hash and of this event's content."""
    body = json.dumps(
        [prev_hash, workshop_id, _at_text(at), kind, payload],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Head:
    """The newest event of the log: a later copy of the store can be compared with it."""

    event_id: int
    hash: str
    count: int

    def short(self) -> str:
        return self.hash[:16]


def verify(
    rows: Iterable[tuple[int, int | None, object, str, str, str | None, str | None]],
) -> tuple[list[str], Head | None]:
    """Walks (id, workshop_id, at, kind, payload, prev_hash, hash) rows in id order; returns
    the problems as sentences in the current language (at most MAX_PROBLEMS, then a count)
    and the head."""
    problems, head = _verify(rows)
    return [str(p) for p in problems], head


def _verify(
    rows: Iterable[tuple[int, int | None, object, str, str, str | None, str | None]],
) -> tuple[list[Message], Head | None]:
    problems: list[Message] = []
    more = 0
    prev = GENESIS
    head: Head | None = None
    for count, (event_id, workshop_id, at, kind, payload, prev_hash, stored) in enumerate(
        rows, start=1
    ):
        found: Message | None = None
        if prev_hash != prev:
            found = _(
                "Event #{event} of the audit log does not follow the one before it: an "
                "event was removed, replaced or reordered.",
                event=event_id,
            )
        elif stored != event_hash(prev, workshop_id, str(at), kind, payload):
            found = _(
                "Event #{event} of the audit log was changed after it was written.",
                event=event_id,
            )
        if found is not None:
            if len(problems) < MAX_PROBLEMS:
                problems.append(found)
            else:
                more += 1
        prev = stored or ""
        head = Head(event_id, prev, count)
    if more:
        problems.append(
            n_(
                "… and {n} more event of the audit log does not check out.",
                "… and {n} more events of the audit log do not check out.",
                more,
                n=Num(more),
            )
        )
    return problems, head


SELECT_ROWS = f"SELECT {_FIELDS} FROM event ORDER BY id"
SELECT_HEAD = "SELECT hash FROM event ORDER BY id DESC LIMIT 1"


# A reveal's event records how many entries the round holds and their digest: the values
# are public from then on, so the chain commits to them (services/rounds.py reveal_round).
REVEAL_KIND = "round.revealed"
ENTRIES = "entries"
ENTRIES_SHA256 = "entries_sha256"
# In the order of the covering index (score) and of the unique one (dot_vote): no sort.
_ROUND_SCORES = (
    "SELECT proposal_id, participant_id, criterion_id, value FROM score WHERE round_id = :r "
    "ORDER BY proposal_id, participant_id, criterion_id"
)
_ROUND_DOTS = (
    "SELECT proposal_id, participant_id, dots FROM dot_vote WHERE round_id = :r "
    "ORDER BY proposal_id, participant_id"
)
_REVEALS = f"SELECT id, payload FROM event WHERE kind = '{REVEAL_KIND}' ORDER BY id"

# `check` reads a store file with Python's sqlite3 (read-only); services read through
# SQLAlchemy. Both are welcome here.
AnyConnection = Connection | sqlite3.Connection


def _rows(conn: AnyConnection, sql: str, params: dict[str, object] | None = None) -> list[Any]:
    if isinstance(conn, sqlite3.Connection):
        return [tuple(r) for r in conn.execute(sql, params or {}).fetchall()]
    return [tuple(r) for r in conn.execute(text(sql), params or {}).all()]


def entries_digest(conn: AnyConnection, round_id: int) -> tuple[int, str]:
    """How many entries (scores and dots) a round holds, and the SHA-256 (hex) of them all
    in one canonical order, so the same entries always give the same digest."""
    scores = _rows(conn, _ROUND_SCORES, {"r": round_id})
    dots = _rows(conn, _ROUND_DOTS, {"r": round_id})
    body = json.dumps([scores, dots], separators=(",", ":"))
    return len(scores) + len(dots), hashlib.sha256(body.encode("ascii")).hexdigest()


def reveal_problems(conn: AnyConnection) -> list[str]:
    """A sentence for each revealed round whose entries differ from those its reveal
    recorded (a reveal written before schema 0007 recorded none: nothing to compare)."""
    return [str(p) for p in _reveal_problems(conn)]


def _reveal_problems(conn: AnyConnection) -> list[Message]:
    problems: list[Message] = []
    for event_id, payload in _rows(conn, _REVEALS):
        try:
            body = json.loads(payload)
            recorded = str(body[ENTRIES_SHA256])
            round_id, number = int(body["subject"]), body.get("number", "?")
        except (ValueError, TypeError, KeyError):
            continue
        count, digest = entries_digest(conn, round_id)
        if digest != recorded:
            problems.append(
                n_(
                    "Round {number}'s entries are not those its reveal recorded (event "
                    "#{event}): it now holds {n}, and a score or dot was changed, added or "
                    "removed since.",
                    "Round {number}'s entries are not those its reveal recorded (event "
                    "#{event}): it now holds {n}, and a score or dot was changed, added or "
                    "removed since.",
                    count,
                    number=number,
                    event=event_id,
                    n=Num(count),
                )
            )
    return problems


def _sqlite(conn: AnyConnection) -> bool:
    return isinstance(conn, sqlite3.Connection) or conn.dialect.name == "sqlite"


def removed_events(conn: AnyConnection, ids: Sequence[int]) -> list[str]:
    """Events missing from the log by their ids (ids in order). SQLite neither reuses nor
    skips an event's id (AUTOINCREMENT; an append rolled back gives its id back), so a gap,
    or a sequence past the newest event, is an event removed; the chain alone cannot see
    the newest ones go. Other back ends' sequences skip ids: nothing to tell there."""
    return [str(p) for p in _removed_events(conn, ids)]


def _removed_events(conn: AnyConnection, ids: Sequence[int]) -> list[Message]:
    if not _sqlite(conn):
        return []
    problems = [
        _("Event #{event} of the audit log was removed.", event=a + 1)
        if b == a + 2
        else _("Events #{first} to #{last} of the audit log were removed.", first=a + 1, last=b - 1)
        for a, b in pairwise(ids)
        if b > a + 1
    ][:MAX_PROBLEMS]
    sequence = _rows(conn, "SELECT seq FROM sqlite_sequence WHERE name = 'event'")
    newest = ids[-1] if ids else 0
    if sequence and int(sequence[0][0]) > newest:
        problems.append(
            _("The newest events of the audit log, after #{event}, were removed.", event=newest)
            if newest
            else _("Every event of the audit log was removed.")
        )
    return problems


def audit_problems(conn: AnyConnection) -> list[str]:
    """Everything wrong with the audit log, in sentences in the current language ([]:
    sound): events changed, removed, reordered or replaced, and revealed rounds whose entries
    changed since."""
    return [str(p) for p in audit_messages(conn)]


def audit_messages(conn: AnyConnection) -> list[Message]:
    """audit_problems' sentences, still to render."""
    rows = _rows(conn, SELECT_ROWS)
    problems, _head = _verify(rows)
    return problems + _removed_events(conn, [r[0] for r in rows]) + _reveal_problems(conn)


def missing_triggers(conn: AnyConnection) -> list[str]:
    """The names of the triggers a store at HEAD holds (schema.TRIGGERS) that this one lacks,
    sorted: a dropped trigger would let a rule or the log's protection lapse unnoticed."""
    if isinstance(conn, sqlite3.Connection):
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        present = {str(r[0]) for r in _rows(conn, query)}
        return sorted(TRIGGERS - present)
    wanted = TRIGGERS | PG_TRIGGERS if conn.dialect.name == "postgresql" else TRIGGERS
    return sorted(wanted - triggers.names(conn))
