"""The window on a shared PostgreSQL store: its title and status name the URL without the
password, and File ▸ Restore from backup… says the server keeps the backups (pg_dump)."""

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from sqlalchemy.engine import make_url

from roadmap_desktop.app import open_services
from roadmap_desktop.services.demo import build_demo
from roadmap_desktop.ui.main_window import MainWindow, recent_stores
from tests import pg

pytestmark = pytest.mark.skipif(pg.server_url() is None, reason="needs a PostgreSQL server")


@pytest.fixture
def pg_window(qtbot):
    with pg.fresh_database() as url:
        services = open_services(url)
        build_demo(services)
        window = MainWindow(services, open_store=open_services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        yield window, url
        window.close()
        services.store.close()


def test_the_window_shows_the_url_without_its_password(pg_window):
    window, url = pg_window
    password = make_url(url).password
    shown = make_url(url).render_as_string(hide_password=True)
    assert password and password not in shown
    assert window.windowTitle().startswith(shown)
    assert shown in window.statusBar().currentMessage()
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    texts += [label.text() for label in window.findChildren(QLabel)]
    assert all(password not in text for text in texts)
    banner = window.findChild(QLabel, "storeBanner")
    assert banner is not None and banner.lock is None  # no lock file beside a database
    assert all(password not in path for path in recent_stores())


def test_restore_from_backup_points_to_pg_dump(pg_window):
    window, _url = pg_window
    said: list[tuple[str, str]] = []
    window.ask.warn = lambda title, text: said.append((title, text))  # type: ignore[method-assign]
    window.ask.restore_dialog = lambda _d: pytest.fail("no backups dialog on a database")  # type: ignore[method-assign]
    action = window.findChild(QAction, "restoreBackup")
    action.trigger()
    [(title, text)] = said
    assert title == "Restore from backup"
    assert "pg_dump" in text and "shared PostgreSQL database" in text
