"""The look: our palette on Fusion, and a drop indicator that shows from across the room."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
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
