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
    cards_of,
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
            ("newProposal", self.tr("&New proposal…"), "Ctrl+N", self.new_proposal),
            ("editProposal", self.tr("&Edit proposal…"), "F2", lambda: self.edit_proposal(None)),
            ("duplicateProposal", self.tr("D&uplicate"), "Ctrl+D", self.duplicate_proposal),
            ("archiveProposal", self.tr("&Archive"), "Ctrl+E", self.archive_proposals),
            ("deleteProposal", self.tr("&Delete"), "Del", self.delete_proposals),
            ("restoreArchived", self.tr("&Restore archived…"), "", self.restore_archived),
            ("addLane", self.tr("&Add lane…"), "", self.add_lane),
            ("renameLane", self.tr("&Rename lane…"), "", self.rename_lane),
            ("limitLane", self.tr("Set &limit…"), "", self.set_lane_limit),
            ("colourLane", self.tr("&Colour…"), "", self.recolour_lane),
            (
                "moveLaneLeft",
                self.tr("Move lane &left"),
                "Ctrl+Shift+Left",
                lambda: self.move_lane(-1),
            ),
            (
                "moveLaneRight",
                self.tr("Move lane &right"),
                "Ctrl+Shift+Right",
                lambda: self.move_lane(1),
            ),
            ("removeLane", self.tr("Re&move lane…"), "", self.remove_lane),
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
        proposal = QMenu(self.tr("&Proposal"), self._window)
        proposal.setObjectName("boardProposalMenu")
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
        lane = QMenu(self.tr("&Lane"), self._window)
        lane.setObjectName("boardLaneMenu")
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
            self._say(self.tr("{failed}: {problem}").format(failed=failed, problem=exc))
            return None

    def _record(self, command: Callable[[], object]) -> None:
        """Records the command of a change already made; reading what its undo needs may
        meet a store that has just become unreadable: said, and the change stays done."""
        try:
            made = command()
        except Problem as exc:
            self._say(self.tr("Done, but it cannot be undone: {problem}").format(problem=exc))
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
        return ProposalDialog(
            info,
            departments,
            proposal,
            lane,
            self._window,
            services=self.services,
            undo_stack=self.undo_stack,
            report=self._say,
            proposals=cards,
        )

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
        done = self._try(lambda: self.services.add_proposal(workshop, spec), self.tr("Not added"))
        if done is not None and done.subject is not None:
            subject = done.subject
            text = self.tr("Add proposal {card}").format(card=quoted(spec.title))
            self._record(lambda: created_proposal(self.services, subject, text, self._say))
            self._focus(subject)

    @shielded
    def edit_proposal(self, proposal_id: int | None) -> None:
        ids = [proposal_id] if proposal_id else self.board.selected_ids()[:1]
        if not ids:
            self._say(self.tr("Choose a card to edit first."))
            return
        dialog = self._dialog(ids[0])
        if dialog is None or not self.ask.proposal(dialog):
            return
        changes = dialog.changes()
        if not changes:
            return
        title = self._title(ids[0])
        done = self._try(
            lambda: self.services.update_proposal(ids[0], **changes), self.tr("Not saved")
        )
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
        text = self.tr("Duplicate {card}").format(card=quoted(self._title(ids[0])))
        done = self._try(
            lambda: self.services.duplicate_proposal(ids[0]), self.tr("Not duplicated")
        )
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
        text = self._verb("archive", ids)
        done = self._try(lambda: self.services.archive_proposals(ids), self.tr("Not archived"))
        if done is not None:
            record(self.undo_stack, ArchiveCommand(self.services, done, text, self._say))

    @shielded
    def delete_proposals(self) -> None:
        """Deletes the selected cards with their votes: one service call, one undo step."""
        ids = self.board.selected_ids()
        if not ids:
            return
        question = (
            self.tr("Delete this proposal and its scores? You can undo this.")
            if len(ids) == 1
            else self.tr(
                "Delete these %n proposals and their scores? You can undo this.", "", len(ids)
            )
        )
        if not self.ask.confirm(self.tr("Delete"), question):
            return
        text = self._verb("delete", ids)
        done = self._try(lambda: self.services.delete_proposals(ids), self.tr("Not deleted"))
        if done is not None:
            record(self.undo_stack, deleted_proposals(self.services, done, text, self._say))

    @shielded
    def restore_archived(self) -> None:
        if self.board.workshop_id is None:
            return
        archived = self.services.archived_proposals(self.board.workshop_id)
        if not archived:
            self._say(self.tr("No archived proposals in this workshop."))
            return
        index = self.ask.choice(
            self.tr("Restore archived"),
            self.tr("Put back on the board:"),
            [p.title for p in archived],
        )
        if index is None:
            return
        card = archived[index]
        done = self._try(
            lambda: self.services.unarchive_proposals([card.id]), self.tr("Not restored")
        )
        if done is not None:
            text = self.tr("Restore {card}").format(card=quoted(card.title))
            record(self.undo_stack, ArchiveCommand(self.services, done, text, self._say))
            self._focus(card.id)

    def _title(self, proposal_id: int) -> str:
        index = self.board.card_index(proposal_id)
        return str(index.data()) if index.isValid() else ""

    def _verb(self, verb: str, ids: list[int]) -> str:
        """ "Archive “Drone responders”", "Delete 3 proposals" (verb: "archive", "delete")."""
        what = quoted(title) if len(ids) == 1 and (title := self._title(ids[0])) else None
        what = what or count_of(len(ids))
        if verb == "archive":
            return self.tr("Archive {what}").format(what=what)
        return self.tr("Delete {what}").format(what=what)

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
        name = self.ask.text(self.tr("Add lane"), self.tr("Name of the new lane:"))
        if not name:
            return
        workshop = self.board.workshop_id
        done = self._try(lambda: self.services.add_lane(workshop, name), self.tr("No lane added"))
        if done is not None:
            assert done.subject is not None
            lane = done.subject
            record(
                self.undo_stack,
                CreatedCommand(
                    self.services,
                    self.tr("Add lane {lane}").format(lane=done.detail.get("name", name)),
                    lambda: self.services.remove_lane(lane, None),
                    lambda removed: self.services.restore_lane(removed.detail),
                    self._say,
                ),
            )
            self.board.reveal_lane(lane)

    @shielded
    def rename_lane(self) -> None:
        lane = self._lane()
        name = (
            self.ask.text(self.tr("Rename lane"), self.tr("New name:"), lane[1]) if lane else None
        )
        if lane and name:
            done = self._try(
                lambda: self.services.rename_lane(lane[0], name), self.tr("Not renamed")
            )
            if done is not None:
                text = self.tr("Rename lane “{old}” to “{new}”").format(
                    old=done.detail["old"], new=done.detail["new"]
                )
                record(self.undo_stack, LaneFieldCommand(self.services, done, text, self._say))

    @shielded
    def set_lane_limit(self) -> None:
        view = self.board.active_view()
        if view is None:
            return
        lane = view.lane_model.lane
        limit = self.ask.limit(
            self.tr("Lane limit"),
            self.tr("Most cards in {lane} (0: no limit):").format(lane=lane.name),
            lane.limit,
        )
        if limit is None:
            return
        done = self._try(
            lambda: self.services.set_lane_limit(lane.id, limit or None), self.tr("Limit not set")
        )
        if done is not None:
            new = done.detail["new"]
            text = (
                self.tr("Set the limit of {lane} to {limit}").format(lane=lane.name, limit=new)
                if new
                else self.tr("Remove the limit of {lane}").format(lane=lane.name)
            )
            record(self.undo_stack, LaneFieldCommand(self.services, done, text, self._say))

    @shielded
    def recolour_lane(self) -> None:
        view = self.board.active_view()
        if view is None:
            return
        lane = view.lane_model.lane
        colour = self.ask.colour(self.tr("Colour of {lane}").format(lane=lane.name), lane.color)
        if colour is None:
            return
        done = self._try(
            lambda: self.services.recolour_lane(lane.id, colour), self.tr("Not recoloured")
        )
        if done is not None:
            text = self.tr("Recolour lane {lane}").format(lane=lane.name)
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
        done = self._try(lambda: self.services.move_lane(lane_id, target), self.tr("Not moved"))
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
        text = self.tr("Remove lane {lane}").format(lane=lane.name)
        if (cards := view.lane_model.rowCount()) > 0:
            if not others:
                self._say(self.tr("The last lane cannot be removed."))
                return
            index = self.ask.choice(
                self.tr("Remove {lane}").format(lane=lane.name),
                self.tr("Move its card to:")
                if cards == 1
                else self.tr("Move its %n cards to:", "", cards),
                [x.name for x in others],
            )
            if index is None:
                return
            destination = others[index].id
            text = self.tr("Remove lane {lane} ({cards} to {other})").format(
                lane=lane.name, cards=cards_of(cards), other=others[index].name
            )
        elif not self.ask.confirm(
            self.tr("Remove lane"), self.tr("Remove the empty lane {lane}?").format(lane=lane.name)
        ):
            return
        done = self._try(
            lambda: self.services.remove_lane(lane.id, destination), self.tr("Not removed")
        )
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
