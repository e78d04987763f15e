"""What a presenter screen shows, as a list of placed things (texts, boxes, lines, pictures
and cards) laid out for one screen size, then painted. Every mode lays out a Scene and the
canvas paints it: tests check the scene (no text under 18 pt, none overlapping another,
none cut but at a word), and what they check is what the room sees."""

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from roadmap_desktop.services.views import ProposalView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.board.card_context import CardContext
from roadmap_desktop.ui.board.card_delegate import draw_shape, paint_card
from roadmap_desktop.ui.board.card_layout import CardLayout, cut_at_word, wrap_words

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
    scene: Scene,
    kind: Type,
    text: str,
    x: float,
    y: float,
    width: float,
    *,
    scale: float = 1.0,
    bold: bool = False,
    colour: str = theme.INK,
    right: bool = False,
    role: str = "",
) -> float:
    """One line of text at (x, y), cut at a word to width (right: ending at x + width);
    returns the y under it."""
    font, metrics = kind.font(scale, bold=bold)
    shown = cut_at_word(text, metrics, width)
    if shown:
        advance = metrics.horizontalAdvance(shown)
        left = x + width - advance if right else x
        scene.add(
            Text(QRectF(left, y, advance, metrics.lineSpacing()), shown, text, font, colour, role)
        )
    return y + metrics.lineSpacing()


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
    role: str = "",
) -> float:
    """Word-wrapped into at most `lines` lines, the last cut at a word; returns the y under."""
    font, metrics = kind.font(scale, bold=bold)
    wrapped = wrap_words(text, metrics, width, lines)
    shown = " ".join(wrapped)
    for one in wrapped:
        full = text if shown != " ".join(text.split()) else one
        rect = QRectF(x, y, metrics.horizontalAdvance(one), metrics.lineSpacing())
        scene.add(Text(rect, one, full, font, colour, role))
        y += metrics.lineSpacing()
    return y


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
