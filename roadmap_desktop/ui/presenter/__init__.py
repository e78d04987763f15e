"""The presenter: what the room watches (see window.py)."""

from roadmap_desktop.ui.presenter.window import MODES, PresenterWindow

__all__ = ["MODES", "PresenterWindow"]
