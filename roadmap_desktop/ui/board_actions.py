"""The board's menu commands: create, edit, duplicate, archive and delete proposals; add,
rename, limit, recolour, move and remove lanes. Each runs a service, then records an undo
command named for what it did ("Archive “Drone responders”", "Rename lane “Inbox” to
“Ideas”"); questions to the user go through ui.ask.Ask, which tests replace. The same actions
make the board's right-click menus (ui/board/context_menus.py)."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from roadmap_desktop.services import Change, Problem, Services
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.board import context_menus
from roadmap_desktop.ui.board.board_widget import BoardWidget
from roadmap_desktop.ui.commands import (
    ArchiveCommand,
    CreatedCommand,
    EditProposalCommand,
    LaneFieldCommand,
    MoveLaneCommand,
    RemovedCommand,
    count_of,
    created_proposal,
    deleted_proposals,
    quoted,
    record,
)
from roadmap_desktop.ui.guard import shielded
from roadmap_desktop.ui.proposal_dialog import ProposalDialog


class BoardActions(QObject):
    """Menu actions over a board; `menus()` gives the Proposal and Lane menus."""

    def __init__(
        self, services: Services, board: BoardWidget, undo_stack: QUndoStack, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.services, self.board, self.undo_stack = services, board, undo_stack
        self.ask = Ask(parent)
        self._window = parent
        board.open_requested.connect(self.edit_proposal)
        specs = [
            ("newProposal", "&New proposal…", "Ctrl+N", self.new_proposal),
            ("editProposal", "&Edit proposal…", "F2", lambda: self.edit_proposal(None)),
            ("duplicateProposal", "D&uplicate", "Ctrl+D", self.duplicate_proposal),
            ("archiveProposal", "&Archive", "Ctrl+E", self.archive_proposals),
            ("deleteProposal", "&Delete", "Del", self.delete_proposals),
            ("restoreArchived", "&Restore archived…", "", self.restore_archived),
            ("addLane", "&Add lane…", "", self.add_lane),
            ("renameLane", "&Rename lane…", "", self.rename_lane),
            ("limitLane", "Set &limit…", "", self.set_lane_limit),
            ("colourLane", "&Colour…", "", self.recolour_lane),
            ("moveLaneLeft", "Move lane &left", "Ctrl+Shift+Left", lambda: self.move_lane(-1)),
            ("moveLaneRight", "Move lane &right", "Ctrl+Shift+Right", lambda: self.move_lane(1)),
            ("removeLane", "Re&move lane…", "", self.remove_lane),
        ]
        self.actions: dict[str, QAction] = {}
        for name, text, keys, slot in specs:
            action = QAction(text, parent, objectName=name)
            if keys:
                action.setShortcut(QKeySequence(keys))
                # Del and F2 belong to the board, not to text fields elsewhere in the window.
                if keys in ("Del", "F2"):
                    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                    board.addAction(action)
            action.triggered.connect(slot)
            self.actions[name] = action
        if not board.read_only:
            context_menus.install(self)

    def menus(self) -> list[QMenu]:
        proposal = QMenu("&Proposal", self._window)
        for name in (
            "newProposal",
            "editProposal",
            "duplicateProposal",
            "archiveProposal",
            "deleteProposal",
        ):
            proposal.addAction(self.actions[name])
        proposal.addSeparator()
        proposal.addAction(self.actions["restoreArchived"])
        lane = QMenu("&Lane", self._window)
        for name in context_menus.LANE_MENU:
            lane.addAction(self.actions[name])
        return [proposal, lane]

    # -- helpers ------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.board.message.emit(text)

    def _try(self, call: Callable[[], Change], failed: str) -> Change | None:
        try:
            return call()
        except Problem as exc:
            self._say(f"{failed}: {exc}")
            return None

    def _record(self, command: Callable[[], object]) -> None:
        """Records the command of a change already made; reading what its undo needs may
        meet a store that has just become unreadable: said, and the change stays done."""
        try:
            made = command()
        except Problem as exc:
            self._say(f"Done, but it cannot be undone: {exc}")
            return
        record(self.undo_stack, made)  # type: ignore[arg-type]

    def _dialog(self, proposal_id: int | None) -> ProposalDialog | None:
        if self.board.workshop_id is None:
            return None
        info = self.services.workshop(self.board.workshop_id)
        cards = [c for v in self.board.views for c in v.lane_model.cards()]
        proposal = next((c for c in cards if c.id == proposal_id), None) if proposal_id else None
        view = self.board.active_view()
        lane = view.lane_model.lane if view is not None else None
        departments = [c.department for c in cards if c.department]
        return ProposalDialog(info, departments, proposal, lane, self._window)

    # -- proposals ----------------------------------------------------------------------

    @shielded
    def new_proposal(self) -> None:
        dialog = self._dialog(None)
        if dialog is None or not self.ask.proposal(dialog):
            return
        assert self.board.workshop_id is not None
        values = dialog.values()
        spec = ProposalSpec(
            title=values["title"],
            summary=values["summary"],
            department=values["department"],
            domain=dialog.domain.currentText() if values["domain_id"] else None,
            category=dialog.category.currentText() if values["category_id"] else None,
            cost=values["cost"],
            timeframe=values["timeframe"],
            lane=dialog.lane.currentText(),
        )
        workshop = self.board.workshop_id
        done = self._try(lambda: self.services.add_proposal(workshop, spec), "Not added")
        if done is not None and done.subject is not None:
            subject = done.subject
            text = f"Add proposal {quoted(spec.title)}"
            self._record(lambda: created_proposal(self.services, subject, text, self._say))
            self._focus(subject)

    @shielded
    def edit_proposal(self, proposal_id: int | None) -> None:
        ids = [proposal_id] if proposal_id else self.board.selected_ids()[:1]
        if not ids:
            self._say("Choose a card to edit first.")
            return
        dialog = self._dialog(ids[0])
        if dialog is None or not self.ask.proposal(dialog):
            return
        changes = dialog.changes()
        if not changes:
            return
        title = self._title(ids[0])
        done = self._try(lambda: self.services.update_proposal(ids[0], **changes), "Not saved")
        if done is not None:
            record(
                self.undo_stack,
                EditProposalCommand(self.services, ids[0], done, self._say, title),
            )
            self._focus(ids[0])

    @shielded
    def duplicate_proposal(self) -> None:
        ids = self.board.selected_ids()[:1]
        if not ids:
            return
        text = f"Duplicate {quoted(self._title(ids[0]))}"
        done = self._try(lambda: self.services.duplicate_proposal(ids[0]), "Not duplicated")
        if done is not None and done.subject is not None:
            subject = done.subject
            self._record(lambda: created_proposal(self.services, subject, text, self._say))
            self._focus(subject)

    @shielded
    def archive_proposals(self) -> None:
        """Archives the selected cards: one service call, one undo step."""
        ids = self.board.selected_ids()
        if not ids:
            return
        text = self._verb("Archive", ids)
        done = self._try(lambda: self.services.archive_proposals(ids), "Not archived")
        if done is not None:
            record(self.undo_stack, ArchiveCommand(self.services, done, text, self._say))

    @shielded
    def delete_proposals(self) -> None:
        """Deletes the selected cards with their votes: one service call, one undo step."""
        ids = self.board.selected_ids()
        if not ids:
            return
        what = "this proposal" if len(ids) == 1 else f"these {len(ids)} proposals"
        if not self.ask.confirm("Delete", f"Delete {what} and their scores? You can undo this."):
            return
        text = self._verb("Delete", ids)
        done = self._try(lambda: self.services.delete_proposals(ids), "Not deleted")
        if done is not None:
            record(self.undo_stack, deleted_proposals(self.services, done, text, self._say))

    @shielded
    def restore_archived(self) -> None:
        if self.board.workshop_id is None:
            return
        archived = self.services.archived_proposals(self.board.workshop_id)
        if not archived:
            self._say("No archived proposals in this workshop.")
            return
        index = self.ask.choice(
            "Restore archived", "Put back on the board:", [p.title for p in archived]
        )
        if index is None:
            return
        card = archived[index]
        done = self._try(lambda: self.services.unarchive_proposals([card.id]), "Not restored")
        if done is not None:
            text = f"Restore {quoted(card.title)}"
            record(self.undo_stack, ArchiveCommand(self.services, done, text, self._say))
            self._focus(card.id)

    def _title(self, proposal_id: int) -> str:
        index = self.board.card_index(proposal_id)
        return str(index.data()) if index.isValid() else ""

    def _verb(self, verb: str, ids: list[int]) -> str:
        """ "Archive “Drone responders”", "Delete 3 proposals"."""
        if len(ids) == 1 and (title := self._title(ids[0])):
            return f"{verb} {quoted(title)}"
        return f"{verb} {count_of(len(ids))}"

    def _focus(self, proposal_id: int) -> None:
        index = self.board.card_index(proposal_id)
        for view in self.board.views:
            if view.model() is index.model():
                view.setFocus()
                view.setCurrentIndex(index)
                view.scrollTo(index)

    # -- lanes --------------------------------------------------------------------------

    def _lane(self) -> tuple[int, str] | None:
        view = self.board.active_view()
        if view is None:
            return None
        lane = view.lane_model.lane
        return lane.id, lane.name

    @shielded
    def add_lane(self) -> None:
        if self.board.workshop_id is None:
            return
        name = self.ask.text("Add lane", "Name of the new lane:")
        if not name:
            return
        workshop = self.board.workshop_id
        done = self._try(lambda: self.services.add_lane(workshop, name), "No lane added")
        if done is not None:
            assert done.subject is not None
            lane = done.subject
            record(
                self.undo_stack,
                CreatedCommand(
                    self.services,
                    f"Add lane {done.detail.get('name', name)}",
                    lambda: self.services.remove_lane(lane, None),
                    lambda removed: self.services.restore_lane(removed.detail),
                    self._say,
                ),
            )
            self.board.reveal_lane(lane)

    @shielded
    def rename_lane(self) -> None:
        lane = self._lane()
        name = self.ask.text("Rename lane", "New name:", lane[1]) if lane else None
        if lane and name:
            done = self._try(lambda: self.services.rename_lane(lane[0], name), "Not renamed")
            if done is not None:
                text = f"Rename lane “{done.detail['old']}” to “{done.detail['new']}”"
                record(self.undo_stack, LaneFieldCommand(self.services, done, text, self._say))

    @shielded
    def set_lane_limit(self) -> None:
        view = self.board.active_view()
        if view is None:
            return
        lane = view.lane_model.lane
        limit = self.ask.limit(
            "Lane limit", f"Most cards in {lane.name} (0: no limit):", lane.limit
        )
        if limit is None:
            return
        done = self._try(
            lambda: self.services.set_lane_limit(lane.id, limit or None), "Limit not set"
        )
        if done is not None:
            new = done.detail["new"]
            text = (
                f"Set the limit of {lane.name} to {new}"
                if new
                else f"Remove the limit of {lane.name}"
            )
            record(self.undo_stack, LaneFieldCommand(self.services, done, text, self._say))

    @shielded
    def recolour_lane(self) -> None:
        view = self.board.active_view()
        if view is None:
            return
        lane = view.lane_model.lane
        colour = self.ask.colour(f"Colour of {lane.name}", lane.color)
        if colour is None:
            return
        done = self._try(lambda: self.services.recolour_lane(lane.id, colour), "Not recoloured")
        if done is not None:
            text = f"Recolour lane {lane.name}"
            record(self.undo_stack, LaneFieldCommand(self.services, done, text, self._say))

    @shielded
    def move_lane(self, step: int) -> None:
        view = self.board.active_view()
        if view is None:
            return
        target = self.board.views.index(view) + step
        if not 0 <= target < len(self.board.views):
            return
        lane_id, name = view.lane_model.lane.id, view.lane_model.lane.name
        done = self._try(lambda: self.services.move_lane(lane_id, target), "Not moved")
        if done is not None:
            record(self.undo_stack, MoveLaneCommand(self.services, done, self._say, name))

    @shielded
    def remove_lane(self) -> None:
        view = self.board.active_view()
        if view is None:
            return
        lane = view.lane_model.lane
        others = [v.lane_model.lane for v in self.board.views if v is not view]
        destination: int | None = None
        text = f"Remove lane {lane.name}"
        if (cards := view.lane_model.rowCount()) > 0:
            if not others:
                self._say("The last lane cannot be removed.")
                return
            index = self.ask.choice(
                f"Remove {lane.name}", f"Move its {cards} cards to:", [x.name for x in others]
            )
            if index is None:
                return
            destination = others[index].id
            text += f" ({count_of(cards, 'card')} to {others[index].name})"
        elif not self.ask.confirm("Remove lane", f"Remove the empty lane {lane.name}?"):
            return
        done = self._try(lambda: self.services.remove_lane(lane.id, destination), "Not removed")
        if done is not None:
            record(
                self.undo_stack,
                RemovedCommand(
                    self.services,
                    text,
                    done,
                    lambda removed: self.services.remove_lane(lane.id, destination),
                    lambda removed: self.services.restore_lane(removed.detail),
                    self._say,
                ),
            )
