"""A proposal's dependencies in its editor: "Needs: …", "Excludes: …", "Needed by: …", with
Add (a kind and another proposal) and Remove.

Each add or removal is saved at once, as one step of the window's history (ui/link_commands),
so Cancel in the editor does not take it back; Undo does. "Excludes" goes both ways (never
both): one recorded on the other proposal shows here too, and removing it removes that one.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.services import Problem, Services
from roadmap_desktop.services.views import LinkView, ProposalView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.commands import Report, record
from roadmap_desktop.ui.link_commands import LinkCommand, UnlinkCommand

LINK_ROLE = Qt.ItemDataRole.UserRole + 1  # a list item's (proposal, other) as recorded


class ProposalLinks(QWidget):
    """Edits the dependencies of one proposal against the workshop's other proposals.

    Signals:
        changed(): a dependency was added or removed (and recorded in the history).
    """

    changed = Signal()

    def __init__(
        self,
        services: Services,
        workshop_id: int,
        proposal: ProposalView,
        proposals: Sequence[ProposalView],
        undo_stack: QUndoStack,
        report: Report,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proposalLinksEditor")
        self.services, self.undo_stack, self._report = services, undo_stack, report
        self._workshop, self._proposal = workshop_id, proposal
        self._titles = {p.id: p.title for p in proposals}
        self._titles[proposal.id] = proposal.title
        self.list = QListWidget(objectName="proposalLinks")
        self.list.setAccessibleName(self.tr("Dependencies"))
        # A short list: a few rows, scrolling past them.
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 5 + 8)
        self.kind = QComboBox(objectName="proposalLinkKind")
        self.kind.setAccessibleName(self.tr("Kind of dependency"))
        self.kind.addItem(self.tr("Needs"), "needs")
        self.kind.addItem(self.tr("Excludes"), "excludes")
        self.other = QComboBox(objectName="proposalLinkOther")
        self.other.setAccessibleName(self.tr("Other proposal"))
        for other in sorted(proposals, key=lambda p: p.title.casefold()):
            if other.id != proposal.id:
                self.other.addItem(other.title, other.id)
        self.other.setMinimumContentsLength(18)
        self.other.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add = QPushButton(self.tr("&Add"), objectName="proposalLinkAdd")
        self.remove = QPushButton(self.tr("&Remove"), objectName="proposalLinkRemove")
        self.add.setAutoDefault(False)  # Enter in the editor saves it, never adds a link
        self.remove.setAutoDefault(False)
        self.add.setEnabled(self.other.count() > 0)
        self.problem = QLabel(objectName="proposalLinkProblem")
        self.problem.setStyleSheet(f"color: {theme.WARNING};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        note = QLabel(
            self.tr("Saved at once; Edit ▸ Undo takes a change back."),
            objectName="proposalLinkNote",
        )
        note.setStyleSheet(f"color: {theme.MUTED};")
        note.setWordWrap(True)

        adding = QHBoxLayout()
        adding.addWidget(self.kind)
        adding.addWidget(self.other, 1)
        adding.addWidget(self.add)
        adding.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(adding)
        layout.addWidget(self.problem)
        layout.addWidget(note)
        self.add.clicked.connect(self.add_link)
        self.remove.clicked.connect(self.remove_link)
        self.list.currentRowChanged.connect(self._update_remove)
        self.reload()

    # -- what is shown ------------------------------------------------------------------

    def _title(self, proposal_id: int) -> str:
        found = self._titles.get(proposal_id)
        if found is None:
            # Not on the board (archived): read once, kept for the next reload.
            try:
                found = self.services.proposal(proposal_id).title
            except Problem:
                found = ""
            self._titles[proposal_id] = found
        return found or self.tr("(an archived proposal)")

    def mine(self) -> list[LinkView]:
        """The links naming this proposal, either end, as recorded."""
        me = self._proposal.id
        return [
            link
            for link in self.services.links(self._workshop)
            if me in (link.proposal_id, link.other_id)
        ]

    def text_of(self, link: LinkView) -> str:
        """ "Needs: Radio upgrade", "Excludes: …", "Needed by: …" (as this proposal sees it)."""
        mine = link.proposal_id == self._proposal.id
        other = self._title(link.other_id if mine else link.proposal_id)
        if link.kind == "excludes":
            return self.tr("Excludes: {title}").format(title=other)
        if mine:
            return self.tr("Needs: {title}").format(title=other)
        return self.tr("Needed by: {title}").format(title=other)

    def reload(self) -> None:
        self.list.clear()
        for link in self.mine():
            item = QListWidgetItem(self.text_of(link))
            item.setData(LINK_ROLE, (link.proposal_id, link.other_id))
            self.list.addItem(item)
        if not self.list.count():
            empty = QListWidgetItem(self.tr("No dependencies"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self._update_remove()

    def _update_remove(self) -> None:
        item = self.list.currentItem()
        self.remove.setEnabled(item is not None and item.data(LINK_ROLE) is not None)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- changes ------------------------------------------------------------------------

    def add_link(self) -> None:
        """Links this proposal to the chosen one, of the chosen kind: one undo step."""
        other = self.other.currentData()
        kind = self.kind.currentData()
        if other is None:
            return
        me = self._proposal.id
        here = self.mine()
        if any(
            (link.proposal_id, link.other_id, link.kind) == (me, other, kind)
            or (
                kind == "excludes"
                and (link.proposal_id, link.other_id, link.kind) == (other, me, "excludes")
            )
            for link in here
        ):
            self._say(self.tr("That dependency is already there."))
            return
        try:
            done = self.services.link_proposals(me, int(other), str(kind))
        except Problem as exc:
            self._say(self.tr("Not added: {problem}").format(problem=exc))
            return
        self._say("")
        title, other_title = self._proposal.title, self._title(int(other))
        record(
            self.undo_stack,
            LinkCommand(self.services, done, self._report, title, other_title),
        )
        self.reload()
        self.changed.emit()

    def remove_link(self) -> None:
        """Removes the chosen dependency: one undo step."""
        item = self.list.currentItem()
        pair = item.data(LINK_ROLE) if item is not None else None
        if pair is None:
            return
        proposal, other = (int(x) for x in pair)
        try:
            done = self.services.unlink_proposals(proposal, other)
        except Problem as exc:
            self._say(self.tr("Not removed: {problem}").format(problem=exc))
            self.reload()
            return
        self._say("")
        record(
            self.undo_stack,
            UnlinkCommand(
                self.services, done, self._report, self._title(proposal), self._title(other)
            ),
        )
        self.reload()
        self.changed.emit()
