"""Quits the window at the first paint of its board: how a benchmark times the start-up of a
frozen app, which has no Python of ours to hook into (bench/run.py's "ship" group sets
ROADMAP_DESKTOP_QUIT_AT_FIRST_PAINT=1; nobody else does)."""

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

QUIT_AT_FIRST_PAINT = "ROADMAP_DESKTOP_QUIT_AT_FIRST_PAINT"


class _QuitAtFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def quit_at_first_paint_if_asked(board_viewport: QWidget) -> None:
    """Under the benchmark's variable, quits once the board's first lane has painted."""
    if os.environ.get(QUIT_AT_FIRST_PAINT) == "1":
        board_viewport.installEventFilter(_QuitAtFirstPaint(board_viewport))
