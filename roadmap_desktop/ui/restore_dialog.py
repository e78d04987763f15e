"""File ▸ Restore from backup…: the store's backups, newest first, with what each holds, and
the two ways back — over the current store (set aside first) or as a new store file."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# What each reason slug (store/backups.py REASONS) means to a facilitator.
REASON_TEXT = {
    "opened": "when the store was opened",
    "round-closed": "after a round was closed",
    "round-revealed": "after a round was revealed",
    "before-import": "before an import",
    "before-remove-lane": "before a lane was removed",
    "before-remove-criterion": "before a criterion was removed",
    "periodic": "during the work (every 15 minutes)",
    "before-restore": "before a restore (the store as it was)",
    "before-migration": "before this version updated the store",
}
COLUMNS = ("Taken", "Why", "Workshops", "Proposals", "Rounds", "Last change")
OVER, AS_NEW = "over", "new"


def _local(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y %H:%M}"


def reason_text(reason: str) -> str:
    return REASON_TEXT.get(reason, reason.replace("-", " "))


class RestoreDialog(QDialog):
    """Lists backups (objects with path, taken_at, reason, workshops, proposals, rounds,
    last_change, problem); `choice` is OVER or AS_NEW once accepted, `chosen` the backup."""

    def __init__(self, backups: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle("Restore from backup")
        self.backups = list(backups)
        self.choice: str | None = None
        self.chosen: Any = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Backups are taken when the store opens, after each round is closed or revealed, "
            "before an import or a removal, and every 15 minutes while you work. Restoring "
            "over this store first sets the current one aside, and Edit ▸ Undo brings it back.",
            objectName="restoreIntro",
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.backups), len(COLUMNS), objectName="backupTable")
        self.table.setAccessibleName("Backups, newest first")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, backup in enumerate(self.backups):
            self._fill(row, backup)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            "This store has no backups yet: the first is taken when a round closes, or "
            "15 minutes into the work.",
            objectName="noBackups",
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.backups)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.over = QPushButton("Restore over this store", objectName="restoreOver")
        self.as_new = QPushButton("Open as a new store…", objectName="restoreAsNew")
        buttons.addButton(self.over, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.as_new, QDialogButtonBox.ButtonRole.AcceptRole)
        self.over.clicked.connect(lambda: self._choose(OVER))
        self.as_new.clicked.connect(lambda: self._choose(AS_NEW))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        usable = next((i for i, b in enumerate(self.backups) if not b.problem), None)
        if usable is not None:
            self.table.selectRow(usable)
        self._selection_changed()
        self.resize(1040, 440)

    def _fill(self, row: int, backup: Any) -> None:
        names = ", ".join(backup.workshops) or "no workshop"
        why = reason_text(backup.reason)
        if backup.problem:
            why = f"cannot be used: {backup.problem}"
        cells = (
            _local(backup.taken_at),
            why,
            names,
            str(backup.proposals),
            str(backup.rounds),
            _local(backup.last_change),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in (3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if backup.problem:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(str(backup.path))
            self.table.setItem(row, column, item)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        backup = self.selected()
        usable = backup is not None and not backup.problem
        self.over.setEnabled(usable)
        self.as_new.setEnabled(usable)

    def _choose(self, choice: str) -> None:
        self.chosen = self.selected()
        if self.chosen is None:
            return
        self.choice = choice
        self.accept()
