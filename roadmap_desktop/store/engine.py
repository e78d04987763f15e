"""Opens a store in one place: engine, SQLite pragmas, version check, backup and migration.

Transactions are begun by us, not by pysqlite (SQLAlchemy's documented pysqlite recipe): a
read begins a deferred transaction (one consistent snapshot), a write (`Store.writer`)
begins with BEGIN IMMEDIATE, so it holds the store's write lock from its first read and a
rule checked inside it cannot be broken by another writer before it commits.
"""

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from roadmap_desktop.store import tables  # noqa: F401  (tables register before the engine)
from roadmap_desktop.store.errors import StoreError, explain
from roadmap_desktop.store.schema import HEAD, REVISIONS

SQLITE_HEADER = b"SQLite format 3\x00"
# How long a write waits for another writer to finish before it says the store is busy.
# Writes take milliseconds; a wait this long means another program holds the store.
BUSY_TIMEOUT_MS = 2000
WRITE = "roadmap_write"  # the execution option that makes a transaction begin IMMEDIATE


@dataclass
class Store:
    """An open workshop store.

    Attributes:
        engine: the SQLAlchemy engine for reads; only services open sessions on it.
        writer: the same engine for write transactions (BEGIN IMMEDIATE on SQLite).
        url: the SQLAlchemy URL, as text, with any password hidden.
        path: the database file for SQLite stores, else None.
        backup: the copy made before a migration during this opening, if any.
    """

    engine: Engine
    url: str
    path: Path | None
    backup: Path | None = None
    writer: Engine = field(init=False)

    def __post_init__(self) -> None:
        self.writer = self.engine.execution_options(**{WRITE: True})

    def integrity_check(self) -> str:
        """ "ok" when SQLite finds the file sound; other back ends answer "ok" by definition."""
        if self.engine.dialect.name != "sqlite":
            return "ok"
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").all()
        return "\n".join(str(r[0]) for r in rows)

    def close(self) -> None:
        self.engine.dispose()


def to_url(target: str | Path) -> str:
    """A path or an SQLAlchemy URL, as a URL."""
    text_target = str(target)
    if "://" in text_target:
        return text_target
    return f"sqlite:///{Path(text_target).expanduser().resolve()}"


def _sqlite_pragmas(busy_timeout_ms: int) -> Callable[[sqlite3.Connection, object], None]:
    def set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # pysqlite would begin transactions itself, lazily, at the first write: too late for
        # a rule read before it. We begin them (see _begin).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        # WAL lets readers run beside the writer; FULL makes each commit durable on power loss.
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    return set_pragmas


def _begin(conn: Connection) -> None:
    """Begins every SQLite transaction: IMMEDIATE (the write lock at once) for writers."""
    write = conn.get_execution_options().get(WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a Roadmap Desktop store.")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise StoreError(f"{path} is not a Roadmap Desktop store (not a database file).")


def _current_revision(engine: Engine) -> str | None:
    """The store's schema revision, None for an empty database."""
    names = set(inspect(engine).get_table_names())
    if "alembic_version" not in names:
        if names:
            raise StoreError(
                f"{engine.url.database or engine.url} holds a database that is not a "
                "Roadmap Desktop store."
            )
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _back_up(path: Path, revision: str) -> Path:
    """Copies the file aside (consistently, WAL included) before a migration touches it."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix or '.sqlite'}")
    with sqlite3.connect(path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


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
    with engine.execution_options(**{WRITE: True}).connect() as conn:
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
                            "Updating the store would leave broken links between its tables, "
                            "so it was left as it was.",
                            environment=False,
                        )
        finally:
            if sqlite:
                _driver_execute(conn, "PRAGMA foreign_keys = ON")


def open_store(target: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Store:
    """Opens (creating or upgrading as needed) the store at a path or SQLAlchemy URL.

    busy_timeout_ms is how long a write waits for another writer before it is refused as
    busy. Raises StoreError with a sentence for a file that is not a store, a store written
    by a newer version, or a disk problem.
    """
    try:
        url = make_url(to_url(target))
    except ArgumentError as exc:
        raise StoreError(f"{target} is neither a file path nor a database URL.") from exc
    path: Path | None = None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        _check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # hide_parameters: an error's text never carries a value (an unrevealed score).
        engine = create_engine(url, hide_parameters=True)
    except NoSuchModuleError as exc:
        raise StoreError(f"No database driver is installed for {url.drivername}.") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
        event.listen(engine, "begin", _begin)
    store = Store(engine=engine, url=url.render_as_string(hide_password=True), path=path)
    try:
        revision = _current_revision(engine)
        if revision == HEAD:
            return store
        if revision is not None and revision not in REVISIONS:
            raise StoreError(
                f"{path or store.url} was written by a newer version of Roadmap Desktop "
                f"(schema {revision}). Update Roadmap Desktop to open it."
            )
        if revision is not None and path is not None:
            store.backup = _back_up(path, revision)
        _upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise explain(exc) from exc
    except StoreError:
        engine.dispose()
        raise
    return store
