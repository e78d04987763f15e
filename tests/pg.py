"""Throw-away PostgreSQL databases for the tests (README, Tests; tools/run-tests starts a
server with Debian's pg_virtualenv).

ROADMAP_TEST_DATABASE_URL names a server every test's store lives on (the store and services
suites' PostgreSQL run); ROADMAP_TEST_SERVER_URL names a server that only the tests of what
PostgreSQL alone does (notices between laptops, `check` on a shared store) use, while every
other store stays a SQLite file. Tests marked `postgres` need one of them: without a server
they are left out of the run (deselected), as tests marked `sqlite_only` are left out of the
PostgreSQL run.

The URL names a database the test role can connect to and create databases from (CREATEDB).
The store's schema is migrated once, into a template database of this run; the tests' stores
live in one database copied from it. After each test that database is emptied (TRUNCATE …
RESTART IDENTITY: ids start again at 1, as in a new store) when its schema is as the
template's, and copied again from the template when a test changed the schema (dropped a
trigger, as a tamperer would) or left it locked: each test starts on a store as new as a
copy, at a twentieth of a copy's cost.
"""

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url

URL_VARIABLE = "ROADMAP_TEST_DATABASE_URL"
SERVER_VARIABLE = "ROADMAP_TEST_SERVER_URL"
_serial = itertools.count(1)
_template: str | None = None
_shared: str | None = None  # the tests' database, emptied between tests
_fingerprint: str | None = None  # the template's schema, as _SCHEMA reads it

# Everything a test could change in the schema: triggers, functions, constraints, indexes,
# columns and the revision.
_SCHEMA = """
SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (
  SELECT 't:' || tgname || tgenabled::text AS x FROM pg_trigger WHERE NOT tgisinternal
  UNION ALL SELECT 'c:' || conname || convalidated::text FROM pg_constraint
   WHERE connamespace = current_schema()::regnamespace
  UNION ALL SELECT 'i:' || indexname FROM pg_indexes WHERE schemaname = current_schema()
  UNION ALL SELECT 'f:' || proname FROM pg_proc WHERE pronamespace = current_schema()::regnamespace
  UNION ALL SELECT 'a:' || c.relname || '.' || a.attname || ':' || a.atttypid::text
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
   WHERE c.relnamespace = current_schema()::regnamespace AND a.attnum > 0
     AND NOT a.attisdropped AND c.relkind = 'r'
  UNION ALL SELECT 'v:' || version_num FROM alembic_version
) AS parts
"""


def store_url() -> str | None:
    """The PostgreSQL server every test's store lives on, or None for SQLite files."""
    return os.environ.get(URL_VARIABLE) or None


def server_url() -> str | None:
    """A PostgreSQL server the tests may use, or None when there is none."""
    return store_url() or os.environ.get(SERVER_VARIABLE) or None


def connect(url: str):  # -> psycopg.Connection
    """psycopg in autocommit on the database url names (a test's own statements, as anyone
    with the database's credentials could run them)."""
    import psycopg

    from roadmap_desktop.store.notices import connect_args

    return psycopg.connect(autocommit=True, **connect_args(url, application_name="roadmap-tests"))


def database_url(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _ensure_template(url: str) -> str:
    global _template
    if _template is None:
        from roadmap_desktop.store import open_store

        name = f"roadmap_test_template_{os.getpid()}"
        with connect(url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        open_store(database_url(url, name)).close()
        _template = name
    return _template


def drop_template() -> None:
    """Drops this run's template and the tests' database (at the end of the session)."""
    url = server_url()
    if url is None:
        return
    with connect(url) as conn:
        for name in (_shared, _template):
            if name is not None:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _copy(url: str, name: str, template: str) -> None:
    with connect(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def _emptied(target: str) -> bool:
    """Empties the tests' database in place; False when it must be copied again."""
    from sqlmodel import SQLModel

    tables = ", ".join(f'"{t}"' for t in SQLModel.metadata.tables)
    try:
        with connect(target) as conn:
            conn.execute("SET lock_timeout = '5s'")
            if conn.execute(_SCHEMA).fetchone()[0] != _fingerprint:
                return False
            conn.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
    except Exception:  # locked by a store a test left open, or gone: copy it again
        return False
    return True


@contextmanager
def fresh_database() -> Iterator[str]:
    """The URL of a database holding an empty store at the head revision, as new as a copy
    of the template; emptied (or copied again) after the test."""
    global _shared, _fingerprint
    url = server_url()
    assert url is not None, f"neither {URL_VARIABLE} nor {SERVER_VARIABLE} names a server"
    template = _ensure_template(url)
    if _shared is None:
        _shared = f"roadmap_test_{os.getpid()}_store"
        with connect(database_url(url, template)) as conn:
            _fingerprint = conn.execute(_SCHEMA).fetchone()[0]
        _copy(url, _shared, template)
    target = database_url(url, _shared)
    try:
        yield target
    finally:
        if not _emptied(target):
            _copy(url, _shared, template)


@contextmanager
def empty_database() -> Iterator[str]:
    """The URL of a new, empty database (no schema at all); dropped after."""
    url = server_url()
    assert url is not None, f"neither {URL_VARIABLE} nor {SERVER_VARIABLE} names a server"
    name = f"roadmap_test_{os.getpid()}_{next(_serial)}"
    with connect(url) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield database_url(url, name)
    finally:
        with connect(url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
