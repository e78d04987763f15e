"""What an empty board says: a note in its middle on how to bring proposals in, with buttons
that run the very actions it names ("File ▸ Import proposals… (Ctrl+I)"); the board shows
it while the workshop has no proposals."""

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from roadmap_desktop.ui import theme
from roadmap_desktop.ui.action_text import plain, where_and_keys

MIN_TEXT_WIDTH, MAX_TEXT_WIDTH = 320, 720  # the text's width, when the board has room


class EmptyBoardNote(QFrame):
    """The empty board's note: a heading, the ways in (read off the actions each time it is
    shown, so it follows the menus) and a button per action.

    Attributes:
        actions: the actions it offers, in order (set_actions).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyBoard")
        heading = self.tr("No proposals yet")
        self.setAccessibleName(heading)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#emptyBoard {{ background: white; border: 1px solid {theme.LANE};"
            " border-radius: 10px; }"
        )
        self.actions: list[QAction] = []
        self._offered: list[tuple[QPushButton, QAction]] = []
        self.heading = QLabel(heading, objectName="emptyBoardHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(objectName="emptyBoardText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(self._buttons)

    def set_actions(self, actions: Sequence[QAction]) -> None:
        """The ways in, e.g. File ▸ Import proposals… and Proposal ▸ New proposal…"""
        for button, _action in self._offered:
            self._buttons.removeWidget(button)
            button.deleteLater()
        while self._buttons.count():
            self._buttons.takeAt(0)
        self.actions = list(actions)
        self._offered = []
        self._buttons.addStretch(1)
        for action in self.actions:
            name = plain(action.text())
            button = QPushButton(name, objectName=f"emptyBoard-{action.objectName()}")
            button.setAccessibleName(name)
            button.clicked.connect(action.trigger)
            self._buttons.addWidget(button)
            self._offered.append((button, action))
        self._buttons.addStretch(1)
        if self._offered:
            self._offered[0][0].setDefault(True)
        self.refresh()

    def refresh(self) -> None:
        """Reads the actions' menus, texts and shortcuts again; a button follows whether its
        action can run now."""
        ways = [where_and_keys(a) for a in self.actions]
        if not ways:
            text = self.tr("Add proposals to start.")
        elif len(ways) == 1:
            text = self.tr("Use {way}.").format(way=ways[0])
        else:
            # Translators: the ways in, e.g. "File ▸ Import proposals… (Ctrl+I)"; {ways} may
            # be several, joined by ", ".
            text = self.tr("Use {ways} or {last}.").format(ways=", ".join(ways[:-1]), last=ways[-1])
        self.text.setText(text)
        self.setAccessibleDescription(self.text.text())
        for button, action in self._offered:
            button.setEnabled(action.isEnabled())

    def fit(self, room: QSize) -> None:
        """Sizes the note for a board of this size: the text on one line when there is room
        for it, else wrapped."""
        margins = self.layout().contentsMargins()
        spare = room.width() - margins.left() - margins.right() - 24
        wide = self.text.fontMetrics().horizontalAdvance(self.text.text()) + 8
        self.text.setMinimumWidth(max(min(wide, MAX_TEXT_WIDTH, spare), MIN_TEXT_WIDTH // 2))
        self.resize(self.sizeHint().boundedTo(room))
