"""QR codes on screen: the room's Wi-Fi and the join page. A code is drawn by segno as PNG
at the largest whole number of pixels per module that fits the size asked for (crisp, never
squeezed or clipped: a clipped code does not scan). The codes are the join
cards' own (export/join_cards.py): full QR, never Micro QR, the same payloads."""

import io

import segno
from PySide6.QtGui import QPixmap

from roadmap_desktop.export.join_cards import QR_ERROR

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def qr_pixmap(text: str, size_px: int) -> QPixmap:
    """A QR code of `text` at most size_px wide (at least one pixel per module)."""
    code = segno.make_qr(text, error=QR_ERROR)
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


__all__ = ["qr_pixmap"]
