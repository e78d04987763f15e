"""File ▸ New workshop…: a wizard that starts from the San José model (domains, categories,
criteria, lanes) and lets the facilitator change any of it, add the participants, and create
the workshop with one services.create_workshop call."""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from roadmap_desktop.domain import rules
from roadmap_desktop.services import ServiceError, Services
from roadmap_desktop.services.specs import (
    CategorySpec,
    CriterionSpec,
    DomainSpec,
    LaneSpec,
    ParticipantSpec,
    WorkshopSpec,
)
from roadmap_desktop.store import StoreError
from roadmap_desktop.ui import theme

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # a choice's key or a colour's #rrggbb
MAX_SHOWN_PROBLEMS = 3
LARGEST = 1_000_000  # quotas, limits and scale ends: far beyond any workshop, within SQLite

ROLE_LABELS = {"director": "Director", "facilitator": "Facilitator", "observer": "Observer"}
KIND_LABELS = {
    "inbox": "Inbox",
    "shortlist": "Shortlist",
    "roadmap": "Roadmap",
    "parked": "Parked",
    "": "Ordinary",
}
AGGREGATION_LABELS = (("mean", "Mean (average)"), ("median", "Median (middle value)"))
VOTE_RECORD_LABELS = (
    ("named", "Named: keep who gave each score"),
    ("anonymous", "Anonymous: keep the scores without names"),
)


def ask_colour(initial: QColor, parent: QWidget, title: str) -> QColor | None:
    """The colour the user picks, or None if they cancel."""
    colour = QColorDialog.getColor(initial, parent, title)
    return colour if colour.isValid() else None


def _clean(text: str) -> str:
    return " ".join(str(text).split())


def _quoted(name: str) -> str:
    return f"“{name}”"


def _whole(text: str, what: str) -> int | None:
    """A whole number typed in a cell; blank is None. Raises ValueError with a sentence."""
    text = text.strip()
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        raise ValueError(f"{what} must be a whole number (got {_quoted(text)}).") from None
    if abs(value) > LARGEST:
        raise ValueError(f"{what} is too large (got {_quoted(text)}).")
    return value


def _number(text: str, what: str) -> float:
    """A (decimal) number typed in a cell; a comma works as the decimal mark."""
    text = text.strip()
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise ValueError(f"{what} must be a number (got {_quoted(text)}).")
    if abs(value) > LARGEST:
        raise ValueError(f"{what} is too large (got {_quoted(text)}).")
    return value


def _plain_number(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class Column:
    """One column of a SpecTable.

    Attributes:
        key: the name a row's value is read and written by.
        header: the column's heading, also used in the editors' accessible names.
        kind: "text", "int" (whole number, may be blank), "number", "choice" or "colour".
        choices: for "choice": (value, label) pairs.
        default: the value a new row starts with.
        stretch: the column takes the spare width.
        width: a fixed starting width in pixels (0: fit the contents).
        tip: a sentence shown as the heading's tooltip and the editor's description.
    """

    key: str
    header: str
    kind: str = "text"
    choices: tuple[tuple[str, str], ...] = ()
    default: str = ""
    stretch: bool = False
    width: int = 0
    tip: str = ""


class _CellDelegate(QStyledItemDelegate):
    """Editors for a SpecTable's cells: a line edit (digits only for numbers) or a combo box,
    each with an accessible name that says which cell it edits."""

    def __init__(self, table: "SpecTable") -> None:
        super().__init__(table.grid)
        self._table = table

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        column = self._table.columns[index.column()]
        editor: QWidget
        if column.kind == "choice":
            combo = QComboBox(parent)
            for value, label in column.choices:
                combo.addItem(label, value)
            # The user's choice is written at once, so the page's message and buttons follow.
            combo.activated.connect(lambda _i, e=combo: self.commitData.emit(e))
            editor = combo
        else:
            line = QLineEdit(parent)
            pattern = {"int": r"-?[0-9]*", "number": r"-?[0-9]*([.,][0-9]*)?"}.get(column.kind)
            if pattern:
                line.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), line))
            line.textEdited.connect(lambda _t, e=line: self.commitData.emit(e))
            editor = line
        editor.setAccessibleName(self._table.cell_name(index.row(), index.column()))
        editor.setAccessibleDescription(column.tip)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(VALUE_ROLE))))
        elif not (isinstance(editor, QLineEdit) and editor.text() == index.data()):
            super().setEditorData(editor, index)  # (same text: keep the cursor where it is)

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            if editor.currentData() == index.data(VALUE_ROLE):
                return
            self._table.set_value(
                index.row(), self._table.columns[index.column()].key, editor.currentData()
            )
        else:
            super().setModelData(editor, model, index)  # type: ignore[arg-type]


class _Grid(QTableWidget):
    """The table inside a SpecTable: Enter on a colour cell picks a colour (and is not passed on
    to the wizard, where it would also press Next)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        owner = self.parent()
        index = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and isinstance(owner, SpecTable)
            and index.isValid()
            and self.state() != QAbstractItemView.State.EditingState
            and owner.columns[index.column()].kind == "colour"
        ):
            event.accept()
            owner.choose_colour(index.row(), owner.columns[index.column()].key)
            return
        super().keyPressEvent(event)


class SpecTable(QWidget):
    """An editable table of rows (a workshop's domains, categories, …) with buttons to add,
    remove and reorder them. Values are read and written as text by column key: a choice's
    value, a colour's #rrggbb, or what was typed.

    Attributes:
        grid: the QTableWidget the facilitator edits (objectName: this table's + "Grid").
        columns: what each column holds.
        noun: what one row is ("domain"), used in button labels and messages.
        ask_colour: called to pick a colour (tests replace it).

    Signals:
        changed: a cell was edited, or a row added, removed or moved.
    """

    changed = Signal()

    def __init__(
        self,
        name: str,
        noun: str,
        plural: str,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        *,
        wrap_rows: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(plural.capitalize())
        self.noun, self.plural = noun, plural
        self.columns = tuple(columns)
        self.ask_colour: Callable[[QColor, QWidget, str], QColor | None] = ask_colour
        self._loading = False

        self.grid = _Grid(0, len(self.columns), self)
        self.grid.setObjectName(f"{name}Grid")
        self.grid.setAccessibleName(plural.capitalize())
        how = "Arrow keys move between cells; type or press F2 to edit."
        if any(c.kind == "colour" for c in self.columns):
            how += " Enter on a colour opens the colour chooser."
        self.grid.setAccessibleDescription(how)
        self.grid.setItemDelegate(_CellDelegate(self))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.grid.setTabKeyNavigation(False)  # Tab leaves the table for its buttons
        self.grid.setAlternatingRowColors(True)
        self.grid.setWordWrap(wrap_rows)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setMinimumHeight(150)
        header = self.grid.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(self.columns):
            heading = QTableWidgetItem(column.header)
            heading.setToolTip(column.tip)
            self.grid.setHorizontalHeaderItem(i, heading)
            if column.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            elif column.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                self.grid.setColumnWidth(i, column.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.grid.verticalHeader()
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        rows.setMinimumWidth(rows.fontMetrics().horizontalAdvance("000"))
        if wrap_rows:
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = self._button(f"&Add {noun}", "Add", f"Add a {noun} at the end")
        self.remove_button = self._button("&Remove", "Remove", f"Remove the selected {noun}")
        self.up_button = self._button("Move &up", "Up", f"Move the selected {noun} up (Alt+Up)")
        self.down_button = self._button(
            "Move &down", "Down", f"Move the selected {noun} down (Alt+Down)"
        )
        self.add_button.clicked.connect(lambda: self.add_row(edit=True))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self._row_buttons = [self.remove_button]
        self._shortcut("Alt+Up", lambda: self.move_current(-1))
        self._shortcut("Alt+Down", lambda: self.move_current(+1))

        self._buttons = QHBoxLayout()
        self._buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            self._buttons.addWidget(button)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid, 1)
        layout.addLayout(self._buttons)

        self.grid.itemChanged.connect(self._on_item_changed)
        self.grid.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.grid.activated.connect(self._on_activated)
        self._update_buttons()

    # --- building -------------------------------------------------------------------------

    def _button(self, text: str, suffix: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{self.objectName()}{suffix}")
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)
        return button

    def _shortcut(self, keys: str, slot: Callable[[], None]) -> None:
        action = QAction(self.grid)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.grid.addAction(action)

    def add_action_button(
        self, text: str, suffix: str, accessible: str, slot: Callable[[], None], *, needs_row: bool
    ) -> QPushButton:
        """An extra button after the standard ones (e.g. "Colour…", "Paste list…")."""
        button = self._button(text, suffix, accessible)
        button.clicked.connect(slot)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        if needs_row:
            self._row_buttons.append(button)
        self._update_buttons()
        return button

    # --- reading and writing --------------------------------------------------------------

    def row_count(self) -> int:
        return self.grid.rowCount()

    def _column(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    def value(self, row: int, key: str) -> str:
        """What the row holds in that column: a choice's value, a colour, or the typed text."""
        column = self._column(key)
        item = self.grid.item(row, column)
        if item is None:
            return ""
        if self.columns[column].kind in ("choice", "colour"):
            return str(item.data(VALUE_ROLE) or "")
        return item.text()

    def rows(self) -> list[dict[str, str]]:
        return [
            {c.key: self.value(r, c.key) for c in self.columns} for r in range(self.row_count())
        ]

    def set_value(self, row: int, key: str, value: object) -> None:
        column = self._column(key)
        spec = self.columns[column]
        text = "" if value is None else str(value)
        item = self.grid.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.grid.setItem(row, column, item)
        was_loading, self._loading = self._loading, True
        try:
            if spec.kind == "choice":
                labels = dict(spec.choices)
                item.setData(VALUE_ROLE, text)
                item.setText(labels.get(text, text))
            elif spec.kind == "colour":
                colour = QColor(text)
                item.setData(VALUE_ROLE, text)
                item.setText(text.upper())
                item.setData(Qt.ItemDataRole.DecorationRole, colour if colour.isValid() else None)
                item.setToolTip("Press Enter, double-click or use “Colour…” to choose.")
            else:
                item.setText(text)
                item.setToolTip(text if spec.kind == "text" else "")
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if spec.kind != "colour":
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
        finally:
            self._loading = was_loading
        if not self._loading:
            self.changed.emit()

    def set_rows(self, rows: Sequence[dict[str, object]]) -> None:
        """Replaces every row; keys left out take the column's default."""
        self._loading = True
        try:
            self.grid.setRowCount(0)
            for values in rows:
                self._append(values)
        finally:
            self._loading = False
        self._update_buttons()
        self.changed.emit()

    def _append(self, values: dict[str, object]) -> int:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        for column in self.columns:
            self.set_value(row, column.key, values.get(column.key, column.default))
        return row

    def add_row(self, values: dict[str, object] | None = None, *, edit: bool = False) -> int:
        """Appends a row (column defaults for what is not given); returns its index."""
        self._loading = True
        try:
            row = self._append(values or {})
        finally:
            self._loading = False
        self.grid.setCurrentCell(row, 0)
        if edit and self.grid.isVisible():
            self.grid.setFocus()
            self.grid.editItem(self.grid.item(row, 0))
        self._update_buttons()
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.grid.currentRow()
        if not 0 <= row < self.row_count():
            return
        self.commit_edits()
        self.grid.removeRow(row)
        if self.row_count():
            self.grid.setCurrentCell(min(row, self.row_count() - 1), 0)
        self._update_buttons()
        self.changed.emit()

    def move_current(self, delta: int) -> None:
        row, column = self.grid.currentRow(), max(0, self.grid.currentColumn())
        target = row + delta
        if not (0 <= row < self.row_count() and 0 <= target < self.row_count()):
            return
        self.commit_edits()
        self._loading = True
        try:
            mine = [self.grid.takeItem(row, c) for c in range(len(self.columns))]
            theirs = [self.grid.takeItem(target, c) for c in range(len(self.columns))]
            for c in range(len(self.columns)):
                self.grid.setItem(row, c, theirs[c])
                self.grid.setItem(target, c, mine[c])
        finally:
            self._loading = False
        self.grid.setCurrentCell(target, column)
        self._update_buttons()
        self.changed.emit()

    def commit_edits(self) -> None:
        """Writes back a cell that is being edited (e.g. before Next is taken by a shortcut)."""
        if self.grid.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.grid.indexWidget(self.grid.currentIndex())
        if editor is not None:
            delegate = self.grid.itemDelegate()
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def cell_name(self, row: int, column: int) -> str:
        """The accessible name of a cell's editor: "Name of domain 2", "Quota of Pilot"."""
        if column == 0:
            return f"{self.columns[0].header} of {self.noun} {row + 1}"
        name = _clean(self.value(row, self.columns[0].key)) or f"{self.noun} {row + 1}"
        return f"{self.columns[column].header} of {name}"

    # --- colours --------------------------------------------------------------------------

    def choose_colour(self, row: int | None = None, key: str | None = None) -> None:
        """Asks for a colour for a row's colour cell (the current row by default)."""
        row = self.grid.currentRow() if row is None else row
        colour_keys = [c.key for c in self.columns if c.kind == "colour"]
        key = key or (colour_keys[0] if colour_keys else None)
        if key is None or not 0 <= row < self.row_count():
            return
        name = _clean(self.value(row, self.columns[0].key)) or f"{self.noun} {row + 1}"
        picked = self.ask_colour(QColor(self.value(row, key)), self, f"Colour of {name}")
        if picked is not None:
            self.set_value(row, key, picked.name(QColor.NameFormat.HexRgb).upper())

    def _on_activated(self, index: QModelIndex) -> None:
        column = self.columns[index.column()]
        if column.kind == "colour":
            self.choose_colour(index.row(), column.key)

    # --- state ----------------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if self.columns[item.column()].kind == "text" and item.toolTip() != item.text():
            self._loading = True
            try:
                item.setToolTip(item.text())  # a long question or department reads in full
            finally:
                self._loading = False
        self.changed.emit()

    def _update_buttons(self) -> None:
        row, count = self.grid.currentRow(), self.row_count()
        has_row = 0 <= row < count
        for button in self._row_buttons:
            button.setEnabled(has_row)
        self.up_button.setEnabled(has_row and row > 0)
        self.down_button.setEnabled(has_row and row < count - 1)


class _Message(QWidget):
    """A page's inline message: a warning icon and the problem in words; hidden when none."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setObjectName(name)
        self.label.setAccessibleName("Problem on this page")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # names are typed by users
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.WARNING))
        self.label.setPalette(palette)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.setVisible(False)

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))


class _Page(QWizardPage):
    """A wizard page that lists its problems; Next stays off and the message says why."""

    def __init__(self, name: str, title: str, subtitle: str) -> None:
        super().__init__()
        self.setObjectName(f"{name}Page")
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.setAccessibleName(title)
        self.message = _Message(f"{name}Message", self)
        self._problems: list[str] = []

    def problems(self) -> list[str]:
        raise NotImplementedError

    def commit_edits(self) -> None:
        """Writes back any cell still being edited."""

    def refresh(self) -> None:
        self._problems = self.problems()
        shown = self._problems[:MAX_SHOWN_PROBLEMS]
        extra = len(self._problems) - len(shown)
        if extra:
            shown.append(f"… and {extra} more.")
        self.message.show_text("\n".join(shown))
        self.completeChanged.emit()

    def show_message(self, text: str) -> None:
        self.message.show_text(text)

    def isComplete(self) -> bool:
        return not self._problems

    def validatePage(self) -> bool:
        self.commit_edits()
        self.refresh()
        return not self._problems


def _name_problems(names: Sequence[str], noun: str, plural: str) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    for i, raw in enumerate(names):
        name = _clean(raw)
        if not name:
            problems.append(f"{noun.capitalize()} {i + 1} needs a name.")
            continue
        key = rules.name_key(name)
        if key in seen:
            problems.append(f"Two {plural} are called {_quoted(name)}; each needs its own name.")
        seen.setdefault(key, name)
    return problems


class WorkshopPage(_Page):
    """The workshop's name, date, description and how scores become results."""

    def __init__(self, taken_names: Callable[[], list[str]]) -> None:
        super().__init__(
            "workshop",
            "Workshop",
            "Name the workshop and choose how scores become results. "
            "The scoring settings can be changed later.",
        )
        self._taken_names = taken_names
        self._taken = taken_names()

        self.name_edit = QLineEdit(objectName="workshopName")
        self.name_edit.setAccessibleName("Workshop name")
        self.name_edit.setPlaceholderText("e.g. Innovation Roadmap 2025")
        self.name_edit.setMaxLength(200)
        self.date_edit = QDateEdit(QDate.currentDate(), objectName="workshopDate")
        self.date_edit.setAccessibleName("Workshop date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("MMMM d, yyyy")
        self.description_edit = QPlainTextEdit(objectName="workshopDescription")
        self.description_edit.setAccessibleName("Workshop description")
        self.description_edit.setPlaceholderText("What the cabinet is deciding, and for when.")
        self.description_edit.setTabChangesFocus(True)
        lines = self.description_edit.fontMetrics().lineSpacing()
        self.description_edit.setFixedHeight(lines * 4 + 12)

        self.aggregation = QComboBox(objectName="aggregation")
        self.aggregation.setAccessibleName("Combine participants' scores with")
        for value, label in AGGREGATION_LABELS:
            self.aggregation.addItem(label, value)
        self.threshold = QDoubleSpinBox(objectName="discussThreshold")
        self.threshold.setAccessibleName("Discuss threshold")
        self.threshold.setAccessibleDescription(
            "A proposal whose spread of scores is above this is flagged for discussion."
        )
        self.threshold.setRange(0.0, 100.0)
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(0.1)
        self.threshold.setValue(WorkshopSpec("").discuss_threshold)
        self.count_facilitator = QCheckBox(
            "Count the facilitator's &own scores in the results",
            objectName="countFacilitatorScores",
        )
        self.count_facilitator.setAccessibleName("Count the facilitator's own scores")
        self.vote_record = QComboBox(objectName="voteRecord")
        self.vote_record.setAccessibleName("Vote record")
        for value, label in VOTE_RECORD_LABELS:
            self.vote_record.addItem(label, value)

        about = QFormLayout()
        about.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        about.addRow(self._buddy("Na&me:", self.name_edit), self.name_edit)
        about.addRow(self._buddy("&Date:", self.date_edit), self.date_edit)
        about.addRow(self._buddy("Descri&ption:", self.description_edit), self.description_edit)
        scoring = QGroupBox("Results")
        form = QFormLayout(scoring)
        form.addRow(self._buddy("Combine scores &with:", self.aggregation), self.aggregation)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold)
        hint = QLabel("Proposals whose scores spread more than this are flagged “discuss”.")
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        threshold_row.addWidget(hint, 1)
        form.addRow(self._buddy("Discuss &threshold:", self.threshold), threshold_row)
        form.addRow("", self.count_facilitator)
        form.addRow(self._buddy("&Vote record:", self.vote_record), self.vote_record)

        layout = QVBoxLayout(self)
        layout.addLayout(about)
        layout.addSpacing(8)
        layout.addWidget(scoring)
        layout.addStretch(1)
        layout.addWidget(self.message)

        self.name_edit.textChanged.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    def name(self) -> str:
        return _clean(self.name_edit.text())

    def refresh_names(self) -> None:
        """Reads the store's workshop names again (someone may have added one)."""
        self._taken = self._taken_names()
        self.refresh()

    def problems(self) -> list[str]:
        name = self.name()
        if not name:
            return ["Give the workshop a name."]
        if any(rules.same_name(name, taken) for taken in self._taken):
            return [f"A workshop named {_quoted(name)} already exists; choose another name."]
        return []

    def validatePage(self) -> bool:
        self.refresh_names()
        return super().validatePage()


class _TablePage(_Page):
    """A page that is one SpecTable and the problems of its rows."""

    def __init__(self, name: str, title: str, subtitle: str, table: SpecTable) -> None:
        super().__init__(name, title, subtitle)
        self.table = table
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.table.changed.connect(self.refresh)

    def commit_edits(self) -> None:
        self.table.commit_edits()

    def problems(self) -> list[str]:
        rows = self.table.rows()
        problems = _name_problems([r["name"] for r in rows], self.table.noun, self.table.plural)
        for i, row in enumerate(rows):
            label = _clean(row["name"]) or f"{self.table.noun} {i + 1}"
            try:
                problems += self.row_problems(self.build(row), _quoted(label))
            except ValueError as exc:
                problems.append(str(exc).replace("{name}", _quoted(label)))
        return problems + self.table_problems(rows)

    def build(self, row: dict[str, str]) -> object:
        """The spec for one row; ValueError (with "{name}" for the row's name) if a number does
        not parse."""
        raise NotImplementedError

    def row_problems(self, spec: object, label: str) -> list[str]:
        return []

    def table_problems(self, rows: list[dict[str, str]]) -> list[str]:
        return []

    def specs(self) -> tuple:
        """Every row as a spec; ValueError if a number does not parse."""
        out = []
        for i, row in enumerate(self.table.rows()):
            label = _quoted(_clean(row["name"]) or f"{self.table.noun} {i + 1}")
            try:
                out.append(self.build(row))
            except ValueError as exc:
                raise ValueError(str(exc).replace("{name}", label)) from None
        return tuple(out)


class DomainsPage(_TablePage):
    def __init__(self) -> None:
        table = SpecTable(
            "domainsTable",
            "domain",
            "domains",
            [
                Column("name", "Name", stretch=True, tip="The outcome area's name."),
                Column(
                    "color",
                    "Colour",
                    kind="colour",
                    default="#999999",
                    width=150,
                    tip="Shown beside the domain's name on cards, the poster and the packet.",
                ),
            ],
        )
        super().__init__(
            "domains",
            "Domains",
            "The Smart City Vision's outcome areas; each proposal belongs to one. The colours "
            "are colour-blind safe (Okabe–Ito) and always appear beside the name.",
            table,
        )
        table.add_action_button(
            "C&olour…",
            "Colour",
            "Choose the colour of the selected domain",
            lambda: table.choose_colour(),
            needs_row=True,
        )

    def build(self, row: dict[str, str]) -> DomainSpec:
        return DomainSpec(_clean(row["name"]), row["color"])

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, DomainSpec)
        if not QColor.isValidColorName(spec.color):
            return [f"The colour of {label} is not a colour (got {_quoted(spec.color)})."]
        return []


class CategoriesPage(_TablePage):
    def __init__(self) -> None:
        table = SpecTable(
            "categoriesTable",
            "category",
            "categories",
            [
                Column("name", "Name", stretch=True, tip="The roadmap track's name."),
                Column(
                    "quota",
                    "Quota",
                    kind="int",
                    width=110,
                    tip="How many of its proposals make the roadmap; blank for no quota.",
                ),
            ],
        )
        super().__init__(
            "categories",
            "Categories",
            "The roadmap's tracks. A quota is how many proposals of that track make the "
            "roadmap; leave it blank for no quota.",
            table,
        )

    def build(self, row: dict[str, str]) -> CategorySpec:
        return CategorySpec(_clean(row["name"]), _whole(row["quota"], "The quota of {name}"))

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, CategorySpec)
        if spec.quota is not None and spec.quota < 0:
            return [f"The quota of {label} cannot be negative; leave it blank for no quota."]
        return []


class CriteriaPage(_TablePage):
    def __init__(self) -> None:
        low, high = CriterionSpec("").scale_min, CriterionSpec("").scale_max
        table = SpecTable(
            "criteriaTable",
            "criterion",
            "criteria",
            [
                Column("name", "Name", width=130, tip="A short name for the question."),
                Column(
                    "question",
                    "Question",
                    stretch=True,
                    tip="The question each director answers with a score.",
                ),
                Column(
                    "weight",
                    "Weight",
                    kind="number",
                    default="1",
                    width=70,
                    tip="How much this criterion counts; above zero.",
                ),
                Column(
                    "scale_min",
                    "Lowest",
                    kind="int",
                    default=str(low),
                    width=70,
                    tip="The lowest score on the scale.",
                ),
                Column(
                    "scale_max",
                    "Highest",
                    kind="int",
                    default=str(high),
                    width=70,
                    tip="The highest score on the scale.",
                ),
            ],
            wrap_rows=True,
        )
        super().__init__(
            "criteria",
            "Criteria",
            "The questions every director scores each proposal on. A participant's score is "
            "the weighted mean of their answers; each criterion has its own scale.",
            table,
        )

    def build(self, row: dict[str, str]) -> CriterionSpec:
        low = _whole(row["scale_min"], "The lowest score of {name}")
        high = _whole(row["scale_max"], "The highest score of {name}")
        if low is None or high is None:
            raise ValueError("The scale of {name} needs a lowest and a highest score.")
        return CriterionSpec(
            _clean(row["name"]),
            row["question"].strip(),
            _number(row["weight"], "The weight of {name}"),
            low,
            high,
        )

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, CriterionSpec)
        problems = []
        if not spec.weight > 0:
            problems.append(f"The weight of {label} must be above zero.")
        if spec.scale_min >= spec.scale_max:
            problems.append(
                f"The scale of {label} must run upwards: the lowest score "
                f"({spec.scale_min}) must be below the highest ({spec.scale_max})."
            )
        return problems

    def table_problems(self, rows: list[dict[str, str]]) -> list[str]:
        return [] if rows else ["Add at least one criterion to score proposals on."]


class LanesPage(_TablePage):
    def __init__(self) -> None:
        table = SpecTable(
            "lanesTable",
            "lane",
            "lanes",
            [
                Column("name", "Name", stretch=True, tip="The column's heading on the board."),
                Column(
                    "kind",
                    "Kind",
                    kind="choice",
                    choices=tuple(
                        (k, KIND_LABELS.get(k, k.capitalize())) for k in rules.LANE_KINDS
                    ),
                    width=150,
                    tip="What the lane is for; new proposals land in the Inbox lane.",
                ),
                Column(
                    "limit",
                    "Limit",
                    kind="int",
                    width=90,
                    tip="The most cards the lane should hold; blank for no limit.",
                ),
            ],
        )
        super().__init__(
            "lanes",
            "Lanes",
            "The columns of the board, left to right. New proposals land in the Inbox. A lane's "
            "count turns red above its limit; leave the limit blank for none.",
            table,
        )

    def build(self, row: dict[str, str]) -> LaneSpec:
        return LaneSpec(
            _clean(row["name"]), row["kind"], _whole(row["limit"], "The limit of {name}")
        )

    def row_problems(self, spec: object, label: str) -> list[str]:
        assert isinstance(spec, LaneSpec)
        if spec.limit is not None and spec.limit < 0:
            return [f"The limit of {label} cannot be negative; leave it blank for no limit."]
        return []

    def table_problems(self, rows: list[dict[str, str]]) -> list[str]:
        if not rows:
            return ["The board needs at least one lane."]
        if sum(r["kind"] == "inbox" for r in rows) > 1:
            return ["Only one lane can be the Inbox, where new proposals land."]
        return []


def parse_participants(text: str) -> tuple[list[ParticipantSpec], list[str]]:
    """Participants from pasted lines "Name, role, department" (or tab-separated cells from a
    spreadsheet). Role and department may be left out (role: director); a heading line
    "Name, Role, Department" is skipped. Returns the participants and the problems by line."""
    people: list[ParticipantSpec] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fields = line.split("\t", 2) if "\t" in line else line.split(",", 2)
        fields = [_clean(f) for f in fields] + ["", ""]
        name, role, department = fields[0], fields[1].casefold(), fields[2]
        if number == 1 and name.casefold() == "name" and role in ("", "role"):
            continue
        if not name:
            problems.append(f"Line {number} has no name.")
            continue
        role = role or "director"
        if role not in rules.ROLES:
            problems.append(
                f"Line {number}: {_quoted(fields[1])} is not a role; "
                "write director, facilitator or observer."
            )
            continue
        people.append(ParticipantSpec(name, role, department))
    return people, problems


class PasteParticipantsDialog(QDialog):
    """A box to paste a list of participants into, one per line.

    Attributes:
        participants: what was pasted, once the dialog is accepted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteParticipantsDialog")
        self.setWindowTitle("Paste participants")
        self.participants: list[ParticipantSpec] = []
        intro = QLabel(
            "One participant per line: <b>Name, role, department</b>. The role is director, "
            "facilitator or observer (director if left out). Cells copied from a spreadsheet "
            "work too."
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(objectName="pasteText")
        self.text.setAccessibleName("Participants, one per line")
        self.text.setPlaceholderText(
            "María José Hernández, director, Parks, Recreation and Neighborhood Services\n"
            "Nguyễn Văn An, director, Transportation\n"
            "Sam Lee, facilitator, City Manager's Office"
        )
        self.text.setTabChangesFocus(True)
        self.message = _Message("pasteMessage", self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Add participants")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("pasteAdd")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 380)
        self.text.textChanged.connect(lambda: self.message.show_text(""))

    def accept(self) -> None:
        people, problems = parse_participants(self.text.toPlainText())
        if not people and not problems:
            problems = ["Paste at least one line with a name."]
        if problems:
            self.message.show_text("\n".join(problems[:MAX_SHOWN_PROBLEMS]))
            return
        self.participants = people
        super().accept()


def ask_participants(parent: QWidget) -> list[ParticipantSpec] | None:
    """Opens the paste box; the participants pasted, or None if cancelled."""
    dialog = PasteParticipantsDialog(parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.participants
        return None
    finally:
        dialog.deleteLater()


class ParticipantsPage(_TablePage):
    """Who takes part; at least one director.

    Attributes:
        ask_paste: opens the paste box and returns the participants (tests replace it).
    """

    def __init__(self) -> None:
        table = SpecTable(
            "participantsTable",
            "participant",
            "participants",
            [
                Column("name", "Name", stretch=True, tip="The participant's full name."),
                Column(
                    "role",
                    "Role",
                    kind="choice",
                    choices=tuple((r, ROLE_LABELS.get(r, r.capitalize())) for r in rules.ROLES),
                    default="director",
                    width=130,
                    tip="Directors score; the facilitator runs the workshop; observers watch.",
                ),
                Column("department", "Department", stretch=True, tip="Their department."),
            ],
        )
        super().__init__(
            "participants",
            "Participants",
            "Who takes part: directors score the proposals, the facilitator runs the laptop and "
            "observers watch. Paste a list from a spreadsheet with “Paste list…”.",
            table,
        )
        self.setFinalPage(True)
        self.ask_paste: Callable[[QWidget], list[ParticipantSpec] | None] = ask_participants
        table.add_action_button(
            "&Paste list…",
            "Paste",
            "Paste a list of participants, one per line",
            self.paste_list,
            needs_row=False,
        )

    def paste_list(self) -> None:
        people = self.ask_paste(self)
        if people:
            self.add_participants(people)

    def add_participants(self, people: Sequence[ParticipantSpec]) -> None:
        for p in people:
            self.table.add_row({"name": p.name, "role": p.role, "department": p.department})

    def build(self, row: dict[str, str]) -> ParticipantSpec:
        return ParticipantSpec(_clean(row["name"]), row["role"], _clean(row["department"]))

    def table_problems(self, rows: list[dict[str, str]]) -> list[str]:
        if not any(r["role"] == "director" for r in rows):
            return ["Add at least one director: directors are the ones who score."]
        return []


class NewWorkshopWizard(QWizard):
    """File ▸ New workshop…: the San José model, changed as the facilitator likes, then one
    services.create_workshop call on Finish.

    Attributes:
        services: the use cases over the open store.
        created_id: the new workshop's id once it was created (None before).
        workshop_page, domains_page, categories_page, criteria_page, lanes_page,
        participants_page: the pages, in order.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newWorkshopWizard")
        self.setWindowTitle("New workshop")
        self.setAccessibleName("New workshop")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, "&Create workshop")
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.HelpButton,
        ):
            text = self.buttonText(which).replace("&", "").strip("<> ")
            self.button(which).setAccessibleName(text)
        self.services = services
        self.created_id: int | None = None

        self.workshop_page = WorkshopPage(self._workshop_names)
        self.domains_page = DomainsPage()
        self.categories_page = CategoriesPage()
        self.criteria_page = CriteriaPage()
        self.lanes_page = LanesPage()
        self.participants_page = ParticipantsPage()
        for page in self.pages():
            self.addPage(page)
        self.load(WorkshopSpec.san_jose(""))
        self.resize(900, 640)
        self.setMinimumSize(720, 540)

    def pages(self) -> list[_Page]:
        return [
            self.workshop_page,
            self.domains_page,
            self.categories_page,
            self.criteria_page,
            self.lanes_page,
            self.participants_page,
        ]

    def _workshop_names(self) -> list[str]:
        return [w.name for w in self.services.list_workshops()]

    def load(self, spec: WorkshopSpec) -> None:
        """Fills every page from a spec (the San José model when the wizard opens)."""
        w = self.workshop_page
        w.name_edit.setText(spec.name)
        if spec.date:
            w.date_edit.setDate(QDate.fromString(spec.date, Qt.DateFormat.ISODate))
        w.description_edit.setPlainText(spec.description)
        w.aggregation.setCurrentIndex(max(0, w.aggregation.findData(spec.aggregation)))
        w.threshold.setValue(spec.discuss_threshold)
        w.count_facilitator.setChecked(spec.count_facilitator_scores)
        w.vote_record.setCurrentIndex(max(0, w.vote_record.findData(spec.vote_record)))
        self.domains_page.table.set_rows([{"name": d.name, "color": d.color} for d in spec.domains])
        self.categories_page.table.set_rows(
            [{"name": c.name, "quota": c.quota} for c in spec.categories]
        )
        self.criteria_page.table.set_rows(
            [
                {
                    "name": c.name,
                    "question": c.question,
                    "weight": _plain_number(c.weight),
                    "scale_min": c.scale_min,
                    "scale_max": c.scale_max,
                }
                for c in spec.criteria
            ]
        )
        self.lanes_page.table.set_rows(
            [{"name": x.name, "kind": x.kind, "limit": x.limit} for x in spec.lanes]
        )
        self.participants_page.table.set_rows(
            [
                {"name": p.name, "role": p.role, "department": p.department}
                for p in spec.participants
            ]
        )

    def spec(self) -> WorkshopSpec:
        """The workshop the pages describe. Raises ValueError if a number does not parse;
        other broken rules (blank names, weight ≤ 0, …) are the pages' problems()."""
        w = self.workshop_page
        return WorkshopSpec(
            name=w.name(),
            description=w.description_edit.toPlainText().strip(),
            date=w.date_edit.date().toString(Qt.DateFormat.ISODate),
            aggregation=str(w.aggregation.currentData()),
            discuss_threshold=w.threshold.value(),
            count_facilitator_scores=w.count_facilitator.isChecked(),
            vote_record=str(w.vote_record.currentData()),
            domains=self.domains_page.specs(),
            categories=self.categories_page.specs(),
            criteria=self.criteria_page.specs(),
            lanes=self.lanes_page.specs(),
            participants=self.participants_page.specs(),
        )

    def problems(self) -> list[str]:
        """Every page's problems, in page order."""
        out: list[str] = []
        for page in self.pages():
            page.commit_edits()
            out += [f"{page.title()}: {p}" for p in page.problems()]
        return out

    def accept(self) -> None:
        """Creates the workshop; on refusal the message shows on the page and the wizard stays."""
        page = self.currentPage()
        shown = page if isinstance(page, _Page) else self.participants_page
        problems = self.problems()
        if problems:
            shown.show_message(problems[0])
            return
        try:
            change = self.services.create_workshop(self.spec())
        except (ServiceError, StoreError) as exc:
            self.workshop_page.refresh_names()
            shown.show_message(f"The workshop was not created: {exc}")
            return
        self.created_id = change.workshop_id
        super().accept()
