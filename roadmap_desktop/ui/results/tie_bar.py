"""The Results tab's tie bar: when proposals tie at the cut line, settle the tie by hand (an
order and a written reason), start a runoff round on just those proposals, or settle the
tie by a revealed runoff's result. The bar asks; the window makes each an undoable step."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.services.views import RoundView
from roadmap_desktop.ui.ask import Ask


class SettleTieDialog(QDialog):
    """The tied proposals in an order the facilitator sets, and the reason for it."""

    def __init__(self, tied: Sequence[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="settleTieDialog")
        self.setWindowTitle(self.tr("Settle the tie"))
        intro = QLabel(
            self.tr(
                "Put the tied proposals in the order the cabinet agreed, first at the top, and "
                "write why. The packet prints the order and the reason."
            )
        )
        intro.setWordWrap(True)
        self.order = QListWidget(objectName="tieOrder")
        self.order.setAccessibleName(self.tr("Order of the tied proposals"))
        self.order.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        for pid, title in tied:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.order.addItem(item)
        self.order.setCurrentRow(0)
        up = QPushButton(self.tr("Move &up"), objectName="tieUp")
        down = QPushButton(self.tr("Move &down"), objectName="tieDown")
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        moves = QVBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        moves.addStretch(1)
        rows = QHBoxLayout()
        rows.addWidget(self.order, 1)
        rows.addLayout(moves)
        self.reason = QPlainTextEdit(objectName="tieReason")
        self.reason.setAccessibleName(self.tr("Reason for this order"))
        self.reason.setPlaceholderText(
            self.tr("e.g. Ready to start this year; the other waits on a grant.")
        )
        self.reason.setTabChangesFocus(True)
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Settle"))
        ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(rows, 1)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(520, 420)

    def _move(self, step: int) -> None:
        row = self.order.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < self.order.count():
            return
        item = self.order.takeItem(row)
        self.order.insertItem(to, item)
        self.order.setCurrentRow(to)

    def chosen(self) -> list[int]:
        return [
            int(self.order.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.order.count())
        ]

    def why(self) -> str:
        return self.reason.toPlainText().strip()


class TieBar(QWidget):
    """Buttons beside the tie warning.

    Signals:
        settle(tuple): (round number, proposal ids in the agreed order, reason).
        runoff(tuple): the tied proposal ids, for a new round on just them.
        settle_by_runoff(tuple): (round number, runoff round number, tied proposal ids).
    """

    settle = Signal(tuple)
    runoff = Signal(tuple)
    settle_by_runoff = Signal(tuple)

    def __init__(self, ask: Ask, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="tieBar")
        self.ask = ask
        self.round_number: int | None = None
        self.tied: list[tuple[int, str]] = []
        self.runoff_round: int | None = None
        self.settle_button = QPushButton(self.tr("Settle the tie…"), objectName="settleTie")
        self.settle_button.clicked.connect(self._settle)
        self.runoff_button = QPushButton(self.tr("Runoff round…"), objectName="runoffTie")
        self.runoff_button.setToolTip(self.tr("Open a round on just the tied proposals"))
        self.runoff_button.clicked.connect(self._runoff)
        self.from_runoff = QPushButton(objectName="settleFromRunoff")
        self.from_runoff.clicked.connect(self._from_runoff)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.settle_button)
        layout.addWidget(self.runoff_button)
        layout.addWidget(self.from_runoff)
        # Shown only with a tie, but its room is always kept: nothing below it moves.
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def set_ties(
        self,
        round_number: int | None,
        tied: Sequence[tuple[int, str]],
        rounds: Sequence[RoundView],
    ) -> None:
        """The tie at the shown cut line (none: the bar hides). A revealed round after this
        one, on a selection, is offered as the runoff that settles it."""
        self.round_number, self.tied = round_number, list(tied)
        later = [
            r.number
            for r in rounds
            if r.revealed
            and round_number is not None
            and r.number > round_number
            and r.scope == "selection"
        ]
        self.runoff_round = later[-1] if later else None
        self.from_runoff.setVisible(self.runoff_round is not None)
        if self.runoff_round is not None:
            self.from_runoff.setText(
                self.tr("Settle by round {number}").format(number=self.runoff_round)
            )
        self.setVisible(bool(self.tied) and round_number is not None)

    def _settle(self) -> None:
        dialog = SettleTieDialog(self.tied, self.window())
        try:
            if self.ask.tie_dialog(dialog) and self.round_number is not None:
                self.settle.emit((self.round_number, tuple(dialog.chosen()), dialog.why()))
        finally:
            dialog.deleteLater()

    def _runoff(self) -> None:
        titles = "; ".join(title for _pid, title in self.tied)
        if self.ask.confirm(
            self.tr("Runoff round"),
            self.tr(
                "Open a new round on just the tied proposals ({titles})? Its result can then "
                "settle their order."
            ).format(titles=titles),
        ):
            self.runoff.emit(tuple(pid for pid, _title in self.tied))

    def runoff_row(self, listed: QListWidget) -> QHBoxLayout:
        """A row with "Runoff round on these…" for a list of proposals (the most divided,
        each item's user data its id): asks, then emits runoff with the listed ones."""
        button = QPushButton(self.tr("Runoff round on these…"), objectName="dividedRunoff")
        button.setToolTip(self.tr("Open a round on just the proposals listed above"))

        def ask() -> None:
            items = [listed.item(i) for i in range(listed.count())]
            chosen = [
                (item.data(Qt.ItemDataRole.UserRole), item.text())
                for item in items
                if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
            ]
            if not chosen:
                return
            if self.ask.confirm(
                self.tr("Runoff round"),
                self.tr(
                    "Open a new round on just the most divided proposals, after the discussion "
                    "({count})?"
                ).format(count=len(chosen)),
            ):
                self.runoff.emit(tuple(int(pid) for pid, _text in chosen))

        button.clicked.connect(ask)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        return row

    def _from_runoff(self) -> None:
        if self.round_number is not None and self.runoff_round is not None:
            self.settle_by_runoff.emit(
                (self.round_number, self.runoff_round, tuple(pid for pid, _t in self.tied))
            )
