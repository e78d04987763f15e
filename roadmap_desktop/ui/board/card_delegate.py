"""Paints a proposal card: white on the lane's grey, rounded, a soft shadow; bold title (two
lines at most), department in grey, the domain chip (shape, colour and name), the category
tag, and the score badge or "n of N voted" at the right."""

import math
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from roadmap_desktop.services.views import ProposalView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.board.card_context import CardContext
from roadmap_desktop.ui.board.card_model import CARD_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Density:
    """Sizes of one card density, in points at zoom 1."""

    name: str
    title_pt: float
    small_pt: float
    title_lines: int
    show_department: bool
    padding: float


DENSITIES = {
    "compact": Density("compact", 10.5, 9.0, 1, False, 6),
    "normal": Density("normal", 11.5, 9.5, 2, True, 10),
    "large": Density("large", 18.0, 18.0, 2, True, 14),  # projector: nothing under 18 pt
}


@dataclass(frozen=True)
class _Type:
    """The fonts and metrics a card is painted with, at one density, zoom and base font:
    made once (making fonts and metrics costs more than the text they measure)."""

    small: QFont
    small_metrics: QFontMetricsF
    title: QFont
    title_metrics: QFontMetricsF
    big: QFont
    big_metrics: QFontMetricsF


# Colours made once: a board repaints dozens of cards on every move.
_SHADOW = QColor(15, 23, 42, 28)
_WHITE = QColor("#FFFFFF")
_SELECTED = QColor("#EAF2FB")
_EDGE = QPen(QColor("#D5DAE1"), 1)
_OUTLINE = QColor("#1F2933")
_TAG_EDGE = QPen(QColor("#9AA5B1"), 1)
_TAG_FILL = QColor("#F3F5F7")


def _wrap(text: str, metrics: QFontMetricsF, width: float, lines: int) -> list[str]:
    """Word-wrapped into at most `lines` lines, the last elided with "…"."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:  # one very long word
            words.insert(0, line)
            break
        out.append(line)
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return out


def draw_shape(
    painter: QPainter, shape: str, centre: QPointF, radius: float, colour: QColor
) -> None:
    painter.save()
    painter.setPen(QPen(_OUTLINE, 0.8))
    painter.setBrush(colour)
    if shape == "square":
        painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
    elif shape in ("triangle", "diamond", "hexagon", "star"):
        corners = {"triangle": 3, "diamond": 4, "hexagon": 6, "star": 10}[shape]
        points = []
        for i in range(corners):
            r = radius * (
                0.45 if shape == "star" and i % 2 else 1.15 if shape == "triangle" else 1.0
            )
            angle = -math.pi / 2 + 2 * math.pi * i / corners
            points.append(
                QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))
            )
        painter.drawPolygon(QPolygonF(points))
    else:
        painter.drawEllipse(centre, radius, radius)
    painter.restore()


class CardDelegate(QStyledItemDelegate):
    """Draws cards at a density and zoom the board sets."""

    def __init__(self, context: CardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.density = DENSITIES["normal"]
        self.zoom = 1.0
        self.dimmed: set[int] = set()  # cards that do not match the filter
        self._types: dict[tuple[str, str, float], _Type] = {}
        self._lines: dict[tuple[str, str, float, int], tuple[str, ...]] = {}

    def _title_lines(self, kind: _Type, text: str, width: float) -> tuple[str, ...]:
        """The title wrapped for the card's width (kept: a repaint wraps nothing again)."""
        key = (kind.title.key(), text, width, self.density.title_lines)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) > 20_000:
                self._lines.clear()
            found = self._lines[key] = tuple(
                _wrap(text, kind.title_metrics, width, self.density.title_lines)
            )
        return found

    def _type(self, base: QFont) -> _Type:
        key = (base.key(), self.density.name, self.zoom)
        found = self._types.get(key)
        if found is None:
            d = self.density
            small = self._font(base, d.small_pt)
            title = self._font(base, d.title_pt, True)
            big = self._font(base, d.title_pt * 1.25, True)
            found = self._types[key] = _Type(
                small,
                QFontMetricsF(small),
                title,
                QFontMetricsF(title),
                big,
                QFontMetricsF(big),
            )
        return found

    def _font(self, base: QFont, points: float, bold: bool = False) -> QFont:
        font = QFont(base)
        font.setPointSizeF(points * self.zoom)
        font.setBold(bold)
        return font

    def card_height(self, base: QFont) -> int:
        d = self.density
        title = QFontMetricsF(self._font(base, d.title_pt, True)).lineSpacing() * d.title_lines
        small = QFontMetricsF(self._font(base, d.small_pt)).lineSpacing()
        # normal and large: department, domain chip and category tag rows; compact: one row
        rows = title + small * (3.9 if d.show_department else 1.5)
        return math.ceil(rows + 2 * d.padding * self.zoom + 10)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(max(option.rect.width(), 160), self.card_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: ProposalView | None = index.data(CARD_ROLE)
        if card is None:
            return
        d, zoom = self.density, self.zoom
        pad = d.padding * zoom
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if card.id in self.dimmed:
            painter.setOpacity(0.3)
        box = QRectF(option.rect).adjusted(6, 4, -6, -6)
        shadow = QPainterPath()
        shadow.addRoundedRect(box.translated(0, 2), 8, 8)
        painter.fillPath(shadow, _SHADOW)
        path = QPainterPath()
        path.addRoundedRect(box, 8, 8)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillPath(path, _SELECTED if selected else _WHITE)
        focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.setPen(QPen(QColor(theme.ACCENT), 2.5) if selected or focus else _EDGE)
        painter.drawPath(path)

        inner = box.adjusted(pad, pad * 0.8, -pad, -pad * 0.8)
        kind = self._type(option.font)
        small, small_metrics = kind.small, kind.small_metrics
        title_metrics = kind.title_metrics
        painter.setFont(kind.title)
        painter.setPen(QColor(theme.INK))
        y = inner.top()
        lines = self._title_lines(kind, card.title, inner.width())
        for line in lines:
            painter.drawText(QPointF(inner.left(), y + title_metrics.ascent()), line)
            y += title_metrics.lineSpacing()
        # The badge sits at the bottom right, so the title keeps the card's full width. In
        # normal and large density the category gets a row of its own, so it is never cut short.
        big, note = self.context.badge(card)
        tag_row = small_metrics.height() + 8 if d.show_department else 0.0
        chips = inner.adjusted(0, 0, 0, -tag_row)
        badge = self._paint_badge(painter, chips, big, note, option.font) if big or note else 0.0
        painter.setFont(small)
        if d.show_department and card.department:
            painter.setPen(QColor(theme.MUTED))
            room = inner.width() - (badge if big else 0)
            text = small_metrics.elidedText(card.department, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QPointF(inner.left(), y + small_metrics.ascent()), text)
        baseline = chips.bottom() - small_metrics.descent()
        right = chips.right() - badge
        x = self._paint_domain(painter, card, inner.left(), right, baseline, small_metrics)
        if d.show_department:
            x, right = inner.left(), inner.right()
            baseline = inner.bottom() - small_metrics.descent() - 2
        self._paint_category(painter, card, x, right, baseline, small_metrics)
        painter.restore()

    def _paint_badge(
        self, painter: QPainter, inner: QRectF, big: str, note: str, base: QFont
    ) -> float:
        kind = self._type(base)
        big_font, small_font = kind.big, kind.small
        big_metrics, small_metrics = kind.big_metrics, kind.small_metrics
        width = max(big_metrics.horizontalAdvance(big), small_metrics.horizontalAdvance(note)) + 10
        right = inner.right()
        note_baseline = inner.bottom() - small_metrics.descent()
        painter.setFont(small_font)
        painter.setPen(QColor(theme.WARNING if "discuss" in note else theme.MUTED))
        painter.drawText(
            QPointF(right - small_metrics.horizontalAdvance(note), note_baseline), note
        )
        if big:
            painter.setFont(big_font)
            painter.setPen(QColor(theme.INK))
            big_baseline = note_baseline - small_metrics.ascent() - big_metrics.descent() - 1
            painter.drawText(QPointF(right - big_metrics.horizontalAdvance(big), big_baseline), big)
        return width

    def _paint_domain(
        self,
        painter: QPainter,
        card: ProposalView,
        x: float,
        right: float,
        baseline: float,
        metrics: QFontMetricsF,
    ) -> float:
        """The domain's shape, colour and name (elided before `right`); returns where the next
        item may start."""
        domain = self.context.domains.get(card.domain_id) if card.domain_id is not None else None
        if domain is None:
            return x
        radius = metrics.ascent() * 0.36
        centre = QPointF(x + radius, baseline - metrics.ascent() * 0.36)
        draw_shape(
            painter, self.context.shape_of(card.domain_id), centre, radius, QColor(domain.color)
        )
        x += 2 * radius + 5
        painter.setPen(QColor(theme.INK))
        name = metrics.elidedText(domain.name, Qt.TextElideMode.ElideRight, max(right - x - 6, 0))
        painter.drawText(QPointF(x, baseline), name)
        return x + metrics.horizontalAdvance(name) + 12

    def _paint_category(
        self,
        painter: QPainter,
        card: ProposalView,
        x: float,
        right: float,
        baseline: float,
        metrics: QFontMetricsF,
    ) -> None:
        """The category as a small tag, elided only when the card is very narrow."""
        category = (
            self.context.categories.get(card.category_id) if card.category_id is not None else None
        )
        if category is None or x > right - 30:
            return
        text = metrics.elidedText(category.name, Qt.TextElideMode.ElideRight, right - x - 10)
        tag = QRectF(
            x,
            baseline - metrics.ascent() - 2,
            metrics.horizontalAdvance(text) + 10,
            metrics.height() + 4,
        )
        painter.setPen(_TAG_EDGE)
        painter.setBrush(_TAG_FILL)
        painter.drawRoundedRect(tag, 4, 4)
        painter.setPen(QColor(theme.MUTED))
        painter.drawText(QPointF(x + 5, baseline), text)
