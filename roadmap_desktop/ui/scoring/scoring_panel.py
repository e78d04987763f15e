"""The Score tab: the round bar over an entry grid where the facilitator types ballots, one
proposal or one participant at a time, plus paper ballots imported from a CSV file.

Every entry is one service call and one undo command; the panel then hears the committed
change (apply) and updates the one cell it touched. Values stay hidden ("✓") unless the
facilitator ticks "Show entered values" and confirms (values_box): the laptop is often on the
projector, and opening the presenter hides them again (hide_values). Until then the
panel holds which cells are entered and not one value (the change feed carries none); with
the box ticked it reads them through the services' one door to sealed values.
"""

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.importing.problems import ImportRejected
from roadmap_desktop.importing.scores_csv import read_scores_csv
from roadmap_desktop.services import Affects, Change, ChangeKind, Problem, Services
from roadmap_desktop.services.progress import tally
from roadmap_desktop.services.views import (
    ParticipantView,
    ProposalView,
    RoundView,
    WorkshopInfo,
)
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.commands import record
from roadmap_desktop.ui.guard import shielded
from roadmap_desktop.ui.scoring.commands import (
    ClearScoreCommand,
    DotsCommand,
    ImportBallotsCommand,
    RecordScoreCommand,
    RoundRef,
)
from roadmap_desktop.ui.scoring.countdown import Countdown
from roadmap_desktop.ui.scoring.devices_panel import DevicesPanel
from roadmap_desktop.ui.scoring.phones import PhoneVoting
from roadmap_desktop.ui.scoring.round_bar import RoundBar
from roadmap_desktop.ui.scoring.score_grid import (
    GridColumn,
    GridRow,
    ScoreGridModel,
    ScoreGridView,
)
from roadmap_desktop.ui.scoring.values_box import EnteredValuesBox

# Changes of one entry: the panel re-reads just that cell.
ONE_ENTRY = (ChangeKind.SCORE_RECORDED, ChangeKind.SCORE_CLEARED, ChangeKind.DOTS_RECORDED)
# What the grid is built from, beyond the entries: rounds, criteria, people, cards.
STRUCTURE = Affects.ROUNDS | Affects.SETTINGS | Affects.PEOPLE | Affects.BOARD
MODES = ("proposal", "participant")  # the grid's modes the facilitator chooses from
SHORT_TITLE = 32


def _short(title: str) -> str:
    return title if len(title) <= SHORT_TITLE else title[: SHORT_TITLE - 1] + "…"


class ScoringPanel(QWidget):
    """Runs the scoring of a workshop's rounds on the facilitator's laptop.

    Attributes:
        round_bar: the current round's state and controls.
        grid: the entry table; grid_model its model.
        round: the round on show: the open one, else the latest, else None.
        entries: the round's entries so far: (participant, proposal, criterion) → score, or
            for a dot-voting round (participant, proposal) → dots; the value is None (known
            to be entered, value unread) unless "Show entered values" is ticked. Kept
            current from changes.

    Signals:
        message(str): something to tell the user in the status bar.
        join_cards_requested(str): print the directors' join cards for this address.
    """

    message = Signal(str)
    join_cards_requested = Signal(str)

    def __init__(
        self, services: Services, undo_stack: QUndoStack, ask: Ask, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scoringPanel")
        self.setAccessibleName(self.tr("Scoring"))
        self.services, self.undo_stack, self.ask = services, undo_stack, ask
        self.workshop_id: int | None = None
        self.info: WorkshopInfo | None = None
        self.round: RoundView | None = None
        self.proposals: list[ProposalView] = []  # the round's, in board order
        self.scorers: list[ParticipantView] = []  # everyone who may vote (not observers)
        self.entries: dict[tuple[int, ...], int | None] = {}
        self._cell_events: dict[tuple[int, ...], int] = {}  # cell → last change's event id
        self._events_round: int | None = None
        self._voter_ids: set[int] = set()

        self.round_bar = RoundBar(services, undo_stack, ask, self)
        self.round_bar.message.connect(self._say)

        self.mode_combo = QComboBox(objectName="gridMode")
        self.mode_combo.setAccessibleName(self.tr("Enter the scores of"))
        names = {"proposal": self.tr("One proposal"), "participant": self.tr("One participant")}
        for mode in MODES:
            self.mode_combo.addItem(names[mode], mode)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._fill_subjects())
        mode_label = QLabel(self.tr("&Enter:"))
        mode_label.setBuddy(self.mode_combo)

        self.subject_combo = QComboBox(objectName="gridSubject")
        self.subject_combo.setAccessibleName(self.tr("Proposal"))
        self.subject_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.subject_combo.setMinimumContentsLength(16)
        self.subject_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.subject_combo.currentIndexChanged.connect(lambda _i: self._configure_grid())
        self.subject_label = QLabel(self.tr("&Proposal:"))
        self.subject_label.setBuddy(self.subject_combo)
        self.previous_button = self._step_button("previousSubject", "◀", -1, "Ctrl+PgUp")
        self.next_button = self._step_button("nextSubject", "▶", 1, "Ctrl+PgDown")

        self.show_values = EnteredValuesBox(
            ask, lambda: self.round is not None and not self.round.revealed, self
        )
        self.show_values.toggled.connect(self._show_values)
        self.import_button = QPushButton(
            self.tr("&Import paper ballots…"), objectName="importBallots"
        )
        self.import_button.setAccessibleName(self.tr("Import paper ballots"))
        self.import_button.clicked.connect(lambda: self.import_ballots())

        self.phones = PhoneVoting(services, self)
        self.devices = DevicesPanel(services, self.phones, ask, self)
        self.devices.message.connect(self._say)
        self.devices.join_cards_requested.connect(self.join_cards_requested)
        self.devices.progressed.connect(self._show_progress)

        self.grid_model = ScoreGridModel(self)
        self.grid = ScoreGridView(self.grid_model, self)
        self.grid.value_typed.connect(self._typed)
        self.grid.clear_requested.connect(self._clear)
        self.grid.refused.connect(lambda text: self._say(text, warning=True))

        self.summary = QLabel(objectName="gridSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Entries"))
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.summary.setFont(font)
        self.feedback = QLabel(objectName="scoringFeedback")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setAccessibleName(self.tr("Last message"))
        self.feedback.setWordWrap(True)
        self.feedback.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        chooser = QHBoxLayout()
        chooser.addWidget(mode_label)
        chooser.addWidget(self.mode_combo)
        chooser.addSpacing(12)
        chooser.addWidget(self.subject_label)
        chooser.addWidget(self.previous_button)
        chooser.addWidget(self.subject_combo, 1)
        chooser.addWidget(self.next_button)
        chooser.addSpacing(12)
        chooser.addWidget(self.show_values)
        footer = QHBoxLayout()
        footer.addWidget(self.summary)
        footer.addSpacing(16)
        footer.addWidget(self.feedback, 1)
        footer.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.round_bar)
        layout.addLayout(chooser)
        # The grid takes the room; the phones' panel sits beside it at a readable width.
        self.splitter = QSplitter(objectName="scoringSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(self.devices)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([900, 340])
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)
        self._refresh_controls()

    def _step_button(self, name: str, text: str, step: int, keys: str) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setText(text)
        keys_text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        if step < 0:
            button.setAccessibleName(self.tr("Previous"))
            button.setToolTip(self.tr("Previous ({keys})").format(keys=keys_text))
        else:
            button.setAccessibleName(self.tr("Next"))
            button.setToolTip(self.tr("Next ({keys})").format(keys=keys_text))
        button.clicked.connect(lambda: self.step_subject(step))
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.step_subject(step))
        return button

    # -- public interface ---------------------------------------------------------------

    @shielded
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self._reload()

    @shielded
    def set_workshop(self, workshop_id: int | None) -> None:
        """Shows the scoring of a workshop (None: nothing)."""
        self.workshop_id = workshop_id
        self._reload()

    def set_context(self, lane_id: int | None, selected_ids: list[int]) -> None:
        """The board's current lane and selected cards: what "Open round…" can cover."""
        self.round_bar.set_context(lane_id, selected_ids)

    def hide_values(self) -> None:
        """Entered values back to ✓ (the presenter window is opening)."""
        self.show_values.conceal()

    def countdown(self) -> Countdown | None:
        """The open round's countdown (state: seconds left, urgent, over), or None without a
        deadline."""
        return self.round_bar.countdown()

    def countdown_text(self) -> str:
        """The countdown as shown ("04:59", "Time's up" in the window's language), or ""
        without a deadline: for display only."""
        return self.round_bar.countdown_text()

    def countdown_urgent(self) -> bool:
        """Whether the countdown is in its last minute or over (False without one)."""
        return self.round_bar.countdown_urgent()

    def apply(self, change: Change) -> None:
        """Brings the panel up to date with a committed change, by what it affects: an entry
        touches one cell; rounds, criteria, people and cards rebuild what they shape."""
        if self.workshop_id is None or change.workshop_id != self.workshop_id:
            return
        r = self.round
        affects = change.affects
        self.devices.apply(change)
        if affects & STRUCTURE:
            self._reload(entries=bool(affects & (Affects.ROUNDS | Affects.ENTRIES)) or r is None)
            if affects & Affects.ROUNDS:
                # A round's new state replaces any stale note about the old one.
                self.feedback.setText(self._locked())
                self.feedback.setStyleSheet(f"color: {theme.MUTED};")
            return
        if affects & Affects.ENTRIES and r is not None and r.id in change.rounds:
            if change.kind in ONE_ENTRY and change.subject is not None:
                self._entry_changed(change)
            else:
                self._load_entries()
                self.grid_model.entries_replaced(self.entries)
                self._refresh_counts()
            return
        if affects & Affects.ORDER:
            if not self.isVisible():
                # Moving cards only reorders this panel's proposal list: catch up when shown
                # (a reload per drag would cost the board its frame).
                self._stale = True
                return
            self._reload(entries=False)

    # -- loading ------------------------------------------------------------------------

    def _reload(self, *, entries: bool = True) -> None:
        """Reads the workshop, its current round and the round's proposals again; the grid
        keeps its mode, subject and current cell when they still exist."""
        self.info = self.round = None
        self.proposals, self.scorers, self._voter_ids = [], [], set()
        if self.workshop_id is not None:
            try:
                self.info = self.services.workshop(self.workshop_id)
            except Problem:  # deleted under us, or unreadable just now
                self.workshop_id = None
        if self.info is not None:
            info = self.info
            rounds = info.rounds
            self.round = next((x for x in rounds if x.status == "open"), None) or (
                rounds[-1] if rounds else None
            )
            self.scorers = [p for p in info.participants if p.role != "observer"]
            self._voter_ids = {p.id for p in info.voters}
            board = self.services.board(info.id)
            cards = [c for lane in board.lanes for c in board.cards.get(lane.id, ())]
            scope = self.services.round_scope(self.round.id) if self.round else None
            self.proposals = [c for c in cards if scope is None or c.id in scope]
        self.devices.set_round(self.workshop_id, self.round)
        if entries and not self.isVisible():
            # Reading every entry of a big round costs a quarter of a second: only when shown.
            self._stale = True
        elif entries:
            self._load_entries()
        self._refresh_controls()
        self._fill_subjects()

    def _load_entries(self) -> None:
        r = self.round
        if (r.id if r else None) != self._events_round:  # event ids are per cell of a round
            self._cell_events, self._events_round = {}, r.id if r else None
        if r is None:
            self.entries = {}
        elif self.show_values.isChecked():
            sealed = self.services.sealed_entries(r.id)
            values: dict[tuple[int, ...], int] = dict(
                sealed.dots if r.method == "dots" else sealed.scores
            )
            self.entries = dict(values)
        else:
            self.entries = dict.fromkeys(self.services.entry_keys(r.id))

    def _mode(self) -> str:
        if self.round is not None and self.round.method == "dots":
            return "dots"
        return str(self.mode_combo.currentData())

    def _refresh_controls(self) -> None:
        r = self.round
        dots = r is not None and r.method == "dots"
        if dots:
            self.mode_combo.blockSignals(True)
            self.mode_combo.setCurrentIndex(1)
            self.mode_combo.blockSignals(False)
        self.mode_combo.setEnabled(r is not None and not dots)
        self.mode_combo.setToolTip(
            self.tr("A dot-voting round is entered one participant at a time")
            if dots
            else self.tr(
                "Type one proposal's scores by participant, or one participant's by proposal"
            )
        )
        self.import_button.setEnabled(r is not None and r.status == "open" and not dots)
        self.import_button.setToolTip(
            self.tr(
                "Scores from a CSV of participant, proposal, criterion, score, into the open round"
            )
        )

    @shielded
    def _fill_subjects(self) -> None:
        """Lists the proposals or the participants to choose from, keeping the choice."""
        mode = self._mode()
        combo = self.subject_combo
        keep = combo.currentData()
        was_proposal = combo.property("mode") == "proposal"
        combo.blockSignals(True)
        combo.clear()
        if self.round is not None:
            if mode == "proposal":
                for p in self.proposals:
                    combo.addItem(p.title, p.id)
                    combo.setItemData(combo.count() - 1, p.title, Qt.ItemDataRole.ToolTipRole)
            else:
                for person in self.scorers:
                    combo.addItem(self._person(person), person.id)
        combo.setProperty("mode", "proposal" if mode == "proposal" else "participant")
        same_kind = was_proposal == (mode == "proposal")
        at = combo.findData(keep) if same_kind and keep is not None else -1
        combo.setCurrentIndex(at if at >= 0 else (0 if combo.count() else -1))
        combo.blockSignals(False)
        if mode == "proposal":
            self.subject_label.setText(self.tr("&Proposal:"))
            combo.setAccessibleName(self.tr("Proposal"))
        else:
            self.subject_label.setText(self.tr("&Participant:"))
            combo.setAccessibleName(self.tr("Participant"))
        combo.setEnabled(combo.count() > 0)
        self._configure_grid()

    def _person(self, person: ParticipantView) -> str:
        if person.role == "facilitator":
            if person.id in self._voter_ids:
                return self.tr("{name} (facilitator)").format(name=person.name)
            return self.tr("{name} (facilitator, not counted)").format(name=person.name)
        return person.name

    @shielded
    def _configure_grid(self) -> None:
        """Builds the grid for the chosen mode and subject, keeping the current cell."""
        mode, subject = self._mode(), self.subject_combo.currentData()
        old = self.grid.currentIndex()
        keep = None
        if old.isValid() and self.grid_model.subject == subject and self.grid_model.mode == mode:
            keep = (self.grid_model.rows()[old.row()].id, old.column())
        rows: list[GridRow] = []
        columns: list[GridColumn] = []
        r, info = self.round, self.info
        if r is not None and info is not None and subject is not None:
            if mode == "proposal":
                rows = [GridRow(p.id, self._person(p), p.department) for p in self.scorers]
            else:
                rows = [GridRow(p.id, p.title, p.title) for p in self.proposals]
            if mode == "dots":
                top = r.dots_per_participant or 0
                columns = [
                    GridColumn(
                        None,
                        self.tr("Dots"),
                        0,
                        top,
                        self.tr("Dots on each proposal (0–{top})").format(top=top),
                    )
                ]
            else:
                columns = [
                    GridColumn(c.id, c.name, c.scale_min, c.scale_max, c.question)
                    for c in info.criteria
                ]
        self.grid_model.configure(
            mode, subject, rows, columns, self.entries, read_only=self._locked()
        )
        self.grid.fit_row_labels()
        self.grid_model.set_show_values(self.show_values.isChecked())
        if keep is not None:
            row = next((i for i, x in enumerate(rows) if x.id == keep[0]), -1)
            if row >= 0 and keep[1] < len(columns):
                self.grid.setCurrentIndex(self.grid_model.index(row, keep[1]))
        elif rows and columns:
            self.grid.setCurrentIndex(self.grid_model.index(0, 0))
        self.previous_button.setEnabled(self.subject_combo.currentIndex() > 0)
        self.next_button.setEnabled(
            0 <= self.subject_combo.currentIndex() < self.subject_combo.count() - 1
        )
        self._refresh_counts()

    def _locked(self) -> str:
        r = self.round
        if r is None:
            return self.tr("Open a round to start scoring.")
        if r.status == "revealed":
            return self.tr("Round {number} is revealed; its entries can no longer change.").format(
                number=r.number
            )
        if r.status == "closed":
            return self.tr("Round {number} is closed; reopen it to change its entries.").format(
                number=r.number
            )
        return ""

    @shielded
    def step_subject(self, step: int) -> None:
        """Shows the previous (-1) or next (1) proposal or participant."""
        combo = self.subject_combo
        at = combo.currentIndex() + step
        if 0 <= at < combo.count():
            combo.setCurrentIndex(at)
            self.grid.setFocus()

    # -- counts ---------------------------------------------------------------------------

    def _refresh_counts(self) -> None:
        self.round_bar.show_round(self.workshop_id, self.round, proposals=len(self.proposals))
        self._show_progress()
        self.summary.setText(self._summary())

    def _show_progress(self) -> None:
        """The round bar's "3 of 14 directors done · …", from the phones panel's reading
        of voter_progress (the one place it is read, a moment after entries change)."""
        r, read = self.round, self.devices.round
        same = r is not None and read is not None and read.id == r.id
        self.round_bar.show_progress(
            r.id if r else None, tally(self.devices.progress) if same else None
        )

    def _summary(self) -> str:
        r, model = self.round, self.grid_model
        if r is None or model.subject is None:
            return "" if r is None else self.tr("Nothing to enter in this round.")
        who = self.subject_combo.currentText()
        if model.mode == "dots":
            left = self.dots_left(model.subject)
            return self.tr("{name}: %n dot(s) left of {total}", "", left).format(
                name=who, total=r.dots_per_participant
            )
        total = model.rowCount() * model.columnCount()
        missing = model.missing_count()
        if not missing:
            return self.tr("All %n entry(ies) in", "", total)
        return self.tr("{missing} of %n entry(ies) missing", "", total).format(missing=missing)

    def dots_left(self, participant_id: int) -> int:
        """The participant's dots not yet given in the current (dot-voting) round."""
        r = self.round
        if r is None or r.method != "dots":
            return 0
        return self.services.dots_left(r.id, participant_id)

    # -- live updates -------------------------------------------------------------------

    def _entry_changed(self, change: Change) -> None:
        """One cell changed. A score recorded or cleared says whether the cell is entered;
        dots (given or taken back) and shown values are read again, since the change carries
        no value. Changes from the ballot server's threads may arrive out of their commit
        order: one older than the cell's last is dropped (event ids grow with commits)."""
        r, detail, proposal = self.round, change.detail, change.subject
        assert r is not None and proposal is not None
        participant = int(detail["participant"])
        key: tuple[int, ...]
        if change.kind is ChangeKind.DOTS_RECORDED:
            key = (participant, proposal)
        else:
            key = (participant, proposal, int(detail["criterion"]))
        if change.event_id is not None:
            if change.event_id < self._cell_events.get(key, 0):
                return
            self._cell_events[key] = change.event_id
        if change.kind is not ChangeKind.DOTS_RECORDED and not self.show_values.isChecked():
            present, value = change.kind is ChangeKind.SCORE_RECORDED, None
        elif self.show_values.isChecked():
            sealed = self.services.sealed_entries(
                r.id, participant_id=participant, proposal_id=proposal
            )
            cells: dict[tuple[int, ...], int] = dict(sealed.dots or sealed.scores)
            present, value = key in cells, cells.get(key)
        else:
            present = key in self.services.entry_keys(
                r.id, participant_id=participant, proposal_id=proposal
            )
            value = None
        if present:
            self.entries[key] = value
        else:
            self.entries.pop(key, None)
        self.grid_model.entry_changed(key)
        self._refresh_counts()

    def _show_values(self, show: bool) -> None:
        try:
            self._load_entries()
        except Problem as exc:
            self._say(
                self.tr("Could not read the entries: {problem}").format(problem=exc), warning=True
            )
            return
        self.grid_model.entries_replaced(self.entries)
        self.grid_model.set_show_values(show)

    # -- typing -------------------------------------------------------------------------

    def _say(self, text: str, *, warning: bool = False) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(f"color: {theme.WARNING if warning else theme.MUTED};")
        self.message.emit(text)

    def _names(self, key: tuple[int, ...]) -> tuple[str, str, str]:
        """Participant, short proposal title and criterion of an entry, for command texts."""
        people = {p.id: p.name for p in self.scorers}
        titles = {p.id: p.title for p in self.proposals}
        criteria = {c.id: c.name for c in self.info.criteria} if self.info else {}
        criterion = criteria.get(key[2], "") if len(key) > 2 else self.tr("Dots")
        return people.get(key[0], "?"), _short(titles.get(key[1], "?")), criterion

    def _ref(self) -> RoundRef:
        assert self.workshop_id is not None and self.round is not None
        return RoundRef(self.workshop_id, self.round.number)

    @shielded
    def _typed(self, index: QModelIndex, value: int) -> None:
        r = self.round
        if r is None or r.status != "open":
            self._say(self._locked(), warning=True)
            return
        p, q, c = self.grid_model.key(index.row(), index.column())
        if c is None:
            self._type_dots(r, p, q, value)
            return
        if self.entries.get((p, q, c)) == value:  # (shown values only: hidden ones are None)
            self.grid.advance()
            return
        try:
            done = self.services.record_score(r.id, p, q, c, value)
        except Problem as exc:
            self._say(self.tr("Not recorded: {problem}").format(problem=exc), warning=True)
            return
        person, title, criterion = self._names((p, q, c))
        record(
            self.undo_stack,
            RecordScoreCommand(
                self.services,
                self._ref(),
                done,
                self.tr("Score {criterion} for {person} on “{title}”").format(
                    criterion=criterion, person=person, title=title
                ),
                self._report,
            ),
        )
        self.feedback.clear()
        self.grid.advance()

    def _type_dots(self, r: RoundView, participant: int, proposal: int, dots: int) -> None:
        # The budget is the service's to keep (inside its transaction): a phone may have
        # spent some of these dots a moment ago.
        person, title, _ = self._names((participant, proposal))
        if dots == 0 and (participant, proposal) not in self.entries:
            self.grid.advance()
            return
        try:
            done = self.services.record_dots(r.id, participant, proposal, dots)
        except Problem as exc:
            self._say(self.tr("Not recorded: {problem}").format(problem=exc), warning=True)
            return
        record(
            self.undo_stack,
            DotsCommand(
                self.services,
                self._ref(),
                done,
                self.tr("Dots from {person} on “{title}”").format(person=person, title=title),
                self._report,
            ),
        )
        self.feedback.clear()
        self.grid.advance()

    @shielded
    def _clear(self, index: QModelIndex) -> None:
        r = self.round
        if r is None or r.status != "open":
            self._say(self._locked(), warning=True)
            return
        p, q, c = self.grid_model.key(index.row(), index.column())
        if c is None:
            if (p, q) in self.entries:
                self._type_dots(r, p, q, 0)
            return
        if (p, q, c) not in self.entries:
            self._say(self.tr("Nothing to clear there."))
            return
        try:
            done = self.services.clear_score(r.id, p, q, c)
        except Problem as exc:
            self._say(self.tr("Not cleared: {problem}").format(problem=exc), warning=True)
            return
        person, title, criterion = self._names((p, q, c))
        record(
            self.undo_stack,
            ClearScoreCommand(
                self.services,
                self._ref(),
                done,
                self.tr("Clear {criterion} for {person} on “{title}”").format(
                    criterion=criterion, person=person, title=title
                ),
                self._report,
            ),
        )
        self.feedback.clear()

    def _report(self, text: str) -> None:
        self._say(text, warning=True)

    # -- paper ballots ------------------------------------------------------------------

    def ask_ballots_path(self) -> str | None:
        """The CSV of paper ballots to import (through Ask.ballots_path when the Ask has
        one)."""
        answer = getattr(self.ask, "ballots_path", None)
        if answer is not None:
            return answer()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import paper ballots"),
            "",
            ";;".join((self.tr("Scores (*.csv *.tsv *.txt)"), self.tr("All files (*)"))),
        )
        return path or None

    @shielded
    def import_ballots(self, path: str | None = None) -> bool:
        """Reads paper ballots (participant, proposal, criterion, score) into the open round,
        all or nothing, as one undoable step; every problem is listed, one per line.
        Returns whether anything was imported."""
        r = self.round
        if self.workshop_id is None or self.info is None:
            self._say(self.tr("Choose a workshop first."))
            return False
        if r is None or r.status != "open" or r.method != "score":
            self.ask.warn(
                self.tr("Cannot import ballots"),
                self.tr("Paper ballots go into an open scoring round; open one first."),
            )
            return False
        path = path or self.ask_ballots_path()
        if not path:
            return False
        source = Path(path).name
        board = self.services.board(self.workshop_id)
        cards = [c for lane in board.lanes for c in board.cards.get(lane.id, ())]
        try:
            entries = read_scores_csv(Path(path), self.info, cards)
        except ImportRejected as exc:
            self.ask.warn(self.tr("Nothing was imported"), "\n".join(exc.lines()))
            return False
        except (OSError, UnicodeError, ValueError) as exc:
            self.ask.warn(self.tr("Nothing was imported"), f"{source}: {exc}")
            return False
        in_round = {p.id for p in self.proposals}
        outside = [e for e in entries if e.proposal_id not in in_round]
        if outside:
            titles = {c.id: c.title for c in cards}
            lines = [
                self.tr("{file}: “{title}” is not in round {number}").format(
                    file=source, title=titles.get(pid, pid), number=r.number
                )
                for pid in dict.fromkeys(e.proposal_id for e in outside)
            ]
            self.ask.warn(self.tr("Nothing was imported"), "\n".join(lines))
            return False
        try:
            done = self.services.import_scores(
                self.workshop_id, entries, round_number=r.number, source=source
            )
        except Problem as exc:
            self.ask.warn(self.tr("Nothing was imported"), f"{source}: {exc}")
            return False
        command = ImportBallotsCommand(self.services, self._ref(), done, source, self._report)
        record(self.undo_stack, command)
        if command.replaced:
            text = self.tr(
                "Imported %n score(s) from {file} into round {number} ({new} new, {changed} "
                "changed); Undo takes the whole file back.",
                "",
                len(entries),
            )
        else:
            text = self.tr(
                "Imported %n score(s) from {file} into round {number} ({new} new); Undo takes "
                "the whole file back.",
                "",
                len(entries),
            )
        self._say(
            text.format(
                file=source,
                number=r.number,
                new=len(command.fresh),
                changed=len(command.replaced),
            )
        )
        return True
