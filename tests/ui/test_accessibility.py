"""The keyboard and screen-reader audit, inside the process: the main window on each tab,
every dialog and the presenter, shown as a user meets them. Every control Tab stops at has an
accessible name, Tab from the first control reaches every one of them and comes back, and
nothing Tab stops at is invisible (tests/ui/accessibility_walk.py says how)."""

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from roadmap_desktop.services import Services
from roadmap_desktop.store.backups import take_backup
from roadmap_desktop.ui.ask import choice_dialog
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.presenter import MODES, PresenterWindow
from roadmap_desktop.ui.restore_dialog import RestoreDialog
from roadmap_desktop.ui.results.compare_dialog import CompareRoundsDialog
from roadmap_desktop.ui.scoring.round_bar import OpenRoundDialog
from roadmap_desktop.ui.scoring.wifi_dialog import WifiDialog
from roadmap_desktop.ui.workshop_settings import WorkshopSettingsDialog
from roadmap_desktop.ui.workshop_wizard import NewWorkshopWizard, PasteParticipantsDialog
from tests.ui import accessibility_walk
from tests.ui.test_results import second_round


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- the main window ------------------------------------------------------------------------


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_the_main_window_on_each_tab(window: MainWindow, tab: int, qtbot):
    window.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
    accessibility_walk.check(window, at_least=10)


def test_the_results_views_each(window: MainWindow, qtbot):
    window.tabs.setCurrentWidget(window.results)
    views = window.results.findChild(QTabWidget)
    assert views is not None
    for index in range(views.count()):
        views.setCurrentIndex(index)
        qtbot.waitUntil(lambda: views.currentWidget().isVisible())
        accessibility_walk.check(window, at_least=10)


# -- dialogs --------------------------------------------------------------------------------

Maker = Callable[[MainWindow, Services, int, Path, pytest.MonkeyPatch, object], QWidget]


def _proposal(window: MainWindow, *_args) -> QWidget:
    dialog = window.board_actions._dialog(None)
    assert dialog is not None
    return dialog


def _edit_proposal(window: MainWindow, *_args) -> QWidget:
    card = window.board_widget.views[0].lane_model.cards()[0]
    dialog = window.board_actions._dialog(card)
    assert dialog is not None
    return dialog


def _import(window: MainWindow, services, demo, tmp_path: Path, monkeypatch, qtbot) -> QWidget:
    path = tmp_path / "depts.csv"
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(
            [
                ["Project name", "Description", "Sponsor", "Domain", "Estimated cost"],
                ["Bibliotecas abiertas hasta las 9", "Evening hours", "Library", "Safe", "$12"],
                ["Live 911 queue and unit-status dashboard", "Again", "Police", "Safe", ""],
            ]
        )
    caught: list[QDialog] = []
    monkeypatch.setattr(window.ask, "import_dialog", lambda d: caught.append(d) and False)
    window.import_proposals(str(path))
    qtbot.waitUntil(lambda: bool(caught), timeout=30_000)
    return caught[0]


def _document(action: str) -> Maker:
    def make(window: MainWindow, services, demo, tmp_path, monkeypatch, qtbot) -> QWidget:
        caught: list[QDialog] = []
        monkeypatch.setattr(window.ask, "document_dialog", caught.append)
        window.findChild(QAction, action).trigger()
        dialog = caught[0]
        qtbot.waitUntil(lambda: dialog.document is not None, timeout=60_000)
        return dialog

    return make


def _restore(window: MainWindow, services: Services, *_args) -> QWidget:
    assert services.store.path is not None
    take_backup(services.store.path, "manual")
    return RestoreDialog(services.backups(), window)


def _compare(window: MainWindow, services: Services, demo: int, *_args) -> QWidget:
    second_round(services, demo)
    return CompareRoundsDialog(services, demo, [1, 2], window)


def _open_round(window: MainWindow, *_args) -> QWidget:
    return OpenRoundDialog("Shortlist", 25, 3, window)


def _wifi(window: MainWindow, *_args) -> QWidget:
    return WifiDialog(None, window)


def _shortcuts(window: MainWindow, *_args) -> QWidget:
    window.findChild(QAction, "shortcutsAction").trigger()
    sheet = window.findChild(QDialog, "shortcutsSheet")
    assert sheet is not None
    return sheet


def _settings_tab(index: int) -> Maker:
    def make(window: MainWindow, services, demo: int, *_args) -> QWidget:
        dialog = WorkshopSettingsDialog(services, window.undo_stack, demo, window)
        dialog.findChild(QTabWidget, "settingsTabs").setCurrentIndex(index)
        return dialog

    return make


def _wizard_page(page: int) -> Maker:
    def make(window: MainWindow, services: Services, *_args) -> QWidget:
        wizard = NewWorkshopWizard(services, window)
        wizard.findChild(QLineEdit, "workshopName").setText("Innovation Roadmap 2027")
        wizard.show()
        for _ in range(page):
            wizard.next()
        assert wizard.currentId() == page, wizard.currentPage().objectName()
        return wizard

    return make


def _paste(window: MainWindow, *_args) -> QWidget:
    return PasteParticipantsDialog(window)


def _input_text(window: MainWindow, *_args) -> QWidget:
    """What Ask.text shows (rename a lane, …)."""
    dialog = QInputDialog(window)
    dialog.setWindowTitle("Rename lane")
    dialog.setLabelText("Name:")
    dialog.setTextValue("Shortlist")
    return dialog


def _input_choice(window: MainWindow, *_args) -> QWidget:
    return choice_dialog(window, "Move to lane", "Lane:", ["Inbox", "Shortlist", "Roadmap"])


def _confirm(window: MainWindow, *_args) -> QWidget:
    """What Ask.confirm shows."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Delete proposal",
        "Delete “Bike lanes”?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    return box


DIALOGS: dict[str, Maker] = {
    "new proposal": _proposal,
    "edit proposal": _edit_proposal,
    "import proposals": _import,
    "poster": _document("exportPoster"),
    "council packet": _document("exportPacket"),
    "restore from backup": _restore,
    "compare rounds": _compare,
    "open round": _open_round,
    "room wifi": _wifi,
    "keyboard shortcuts": _shortcuts,
    **{f"settings tab {i}": _settings_tab(i) for i in range(4)},
    **{f"new workshop page {i}": _wizard_page(i) for i in range(6)},
    "paste participants": _paste,
    "ask text": _input_text,
    "ask choice": _input_choice,
    "ask confirm": _confirm,
}


@pytest.fixture
def opened(window: MainWindow) -> Iterator[list[QWidget]]:
    dialogs: list[QWidget] = []
    yield dialogs
    for dialog in dialogs:
        if isValid(dialog) and dialog.isVisible():
            dialog.close()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog(
    name: str,
    window: MainWindow,
    services: Services,
    demo: int,
    tmp_path: Path,
    monkeypatch,
    qtbot,
    opened: list[QWidget],
):
    dialog = DIALOGS[name](window, services, demo, tmp_path, monkeypatch, qtbot)
    opened.append(dialog)
    if not dialog.isVisible():
        shown(qtbot, dialog)
    accessibility_walk.check(dialog, at_least=2)


# -- the presenter ----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", list(MODES))
def test_the_presenter_in_each_mode(services: Services, demo: int, mode: str, qtbot):
    """The presenter takes keys on its window and has no controls: it has a name. (Offscreen,
    Qt does not activate it, so Tab is not walked here; the AT-SPI audit sees it shown.)"""
    presenter = PresenterWindow(services, demo)  # deletes itself on close
    presenter.show()
    qtbot.waitExposed(presenter)
    presenter.set_mode(mode)
    try:
        found = accessibility_walk.audit(presenter, walk_tab=False)
        assert found.controls == [presenter]
        assert not found.problems, "\n".join(found.problems)
    finally:
        if isValid(presenter):
            presenter.close()


# -- the audit itself can fail ----------------------------------------------------------------


def test_the_audit_finds_a_nameless_control_a_trap_and_an_invisible_stop(qtbot):
    box = QDialog()
    named = QLineEdit(box, objectName="named")
    named.setAccessibleName("Named")
    QComboBox(box, objectName="valueOnly").addItems(["Safe"])
    tiny = QLineEdit(box, objectName="tiny")
    tiny.setAccessibleName("Tiny")
    shown(qtbot, box)
    tiny.resize(0, 0)
    found = accessibility_walk.audit(box)
    assert "QComboBox(valueOnly) has no accessible name" in found.problems
    assert "Tab stops at QLineEdit(tiny), which is invisible" in found.problems
    box.close()
