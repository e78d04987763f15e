"""Our look: Qt's Fusion style with a calm light palette, the same on every OS; a stark
high-contrast palette when the system asks for more contrast; the documents' fallback fonts
(Noto Sans SC, Noto Emoji) registered, so a Chinese title or an emoji on a card is drawn as
it prints, even where the system has no such font."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from roadmap_desktop.bundled import resource

INK = "#1F2933"  # body text: 14.7:1 on white
MUTED = "#52606D"  # secondary text (department): 6.6:1 on white
LANE = "#EEF1F4"  # a lane's light grey behind white cards
ACCENT = "#0B5CAD"  # selection and links: 6.5:1 against white text
WARNING = "#B3261E"  # over a limit or quota
# The documents' fallbacks (resources/fonts): Qt falls back to them for what the UI font lacks.
FALLBACK_FONTS = ("NotoSansSC-Regular-Subset.ttf", "NotoEmoji-Regular.ttf")


def _light() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#F7F8FA",
        QPalette.ColorRole.WindowText: INK,
        QPalette.ColorRole.Base: "#FFFFFF",
        QPalette.ColorRole.AlternateBase: LANE,
        QPalette.ColorRole.Text: INK,
        QPalette.ColorRole.Button: "#FFFFFF",
        QPalette.ColorRole.ButtonText: INK,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.ToolTipBase: "#FFFFFF",
        QPalette.ColorRole.ToolTipText: INK,
        QPalette.ColorRole.PlaceholderText: MUTED,
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.Mid: "#C9CED6",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(MUTED))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(MUTED))
    return p


def _high_contrast() -> QPalette:
    p = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        p.setColor(role, QColor("#FFFFFF"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(role, QColor("#000000"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#000000"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    # Qt's defaults for these fall under 7:1 on white.
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#3D3D3D"))  # 11:1
    p.setColor(QPalette.ColorRole.Link, QColor("#003A8C"))  # 10.9:1
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFFF"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor("#000000"))
    return p


def wants_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "accessibility"):  # Qt < 6.10
        return False
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


class BoardStyle(QProxyStyle):
    """Fusion, with a drop indicator that reads from across the room: a thick accent bar
    between cards instead of a hairline."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (
            element == QStyle.PrimitiveElement.PE_IndicatorItemViewItemDrop
            and not option.rect.isNull()
        ):
            rect = option.rect
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ACCENT))
            if rect.height() == 0:  # between two cards: a bar
                painter.drawRoundedRect(
                    QRectF(rect.left() + 6, rect.top() - 2, rect.width() - 12, 4), 2, 2
                )
            else:  # onto the lane's empty part: an outline
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(ACCENT), 3))
                painter.drawRoundedRect(QRectF(rect).adjusted(3, 3, -3, -3), 8, 8)
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)


def add_fallback_fonts() -> list[str]:
    """Registers the bundled fallback fonts with Qt (once per process); returns their
    families."""
    families: list[str] = []
    for name in FALLBACK_FONTS:
        if name not in _ADDED:
            _ADDED[name] = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if _ADDED[name] >= 0:  # -1: the file could not be read; the UI goes on without it
            families += QFontDatabase.applicationFontFamilies(_ADDED[name])
    return families


_ADDED: dict[str, int] = {}  # font file → Qt's id for it


def apply(app: QApplication) -> None:
    """Fusion plus our palette; follows the system's contrast setting as it changes."""
    app.setStyle(BoardStyle("Fusion"))
    app.setPalette(palette())
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    add_fallback_fonts()
    if not _FOLLOWING:
        _FOLLOWING.append(app)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: follow_system(app))
        if hasattr(hints, "accessibility"):  # Qt ≥ 6.10
            hints.accessibility().contrastPreferenceChanged.connect(
                lambda _pref: follow_system(app)
            )


_FOLLOWING: list[QApplication] = []  # apply() connects to the system's settings once


def palette() -> QPalette:
    """The palette the system's contrast setting asks for now."""
    return _high_contrast() if wants_high_contrast() else _light()


def follow_system(app: QApplication) -> None:
    """The system's contrast or colour scheme changed: the palette follows, live."""
    app.setPalette(palette())
