"""The round bar: which round is on, how far the voting got (directors done, partly, not
started), the buttons that open, close, reopen and reveal it, and a live countdown while the
round has a deadline (a Countdown: state, not text). Closing a round someone has not
finished asks first."""

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
from roadmap_desktop.ui.scoring.countdown import URGENT_S, Countdown
from roadmap_desktop.ui.scoring.progress_text import close_question, progress_line, round_status

__all__ = ["URGENT_S", "Countdown", "OpenRoundDialog", "RoundBar", "countdown", "deadline_of"]

DEFAULT_DOTS = 5


def deadline_of(round_view: RoundView | None) -> datetime | None:
    """The open round's deadline (aware, UTC), or None: no round, no timer, not open."""
    if round_view is None or round_view.status != "open":
        return None
    return round_view.deadline_at


def countdown(seconds_left: float) -> str:
    """ "04:59", "1:05:00", or "Time's up" (in the window's language): for display only."""
    return Countdown(seconds_left).text()


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
        self.setWindowTitle(self.tr("Open a round"))
        self.setAccessibleName(self.tr("Open a round"))

        self.scope_all = QRadioButton(self.tr("&All proposals"), objectName="scopeAll")
        lane_text = (
            self.tr("The current &lane: {lane} ({count})").format(lane=lane_name, count=lane_count)
            if lane_name
            else self.tr("The current &lane")
        )
        self.scope_lane = QRadioButton(lane_text, objectName="scopeLane")
        self.scope_lane.setEnabled(lane_name is not None)
        self.scope_selected = QRadioButton(
            self.tr("The &selected cards ({count})").format(count=selected),
            objectName="scopeSelected",
        )
        self.scope_selected.setEnabled(selected > 0)
        self.scope_all.setChecked(True)
        scope = QButtonGroup(self)
        for button in (self.scope_all, self.scope_lane, self.scope_selected):
            scope.addButton(button)

        self.method_score = QRadioButton(self.tr("Score each &criterion"), objectName="methodScore")
        self.method_dots = QRadioButton(self.tr("&Dot voting"), objectName="methodDots")
        self.method_score.setChecked(True)
        method = QButtonGroup(self)
        method.addButton(self.method_score)
        method.addButton(self.method_dots)
        self.dots = QSpinBox(objectName="dotsPerDirector")
        self.dots.setRange(1, 99)
        self.dots.setValue(DEFAULT_DOTS)
        #: After the number in a spin box: "5 dots each".
        self.dots.setSuffix(self.tr(" dots each"))
        self.dots.setAccessibleName(self.tr("Dots per director"))
        self.dots.setEnabled(False)
        self.method_dots.toggled.connect(self.dots.setEnabled)

        self.minutes = QSpinBox(objectName="roundMinutes")
        self.minutes.setRange(0, 600)
        self.minutes.setSpecialValueText(self.tr("No timer"))
        #: After the number in a spin box: "10 min".
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Timer in minutes (0: no timer)"))

        form = QFormLayout()
        scopes = QVBoxLayout()
        for button in (self.scope_all, self.scope_lane, self.scope_selected):
            scopes.addWidget(button)
        form.addRow(self.tr("Proposals:"), scopes)
        methods = QVBoxLayout()
        methods.addWidget(self.method_score)
        dots_row = QHBoxLayout()
        dots_row.addWidget(self.method_dots)
        dots_row.addWidget(self.dots)
        dots_row.addStretch(1)
        methods.addLayout(dots_row)
        form.addRow(self.tr("Method:"), methods)
        form.addRow(self.tr("&Timer:"), self.minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open round"))
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
        self.setAccessibleName(self.tr("Round"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.services, self.undo_stack, self.ask = services, undo_stack, ask
        self.workshop_id: int | None = None
        self.round: RoundView | None = None
        self.tally: RoundTally | None = None
        self._proposals = 0
        self._lane: int | None = None
        self._selected: list[int] = []
        self._countdown: Countdown | None = None

        self.status = QLabel(objectName="roundStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Round status"))
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
        self.clock.setAccessibleName(self.tr("Time left"))
        clock_font = self.clock.font()
        clock_font.setPointSizeF(clock_font.pointSizeF() * 1.5)
        clock_font.setBold(True)
        clock_font.setStyleHint(clock_font.StyleHint.Monospace)
        self.clock.setFont(clock_font)
        self.clock.hide()

        self.open_button = self._button("openRoundButton", self.tr("&Open round…"), self.open_round)
        self.close_button = self._button("closeRoundButton", self.tr("&Close"), self.close_round)
        self.reopen_button = self._button(
            "reopenRoundButton", self.tr("Re&open"), self.reopen_round
        )
        self.reveal_button = self._button(
            "revealRoundButton", self.tr("Re&veal…"), self.reveal_round
        )
        self.timer_button = self._button("roundTimerButton", self.tr("&Timer…"), self.set_timer)

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
            self.tr("Show the results to everyone (cannot be undone)")
            if r is not None and r.status == "closed"
            else self.tr("Close the round before revealing it")
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
            text = self.tr("No workshop")
        elif r is None:
            text = self.tr("No round yet · open one to start scoring")
        else:
            parts = [self.tr("Round {number}").format(number=r.number)]
            if r.method == "dots":
                parts.append(self.tr("dots (%n each)", "", r.dots_per_participant or 0))
            parts.append(round_status(r.status))
            parts.append(self.tr("%n proposal(s)", "", proposals))
            if self.tally is not None:
                parts.append(progress_line(self.tally))
            text = " · ".join(parts)
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
            self._countdown = None
            self.ticker.stop()
            self.clock.hide()
            self.clock.clear()
            return
        if not self.ticker.isActive():
            self.ticker.start()
        assert self.round is not None
        left = self.round.seconds_left(now or datetime.now(UTC)) or 0.0
        shown = self._countdown = Countdown(left)
        text = shown.text()
        self.clock.setText(text)
        self.clock.setAccessibleDescription(self.tr("Time left: {time}").format(time=text))
        self.clock.setProperty("urgent", shown.urgent)
        self.clock.setStyleSheet(f"color: {theme.WARNING if shown.urgent else theme.INK};")
        self.clock.show()

    def countdown(self) -> Countdown | None:
        """The countdown as last drawn, or None without a deadline."""
        return self._countdown if deadline_of(self.round) is not None else None

    def countdown_text(self) -> str:
        """What the countdown shows ("04:59", "Time's up" in the window's language), or ""
        without a deadline: for display; logic asks countdown() or countdown_urgent()."""
        shown = self.countdown()
        return shown.text() if shown is not None else ""

    def countdown_urgent(self) -> bool:
        """Whether the countdown is in its last minute or over (False without one)."""
        shown = self.countdown()
        return shown is not None and shown.urgent

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
            self.message.emit(
                self.tr("Round {number} is still open; close it first.").format(
                    number=self.round.number
                )
            )
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
            self.message.emit(self.tr("No round opened: {problem}").format(problem=exc))
            return
        number = int(done.detail["number"])
        record(
            self.undo_stack,
            OpenRoundCommand(
                self.services, RoundRef(self.workshop_id, number), options, self.message.emit
            ),
        )
        self.message.emit(self.tr("Round {number} is open.").format(number=number))

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
            question = self.tr("Could not count the missing entries: {problem}. Close anyway?")
            question = question.format(problem=exc)
        title = self.tr("Close round {number}?").format(number=r.number)
        if question is not None and not self.ask.confirm(title, question):
            return
        self._step(
            "close",
            self.services.close_round,
            self.tr("Close round {number}"),
            self.tr("Could not close round {number}: {problem}"),
            self.tr("Round {number} is closed."),
        )

    @shielded
    def reopen_round(self) -> None:
        self._step(
            "reopen",
            self.services.reopen_round,
            self.tr("Reopen round {number}"),
            self.tr("Could not reopen round {number}: {problem}"),
            self.tr("Round {number} is open."),
        )

    def _step(self, action: str, call: object, command: str, failed: str, done: str) -> None:
        """Closes or reopens the round on show; the texts name it as {number} (and the
        refusal as {problem})."""
        r = self.round
        if r is None:
            return
        assert self.workshop_id is not None
        try:
            call(r.id)  # type: ignore[operator]
        except Problem as exc:
            self.message.emit(failed.format(number=r.number, problem=exc))
            return
        ref = RoundRef(self.workshop_id, r.number)
        text = command.format(number=r.number)
        record(self.undo_stack, RoundCommand(self.services, ref, action, text, self.message.emit))
        self.message.emit(done.format(number=r.number))

    @shielded
    def reveal_round(self) -> None:
        """Reveals the closed round after the facilitator confirms: a reveal is final."""
        r = self.round
        if r is None:
            return
        if not self.ask.confirm(
            self.tr("Reveal round {number}?").format(number=r.number),
            self.tr(
                "Everyone will see the results of round {number}. "
                "A reveal cannot be undone: its entries can no longer change."
            ).format(number=r.number),
        ):
            return
        try:
            self.services.reveal_round(r.id)
        except Problem as exc:
            self.message.emit(self.tr("Not revealed: {problem}").format(problem=exc))
            return
        self.message.emit(self.tr("Round {number} is revealed.").format(number=r.number))

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
            self.tr("Timer for round {number}").format(number=r.number),
            self.tr("Minutes from now (0: no timer):"),
            current,
        )
        if minutes is None:
            return
        assert self.workshop_id is not None
        try:
            done = self.services.set_round_timer(r.id, minutes or None)
        except Problem as exc:
            self.message.emit(self.tr("Timer not set: {problem}").format(problem=exc))
            return
        text = (
            self.tr("Set the timer of round {number}")
            if minutes
            else self.tr("Stop the timer of round {number}")
        ).format(number=r.number)
        record(
            self.undo_stack,
            TimerCommand(
                self.services, RoundRef(self.workshop_id, r.number), done, text, self.message.emit
            ),
        )
        self.message.emit(
            self.tr("Round {number} ends in %n minute(s).", "", minutes).format(number=r.number)
            if minutes
            else self.tr("Timer removed.")
        )
