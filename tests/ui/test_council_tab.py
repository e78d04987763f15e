"""Workshop ▸ Settings' Council tab: the council packet's front-section fields filled in,
applied on OK as one undoable step, undone and redone; an unknown time zone is refused on the
dialog with nothing changed."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from roadmap_desktop.services.views import CouncilInfo
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.workshop_settings import WorkshopSettingsDialog

ZONE = "America/Los_Angeles"


@pytest.fixture
def dialog(qtbot, window: MainWindow, demo: int) -> Iterator[WorkshopSettingsDialog]:
    dlg = WorkshopSettingsDialog(window.services, window.undo_stack, demo, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    tabs = dlg.findChild(QTabWidget, "settingsTabs")
    tabs.setCurrentWidget(dlg.findChild(QWidget, "councilTab"))
    yield dlg
    if dlg.isVisible():
        dlg.reject()


def fill(qtbot, dlg: WorkshopSettingsDialog) -> None:
    qtbot.keyClicks(dlg.findChild(QPlainTextEdit, "councilRecommendation"), "Adopt it.")
    qtbot.keyClicks(dlg.findChild(QPlainTextEdit, "councilActionRequested"), "Vote yes.")
    qtbot.keyClicks(dlg.findChild(QLineEdit, "councilAgendaItem"), "Item 4.2")
    qtbot.keyClicks(dlg.findChild(QLineEdit, "councilMeetingDate"), "January 15, 2027")
    qtbot.keyClicks(dlg.findChild(QLineEdit, "councilPreparedBy"), "Ana Ruiz")
    qtbot.keyClicks(dlg.findChild(QLineEdit, "councilApprovedBy"), "Sam Lee")
    zone = dlg.findChild(QComboBox, "councilTimeZone")
    zone.setCurrentIndex(zone.findData(ZONE))


FILLED = CouncilInfo(
    "Adopt it.", "Vote yes.", "Item 4.2", "January 15, 2027", "Ana Ruiz", "Sam Lee", ZONE
)


def test_fill_ok_undo_redo(qtbot, window: MainWindow, demo: int, dialog, tmp_path: Path) -> None:
    services = window.services
    assert services.workshop(demo).council == CouncilInfo()
    apply = dialog.findChild(QPushButton, "settingsApply")
    assert not apply.isEnabled()
    fill(qtbot, dialog)
    assert apply.isEnabled()
    dialog.grab().save(str(tmp_path / "council.png"))  # renders offscreen without a warning
    qtbot.mouseClick(dialog.findChild(QPushButton, "settingsOk"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert services.workshop(demo).council == FILLED
    assert window.undo_stack.undoText() == "Change the council section"

    window.undo_stack.undo()
    assert services.workshop(demo).council == CouncilInfo()
    window.undo_stack.redo()
    assert services.workshop(demo).council == FILLED


def test_the_tab_shows_what_is_stored_and_keeps_the_zone(
    qtbot, window: MainWindow, demo: int
) -> None:
    window.services.update_council(demo, {"agenda_item": "Item 9", "time_zone": ZONE})
    dlg = WorkshopSettingsDialog(window.services, window.undo_stack, demo, window)
    qtbot.addWidget(dlg)
    assert dlg.findChild(QLineEdit, "councilAgendaItem").text() == "Item 9"
    assert dlg.findChild(QComboBox, "councilTimeZone").currentText() == ZONE
    assert not dlg.has_changes()
    dlg.findChild(QComboBox, "councilTimeZone").setCurrentIndex(0)  # this computer's zone
    assert dlg.apply_changes()
    assert window.services.workshop(demo).council.time_zone == ""
    dlg.deleteLater()


def test_an_unknown_zone_is_refused_and_nothing_changes(
    qtbot, window: MainWindow, demo: int, dialog
) -> None:
    qtbot.keyClicks(dialog.findChild(QLineEdit, "councilAgendaItem"), "Item 4.2")
    zone = dialog.findChild(QComboBox, "councilTimeZone")
    zone.setEditText("Mars/Olympus")
    qtbot.mouseClick(dialog.findChild(QPushButton, "settingsOk"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    message = dialog.findChild(QLabel, "settingsMessage")
    assert "Mars/Olympus" in message.text()
    assert "Nothing was changed." in message.text()
    assert window.services.workshop(demo).council == CouncilInfo()
    assert window.undo_stack.count() == 0
