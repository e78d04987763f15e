"""The Results tab: the ranking of a revealed round, the cut line and tiers, the charts, where
the room is divided, round-to-round movement, and export.

Nothing here shows a value of a round that is not revealed: rounds come from the workshop's
revealed ones only, and the services refuse the rest.
"""

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.domain.defaults import ROADMAP_SIZE
from roadmap_desktop.export.results_csv import write_results_csv
from roadmap_desktop.services import Affects, Change, Problem, Services
from roadmap_desktop.services.scenarios import ScenarioSpec
from roadmap_desktop.services.views import CutLineView, ResultRow, Results, WorkshopInfo
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.guard import shielded
from roadmap_desktop.ui.results.agreement_rows import divided_text, most_divided, separator
from roadmap_desktop.ui.results.budget_view import BudgetView
from roadmap_desktop.ui.results.chart_view import ChartData, ChartView, CoalescingTimer
from roadmap_desktop.ui.results.compare_dialog import CompareRoundsDialog
from roadmap_desktop.ui.results.ranking_model import (
    CATEGORY,
    DOMAIN,
    PROPOSAL,
    RANK,
    ROADMAP,
    TIER,
    CutLineDelegate,
    CutMarks,
    RankingModel,
    RankingProxy,
)
from roadmap_desktop.ui.results.scenarios_view import ScenariosView
from roadmap_desktop.ui.results.tie_bar import TieBar
from roadmap_desktop.ui.results.whatif_view import WhatIfView
from roadmap_desktop.ui.steady import NoteLine

ASCENDING = Qt.SortOrder.AscendingOrder.value
DESCENDING = Qt.SortOrder.DescendingOrder.value


def natural_order(column: int) -> int:
    """Rank and text read best ascending; numbers (best first) descending."""
    return ASCENDING if column in (RANK, PROPOSAL, DOMAIN, CATEGORY, ROADMAP, TIER) else DESCENDING


# Changes after which the shown results may be out of date.
REFRESH_MS = 60  # a burst of changes (an import, a run of scores) reloads once
# What the tab shows: a revealed ranking's numbers, and its cards' fields and lanes.
SHOWN = Affects.RESULTS | Affects.ROUNDS | Affects.BOARD | Affects.ORDER


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-").lower() or "workshop"


class ResultsPanel(QWidget):
    """The ranking, cut line, charts, agreement and export of the chosen workshop.

    Attributes:
        workshop_id: the shown workshop (None: none).
        model, proxy: the ranking table's model and its sorting proxy.
        charts: the chart tabs.
        compare_dialog: the open "Compare rounds" dialog, if any.

    Signals:
        apply_to_board(CutLineView): the cut line drawn (its round, rule and proposals
            above it, in rank order), for the Roadmap lane: the window applies it, undoably,
            and the store records which round and rule it came from.
        message(str): something to tell the user in the status bar.
    """

    apply_to_board = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        services: Services,
        ask: Ask,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPanel")
        self.setAccessibleName(self.tr("Results"))
        self.empty_text = self.tr("Results appear when a round is revealed")
        self.services = services
        self.ask = ask
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.workshop_id: int | None = None
        self.info: WorkshopInfo | None = None
        self.results: Results | None = None
        self.cut = CutMarks()
        self.compare_dialog: CompareRoundsDialog | None = None
        self._stale = False
        self._follow_latest = True
        self._top_edited = False
        self._tied_below: tuple[int, ...] = ()
        self._roadmap_lane_id: int | None = None
        self._line: CutLineView | None = None  # the cut line drawn, as "Apply" hands it over

        self.refresh_timer = CoalescingTimer(self, "resultsRefreshTimer", REFRESH_MS, 0.4)
        self.refresh_timer.timeout.connect(self.refresh)

        self.empty = QLabel(self.empty_text, objectName="resultsEmpty")
        self.empty.setAccessibleName(self.tr("No results"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        font = self.empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.empty.setFont(font)
        self.empty.setStyleSheet(f"color: {theme.MUTED};")

        self.stack = QStackedWidget(objectName="resultsStack")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._show_empty(self.empty_text)

    # -- building -----------------------------------------------------------------------

    def _build_content(self) -> QWidget:
        content = QWidget(objectName="resultsContent")

        self.round_picker = QComboBox(objectName="roundPicker")
        self.round_picker.setAccessibleName(self.tr("Revealed round"))
        self.round_picker.setMinimumContentsLength(8)
        self.round_picker.activated.connect(self._on_round_picked)
        round_label = QLabel(self.tr("&Round"))
        round_label.setBuddy(self.round_picker)
        self.compare_button = QPushButton(self.tr("C&ompare rounds…"), objectName="compareRounds")
        self.compare_button.setAccessibleName(self.tr("Compare rounds"))
        self.compare_button.clicked.connect(self.compare_rounds)
        self.csv_button = QPushButton(self.tr("Export &CSV…"), objectName="exportCsv")
        self.csv_button.setAccessibleName(self.tr("Export results as CSV"))
        self.csv_button.clicked.connect(self.export_csv)
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"), objectName="exportXlsx")
        self.xlsx_button.setAccessibleName(self.tr("Export results as an Excel workbook"))
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.sort_combo = QComboBox(objectName="sortCombo")
        self.sort_combo.setAccessibleName(self.tr("Sort the ranking by"))
        self.sort_combo.activated.connect(self._on_sort_picked)
        sort_label = QLabel(self.tr("&Sort by"))
        sort_label.setBuddy(self.sort_combo)
        top = QHBoxLayout()
        top.addWidget(round_label)
        top.addWidget(self.round_picker)
        top.addSpacing(12)
        top.addWidget(sort_label)
        top.addWidget(self.sort_combo)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.xlsx_button)

        self.top_radio = QRadioButton(self.tr("Top &N"), objectName="topRadio")
        self.top_radio.setAccessibleName(self.tr("Cut line: top N overall"))
        self.top_radio.setChecked(True)
        self.top_spin = QSpinBox(objectName="topSpin")
        self.top_spin.setAccessibleName(self.tr("How many proposals make the cut"))
        self.top_spin.setRange(1, 9999)
        self.top_spin.setValue(ROADMAP_SIZE)
        self.top_spin.valueChanged.connect(self._on_top_changed)
        self.quota_radio = QRadioButton(self.tr("By category &quotas"), objectName="quotaRadio")
        self.quota_radio.setAccessibleName(self.tr("Cut line: top proposals per category quota"))
        self.cut_mode = QButtonGroup(self)
        self.cut_mode.addButton(self.top_radio)
        self.cut_mode.addButton(self.quota_radio)
        self.cut_mode.buttonToggled.connect(lambda _b, on: on and self._recut())
        self.tiers_check = QCheckBox(self.tr("T&iers:"), objectName="tiersCheck")
        self.tiers_check.setAccessibleName(self.tr("Show tiers by score threshold"))
        self.tier1_spin = self._threshold("tier1Spin", self.tr("Tier 1 from score"), 4.0)
        self.tier2_spin = self._threshold("tier2Spin", self.tr("Tier 2 from score"), 3.5)
        self.tiers_check.toggled.connect(lambda _on: self._retier())
        self.apply_button = QPushButton(self.tr("&Apply to board…"), objectName="applyToBoard")
        self.apply_button.setAccessibleName(self.tr("Apply the cut line to the board"))
        self.apply_button.clicked.connect(self.apply_cut)

        cut_row = QHBoxLayout()
        cut_label = QLabel(self.tr("Cut line:"))
        cut_label.setStyleSheet("font-weight: bold;")
        cut_row.addWidget(cut_label)
        cut_row.addWidget(self.top_radio)
        cut_row.addWidget(self.top_spin)
        cut_row.addSpacing(8)
        cut_row.addWidget(self.quota_radio)
        cut_row.addSpacing(16)
        cut_row.addWidget(separator())
        cut_row.addSpacing(8)
        cut_row.addWidget(self.tiers_check)
        for text, spin in (("1 ≥", self.tier1_spin), ("2 ≥", self.tier2_spin)):
            label = QLabel(text)
            label.setBuddy(spin)
            cut_row.addWidget(label)
            cut_row.addWidget(spin)
        cut_row.addStretch(1)
        cut_row.addWidget(self.apply_button)

        # One line each, kept while empty or hidden: the table never moves under the mouse
        # when the note changes or the tie warning comes and goes.
        self.cut_note = NoteLine()
        self.cut_note.setObjectName("cutNote")
        self.cut_note.setAccessibleName(self.tr("Cut line summary"))
        self.tie_note = NoteLine(tip=False)  # its tooltip names the tied proposals
        self.tie_note.setObjectName("tieNote")
        self.tie_note.setAccessibleName(self.tr("Ties at the cut line"))
        self.tie_note.setStyleSheet(f"color: {theme.WARNING}; font-weight: bold;")
        self.tie_note.hide()

        self.model = RankingModel(self)
        self.proxy = RankingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="rankingTable")
        self.table.setAccessibleName(self.tr("Ranking"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(CutLineDelegate(self.proxy, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the ranking's own order
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sorted)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setHighlightSections(False)
        self.model.modelReset.connect(self._size_columns)

        self.table.installEventFilter(self)

        self.charts = ChartView()

        self.divided = QListWidget(objectName="mostDivided")
        self.divided.setAccessibleName(self.tr("Most divided proposals"))
        self.divided.setWordWrap(True)
        self.divided.itemActivated.connect(self._select_divided)
        divided_label = QLabel(self.tr("Most &divided"))
        divided_label.setBuddy(self.divided)
        divided_label.setStyleSheet("font-weight: bold;")
        self.divided_note = QLabel(objectName="dividedNote")
        self.divided_note.setWordWrap(True)
        self.divided_note.setStyleSheet(f"color: {theme.MUTED};")
        agreement = QWidget(objectName="agreementPage")
        self.divided.setMaximumHeight(self.divided.fontMetrics().height() * 9)
        rounds_label = QLabel(self.tr("Between rounds"))
        rounds_label.setStyleSheet("font-weight: bold;")
        self.compare_note = QLabel(objectName="compareHint")
        self.compare_note.setWordWrap(True)
        self.compare_note.setStyleSheet(f"color: {theme.MUTED};")
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare_button)
        compare_row.addStretch(1)
        agreement_layout = QVBoxLayout(agreement)
        agreement_layout.addWidget(divided_label)
        agreement_layout.addWidget(self.divided_note)
        agreement_layout.addWidget(self.divided)
        self.ties = TieBar(self.ask)  # its room kept while hidden, as the tie note's
        agreement_layout.addLayout(self.ties.runoff_row(self.divided))
        agreement_layout.addSpacing(12)
        agreement_layout.addWidget(rounds_label)
        agreement_layout.addWidget(self.compare_note)
        agreement_layout.addLayout(compare_row)
        agreement_layout.addStretch(1)

        self.views = QTabWidget(objectName="resultsViews")
        self.views.setAccessibleName(self.tr("Results views"))
        self.views.setDocumentMode(True)
        self.views.addTab(self.table, self.tr("Ta&ble"))
        self.views.addTab(self.charts, self.tr("Char&ts"))
        self.views.addTab(agreement, self.tr("A&greement"))
        # What-if weights and the budget (their own modules; the window takes their signals).
        self.whatif = WhatIfView(self.services)
        self.whatif.message.connect(self.message)
        self.budget = BudgetView(self.services)
        self.budget.message.connect(self.message)
        self.views.addTab(self.whatif, self.tr("What-if w&eights"))
        self.views.addTab(self.budget, self.tr("B&udget"))
        self.scenarios = ScenariosView(
            self.services, self.undo_stack, self.current_scenario, ask=self.ask
        )
        self.scenarios.message.connect(self.message)
        self.views.addTab(self.scenarios, self.tr("Scenarios"))

        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addLayout(cut_row)
        layout.addWidget(self.cut_note)
        tie_row = QHBoxLayout()
        tie_row.addWidget(self.tie_note, 1)
        tie_row.addWidget(self.ties)
        layout.addLayout(tie_row)
        layout.addWidget(self.views, 1)
        self._retier()
        return content

    def _threshold(self, name: str, accessible: str, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(objectName=name)
        spin.setAccessibleName(accessible)
        spin.setDecimals(2)
        spin.setSingleStep(0.1)
        spin.setRange(0.0, 10.0)  # scores run on the criteria scale (1–5 by default)
        spin.setValue(value)
        spin.valueChanged.connect(lambda _v: self._retier())
        return spin

    def _size_columns(self) -> None:
        """Columns as wide as their contents, long categories capped; the proposal column
        takes the room that is left. Measured once per set of columns: measuring every
        reload read every cell (a quarter of a second at 500 proposals)."""
        columns = self.model.columnCount()
        if columns == getattr(self, "_sized_for", None) or self.model.rowCount() == 0:
            return
        self._sized_for = columns
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        self.table.resizeColumnsToContents()
        char = self.table.fontMetrics().averageCharWidth()
        for column, most in ((DOMAIN, 22), (CATEGORY, 26)):
            header.resizeSection(column, min(header.sectionSize(column), most * char))
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self._fit_proposal_column()

    def _fit_proposal_column(self) -> None:
        header = self.table.horizontalHeader()
        if self.model.columnCount() == 0:
            return
        char = self.table.fontMetrics().averageCharWidth()
        others = sum(
            header.sectionSize(c)
            for c in range(self.model.columnCount())
            if c != PROPOSAL and not header.isSectionHidden(c)
        )
        room = self.table.viewport().width() - others - 2
        header.resizeSection(PROPOSAL, max(40 * char, min(room, 70 * char)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_proposal_column()
        return super().eventFilter(watched, event)

    # -- sorting -------------------------------------------------------------------------------

    def _fill_sort_choices(self) -> None:
        """One choice per column (the keyboard's way to sort), in each column's natural
        direction: rank and text ascending, numbers descending."""
        self.sort_combo.blockSignals(True)
        self.sort_combo.clear()
        for column in range(self.model.columnCount()):
            if self.table.isColumnHidden(column):
                continue
            name = self.model.headerData(column, Qt.Orientation.Horizontal)
            order = natural_order(column)
            arrow = "" if column == RANK else " ↑" if order == ASCENDING else " ↓"
            self.sort_combo.addItem(f"{name}{arrow}", (column, order))
        self.sort_combo.blockSignals(False)
        self._on_sorted()

    def _on_sort_picked(self, index: int) -> None:
        column, order = self.sort_combo.itemData(index)
        self.table.sortByColumn(column, Qt.SortOrder(order))

    def _on_sorted(self, *_args: object) -> None:
        """The header was clicked (or the combo chosen): the combo follows, and the cut line
        shows only in rank order."""
        column = self.proxy.sortColumn()
        found = next(
            (
                i
                for i in range(self.sort_combo.count())
                if self.sort_combo.itemData(i)[0] == max(column, 0)
            ),
            0,
        )
        self.sort_combo.blockSignals(True)
        self.sort_combo.setCurrentIndex(found)
        self.sort_combo.blockSignals(False)
        self.table.viewport().update()

    # -- the workshop and its changes ---------------------------------------------------------

    @property
    def redraws(self) -> int:
        """How many times a chart has been drawn (for the benchmark)."""
        return self.charts.redraws

    @shielded
    def set_workshop(self, workshop_id: int | None) -> None:
        """Shows a workshop's results (None: none). A hidden panel loads when next shown."""
        if workshop_id != self.workshop_id:
            self.workshop_id = workshop_id
            self._follow_latest = True
            self._top_edited = False
            self.info = None
            self._show_empty(self.empty_text)  # the last workshop's values go at once
        self._load_when_visible()

    def apply(self, change: Change) -> None:
        """Refreshes (soon, once per burst) after a change that may alter what the tab shows:
        the ranking's numbers (a reveal, a weight, a role, …) or its cards' titles, domains,
        categories and lanes. Entries go into an open round only: they never change a
        revealed ranking."""
        self.scenarios.apply(change)
        if change.workshop_id == self.workshop_id and change.affects & SHOWN:
            self._load_when_visible(soon=True)

    def _load_when_visible(self, soon: bool = False) -> None:
        if not self.isVisible():
            self._stale = True
        elif soon:
            self.refresh_timer.request()
        else:
            self.refresh()

    @shielded
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @shielded
    def refresh(self) -> None:
        """Reloads the chosen round's results now."""
        self.refresh_timer.stop()
        self._stale = False
        if self.workshop_id is None:
            self._show_empty(self.tr("Choose a workshop to see its results"))
            return
        try:
            self.info = info = self.services.workshop(self.workshop_id)
        except Problem:  # the workshop went away
            self._show_empty(self.empty_text)
            return
        revealed = [r.number for r in info.rounds if r.revealed]
        if not revealed:
            self._show_empty(self.empty_text)
            return
        number = self._pick_round(revealed)
        try:
            self.results = self.services.results(self.workshop_id, number)
        except Problem:
            self._show_empty(self.empty_text)
            return
        if not self._top_edited:
            self.top_spin.blockSignals(True)
            self.top_spin.setValue(self.default_top(info))
            self.top_spin.blockSignals(False)
        quotas = [c for c in info.categories if c.quota]
        self.quota_radio.setEnabled(bool(quotas))
        self.quota_radio.setText(
            self.tr("By category &quotas ({quotas})").format(
                quotas=" + ".join(str(c.quota) for c in quotas)
            )
            if quotas
            else self.tr("By category &quotas")
        )
        if not quotas and self.quota_radio.isChecked():
            self.top_radio.setChecked(True)
        self.model.set_results(self.results, info.domains)
        self._fill_sort_choices()
        self.compare_button.setEnabled(len(revealed) > 1)
        self.compare_note.setText(
            self.tr(
                "How each proposal's rank and score moved between two revealed rounds, "
                "largest change first."
            )
            if len(revealed) > 1
            else self.tr("A second revealed round lets you compare how ranks and scores moved.")
        )
        for button in (self.csv_button, self.xlsx_button):
            button.setEnabled(True)
        self._fill_divided(self.results.rows)
        self.stack.setCurrentIndex(1)
        self.whatif.set_round(self.workshop_id, number)
        self._recut()
        self.budget.set_round(self.workshop_id, number, info.budget)
        self.scenarios.set_round(self.workshop_id, number)

    @staticmethod
    def default_top(info: WorkshopInfo) -> int:
        """The Roadmap lane's limit, else 21."""
        return info.default_top

    def _pick_round(self, revealed: list[int]) -> int:
        chosen = self.round_picker.currentData()
        if self._follow_latest or chosen not in revealed:
            chosen = revealed[-1]
        self.round_picker.blockSignals(True)
        self.round_picker.clear()
        for number in revealed:
            self.round_picker.addItem(self.tr("Round {number}").format(number=number), number)
        self.round_picker.setCurrentIndex(revealed.index(chosen))
        self.round_picker.blockSignals(False)
        return chosen

    def _on_round_picked(self, index: int) -> None:
        self._follow_latest = index == self.round_picker.count() - 1
        self.refresh()

    def round_number(self) -> int | None:
        """The shown round (None when nothing is revealed)."""
        return self.results.round.number if self.results is not None else None

    def _show_empty(self, text: str) -> None:
        """No values anywhere: the table, the list and the charts are emptied."""
        if self.workshop_id is None:
            self.info = None
        self.results = None
        self.cut, self._tied_below, self._roadmap_lane_id = CutMarks(), (), None
        self._line = None
        self.empty.setText(text)
        self.stack.setCurrentIndex(0)
        self.model.set_results(None)
        self.divided.clear()
        self.divided_note.clear()
        self.cut_note.clear()
        self.tie_note.clear()
        self.tie_note.hide()
        self.ties.set_ties(None, (), ())
        self.round_picker.clear()
        self.charts.set_data(None)
        self.whatif.set_round(None, None)
        self.budget.set_round(None, None, None)
        self.scenarios.set_round(self.workshop_id, None)
        for button in (
            self.compare_button,
            self.csv_button,
            self.xlsx_button,
            self.apply_button,
        ):
            button.setEnabled(False)
        self.close_compare()

    # -- cut line and tiers -----------------------------------------------------------------

    def _on_top_changed(self, _value: int) -> None:
        self._top_edited = True
        if self.top_radio.isChecked():
            self._recut()
        else:
            self.top_radio.setChecked(True)  # editing N means "top N"

    def by_quota(self) -> bool:
        return self.quota_radio.isChecked()

    def current_scenario(self) -> ScenarioSpec:
        """What the tab shows now: the what-if weights, the cut line, the Budget's amount."""
        by_quota, amount = self.by_quota(), float(self.budget.amount.value())
        return ScenarioSpec(
            weights=self.whatif.weights(),
            rule="quota" if by_quota else "top",
            top=None if by_quota else self.top_spin.value(),
            budget=amount if amount > 0 else None,
        )

    def _recut(self) -> None:
        results = self.results
        if results is None or self.workshop_id is None:
            return
        by_quota = self.by_quota()
        top = self.top_spin.value()
        try:
            line = self.services.cut_line(
                self.workshop_id,
                results.round.number,
                top=None if by_quota else top,
                by_quota=by_quota,
            )
        except Problem as exc:
            self.message.emit(str(exc))
            return
        selected, tied_below, tied = tuple(line.selected), tuple(line.tied_below), set(line.tied)
        self.cut = CutMarks(
            selected=selected,
            tied=frozenset(tied),
            line_after=selected[-1] if selected and not by_quota else None,
        )
        self._tied_below = tied_below
        self._roadmap_lane_id = line.roadmap_lane_id
        self._line = line
        self.model.set_cut(self.cut)
        self.whatif.set_cut(None if by_quota else top, by_quota)
        self.apply_button.setEnabled(bool(selected))
        self._describe_cut(results, selected, tied, by_quota)
        titles = {r.proposal_id: r.title for r in results.rows}
        rounds = self.info.rounds if self.info else ()
        self.ties.set_ties(results.round.number, [(p, titles[p]) for p in line.tied], rounds)
        chart_cut = None if by_quota else len(selected)
        self.charts.set_data(ChartData(results, self.info, chart_cut) if self.info else None)
        self.table.viewport().update()

    def _describe_cut(
        self, results: Results, selected: Sequence[int], tied: set[int], by_quota: bool
    ) -> None:
        scored = sum(1 for r in results.rows if r.rank is not None)
        number, top, count = results.round.number, self.top_spin.value(), len(selected)
        if by_quota and self.info is not None:
            chosen = {r.proposal_id: r.category for r in results.rows if r.proposal_id in selected}
            parts = [
                self.tr("{category} {chosen} of {quota}").format(
                    category=c.name,
                    chosen=sum(1 for x in chosen.values() if x == c.name),
                    quota=c.quota,
                )
                for c in self.info.categories
                if c.quota
            ]
            # English has no catalog: its singular and plural are two numerus messages.
            text = (
                self.tr(
                    "Round {round}: %n proposal makes the cut by category quotas: {quotas}.",
                    "",
                    count,
                )
                if count == 1
                else self.tr(
                    "Round {round}: %n proposals make the cut by category quotas: {quotas}.",
                    "",
                    count,
                )
            ).format(round=number, quotas=", ".join(parts))
        elif count < top:
            text = self.tr(
                "Round {round}: the top %n of {scored} scored proposals make the cut (only "
                "{scored} are scored; the limit is {top}).",
                "",
                count,
            ).format(round=number, scored=scored, top=top)
        else:
            text = self.tr(
                "Round {round}: the top %n of {scored} scored proposals make the cut.", "", count
            ).format(round=number, scored=scored)
        self.cut_note.setText(text)
        if tied:
            titles = [r.title for r in results.rows if r.proposal_id in tied]
            self.tie_note.setText(
                self.tr(
                    "%n proposals tie at the cut line: settle the tie before the roadmap is final.",
                    "",
                    len(tied),
                )
            )
            self.tie_note.setToolTip(self.tr("Tied: {titles}").format(titles="; ".join(titles)))
            self.tie_note.show()
        else:
            self.tie_note.clear()
            self.tie_note.hide()

    def _retier(self) -> None:
        on = self.tiers_check.isChecked()
        for spin in (self.tier1_spin, self.tier2_spin):
            spin.setEnabled(on)
        thresholds = (self.tier1_spin.value(), self.tier2_spin.value()) if on else ()
        self.model.set_tiers(sorted(thresholds, reverse=True))
        self.table.setColumnHidden(TIER, not on)
        if not on and self.proxy.sortColumn() == TIER:
            self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # back to rank order
        self._fill_sort_choices()
        self._fit_proposal_column()

    @shielded
    def apply_cut(self) -> None:
        """Asks, then emits apply_to_board with the cut line drawn."""
        selected = list(self.cut.selected)
        line = self._line
        if not selected or self.results is None or line is None:
            self.message.emit(self.tr("No proposal is above the cut line."))
            return
        lane = self._roadmap_lane()
        if lane is None:
            self.message.emit(
                self.tr("This workshop has no Roadmap lane to apply the cut line to.")
            )
            return
        rows = {r.proposal_id: r for r in self.results.rows}
        moving = sum(1 for pid in selected if rows[pid].lane != lane)
        text = (
            self.tr("Move the proposal above the cut line into the {lane} lane?")
            if len(selected) == 1
            else self.tr(
                "Move the %n proposals above the cut line into the {lane} lane, in rank order? "
                "{moving} of them are in other lanes now.",
                "",
                len(selected),
            )
        ).format(lane=lane, moving=moving)
        if self._tied_below:
            tie = self.tr(
                "%n proposals tie at the cut line; those below it stay where they are.",
                "",
                len(self.cut.tied),
            )
            text += "\n\n" + tie
        if self.ask.confirm(self.tr("Apply the cut line"), text):
            self.apply_to_board.emit(line)

    def _roadmap_lane(self) -> str | None:
        """The name of the lane the cut line fills (the first of kind "roadmap")."""
        lanes = self.info.lanes if self.info is not None else ()
        lane = next((x for x in lanes if x.id == self._roadmap_lane_id), None)
        return lane.name if lane is not None else None

    # -- agreement ----------------------------------------------------------------------------

    def _fill_divided(self, rows: Sequence[ResultRow]) -> None:
        self.divided.clear()
        threshold = self.info.discuss_threshold if self.info is not None else None
        self.divided_note.setText(
            self.tr(
                "The proposals the directors disagree on most. Spread is the standard deviation "
                "of their scores; above {threshold} a proposal is marked “discuss”. Activate "
                "one to find it in the table."
            ).format(threshold=QLocale().toString(float(threshold), "f", 2))
            if threshold
            else self.tr(
                "The proposals the directors disagree on most. Spread is the standard deviation "
                "of their scores. Activate one to find it in the table."
            )
        )
        for row in most_divided(rows):
            item = QListWidgetItem(divided_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row.proposal_id)
            if row.discuss:
                item.setForeground(QColor(theme.WARNING))
            self.divided.addItem(item)
        if self.divided.count() == 0:
            self.divided.addItem(self.tr("No proposal has two or more scores yet."))

    def _select_divided(self, item: QListWidgetItem) -> None:
        proposal = item.data(Qt.ItemDataRole.UserRole)
        row = self.model.row_of(proposal) if proposal is not None else -1
        if row < 0:
            return
        self.views.setCurrentWidget(self.table)
        index = self.proxy.mapFromSource(self.model.index(row, PROPOSAL))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self.table.setFocus()

    @shielded
    def compare_rounds(self) -> None:
        """Opens the comparison of two revealed rounds (non-modal; one at a time)."""
        if self.workshop_id is None or self.info is None:
            return
        revealed = [r.number for r in self.info.rounds if r.revealed]
        if len(revealed) < 2:
            self.message.emit(self.tr("Compare needs two revealed rounds."))
            return
        self.close_compare()
        self.compare_dialog = CompareRoundsDialog(
            self.services, self.workshop_id, revealed, self.window()
        )
        self.compare_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare_dialog.destroyed.connect(lambda *_: setattr(self, "compare_dialog", None))
        self.compare_dialog.show()

    def close_compare(self) -> None:
        if self.compare_dialog is not None:
            dialog, self.compare_dialog = self.compare_dialog, None
            dialog.close()

    # -- export ---------------------------------------------------------------------------

    def _export_path(self, title: str, suffix: str, filters: str) -> Path | None:
        if self.results is None or self.info is None:
            return None
        #: A file name: keep it lower case, with dashes and no spaces.
        name = self.tr("{workshop}-round-{number}-results")
        suggested = name.format(workshop=_slug(self.info.name), number=self.results.round.number)
        path = self.ask.save_path(title, suggested + suffix, filters)
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(suffix)

    @shielded
    def export_csv(self) -> Path | None:
        path = self._export_path(self.tr("Export results as CSV"), ".csv", self.tr("CSV (*.csv)"))
        if path is None or self.results is None:
            return None
        return self._write(lambda: write_results_csv(self.results, path), path)

    @shielded
    def export_xlsx(self) -> Path | None:
        path = self._export_path(
            self.tr("Export results as Excel"), ".xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if path is None or self.results is None:
            return None
        from roadmap_desktop.export.results_xlsx import write_results_xlsx

        results = self.results

        def write() -> None:
            # The shown round is revealed, so its raw scores may go in a second sheet.
            assert self.workshop_id is not None and results is not None
            record, _hidden = self.services.score_record(self.workshop_id, results.round.number)
            write_results_xlsx(results, path, record)

        return self._write(write, path)

    def _write(self, write: Callable[[], object], path: Path) -> Path | None:
        try:
            write()
        except OSError as exc:
            self.ask.warn(self.tr("Cannot export the results"), f"{path}: {exc.strerror or exc}")
            return None
        except Problem as exc:
            self.ask.warn(self.tr("Cannot export the results"), str(exc))
            return None
        assert self.results is not None
        self.message.emit(
            self.tr("Saved round {number}'s results to {path}.").format(
                number=self.results.round.number, path=path
            )
        )
        return path
