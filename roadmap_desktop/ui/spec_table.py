"""Editable tables of a workshop's parts (domains, categories, criteria, lanes, people) and
the small parsing helpers they share: used by the new-workshop wizard and the settings dialog."""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QRegularExpression, Qt, Signal
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
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.ui import theme

translate = QCoreApplication.translate

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # a choice's key or a colour's #rrggbb
MAX_SHOWN_PROBLEMS = 3
LARGEST = 1_000_000  # quotas, limits and scale ends: far beyond any workshop, within SQLite


def role_labels() -> dict[str, str]:
    """A participant's role (the store's key) as the window names it."""
    return {
        "director": translate("spec_table", "Director"),
        "facilitator": translate("spec_table", "Facilitator"),
        "observer": translate("spec_table", "Observer"),
    }


def kind_labels() -> dict[str, str]:
    """A lane's kind (the store's key) as the window names it."""
    return {
        "inbox": translate("spec_table", "Inbox"),
        "shortlist": translate("spec_table", "Shortlist"),
        "roadmap": translate("spec_table", "Roadmap"),
        "parked": translate("spec_table", "Parked"),
        "": translate("spec_table", "Ordinary"),
    }


def aggregation_labels() -> tuple[tuple[str, str], ...]:
    return (
        ("mean", translate("spec_table", "Mean (average)")),
        ("median", translate("spec_table", "Median (middle value)")),
    )


def vote_record_labels() -> tuple[tuple[str, str], ...]:
    return (
        ("named", translate("spec_table", "Named: keep who gave each score")),
        ("anonymous", translate("spec_table", "Anonymous: keep the scores without names")),
    )


def more_problems(extra: int) -> str:
    """The line under the first problems shown: "… and 4 more."."""
    return translate("spec_table", "… and {count} more.").format(count=extra)


def ask_colour(initial: QColor, parent: QWidget, title: str) -> QColor | None:
    """The colour the user picks, or None if they cancel."""
    colour = QColorDialog.getColor(initial, parent, title)
    return colour if colour.isValid() else None


def clean_text(text: str) -> str:
    return " ".join(str(text).split())


def quoted(name: str) -> str:
    return f"“{name}”"


def _problem(sentence: str, text: str) -> ValueError:
    """The sentence with what was typed in it ("{text}"); "{name}" stays for the caller."""
    return ValueError(sentence.replace("{text}", quoted(text)))


def parse_whole(text: str, not_whole: str, too_large: str) -> int | None:
    """A whole number typed in a cell; blank is None. Raises ValueError with a sentence: one
    of the two given, in which "{text}" stands for what was typed."""
    text = text.strip()
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        raise _problem(not_whole, text) from None
    if abs(value) > LARGEST:
        raise _problem(too_large, text)
    return value


def parse_number(text: str, not_number: str, too_large: str) -> float:
    """A (decimal) number typed in a cell; a comma works as the decimal mark."""
    text = text.strip()
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise _problem(not_number, text)
    if abs(value) > LARGEST:
        raise _problem(too_large, text)
    return value


def plain_number(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class Nouns:
    """What a SpecTable's rows are, in whole phrases (each language inflects its nouns in
    its own way, so none is glued into a sentence).

    Attributes:
        plural: the table's name ("Domains").
        add: the add button ("&Add domain"); add_tip its description ("Add a domain at the
            end"); remove_tip, up_tip, down_tip: the other buttons' descriptions.
        numbered: a row without a name ("domain {number}").
        no_name: "Domain {number} needs a name."
        same_name: "Two domains are called {name}; each needs its own name."
    """

    plural: str
    add: str
    add_tip: str
    remove_tip: str
    up_tip: str
    down_tip: str
    numbered: str
    no_name: str
    same_name: str

    def row(self, index: int) -> str:
        """The name of an unnamed row (index from 0): "domain 2"."""
        return self.numbered.format(number=index + 1)


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
        nouns: what the rows are, in the phrases of buttons and messages.
        ask_colour: called to pick a colour (tests replace it).

    Signals:
        changed: a cell was edited, or a row added, removed or moved.
    """

    changed = Signal()

    def __init__(
        self,
        name: str,
        nouns: Nouns,
        columns: Sequence[Column],
        parent: QWidget | None = None,
        *,
        wrap_rows: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(nouns.plural)
        self.nouns = nouns
        self.columns = tuple(columns)
        self.ask_colour: Callable[[QColor, QWidget, str], QColor | None] = ask_colour
        self._loading = False

        self.grid = _Grid(0, len(self.columns), self)
        self.grid.setObjectName(f"{name}Grid")
        self.grid.setAccessibleName(nouns.plural)
        how = (
            self.tr(
                "Arrow keys move between cells; type or press F2 to edit. Enter on a colour "
                "opens the colour chooser."
            )
            if any(c.kind == "colour" for c in self.columns)
            else self.tr("Arrow keys move between cells; type or press F2 to edit.")
        )
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

        self.add_button = self._button(nouns.add, "Add", nouns.add_tip)
        self.remove_button = self._button(self.tr("&Remove"), "Remove", nouns.remove_tip)
        self.up_button = self._button(self.tr("Move &up"), "Up", nouns.up_tip)
        self.down_button = self._button(self.tr("Move &down"), "Down", nouns.down_tip)
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
                item.setToolTip(self.tr("Press Enter, double-click or use “Colour…” to choose."))
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
        name = clean_text(self.value(row, self.columns[0].key)) if column else ""
        #: The accessible name of a cell's editor: "Quota of Pilot", "Name of domain 2".
        return self.tr("{column} of {row}").format(
            column=self.columns[column].header, row=name or self.nouns.row(row)
        )

    # --- colours --------------------------------------------------------------------------

    def choose_colour(self, row: int | None = None, key: str | None = None) -> None:
        """Asks for a colour for a row's colour cell (the current row by default)."""
        row = self.grid.currentRow() if row is None else row
        colour_keys = [c.key for c in self.columns if c.kind == "colour"]
        key = key or (colour_keys[0] if colour_keys else None)
        if key is None or not 0 <= row < self.row_count():
            return
        name = clean_text(self.value(row, self.columns[0].key)) or self.nouns.row(row)
        title = self.tr("Colour of {name}").format(name=name)
        picked = self.ask_colour(QColor(self.value(row, key)), self, title)
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


class Message(QWidget):
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
        self.label.setAccessibleName(self.tr("Problem on this page"))
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
