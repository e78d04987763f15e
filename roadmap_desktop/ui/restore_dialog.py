"""File ▸ Restore from backup…: the store's backups, newest first, with what each holds, and
the two ways back — over the current store (set aside first) or as a new store file."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
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

translate = QCoreApplication.translate
OVER, AS_NEW = "over", "new"


def reason_texts() -> dict[str, str]:
    """What each reason slug (store/backups.py REASONS) means to a facilitator."""
    return {
        "opened": translate("restore_dialog", "when the store was opened"),
        "round-closed": translate("restore_dialog", "after a round was closed"),
        "round-revealed": translate("restore_dialog", "after a round was revealed"),
        "before-import": translate("restore_dialog", "before an import"),
        "before-remove-lane": translate("restore_dialog", "before a lane was removed"),
        "before-remove-criterion": translate("restore_dialog", "before a criterion was removed"),
        "periodic": translate("restore_dialog", "during the work (every 15 minutes)"),
        "before-restore": translate("restore_dialog", "before a restore (the store as it was)"),
        "before-migration": translate("restore_dialog", "before this version updated the store"),
    }


def columns() -> tuple[str, ...]:
    return (
        translate("restore_dialog", "Taken"),
        translate("restore_dialog", "Why"),
        translate("restore_dialog", "Workshops"),
        translate("restore_dialog", "Proposals"),
        translate("restore_dialog", "Rounds"),
        translate("restore_dialog", "Last change"),
    )


def _local(moment: datetime | None) -> str:
    """A day and a time in the window's language: "3 Mar 2026 14:05" in English."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    #: A Qt date-and-time format (QDateTime::toString): d day, MMM the month's short name,
    #: yyyy year, HH:mm the 24-hour time.
    pattern = translate("restore_dialog", "d MMM yyyy HH:mm")
    shown = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(shown, pattern)


def reason_text(reason: str) -> str:
    return reason_texts().get(reason, reason.replace("-", " "))


class RestoreDialog(QDialog):
    """Lists backups (objects with path, taken_at, reason, workshops, proposals, rounds,
    last_change, problem); `choice` is OVER or AS_NEW once accepted, `chosen` the backup."""

    def __init__(self, backups: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = list(backups)
        self.choice: str | None = None
        self.chosen: Any = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Backups are taken when the store opens, after each round is closed or "
                "revealed, before an import or a removal, and every 15 minutes while you work. "
                "Restoring over this store first sets the current one aside, and Edit ▸ Undo "
                "brings it back."
            ),
            objectName="restoreIntro",
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        headers = columns()
        self.table = QTableWidget(len(self.backups), len(headers), objectName="backupTable")
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(headers)
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
            self.tr(
                "This store has no backups yet: the first is taken when a round closes, or "
                "15 minutes into the work."
            ),
            objectName="noBackups",
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self.backups)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.over = QPushButton(self.tr("Restore over this store"), objectName="restoreOver")
        self.as_new = QPushButton(self.tr("Open as a new store…"), objectName="restoreAsNew")
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
        names = ", ".join(backup.workshops) or self.tr("no workshop")
        why = reason_text(backup.reason)
        if backup.problem:
            why = self.tr("cannot be used: {problem}").format(problem=backup.problem)
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
