"""The "Compare rounds" dialog: two revealed rounds side by side, how each proposal's rank and
score moved, largest change first."""

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.services import Problem, Services


class CompareRoundsDialog(QDialog):
    """Two revealed rounds side by side: how each proposal's rank and score moved, largest
    change first."""

    def __init__(
        self, services: Services, workshop_id: int, rounds: Sequence[int], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareRoundsDialog")
        self.setWindowTitle(self.tr("Compare rounds"))
        self.setAccessibleName(self.tr("Compare rounds"))
        self.services = services
        self.workshop_id = workshop_id
        self.first = QComboBox(objectName="compareFirst")
        self.first.setAccessibleName(self.tr("Earlier round"))
        self.second = QComboBox(objectName="compareSecond")
        self.second.setAccessibleName(self.tr("Later round"))
        for number in rounds:
            self.first.addItem(self.tr("Round {number}").format(number=number), number)
            self.second.addItem(self.tr("Round {number}").format(number=number), number)
        self.first.setCurrentIndex(max(len(rounds) - 2, 0))
        self.second.setCurrentIndex(len(rounds) - 1)
        self.note = QLabel(objectName="compareNote")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Comparison summary"))
        columns = [
            self.tr("Proposal"),
            self.tr("Rank before → after"),
            self.tr("Score before → after"),
            self.tr("Change"),
        ]
        self.table = QTableWidget(0, len(columns), objectName="compareTable")
        self.table.setAccessibleName(self.tr("Movements between the rounds"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(columns)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        picks = QHBoxLayout()
        for text, combo in ((self.tr("&From"), self.first), (self.tr("&to"), self.second)):
            label = QLabel(text)
            label.setBuddy(combo)
            picks.addWidget(label)
            picks.addWidget(combo)
        picks.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(picks)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.first.currentIndexChanged.connect(lambda _i: self.fill())
        self.second.currentIndexChanged.connect(lambda _i: self.fill())
        self.resize(880, 560)
        self.fill()

    def fill(self) -> None:
        self.table.setRowCount(0)
        first, second = self.first.currentData(), self.second.currentData()
        if first is None or second is None or first == second:
            self.note.setText(self.tr("Choose two different revealed rounds."))
            return
        try:
            moves = self.services.compare_rounds(self.workshop_id, first, second)
        except Problem as exc:
            self.note.setText(str(exc))
            return
        # The services order them: largest change of score first, then the later ranking.
        self.table.setRowCount(len(moves))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, move in enumerate(moves):
            cells = (
                move.title,
                f"{_rank(move.rank_before)} → {_rank(move.rank_after)}",
                f"{_score(move.score_before)} → {_score(move.score_after)}",
                "" if move.delta is None else _signed(move.delta),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)
                self.table.setItem(row, column, item)
        risers = sum(1 for m in moves if (m.delta or 0) > 0)
        fallers = sum(1 for m in moves if (m.delta or 0) < 0)
        self.note.setText(
            self.tr(
                "Round {first} → round {second}: {rose} rose, {fell} fell; largest change first."
            ).format(first=first, second=second, rose=risers, fell=fallers)
        )


def _rank(rank: int | None) -> str:
    return "—" if rank is None else str(rank)


def _score(score: float | None) -> str:
    return "—" if score is None else QLocale().toString(float(score), "f", 2)


def _signed(delta: float) -> str:
    """+0.25 or −0.25 (the sign always shown), in the window's language."""
    shown = QLocale().toString(abs(float(delta)), "f", 2)
    return ("-" if round(delta, 2) < 0 else "+") + shown
