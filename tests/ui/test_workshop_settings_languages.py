"""Workshop ▸ Settings… in another language: under the pseudo language (every text the
catalog knows lengthened and bracketed, ui/translation.py) its tabs, fields, tables and the
undo step's name show translated words. Passes once the catalogs are extracted."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTabWidget, QWidget

from roadmap_desktop import words
from roadmap_desktop.services import Services
from roadmap_desktop.ui import translation
from roadmap_desktop.ui.workshop_settings import WorkshopSettingsDialog, change_text
from roadmap_desktop.words.pseudo import is_pseudo


@pytest.fixture
def dialog(qtbot, services: Services, demo: int) -> Iterator[WorkshopSettingsDialog]:
    translation.install(words.PSEUDO)
    try:
        host = QWidget()
        qtbot.addWidget(host)
        built = WorkshopSettingsDialog(services, QUndoStack(host), demo, host)
        qtbot.addWidget(built)
        yield built
    finally:
        translation.install(words.ENGLISH)


def test_the_tabs_and_fields_speak_the_language(dialog: WorkshopSettingsDialog):
    assert is_pseudo(dialog.windowTitle()) and is_pseudo(dialog.accessibleName())
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    assert all(is_pseudo(tabs.tabText(i)) for i in range(tabs.count()))
    for combo in (dialog.aggregation, dialog.vote_record):
        assert all(is_pseudo(combo.itemText(i)) for i in range(combo.count()))
        assert is_pseudo(combo.accessibleName())
    assert is_pseudo(dialog.count_facilitator.text())
    assert is_pseudo(dialog.threshold.accessibleDescription())
    for name in ("settingsOk", "settingsCancel", "settingsApply"):
        assert is_pseudo(dialog.findChild(QPushButton, name).accessibleName()), name
    hints = [label.text() for label in dialog.findChildren(QLabel) if label.wordWrap()]
    assert hints and all(is_pseudo(text) for text in hints if text)


def test_the_tables_speak_the_language(dialog: WorkshopSettingsDialog):
    for table in (dialog.criteria_table, dialog.participants_table):
        grid = table.grid
        for column in range(grid.columnCount()):
            heading = grid.horizontalHeaderItem(column)
            assert is_pseudo(heading.text()) and is_pseudo(heading.toolTip())
        for button in (table.add_button, table.remove_button, table.up_button):
            assert is_pseudo(button.text()) and is_pseudo(button.accessibleName())
    roles = dialog.participants_table.grid
    assert all(is_pseudo(roles.item(r, 1).text()) for r in range(roles.rowCount()))
    labels = dialog.findChild(QTableWidget, "labelsTable")
    assert is_pseudo(labels.accessibleName())
    for column in range(labels.columnCount()):
        assert is_pseudo(labels.horizontalHeaderItem(column).text())
    assert all(is_pseudo(labels.item(r, 0).text()) for r in range(labels.rowCount()))


def test_a_refusal_and_the_undo_step_speak_the_language(dialog: WorkshopSettingsDialog):
    dialog.criteria_table.grid.item(0, 2).setText("heavy")
    assert not dialog.apply_changes()
    assert is_pseudo(dialog.message.label.text())  # "The weight of … must be a number"
    assert is_pseudo(change_text(["criteria"]))
    assert is_pseudo(change_text(["settings", "criteria", "labels"]))
