"""The window hears another laptop's commits on a shared PostgreSQL store, and says when the
shared database cannot be reached (ui/change_bridge.py, ui/connection_banner.py).

The tests marked `postgres` make their store on the PostgreSQL server (ROADMAP_TEST_SERVER_URL
or ROADMAP_TEST_DATABASE_URL: tests/pg.py), and are left out without one; the banner's own
test runs on any store.
"""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel

from roadmap_desktop.services import Change, Services
from roadmap_desktop.store import Store, open_store
from roadmap_desktop.ui.change_bridge import NOTIFIED_POLL_MS, POLL_MS, ChangeBridge
from roadmap_desktop.ui.main_window import MainWindow
from tests import pg
from tests.services.helpers import small_spec


@pytest.fixture
def shared() -> Iterator[Store]:
    """A store on the PostgreSQL server, in a database of its own."""
    with pg.fresh_database() as url:
        opened = open_store(url)
        yield opened
        opened.close()


@pytest.fixture
def bridge(qtbot, shared: Store) -> Iterator[ChangeBridge]:
    # No poll at all: what arrives came by a notice.
    made = ChangeBridge(Services(shared), poll_ms=0)
    yield made
    made.stop()


@pytest.fixture
def laptop(shared: Store) -> Iterator[Services]:
    """Another laptop's services on the same store (a Store of its own)."""
    other = Services(open_store(shared.address))
    yield other
    other.store.close()


def test_the_banner_shows_while_the_shared_database_is_out_of_reach(window: MainWindow):
    banner = window.findChild(QLabel, "connectionBanner")
    assert banner is not None and not banner.isVisible()
    window.bridge.connection.emit(False)
    assert banner.isVisible()
    assert "cannot be reached" in banner.text() and "Retrying" in banner.text()
    window.bridge.connection.emit(True)
    assert not banner.isVisible()


def test_a_file_store_is_polled_without_notices(qtbot, services: Services, sqlite_only: None):
    made = ChangeBridge(services)
    assert made.listener is None and made.poller.interval() == POLL_MS
    made.stop()


@pytest.mark.postgres
def test_another_laptops_commit_reaches_the_bridge_by_its_notice(
    qtbot, bridge: ChangeBridge, laptop: Services
):
    assert bridge.listener is not None
    assert bridge.listener.listening.wait(60)
    with qtbot.waitSignal(bridge.changed, check_params_cb=lambda c: c.external) as caught:
        done = laptop.create_workshop(small_spec("From the other laptop"))
    change: Change = caught.args[0]
    assert change.event_id == done.event_id and change.workshop_id == done.subject


@pytest.mark.postgres
def test_a_shared_store_polls_slowly_as_the_fallback(qtbot, shared: Store):
    made = ChangeBridge(Services(shared))
    assert made.listener is not None and made.poller.interval() == NOTIFIED_POLL_MS
    made.stop()


@pytest.mark.postgres
def test_a_lost_connection_is_told_and_its_return_re_reads(
    qtbot, bridge: ChangeBridge, laptop: Services, shared: Store
):
    assert bridge.listener is not None and bridge.listener.listening.wait(60)
    database = shared.engine.url.database
    states: list[bool] = []
    bridge.connection.connect(states.append)
    with pg.connect(pg.server_url()) as admin:  # type: ignore[arg-type]
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = 'roadmap-desktop-notices' AND datname = %s",
            (database,),
        )
    qtbot.waitUntil(lambda: states == [False, True])  # told lost, then back (retried)
    assert bridge.connected
    with qtbot.waitSignal(bridge.changed, check_params_cb=lambda c: c.external):
        laptop.create_workshop(small_spec("After the outage"))
