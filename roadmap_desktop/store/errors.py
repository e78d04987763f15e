"""Storage errors told in sentences: "your disk or environment" versus "our bug", and the
name of the rule a refused write broke.

SQLite's error codes and PostgreSQL's SQLSTATEs sort the causes (busy, full, read-only,
damaged, the server out of reach, …); a constraint violation is named by the constraint
(PostgreSQL's error carries its name, our triggers' included; SQLite's CHECKs and triggers
say it, and a UNIQUE violation lists its columns, which name one constraint of the schema).
The sentences never quote the driver's text with its values: an unrevealed score must not
reach a log or a screen.
"""

import re
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from roadmap_desktop.words import Message, _


class Problem(Exception):
    """Something the user is told in one sentence (the message): a refused change or a store
    that cannot be used. The GUI and the command line show it; nothing else needs catching.
    The message may be a words.Message: `str(problem)` renders it in the current language."""


class StoreError(Problem):
    """A store that cannot be opened or written, with a sentence a facilitator can act on.

    Attributes:
        environment: True when the cause is the machine (disk full, file locked, damaged or
            read-only), False when it is a defect in Roadmap Desktop.
        busy: True when another writer held the store for too long (trying again may work).
        damaged: True when the file is a damaged or truncated store: it was left untouched,
            and restoring a backup is the way on.
        backup: the newest good backup, when the sentence offers it (damaged stores).
        offline: True when the database server could not be reached (a shared store):
            the window says so and tries again.
    """

    def __init__(
        self,
        message: str | Message,
        *,
        environment: bool = True,
        busy: bool = False,
        damaged: bool = False,
        backup: Path | None = None,
        offline: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message  # the sentence, still to render (str(self) renders it)
        self.environment = environment
        self.busy = busy
        self.damaged = damaged
        self.backup = backup
        self.offline = offline


BUSY = _("The store is busy: another program is writing to it. Nothing was saved; try again.")

DISK_FULL = _("The disk is full: free some space and try again. Nothing was saved.")
# SQLite's primary result codes (the low byte of the extended code).
_CAUSES: dict[int, Message] = {
    5: BUSY,  # SQLITE_BUSY
    6: BUSY,  # SQLITE_LOCKED
    13: DISK_FULL,  # SQLITE_FULL
    10: _("The disk could not be read or written. Check the drive; nothing was saved."),  # IOERR
    8: _(
        "The store is read-only: nothing was saved. Open a copy in a folder you can write to."
    ),  # SQLITE_READONLY
    14: _("The store file cannot be opened: check the path and rights."),  # SQLITE_CANTOPEN
    11: _("The store file is damaged. Restore a backup copy."),  # SQLITE_CORRUPT
    26: _("This file is not a Roadmap Desktop store."),  # SQLITE_NOTADB
    23: _("The store refused access: check the file's rights."),  # SQLITE_AUTH
}
# The same causes by message, for drivers (and SQLite builds) without error codes.
_MESSAGES = (
    ("database is locked", 5),
    ("database table is locked", 6),
    ("disk is full", 13),
    ("disk i/o error", 10),
    ("readonly database", 8),
    ("unable to open database", 14),
    ("malformed", 11),
    ("file is not a database", 26),
)
SQLITE_CONSTRAINT = 19

_UNIQUE = re.compile(r"UNIQUE constraint failed: (.+)$")
_NAMED = re.compile(r"(?:CHECK constraint failed: )?\b((?:ck|tr|uq|fk)_\w+)")


OFFLINE = _(
    "The database server cannot be reached: check the network, then try again. Nothing was saved."
)
# PostgreSQL's causes, by SQLSTATE, then by its class (the first two characters).
_PG_STATES: dict[str, Message] = {
    "55P03": BUSY,  # lock_not_available: another writer held the lock past lock_timeout
    "40001": BUSY,  # serialization_failure
    "40P01": BUSY,  # deadlock_detected
    "53100": DISK_FULL,
    "25006": _(
        "The database accepts no writes (a read-only server): nothing was saved. Ask IT "
        "for the primary server's address."
    ),
    "42501": _(
        "The database refused this change: its role lacks a right the README lists. "
        "Nothing was saved."
    ),
    "3D000": _("That database does not exist on the server: check the URL's name."),
    "42P01": _("The database is missing a table of its own: run `roadmap-desktop check`."),
}
_PG_CLASSES: dict[str, Message] = {
    "08": OFFLINE,  # connection exception
    "57": OFFLINE,  # operator intervention: the server shut down or restarted
    "28": _("The database server refused the login: check the user name and password."),
    "53": _("The database server is out of resources (disk, memory or connections)."),
}
_PG_BUSY = {"55P03", "40001", "40P01"}


def sqlstate(exc: DBAPIError) -> str | None:
    """PostgreSQL's SQLSTATE for the error, None for SQLite (or none given)."""
    state = getattr(exc.orig, "sqlstate", None)
    return state if isinstance(state, str) else None


def _pg_explain(exc: DBAPIError) -> StoreError | None:
    state = sqlstate(exc)
    if state is None:
        # psycopg raises OperationalError without a state when no server answers at all.
        if type(exc.orig).__module__.startswith("psycopg") and (
            exc.connection_invalidated or type(exc.orig).__name__ == "OperationalError"
        ):
            return StoreError(OFFLINE, environment=True, busy=True, offline=True)
        return None
    said = _PG_STATES.get(state) or _PG_CLASSES.get(state[:2])
    if said is None:
        return None
    offline = said is OFFLINE
    return StoreError(said, environment=True, busy=state in _PG_BUSY or offline, offline=offline)


def _code(exc: DBAPIError) -> int | None:
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc.orig).lower()
    return next((c for needle, c in _MESSAGES if needle in text), None)


def _unique_name(columns_text: str) -> str | None:
    """The schema's unique constraint or index over exactly these columns ("t.a, t.b")."""
    pairs = [c.strip().split(".", 1) for c in columns_text.split(",")]
    if not pairs or any(len(p) != 2 for p in pairs):
        return None
    table_name = pairs[0][0]
    wanted = [c for _t, c in pairs]
    table = SQLModel.metadata.tables.get(table_name)
    if table is None:
        return None
    for constraint in table.constraints:
        names = [c.name for c in getattr(constraint, "columns", ())]
        if (
            names == wanted
            and isinstance(constraint.name, str)
            and constraint.name.startswith("uq_")
        ):
            return str(constraint.name)
    for index in table.indexes:
        if index.unique and [c.name for c in index.columns] == wanted:
            return str(index.name)
    return None


def constraint_name(exc: DBAPIError) -> str | None:
    """The name of the constraint or trigger a refused write broke, if it was one of ours
    (uq_…, ck_…, tr_…), "fk" for a broken foreign key, else None."""
    orig = exc.orig
    diag = getattr(orig, "diag", None)  # psycopg names the constraint itself
    if sqlstate(exc) == "23503":  # foreign_key_violation, whatever PostgreSQL named it
        return "fk"
    if diag is not None and getattr(diag, "constraint_name", None):
        return str(diag.constraint_name)
    text = str(orig)
    if (found := _UNIQUE.search(text)) is not None:
        return _unique_name(found.group(1))
    if "FOREIGN KEY constraint failed" in text:
        return "fk"
    if (found := _NAMED.search(text)) is not None:
        return found.group(1)
    return None


def is_constraint(exc: DBAPIError) -> bool:
    state = sqlstate(exc)
    if state is not None:
        return state.startswith("23")  # integrity_constraint_violation
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == SQLITE_CONSTRAINT
    return "constraint" in str(exc.orig).lower()


def explain(exc: DBAPIError) -> StoreError:
    """Turns a driver error into a StoreError that says whose problem it is."""
    told = _pg_explain(exc)
    if told is not None:
        return told
    code = _code(exc)
    if code in _CAUSES:
        return StoreError(
            _CAUSES[code], environment=True, busy=code in (5, 6), damaged=code in (11, 26)
        )
    # SQLite's own message names tables, columns and rules, never a value. PostgreSQL's may
    # quote one ('invalid input syntax for type integer: "4"'): only its condition is told.
    state = sqlstate(exc)
    detail = f"{type(exc.orig).__name__}, SQLSTATE {state}" if state else str(exc.orig)
    return StoreError(
        # Translators: {detail} is the database driver's own text, in English.
        _(
            "Roadmap Desktop hit an internal storage error ({detail}). Nothing was saved.",
            detail=detail,
        ),
        environment=False,
    )
