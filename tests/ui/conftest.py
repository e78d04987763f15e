"""GUI test setup: Qt's test locations (never the user's settings), and no leaked windows."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from roadmap_desktop import locations
from roadmap_desktop.app import open_services
from roadmap_desktop.services import Services
from roadmap_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def qt_test_locations(qapp: QApplication, tmp_path_factory) -> Iterator[None]:
    """Qt's test folders, and settings in a folder of this test's own: never the user's, and
    never another test run's (runs at the same time would share ~/.qttest's file)."""
    QStandardPaths.setTestModeEnabled(True)
    locations.name_application()
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    yield
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for w in leaked:
        w.close()
    assert not leaked, f"test left windows open: {[w.objectName() or w for w in leaked]}"


@pytest.fixture
def window(qtbot, services: Services, demo: int) -> MainWindow:
    """The main window over a store holding the demo workshop."""
    win = MainWindow(services, open_store=open_services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(autouse=True)
def window_language(qapp: QApplication) -> Iterator[None]:
    """Every GUI test starts in English, with English's catalog (its plural forms) in, as the
    app starts; a test that installs another language (ui/translation.py) leaves English."""
    from roadmap_desktop import words
    from roadmap_desktop.ui import translation

    if translation.installed() != words.ENGLISH:
        translation.install(words.ENGLISH)
    yield
    if translation.installed() != words.ENGLISH:
        translation.install(words.ENGLISH)
