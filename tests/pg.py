"""Throw-away PostgreSQL databases for the tests (README, Tests; tools/run-tests starts a
server with Debian's pg_virtualenv).

ROADMAP_TEST_DATABASE_URL names a server every test's store lives on (the store and services
suites' PostgreSQL run); ROADMAP_TEST_SERVER_URL names a server that only the tests of what
PostgreSQL alone does (notices between laptops, `check` on a shared store) use, while every
other store stays a SQLite file. Tests marked `postgres` need one of them: without a server
they are left out of the run (deselected), as tests marked `sqlite_only` are left out of the
PostgreSQL run.

The URL names a database the test role can connect to and create databases from (CREATEDB).
The store's schema is migrated once, into a template database of this run; each test then
gets a database of its own, copied from the template (CREATE DATABASE … TEMPLATE, a fraction
of a second), and dropped after it.
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


def store_url() -> str | None:
    """The PostgreSQL server every test's store lives on, or None for SQLite files."""
    return os.environ.get(URL_VARIABLE) or None


def server_url() -> str | None:
    """A PostgreSQL server the tests may use, or None when there is none."""
    return store_url() or os.environ.get(SERVER_VARIABLE) or None


def _admin(url: str):  # -> psycopg.Connection
    import psycopg

    target = make_url(url)
    return psycopg.connect(
        host=target.host,
        port=target.port,
        user=target.username,
        password=target.password,
        dbname=target.database,
        autocommit=True,
    )


def database_url(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _ensure_template(url: str) -> str:
    global _template
    if _template is None:
        from roadmap_desktop.store import open_store

        name = f"roadmap_test_template_{os.getpid()}"
        with _admin(url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        open_store(database_url(url, name)).close()
        _template = name
    return _template


def drop_template() -> None:
    url = server_url()
    if url is not None and _template is not None:
        with _admin(url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{_template}" WITH (FORCE)')


@contextmanager
def fresh_database() -> Iterator[str]:
    """The URL of a new database holding an empty store at the head revision; dropped after."""
    url = server_url()
    assert url is not None, f"neither {URL_VARIABLE} nor {SERVER_VARIABLE} names a server"
    template = _ensure_template(url)
    name = f"roadmap_test_{os.getpid()}_{next(_serial)}"
    with _admin(url) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
    try:
        yield database_url(url, name)
    finally:
        with _admin(url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def empty_database() -> Iterator[str]:
    """The URL of a new, empty database (no schema at all); dropped after."""
    url = server_url()
    assert url is not None, f"neither {URL_VARIABLE} nor {SERVER_VARIABLE} names a server"
    name = f"roadmap_test_{os.getpid()}_{next(_serial)}"
    with _admin(url) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield database_url(url, name)
    finally:
        with _admin(url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
