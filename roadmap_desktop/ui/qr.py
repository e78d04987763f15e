"""QR codes on screen: the room's Wi-Fi and the join page. A code is drawn by segno as PNG
at the largest whole number of pixels per module that fits the room the layout gives it
(crisp, never squeezed or clipped: a clipped code does not scan). The codes are the join
cards' own (export/join_cards.py): full QR, never Micro QR, the same payloads."""

import io

import segno
from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from roadmap_desktop.export.join_cards import QR_ERROR, WifiNetwork, wifi_payload

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def qr_pixmap(text: str, size_px: int) -> QPixmap:
    """A QR code of `text` at most size_px wide (at least one pixel per module)."""
    return _pixmap(segno.make_qr(text, error=QR_ERROR), size_px)


def _pixmap(code: segno.QRCode, size_px: int) -> QPixmap:
    width, _height = code.symbol_size(scale=1, border=QUIET_ZONE)
    buffer = io.BytesIO()
    code.save(
        buffer,
        kind="png",
        scale=max(1, size_px // width),
        border=QUIET_ZONE,
        dark="#000000",
        light="#ffffff",
    )
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class QrCode(QWidget):
    """A QR code that takes the room it is given, between min_px and max_px square."""

    def __init__(self, name: str, min_px: int = 140, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._code: segno.QRCode | None = None
        self._cached: QPixmap | None = None
        self.min_px, self.max_px = min_px, 10_000
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str, spoken: str) -> None:
        self._code = segno.make_qr(text, error=QR_ERROR)
        self._cached = None
        self.setAccessibleName(spoken)
        self.update()

    def set_wifi(self, wifi: WifiNetwork, spoken: str) -> None:
        self.set_text(wifi_payload(wifi), spoken)

    def set_max(self, max_px: int) -> None:
        self.max_px = max(self.min_px, max_px)
        self.updateGeometry()

    def pixmap(self) -> QPixmap:
        """The code as drawn now (what a camera sees)."""
        side = min(self.width(), self.height(), self.max_px)
        if self._code is None:
            return QPixmap()
        if self._cached is None or abs(self._cached.width() - side) > side // 8:
            self._cached = _pixmap(self._code, side)
        return self._cached

    def sizeHint(self) -> QSize:
        return QSize(self.max_px, self.max_px)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.min_px, self.min_px)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return min(width, self.max_px)

    def resizeEvent(self, event) -> None:  # noqa: ANN001  (Qt override keeps Qt's name)
        self._cached = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        pixmap = self.pixmap()
        if pixmap.isNull():
            return
        painter = QPainter(self)
        x = (self.width() - pixmap.width()) // 2
        y = (self.height() - pixmap.height()) // 2
        painter.drawPixmap(x, y, pixmap)
        painter.end()


__all__ = ["QrCode", "qr_pixmap"]
