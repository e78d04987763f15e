"""A lane on screen: its header (name, count, limit) above a list of cards that can be dragged
and moved with the keyboard."""

import html
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QDragMoveEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QListView, QVBoxLayout, QWidget

from roadmap_desktop.services.views import CategoryView, ProposalView
from roadmap_desktop.services.views import LaneView as LaneModelLane
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.board.card_delegate import CardDelegate
from roadmap_desktop.ui.board.card_model import LaneCardsModel


def lane_tint(colour: str) -> str:
    """A lane's background: its colour mixed a quarter with white, so white cards and dark
    text stay legible whatever colour the facilitator picks; the default grey without one."""
    if not colour:
        return theme.LANE
    c = QColor(colour)
    mix = [round(255 * 0.75 + v * 0.25) for v in (c.red(), c.green(), c.blue())]
    return QColor(*mix).name()


# The board's own keys, which no menu holds, for Help ▸ Keyboard shortcuts: LaneView's
# keyPressEvent handles the first ones, its contextMenuEvent the Menu key, Qt's list view the
# last three. Each: the keys (as QKeySequence spells them) and what they do.
def lane_keys() -> tuple[tuple[tuple[str, ...], str], ...]:
    translate = QCoreApplication.translate
    return (
        (("Left", "Right"), translate("lane_view", "Go to the lane on the left or right")),
        (
            ("Ctrl+Left", "Ctrl+Right"),
            translate("lane_view", "Move the selected cards to the lane on the left or right"),
        ),
        (
            ("Ctrl+Up", "Ctrl+Down"),
            translate("lane_view", "Move the selected cards up or down in their lane"),
        ),
        (("Return", "Enter"), translate("lane_view", "Open the card")),
        (
            ("Shift+F10", "Menu"),
            translate("lane_view", "The card's menu (on an empty lane: the lane's)"),
        ),
        (("Up", "Down"), translate("lane_view", "Go to the card above or below")),
        (("Shift+Up", "Shift+Down"), translate("lane_view", "Select more cards")),
        (("Ctrl+A",), translate("lane_view", "Select every card in the lane")),
    )


NO_BREAK = "\u00a0"


def lane_count(lane: LaneModelLane, count: int) -> tuple[str, bool]:
    """A lane's count as its header shows it ("19 / 21", or "5" without a limit) and whether
    it is over the limit: the board's and the presenter's headers alike."""
    over = lane.limit is not None and count > lane.limit
    return (f"{count} / {lane.limit}" if lane.limit else str(count)), over


@dataclass(frozen=True, slots=True)
class QuotaCount:
    """One category's cards in the Roadmap lane against its quota ("Pilot 9 / 13")."""

    category: CategoryView
    n: int

    @property
    def count(self) -> str:
        return f"{self.n} / {self.category.quota}"

    @property
    def over(self) -> bool:
        return self.n > (self.category.quota or 0)


def quota_counts(
    lane: LaneModelLane, categories: Iterable[CategoryView], cards: Iterable[ProposalView]
) -> list[QuotaCount]:
    """Each category with a quota, counted in the lane: only the Roadmap lane counts them."""
    with_quota = [c for c in categories if c.quota is not None]
    if lane.kind != "roadmap" or not with_quota:
        return []
    counts = Counter(card.category_id for card in cards)
    return [QuotaCount(c, counts.get(c.id, 0)) for c in with_quota]


class LaneView(QListView):
    """The cards of one lane.

    Signals:
        move_to_lane(int): Ctrl+←/→ — move the selected cards one lane left (-1) or right (+1).
        reorder(int): Ctrl+↑/↓ — move the selected cards up (-1) or down (+1).
        focus_lane(int): ←/→ — put the focus in the neighbouring lane.
        open_card(QModelIndex): Enter — open the card.
        focused(): the lane got the keyboard focus (the board's current lane).
        dragging_at(QPoint): a drag is over this lane at this global position.
        menu_requested(QPoint, QModelIndex): a right-click, the Menu key or Shift+F10 — at
            this global position, on this card (the current one from the keyboard), or on
            the lane itself (an invalid index).
    """

    move_to_lane = Signal(int)
    reorder = Signal(int)
    focus_lane = Signal(int)
    open_card = Signal(QModelIndex)
    focused = Signal()
    dragging_at = Signal(QPoint)
    menu_requested = Signal(QPoint, QModelIndex)

    def __init__(
        self, model: LaneCardsModel, delegate: CardDelegate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"lane-{model.lane.name}")
        self.setAccessibleName(self.tr("{lane} lane").format(lane=model.lane.name))
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setAutoScroll(True)  # scrolls while a drag nears the top or bottom edge
        self.setAutoScrollMargin(40)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        background = lane_tint(model.lane.color)
        self.setStyleSheet(f"QListView {{ background: {background}; border-radius: 8px; }}")
        self.doubleClicked.connect(self.open_card)

    @property
    def lane_model(self) -> LaneCardsModel:
        model = self.model()
        assert isinstance(model, LaneCardsModel)
        return model

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        self.dragging_at.emit(self.viewport().mapToGlobal(event.position().toPoint()))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            # Mouse events come through the viewport: event.pos() is in its coordinates.
            index = self.indexAt(event.pos())
            self.menu_requested.emit(event.globalPos(), index)
        else:  # the Menu key: the cursor may be anywhere, the menu goes with the focus
            self._menu_at_current()
        event.accept()

    def _menu_at_current(self) -> None:
        index = self.currentIndex()
        spot = self.visualRect(index).center() if index.isValid() else QPoint(12, 12)
        self.menu_requested.emit(self.viewport().mapToGlobal(spot), index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override keeps Qt's name
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier:
            self._menu_at_current()
            event.accept()
            return
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            (self.move_to_lane if ctrl else self.focus_lane).emit(steps[key])
            event.accept()
        elif ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.reorder.emit(steps[key])
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_card.emit(self.currentIndex())
            event.accept()
        else:
            super().keyPressEvent(event)


class LaneColumn(QWidget):
    """A lane's header and its cards.

    Signals:
        menu_requested(QPoint): a right-click on the header (or around the cards), at this
            global position.
    """

    menu_requested = Signal(QPoint)

    def __init__(self, view: LaneView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.header = QLabel(objectName=f"laneHeader-{view.lane_model.lane.name}")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        font = self.header.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.header.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        # The Roadmap lane counts its cards against each category's quota ("Pilot 9 / 13").
        self.quotas = QLabel(objectName=f"laneQuotas-{view.lane_model.lane.name}")
        self.quotas.setTextFormat(Qt.TextFormat.RichText)
        self.quotas.setWordWrap(True)
        layout.addWidget(self.header)
        layout.addWidget(self.quotas)
        layout.addWidget(view, 1)
        model = view.lane_model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.update_header)
        self.update_header()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu_requested.emit(event.globalPos())
        event.accept()

    def set_type_size(self, header_pt: float, note_pt: float) -> None:
        """Header and quota sizes follow the card density (large: readable across a room)."""
        for label, points in ((self.header, header_pt), (self.quotas, note_pt)):
            font = label.font()
            font.setPointSizeF(points)
            label.setFont(font)

    def update_header(self) -> None:
        lane = self.view.lane_model.lane
        count = self.view.lane_model.rowCount()
        counted, over = lane_count(lane, count)
        text = f"{lane.name}  {counted}"
        self.header.setText(text)
        self.header.setStyleSheet(f"color: {theme.WARNING if over else theme.INK};")
        self.header.setAccessibleName(
            self.tr("{lane} {count}, over the limit").format(lane=lane.name, count=counted)
            if over
            else text
        )
        # English has no catalog: its singular and plural are two numerus messages.
        self.view.setAccessibleDescription(
            self.tr("%n proposal", "", count) if count == 1 else self.tr("%n proposals", "", count)
        )
        self._update_quotas()

    def _update_quotas(self) -> None:
        model = self.view.lane_model
        quotas = quota_counts(model.lane, model.context.categories.values(), model.cards())
        if not quotas:
            self.quotas.hide()
            return
        parts, spoken = [], []
        for quota in quotas:
            colour = theme.WARNING if quota.over else theme.MUTED
            text = f"{quota.category.name} {quota.count}"
            # The count never breaks ("0 /↵13"): no-break spaces hold it to its category.
            held = quota.count.replace(" ", NO_BREAK)
            shown = f"{quota.category.name}{NO_BREAK}{held}"
            weight = "font-weight:600;" if quota.over else ""
            parts.append(f'<span style="color:{colour};{weight}">{html.escape(shown)}</span>')
            spoken.append(
                self.tr("{quota} (over quota)").format(quota=text) if quota.over else text
            )
        self.quotas.setText(" · ".join(parts))
        self.quotas.setAccessibleName(self.tr("Quotas: {quotas}").format(quotas="; ".join(spoken)))
        self.quotas.show()
