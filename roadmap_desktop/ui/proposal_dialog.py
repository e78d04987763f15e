"""The proposal editor: every field of a proposal in one dialog, for new and existing cards;
for an existing card also its rule under a budget (must fund, must not) and, when the window
hands it the services and its history, its dependencies on other proposals and the notes
written about it in the discussion."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
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

from roadmap_desktop.services import Services
from roadmap_desktop.services.views import LaneView, ProposalView, WorkshopInfo
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.commands import Report
from roadmap_desktop.ui.proposal_links import ProposalLinks
from roadmap_desktop.ui.proposal_notes import ProposalNotes

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
    """Edits a proposal's fields; `values()` gives them as service keyword arguments (title,
    summary, department, domain_id, category_id, cost, timeframe, and for an existing card
    funding: "must", "never" or ""). A new card's lane is the lane combo's.

    For an existing card, given services and undo_stack (and report, where a later undo's
    refusal is told; proposals, the workshop's cards, else read), the editor also lists its
    dependencies and its notes: each add or removal is saved at once as its own step of that
    history."""

    def __init__(
        self,
        info: WorkshopInfo,
        departments: Sequence[str],
        proposal: ProposalView | None = None,
        lane: LaneView | None = None,
        parent: QWidget | None = None,
        *,
        services: Services | None = None,
        undo_stack: QUndoStack | None = None,
        report: Report | None = None,
        proposals: Sequence[ProposalView] | None = None,
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
        # A new card has no rule: ProposalSpec carries none (set it by editing the card).
        self.funding = QComboBox(objectName="proposalFunding")
        self.funding.setAccessibleName(self.tr("Under a budget"))
        for text, value in (
            (self.tr("No rule"), ""),
            (self.tr("Must fund"), "must"),
            (self.tr("Must not fund"), "never"),
        ):
            self.funding.addItem(text, value)
        self.funding.setCurrentIndex(
            max(0, self.funding.findData(proposal.funding if proposal else ""))
        )
        self.links: ProposalLinks | None = None
        self.notes: ProposalNotes | None = None
        if proposal is not None and services is not None and undo_stack is not None:
            cards = proposals
            if cards is None:
                board = services.board(info.id)
                cards = [c for lane_cards in board.cards.values() for c in lane_cards]
            self.links = ProposalLinks(
                services,
                info.id,
                proposal,
                cards,
                undo_stack,
                report if report is not None else (lambda _text: None),
                self,
            )
            self.notes = ProposalNotes(
                services,
                info.id,
                proposal,
                [p.name for p in info.participants],
                undo_stack,
                report if report is not None else (lambda _text: None),
                self,
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
        else:
            form.addRow(self.tr("&Under a budget"), self.funding)
            if self.links is not None:
                form.addRow(self.tr("Depe&ndencies"), self.links)
                # The mnemonic goes to the list, not to the editor around it.
                label = form.labelForField(self.links)
                if isinstance(label, QLabel):
                    label.setBuddy(self.links.list)
            if self.notes is not None:
                form.addRow(self.tr("Not&es"), self.notes)
                # The mnemonic goes to the new note's field: during a discussion, one types.
                label = form.labelForField(self.notes)
                if isinstance(label, QLabel):
                    label.setBuddy(self.notes.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(580, 460 if self.links is None else 680)

    def values(self) -> dict[str, Any]:
        """Every field as a service keyword argument (raises ValueError on a bad cost);
        funding only for an existing card (a new card's spec has no such field)."""
        values = {
            "title": self.title.text(),
            "summary": self.summary.toPlainText(),
            "department": " ".join(self.department.currentText().split()),
            "domain_id": self.domain.currentData(),
            "category_id": self.category.currentData(),
            "cost": parse_cost(self.cost.text()),
            "timeframe": self.timeframe.text().strip(),
        }
        if self._proposal is not None:
            values["funding"] = self.funding.currentData() or ""
        return values

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
