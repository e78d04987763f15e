"""The round bar: which round is on, how far the voting got (directors done, partly, not
started), the buttons that open, close, reopen and reveal it, and a live countdown while the
round has a deadline. Closing a round someone has not finished asks first."""

import math
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.services import Problem, Services
from roadmap_desktop.services.progress import RoundTally, tally
from roadmap_desktop.services.views import RoundView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.commands import record
from roadmap_desktop.ui.guard import shielded
from roadmap_desktop.ui.scoring.commands import (
    OpenRoundCommand,
    RoundCommand,
    RoundRef,
    TimerCommand,
)
from roadmap_desktop.ui.scoring.progress_text import close_question, progress_line

URGENT_S = 60  # the countdown turns red for the last minute
DEFAULT_DOTS = 5


def deadline_of(round_view: RoundView | None) -> datetime | None:
    """The open round's deadline (aware, UTC), or None: no round, no timer, not open."""
    if round_view is None or round_view.status != "open":
        return None
    return round_view.deadline_at


def countdown(seconds_left: float) -> str:
    """ "04:59", "1:05:00", or "Time's up"."""
    if seconds_left <= 0:
        return "Time's up"
    whole = math.ceil(seconds_left)
    hours, rest = divmod(whole, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


class OpenRoundDialog(QDialog):
    """What the next round covers (all proposals, a lane, the selected cards), how it is
    voted (criteria scores or D dots each) and an optional timer."""

    def __init__(
        self,
        lane_name: str | None,
        lane_count: int,
        selected: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openRoundDialog")
        self.setWindowTitle("Open a round")
        self.setAccessibleName("Open a round")

        self.scope_all = QRadioButton("&All proposals", objectName="scopeAll")
        lane_text = (
            f"The current &lane: {lane_name} ({lane_count})" if lane_name else "The current &lane"
        )
        self.scope_lane = QRadioButton(lane_text, objectName="scopeLane")
        self.scope_lane.setEnabled(lane_name is not None)
        self.scope_selected = QRadioButton(
            f"The &selected cards ({selected})", objectName="scopeSelected"
        )
        self.scope_selected.setEnabled(selected > 0)
        self.scope_all.setChecked(True)
        scope = QButtonGroup(self)
        for button in (self.scope_all, self.scope_lane, self.scope_selected):
            scope.addButton(button)

        self.method_score = QRadioButton("Score each &criterion", objectName="methodScore")
        self.method_dots = QRadioButton("&Dot voting", objectName="methodDots")
        self.method_score.setChecked(True)
        method = QButtonGroup(self)
        method.addButton(self.method_score)
        method.addButton(self.method_dots)
        self.dots = QSpinBox(objectName="dotsPerDirector")
        self.dots.setRange(1, 99)
        self.dots.setValue(DEFAULT_DOTS)
        self.dots.setSuffix(" dots each")
        self.dots.setAccessibleName("Dots per director")
        self.dots.setEnabled(False)
        self.method_dots.toggled.connect(self.dots.setEnabled)

        self.minutes = QSpinBox(objectName="roundMinutes")
        self.minutes.setRange(0, 600)
        self.minutes.setSpecialValueText("No timer")
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Timer in minutes (0: no timer)")

        form = QFormLayout()
        scopes = QVBoxLayout()
        for button in (self.scope_all, self.scope_lane, self.scope_selected):
            scopes.addWidget(button)
        form.addRow("Proposals:", scopes)
        methods = QVBoxLayout()
        methods.addWidget(self.method_score)
        dots_row = QHBoxLayout()
        dots_row.addWidget(self.method_dots)
        dots_row.addWidget(self.dots)
        dots_row.addStretch(1)
        methods.addLayout(dots_row)
        form.addRow("Method:", methods)
        form.addRow("&Timer:", self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Open round")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def scope(self) -> str:
        if self.scope_lane.isChecked():
            return "lane"
        if self.scope_selected.isChecked():
            return "selected"
        return "all"

    def method(self) -> str:
        return "dots" if self.method_dots.isChecked() else "score"


class RoundBar(QFrame):
    """The current round's state and controls.

    Attributes:
        round: the round on show (the open one, else the latest), or None.
        tally: how far its directors have got (None: not read yet).

    Signals:
        message(str): something to tell the user.
    """

    message = Signal(str)

    def __init__(
        self, services: Services, undo_stack: QUndoStack, ask: Ask, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roundBar")
        self.setAccessibleName("Round")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.services, self.undo_stack, self.ask = services, undo_stack, ask
        self.workshop_id: int | None = None
        self.round: RoundView | None = None
        self.tally: RoundTally | None = None
        self._proposals = 0
        self._lane: int | None = None
        self._selected: list[int] = []

        self.status = QLabel(objectName="roundStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName("Round status")
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(200)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.status.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.status.setFont(font)
        # Room for two lines whatever the counts say: the grid below never jumps when the
        # line wraps or stops wrapping.
        self.status.setMinimumHeight(math.ceil(self.status.fontMetrics().lineSpacing() * 2) + 2)
        self.clock = QLabel(objectName="roundCountdown")
        self.clock.setAccessibleName("Time left")
        clock_font = self.clock.font()
        clock_font.setPointSizeF(clock_font.pointSizeF() * 1.5)
        clock_font.setBold(True)
        clock_font.setStyleHint(clock_font.StyleHint.Monospace)
        self.clock.setFont(clock_font)
        self.clock.hide()

        self.open_button = self._button("openRoundButton", "&Open round…", self.open_round)
        self.close_button = self._button("closeRoundButton", "&Close", self.close_round)
        self.reopen_button = self._button("reopenRoundButton", "Re&open", self.reopen_round)
        self.reveal_button = self._button("revealRoundButton", "Re&veal…", self.reveal_round)
        self.timer_button = self._button("roundTimerButton", "&Timer…", self.set_timer)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.clock)
        layout.addSpacing(12)
        for button in (
            self.open_button,
            self.close_button,
            self.reopen_button,
            self.reveal_button,
            self.timer_button,
        ):
            layout.addWidget(button)

        self.ticker = QTimer(self)
        self.ticker.setObjectName("countdownTicker")
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(lambda: self.update_countdown())
        self.show_round(None, None)

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- state --------------------------------------------------------------------------

    def show_round(
        self, workshop_id: int | None, round_view: RoundView | None, *, proposals: int = 0
    ) -> None:
        """Shows a round's state (None: none yet) and how many proposals it covers; starts
        or stops the countdown. How far its directors have got comes in show_progress."""
        if round_view is None or self.round is None or round_view.id != self.round.id:
            self.tally = None  # another round's count says nothing about this one
        self.workshop_id, self.round, self._proposals = workshop_id, round_view, proposals
        r = round_view
        self.open_button.setEnabled(workshop_id is not None and (r is None or r.status != "open"))
        self.close_button.setEnabled(r is not None and r.status == "open")
        self.reopen_button.setEnabled(r is not None and r.status == "closed")
        self.reveal_button.setEnabled(r is not None and r.status == "closed")
        self.timer_button.setEnabled(r is not None and r.status == "open")
        self.reveal_button.setToolTip(
            "Show the results to everyone (cannot be undone)"
            if r is not None and r.status == "closed"
            else "Close the round before revealing it"
        )
        self._show_status()
        self.update_countdown()

    def show_progress(self, round_id: int | None, progress: RoundTally | None) -> None:
        """How far the directors have got in a round (the one on show, else ignored)."""
        if self.round is not None and round_id == self.round.id:
            self.tally = progress
            self._show_status()

    def _show_status(self) -> None:
        r, proposals = self.round, self._proposals
        if self.workshop_id is None:
            text = "No workshop"
        elif r is None:
            text = "No round yet · open one to start scoring"
        else:
            method = f" · dots ({r.dots_per_participant} each)" if r.method == "dots" else ""
            noun = "proposal" if proposals == 1 else "proposals"
            text = f"Round {r.number}{method} · {r.status} · {proposals} {noun}"
            if self.tally is not None:
                text += f" · {progress_line(self.tally)}"
        self.status.setText(text)
        self.status.setAccessibleDescription(text)

    def set_context(self, lane_id: int | None, selected_ids: Sequence[int]) -> None:
        """The board's current lane and selected cards, offered as a new round's scope."""
        self._lane, self._selected = lane_id, list(selected_ids)

    # -- countdown ----------------------------------------------------------------------

    def update_countdown(self, now: datetime | None = None) -> None:
        """Redraws the countdown for `now` (default: the clock); the 1 s ticker runs only
        while the open round has a deadline."""
        deadline = deadline_of(self.round)
        if deadline is None:
            self.ticker.stop()
            self.clock.hide()
            self.clock.clear()
            return
        if not self.ticker.isActive():
            self.ticker.start()
        assert self.round is not None
        left = self.round.seconds_left(now or datetime.now(UTC)) or 0.0
        text = countdown(left)
        urgent = left <= URGENT_S
        self.clock.setText(text)
        self.clock.setAccessibleDescription(f"Time left: {text}")
        self.clock.setProperty("urgent", urgent)
        self.clock.setStyleSheet(f"color: {theme.WARNING if urgent else theme.INK};")
        self.clock.show()

    def countdown_text(self) -> str:
        """What the countdown shows ("04:59", "Time's up"), or "" without a deadline."""
        return self.clock.text() if deadline_of(self.round) is not None else ""

    # -- actions ------------------------------------------------------------------------

    def ask_round_options(self, dialog: OpenRoundDialog) -> bool:
        """Shows the open-round dialog (through Ask.round_dialog when the Ask has one, so
        tests can answer it)."""
        answer = getattr(self.ask, "round_dialog", None)
        if answer is not None:
            return bool(answer(dialog))
        return dialog.exec() == QDialog.DialogCode.Accepted

    @shielded
    def open_round(self) -> None:
        """Asks what the next round covers and opens it; undo discards it while nobody has
        voted."""
        if self.workshop_id is None:
            return
        if self.round is not None and self.round.status == "open":
            self.message.emit(f"Round {self.round.number} is still open; close it first.")
            return
        lane_name, lane_count = None, 0
        if self._lane is not None:
            board = self.services.board(self.workshop_id)
            lane = next((x for x in board.lanes if x.id == self._lane), None)
            if lane is not None:
                lane_name, lane_count = lane.name, len(board.cards.get(lane.id, ()))
        dialog = OpenRoundDialog(lane_name, lane_count, len(self._selected), self)
        try:
            if not self.ask_round_options(dialog):
                return
            options: dict[str, object] = {"method": dialog.method()}
            if dialog.method() == "dots":
                options["dots"] = dialog.dots.value()
            if dialog.scope() == "lane":
                options["lane_id"] = self._lane
            elif dialog.scope() == "selected":
                options["proposal_ids"] = list(self._selected)
            if dialog.minutes.value():
                options["minutes"] = dialog.minutes.value()
        finally:
            dialog.deleteLater()
        try:
            done = self.services.open_round(self.workshop_id, **options)  # type: ignore[arg-type]
        except Problem as exc:
            self.message.emit(f"No round opened: {exc}")
            return
        number = int(done.detail["number"])
        record(
            self.undo_stack,
            OpenRoundCommand(
                self.services, RoundRef(self.workshop_id, number), options, self.message.emit
            ),
        )
        self.message.emit(f"Round {number} is open.")

    @shielded
    def close_round(self) -> None:
        """Closes the open round; when someone has not finished, asks first and says how
        many entries are missing (counted now, not from the last refresh)."""
        r = self.round
        if r is None:
            return
        try:
            question = close_question(tally(self.services.voter_progress(r.id)), r.method)
        except Problem as exc:
            question = f"Could not count the missing entries: {exc}. Close anyway?"
        if question is not None and not self.ask.confirm(f"Close round {r.number}?", question):
            return
        self._step("close", "Close round", self.services.close_round)

    @shielded
    def reopen_round(self) -> None:
        self._step("reopen", "Reopen round", self.services.reopen_round)

    def _step(self, action: str, verb: str, call: object) -> None:
        r = self.round
        if r is None:
            return
        assert self.workshop_id is not None
        try:
            call(r.id)  # type: ignore[operator]
        except Problem as exc:
            self.message.emit(f"Could not {verb.lower()} {r.number}: {exc}")
            return
        ref = RoundRef(self.workshop_id, r.number)
        record(
            self.undo_stack,
            RoundCommand(self.services, ref, action, f"{verb} {r.number}", self.message.emit),
        )
        self.message.emit(f"Round {r.number} is {'closed' if action == 'close' else 'open'}.")

    @shielded
    def reveal_round(self) -> None:
        """Reveals the closed round after the facilitator confirms: a reveal is final."""
        r = self.round
        if r is None:
            return
        if not self.ask.confirm(
            f"Reveal round {r.number}?",
            f"Everyone will see the results of round {r.number}. "
            "A reveal cannot be undone: its entries can no longer change.",
        ):
            return
        try:
            self.services.reveal_round(r.id)
        except Problem as exc:
            self.message.emit(f"Not revealed: {exc}")
            return
        self.message.emit(f"Round {r.number} is revealed.")

    @shielded
    def set_timer(self) -> None:
        """Sets (or, with 0, removes) the open round's deadline, in minutes from now."""
        r = self.round
        if r is None or r.status != "open":
            return
        deadline = deadline_of(r)
        current = 5
        if deadline is not None:
            current = max(0, math.ceil((deadline - datetime.now(UTC)).total_seconds() / 60))
        minutes = self.ask.limit(
            f"Timer for round {r.number}", "Minutes from now (0: no timer):", current
        )
        if minutes is None:
            return
        assert self.workshop_id is not None
        try:
            done = self.services.set_round_timer(r.id, minutes or None)
        except Problem as exc:
            self.message.emit(f"Timer not set: {exc}")
            return
        text = (
            f"Set the timer of round {r.number}"
            if minutes
            else f"Stop the timer of round {r.number}"
        )
        record(
            self.undo_stack,
            TimerCommand(
                self.services, RoundRef(self.workshop_id, r.number), done, text, self.message.emit
            ),
        )
        self.message.emit(
            f"Round {r.number} ends in {minutes} min." if minutes else "Timer removed."
        )
