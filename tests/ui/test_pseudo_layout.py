"""Layouts that survive longer words: under the pseudo language (every text 40 % longer and
accented, ui/translation.py) the main window at a 1366×768 laptop's size on each tab, every
dialog and the presenter in each mode show no clipped or overlapping text
(tests/ui/layout_walk.py says how)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget
from shiboken6 import isValid

from roadmap_desktop import words
from roadmap_desktop.app import open_services
from roadmap_desktop.services import Services
from roadmap_desktop.ui import translation
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.presenter import MODES, PresenterWindow
from tests.ui import layout_walk
from tests.ui.test_accessibility import DIALOGS, shown


@pytest.fixture
def pseudo(qapp) -> Iterator[None]:
    """The pseudo language, in the app's own look (theme.apply: its font, as users see it)."""
    from roadmap_desktop.ui import theme

    font = qapp.font()
    theme.apply(qapp)
    translation.install(words.PSEUDO)
    yield
    translation.install(words.ENGLISH)
    qapp.setFont(font)


@pytest.fixture
def window(pseudo, qtbot, services: Services, demo: int) -> MainWindow:
    """The main window in the pseudo language, at a laptop's size."""
    win = MainWindow(services, open_store=open_services)
    qtbot.addWidget(win)
    win.resize(*layout_walk.LAPTOP)
    win.show()
    qtbot.waitExposed(win)
    return win


def check(widget: QWidget) -> None:
    found = layout_walk.problems(widget)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_the_main_window_on_each_tab(window: MainWindow, tab: int, qtbot):
    window.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
    check(window)


def test_the_results_views_each(window: MainWindow, qtbot):
    window.tabs.setCurrentWidget(window.results)
    views = window.results.findChild(QTabWidget)
    assert views is not None
    for index in range(views.count()):
        views.setCurrentIndex(index)
        qtbot.waitUntil(lambda: views.currentWidget().isVisible())
        check(window)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog(
    name: str, window: MainWindow, services: Services, demo: int, tmp_path: Path, monkeypatch, qtbot
):
    dialog = DIALOGS[name](window, services, demo, tmp_path, monkeypatch, qtbot)
    try:
        if not dialog.isVisible():
            shown(qtbot, dialog)
        check(dialog)
    finally:
        if isValid(dialog) and dialog.isVisible():
            dialog.close()


@pytest.mark.parametrize("mode", list(MODES))
def test_the_presenter_in_each_mode(pseudo, services: Services, demo: int, mode: str, qtbot):
    presenter = PresenterWindow(services, demo)  # deletes itself on close
    presenter.resize(*layout_walk.LAPTOP)
    presenter.show()
    qtbot.waitExposed(presenter)
    presenter.set_mode(mode)
    try:
        check(presenter)
    finally:
        if isValid(presenter):
            presenter.close()


def test_the_walk_finds_clipped_and_overlapping_text(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton

    box = QWidget()
    clipped = QLabel("A label far too long for the room it was given", box, objectName="c")
    clipped.setGeometry(0, 0, 60, 20)
    button = QPushButton("Over", box, objectName="o")
    button.setGeometry(10, 0, 80, 30)
    shown(qtbot, box)
    found = layout_walk.problems(box)
    assert any("QLabel(c)" in p and "clipped" in p for p in found)
    assert any("overlap" in p for p in found)
    box.close()
