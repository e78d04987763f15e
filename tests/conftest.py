"""Test setup shared by every test: offscreen Qt, folders of the run's own (never the
user's settings or data), and a fresh temporary store per test."""

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest
from pytestqt.qtbot import QtBot

from roadmap_desktop.services import Services
from roadmap_desktop.services.demo import build_demo
from roadmap_desktop.store import Store, open_store
from tests import pg
from tests.services.helpers import Small, make_small

# Qt (and every child process a test starts) finds settings, data and caches through the XDG
# variables: point them at a folder of this run's own, so no test, not even one that forgets
# Qt's test mode, writes into ~/.config or ~/.local/share.
_HOME = Path(tempfile.mkdtemp(prefix="roadmap-tests-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())

# English unless a test asks for another language: the machine's own LANG (a developer's
# es_ES) must not change what the tests read. Child processes inherit this too.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

# A wait on a signal ends when the signal comes: its timeout only says when to give up. Qt's
# 5 s default gave up on a loaded two-core machine; 60 s costs a passing test nothing.
WAIT_MS = 60_000
WAITS = ("waitSignal", "waitSignals", "waitUntil", "waitCallback", "waitExposed", "waitActive")
for _wait in WAITS:
    getattr(QtBot, _wait).__kwdefaults__["timeout"] = WAIT_MS


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Every test starts (and leaves the process) in English, whatever a test before it set."""
    from roadmap_desktop import words

    words.set_language(words.ENGLISH)
    yield
    words.set_language(words.ENGLISH)


@pytest.fixture
def store_target(tmp_path: Path) -> Iterator[str]:
    """Where the test's store lives: a new SQLite file in the test's own folder, or, when
    ROADMAP_TEST_DATABASE_URL names a PostgreSQL server, a new database of its own there
    (tests/pg.py), dropped after the test."""
    if pg.store_url() is None:
        yield str(tmp_path / "store.sqlite")
        return
    with pg.fresh_database() as url:
        yield url


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    """A new, empty store (see store_target)."""
    opened = open_store(store_target)
    yield opened
    opened.close()


@pytest.fixture
def sqlite_only() -> None:
    """For a test of what only a store file has (its bytes, journal, backups, rights): it
    runs in the SQLite run and is left out of the PostgreSQL run (pytest_collection_modifyitems),
    which runs the rest."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leaves out what this run's back end cannot run: a store file's own tests when every
    store is on PostgreSQL, PostgreSQL's own tests (marked `postgres`) when no server is named
    (tools/run-tests names one, so the README's test command runs them all)."""
    on_pg, server = pg.store_url() is not None, pg.server_url() is not None
    kept, left = [], []
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        out = (on_pg and "sqlite_only" in fixtures) or (
            not server and item.get_closest_marker("postgres") is not None
        )
        (left if out else kept).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


def pytest_sessionfinish(session: pytest.Session) -> None:
    pg.drop_template()


@pytest.fixture
def services(store: Store) -> Services:
    return Services(store)


@pytest.fixture
def demo(services: Services) -> int:
    """The demo workshop's id, built in the test's fresh store."""
    return build_demo(services)


@pytest.fixture
def small(services: Services) -> Small:
    """A small workshop (tests/services/helpers.py says what it holds)."""
    return make_small(services)
