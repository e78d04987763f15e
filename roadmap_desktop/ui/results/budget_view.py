"""The Results tab's "Budget" view: the best roadmap under a budget beside the plain cut
funded by rank, so the cabinet sees what the optimum trades.

The plans come from services.budget_plans (HiGHS's integer programme under the must-fund,
must-not, quota and dependency rules); the view only shows them. "Make it the workshop's
budget" and "Apply to board" are the window's undoable steps, asked for through signals.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.domain.budget import Plan
from roadmap_desktop.services import Problem, Services
from roadmap_desktop.services.decide import BudgetPlans
from roadmap_desktop.ui import theme
from roadmap_desktop.words import formats

MAX_BUDGET = 1e12


def _money(amount: float | None) -> str:
    return "" if amount is None else formats.money(amount)


class BudgetView(QWidget):
    """A budget amount, and the two plans it funds.

    Signals:
        set_budget(float): make this amount the workshop's budget (an undoable step).
        apply_plan(tuple): the proposal ids of a plan, in rank order, for the Roadmap lane.
        message(str): something to tell the user in the status bar.
    """

    set_budget = Signal(float)
    apply_plan = Signal(tuple)
    message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="budgetView")
        self.setAccessibleName(self.tr("Budget"))
        self.services = services
        self.workshop_id: int | None = None
        self.round_number: int | None = None
        self.plans: BudgetPlans | None = None
        self._saved: float | None = None

        self.amount = QDoubleSpinBox(objectName="budgetAmount")
        self.amount.setAccessibleName(self.tr("Budget amount in dollars"))
        self.amount.setRange(0, MAX_BUDGET)
        self.amount.setDecimals(0)
        self.amount.setSingleStep(100_000)
        self.amount.setGroupSeparatorShown(True)
        self.amount.setPrefix("$ ")
        self.amount.setMinimumWidth(
            self.amount.fontMetrics().horizontalAdvance("$ 000,000,000,000")
        )
        self.amount.editingFinished.connect(self.refresh)
        label = QLabel(self.tr("Budget a&mount"))
        label.setBuddy(self.amount)
        self.save_button = QPushButton(
            self.tr("Ma&ke it the workshop's budget"), objectName="budgetSave"
        )
        self.save_button.clicked.connect(lambda: self.set_budget.emit(float(self.amount.value())))
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.amount)
        top.addWidget(self.save_button)
        top.addStretch(1)

        self.note = QLabel(objectName="budgetNote")
        self.note.setWordWrap(True)
        self.columns: dict[str, tuple[QLabel, QTreeWidget, QPushButton]] = {}
        plans = QHBoxLayout()
        for rule, title, tip in (
            (
                "optimum",
                self.tr("Best roadmap under the budget"),
                self.tr("The set with the highest total score that keeps every rule"),
            ),
            (
                "by_rank",
                self.tr("Funded by rank until the money runs out"),
                self.tr("The ranking funded in order, stopping at the first that does not fit"),
            ),
        ):
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold;")
            heading.setToolTip(tip)
            summary = QLabel(objectName=f"budgetSummary_{rule}")
            summary.setWordWrap(True)
            funded = QTreeWidget(objectName=f"budgetFunded_{rule}")
            funded.setAccessibleName(title)
            funded.setRootIsDecorated(False)
            funded.setAlternatingRowColors(True)
            funded.setUniformRowHeights(True)
            funded.setHeaderLabels([self.tr("Rank"), self.tr("Proposal"), self.tr("Cost")])
            header = funded.header()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            char = funded.fontMetrics().averageCharWidth()
            header.resizeSection(0, 6 * char + 12)
            header.resizeSection(2, 13 * char + 12)
            apply = QPushButton(self.tr("Apply to board…"), objectName=f"budgetApply_{rule}")
            apply.setAccessibleName(self.tr("Apply {plan} to the board").format(plan=title))
            apply.clicked.connect(lambda _c=False, r=rule: self._apply(r))
            column = QVBoxLayout()
            column.addWidget(heading)
            column.addWidget(summary)
            column.addWidget(funded, 1)
            column.addWidget(apply)
            plans.addLayout(column, 1)
            self.columns[rule] = (summary, funded, apply)
        self.left_out = QLabel(objectName="budgetLeftOut")
        self.left_out.setWordWrap(True)
        self.left_out.setStyleSheet(f"color: {theme.MUTED};")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(plans, 1)
        layout.addWidget(self.left_out)

    def set_round(
        self, workshop_id: int | None, round_number: int | None, budget: float | None
    ) -> None:
        """Shows the plans of a revealed round under the workshop's budget (None: none set)."""
        self.workshop_id, self.round_number = workshop_id, round_number
        if budget != self._saved or budget is None:
            self._saved = budget
            self.amount.blockSignals(True)
            self.amount.setValue(budget or 0.0)
            self.amount.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self.plans = None
        amount = float(self.amount.value())
        self.save_button.setEnabled(self.workshop_id is not None and amount != self._saved)
        if self.workshop_id is None or self.round_number is None or amount <= 0:
            self._show(None)
            self.note.setText(
                self.tr(
                    "Type the budget to see the best roadmap it funds. Mark proposals must-fund "
                    "or must-not, and their dependencies, on their cards."
                )
            )
            return
        try:
            self.plans = self.services.budget_plans(
                self.workshop_id, self.round_number, amount=amount
            )
        except Problem as exc:
            self._show(None)
            self.note.setText(str(exc))
            self.note.setStyleSheet(f"color: {theme.WARNING}; font-weight: bold;")
            return
        self.note.setStyleSheet("")
        self._show(self.plans)

    def _show(self, plans: BudgetPlans | None) -> None:
        for rule, (summary, funded, apply) in self.columns.items():
            funded.clear()
            summary.clear()
            apply.setEnabled(False)
            if plans is None:
                continue
            plan: Plan = plans.optimum if rule == "optimum" else plans.by_rank
            rows = {r.proposal_id: r for r in plans.results.rows}
            must = self.tr("Marked must-fund")
            for pid in plan.funded:
                row = rows[pid]
                item = QTreeWidgetItem(
                    [
                        "" if row.rank is None else str(row.rank),
                        row.title,
                        _money(plans.costs.get(pid)),
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, pid)
                item.setTextAlignment(
                    0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                item.setTextAlignment(
                    2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                item.setToolTip(
                    1, row.title + (f" — {must}" if plans.funding.get(pid) == "must" else "")
                )
                funded.addTopLevelItem(item)
            count = len(plan.funded)
            summary.setText(
                (
                    self.tr("%n proposal, {cost} of {budget}; total score {score}", "", count)
                    if count == 1
                    else self.tr("%n proposals, {cost} of {budget}; total score {score}", "", count)
                ).format(
                    cost=_money(plan.total_cost),
                    budget=_money(plans.budget),
                    score=f"{plan.total_score:.2f}",
                )
            )
            apply.setEnabled(bool(plan.funded))
        if plans is None:
            self.left_out.clear()
            return
        gained = plans.optimum.total_score - plans.by_rank.total_score
        only_best = set(plans.optimum.funded) - set(plans.by_rank.funded)
        only_rank = set(plans.by_rank.funded) - set(plans.optimum.funded)
        titles = {r.proposal_id: r.title for r in plans.results.rows}
        if only_best or only_rank:
            self.note.setText(
                self.tr(
                    "The best roadmap scores {gain} more in total. In bold: the proposals only "
                    "one of the two funds ({best} only in the best roadmap, {rank} only by rank)."
                ).format(gain=f"{gained:.2f}", best=len(only_best), rank=len(only_rank))
            )
            for rule, differ in (("optimum", only_best), ("by_rank", only_rank)):
                tree = self.columns[rule][1]
                for index in range(tree.topLevelItemCount()):
                    item = tree.topLevelItem(index)
                    if item is not None and item.data(0, Qt.ItemDataRole.UserRole) in differ:
                        font = item.font(1)
                        font.setBold(True)
                        for column in range(3):
                            item.setFont(column, font)
        else:
            self.note.setText(
                self.tr("Funding by rank is already the best roadmap under this budget.")
            )
        reasons = {
            "unscored": self.tr("unscored"),
            "no_cost": self.tr("no cost set"),
            "never": self.tr("marked must-not"),
        }
        never = [
            f"{titles.get(pid, '?')} ({reasons.get(reason, reason)})"
            for pid, reason in plans.optimum.never_funded.items()
        ]
        self.left_out.setText(
            self.tr("Never funded: {proposals}").format(proposals="; ".join(never)) if never else ""
        )

    def _apply(self, rule: str) -> None:
        if self.plans is None:
            return
        plan = self.plans.optimum if rule == "optimum" else self.plans.by_rank
        if plan.funded:
            self.apply_plan.emit(tuple(plan.funded))
