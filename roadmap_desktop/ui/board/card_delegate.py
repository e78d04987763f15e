"""Paints a proposal card: white on the lane's grey, rounded, a soft shadow; bold title (two
lines at most), department in grey, the domain chip (shape, colour and name), the category
tag, the score badge or "n of N voted" at the right, and the budget mark ("Must fund" in the
accent colour, "Must not" in the warning colour) — where card_layout puts them."""

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from roadmap_desktop.services.views import ProposalView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.board.card_context import CardContext, discuss_flag, funding_mark
from roadmap_desktop.ui.board.card_layout import DENSITIES, CardLayout, CardType, lay_out_card
from roadmap_desktop.ui.board.card_model import CARD_ROLE

__all__ = ["DENSITIES", "CardDelegate", "draw_shape", "paint_card"]

Index = QModelIndex | QPersistentModelIndex

# Colours made once: a board repaints dozens of cards on every move.
_SHADOW = QColor(15, 23, 42, 28)
_WHITE = QColor("#FFFFFF")
_SELECTED = QColor("#EAF2FB")
_EDGE = QPen(QColor("#D5DAE1"), 1)
_OUTLINE = QColor("#1F2933")
_TAG_EDGE = QPen(QColor("#9AA5B1"), 1)
_TAG_FILL = QColor("#F3F5F7")
_INK = QColor(theme.INK)
_MUTED = QColor(theme.MUTED)
_WARNING = QColor(theme.WARNING)
_ACCENT = QColor(theme.ACCENT)
# The budget mark: its words say which rule (never the colour alone).
_MARK_INK = {"must": _ACCENT, "never": _WARNING}
_MARK_EDGE = {"must": QPen(_ACCENT, 1), "never": QPen(_WARNING, 1)}
_COLOURS = {"title": _INK, "score": _INK, "domain": _INK, "department": _MUTED}


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


def paint_card(
    painter: QPainter,
    layout: CardLayout,
    context: CardContext,
    card: ProposalView,
    *,
    selected: bool = False,
    focus: bool = False,
) -> None:
    """Paints a card from its layout (the painter's opacity says whether it is dimmed)."""
    box = layout.box
    shadow = QPainterPath()
    shadow.addRoundedRect(box.translated(0, 2), 8, 8)
    painter.fillPath(shadow, _SHADOW)
    path = QPainterPath()
    path.addRoundedRect(box, 8, 8)
    painter.fillPath(path, _SELECTED if selected else _WHITE)
    painter.setPen(QPen(QColor(theme.ACCENT), 2.5) if selected or focus else _EDGE)
    painter.setBrush(Qt.BrushStyle.NoBrush)  # the outline only: the fill is done
    painter.drawPath(path)
    if layout.chip is not None and card.domain_id in context.domains:
        centre, radius = layout.chip
        colour = QColor(context.domains[card.domain_id].color)
        draw_shape(painter, context.shape_of(card.domain_id), centre, radius, colour)
    if layout.tag is not None:
        painter.setPen(_TAG_EDGE)
        painter.setBrush(_TAG_FILL)
        painter.drawRoundedRect(layout.tag, 4, 4)
    if layout.mark is not None:
        painter.setPen(_MARK_EDGE.get(card.funding, _TAG_EDGE))
        painter.setBrush(_TAG_FILL)
        painter.drawRoundedRect(layout.mark, 4, 4)
    flag = discuss_flag()
    for piece in layout.pieces:
        painter.setFont(piece.font)
        if piece.role == "note":
            painter.setPen(_WARNING if flag in piece.full.split(" · ") else _MUTED)
        elif piece.role == "funding":
            painter.setPen(_MARK_INK.get(card.funding, _INK))
        else:
            painter.setPen(_COLOURS.get(piece.role, _MUTED))
        painter.drawText(piece.rect, 0, piece.text)


class CardDelegate(QStyledItemDelegate):
    """Draws cards at a density and zoom the board sets."""

    def __init__(self, context: CardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.density = DENSITIES["normal"]
        self.zoom = 1.0
        self.dimmed: set[int] = set()  # cards that do not match the filter
        self._types: dict[tuple[str, str, float], CardType] = {}
        self._layouts: dict[tuple, CardLayout] = {}

    def card_type(self, base: QFont) -> CardType:
        key = (base.key(), self.density.name, self.zoom)
        found = self._types.get(key)
        if found is None:
            found = self._types[key] = CardType.make(base, self.density, self.zoom)
        return found

    def layout(self, card: ProposalView, rect: QRectF, base: QFont) -> CardLayout:
        """The card's layout in an item rectangle (kept: a repaint lays out nothing again)."""
        ctx = self.context
        domain = ctx.domains.get(card.domain_id) if card.domain_id is not None else None
        category = ctx.categories.get(card.category_id) if card.category_id is not None else None
        badge = ctx.badge(card)
        mark = funding_mark(card.funding)
        kind = self.card_type(base)
        key = (
            kind.title.key(),
            self.density.name,
            self.zoom,
            rect.width(),
            card.title,
            card.department,
            domain,
            category,
            badge,
            mark,
        )
        found = self._layouts.get(key)
        if found is None:
            if len(self._layouts) > 20_000:
                self._layouts.clear()
            found = self._layouts[key] = lay_out_card(
                card,
                kind,
                QRectF(0, 0, rect.width(), rect.height()),
                domain=domain,
                category=category,
                badge=badge,
                mark=mark,
            )
        return found

    def card_height(self, base: QFont) -> int:
        return self.card_type(base).card_height()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(max(option.rect.width(), 160), self.card_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card: ProposalView | None = index.data(CARD_ROLE)
        if card is None:
            return
        rect = QRectF(option.rect)
        layout = self.layout(card, rect, option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if card.id in self.dimmed:
            painter.setOpacity(0.3)
        painter.translate(rect.topLeft())
        state = option.state
        paint_card(
            painter,
            layout,
            self.context,
            card,
            selected=bool(state & QStyle.StateFlag.State_Selected),
            focus=bool(state & QStyle.StateFlag.State_HasFocus),
        )
        painter.restore()
