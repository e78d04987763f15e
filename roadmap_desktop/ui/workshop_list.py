"""The list of the store's workshops, read through services and refreshed on change."""

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from roadmap_desktop.services import Services
from roadmap_desktop.services.views import (
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
            # English has no catalog: its singular and plural are two numerus messages.
            return ", ".join(
                (
                    self.tr("%n proposal", "", w.proposals)
                    if w.proposals == 1
                    else self.tr("%n proposals", "", w.proposals),
                    self.tr("%n participant", "", w.participants)
                    if w.participants == 1
                    else self.tr("%n participants", "", w.participants),
                    self.tr("%n round", "", w.rounds)
                    if w.rounds == 1
                    else self.tr("%n rounds", "", w.rounds),
                )
            )
        if role == WORKSHOP_ID_ROLE:
            return w.id
        return None

    def row_of(self, workshop_id: int) -> int:
        return next((i for i, w in enumerate(self._rows) if w.id == workshop_id), -1)
