"""The Results tab's "Scenarios" view: saved what-ifs (weights, cut rule, budget, funding
marks), whether the packet uses them, and two of them side by side.

"Save current as…" takes what the Results tab shows now (its what-if weights, cut line and
budget, from the `current` callable the panel passes in); saving, renaming, deleting and each
packet flag is one step of the undo stack passed in (ui/scenario_commands.py). The comparison
is worked out by services.compare_scenarios on the shown round; nothing here writes but the
commands.
"""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.services import Change, Problem, Services
from roadmap_desktop.services.scenarios import (
    ScenarioComparison,
    ScenarioOutcome,
    ScenarioSpec,
    ScenarioView,
)
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.commands import count_of
from roadmap_desktop.ui.scenario_commands import (
    delete_scenario,
    rename_scenario,
    save_scenario,
    set_packet_use,
)
from roadmap_desktop.words import formats

# The comparison's "current settings" entry: what the Results tab shows, not saved.
CURRENT = -1
(NAME, RULE, WEIGHTS, PACKET) = range(4)
(C_RANK, C_PROPOSAL, C_IN_A, C_IN_B) = range(4)


class ScenariosView(QWidget):
    """Saved scenarios, their packet flags, and a side-by-side comparison of two.

    Attributes:
        current: what the Results tab shows now, as a scenario ("Save current as…").
        ask: the questions it asks (a scenario's name); tests replace it.

    Signals:
        message(str): something to tell the user in the status bar.
    """

    message = Signal(str)

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        current: Callable[[], ScenarioSpec],
        ask: Ask | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="scenariosView")
        self.setAccessibleName(self.tr("Scenarios"))
        self.services = services
        self.undo_stack = undo_stack
        self.current = current
        self.ask = ask if ask is not None else Ask(self)
        self.workshop_id: int | None = None
        self.round_number: int | None = None
        self.saved: list[ScenarioView] = []
        self.comparison: ScenarioComparison | None = None
        self._criteria: dict[int, str] = {}
        self._own: dict[int, float] = {}  # the workshop's own weights

        intro = QLabel(
            self.tr(
                "Save what the Results tab shows (the what-if weights, the cut line or the "
                "budget) as a named scenario, and compare two side by side. A scenario changes "
                "nothing on the board."
            ),
            objectName="scenariosIntro",
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color: {theme.MUTED};")

        self.list = QTreeWidget(objectName="scenarioList")
        self.list.setAccessibleName(self.tr("Saved scenarios"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels(
            [self.tr("Scenario"), self.tr("Cut rule"), self.tr("Weights"), self.tr("Packet")]
        )
        heads = self.list.header()
        heads.setStretchLastSection(False)
        for column in (NAME, RULE, PACKET):
            heads.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        heads.setSectionResizeMode(WEIGHTS, QHeaderView.ResizeMode.Stretch)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 10)
        self.list.itemSelectionChanged.connect(self._selection_changed)

        self.rule_combo = QComboBox(objectName="scenarioRule")
        self.rule_combo.setAccessibleName(self.tr("Cut rule of a scenario saved now"))
        self.rule_combo.addItem(self.tr("The cut line as drawn"), "cut")
        self.rule_combo.addItem(self.tr("The best roadmap under the budget"), "budget")
        rule_label = QLabel(self.tr("Save &with"))
        rule_label.setBuddy(self.rule_combo)
        self.save_button = QPushButton(self.tr("Sa&ve current as…"), objectName="scenarioSave")
        self.save_button.setAccessibleName(self.tr("Save the current settings as a scenario"))
        self.save_button.clicked.connect(self.save_current)
        self.rename_button = QPushButton(self.tr("Rena&me…"), objectName="scenarioRename")
        self.rename_button.setAccessibleName(self.tr("Rename the scenario"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="scenarioDelete")
        self.delete_button.setAccessibleName(self.tr("Delete the scenario"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.chosen_check = QCheckBox(self.tr("Use in the pac&ket"), objectName="scenarioChosen")
        self.chosen_check.setToolTip(
            self.tr("The packet prints this scenario after the roadmap (one scenario at most)")
        )
        self.chosen_check.clicked.connect(lambda on: self._flag("chosen" if on else ""))
        self.compared_check = QCheckBox(
            self.tr("Com&pare in the packet"), objectName="scenarioCompared"
        )
        self.compared_check.setToolTip(
            self.tr("The packet's appendix compares this scenario with the one it uses")
        )
        self.compared_check.clicked.connect(lambda on: self._flag("compared" if on else ""))
        # Two rows: saving, then what to do with the scenario chosen in the list (one row
        # would need 1,400 px in a language 40 % longer than English).
        saving = QHBoxLayout()
        saving.addWidget(rule_label)
        saving.addWidget(self.rule_combo)
        saving.addWidget(self.save_button)
        saving.addStretch(1)
        chosen = QHBoxLayout()
        chosen.addWidget(self.rename_button)
        chosen.addWidget(self.delete_button)
        chosen.addSpacing(12)
        chosen.addWidget(self.chosen_check)
        chosen.addWidget(self.compared_check)
        chosen.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addLayout(saving)
        buttons.addLayout(chosen)

        compare_label = QLabel(self.tr("Side by side"))
        compare_label.setStyleSheet("font-weight: bold;")
        self.combo_a = QComboBox(objectName="scenarioA")
        self.combo_a.setAccessibleName(self.tr("First scenario to compare"))
        self.combo_b = QComboBox(objectName="scenarioB")
        self.combo_b.setAccessibleName(self.tr("Second scenario to compare"))
        # What the user picked in each combo (None: the default, kept as scenarios come).
        self._picked: list[object] = [None, None]
        for side, combo in enumerate((self.combo_a, self.combo_b)):
            combo.setMinimumContentsLength(16)
            combo.activated.connect(lambda _i, side=side: self._on_picked(side))
        label_a, label_b = QLabel(self.tr("A")), QLabel(self.tr("B"))
        label_a.setBuddy(self.combo_a)
        label_b.setBuddy(self.combo_b)
        pick = QHBoxLayout()
        pick.addWidget(compare_label)
        pick.addSpacing(8)
        pick.addWidget(label_a)
        pick.addWidget(self.combo_a)
        pick.addSpacing(8)
        pick.addWidget(label_b)
        pick.addWidget(self.combo_b)
        pick.addStretch(1)

        self.note = QLabel(objectName="scenarioCompareNote")
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4, objectName="scenarioComparison")
        self.table.setAccessibleName(self.tr("Scenarios compared"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self._set_heads("", "")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(C_PROPOSAL, QHeaderView.ResizeMode.Stretch)
        self.totals_a = QLabel(objectName="scenarioTotalsA")
        self.totals_b = QLabel(objectName="scenarioTotalsB")
        totals = QGridLayout()
        totals.addWidget(self.totals_a, 0, 0)
        totals.addWidget(self.totals_b, 1, 0)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addLayout(pick)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(totals)

        # An undo or a redo of a scenario step (or a step of another screen): the list again
        # when it changed.
        self.undo_stack.indexChanged.connect(lambda _i: self._catch_up())
        self._selection_changed()

    # -- what the panel gives ------------------------------------------------------------------

    def set_round(self, workshop_id: int | None, round_number: int | None) -> None:
        """Shows a workshop's scenarios, compared on a revealed round (None: none)."""
        if workshop_id != self.workshop_id:
            self._picked = [None, None]
        self.workshop_id, self.round_number = workshop_id, round_number
        self._criteria, self._own = {}, {}
        if workshop_id is not None:
            try:
                criteria = self.services.workshop(workshop_id).criteria
                self._criteria = {c.id: c.name for c in criteria}
                self._own = {c.id: c.weight for c in criteria}
            except Problem as exc:
                self.message.emit(str(exc))
        self.reload()

    def apply(self, change: Change) -> None:
        """Reloads after a change to the shown workshop's scenarios (another window's too)."""
        if change.workshop_id == self.workshop_id and change.kind.startswith("scenario."):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        # The current settings may have moved (a slider, the cut line) while hidden.
        super().showEvent(event)
        self.compare()

    def _catch_up(self) -> None:
        if self.workshop_id is None:
            return
        try:
            now = self.services.scenarios(self.workshop_id)
        except Problem:
            return  # said when the list is next read
        if now != self.saved:
            self.reload()

    def reload(self) -> None:
        """The saved scenarios again, the selection and the two compared kept where they can."""
        picked = self.selected()
        self.saved = []
        if self.workshop_id is not None:
            try:
                self.saved = self.services.scenarios(self.workshop_id)
            except Problem as exc:
                self.message.emit(str(exc))
        self.list.blockSignals(True)
        self.list.clear()
        for scenario in self.saved:
            item = QTreeWidgetItem(
                [
                    scenario.name,
                    self.rule_text(scenario.spec),
                    self.weights_text(scenario.spec),
                    self.packet_text(scenario.spec.packet),
                ]
            )
            item.setData(NAME, Qt.ItemDataRole.UserRole, scenario.id)
            item.setToolTip(NAME, scenario.name)
            self.list.addTopLevelItem(item)
            if picked is not None and scenario.id == picked.id:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._selection_changed()
        self._fill_combos()
        # Working two scenarios out reads the round (a fifth of a second at 500 proposals):
        # only for a view on screen; a hidden one compares when next shown.
        if self.isVisible():
            self.compare()

    # -- the list ------------------------------------------------------------------------------

    def selected(self) -> ScenarioView | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        wanted = item.data(NAME, Qt.ItemDataRole.UserRole)
        return next((s for s in self.saved if s.id == wanted), None)

    def select(self, scenario_id: int) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(NAME, Qt.ItemDataRole.UserRole) == scenario_id:
                self.list.setCurrentItem(item)
                item.setSelected(True)

    def _selection_changed(self) -> None:
        scenario = self.selected()
        on = scenario is not None
        for widget in (self.rename_button, self.delete_button, self.chosen_check):
            widget.setEnabled(on)
        self.compared_check.setEnabled(on)
        self.save_button.setEnabled(self.workshop_id is not None)
        self.chosen_check.setChecked(on and scenario.spec.packet == "chosen")  # type: ignore[union-attr]
        self.compared_check.setChecked(on and scenario.spec.packet == "compared")  # type: ignore[union-attr]

    def rule_text(self, spec: ScenarioSpec) -> str:
        """ "Top 10", "Top N (the Roadmap lane's)", "Category quotas", "Budget $2,000,000"."""
        if spec.rule == "quota":
            return self.tr("Category quotas")
        if spec.rule == "budget":
            if spec.budget is None:
                return self.tr("Budget (the workshop's)")
            return self.tr("Budget {amount}").format(amount=formats.money(spec.budget))
        if spec.top is None:
            return self.tr("Top N (the Roadmap lane's)")
        return self.tr("Top {n}").format(n=spec.top)

    def weights_text(self, spec: ScenarioSpec) -> str:
        """The weights that differ from the workshop's own ("Important 3 · Core 1"), or "The
        workshop's own"; "· funding marks: 2" after."""
        locale = QLocale()
        parts = [
            f"{self._criteria.get(cid, '?')} {locale.toString(weight, 'g', 3)}"
            for cid, weight in spec.weights.items()
            if cid in self._criteria and weight != self._own.get(cid)
        ]
        text = " · ".join(parts) if parts else self.tr("The workshop's own")
        marks = sum(1 for m in spec.overrides.values() if m)
        if marks:
            text += " · " + self.tr("funding marks: {n}").format(n=marks)
        return text

    def packet_text(self, packet: str) -> str:
        if packet == "chosen":
            return self.tr("Used")
        if packet == "compared":
            return self.tr("Compared")
        return ""

    # -- the steps -----------------------------------------------------------------------------

    def _report(self, text: str) -> None:
        self.message.emit(text)

    def _free_name(self) -> str:
        taken = {s.name.casefold() for s in self.saved}
        number = len(self.saved) + 1
        while self.tr("Scenario {n}").format(n=number).casefold() in taken:
            number += 1
        return self.tr("Scenario {n}").format(n=number)

    def save_current(self) -> Change | None:
        """Asks for a name, then saves what the Results tab shows as a scenario (one step)."""
        if self.workshop_id is None:
            return None
        try:
            spec = self.current()
        except Problem as exc:
            self.message.emit(str(exc))
            return None
        if self.rule_combo.currentData() == "budget":
            spec = replace(spec, rule="budget")
        elif spec.rule == "budget":
            spec = replace(spec, rule="top")
        name = self.ask.text(
            self.tr("Save scenario"), self.tr("Name of the scenario:"), self._free_name()
        )
        if name is None:
            return None
        done = save_scenario(
            self.services, self.undo_stack, self.workshop_id, name, spec, self._report
        )
        if done is not None and done.subject is not None:
            self.select(done.subject)
        return done

    def rename_selected(self) -> Change | None:
        scenario = self.selected()
        if scenario is None:
            return None
        name = self.ask.text(
            self.tr("Rename scenario"), self.tr("New name of the scenario:"), scenario.name
        )
        if name is None:
            return None
        return rename_scenario(self.services, self.undo_stack, scenario.id, name, self._report)

    def delete_selected(self) -> Change | None:
        scenario = self.selected()
        if scenario is None:
            return None
        done = delete_scenario(self.services, self.undo_stack, scenario.id, self._report)
        if done is not None:
            self.message.emit(
                self.tr("Deleted the scenario “{name}”; Edit ▸ Undo brings it back.").format(
                    name=scenario.name
                )
            )
        return done

    def _flag(self, packet: str) -> None:
        scenario = self.selected()
        if scenario is None or self.workshop_id is None:
            return
        set_packet_use(
            self.services,
            self.undo_stack,
            self.workshop_id,
            scenario.id,
            packet,  # type: ignore[arg-type]
            self._report,
        )
        self._selection_changed()  # a refused flag shows what is stored

    # -- side by side --------------------------------------------------------------------------

    def _on_picked(self, side: int) -> None:
        combo = (self.combo_a, self.combo_b)[side]
        self._picked[side] = combo.currentData()
        self.compare()

    def _fill_combos(self) -> None:
        combos = (self.combo_a, self.combo_b)
        for index, (combo, was) in enumerate(zip(combos, self._picked, strict=True)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Current settings"), CURRENT)
            for scenario in self.saved:
                combo.addItem(scenario.name, scenario.id)
            found = combo.findData(was) if was is not None else -1
            if found < 0:
                # A: the first saved scenario, B: the second; the current settings when
                # there are not so many.
                found = index + 1 if index + 1 < combo.count() else 0
            combo.setCurrentIndex(found)
            combo.blockSignals(False)

    def _side(self, combo: QComboBox) -> int | ScenarioSpec:
        data = combo.currentData()
        if data is None or data == CURRENT:
            spec = self.current()
            if self.rule_combo.currentData() == "budget":
                spec = replace(spec, rule="budget")
            return spec
        return int(data)

    def _set_heads(self, name_a: str, name_b: str) -> None:
        """The membership columns are headed by the two scenarios' names."""
        a, b = self.tr("A"), self.tr("B")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Proposal"),
                f"{a}: {name_a}" if name_a else a,
                f"{b}: {name_b}" if name_b else b,
            ]
        )
        for column, name in ((C_IN_A, name_a), (C_IN_B, name_b)):
            head = self.table.horizontalHeaderItem(column)
            if head is not None:
                head.setToolTip(name)

    def compare(self) -> None:
        """The two chosen scenarios on the shown round: the proposals either selects (in
        bold: only one does), and each one's totals."""
        self.comparison = None
        self.table.setRowCount(0)
        for label in (self.totals_a, self.totals_b):
            label.clear()
        self.note.setStyleSheet("")
        if self.workshop_id is None or self.round_number is None:
            self.note.setText(self.tr("Scenarios are compared on a revealed round."))
            return
        try:
            comparison = self.services.compare_scenarios(
                self.workshop_id,
                self._side(self.combo_a),
                self._side(self.combo_b),
                self.round_number,
            )
        except Problem as exc:
            self.note.setText(str(exc))
            self.note.setStyleSheet(f"color: {theme.WARNING}; font-weight: bold;")
            return
        self.comparison = comparison
        name_a, name_b = self.combo_a.currentText(), self.combo_b.currentText()
        self._set_heads(name_a, name_b)
        rows = {r.proposal_id: r for r in comparison.a.results.rows}
        in_a, in_b = set(comparison.a.selected), set(comparison.b.selected)
        differ = set(comparison.only_a) | set(comparison.only_b)
        bold = QFont(self.table.font())
        bold.setBold(True)
        listed = comparison.proposals()
        self.table.setRowCount(len(listed))
        for at, pid in enumerate(listed):
            row = rows.get(pid)
            cells = [
                "" if row is None or row.rank is None else str(row.rank),
                row.title if row is not None else "?",
                "✓" if pid in in_a else "",
                "✓" if pid in in_b else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, pid)
                if column != C_PROPOSAL:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if pid in differ:
                    item.setFont(bold)
                self.table.setItem(at, column, item)
        if comparison.same:
            self.note.setText(self.tr("Both select the same proposals."))
        else:
            self.note.setText(
                self.tr(
                    "In bold: the proposals only one of the two selects ({a} only in A, {b} "
                    "only in B)."
                ).format(a=len(comparison.only_a), b=len(comparison.only_b))
            )
        self.totals_a.setText(self.totals_text(self.tr("A"), name_a, comparison.a))
        self.totals_b.setText(self.totals_text(self.tr("B"), name_b, comparison.b))

    def totals_text(self, side: str, name: str, outcome: ScenarioOutcome) -> str:
        """ "A — Lean year: 5 proposals, cost $2,000,000 (1 without a cost), total score
        17.30"."""
        cost = formats.money(outcome.total_cost)
        score = QLocale().toString(outcome.total_score, "f", 2)
        proposals = count_of(len(outcome.selected))
        if outcome.no_cost:
            return self.tr(
                "{side} — {name}: {proposals}, cost {cost} ({missing} without a cost), total "
                "score {score}"
            ).format(
                side=side,
                name=name,
                proposals=proposals,
                cost=cost,
                missing=len(outcome.no_cost),
                score=score,
            )
        return self.tr("{side} — {name}: {proposals}, cost {cost}, total score {score}").format(
            side=side, name=name, proposals=proposals, cost=cost, score=score
        )
