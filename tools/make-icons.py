"""Renders resources/icons/roadmap-desktop.svg into the per-OS icon files the bundle uses:
PNGs (Linux, the window icon), an ICO (Windows) and an ICNS (macOS).

Run after changing the drawing: `.venv/bin/python tools/make-icons.py`. Qt's SVG renderer
draws each size; Pillow writes the ICO and ICNS containers.
"""

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "roadmap-desktop.svg"))
    drawn = {size: render(renderer, size) for size in SIZES}
    for size in PNG_SIZES:
        drawn[size].save(ICONS / f"roadmap-desktop-{size}.png", optimize=True)
    drawn[256].save(
        ICONS / "roadmap-desktop.ico",
        sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
        append_images=[drawn[s] for s in (16, 24, 32, 48, 64, 128)],
    )
    drawn[1024].save(ICONS / "roadmap-desktop.icns", append_images=[drawn[512], drawn[256]])
    print(f"wrote {len(PNG_SIZES)} PNGs, roadmap-desktop.ico and roadmap-desktop.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
