"""The look: our palette on Fusion, a drop indicator that shows from across the room, and
the documents' fallback fonts behind the UI's text."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyleOption

from roadmap_desktop.ui import theme


def test_the_palette_and_style_are_ours(qapp: QApplication):
    theme.apply(qapp)
    assert isinstance(qapp.style(), theme.BoardStyle)
    assert qapp.palette().color(QPalette.ColorRole.Text) == QColor(theme.INK)


def test_the_drop_indicator_is_a_thick_accent_bar(qapp: QApplication):
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOption()
    option.rect = QRect(0, 20, 200, 0)  # between two cards
    painter = QPainter(image)
    theme.BoardStyle("Fusion").drawPrimitive(
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemDrop, option, painter
    )
    painter.end()
    column = [image.pixelColor(100, y) for y in range(40)]
    accent = [y for y, c in enumerate(column) if c == QColor(theme.ACCENT)]
    assert len(accent) >= 3, "the bar is at least 3 px thick"


def _families(text: str, font: QFont) -> set[str]:
    """The fonts Qt draws text with, fallbacks included."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def test_chinese_and_emoji_on_a_card_are_drawn_with_the_bundled_fonts(qapp: QApplication):
    theme.apply(qapp)
    assert {"Noto Sans SC", "Noto Emoji"} <= set(theme.add_fallback_fonts())
    # Without an emoji font (Debian installs none by default) 🚲 would be an empty box.
    assert any("Emoji" in f for f in _families("Bike lanes 🚲", QFont(qapp.font())))
    assert _families("图书馆", QFont(qapp.font())) & {"Noto Sans SC", "Droid Sans Fallback"}
