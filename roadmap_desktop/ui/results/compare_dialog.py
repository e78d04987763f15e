"""The "Compare rounds" dialog: two revealed rounds side by side, how each proposal's rank and
score moved, largest change first."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
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

    COLUMNS = ("Proposal", "Rank before → after", "Score before → after", "Change")

    def __init__(
        self, services: Services, workshop_id: int, rounds: Sequence[int], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareRoundsDialog")
        self.setWindowTitle("Compare rounds")
        self.setAccessibleName("Compare rounds")
        self.services = services
        self.workshop_id = workshop_id
        self.first = QComboBox(objectName="compareFirst")
        self.first.setAccessibleName("Earlier round")
        self.second = QComboBox(objectName="compareSecond")
        self.second.setAccessibleName("Later round")
        for number in rounds:
            self.first.addItem(f"Round {number}", number)
            self.second.addItem(f"Round {number}", number)
        self.first.setCurrentIndex(max(len(rounds) - 2, 0))
        self.second.setCurrentIndex(len(rounds) - 1)
        self.note = QLabel(objectName="compareNote")
        self.note.setWordWrap(True)
        self.note.setAccessibleName("Comparison summary")
        self.table = QTableWidget(0, len(self.COLUMNS), objectName="compareTable")
        self.table.setAccessibleName("Movements between the rounds")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        picks = QHBoxLayout()
        for text, combo in (("&From", self.first), ("&to", self.second)):
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
            self.note.setText("Choose two different revealed rounds.")
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
                "" if move.delta is None else f"{move.delta:+.2f}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(right)
                self.table.setItem(row, column, item)
        risers = sum(1 for m in moves if (m.delta or 0) > 0)
        fallers = sum(1 for m in moves if (m.delta or 0) < 0)
        self.note.setText(
            f"Round {first} → round {second}: {risers} rose, {fallers} fell; largest change first."
        )


def _rank(rank: int | None) -> str:
    return "—" if rank is None else str(rank)


def _score(score: float | None) -> str:
    return "—" if score is None else f"{score:.2f}"
