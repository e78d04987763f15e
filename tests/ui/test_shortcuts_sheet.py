"""Help ▸ Keyboard shortcuts: a sheet read from the window's own menus and the board's keys,
searchable, never out of date."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.shortcuts_sheet import ShortcutsSheet


def open_sheet(window: MainWindow, qtbot) -> ShortcutsSheet:
    window.findChild(QAction, "shortcutsAction").trigger()
    sheet = window.findChild(ShortcutsSheet, "shortcutsSheet")
    qtbot.waitExposed(sheet)
    return sheet


def rows(sheet: ShortcutsSheet) -> list[tuple[str, str, str]]:
    """What the table shows, row by row: menu, command, keys."""
    table = sheet.findChild(QTableView, "shortcutsTable")
    model = table.model()
    return [
        tuple(model.index(r, c, QModelIndex()).data() for c in range(3))
        for r in range(model.rowCount())
    ]


def test_help_lists_every_menu_shortcut_and_the_boards_keys(window: MainWindow, qtbot):
    action = window.findChild(QAction, "shortcutsAction")
    assert [k.toString() for k in action.shortcuts()] == ["F1", "Ctrl+/"]
    assert action in window.menuBar().actions()[-1].menu().actions()  # in the Help menu
    sheet = open_sheet(window, qtbot)
    assert sheet.windowTitle() == "Keyboard shortcuts"
    shown = rows(sheet)
    for row in (
        ("File", "Import proposals…", "Ctrl+I"),
        ("File ▸ Export", "Roadmap poster…", "Ctrl+Shift+P"),
        ("Proposal", "New proposal…", "Ctrl+N"),
        ("Proposal", "Delete", "Del"),
        ("Lane", "Move lane left", "Ctrl+Shift+Left"),
        ("Edit", "Undo", "Ctrl+Z"),
        ("View", "Present", "F5"),
        ("Help", "Keyboard shortcuts", "F1 or Ctrl+/"),
        ("Board", "Go to the lane on the left or right", "Left or Right"),
        (
            "Board",
            "Move the selected cards to the lane on the left or right",
            "Ctrl+Left or Ctrl+Right",
        ),
        ("Board", "Move the selected cards up or down in their lane", "Ctrl+Up or Ctrl+Down"),
        ("Board", "Open the card", "Return or Enter"),
    ):
        assert row in shown, row
    redo = next(r for r in shown if r[:2] == ("Edit", "Redo"))
    assert redo[2].startswith("Ctrl+Shift+Z or Ctrl+Y")
    assert not any("&" in r[0] + r[1] for r in shown)  # mnemonics are not shown
    assert all(r[2] for r in shown)  # only what has keys
    sheet.close()


def test_the_sheet_is_read_from_the_menus_each_time_it_opens(window: MainWindow, qtbot):
    window.findChild(QAction, "newProposal").setShortcut(QKeySequence("Ctrl+Alt+N"))
    extra = QAction("&Tidy the board", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+T"))
    window.menuBar().actions()[0].menu().addAction(extra)
    sheet = open_sheet(window, qtbot)
    shown = rows(sheet)
    assert ("Proposal", "New proposal…", "Ctrl+Alt+N") in shown
    assert ("File", "Tidy the board", "Ctrl+Alt+T") in shown
    sheet.close()


def test_searching_narrows_the_sheet(window: MainWindow, qtbot):
    sheet = open_sheet(window, qtbot)
    total = len(rows(sheet))
    search = sheet.findChild(QLineEdit, "shortcutsSearch")
    assert sheet.focusWidget() is search  # type straight away
    qtbot.keyClicks(search, "lane")
    shown = rows(sheet)
    assert 4 <= len(shown) < total
    assert all("lane" in " ".join(r).lower() for r in shown)
    assert sheet.findChild(QLabel, "shortcutsCount").text() == f"{len(shown)} of {total} shortcuts"
    search.setText("ctrl+e")
    assert [r[1] for r in rows(sheet)] == ["Archive"]
    search.clear()
    assert len(rows(sheet)) == total
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # Esc closes it
    assert not sheet.isVisible()


def test_no_key_is_given_to_two_actions(window: MainWindow):
    """A key on two actions is "ambiguous" to Qt and does nothing at all."""
    owners: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in owners, f"{text}: {owners[text]} and {action.text()}"
            owners[text] = action.text()
    assert owners["F1"] == "&Keyboard shortcuts"
