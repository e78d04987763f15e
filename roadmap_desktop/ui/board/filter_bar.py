"""The board's filter bar: a search field, domain / category / department choices, "Hide
non-matching", and how many proposals match.

The bar only says what the user wants (signal `changed`); the board applies it with
`card_filter.apply_filter` and reports back through `show_count`. The count keeps the width
of its widest text, shown or not: the search field never moves under the mouse.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from roadmap_desktop.services.views import CategoryView, DomainView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.board.card_context import SHAPES
from roadmap_desktop.ui.board.card_delegate import draw_shape
from roadmap_desktop.ui.board.card_filter import CardFilter, fold
from roadmap_desktop.ui.steady import reserve_width

DEBOUNCE_MS = 120
WIDEST_COUNTS = ((9999, 9999), (1, 9999), (1, 1), (0, 1))  # the room the count keeps


def _domain_icon(index: int, colour: str) -> QIcon:
    """The domain's shape in its colour, as on the cards (shapes follow the domains' order)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_shape(painter, SHAPES[index % len(SHAPES)], QPointF(7, 7), 5, QColor(colour))
    painter.end()
    return QIcon(pixmap)


class FilterBar(QWidget):
    """Signals:
    changed(CardFilter, bool): the filter and whether non-matching cards are hidden (else
        dimmed). Typing is debounced by DEBOUNCE_MS; the choices and the checkbox emit at once.
        Emitted only when the pair differs from the last one emitted.
    """

    changed = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.setAccessibleName(self.tr("Filter proposals"))

        self.search = QLineEdit(objectName="filterText")
        self.search.setPlaceholderText(self.tr("Search proposals (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search proposals"))
        self.search.setAccessibleDescription(
            self.tr(
                "Finds words in a proposal's title, summary, department, domain and category; "
                "case and accents do not matter. Escape clears the search."
            )
        )
        self.search.setMinimumWidth(200)
        self.search.installEventFilter(self)

        self.domain = self._combo(
            "filterDomain", self.tr("Filter by domain"), self.tr("All domains")
        )
        self.category = self._combo(
            "filterCategory", self.tr("Filter by category"), self.tr("All categories")
        )
        self.department = self._combo(
            "filterDepartment", self.tr("Filter by department"), self.tr("All departments")
        )

        self.hide_box = QCheckBox(self.tr("Hide non-matching"), objectName="filterHide")
        self.hide_box.setAccessibleName(self.tr("Hide non-matching proposals"))
        self.hide_box.setToolTip(
            self.tr("Hide the proposals that do not match, instead of dimming them")
        )

        self.count = QLabel(objectName="filterCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAccessibleName(self.tr("Proposals matching the filter"))
        self.count.setStyleSheet(f"color: {theme.MUTED};")
        reserve_width(self.count, *(self.count_text(m, t) for m, t in WIDEST_COUNTS))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(8)
        layout.addWidget(self.search, 3)
        for combo in (self.domain, self.category, self.department):
            layout.addWidget(combo, 1)
        layout.addWidget(self.hide_box)
        layout.addWidget(self.count)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._text_changed)
        for combo in (self.domain, self.category, self.department):
            combo.currentIndexChanged.connect(self._emit_now)
        self.hide_box.toggled.connect(self._emit_now)
        self._last: tuple[CardFilter, bool] = self.current()

    def _combo(self, name: str, accessible: str, everything: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)  # a longer choice shows whole in its tooltip
        combo.addItem(everything, None)
        combo.currentTextChanged.connect(combo.setToolTip)
        return combo

    # -- choices ------------------------------------------------------------------------

    def set_choices(
        self,
        domains: Sequence[DomainView],
        categories: Sequence[CategoryView],
        departments: Sequence[str],
    ) -> None:
        """Fills the choices (domains and categories in the given order, departments sorted,
        without blanks or repeats), keeping each current choice that is still offered."""
        names = {d.strip() for d in departments if d.strip()}
        self._fill(
            self.domain,
            [(d.name, d.id, _domain_icon(i, d.color)) for i, d in enumerate(domains)],
        )
        self._fill(self.category, [(c.name, c.id, None) for c in categories])
        self._fill(
            self.department,
            [(name, name, None) for name in sorted(names, key=lambda n: (fold(n), n))],
        )
        self._emit()  # a choice that disappeared falls back to "All …"

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, Any, QIcon | None]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data, icon in items:
                if icon is None:
                    combo.addItem(text, data)
                else:
                    combo.addItem(icon, text, data)
            found = combo.findData(current) if current is not None else -1
            combo.setCurrentIndex(max(found, 0))
        finally:
            combo.blockSignals(False)
        combo.setToolTip(combo.currentText())
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)  # long department names

    # -- state --------------------------------------------------------------------------

    def current(self) -> tuple[CardFilter, bool]:
        card_filter = CardFilter(
            text=self.search.text().strip(),
            domain_id=self.domain.currentData(),
            category_id=self.category.currentData(),
            department=self.department.currentData() or "",
        )
        return card_filter, self.hide_box.isChecked()

    def show_count(self, matches: int, total: int, active: bool) -> None:
        """ "12 of 36 proposals match" while a filter is active; nothing otherwise."""
        text = self.count_text(matches, total) if active else ""
        self.count.setText(text)
        self.count.setAccessibleDescription(text)

    def count_text(self, matches: int, total: int) -> str:
        """ "12 of 36 proposals match", "1 of 36 proposals matches". English has no catalog:
        each of its forms is a numerus message (by the matches) that a translation gives all
        its language's forms."""
        if total == 1:
            text = (
                self.tr("%n of {total} proposal matches", "", matches)
                if matches == 1
                else self.tr("%n of {total} proposal match", "", matches)
            )
        elif matches == 1:
            text = self.tr("%n of {total} proposals matches", "", matches)
        else:
            text = self.tr("%n of {total} proposals match", "", matches)
        return text.format(total=total)

    def clear(self) -> None:
        """Back to no filter (the hide choice stays); emits once."""
        for widget in (self.search, self.domain, self.category, self.department):
            widget.blockSignals(True)
        try:
            self.search.clear()
            for combo in (self.domain, self.category, self.department):
                combo.setCurrentIndex(0)
        finally:
            for widget in (self.search, self.domain, self.category, self.department):
                widget.blockSignals(False)
        self._emit_now()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- emitting -----------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        if text.strip():
            self._timer.start()  # restarts: emits DEBOUNCE_MS after the last keystroke
        else:
            self._emit_now()  # cleared (clear button, Esc, select-all-delete): show all now

    def _emit_now(self) -> None:
        self._timer.stop()  # pending typing goes out with this change
        self._emit()

    def _emit(self) -> None:
        state = self.current()
        if state != self._last:
            self._last = state
            self.changed.emit(*state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Esc in a non-empty search field clears it (at once), before any Esc shortcut."""
        if watched is self.search and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                if event.type() == QEvent.Type.KeyPress:
                    self.search.clear()
                    self._emit_now()
                event.accept()
                return True
        return super().eventFilter(watched, event)
