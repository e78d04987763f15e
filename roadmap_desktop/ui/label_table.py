"""The Labels tab's table in Workshop ▸ Settings: each domain and category of the workshop with
its short label, the text a narrow card or the projector shows when the full name does not
fit ("Pilot" for "Strategy / demonstration / pilot").

Only the short label is edited here; the kind and the name are shown, not edited. An empty
short label means the name itself, and the cell shows the name, greyed, in its place. What
the table holds becomes the "labels" section of configure_workshop.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from roadmap_desktop.domain.rules import SHORT_NAME_MAX
from roadmap_desktop.services.views import CategoryView, DomainView
from roadmap_desktop.ui.spec_table import clean_text

KIND, NAME, SHORT = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the store id of the row's domain or category
SECTION_ROLE = Qt.ItemDataRole.UserRole + 3  # "domains" or "categories"
NAME_ROLE = Qt.ItemDataRole.UserRole + 4  # the full name (on the short label's cell)
SECTIONS = ("domains", "categories")
translate = QCoreApplication.translate

Labels = dict[str, list[dict[str, Any]]]
Index = QModelIndex | QPersistentModelIndex


class _LabelDelegate(QStyledItemDelegate):
    """The short label's editor (a line edit showing the name as its placeholder, with an
    accessible name that says whose label it is) and, for an empty label, the name painted
    greyed and in italics where the label would be."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        line = QLineEdit(parent)
        name = str(index.data(NAME_ROLE) or "")
        line.setPlaceholderText(name)
        line.setMaxLength(SHORT_NAME_MAX)
        line.setAccessibleName(self.tr("Short label of {name}").format(name=name))
        line.setAccessibleDescription(
            self.tr("At most {most} characters. Leave it empty to show the full name.").format(
                most=SHORT_NAME_MAX
            )
        )
        line.textEdited.connect(lambda _t, e=line: self.commitData.emit(e))
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if not (isinstance(editor, QLineEdit) and editor.text() == index.data()):
            super().setEditorData(editor, index)  # (same text: keep the cursor where it is)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.column() == SHORT and not option.text:
            option.text = str(index.data(NAME_ROLE) or "")
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
            option.font.setItalic(True)
            muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
            option.palette.setColor(QPalette.ColorRole.Text, muted)


class LabelTable(QTableWidget):
    """Each domain, then each category, of a workshop: kind, name, short label (editable).

    Attributes:
        loaded: the labels as last loaded, cleaned (the baseline `changed` compares with).

    Signals:
        changed: a short label was edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("labelsTable")
        self.setAccessibleName(self.tr("Short labels"))
        self.setAccessibleDescription(
            self.tr(
                "Each domain and category with its short label. Arrow keys move between rows; "
                "type or press F2 to edit a short label. Leave it empty to show the full name."
            )
        )
        self.loaded: Labels = {section: [] for section in SECTIONS}
        self._loading = False
        headings = (
            (self.tr("Kind"), self.tr("Domain or category.")),
            (
                self.tr("Name"),
                self.tr("The full name, shown wherever it fits (change it where it was made)."),
            ),
            (
                self.tr("Short label"),
                self.tr(
                    "Shown on a card too narrow for the name; at most {most} characters. "
                    "Empty: the name."
                ).format(most=SHORT_NAME_MAX),
            ),
        )
        for column, (text, tip) in enumerate(headings):
            heading = QTableWidgetItem(text)
            heading.setToolTip(tip)
            self.setHorizontalHeaderItem(column, heading)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SHORT, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(SHORT, 200)
        self.verticalHeader().setVisible(False)
        self.setItemDelegate(_LabelDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(150)
        self.itemChanged.connect(self._on_item_changed)
        # The keyboard always edits the short label, whichever cell of the row was clicked.
        self.currentCellChanged.connect(self._keep_on_label)

    # --- reading and writing --------------------------------------------------------------

    def load(self, domains: Sequence[DomainView], categories: Sequence[CategoryView]) -> None:
        """Shows the workshop's domains and categories; the baseline for `changed`."""
        self._loading = True
        try:
            self.setRowCount(0)
            kinds = {"domains": self.tr("Domain"), "categories": self.tr("Category")}
            for section in SECTIONS:
                kind = kinds[section]
                rows: Sequence[DomainView | CategoryView] = (
                    domains if section == "domains" else categories
                )
                for view in rows:
                    colour = view.color if isinstance(view, DomainView) else None
                    self._append(section, kind, view.id, view.name, view.short_name, colour)
        finally:
            self._loading = False
        if self.rowCount():
            self.setCurrentCell(0, SHORT)
        self.loaded = self.labels()

    def _append(
        self, section: str, kind: str, row_id: int, name: str, short: str, colour: str | None
    ) -> None:
        row = self.rowCount()
        self.insertRow(row)
        shown = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind_item = QTableWidgetItem(kind)
        kind_item.setFlags(shown)
        kind_item.setData(ID_ROLE, row_id)
        kind_item.setData(SECTION_ROLE, section)
        name_item = QTableWidgetItem(name)
        name_item.setFlags(shown)
        name_item.setToolTip(name)
        if colour is not None and QColor.isValidColorName(colour):
            name_item.setData(Qt.ItemDataRole.DecorationRole, QColor(colour))
        short_item = QTableWidgetItem(short)
        short_item.setFlags(shown | Qt.ItemFlag.ItemIsEditable)
        short_item.setData(NAME_ROLE, name)
        self._describe(short_item)
        for column, item in ((KIND, kind_item), (NAME, name_item), (SHORT, short_item)):
            self.setItem(row, column, item)

    def short_item(self, section: str, row_id: int) -> QTableWidgetItem:
        """The short label's cell of a domain or category, by its id."""
        for row in range(self.rowCount()):
            kind = self._cell(row, KIND)
            if kind.data(SECTION_ROLE) == section and kind.data(ID_ROLE) == row_id:
                return self._cell(row, SHORT)
        raise KeyError((section, row_id))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None, "load() fills every cell"
        return item

    def labels(self) -> Labels:
        """The table as configure_workshop's labels section: every row, cleaned, in order."""
        out: Labels = {section: [] for section in SECTIONS}
        for row in range(self.rowCount()):
            kind = self._cell(row, KIND)
            out[str(kind.data(SECTION_ROLE))].append(
                {
                    "id": int(kind.data(ID_ROLE)),
                    "short_name": clean_text(self._cell(row, SHORT).text()),
                }
            )
        return out

    def has_changes(self) -> bool:
        return self.labels() != self.loaded

    def commit_edits(self) -> None:
        """Writes back a label that is being edited (before OK or Apply reads the table)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            delegate = self.itemDelegate()
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # --- state ----------------------------------------------------------------------------

    @staticmethod
    def _describe(item: QTableWidgetItem) -> None:
        """What a screen reader says for the cell: the label, or that the name is shown."""
        name = str(item.data(NAME_ROLE) or "")
        label = clean_text(item.text())
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            label
            or translate("LabelTable", "No short label: {name} is shown in full").format(name=name),
        )
        item.setToolTip(
            translate("LabelTable", "On a narrow card: {label}").format(label=label)
            if label
            else translate("LabelTable", "No short label: cards show {name}").format(name=name)
        )

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != SHORT:
            return
        self._loading = True
        try:
            self._describe(item)
        finally:
            self._loading = False
        self.changed.emit()

    def _keep_on_label(self, row: int, column: int, _old_row: int, _old_column: int) -> None:
        if row >= 0 and column != SHORT:
            self.setCurrentCell(row, SHORT)
