"""The first thing a new laptop shows, when there is no store yet: open the demo workshop,
start a new workshop, or open a store brought from elsewhere. The page only asks; the entry
layer (app.py) opens what was chosen."""

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from roadmap_desktop import APP_NAME
from roadmap_desktop.ui.ask import Ask


class Start(Enum):
    DEMO = "demo"
    NEW = "new"
    OPEN = "open"


class StartPage(QDialog):
    """Three big choices; after exec(), `choice` says which (None: closed) and, for Open,
    `path` the store chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setWindowTitle(APP_NAME)
        self.choice: Start | None = None
        self.path: str | None = None
        self.ask = Ask(self)
        heading = QLabel(f"<h1>{APP_NAME}</h1>", objectName="startHeading")
        sentence = QLabel(
            self.tr(
                "Run a cabinet's priority-setting workshop on this laptop, offline. "
                "Start with the demo to look around, or set up your own workshop."
            ),
            objectName="startSentence",
        )
        sentence.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 32)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(sentence)
        layout.addSpacing(8)
        choices = (
            (
                Start.DEMO,
                self.tr("Open the &demo workshop"),
                self.tr("The San José cabinet's 36 proposals, scored"),
            ),
            (
                Start.NEW,
                self.tr("&New workshop…"),
                self.tr("Name it, choose the criteria, add the directors"),
            ),
            (
                Start.OPEN,
                self.tr("&Open a store…"),
                self.tr("A workshops file from another laptop or a backup"),
            ),
        )
        for choice, text, hint in choices:
            button = QPushButton(text, objectName=f"start-{choice.value}")
            button.setToolTip(hint)
            button.setAccessibleDescription(hint)
            button.setMinimumHeight(48)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            button.setFont(font)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            layout.addWidget(button)
            note = QLabel(hint)
            note.setObjectName(f"start-{choice.value}-hint")
            note.setAlignment(Qt.AlignmentFlag.AlignLeft)
            note.setContentsMargins(4, 0, 0, 6)
            layout.addWidget(note)
        self.setMinimumWidth(520)

    def _choose(self, choice: Start) -> None:
        if choice is Start.OPEN:
            path = self.ask.store_path(self.tr("Open a store"))
            if path is None:
                return  # back to the three choices
            self.path = path
        self.choice = choice
        self.accept()
