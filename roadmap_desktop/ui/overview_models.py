"""Read-only item models of the overview: the store's workshops, and one workshop's lanes
with their proposals. Both read through services and are refreshed on change."""

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from roadmap_desktop.services import ServiceError, Services
from roadmap_desktop.services.views import (
    BoardView,
    ProposalView,
    ResultRow,
    WorkshopInfo,
    WorkshopSummary,
)

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = 0  # internalId of lane rows; card rows carry their lane's row + 1

WORKSHOP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class WorkshopListModel(QAbstractListModel):
    """The workshops of the open store, by name."""

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self._rows: list[WorkshopSummary] = services.list_workshops()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._services.list_workshops()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        w = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return w.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return f"{w.proposals} proposals, {w.participants} participants, {w.rounds} rounds"
        if role == WORKSHOP_ID_ROLE:
            return w.id
        return None

    def row_of(self, workshop_id: int) -> int:
        return next((i for i, w in enumerate(self._rows) if w.id == workshop_id), -1)


class BoardTreeModel(QAbstractItemModel):
    """Lanes as top-level rows (with their card counts), proposals beneath them.

    Values of a round appear only once it is revealed: the score column reads the latest
    revealed round's results and shows nothing otherwise.
    """

    HEADERS = ("Proposal", "Department", "Domain", "Category", "Score")

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self._board: BoardView | None = None
        self._info: WorkshopInfo | None = None
        self._results: dict[int, ResultRow] = {}

    @property
    def workshop_id(self) -> int | None:
        return self._info.id if self._info else None

    def load(self, workshop_id: int | None) -> None:
        self.beginResetModel()
        if workshop_id is None:
            self._board, self._info, self._results = None, None, {}
        else:
            self._info = self._services.workshop(workshop_id)
            self._board = self._services.board(workshop_id)
            try:
                results = self._services.results(workshop_id)
                self._results = {r.proposal_id: r for r in results.rows}
            except ServiceError:  # nothing revealed yet: show no values
                self._results = {}
        self.endResetModel()

    # -- structure ------------------------------------------------------------------------

    def _cards(self, lane_row: int) -> tuple[ProposalView, ...]:
        assert self._board is not None
        return self._board.cards.get(self._board.lanes[lane_row].id, ())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == NO_PARENT:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if self._board is None:
            return 0
        if not parent.isValid():
            return len(self._board.lanes)
        if parent.internalId() == NO_PARENT and parent.column() == 0:
            return len(self._cards(parent.row()))
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    # -- content --------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._board is None or self._info is None:
            return None
        if index.internalId() == NO_PARENT:
            return self._lane_data(index.row(), index.column(), role)
        card = self._cards(index.internalId() - 1)[index.row()]
        return self._card_data(card, index.column(), role)

    def _lane_data(self, row: int, column: int, role: int) -> Any:
        assert self._board is not None
        lane = self._board.lanes[row]
        count = len(self._cards(row))
        label = f"{lane.name} ({count} / {lane.limit})" if lane.limit else f"{lane.name} ({count})"
        if column == 0 and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return label
        if (
            column == 0
            and role == Qt.ItemDataRole.ForegroundRole
            and lane.limit
            and count > lane.limit
        ):
            return QColor("#B3261E")
        return None

    def _card_data(self, card: ProposalView, column: int, role: int) -> Any:
        assert self._info is not None
        domain = next((d for d in self._info.domains if d.id == card.domain_id), None)
        category = next((c.name for c in self._info.categories if c.id == card.category_id), "")
        result = self._results.get(card.id)
        score = ""
        if result is not None and result.score is not None:
            score = f"{result.score:.2f}  (n={result.n}{', discuss' if result.discuss else ''})"
        texts = (card.title, card.department, domain.name if domain else "", category, score)
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return texts[column] or "none"
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return card.summary or card.title
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == 0:
            parts = [card.title, domain.name if domain else "", category]
            if result is not None and result.score is not None:
                top = max((c.scale_max for c in self._info.criteria), default=5)
                parts.append(f"{result.score:.1f} of {top}, {result.n} votes")
            return " — ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.DecorationRole and column == 2 and domain is not None:
            return QColor(domain.color)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
