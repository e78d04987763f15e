"""Help ▸ Keyboard shortcuts: a sheet of every key the window answers to, made when it opens
from the menu bar itself (each menu and submenu: the action, its shortcuts as the platform
writes them) and the board's own keys (ui/board/lane_view.py), so it is never out of date.
A search field narrows it down ("lane", "ctrl+e").
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.ui.action_text import MENU_SEPARATOR, keys_text, plain
from roadmap_desktop.ui.board.lane_view import lane_keys

KEYS = ("F1", "Ctrl+/")  # the sheet's own shortcuts


@dataclass(frozen=True)
class Shortcut:
    """One row of the sheet: where it lives ("File ▸ Export", "Board"), what it does, and
    its keys as the platform writes them ("Ctrl+Shift+P")."""

    where: str
    what: str
    keys: tuple[str, ...]


def _walk(menu: QMenu, path: list[str], rows: list[Shortcut]) -> None:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _walk(submenu, [*path, plain(submenu.title())], rows)
        elif keys := keys_text(action):
            rows.append(Shortcut(MENU_SEPARATOR.join(path), plain(action.text()), tuple(keys)))


def menu_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every action with a shortcut in the window's menus and submenus, in menu order."""
    rows: list[Shortcut] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.isVisible():
            _walk(menu, [plain(menu.title())], rows)
    return rows


def board_shortcuts() -> list[Shortcut]:
    """The board's keys that are not actions: moving the focus, moving cards, opening."""
    native = QKeySequence.SequenceFormat.NativeText
    board = QCoreApplication.translate("shortcuts_sheet", "Board")
    return [
        Shortcut(board, what, tuple(QKeySequence(k).toString(native) for k in keys))
        for keys, what in lane_keys()
    ]


def all_shortcuts(window: QMainWindow) -> list[Shortcut]:
    return [*menu_shortcuts(window), *board_shortcuts()]


class ShortcutsSheet(QDialog):
    """The sheet: a search field over a table of Menu, Command and Keys.

    Attributes:
        search: the search field; table: the rows shown; model: every row.
    """

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.setObjectName("shortcutsSheet")
        title = self.tr("Keyboard shortcuts")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.search = QLineEdit(objectName="shortcutsSearch")
        self.search.setPlaceholderText(self.tr("Search commands and keys"))
        self.search.setAccessibleName(self.tr("Search keyboard shortcuts"))
        self.search.setClearButtonEnabled(True)
        columns = [self.tr("Menu"), self.tr("Command"), self.tr("Keys")]
        self.model = QStandardItemModel(0, len(columns), self)
        self.model.setHorizontalHeaderLabels(columns)
        self.rows = QSortFilterProxyModel(self)
        self.rows.setSourceModel(self.model)
        self.rows.setFilterKeyColumn(-1)  # any column
        self.rows.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.rows.setFilterFixedString)
        self.search.textChanged.connect(self._count)
        self.table = QTableView(objectName="shortcutsTable")
        self.table.setAccessibleName(title)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.rows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(objectName="shortcutsCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(860, 640)
        self.refresh()

    def refresh(self) -> None:
        """Reads the menus again (a shortcut or an action may have changed since)."""
        self.model.removeRows(0, self.model.rowCount())
        bold = self.font()
        bold.setBold(True)
        for row in all_shortcuts(self.window_):
            cells = [QStandardItem(row.where), QStandardItem(row.what)]
            keys = QStandardItem(self.tr(" or ").join(row.keys))
            keys.setFont(bold)
            self.model.appendRow([*cells, keys])
        self._count()

    def _count(self, *_args: object) -> None:
        shown, total = self.rows.rowCount(), self.model.rowCount()
        # English has no catalog: its singular and plural are two numerus messages.
        if shown != total:
            text = (
                self.tr("{shown} of %n shortcut", "", total)
                if total == 1
                else self.tr("{shown} of %n shortcuts", "", total)
            ).format(shown=shown)
        else:
            text = (
                self.tr("%n shortcut", "", total)
                if total == 1
                else self.tr("%n shortcuts", "", total)
            )
        self.count.setText(text)

    def showEvent(self, event) -> None:  # noqa: ANN001  (Qt override keeps Qt's name)
        super().showEvent(event)
        self.search.setFocus()


def open_sheet(window: QMainWindow) -> ShortcutsSheet:
    """Shows the window's sheet (one per window, read afresh), beside the window: it can
    stay open while you work."""
    sheet = window.findChild(ShortcutsSheet, "shortcutsSheet")
    if sheet is None:
        sheet = ShortcutsSheet(window)
    else:
        sheet.refresh()
    sheet.show()
    sheet.raise_()
    sheet.activateWindow()
    return sheet


def shortcuts_action(window: QMainWindow) -> QAction:
    """Help ▸ Keyboard shortcuts (F1, Ctrl+/), for the window's Help menu."""
    action = QAction(
        QCoreApplication.translate("shortcuts_sheet", "&Keyboard shortcuts"),
        window,
        objectName="shortcutsAction",
    )
    action.setShortcuts([QKeySequence(k) for k in KEYS])
    action.triggered.connect(lambda: open_sheet(window))
    return action
