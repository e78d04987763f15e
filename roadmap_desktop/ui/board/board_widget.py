"""The board of one workshop: lane columns side by side, moves by drag and keyboard through
undo commands, and live updates from every committed change (the user's own, a phone's or
another laptop's): a move places the cards it names by their keys and touches nothing else."""

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QResizeEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QScrollArea, QWidget

from roadmap_desktop.services import Affects, Change, Problem, Services
from roadmap_desktop.ui.board.card_context import CardContext, read_context
from roadmap_desktop.ui.board.card_delegate import DENSITIES, CardDelegate
from roadmap_desktop.ui.board.card_filter import CardFilter, apply_filter
from roadmap_desktop.ui.board.card_model import ID_ROLE, LaneCardsModel
from roadmap_desktop.ui.board.empty_board import EmptyBoardNote
from roadmap_desktop.ui.board.lane_view import LaneColumn, LaneView
from roadmap_desktop.ui.commands import MoveCardsCommand, move_text, record
from roadmap_desktop.ui.guard import shielded

PROGRESS_DELAY_MS = 250  # entries arriving together refresh the "n of N voted" badges once

# What a card or a lane header shows beyond the cards themselves.
CONTEXT = Affects.ROUNDS | Affects.RESULTS | Affects.SETTINGS | Affects.PEOPLE

EDGE_PX = 48  # a drag this close to the board's side scrolls the lanes sideways
SCROLL_STEP_PX = 24


class BoardWidget(QScrollArea):
    """Signals:
    message(str): something to tell the user in the status bar.
    open_requested(int): the user asked to open a proposal (id).
    filtered(int, int, bool): after filtering: matching cards, all cards, filter active.
    menu_requested(LaneView, QModelIndex, QPoint): a card's (valid index) or a lane's menu
        is asked for, at this global position (never on a read-only board).
    """

    message = Signal(str)
    open_requested = Signal(int)
    filtered = Signal(int, int, bool)
    menu_requested = Signal(object, QModelIndex, QPoint)

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("board")
        self.setAccessibleName(self.tr("Board"))
        self.services = services
        self.undo_stack = undo_stack
        self.workshop_id: int | None = None
        self.read_only = read_only
        self.context = CardContext()
        self.delegate = CardDelegate(self.context, self)
        self.views: list[LaneView] = []
        self.columns: list[LaneColumn] = []
        self._active: LaneView | None = None
        self.card_filter = CardFilter()
        self.hide_unmatched = False
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._surface = QWidget()
        self._layout = QHBoxLayout(self._surface)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(10)
        self.setWidget(self._surface)
        self._progress_later = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_later.timeout.connect(self._refresh_progress)
        # A workshop without proposals says how to bring them in (set_empty_actions).
        self.empty_note = EmptyBoardNote(self)
        self.empty_note.hide()

    # -- loading ------------------------------------------------------------------------

    def load(self, workshop_id: int | None) -> None:
        """Builds the lanes of a workshop (or an empty board)."""
        for column in self.columns:
            # Hidden first: a column briefly without a parent would flash up as a window.
            column.hide()
            self._layout.removeWidget(column)
            column.deleteLater()
        self.views, self.columns, self._active = [], [], None
        self.workshop_id = workshop_id
        if workshop_id is None:
            self._update_empty_note()
            return
        board = self.services.board(workshop_id)
        # The tooltips' "Needs: …" name the other cards (the links are read with the context).
        self.context.titles = {c.id: c.title for cards in board.cards.values() for c in cards}
        self._refresh_context()
        for lane in board.lanes:
            model = LaneCardsModel(lane, self.context, self)
            model.set_cards(board.cards.get(lane.id, ()))
            view = LaneView(model, self.delegate)
            if self.read_only:
                view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
                view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
                view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            else:
                model.move_requested.connect(self.request_move)
                view.move_to_lane.connect(lambda step, v=view: self._move_to_neighbour(v, step))
                view.reorder.connect(lambda step, v=view: self._reorder(v, step))
                view.focus_lane.connect(lambda step, v=view: self._focus_neighbour(v, step))
                view.open_card.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))
                view.focused.connect(lambda v=view: setattr(self, "_active", v))
                view.dragging_at.connect(self.scroll_near_edge)
                view.menu_requested.connect(
                    lambda at, index, v=view: self.menu_requested.emit(v, index, at)
                )
            column = LaneColumn(view)
            if not self.read_only:
                column.menu_requested.connect(
                    lambda at, v=view: self.menu_requested.emit(v, QModelIndex(), at)
                )
            column.setMinimumWidth(230)
            self._layout.addWidget(column, 1)
            self.views.append(view)
            self.columns.append(column)
        self._relayout()
        self._refilter()
        self._update_empty_note()

    def _refresh_context(self) -> None:
        assert self.workshop_id is not None
        # The presenter never counts per card (the room's screen); the board does.
        read_context(self.context, self.services, self.workshop_id, counting=not self.read_only)

    def active_view(self) -> LaneView | None:
        """The lane the user is working in: the focused one, else the last one focused."""
        if self._active is None and self.views:
            return self.views[0]
        return self._active

    def selected_ids(self) -> list[int]:
        """The cards selected in the active lane (or its current card)."""
        view = self.active_view()
        return self._selected_ids(view) if view is not None else []

    # -- filter ----------------------------------------------------------------------------

    def set_filter(self, card_filter: CardFilter, hide: bool) -> None:
        """Dims (or hides) the cards that do not match; the board keeps the filter across
        moves and reloads. A new search (or choice) brings its first match into view; live
        updates, which refilter, leave the scrolling alone."""
        new = card_filter != self.card_filter
        self.card_filter, self.hide_unmatched = card_filter, hide
        self._refilter()
        if new and not card_filter.is_empty:
            self.reveal_first_match()

    def reveal_first_match(self) -> QModelIndex:
        """Scrolls the board to the lane of the first matching card (lanes left to right,
        cards top to bottom) and that lane to the card; returns it (invalid: no match)."""
        for view, column in zip(self.views, self.columns, strict=True):
            model = view.lane_model
            for row, card in enumerate(model.cards()):
                if not view.isRowHidden(row) and self.card_filter.matches(card, model.context):
                    index = model.index(row, 0)
                    self._bring_into_view(column)
                    view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
                    return index
        return QModelIndex()

    def _refilter(self) -> None:
        matches, total = apply_filter(
            self.views, self.delegate, self.card_filter, hide=self.hide_unmatched
        )
        self.filtered.emit(matches, total, not self.card_filter.is_empty)

    # -- density and zoom ---------------------------------------------------------------

    def set_density(self, name: str) -> None:
        self.delegate.density = DENSITIES[name]
        self._relayout()

    def set_zoom(self, zoom: float) -> None:
        self.delegate.zoom = max(0.6, min(zoom, 2.5))
        self._relayout()

    def _relayout(self) -> None:
        d, zoom = self.delegate.density, self.delegate.zoom
        for column in self.columns:
            column.set_type_size(d.title_pt * 1.15 * zoom, d.small_pt * zoom)
        for view in self.views:
            view.lane_model.layoutChanged.emit()
            view.scheduleDelayedItemsLayout()

    # -- moves --------------------------------------------------------------------------

    def view_of_lane(self, lane_id: int) -> LaneView | None:
        return next((v for v in self.views if v.lane_model.lane.id == lane_id), None)

    @shielded
    def request_move(self, ids: list[int], lane_id: int, row: int) -> None:
        """Cards dropped at a row of a lane (the row counts the cards as they are now)."""
        target = self.view_of_lane(lane_id)
        if target is None:
            return
        # The service's position is among the lane's cards without the moved ones.
        above = sum(1 for r, c in enumerate(target.lane_model.cards()) if r < row and c.id in ids)
        self.move(ids, lane_id, row - above)

    def move(self, ids: Sequence[int], lane_id: int, position: int) -> bool:
        """Moves cards through a service and records the move in the undo history; the moved
        cards become the selection and the focus, in their lane. The history says what
        happened ("Move “…” from Inbox to Roadmap", "Reorder 2 cards in Roadmap")."""
        lane_names = {v.lane_model.lane.id: v.lane_model.lane.name for v in self.views}
        try:
            change = self.services.move_proposals(list(ids), lane_id, position)
        except Problem as exc:
            self.message.emit(self.tr("Not moved: {problem}").format(problem=exc))
            return False
        text = move_text(change, lane_names, self._title_of_moved(change))
        command = MoveCardsCommand(
            self.services, change, text, self.message.emit, landed=self.select_landed
        )
        record(self.undo_stack, command)
        self.select_landed(change)
        return True

    def _title_of_moved(self, change: Change) -> dict[int, str]:
        """The title of a card moved alone, by id, found by its key where it is now (or where
        it was, when the board has not heard of the move yet); nothing for several cards."""
        if len(change.detail["to"]) != 1:
            return {}
        for spot in (*change.detail["to"], *change.detail["from"]):
            view = self.view_of_lane(int(spot["lane"]))
            row = view.lane_model.row_of(int(spot["id"]), int(spot["key"])) if view else -1
            if view is not None and row >= 0:
                index = view.lane_model.index(row, 0)
                return {int(spot["id"]): str(index.data())}
        return {}

    def select_landed(self, change: Change) -> None:
        """Selects the cards a move (or its undo or redo) put down, in the lane of the first."""
        landed = change.detail["to"]
        if not landed:
            return
        lane = int(landed[0]["lane"])
        here = [w for w in landed if int(w["lane"]) == lane]
        self.select_cards(lane, [int(w["id"]) for w in here], [int(w["key"]) for w in here])

    def reveal_lane(self, lane_id: int) -> None:
        """Scrolls the board so that a lane (say, one just added) is in view, and makes it the
        lane the Lane menu acts on."""
        view = self.view_of_lane(lane_id)
        if view is None:
            return
        self._bring_into_view(self.columns[self.views.index(view)])
        self.make_active(view)

    def make_active(self, view: LaneView) -> None:
        """The lane that the menus act on from now, with the keyboard focus."""
        self._active = view
        if not view.hasFocus():
            view.setFocus()

    def _bring_into_view(self, column: LaneColumn) -> None:
        # Lanes just built have no place yet: lay the board out now, then scroll.
        self._layout.activate()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.ensureWidgetVisible(column, 12, 0)

    def scroll_near_edge(self, global_pos: QPoint) -> None:
        """While a card is dragged near the board's left or right edge, bring the hidden
        lanes into view (each lane scrolls itself vertically)."""
        x = self.viewport().mapFromGlobal(global_pos).x()
        bar = self.horizontalScrollBar()
        if x < EDGE_PX:
            bar.setValue(bar.value() - SCROLL_STEP_PX)
        elif x > self.viewport().width() - EDGE_PX:
            bar.setValue(bar.value() + SCROLL_STEP_PX)

    def _selected_ids(self, view: LaneView) -> list[int]:
        cards = view.lane_model.cards()
        return [cards[r].id for r in view.selected_rows()]

    @shielded
    def _move_to_neighbour(self, view: LaneView, step: int) -> None:
        index = self.views.index(view) + step
        ids = self._selected_ids(view)
        if not ids or not 0 <= index < len(self.views):
            return
        target = self.views[index]
        row = min(view.selected_rows())
        self.move(ids, target.lane_model.lane.id, row)

    @shielded
    def _reorder(self, view: LaneView, step: int) -> None:
        rows = view.selected_rows()
        ids = self._selected_ids(view)
        if not ids:
            return
        position = max(0, rows[0] + step)
        self.move(ids, view.lane_model.lane.id, position)

    def _focus_neighbour(self, view: LaneView, step: int) -> None:
        index = self.views.index(view) + step
        if not 0 <= index < len(self.views):
            return
        target = self.views[index]
        row = min(view.currentIndex().row(), target.model().rowCount() - 1)
        target.setFocus()
        if row >= 0:
            target.setCurrentIndex(target.model().index(max(row, 0), 0))

    # -- live updates -------------------------------------------------------------------

    def apply(self, change: Change) -> None:
        """Brings the board up to date with a committed change, by what it affects."""
        if self.workshop_id is None or change.workshop_id != self.workshop_id:
            return
        affects = change.affects
        if affects & Affects.BOARD:
            self._reload()
            return
        if affects & Affects.ORDER and "to" in change.detail:
            self._apply_moves(change)
        if affects & CONTEXT:
            self._refresh_context()
            for view in self.views:
                view.lane_model.refresh_all()
        elif (
            affects & Affects.ENTRIES
            and self.context.voted is not None
            and self.context.open_round in change.rounds
            and not self._progress_later.isActive()
        ):
            # Thirty phones at once: count once for all the entries of a quarter second.
            self._progress_later.start()

    @shielded
    def _refresh_progress(self) -> None:
        if self.context.open_round is None or self.context.voted is None:
            return
        self.context.voted = self.services.round_progress(self.context.open_round)
        for view in self.views:
            view.lane_model.refresh_all()

    def _apply_moves(self, change: Change) -> None:
        """Takes each card out of the lane it was in and puts it in by its new key."""
        before = {int(w["id"]): w for w in change.detail.get("from", ())}
        cards = {}
        for spot in change.detail["to"]:
            pid = int(spot["id"])
            was = before.get(pid)
            views = self.views
            if was is not None and (home := self.view_of_lane(int(was["lane"]))) is not None:
                views = [home, *(v for v in self.views if v is not home)]
            for view in views:
                row = view.lane_model.row_of(pid, int(was["key"]) if was else None)
                if row >= 0:
                    cards[pid] = view.lane_model.take(row)
                    break
        for spot in change.detail["to"]:
            view = self.view_of_lane(int(spot["lane"]))
            pid = int(spot["id"])
            if view is not None and pid in cards:
                view.lane_model.put(cards[pid], int(spot["key"]))
        if not self.card_filter.is_empty:
            self._refilter()

    def select_cards(self, lane_id: int, ids: list[int], keys: list[int] | None = None) -> None:
        """Makes these cards of one lane the selection and puts the focus on the first: the
        next key acts on them. No other lane keeps a selection. (keys, when known, find the
        rows by bisection.)"""
        target = self.view_of_lane(lane_id)
        if target is None:
            return
        for view in self.views:
            if view is not target and view.selectionModel().hasSelection():
                view.selectionModel().clearSelection()
        model = target.lane_model
        found = (model.row_of(i, k) for i, k in zip(ids, keys or [None] * len(ids), strict=True))
        rows = sorted(r for r in found if r >= 0)
        if not rows:
            return
        first = model.index(rows[0], 0)
        chosen = QItemSelection()
        for row in rows:
            chosen.select(model.index(row, 0), model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag
        selection = target.selectionModel()
        selection.select(chosen, flags.ClearAndSelect)
        selection.setCurrentIndex(first, flags.NoUpdate)
        if not target.hasFocus():
            target.setFocus()
        target.scrollTo(first)
        self._active = target

    def _reload(self) -> None:
        """Rebuilds the lanes; the focused and the active lane stay so, by lane."""
        focused = next((v.lane_model.lane.id for v in self.views if v.hasFocus()), None)
        active = self._active.lane_model.lane.id if self._active is not None else None
        self.load(self.workshop_id)
        self._active = self.view_of_lane(active) if active is not None else None
        if focused is not None and (view := self.view_of_lane(focused)) is not None:
            view.setFocus()

    # -- the empty board ------------------------------------------------------------------

    def set_empty_actions(self, actions: list[QAction]) -> None:
        """The actions an empty board offers (e.g. Import proposals…, New proposal…): shown,
        with their menus and keys, while the workshop has no proposals."""
        self.empty_note.set_actions(actions)
        self._update_empty_note()

    def _update_empty_note(self) -> None:
        empty = (
            not self.read_only
            and self.workshop_id is not None
            and bool(self.empty_note.actions)
            and not any(v.lane_model.rowCount() for v in self.views)
        )
        if empty:
            self.empty_note.refresh()
            self._place_empty_note()
            self.empty_note.raise_()
        self.empty_note.setVisible(empty)

    def _place_empty_note(self) -> None:
        area = self.viewport().geometry()
        note = self.empty_note
        note.fit(area.size())
        note.move(area.center() - note.rect().center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.empty_note.isVisible():
            self._place_empty_note()

    def card_index(self, proposal_id: int) -> QModelIndex:
        for view in self.views:
            row = view.lane_model.row_of(proposal_id)
            if row >= 0:
                return view.lane_model.index(row, 0)
        return QModelIndex()
