"""The store through its driver alone, as anyone with the file (or the database's
credentials) could open it: plain sqlite3, or psycopg in autocommit, behind one small face
so a tamperer's test reads the same on both back ends."""

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from typing import Any

from roadmap_desktop.store import Store

# The table each trigger watches: PostgreSQL drops a trigger by its table.
_TABLES = {
    "event_no_update": "event",
    "event_no_delete": "event",
    "tr_event_chain": "event",
    "tr_event_notify": "event",
}


class PgRaw:
    """psycopg in autocommit, with sqlite3's `?` placeholders and its error classes."""

    def __init__(self, conn: Any) -> None:
        import psycopg

        self.conn = conn
        self.IntegrityError = psycopg.errors.IntegrityError

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        if sql.startswith("DROP TRIGGER "):
            name = sql.split()[2].strip('"')
            table = _TABLES.get(name) or name.split("_")[1].replace("dot", "dot_vote")
            sql = f"DROP TRIGGER {name} ON {table}"
        return self.conn.execute(sql.replace("?", "%s"), tuple(params))


@contextmanager
def raw(store: Store) -> Iterator[Any]:
    """A driver connection to the store, in autocommit: `.execute(sql, params)` with `?`
    placeholders, and `.IntegrityError` for what the store refuses."""
    if store.path is not None:
        with closing(sqlite3.connect(store.path, isolation_level=None)) as conn:
            yield conn
        return
    from tests import pg

    with pg.connect(store.address) as conn:
        yield PgRaw(conn)
