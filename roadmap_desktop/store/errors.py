"""Storage errors told in sentences: "your disk or environment" versus "our bug", and the
name of the rule a refused write broke.

SQLite's error codes sort the causes (busy, full, read-only, damaged, …); a constraint
violation is named by the constraint (CHECKs and our triggers say it; a UNIQUE violation
lists its columns, which name one constraint of the schema). The sentences never quote the
driver's text with its values: an unrevealed score must not reach a log or a screen.
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
    """

    def __init__(
        self,
        message: str | Message,
        *,
        environment: bool = True,
        busy: bool = False,
        damaged: bool = False,
        backup: Path | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message  # the sentence, still to render (str(self) renders it)
        self.environment = environment
        self.busy = busy
        self.damaged = damaged
        self.backup = backup


BUSY = _("The store is busy: another program is writing to it. Nothing was saved; try again.")

# SQLite's primary result codes (the low byte of the extended code).
_CAUSES: dict[int, Message] = {
    5: BUSY,  # SQLITE_BUSY
    6: BUSY,  # SQLITE_LOCKED
    13: _("The disk is full: free some space and try again. Nothing was saved."),  # SQLITE_FULL
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
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == SQLITE_CONSTRAINT
    return "constraint" in str(exc.orig).lower()


def explain(exc: DBAPIError) -> StoreError:
    """Turns a driver error into a StoreError that says whose problem it is."""
    code = _code(exc)
    if code in _CAUSES:
        return StoreError(
            _CAUSES[code], environment=True, busy=code in (5, 6), damaged=code in (11, 26)
        )
    # SQLite's own message names tables, columns and rules, never a value.
    return StoreError(
        # Translators: {detail} is the database driver's own text, in English.
        _(
            "Roadmap Desktop hit an internal storage error ({detail}). Nothing was saved.",
            detail=str(exc.orig),
        ),
        environment=False,
    )
