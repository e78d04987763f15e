"""The presenter view: a read-only board in large type for the projector, following every
change live; full screen on the second display when there is one; Esc leaves. While the
directors vote from their phones, a strip beside the board shows how to join."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from roadmap_desktop import APP_NAME
from roadmap_desktop.services import Affects, Change, Services
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.board.board_widget import BoardWidget
from roadmap_desktop.ui.change_bridge import ChangeBridge
from roadmap_desktop.ui.guard import shielded
from roadmap_desktop.ui.join_strip import JoinStrip
from roadmap_desktop.ui.scoring.phones import PhoneVoting

HEADING_PT = 28  # readable from the back of the room


class PresenterWindow(QWidget):
    """A second top-level window showing one workshop's board, read-only."""

    def __init__(
        self, services: Services, workshop_id: int, phones: PhoneVoting | None = None
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setAccessibleName("Presenter view")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services = services
        self.heading = QLabel(objectName="presenterHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(HEADING_PT)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setStyleSheet(f"color: {theme.INK};")
        self.countdown = QLabel(objectName="presenterCountdown")
        self.countdown.setAccessibleName("Time left in the round")
        self.countdown.setFont(font)
        self.countdown.hide()
        self.board = BoardWidget(services, QUndoStack(self), self, read_only=True)
        self.board.set_density("large")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.countdown)
        layout.addLayout(top)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.board, 1)
        self.join: JoinStrip | None = None
        if phones is not None:
            self.join = JoinStrip(services, phones, self)
            body.addWidget(self.join)
        layout.addLayout(body, 1)
        # The main window's bridge reads other processes' changes for both windows.
        self.bridge = ChangeBridge(services, self, poll_ms=0)
        self.bridge.changed.connect(self._on_change)
        self.show_workshop(workshop_id)

    def show_workshop(self, workshop_id: int) -> None:
        info = self.services.workshop(workshop_id)
        self.heading.setText(info.name)
        self.setWindowTitle(f"{info.name} — Presenter — {APP_NAME}")
        self.board.load(workshop_id)

    def set_countdown(self, text: str) -> None:
        """The round's countdown ("04:59", "Time's up"), red in the last minute; hidden when
        the round has no timer."""
        self.countdown.setVisible(bool(text))
        if text == self.countdown.text():
            return
        self.countdown.setText(text)
        urgent = text == "Time's up" or text.startswith("00:")
        self.countdown.setStyleSheet(f"color: {theme.WARNING if urgent else theme.INK};")

    @shielded
    def _on_change(self, change: Change) -> None:
        self.board.apply(change)
        if self.join is not None:
            self.join.apply(change)
        if change.affects & Affects.WORKSHOPS and self.board.workshop_id is not None:
            self.heading.setText(self.services.workshop(self.board.workshop_id).name)

    def present(self, beside: QWidget | None = None) -> None:
        """Full screen on a display other than the one `beside` is on, if there is one (with a
        single display, on it: Esc goes back to the window)."""
        screens = QGuiApplication.screens()
        current = beside.screen() if beside is not None else QGuiApplication.primaryScreen()
        target = next((s for s in screens if s is not current), current)
        self.setGeometry(target.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
