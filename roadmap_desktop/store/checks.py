"""Checks a store file without writing it: at open (quick) and for `check` (everything).

Every check opens the file read-only (an SQLite URI with mode=ro), so a file that is not
ours, a damaged store or a backup is never written, never converted to WAL, never "fixed".
The answers are sentences a facilitator can act on, naming the file; [] means sound.

`check_file` asks SQLite's integrity check, the foreign keys, the schema revision, the
triggers that hold the store's rules, that every text is valid UTF-8, and the audit log's
hash chain (store/chain.py). `quick_check` is the part fast enough for every opening.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from roadmap_desktop.store import chain
from roadmap_desktop.store.errors import StoreError
from roadmap_desktop.store.schema import HEAD, REVISIONS
from roadmap_desktop.words import Message, Num, _, n_

SQLITE_HEADER = b"SQLite format 3\x00"
MAX_LISTED = 3  # a sentence names a few tables or triggers, then says how many more


def lenient_text(raw: bytes) -> str:
    """Decodes a stored text; bytes that are not UTF-8 (a flipped bit) become U+FFFD instead
    of a UnicodeDecodeError in the middle of a screen (`check_file` says the store is
    damaged)."""
    return raw.decode("utf-8", errors="replace")


def journal_of(path: Path, suffix: str) -> Path:
    """The store's -wal, -shm or -journal file."""
    return path.with_name(path.name + suffix)


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """The SQLite URI that opens path for reading only."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def connect_read_only(path: Path, *, immutable: bool | None = None) -> sqlite3.Connection:
    """A read-only sqlite3 connection to path, with lenient text.

    immutable=None decides: a file with no -wal beside it is read as immutable, so reading a
    WAL-mode file creates no -wal and -shm beside it (a file that is not ours gains nothing).
    No -wal means no process has the file open in WAL mode, and a writer that starts now
    writes to a new -wal, not to this file, so the file is all there is to read.
    """
    if immutable is None:
        immutable = not journal_of(path, "-wal").exists()
    conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
    conn.text_factory = lenient_text
    return conn


@contextmanager
def reading(path: Path, *, immutable: bool | None = None) -> Iterator[sqlite3.Connection]:
    conn = connect_read_only(path, immutable=immutable)
    try:
        yield conn
    finally:
        conn.close()


def refusal(path: Path) -> Message | None:
    """The sentence for a path that cannot be a store at all (checked on the bytes, before
    SQLite opens it), else None."""
    if path.is_dir():
        return _("{path} is a folder, not a Roadmap Desktop store.", path=path)
    if not path.exists():
        wal = journal_of(path, "-wal")
        if wal.exists():
            return _(
                "{path} does not exist, but its journal {journal} is there: the store was "
                "moved or deleted without it. Restore the store from a backup.",
                path=path,
                journal=wal.name,
            )
        return _("{path} does not exist.", path=path)
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if not head:
        return _("{path} is an empty file, not a Roadmap Desktop store.", path=path)
    if head != SQLITE_HEADER:
        return _not_a_store(path)
    return None


def _not_a_store(path: Path) -> Message:
    return _("{path} is not a Roadmap Desktop store (not a database file).", path=path)


def _truncated(path: Path) -> bool:
    """True when the file is shorter than its own header says (or not whole pages): a copy
    cut short. SQLite's checks may not notice a tail of free pages gone missing."""
    with path.open("rb") as fh:
        header = fh.read(100)
    size = path.stat().st_size
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return True
    if size % page_size:
        return True
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid only while these two counters agree (SQLite's
    # file format, "in-header database size").
    if pages and header[24:28] == header[92:96]:
        return size < pages * page_size
    return False


def revision_of(conn: sqlite3.Connection, path: Path) -> str | None:
    """The store's schema revision; None for an empty database; StoreError for a database
    that is not ours or is newer than this version."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in names:
        if names:
            raise StoreError(
                _("{path} holds a database that is not a Roadmap Desktop store.", path=path)
            )
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    revision = None if row is None else str(row[0])
    if revision is not None and revision not in REVISIONS:
        raise StoreError(newer_version(path, revision))
    return revision


def newer_version(where: object, revision: str) -> Message:
    """The refusal of a store written by a newer version (where: its path or URL)."""
    return _(
        "{path} was written by a newer version of Roadmap Desktop (schema {revision}). "
        "Update Roadmap Desktop to open it.",
        path=where,
        revision=revision,
    )


def damaged(path: Path) -> Message:
    return _("{path} is damaged, so it was left as it was.", path=path)


def _quick(conn: sqlite3.Connection, path: Path) -> Message | None:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        return damaged(path)
    return None


def probe(path: Path) -> str | None:
    """Reads what opening needs, read-only: the schema revision (None for an empty
    database). Raises StoreError for a file that is not a store, one written by a newer
    version, or a damaged one (damaged=True), without writing a byte."""
    said = refusal(path)
    if said is not None:
        raise StoreError(said)
    try:
        with reading(path) as conn:
            revision = revision_of(conn, path)
            if _truncated(path) or _quick(conn, path) is not None:
                raise StoreError(damaged(path), damaged=True)
    except sqlite3.DatabaseError as exc:
        raise StoreError(_unreadable(path, exc), damaged=_is_damage(exc)) from exc
    return revision


def quick_check(path: Path) -> str | None:
    """The open-time check: a sentence when the file is not a sound store, else None
    (SQLite's quick_check: every page and link, not every index entry)."""
    try:
        probe(path)
    except StoreError as exc:
        return str(exc)
    return None


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (11, 26)  # CORRUPT, NOTADB


def _unreadable(path: Path, exc: sqlite3.DatabaseError) -> Message:
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == 26:
        return _not_a_store(path)
    if primary == 11:
        return damaged(path)
    if primary in (5, 6):
        return _("{path} is busy: another program is writing to it. Try again.", path=path)
    return _("{path} could not be read: check the file and its rights.", path=path)


def _listed(names: list[str]) -> str | Message:
    """A few names (tables, triggers: the schema's own, in English), then how many more."""
    shown = ", ".join(names[:MAX_LISTED])
    more = len(names) - MAX_LISTED
    if more <= 0:
        return shown
    # Translators: {names} is a list of table or trigger names, {n} how many more there are.
    return n_("{names} and {n} more", "{names} and {n} more", more, names=shown, n=Num(more))


def _integrity(conn: sqlite3.Connection, path: Path) -> list[Message]:
    found = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if found == ["ok"]:
        return []
    return [
        n_(
            "{path} is damaged: SQLite's integrity check found {n} problem.",
            "{path} is damaged: SQLite's integrity check found {n} problems.",
            len(found),
            path=path,
            n=Num(len(found)),
        )
    ]


def _foreign_keys(conn: sqlite3.Connection, path: Path) -> list[Message]:
    tables = sorted({str(r[0]) for r in conn.execute("PRAGMA foreign_key_check").fetchall()})
    if not tables:
        return []
    return [
        # Translators: {tables} names the store's tables (their names in the schema).
        _(
            "{path} has rows that refer to rows that no longer exist (in {tables}).",
            path=path,
            tables=_listed(tables),
        )
    ]


def _bad_text(conn: sqlite3.Connection, path: Path) -> list[Message]:
    """Texts that are not UTF-8: a flipped byte inside a title shows as U+FFFD on screen."""
    tables = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    columns = {t: [str(r[1]) for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    broken: list[str] = []
    conn.text_factory = bytes  # the stored bytes themselves, for this scan only
    try:
        for table in tables:
            for column in columns[table]:
                rows = conn.execute(
                    f'SELECT "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''
                )
                if any(not _utf8(value) for (value,) in rows):
                    broken.append(table)
                    break
    finally:
        conn.text_factory = lenient_text
    if not broken:
        return []
    return [
        # Translators: {tables} names the store's tables (their names in the schema).
        _(
            "{path} is damaged: texts in {tables} are not valid UTF-8.",
            path=path,
            tables=_listed(broken),
        )
    ]


def _utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _triggers(conn: sqlite3.Connection, path: Path) -> list[Message]:
    missing = chain.missing_triggers(conn)
    if not missing:
        return []
    return [
        # Translators: {rules} names the store's triggers (their names in the schema).
        n_(
            "{path} lacks {n} of the rules that protect its record ({rules}): it was changed "
            "outside Roadmap Desktop.",
            "{path} lacks {n} of the rules that protect its record ({rules}): it was changed "
            "outside Roadmap Desktop.",
            len(missing),
            path=path,
            n=Num(len(missing)),
            rules=_listed(missing),
        )
    ]


def _audit(conn: sqlite3.Connection) -> list[Message]:
    columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(event)")}
    if "hash" not in columns:  # a store from before the chain (0007): nothing to verify
        return []
    return chain.audit_messages(conn)


def check_file(path: Path) -> list[str]:
    """Every check of a store file, read-only: [] when it is sound, else one sentence per
    problem, in the current language. An older schema is not a problem (opening upgrades
    it); the triggers and the audit chain are checked at HEAD."""
    return [str(problem) for problem in file_problems(path)]


def file_problems(path: Path) -> list[str | Message]:
    """check_file's sentences, still to render (a Message renders in the language it is
    shown in)."""
    said = refusal(path)
    if said is not None:
        return [said]
    try:
        with reading(path) as conn:
            try:
                revision = revision_of(conn, path)
            except StoreError as exc:
                return [exc.message]
            if revision is None:
                return [
                    _("{path} is an empty database, not a Roadmap Desktop store yet.", path=path)
                ]
            problems: list[str | Message] = [*_integrity(conn, path)]
            if _truncated(path) and not problems:
                problems.append(
                    _("{path} is damaged: the file is shorter than it says.", path=path)
                )
            if problems:  # the other checks would read pages that cannot be trusted
                return problems
            problems += _foreign_keys(conn, path)
            problems += _bad_text(conn, path)
            if revision == HEAD:
                problems += _triggers(conn, path)
                problems += _audit(conn)
            return problems
    except sqlite3.DatabaseError as exc:
        return [_unreadable(path, exc)]
