"""Checks a store file without writing it: at open (quick) and for `check` (everything).

Every check opens the file read-only (an SQLite URI with mode=ro), so a file that is not
ours, a damaged store or a backup is never written, never converted to WAL, never "fixed".
The answers are sentences a facilitator can act on, naming the file; [] means sound.

`check_file` asks SQLite's integrity check, the foreign keys, the schema revision, the
triggers that hold the store's rules, that every text is valid UTF-8, and the audit log's
hash chain (store/chain.py). `quick_check` is the part fast enough for every opening.

A PostgreSQL store has no file to read: `check_database` connects read-only
(default_transaction_read_only, one REPEATABLE READ snapshot) and `database_problems` asks
the server's catalog instead. The server keeps its own pages sound, so what is checked is what
someone with the right privileges could change by hand: the schema revision at HEAD, every
table, column, constraint and unique index of the metadata, every foreign key there and
validated (a NOT VALID one was never checked against the rows), no row referring to one that
is gone (session_replication_role = replica skips the foreign keys' triggers), the rule
triggers there and enabled, and the audit log's hash chain.
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import (
    CheckConstraint,
    Connection,
    ForeignKeyConstraint,
    Table,
    UniqueConstraint,
    create_engine,
    inspect,
    text,
)
from sqlalchemy.exc import DBAPIError, NoSuchModuleError
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

from roadmap_desktop.store import chain, server_checks, tables
from roadmap_desktop.store.address import parsed, shown
from roadmap_desktop.store.errors import StoreError, explain
from roadmap_desktop.store.schema import HEAD, REVISIONS, TRIGGERS
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
    return [_lacks_rules(path, missing)] if missing else []


def _lacks_rules(where: object, missing: list[str]) -> Message:
    # Translators: {rules} names the store's triggers (their names in the schema).
    return n_(
        "{path} lacks {n} of the rules that protect its record ({rules}): it was changed "
        "outside Roadmap Desktop.",
        "{path} lacks {n} of the rules that protect its record ({rules}): it was changed "
        "outside Roadmap Desktop.",
        len(missing),
        path=where,
        n=Num(len(missing)),
        rules=_listed(missing),
    )


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


# -- a PostgreSQL store: the server's catalog, read-only --------------------------------------

_SCHEMA_OF = "current_schema()::regnamespace"
_PG_CONSTRAINTS = (
    "SELECT conname, convalidated OR contype = 'f' FROM pg_constraint "
    f"WHERE connamespace = {_SCHEMA_OF}"
)
_PG_INDEXES = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
# A trigger that is there but does not fire: disabled, or firing in replica sessions only.
_PG_TRIGGERS_OFF = (
    "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
    f"WHERE NOT t.tgisinternal AND c.relnamespace = {_SCHEMA_OF} AND t.tgenabled IN ('D', 'R')"
)


def check_database(target: str) -> list[str]:
    """Every check of a PostgreSQL store at target (a URL), read-only: [] when it is sound,
    else one sentence per problem, in the current language. Nothing is migrated or
    written: the connection's transactions are read-only."""
    return [str(problem) for problem in database_problems_at(target)]


def database_problems_at(target: str) -> list[str | Message]:
    """check_database's sentences, still to render."""
    url = parsed(target)
    if url is None:
        return [_("{target} is neither a file path nor a database URL.", target=shown(target))]
    try:
        engine = create_engine(
            url,
            hide_parameters=True,
            poolclass=NullPool,
            isolation_level="REPEATABLE READ",  # every check reads one snapshot
            connect_args={
                "options": "-c default_transaction_read_only=on",
                "connect_timeout": 10,
                "application_name": "roadmap-desktop check",
            },
        )
    except NoSuchModuleError:
        return [_("No database driver is installed for {driver}.", driver=url.drivername)]
    try:
        with engine.connect() as conn:
            return database_problems(conn, shown(target))
    except DBAPIError as exc:
        return [explain(exc).message]
    finally:
        engine.dispose()


def database_problems(conn: Connection, where: str) -> list[str | Message]:
    """Every check of the PostgreSQL store conn reads (where: its URL as shown)."""
    present = set(inspect(conn).get_table_names())
    if "alembic_version" not in present:
        if present:
            return [_("{path} holds a database that is not a Roadmap Desktop store.", path=where)]
        return [_("{path} is an empty database, not a Roadmap Desktop store yet.", path=where)]
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision is None:
        return [_("{path} is an empty database, not a Roadmap Desktop store yet.", path=where)]
    if revision not in REVISIONS:
        return [newer_version(where, str(revision))]
    if revision != HEAD:
        # What follows is HEAD's schema: an older one lacks some of it by design.
        return [_("The store's schema is {found}, not {head}.", found=revision, head=HEAD)]
    # Tables and links as server_checks tells them; then what it does not look at.
    problems: list[str | Message] = [*server_checks.schema_problems(conn)]
    problems += _pg_columns(conn, where, present)
    problems += _pg_constraints(conn, where, present)
    problems += _pg_orphans(conn, where, present)
    problems += _pg_triggers(conn, where)
    if "event" in present:
        problems += chain.audit_messages(conn)
    return problems


def _metadata_tables() -> list[Table]:
    """The store's tables at HEAD (store/tables.py registers them in SQLModel's metadata)."""
    assert tables.Workshop.__tablename__ == "workshop"  # the module is what fills the metadata
    return list(SQLModel.metadata.sorted_tables)


def _pg_columns(conn: Connection, where: str, present: set[str]) -> list[Message]:
    """Every column of every table of the metadata (a missing table is server_checks')."""
    inspector = inspect(conn)
    gone: list[str] = []
    for table in _metadata_tables():
        if table.name not in present:
            continue
        have = {str(c["name"]) for c in inspector.get_columns(table.name)}
        gone += [f"{table.name}.{c.name}" for c in table.columns if c.name not in have]
    if not gone:
        return []
    return [
        # Translators: {columns} names the store's columns (table.column, as in the schema).
        _(
            "{path} lacks columns of its tables ({columns}): it was changed outside "
            "Roadmap Desktop.",
            path=where,
            columns=_listed(gone),
        )
    ]


def _pg_constraints(conn: Connection, where: str, present: set[str]) -> list[Message]:
    """The named checks and unique constraints, and the unique indexes, of the metadata:
    there, and validated (the links, foreign keys, are server_checks')."""
    validated = {str(r[0]): bool(r[1]) for r in conn.execute(text(_PG_CONSTRAINTS))}
    indexes = {str(r[0]) for r in conn.execute(text(_PG_INDEXES))}
    missing: list[str] = []
    for table in _metadata_tables():
        if table.name not in present:
            continue  # told as a missing table
        for constraint in table.constraints:
            named = isinstance(constraint, CheckConstraint | UniqueConstraint)
            if named and isinstance(constraint.name, str) and constraint.name not in validated:
                missing.append(constraint.name)
        missing += sorted(
            str(index.name)
            for index in table.indexes
            if index.unique and index.name is not None and index.name not in indexes
        )
    problems: list[Message] = []
    if missing:
        problems.append(
            # Translators: {names} names constraints and links of the schema (as they are).
            n_(
                "{path} lacks {n} of the constraints that keep its data sound ({names}): it "
                "was changed outside Roadmap Desktop.",
                "{path} lacks {n} of the constraints that keep its data sound ({names}): it "
                "was changed outside Roadmap Desktop.",
                len(missing),
                path=where,
                n=Num(len(missing)),
                names=_listed(missing),
            )
        )
    unchecked = sorted(name for name, valid in validated.items() if not valid)
    if unchecked:
        problems.append(
            # Translators: {names} names constraints of the schema (as they are); NOT VALID
            # and VALIDATE CONSTRAINT are SQL, kept as they are.
            _(
                "{path} has constraints that PostgreSQL never checked against its rows (NOT "
                "VALID: {names}): have them checked with ALTER TABLE … VALIDATE CONSTRAINT, or "
                "ask your IT department.",
                path=where,
                names=_listed(unchecked),
            )
        )
    return problems


def _pg_orphans(conn: Connection, where: str, present: set[str]) -> list[Message]:
    """Rows that refer to a row that is gone. A validated foreign key keeps them out, but a
    session with session_replication_role = replica writes past it (the key's triggers do
    not fire), and a NOT VALID key never looked at the rows before it."""
    quote = conn.dialect.identifier_preparer.quote
    broken: set[str] = set()
    for table in _metadata_tables():
        for constraint in table.constraints:
            if not isinstance(constraint, ForeignKeyConstraint):
                continue
            parent = constraint.referred_table.name
            if table.name not in present or parent not in present or table.name in broken:
                continue
            pairs = [(e.parent.name, e.column.name) for e in constraint.elements]
            given = " AND ".join(f"c.{quote(a)} IS NOT NULL" for a, _b in pairs)
            joined = " AND ".join(f"p.{quote(b)} = c.{quote(a)}" for a, b in pairs)
            query = (
                f"SELECT EXISTS (SELECT 1 FROM {quote(table.name)} c WHERE {given} AND NOT "
                f"EXISTS (SELECT 1 FROM {quote(parent)} p WHERE {joined}))"
            )
            if conn.execute(text(query)).scalar():
                broken.add(table.name)
    if not broken:
        return []
    return [
        # Translators: {tables} names the store's tables (their names in the schema).
        _(
            "{path} has rows that refer to rows that no longer exist (in {tables}).",
            path=where,
            tables=_listed(sorted(broken)),
        )
    ]


def _pg_triggers(conn: Connection, where: str) -> list[Message]:
    """The rule triggers: every one there (schema.TRIGGERS), and none of them turned off."""
    problems: list[Message] = []
    missing = chain.missing_triggers(conn)
    if missing:
        problems.append(
            n_(
                "The store lacks the rule {names}.",
                "The store lacks the rules {names}.",
                len(missing),
                names=", ".join(missing),
            )
        )
    off = sorted({str(r[0]) for r in conn.execute(text(_PG_TRIGGERS_OFF))} & TRIGGERS)
    if off:
        problems.append(
            # Translators: {rules} names the store's triggers (their names in the schema).
            n_(
                "{path} has {n} of the rules that protect its record turned off ({rules}): it "
                "was changed outside Roadmap Desktop.",
                "{path} has {n} of the rules that protect its record turned off ({rules}): it "
                "was changed outside Roadmap Desktop.",
                len(off),
                path=where,
                n=Num(len(off)),
                rules=_listed(off),
            )
        )
    return problems
