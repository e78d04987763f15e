"""The Results tab's "What if" view: a slider per criterion re-ranks the shown round live,
marks who crosses the cut line, and tells how firmly each proposal keeps its side.

Nothing here writes: the sliders re-rank a services.decide.WhatIf loaded once per round.
"Adopt these weights" hands the weights to the window, which changes the workshop's
criteria as one undoable step.
"""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.domain.stability import Stability
from roadmap_desktop.services import Problem, Services
from roadmap_desktop.services.decide import WhatIf
from roadmap_desktop.services.views import CriterionView, Results
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.results.chart_view import CoalescingTimer
from roadmap_desktop.ui.steady import NoteLine

Index = QModelIndex | QPersistentModelIndex

STEPS_PER_POINT = 10  # a slider moves a weight by 0.1
MAX_WEIGHT = 5.0
STABILITY_MS = 250  # the stability of a what-if waits until the slider rests
UNSTABLE = 0.8  # a share below this is shown in the warning colour

(RANK, MOVED, PROPOSAL, SCORE, SIDE, STAYS, NEAREST) = range(7)


def crossing_text(row_stability: Stability | None, criteria: Mapping[int, str]) -> str:
    """ "Core 2 → 2.6 (+30 %)": the smallest single weight change that moves it across."""
    if row_stability is None or row_stability.nearest is None:
        return ""
    near = row_stability.nearest
    locale = QLocale()
    return QCoreApplication.translate("WhatIfModel", "{criterion} {old} → {new} ({change})").format(
        criterion=criteria.get(near.criterion, "?"),
        old=locale.toString(near.was, "g", 3),
        new=locale.toString(near.weight, "g", 3),
        change=f"{near.change:+.0%}",
    )


class WhatIfModel(QAbstractTableModel):
    """The what-if ranking beside the workshop's own: rank, places moved, side of the line,
    and the stability of that side."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: Results | None = None
        self.base_rank: dict[int, int | None] = {}
        self.base_above: frozenset[int] = frozenset()
        self.above: frozenset[int] = frozenset()
        self.stability: dict[int, Stability] = {}
        self.criteria: dict[int, str] = {}
        self._locale = QLocale()
        self.headers = (
            self.tr("Rank"),
            self.tr("Moved"),
            self.tr("Proposal"),
            self.tr("Score"),
            self.tr("Cut line"),
            self.tr("Keeps its side"),
            self.tr("Nearest crossing"),
        )
        self.tips = {
            STAYS: self.tr(
                "The share of weight combinations within ±50% of these weights under which "
                "the proposal stays on the same side of the cut line"
            ),
            NEAREST: self.tr("The smallest change of one weight that moves it across the line"),
            MOVED: self.tr("Places moved from the ranking under the workshop's own weights"),
        }
        self._enters, self._leaves, self._in = self.tr("✓ enters"), self.tr("leaves"), "✓"

    def set_rows(
        self,
        results: Results | None,
        base: Results | None,
        base_above: frozenset[int],
        above: frozenset[int],
    ) -> None:
        self.beginResetModel()
        self.results = results
        self.base_rank = {r.proposal_id: r.rank for r in base.rows} if base else {}
        self.criteria = {c.id: c.name for c in base.criteria} if base else {}
        self.base_above, self.above = base_above, above
        self.stability = {}
        self.endResetModel()

    def set_stability(self, found: Mapping[int, Stability]) -> None:
        self.stability = dict(found)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, STAYS), self.index(self.rowCount() - 1, NEAREST))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.results is None else len(self.results.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.results is None or not index.isValid():
            return None
        row = self.results.rows[index.row()]
        column = index.column()
        pid = row.proposal_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == RANK:
                return "" if row.rank is None else str(row.rank)
            if column == MOVED:
                before = self.base_rank.get(pid)
                if row.rank is None or before is None or before == row.rank:
                    return ""
                return f"▲{before - row.rank}" if before > row.rank else f"▼{row.rank - before}"
            if column == PROPOSAL:
                return row.title
            if column == SCORE:
                return "" if row.score is None else self._locale.toString(row.score, "f", 2)
            if column == SIDE:
                now, was = pid in self.above, pid in self.base_above
                if now and not was:
                    return self._enters
                if was and not now:
                    return self._leaves
                return self._in if now else ""
            if column == STAYS:
                found = self.stability.get(pid)
                return "" if found is None else f"{found.share:.0%}"
            if column == NEAREST:
                return crossing_text(self.stability.get(pid), self.criteria)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == SIDE and (pid in self.above) != (pid in self.base_above):
                return QColor(theme.WARNING)
            found = self.stability.get(pid)
            if column == STAYS and found is not None and found.share < UNSTABLE:
                return QColor(theme.WARNING)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, MOVED, SCORE, STAYS):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.UserRole:
            return pid
        return None


class WhatIfView(QWidget):
    """Sliders for the criteria's weights over the what-if ranking.

    Signals:
        adopt(dict): criterion id → weight, the weights to make the workshop's own.
        message(str): something to tell the user in the status bar.
        stability_shown(): the stability column was filled for the current weights.
    """

    adopt = Signal(object)
    message = Signal(str)
    stability_shown = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="whatIfView")
        self.setAccessibleName(self.tr("What if"))
        self.services = services
        self.what_if: WhatIf | None = None
        self.shown: Results | None = None
        self.top: int | None = None
        self.by_quota = False
        self.sliders: dict[int, QSlider] = {}
        self._values: dict[int, QLabel] = {}

        self.intro = QLabel(
            self.tr(
                "Move a criterion's weight to see how the ranking and the cut line would change. "
                "Nothing is saved until you adopt the weights."
            ),
            objectName="whatIfIntro",
        )
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {theme.MUTED};")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.reset_button = QPushButton(self.tr("Reset"), objectName="whatIfReset")
        self.reset_button.setAccessibleName(self.tr("Reset the weights to the workshop's own"))
        self.reset_button.clicked.connect(self.reset)
        self.adopt_button = QPushButton(self.tr("Ado&pt these weights"), objectName="whatIfAdopt")
        self.adopt_button.setAccessibleName(self.tr("Adopt these weights for the workshop"))
        self.adopt_button.clicked.connect(self._adopt)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.adopt_button)
        self.note = NoteLine()
        self.note.setObjectName("whatIfNote")
        self.note.setAccessibleName(self.tr("Who crosses the cut line"))
        self.note.setStyleSheet("font-weight: bold;")
        self.method = QLabel(objectName="whatIfMethod")
        self.method.setWordWrap(True)
        self.method.setStyleSheet(f"color: {theme.MUTED};")
        self.method.setText(
            self.tr(
                "“Keeps its side” is the share of 729 weight combinations within ±50% of "
                "these weights under which the proposal stays on the same side of the cut "
                "line."
            )
        )

        self.model = WhatIfModel(self)
        self.table = QTableView(objectName="whatIfTable")
        self.table.setAccessibleName(self.tr("What-if ranking"))
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Sized by the headers' text, never by the cells: measuring 500 rows' contents on
        # every slider step cost more than the re-ranking itself.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PROPOSAL, QHeaderView.ResizeMode.Stretch)
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in (
            (RANK, 6),
            (MOVED, 7),
            (SCORE, 7),
            (SIDE, 11),
            (STAYS, 15),
            (NEAREST, 34),
        ):
            header.resizeSection(column, chars * char + 16)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

        self.stability_timer = CoalescingTimer(self, "whatIfStabilityTimer", STABILITY_MS, 1.0)
        self.stability_timer.timeout.connect(self.refresh_stability)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.method)

    # -- what the panel gives ------------------------------------------------------------

    def set_round(self, workshop_id: int | None, round_number: int | None) -> None:
        """Loads a revealed round (None: none) and puts the sliders at the workshop's weights."""
        self.what_if = None
        if workshop_id is not None and round_number is not None:
            try:
                self.what_if = self.services.what_if(workshop_id, round_number)
            except Problem as exc:
                self.message.emit(str(exc))
        self._build_sliders()
        self.rerank()

    def set_cut(self, top: int | None, by_quota: bool) -> None:
        """The cut line the Results tab draws: what-if crossings are counted against it."""
        if (top, by_quota) != (self.top, self.by_quota):
            self.top, self.by_quota = top, by_quota
            self.rerank()

    def weights(self) -> dict[int, float]:
        return {cid: s.value() / STEPS_PER_POINT for cid, s in self.sliders.items()}

    def set_weights(self, weights: Mapping[int, float]) -> None:
        for cid, weight in weights.items():
            if cid in self.sliders:
                self.sliders[cid].setValue(round(weight * STEPS_PER_POINT))

    # -- building --------------------------------------------------------------------------

    def _build_sliders(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.sliders.clear()
        self._values.clear()
        usable = self.what_if is not None and self.what_if.model is not None
        criteria: Sequence[CriterionView] = self.what_if.criteria if self.what_if else ()
        for row, criterion in enumerate(criteria if usable else ()):
            slider = QSlider(Qt.Orientation.Horizontal, objectName=f"whatIfSlider{row}")
            slider.setAccessibleName(
                self.tr("Weight of {criterion}").format(criterion=criterion.name)
            )
            top = max(MAX_WEIGHT, criterion.weight) * STEPS_PER_POINT
            slider.setRange(0, round(top))
            slider.setPageStep(STEPS_PER_POINT // 2)
            slider.setValue(round(criterion.weight * STEPS_PER_POINT))
            value = QLabel(objectName=f"whatIfWeight{row}")
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("0.00 (was 0.00)"))
            name = QLabel(criterion.name)
            name.setBuddy(slider)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(slider, row, 1)
            self.grid.addWidget(value, row, 2)
            self.sliders[criterion.id] = slider
            self._values[criterion.id] = value
            slider.valueChanged.connect(lambda _v: self.rerank())
        for button in (self.reset_button, self.adopt_button):
            button.setEnabled(usable)
        if self.what_if is not None and not usable:
            self.note.setText(self.tr("What-if weights need a round scored on the criteria."))

    # -- re-ranking --------------------------------------------------------------------------

    def rerank(self) -> None:
        """The ranking under the sliders' weights, now; the stability once they rest."""
        what_if = self.what_if
        if what_if is None or what_if.model is None:
            self.shown = None
            self.model.set_rows(None, None, frozenset(), frozenset())
            if what_if is None:
                self.note.clear()
            return
        weights = self.weights()
        locale = QLocale()
        for cid, label in self._values.items():
            own = what_if.weights[cid]
            text = locale.toString(weights[cid], "f", 1)
            if abs(weights[cid] - own) > 1e-9:
                text = self.tr("{weight} (was {own})").format(
                    weight=text, own=locale.toString(own, "g", 3)
                )
            label.setText(text)
        base = what_if.results
        try:
            shown = what_if.results_for(weights)
        except Problem as exc:
            self.note.setText(str(exc))
            self.model.set_rows(None, None, frozenset(), frozenset())
            return
        self.shown = shown
        base_above = frozenset(what_if.cut(base, top=self.top, by_quota=self.by_quota).selected)
        above = frozenset(what_if.cut(shown, top=self.top, by_quota=self.by_quota).selected)
        self.model.set_rows(shown, base, base_above, above)
        self._describe(shown, base_above, above)
        self.stability_timer.request()

    def _describe(self, shown: Results, base_above: frozenset[int], above: frozenset[int]) -> None:
        titles = {r.proposal_id: r.title for r in shown.rows}
        entering = [titles[p] for p in above - base_above]
        leaving = [titles[p] for p in base_above - above]
        if not entering and not leaving:
            self.note.setText(self.tr("No proposal crosses the cut line under these weights."))
            return
        parts = []
        if entering:
            parts.append(self.tr("enter: {titles}").format(titles="; ".join(sorted(entering))))
        if leaving:
            parts.append(self.tr("leave: {titles}").format(titles="; ".join(sorted(leaving))))
        moved = len(entering) + len(leaving)
        # English has no catalog: its singular and plural are two numerus messages.
        text = (
            self.tr("%n proposal crosses the cut line — {changes}", "", moved)
            if moved == 1
            else self.tr("%n proposals cross the cut line — {changes}", "", moved)
        )
        self.note.setText(text.format(changes=" · ".join(parts)))

    def refresh_stability(self) -> None:
        """Fills the stability columns for the sliders' weights (up to a second at 500
        proposals, so it waits until the sliders rest)."""
        self.stability_timer.stop()
        if self.what_if is None or self.shown is None:
            return
        try:
            found = self.what_if.stability(self.weights(), top=self.top, by_quota=self.by_quota)
        except Problem as exc:
            self.message.emit(str(exc))
            return
        self.model.set_stability(found)
        self.stability_shown.emit()

    # -- buttons ------------------------------------------------------------------------------

    def reset(self) -> None:
        if self.what_if is not None:
            self.set_weights(self.what_if.weights)

    def _adopt(self) -> None:
        weights = self.weights()
        if self.what_if is None:
            return
        if any(w <= 0 for w in weights.values()):
            self.message.emit(
                self.tr(
                    "A workshop's weights are above zero: raise every slider above 0 before "
                    "adopting them."
                )
            )
            return
        self.adopt.emit(weights)
