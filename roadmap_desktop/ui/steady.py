"""Labels that keep their room whatever they say, so nothing moves under the mouse when a
count or a warning appears: a count as wide as its widest text, a note one line high that
keeps its line while hidden."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def reserve_width(label: QLabel, *widest: str) -> None:
    """Fixes the label's width to the widest of the texts it may show."""
    label.ensurePolished()
    metrics = label.fontMetrics()
    margins = label.contentsMargins()
    room = max(metrics.horizontalAdvance(text) for text in widest)
    label.setFixedWidth(room + margins.left() + margins.right() + 2 * label.margin() + 4)


def keep_room_when_hidden(widget: QWidget) -> None:
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


class NoteLine(QLabel):
    """A one-line note of plain text: always one line high (empty, hidden or shown), as wide
    as the layout gives it; text that does not fit ends in "…" and (tip=True) the tooltip
    then holds the whole. text() and the accessible text stay whole."""

    def __init__(self, parent: QWidget | None = None, *, tip: bool = True) -> None:
        super().__init__(parent)
        self._tip = tip
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def _height(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().height() + margins.top() + margins.bottom() + 2 * self.margin()

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(0, self._height())

    def setText(self, text: str) -> None:  # Qt override
        super().setText(text)
        self._update_tip()

    def clear(self) -> None:  # Qt override
        super().clear()
        self._update_tip()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._update_tip()

    def _shown(self) -> str:
        room = self.contentsRect().width() - 2 * self.margin()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def _update_tip(self) -> None:
        if self._tip:
            self.setToolTip(self.text() if self._shown() != self.text() else "")

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(
            self.margin(), self.margin(), -self.margin(), -self.margin()
        )
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self._shown(),
            self.foregroundRole(),
        )
