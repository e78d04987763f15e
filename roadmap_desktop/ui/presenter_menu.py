"""View ▸ Presenter: the facilitator switches what the room sees from the main window (the
presenter has the same as keys), chooses how the reveal runs, and steps through it."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from roadmap_desktop.ui.guard import shielded
from roadmap_desktop.ui.presenter import MODES

if TYPE_CHECKING:
    from roadmap_desktop.ui.main_window import MainWindow
    from roadmap_desktop.ui.presenter import PresenterWindow

TOP_DOWN_KEY = "presenter/revealTopDown"


class PresenterMenu(QMenu):
    """The presenter's modes as checkable actions, the reveal's order, next and previous."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.setTitle(self.tr("P&resenter"))
        self.setObjectName("presenterMenu")
        labels = {
            "board": self.tr("&Board, fitted"),
            "roadmap": self.tr("&Roadmap lane alone"),
            "voting": self.tr("&Voting"),
            "reveal": self.tr("R&eveal"),
            "proposal": self.tr("&Proposal (the selected card)"),
        }
        tips = {
            "board": self.tr("Show the room the board (key {key})"),
            "roadmap": self.tr("Show the room the roadmap lane (key {key})"),
            "voting": self.tr("Show the room the voting (key {key})"),
            "reveal": self.tr("Show the room the reveal (key {key})"),
            "proposal": self.tr("Show the room the selected proposal (key {key})"),
        }
        self.window_ = window
        self.modes = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        for number, mode in enumerate(MODES, start=1):
            action = QAction(labels[mode], self, objectName=f"presenterMode-{mode}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{number}"))
            action.setStatusTip(tips[mode].format(key=_key(mode)))
            action.triggered.connect(lambda _checked=False, m=mode: self.show_mode(m))
            self.modes.addAction(action)
            self.addAction(action)
            self.mode_actions[mode] = action
        self.mode_actions["board"].setChecked(True)
        self.addSeparator()
        self.top_down = QAction(self.tr("Reveal from the &top"), self, objectName="revealTopDown")
        self.top_down.setCheckable(True)
        self.top_down.setChecked(bool(QSettings().value(TOP_DOWN_KEY, False, type=bool)))
        self.top_down.setStatusTip(
            self.tr("Reveal the ranking from rank 1 down (else from the bottom up)")
        )
        self.top_down.toggled.connect(self._top_down)
        self.addAction(self.top_down)
        for name, text, keys, step in (
            ("presenterNext", self.tr("&Next step"), "Ctrl+Alt+Right", 1),
            ("presenterPrevious", self.tr("Pre&vious step"), "Ctrl+Alt+Left", -1),
        ):
            action = QAction(text, self, objectName=name, shortcut=QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, by=step: self.advance(by))
            self.addAction(action)

    def attach(self, presenter: "PresenterWindow") -> None:
        """A new presenter window takes the menu's choices and tells it its mode."""
        presenter.mode_changed.connect(self._follow)
        presenter.set_top_down(self.top_down.isChecked())
        self._follow(presenter.mode)

    def presenter(self) -> "PresenterWindow | None":
        """The presenter window, opened if it is not."""
        if self.window_.presenter is None:
            self.window_.present()
        return self.window_.presenter

    @shielded
    def show_mode(self, mode: str) -> None:
        presenter = self.presenter()
        if presenter is None:
            return
        if mode == "proposal":
            selected = self.window_.board_widget.selected_ids()
            if selected:
                presenter.show_proposal(selected[0])
                return
        presenter.set_mode(mode)

    @shielded
    def advance(self, by: int) -> None:
        presenter = self.window_.presenter
        if presenter is not None:
            presenter.advance(by)

    def _top_down(self, checked: bool) -> None:
        QSettings().setValue(TOP_DOWN_KEY, checked)
        if self.window_.presenter is not None:
            self.window_.presenter.set_top_down(checked)

    def _follow(self, mode: str) -> None:
        self.mode_actions[mode].setChecked(True)


def _key(mode: str) -> str:
    return QKeySequence(MODES[mode][1]).toString()
