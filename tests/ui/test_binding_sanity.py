"""The Qt binding keeps Python's reference counts straight while the board is used.

PySide6 6.12.0 loses a reference to None on many calls; on Python < 3.12 that aborts the
app after a few dozen moves ("deallocating None"). This catches such a binding early.
"""

import gc
import sys

import pytest
from PySide6.QtCore import QModelIndex, Qt

from roadmap_desktop.ui.main_window import MainWindow


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_moving_and_painting_cards_keeps_references_to_none(window: MainWindow):
    views = window.board_widget.views
    # Garbage from earlier tests, freed by the cyclic collector mid-loop, would release its
    # references to None and look like a loss: collect it first and hold the collector off.
    gc.collect()
    gc.disable()
    try:
        lost = _moves_lose(views)
    finally:
        gc.enable()
    assert lost < 200, f"the Qt binding lost {lost} references to None in 20 moves"


def _moves_lose(views) -> int:
    before = sys.getrefcount(None)
    for step in range(20):
        source, target = views[step % 2], views[1 - step % 2]
        mime = source.lane_model.mimeData([source.lane_model.index(0, 0)])
        target.lane_model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
        source.viewport().repaint()
        target.viewport().repaint()
    return before - sys.getrefcount(None)
