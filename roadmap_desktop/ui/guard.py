"""The window's one error boundary: a slot that calls a service says a refused change or an
unusable store (busy, locked, full, read-only, damaged) in a sentence, and nothing else.

Services raise Problem for both, and write nothing when they do; `shielded` turns it into a
line in the status bar of the slot's window, so no traceback ever reaches the terminal for
them (and no traceback could carry a value: see store/errors.py).
"""

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QWidget

from roadmap_desktop.services import Problem

F = TypeVar("F", bound=Callable[..., Any])
STATUS_MS = 8000


def tell(owner: object, text: str) -> None:
    """Shows text in the status bar of the window that holds owner (a widget, or an object
    whose parent is one)."""
    widget: object = owner
    while isinstance(widget, QObject) and not isinstance(widget, QWidget):
        widget = widget.parent()
    if isinstance(widget, QWidget):
        try:
            window = widget.window()
        except RuntimeError:  # the widget is being deleted
            return
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MS)


def shielded(slot: F) -> F:
    """Decorates a method used as a slot: a Problem it raises is told, not raised."""

    @functools.wraps(slot)
    def run(self: object, *args: Any, **kwargs: Any) -> Any:
        try:
            return slot(self, *args, **kwargs)
        except Problem as exc:
            tell(self, str(exc))
            return None

    return run  # type: ignore[return-value]
