"""The proposal editor: every field of a proposal in one dialog, for new and existing cards."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.services.views import LaneView, ProposalView, WorkshopInfo
from roadmap_desktop.ui import theme

NONE = "—"


def _combo(
    name: str, label: str, items: Sequence[tuple[str, int | None]], current: int | None
) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.setAccessibleName(label)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def parse_cost(text: str) -> float | None:
    """ "$1,250,000", "1250000" or "" (no cost); raises ValueError for anything else."""
    cleaned = text.replace("$", "").replace(",", "").replace(" ", "").strip()
    if not cleaned:
        return None
    value = float(cleaned)
    if value < 0:
        raise ValueError("negative")
    return value


class ProposalDialog(QDialog):
    """Edits a proposal's fields; `values()` gives what changed as service keyword arguments
    (title, summary, department, domain_id, category_id, cost, timeframe) plus lane_id for a
    new card."""

    def __init__(
        self,
        info: WorkshopInfo,
        departments: Sequence[str],
        proposal: ProposalView | None = None,
        lane: LaneView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proposalDialog")
        self.setWindowTitle(self.tr("Edit proposal") if proposal else self.tr("New proposal"))
        self._proposal = proposal
        self.title = QLineEdit(proposal.title if proposal else "", objectName="proposalTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.summary = QPlainTextEdit(
            proposal.summary if proposal else "", objectName="proposalSummary"
        )
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setTabChangesFocus(True)
        self.department = QComboBox(objectName="proposalDepartment")
        self.department.setEditable(True)
        self.department.setAccessibleName(self.tr("Sponsoring department"))
        self.department.lineEdit().setAccessibleName(self.tr("Sponsoring department"))
        self.department.addItems(sorted(set(departments), key=str.casefold))
        self.department.setEditText(proposal.department if proposal else "")
        self.domain = _combo(
            "proposalDomain",
            self.tr("Domain"),
            [(NONE, None), *((d.name, d.id) for d in info.domains)],
            proposal.domain_id if proposal else None,
        )
        self.category = _combo(
            "proposalCategory",
            self.tr("Category"),
            [(NONE, None), *((c.name, c.id) for c in info.categories)],
            proposal.category_id if proposal else None,
        )
        cost = "" if proposal is None or proposal.cost is None else f"{proposal.cost:,.0f}"
        self.cost = QLineEdit(cost, objectName="proposalCost")
        self.cost.setAccessibleName(self.tr("Cost in dollars"))
        #: Keep the number as it is: the field reads a comma as a thousands separator.
        self.cost.setPlaceholderText(self.tr("e.g. 250,000"))
        self.timeframe = QLineEdit(
            proposal.timeframe if proposal else "", objectName="proposalTimeframe"
        )
        self.timeframe.setAccessibleName(self.tr("Timeframe"))
        self.timeframe.setPlaceholderText(self.tr("e.g. 12 months"))
        self.lane = _combo(
            "proposalLane",
            self.tr("Lane"),
            [(x.name, x.id) for x in info.lanes],
            lane.id if lane else None,
        )
        self.problem = QLabel(objectName="proposalProblem")
        self.problem.setStyleSheet(f"color: {theme.WARNING};")
        self.problem.setAccessibleName(self.tr("Problem"))

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Summary"), self.summary)
        form.addRow(self.tr("&Department"), self.department)
        form.addRow(self.tr("Do&main"), self.domain)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("C&ost ($)"), self.cost)
        form.addRow(self.tr("Time&frame"), self.timeframe)
        if proposal is None:
            form.addRow(self.tr("&Lane"), self.lane)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 460)

    def values(self) -> dict[str, Any]:
        """Every field as a service keyword argument (raises ValueError on a bad cost)."""
        return {
            "title": self.title.text(),
            "summary": self.summary.toPlainText(),
            "department": " ".join(self.department.currentText().split()),
            "domain_id": self.domain.currentData(),
            "category_id": self.category.currentData(),
            "cost": parse_cost(self.cost.text()),
            "timeframe": self.timeframe.text().strip(),
        }

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the proposal being edited."""
        values = self.values()
        if self._proposal is None:
            return values
        return {k: v for k, v in values.items() if getattr(self._proposal, k) != v}

    def accept(self) -> None:
        if not self.title.text().strip():
            self.problem.setText(self.tr("A proposal needs a title."))
            self.title.setFocus()
            return
        try:
            self.values()
        except ValueError:
            self.problem.setText(
                self.tr("The cost is a number of dollars, e.g. 250,000 (or leave it empty).")
            )
            self.cost.setFocus()
            return
        super().accept()

    def keyPressEvent(self, event: Any) -> None:  # Ctrl+Enter saves from the summary box
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return
        super().keyPressEvent(event)
