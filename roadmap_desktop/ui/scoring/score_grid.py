"""The entry grid: one proposal's scores by participant, one participant's scores by proposal,
or one participant's dots by proposal.

The model reads the round's entries from a dictionary the panel owns and keeps current, and
updates one cell at a time. Entered values show as "✓" (screen and accessible text alike)
unless the facilitator asks to see them: the laptop is often on the projector before the
reveal. The view turns typed digits into values and asks for them to be recorded; it never
calls a service itself.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from roadmap_desktop.ui import theme

MISSING = "#FCE8C0"  # light amber behind a missing entry; ink on it is 12:1
ENTERED_MARK = "✓"
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the entered value (int) or None, hidden or not
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # (participant, proposal, criterion or None)
MISSING_ROLE = Qt.ItemDataRole.UserRole + 3  # True when the cell still needs an entry
PENDING_MS = 900  # a half-typed number ("1" of "10") is taken as typed after this long

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class GridRow:
    id: int
    label: str
    tooltip: str = ""


@dataclass(frozen=True, slots=True)
class GridColumn:
    """A criterion, or the one "Dots" column of a dot-voting round (id None)."""

    id: int | None
    name: str
    low: int
    high: int
    question: str = ""


class ScoreGridModel(QAbstractTableModel):
    """The cells of the grid.

    Attributes:
        mode: "proposal" (rows are participants), "participant" (rows are proposals) or
            "dots" (rows are proposals, one column of dots).
        subject: the proposal (mode "proposal") or participant (other modes) on show.
        show_values: show entered values instead of "✓".
        read_only: why nothing can be typed (the round is closed or revealed), or "" while
            the round is open.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "proposal"
        self.subject: int | None = None
        self.show_values = False
        self.read_only = ""
        self._rows: list[GridRow] = []
        self._columns: list[GridColumn] = []
        self._row_of: dict[int, int] = {}
        self._column_of: dict[int | None, int] = {}
        self._entries: Mapping[Any, int | None] = {}
        self._pending: tuple[int, int, str] | None = None

    # -- set up ------------------------------------------------------------------------

    def configure(
        self,
        mode: str,
        subject: int | None,
        rows: Sequence[GridRow],
        columns: Sequence[GridColumn],
        entries: Mapping[Any, int | None],
        *,
        read_only: str,
    ) -> None:
        """Shows a new grid; entries maps (participant, proposal, criterion) → score, or for
        dots (participant, proposal) → dots, and is read live (the panel keeps it current)."""
        self.beginResetModel()
        self.mode, self.subject, self.read_only = mode, subject, read_only
        self._rows = list(rows) if subject is not None else []
        self._columns = list(columns) if subject is not None else []
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self._column_of = {c.id: i for i, c in enumerate(self._columns)}
        self._entries = entries
        self._pending = None
        self.endResetModel()

    def set_show_values(self, show: bool) -> None:
        if show != self.show_values:
            self.show_values = show
            self._all_changed()

    def set_read_only(self, read_only: str) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            self._pending = None
            self._all_changed()

    def entries_replaced(self, entries: Mapping[Any, int | None]) -> None:
        """Reads a new set of entries (after a bulk import) into the same cells."""
        self._entries = entries
        self._all_changed()

    def _all_changed(self) -> None:
        if self._rows and self._columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    # -- reading -----------------------------------------------------------------------

    def rows(self) -> list[GridRow]:
        return list(self._rows)

    def columns(self) -> list[GridColumn]:
        return list(self._columns)

    def column(self, index: int) -> GridColumn:
        return self._columns[index]

    def key(self, row: int, column: int) -> tuple[int, int, int | None]:
        """(participant, proposal, criterion) of a cell; criterion None for dots."""
        assert self.subject is not None
        item, col = self._rows[row].id, self._columns[column].id
        if self.mode == "proposal":
            return (item, self.subject, col)
        return (self.subject, item, col)

    def _entry_key(self, key: tuple[int, int, int | None]) -> tuple[int, ...]:
        return key[:2] if self.mode == "dots" else key  # type: ignore[return-value]

    def value(self, row: int, column: int) -> int | None:
        """The cell's value, when the panel has read it (None: empty, or value unread)."""
        return self._entries.get(self._entry_key(self.key(row, column)))

    def is_entered(self, row: int, column: int) -> bool:
        return self._entry_key(self.key(row, column)) in self._entries

    def is_missing(self, row: int, column: int) -> bool:
        return self.mode != "dots" and not self.is_entered(row, column)

    def missing_count(self) -> int:
        if self.mode == "dots" or self.subject is None:
            return 0
        # Called after every entry (phones send many): set arithmetic, not a cell walk.
        subject, entries = self.subject, self._entries
        columns = [c.id for c in self._columns]
        if self.mode == "proposal":
            cells = [(row.id, subject, c) for row in self._rows for c in columns]
        else:
            cells = [(subject, row.id, c) for row in self._rows for c in columns]
        return sum(1 for cell in cells if cell not in entries)

    def cell_of(self, key: tuple[int, ...]) -> QModelIndex:
        """The cell showing an entry key ((participant, proposal, criterion), or (participant,
        proposal) for dots), or an invalid index when it is not on show."""
        if self.subject is None:
            return QModelIndex()
        if self.mode == "dots":
            participant, proposal = key[0], key[1]
            criterion: int | None = None
        else:
            participant, proposal, criterion = key[0], key[1], key[2]
        if self.mode == "proposal":
            mine, item = proposal, participant
        else:
            mine, item = participant, proposal
        row, column = self._row_of.get(item), self._column_of.get(criterion, None)
        if mine != self.subject or row is None or column is None:
            return QModelIndex()
        return self.index(row, column)

    def entry_changed(self, key: tuple[int, ...]) -> None:
        """Tells the view that one entry changed (the panel already updated the entries)."""
        index = self.cell_of(key)
        if index.isValid():
            if self._pending is not None and self._pending[:2] == (index.row(), index.column()):
                self._pending = None
            self.dataChanged.emit(index, index)

    def set_pending(self, index: Index | None, text: str = "") -> None:
        """Shows a half-typed number in a cell (or none)."""
        old = self._pending
        self._pending = (index.row(), index.column(), text) if index is not None else None
        for cell in (old, self._pending):
            if cell is not None:
                changed = self.index(cell[0], cell[1])
                self.dataChanged.emit(changed, changed)

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value = self.value(row, column)
        entered = self.is_entered(row, column)
        missing = self.mode != "dots" and not entered
        pending = self._pending is not None and self._pending[:2] == (row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if pending:
                assert self._pending is not None
                return f"{self._pending[2]}…"
            return self._shown(entered, value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if missing:
                return self.tr("missing", "a cell")
            if self.mode == "dots" and not self.show_values:
                return self.tr("hidden", "a cell")
            if self.mode == "dots" and not entered:
                return self.tr("no dots", "a cell")
            return self._shown(entered, value, spoken=True)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(MISSING) if missing else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(theme.INK) if missing else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            col = self._columns[column]
            hidden = self.mode == "dots" and not self.show_values
            cell = f"{self._rows[row].label} · {col.name} ({col.low}–{col.high})"
            if missing:
                return self.tr("{cell} missing").format(cell=cell)
            if entered and not hidden:
                return self.tr("{cell} entered").format(cell=cell)
            return cell
        if role == VALUE_ROLE:
            return value
        if role == KEY_ROLE:
            return self.key(row, column)
        if role == MISSING_ROLE:
            return missing
        return None

    def _shown(self, entered: bool, value: int | None, *, spoken: bool = False) -> str:
        if not entered:
            return ""
        if self.show_values and value is not None:
            if self.mode == "dots":
                return self.tr("%n dot(s)", "", value) if spoken else str(value)
            return str(value)
        if self.mode == "dots":
            # Which proposals a director dotted is where the dots went: hidden too.
            return self.tr("hidden", "a cell") if spoken else ""
        return self.tr("entered", "a cell") if spoken else ENTERED_MARK

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        items = self._columns if orientation == Qt.Orientation.Horizontal else self._rows
        if not 0 <= section < len(items):
            return None
        item = items[section]
        if orientation == Qt.Orientation.Horizontal:
            assert isinstance(item, GridColumn)
            if role == Qt.ItemDataRole.DisplayRole:
                return item.name if item.id is None else f"{item.name}\n{item.low}–{item.high}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return item.question or None
            if role == Qt.ItemDataRole.AccessibleTextRole:
                #: A column's header as a screen reader says it: "Important, 1 to 5".
                return self.tr("{name}, {low} to {high}").format(
                    name=item.name, low=item.low, high=item.high
                )
            return None
        assert isinstance(item, GridRow)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip or item.label
        return None


def _may_continue(text: str, low: int, high: int) -> bool:
    """Whether some value of the scale other than `text` itself starts with `text`."""
    return any(str(v).startswith(text) and str(v) != text for v in range(low, high + 1))


def _may_be(text: str, low: int, high: int) -> bool:
    """Whether `text` is a value of the scale or the start of one."""
    return any(str(v).startswith(text) for v in range(low, high + 1))


class ScoreGridView(QTableView):
    """The table the facilitator types into.

    Typing a value on a cell asks for it to be recorded; on scales with two-digit values
    ("0–10") a digit that may start a longer number waits for the next key, Enter or a
    moment. Delete and Backspace ask for the entry to be cleared.

    Signals:
        value_typed(QModelIndex, int): a complete value was typed on a cell.
        clear_requested(QModelIndex): Delete or Backspace on a cell.
        refused(str): a key that cannot become an entry, with the reason.
    """

    value_typed = Signal(QModelIndex, int)
    clear_requested = Signal(QModelIndex)
    refused = Signal(str)

    def __init__(self, model: ScoreGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending: tuple[QPersistentModelIndex, str] | None = None
        self.setObjectName("scoreGrid")
        self.setAccessibleName(self.tr("Score entry grid"))
        self.setModel(model)
        self.grid_model = model
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCornerButtonEnabled(False)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        across = self.horizontalHeader()
        across.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        across.setMinimumSectionSize(90)
        across.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        down = self.verticalHeader()
        down.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        down.setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        down.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._pending_timer = QTimer(self)
        self._pending_timer.setSingleShot(True)
        self._pending_timer.setInterval(PENDING_MS)
        self._pending_timer.timeout.connect(self.commit_pending)

    def fit_row_labels(self) -> None:
        """Gives long proposal titles the room the columns leave (one Dots column needs
        little); call after the columns change."""
        share = 0.6 if self.grid_model.columnCount() <= 1 else 0.42
        self.verticalHeader().setMaximumWidth(max(240, int(self.width() * share)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit_row_labels()
        super().resizeEvent(event)

    # -- moving ----------------------------------------------------------------------------

    def advance(self) -> None:
        """Moves to the next cell: right, then the first cell of the next row."""
        index = self.currentIndex()
        model = self.grid_model
        if not index.isValid():
            return
        row, column = index.row(), index.column() + 1
        if column >= model.columnCount():
            row, column = row + 1, 0
        if row < model.rowCount():
            self.setCurrentIndex(model.index(row, column))

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab moves cell to cell, and from the last cell (Shift+Tab: the first) on to the
        next control: Qt's table would wrap around and never let the keyboard out."""
        index, model = self.currentIndex(), self.grid_model
        rows, columns = model.rowCount(), model.columnCount()
        at_edge = (
            not index.isValid()
            or rows == 0
            or (next and (index.row(), index.column()) == (rows - 1, columns - 1))
            or (not next and (index.row(), index.column()) == (0, 0))
        )
        if at_edge:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def currentChanged(self, current: Index, previous: Index) -> None:
        if self._pending is not None and self._pending[0] != QPersistentModelIndex(current):
            self.commit_pending()
        super().currentChanged(current, previous)

    # -- typing ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        index = self.currentIndex()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        typing = plain and len(text) == 1 and (text.isdigit() or text == "-")
        if typing or (plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            event.accept()
            if not index.isValid():
                return
            if self.grid_model.read_only:
                self.refused.emit(self.grid_model.read_only)
                return
            if typing:
                self._type(index, text)
            elif self._pending is not None:
                self._drop_pending()
            else:
                self.clear_requested.emit(index)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._pending is not None:
            event.accept()
            self.commit_pending()
            return
        if key == Qt.Key.Key_Escape and self._pending is not None:
            event.accept()
            self._drop_pending()
            return
        super().keyPressEvent(event)

    def _type(self, index: QModelIndex, char: str) -> None:
        column = self.grid_model.column(index.column())
        low, high = column.low, column.high
        here = QPersistentModelIndex(index)
        text = char
        if self._pending is not None and self._pending[0] == here:
            text = self._pending[1] + char
        if not _may_be(text, low, high):
            self._drop_pending()
            if column.id is None:
                self.refused.emit(
                    self.tr(
                        "Not recorded: each director has %n dot(s); {typed} is not 0–{high}.",
                        "",
                        high,
                    ).format(typed=text, high=high)
                )
            else:
                self.refused.emit(
                    self.tr(
                        "Not recorded: {criterion} is scored {low}–{high}; {typed} is outside."
                    ).format(criterion=column.name, low=low, high=high, typed=text)
                )
            return
        if _may_continue(text, low, high):
            self._pending = (here, text)
            self.grid_model.set_pending(index, text)
            self._pending_timer.start()
            return
        self._drop_pending()
        self.value_typed.emit(index, int(text))

    def commit_pending(self) -> None:
        """Takes a half-typed number as typed (Enter, a pause, or moving away)."""
        pending = self._pending
        self._drop_pending()
        if pending is None:
            return
        index, text = pending
        if text == "-" or not index.isValid():
            return
        self.value_typed.emit(self.grid_model.index(index.row(), index.column()), int(text))

    def pending_text(self) -> str:
        return self._pending[1] if self._pending is not None else ""

    def _drop_pending(self) -> None:
        self._pending_timer.stop()
        if self._pending is not None:
            self._pending = None
            self.grid_model.set_pending(None)
