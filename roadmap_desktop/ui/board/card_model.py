"""One lane's cards as a Qt list model; drops become move requests, never direct edits.

The model never rearranges itself on a drop: it asks (signal move_requested) and the board
runs the move through an undo command and a service, then applies the committed change here.
"""

import json
from bisect import bisect_left
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from roadmap_desktop.services.views import LaneView, ProposalView
from roadmap_desktop.ui.board.card_context import CardContext

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-roadmap-desktop-proposals"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class LaneCardsModel(QAbstractListModel):
    """The cards of one lane, in order.

    Signals:
        move_requested(list[int], int, int): cards (ids) dropped at a row of lane (id).
    """

    move_requested = Signal(list, int, int)

    def __init__(self, lane: LaneView, context: CardContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self.context = context
        self._cards: list[ProposalView] = []
        self._keys: list[int] = []  # the cards' order keys, increasing: rows found by bisection

    # -- content ------------------------------------------------------------------------

    def set_cards(self, cards: tuple[ProposalView, ...] | list[ProposalView]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self._keys = [c.key for c in self._cards]
        self.endResetModel()

    def cards(self) -> list[ProposalView]:
        return list(self._cards)

    def row_of(self, proposal_id: int, key: int | None = None) -> int:
        """The row of a card; with its key, found by bisection whatever the lane's size."""
        if key is not None:
            row = bisect_left(self._keys, key)
            if row < len(self._cards) and self._cards[row].id == proposal_id:
                return row
        return next((i for i, c in enumerate(self._cards) if c.id == proposal_id), -1)

    def take(self, row: int) -> ProposalView:
        self.beginRemoveRows(QModelIndex(), row, row)
        card = self._cards.pop(row)
        del self._keys[row]
        self.endRemoveRows()
        return card

    def put(self, card: ProposalView, key: int) -> int:
        """Inserts a card at its place by key (it now sits in this lane under that key);
        returns its row."""
        card = replace(card, lane_id=self.lane.id, key=key)
        row = bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self._keys.insert(row, key)
        self.endInsertRows()
        return row

    def refresh_all(self) -> None:
        """Card context changed (a reveal, a vote): repaint every card."""
        if self._cards:
            self.dataChanged.emit(self.index(0), self.index(len(self._cards) - 1))

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.title
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.context.describe(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.context.tooltip(card)
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return card.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(MIME_TYPE, json.dumps([self._cards[r].id for r in rows]).encode())
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(MIME_TYPE).data()).decode())]
        except (ValueError, TypeError):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._cards)
        self.move_requested.emit(ids, self.lane.id, row)
        # False: the source view must not delete rows itself; the committed move updates us.
        return False
