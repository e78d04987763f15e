"""What a presenter screen shows, as a list of placed things (texts, boxes, lines, pictures
and cards) laid out for one screen size, then painted. Every mode lays out a Scene and the
canvas paints it: tests check the scene (no text under 18 pt, none overlapping another,
none cut but at a word), and what they check is what the room sees."""

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from roadmap_desktop.services.views import ProposalView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.board.card_context import SHAPES, CardContext
from roadmap_desktop.ui.board.card_delegate import draw_shape, paint_card
from roadmap_desktop.ui.board.card_layout import CardLayout, wrap_words

MIN_PT = 18.0  # nothing on the projector is smaller


@dataclass(frozen=True, slots=True)
class Text:
    rect: QRectF
    text: str
    full: str
    font: QFont
    colour: str = theme.INK
    role: str = ""

    @property
    def cut(self) -> bool:
        return self.text != self.full


@dataclass(frozen=True, slots=True)
class Box:
    rect: QRectF
    fill: str
    radius: float = 0.0
    outline: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    start: QPointF
    end: QPointF
    colour: str
    width: float = 2.0
    dashed: bool = False


@dataclass(frozen=True, slots=True)
class Picture:
    rect: QRectF
    image: QImage
    name: str  # what it shows, for a screen reader and for tests ("joinCode")


@dataclass(frozen=True, slots=True)
class Chip:
    """A domain's shape and colour."""

    centre: QPointF
    radius: float
    shape: str
    colour: str


@dataclass(frozen=True, slots=True)
class Card:
    at: QPointF
    layout: CardLayout
    card: ProposalView


@dataclass
class Scene:
    items: list[Text | Box | Rule | Picture | Chip | Card] = field(default_factory=list)

    def add(self, item: Text | Box | Rule | Picture | Chip | Card) -> None:
        self.items.append(item)

    def texts(self) -> Iterator[Text]:
        """Every text, the cards' pieces included (placed where they are painted)."""
        for item in self.items:
            if isinstance(item, Text):
                yield item
            elif isinstance(item, Card):
                for piece in item.layout.pieces:
                    yield Text(
                        piece.rect.translated(item.at),
                        piece.text,
                        piece.full,
                        piece.font,
                        role=f"card {piece.role}",
                    )

    def pictures(self) -> Iterator[Picture]:
        return (item for item in self.items if isinstance(item, Picture))

    def spoken(self) -> str:
        """The scene's words in reading order, for a screen reader."""
        return "\n".join(t.full for t in self.texts() if t.full)


class Type:
    """The presenter's fonts: a unit (the body size, in points) that grows with the screen,
    never below MIN_PT."""

    def __init__(self, base: QFont, height_px: int) -> None:
        self.base = base
        self.unit = max(MIN_PT, height_px / 38)
        self._fonts: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}

    def font(self, scale: float = 1.0, *, bold: bool = False) -> tuple[QFont, QFontMetricsF]:
        key = (max(MIN_PT, self.unit * scale), bold)
        found = self._fonts.get(key)
        if found is None:
            font = QFont(self.base)
            font.setPointSizeF(key[0])
            font.setBold(bold)
            found = self._fonts[key] = (font, QFontMetricsF(font))
        return found


def line(
    scene: Scene, kind: Type, text: str, x: float, y: float, width: float, **style: Any
) -> float:
    """One line of text at (x, y), cut at a word to width; returns the y under it. style:
    as paragraph's (scale, bold, colour, right, role)."""
    return paragraph(scene, kind, text, x, y, width, 1, **style)


def heading(scene: Scene, kind: Type, text: str, rect: QRectF, role: str) -> float:
    """A screen's heading at the top of rect, one line; returns the y under it."""
    return line(
        scene, kind, text, rect.left(), rect.top(), rect.width(), scale=1.3, bold=True, role=role
    )


def chip(
    scene: Scene, kind: Type, metrics: QFontMetricsF, x: float, top: float, place: int, colour: str
) -> float:
    """A domain's shape (by its place among the workshop's domains) and colour before a line of
    text whose top is at top; returns where the text starts."""
    radius = metrics.ascent() * 0.36
    centre = QPointF(x + radius, top + metrics.ascent() * 0.64)
    scene.add(Chip(centre, radius, SHAPES[place % len(SHAPES)], colour))
    return x + 2 * radius + kind.unit * 0.4


def paragraph(
    scene: Scene,
    kind: Type,
    text: str,
    x: float,
    y: float,
    width: float,
    lines: int,
    *,
    scale: float = 1.0,
    bold: bool = False,
    colour: str = theme.INK,
    right: bool = False,
    role: str = "",
) -> float:
    """Word-wrapped into at most `lines` lines, the last cut at a word (right: each line
    ending at x + width); returns the y under it."""
    font, metrics = kind.font(scale, bold=bold)
    wrapped = wrap_words(text, metrics, width, lines)
    whole = " ".join(wrapped) == " ".join(text.split())
    for one in wrapped:
        advance = metrics.horizontalAdvance(one)
        left = x + width - advance if right else x
        rect = QRectF(left, y, advance, metrics.lineSpacing())
        scene.add(Text(rect, one, one if whole else text, font, colour, role))
        y += metrics.lineSpacing()
    return y if wrapped or lines != 1 else y + metrics.lineSpacing()


# -- painting ------------------------------------------------------------------------------


def paint_scene(painter: QPainter, scene: Scene, context: CardContext) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for item in scene.items:
        if isinstance(item, Box):
            painter.setPen(QPen(QColor(item.outline), 1) if item.outline else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(item.fill))
            painter.drawRoundedRect(item.rect, item.radius, item.radius)
        elif isinstance(item, Text):
            painter.setFont(item.font)
            painter.setPen(QColor(item.colour))
            painter.drawText(item.rect, 0, item.text)
        elif isinstance(item, Rule):
            pen = QPen(QColor(item.colour), item.width)
            if item.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(item.start, item.end)
        elif isinstance(item, Picture):
            painter.drawImage(item.rect, item.image)
        elif isinstance(item, Chip):
            draw_shape(painter, item.shape, item.centre, item.radius, QColor(item.colour))
        elif isinstance(item, Card):
            painter.save()
            painter.translate(item.at)
            paint_card(painter, item.layout, context, item.card)
            painter.restore()
