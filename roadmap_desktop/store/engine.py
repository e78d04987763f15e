"""Opens a store in one place: engine, SQLite pragmas, version check, backup and migration.

A SQLite file is probed read-only first (store/checks.py): a file that is not ours, a store
from a newer version or a damaged one is refused before the engine's pragmas (WAL writes)
touch it. New files are created readable by their owner only; a file that cannot be written
opens read-only.

Transactions are begun by us, not by pysqlite (SQLAlchemy's documented pysqlite recipe): a
read begins a deferred transaction (one consistent snapshot), a write (`Store.writer`)
begins with BEGIN IMMEDIATE, so it holds the store's write lock from its first read and a
rule checked inside it cannot be broken by another writer before it commits.
"""

import errno
import logging
import os
import shlex
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from roadmap_desktop.store import tables  # noqa: F401  (tables register before the engine)
from roadmap_desktop.store.backups import (
    Keeper,
    backup_folder,
    has_backups,
    newest_good,
    take_backup,
)
from roadmap_desktop.store.checks import SQLITE_HEADER as SQLITE_HEADER  # (used elsewhere)
from roadmap_desktop.store.checks import (
    database_problems,
    journal_of,
    lenient_text,
    newer_version,
    probe,
    read_only_uri,
    refusal,
)
from roadmap_desktop.store.errors import StoreError, explain
from roadmap_desktop.store.schema import HEAD, REVISIONS
from roadmap_desktop.words import Message, _

log = logging.getLogger(__name__)

# How long a write waits for another writer to finish before it says the store is busy.
# Writes take milliseconds; a wait this long means another program holds the store.
BUSY_TIMEOUT_MS = 2000
WRITE = "roadmap_write"  # the execution option that makes a transaction begin IMMEDIATE
PRIVATE = 0o600  # a store holds sealed votes: readable by its owner only


@dataclass
class Store:
    """An open workshop store.

    Attributes:
        engine: the SQLAlchemy engine for reads; only services open sessions on it.
        writer: the same engine for write transactions (BEGIN IMMEDIATE on SQLite).
        url: the SQLAlchemy URL, as text, with any password hidden.
        path: the database file for SQLite stores, else None.
        backup: the copy made before a migration during this opening, if any.
        read_only: True when the file could only be opened for reading (a read-only file or
            folder): reads work, every write is refused with a sentence.
        keeper: takes the automatic backups once the services start them, else None.
        address: what opens the store again (the file's path, or the whole URL): it may
            hold a password, so it is never shown or logged (`url` is).
    """

    engine: Engine
    url: str
    path: Path | None
    backup: Path | None = None
    read_only: bool = False
    keeper: Keeper | None = None
    address: str = field(default="", repr=False)
    writer: Engine = field(init=False)

    def __post_init__(self) -> None:
        options: dict[str, object] = {WRITE: True}
        if self.engine.dialect.name == "postgresql":
            options["isolation_level"] = "READ COMMITTED"  # see _pg_begin
        self.writer = self.engine.execution_options(**options)

    def integrity_check(self) -> str:
        """ "ok" when the store is sound: SQLite's integrity check of the file, or on
        PostgreSQL the schema, links, rules and audit log (store/checks.database_problems);
        else one line per problem."""
        if self.engine.dialect.name == "postgresql":
            with self.engine.connect() as conn:
                found = database_problems(conn, self.url)
            return "\n".join(str(p) for p in found) or "ok"
        if self.engine.dialect.name != "sqlite":
            return "ok"
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").all()
        return "\n".join(str(r[0]) for r in rows)

    def safeguard(self, reason: str) -> Path | None:
        """An automatic backup now (before a destructive change, after a round's close or
        reveal), when backups are on; a failure is logged and None, never raised: the
        user's change goes on."""
        return None if self.keeper is None else self.keeper.take(reason)

    def close(self) -> None:
        if self.keeper is not None:
            self.keeper.wait()
        self.engine.dispose()


def to_url(target: str | Path) -> str:
    """A path or an SQLAlchemy URL, as a URL."""
    text_target = str(target)
    if "://" in text_target:
        return text_target
    return f"sqlite:///{Path(text_target).expanduser().resolve()}"


def _sqlite_pragmas(
    busy_timeout_ms: int, *, read_only: bool = False
) -> Callable[[sqlite3.Connection, object], None]:
    def set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # pysqlite would begin transactions itself, lazily, at the first write: too late for
        # a rule read before it. We begin them (see _begin).
        dbapi_conn.isolation_level = None
        # A flipped byte inside a title reads as U+FFFD, not a UnicodeDecodeError mid-screen.
        dbapi_conn.text_factory = lenient_text
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        if not read_only:
            # WAL lets readers run beside the writer; FULL makes each commit durable on
            # power loss. (Setting them writes the file: never on a read-only one.)
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    return set_pragmas


def _begin(conn: Connection) -> None:
    """Begins every SQLite transaction: IMMEDIATE (the write lock at once) for writers."""
    write = conn.get_execution_options().get(WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


# The key of the transaction-level advisory lock a PostgreSQL writer takes first ("Roadmap").
PG_WRITE_LOCK = 0x526F61646D6170


def _pg_begin(conn: Connection) -> None:
    """A PostgreSQL writer takes the store's write lock first, as SQLite's BEGIN IMMEDIATE:
    every write appends to the hash-chained audit log after its newest event, so writes
    follow one another anyway; holding the lock from the first statement means a rule read
    inside the transaction (READ COMMITTED, so each read sees every commit before the lock
    was granted) cannot be broken by another writer before this one commits, and events
    commit in the order of their ids (services.poll_changes reads them so)."""
    if conn.get_execution_options().get(WRITE, False):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")


def _pg_options(busy_timeout_ms: int) -> dict[str, object]:
    """psycopg's connection arguments: a writer waits for the lock as long as a SQLite writer
    waits for its file, then is told the store is busy (SQLSTATE 55P03)."""
    return {
        "options": f"-c lock_timeout={int(busy_timeout_ms)}",
        "connect_timeout": 10,
        "application_name": "roadmap-desktop",
    }


def _current_revision(engine: Engine) -> str | None:
    """The store's schema revision, None for an empty database."""
    names = set(inspect(engine).get_table_names())
    if "alembic_version" not in names:
        if names:
            raise StoreError(
                _(
                    "{path} holds a database that is not a Roadmap Desktop store.",
                    path=engine.url.database or engine.url,
                )
            )
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _back_up(path: Path, revision: str) -> Path:
    """Copies the store into backups/ (consistently, WAL included, owner-only) before a
    migration from revision touches it; the copy's own alembic_version says the revision."""
    del revision  # named by the file itself; the backup's name says why it was taken
    return take_backup(path, "before-migration")


def _driver_execute(conn: Connection, statement: str) -> None:
    """Runs a statement on the driver's own connection, outside SQLAlchemy's transaction."""
    driver = conn.connection.driver_connection
    assert driver is not None, "an open connection has its driver connection"
    driver.execute(statement)


def _upgrade(engine: Engine) -> None:
    # Alembic is imported only when a store needs creating or migrating: it costs start-up time.
    from alembic import command
    from alembic.config import Config

    from roadmap_desktop.bundled import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    sqlite = engine.dialect.name == "sqlite"
    options: dict[str, object] = {WRITE: True}
    if not sqlite:
        options["isolation_level"] = "READ COMMITTED"  # two first openings migrate in turn
    with engine.execution_options(**options).connect() as conn:
        if sqlite:
            # Batch migrations rebuild a table by copy and drop; with foreign keys on, dropping
            # a parent table would cascade-delete its children's rows (every score of a
            # round). SQLite ignores this pragma inside a transaction, so it comes first.
            _driver_execute(conn, "PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise StoreError(
                            _(
                                "Updating the store would leave broken links between its "
                                "tables, so it was left as it was."
                            ),
                            environment=False,
                        )
        finally:
            if sqlite:
                _driver_execute(conn, "PRAGMA foreign_keys = ON")


def store_file(target: str | Path) -> Path | None:
    """The SQLite file a path or URL names, else None (another back end, or memory)."""
    try:
        url = make_url(to_url(target))
    except ArgumentError:
        return None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database)
    return None


# Why a file or folder could not be made: the clause after "Could not create …:".
_OS_CAUSES: dict[int, Message] = {
    errno.ENOSPC: _("the disk is full"),
    errno.EROFS: _("the disk is read-only"),
    errno.EACCES: _("you may not write in that folder"),
    errno.EPERM: _("you may not write in that folder"),
    errno.ENOENT: _("the folder does not exist"),
    errno.ENOTDIR: _("part of the path is a file, not a folder"),
}


def _os_problem(path: Path, exc: OSError, *, folder: bool) -> StoreError:
    """A file-system error at open (making the folder, or the store file), told as the
    user's environment, naming the path."""
    cause: str | Message = _OS_CAUSES.get(exc.errno or 0, exc.strerror or type(exc).__name__)
    if folder:
        # Translators: {cause} is a short clause such as "the disk is full", or the
        # operating system's own text.
        said = _("Could not create the folder {path}: {cause}.", path=path, cause=cause)
    else:
        # Translators: {cause} is a short clause such as "the disk is full", or the
        # operating system's own text.
        said = _("Could not create the store {path}: {cause}.", path=path, cause=cause)
    return StoreError(said, environment=True)


def _create_file(path: Path) -> None:
    """Creates the folders and an empty store file readable by its owner only (SQLite gives
    its -wal and -shm the same rights)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _os_problem(path.parent, exc, folder=True) from exc
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE))
    except FileExistsError:
        pass  # made meanwhile (a second window): it is probed like any other
    except OSError as exc:
        raise _os_problem(path, exc, folder=False) from exc


def _prepare(path: Path, *, create: bool) -> bool:
    """Refuses what cannot be a store, creates the file when asked; True for a new store."""
    said = refusal(path)
    if said is None:
        return False
    exists = path.exists()
    if path.is_dir() or (exists and path.stat().st_size > 0):
        raise StoreError(said)
    if journal_of(path, "-wal").exists():  # a store gone, its journal left: never reuse it
        raise _damaged(path, said)
    if exists and has_backups(path):  # emptied, not new: its backups say it held a workshop
        raise _damaged(path, said)
    if not create:
        raise StoreError(
            said if exists else _("{path} does not exist: nothing was created.", path=path)
        )
    if not exists:
        _create_file(path)
    return True


def _damaged(path: Path, said: str | Message) -> StoreError:
    """The damaged store's sentence, offering the newest good backup when there is one."""
    good = newest_good(path)
    if good is None:
        folder = backup_folder(path)
        return StoreError(
            # Translators: {problem} is a sentence saying what is wrong with the store.
            _("{problem} No backup of it was found in {folder}.", problem=said, folder=folder),
            damaged=True,
        )
    command = f"roadmap-desktop restore --db {shlex.quote(str(path))}"
    return StoreError(
        # Translators: {problem} is a sentence saying what is wrong with the store, {when} the
        # date and time of the backup, {command} the command that restores it (kept as is).
        _(
            "{problem} Restore it from the backup of {when} ({command}).",
            problem=said,
            when=good.when(),
            command=command,
        ),
        damaged=True,
        backup=good.path,
    )


def _writable(path: Path) -> bool:
    """Whether this process may write the store: the file, and its folder (WAL makes its
    -wal and -shm there)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _tighten(path: Path) -> None:
    """A store from before owner-only files (or copied with other rights) is made readable
    by its owner only: the file holds sealed votes. Not ours to change: left, and logged."""
    for file in (path, journal_of(path, "-wal"), journal_of(path, "-shm")):
        try:
            mode = stat.S_IMODE(file.stat().st_mode)
            if mode & 0o077:
                os.chmod(file, mode & ~0o077)
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("Could not make %s readable by its owner only: %s", file, exc)


def _read_only_connector(path: Path) -> Callable[[], sqlite3.Connection]:
    # mode=ro opens the file for reading; a WAL reader still needs the -shm index beside it.
    # In a folder we cannot write, SQLite cannot make one, so the file is opened immutable:
    # SQLite then reads the main file alone, without locks (nobody can be writing a -wal
    # there without write access to the folder, and a -wal left there by a crash is
    # ignored: what the file itself holds is shown).
    shm = journal_of(path, "-shm")
    immutable = not os.access(path.parent, os.W_OK | os.X_OK) and not shm.exists()
    uri = read_only_uri(path, immutable=immutable)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    return connect


def open_store(
    target: str | Path,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    create: bool = True,
    read_only: bool | None = None,
) -> Store:
    """Opens (creating or upgrading as needed) the store at a path or SQLAlchemy URL.

    busy_timeout_ms is how long a write waits for another writer before it is refused as
    busy. create=False refuses a missing file (no folder or file is made): only the callers
    that make stores create them. read_only=None opens read-only when the file or its folder
    cannot be written (True forces it). A file is probed read-only before the engine (whose
    WAL pragma writes) touches it: a file that is not a store, a store written by a newer
    version, or a damaged one is refused with a sentence (StoreError) and left untouched.
    """
    try:
        url = make_url(to_url(target))
    except ArgumentError as exc:
        raise StoreError(
            _("{target} is neither a file path nor a database URL.", target=target)
        ) from exc
    path = store_file(target)
    revision: str | None = None
    new = False
    if path is not None:
        new = _prepare(path, create=create)
        if not new:
            try:
                revision = probe(path)
            except StoreError as exc:
                if exc.damaged:
                    raise _damaged(path, exc.message) from exc
                raise
        if read_only is None:
            read_only = not _writable(path)
        if read_only and revision != HEAD:
            raise StoreError(
                _(
                    "{path} is read-only and needs creating first: copy it to a folder you "
                    "can write to, and open the copy.",
                    path=path,
                )
                if revision is None
                else _(
                    "{path} is read-only and needs upgrading first: copy it to a folder you "
                    "can write to, and open the copy.",
                    path=path,
                )
            )
        if not read_only:
            _tighten(path)
    read_only = bool(read_only) and path is not None
    try:
        # hide_parameters: an error's text never carries a value (an unrevealed score).
        if read_only:
            assert path is not None
            engine = create_engine(url, hide_parameters=True, creator=_read_only_connector(path))
        elif url.get_backend_name() == "postgresql":
            # Reads see one snapshot (REPEATABLE READ); writers read committed rows after
            # taking the write lock (Store.writer, _pg_begin). pool_pre_ping: a connection
            # the server dropped (a restart, the network) is replaced before it is used.
            engine = create_engine(
                url,
                hide_parameters=True,
                isolation_level="REPEATABLE READ",
                pool_pre_ping=True,
                connect_args=_pg_options(busy_timeout_ms),
            )
        else:
            engine = create_engine(url, hide_parameters=True)
    except NoSuchModuleError as exc:
        raise StoreError(
            _("No database driver is installed for {driver}.", driver=url.drivername)
        ) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms, read_only=read_only))
        event.listen(engine, "begin", _begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _pg_begin)
    store = Store(
        engine=engine,
        url=url.render_as_string(hide_password=True),
        path=path,
        read_only=read_only,
        address=str(path) if path is not None else url.render_as_string(hide_password=False),
    )
    try:
        if path is None:
            revision = _current_revision(engine)
        if revision == HEAD:
            return store
        if revision is not None and revision not in REVISIONS:
            raise StoreError(newer_version(path or store.url, revision))
        if revision is not None and path is not None:
            store.backup = _back_up(path, revision)
        _upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        error = explain(exc)
        if path is not None:
            error = StoreError(
                # Translators: {problem} is a sentence saying what went wrong with the store.
                _("{path}: {problem}", path=path, problem=error.message),
                environment=error.environment,
                busy=error.busy,
                damaged=error.damaged,
            )
        raise error from exc
    except StoreError:
        engine.dispose()
        raise
    return store
