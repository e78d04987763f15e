"""The look: our palette on Fusion, a drop indicator that shows from across the room, and
the documents' fallback fonts behind the UI's text."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPalette,
    QTextLayout,
)
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


# -- contrast (WCAG 2.x) ----------------------------------------------------------------------

R = QPalette.ColorRole
PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
    (R.Text, R.AlternateBase),
    (R.Link, R.Base),
]
# The board's own colours: text on cards (white, selected, tags), lane headers on a lane.
CARD_TEXT = (theme.INK, theme.MUTED, theme.ACCENT, theme.WARNING)
CARD_BACKGROUNDS = ("#FFFFFF", "#F7F8FA", theme.LANE, "#EAF2FB", "#F3F5F7")


def luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + (0.0722 * channel(colour.blueF()))
    )


def over(text: QColor, background: QColor) -> QColor:
    """A translucent text colour as it shows on its background."""
    a = text.alphaF()
    return QColor.fromRgbF(
        *(
            a * t + (1 - a) * b
            for t, b in zip(text.getRgbF()[:3], background.getRgbF()[:3], strict=True)
        )
    )


def contrast(text: QColor, background: QColor) -> float:
    light, dark = sorted((luminance(over(text, background)), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(
    ("palette", "least"), [(theme._light, 4.5), (theme._high_contrast, 7.0)], ids=["normal", "high"]
)
def test_every_text_colour_of_the_palettes_meets_wcag(palette, least):
    p = palette()
    ratios = {f"{fg.name}/{bg.name}": contrast(p.color(fg), p.color(bg)) for fg, bg in PAIRS}
    low = {pair: round(r, 2) for pair, r in ratios.items() if r < least}
    assert not low, f"under {least}:1: {low}"


@pytest.mark.parametrize("text", CARD_TEXT)
@pytest.mark.parametrize("background", CARD_BACKGROUNDS)
def test_the_boards_text_colours_meet_wcag(text: str, background: str):
    assert contrast(QColor(text), QColor(background)) >= 4.5


def test_the_palette_follows_the_systems_contrast_setting_live(qapp: QApplication, monkeypatch):
    theme.apply(qapp)
    try:
        monkeypatch.setattr(theme, "wants_high_contrast", lambda: True)
        hints = QGuiApplication.styleHints()
        hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
        assert qapp.palette().color(QPalette.ColorRole.Window) == QColor("#FFFFFF")
        assert qapp.palette().color(QPalette.ColorRole.Text) == QColor("#000000")
        monkeypatch.setattr(theme, "wants_high_contrast", lambda: False)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert qapp.palette().color(QPalette.ColorRole.Text) == QColor(theme.INK)
    finally:
        monkeypatch.undo()
        theme.follow_system(qapp)
