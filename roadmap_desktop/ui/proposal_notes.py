"""A proposal's notes in its editor: what was said in the discussion and who raised it, with
a field for a new note, who raised it (the workshop's participants offered as it is typed),
Add and Remove.

Each add or removal is saved at once, as one step of the window's history
(ui/note_commands), so Cancel in the editor does not take it back; Undo does. Enter in the
note's field adds it (Ctrl+Enter still saves the editor). Who raised the last note is kept
for the next one, in this editor and the next one opened: a facilitator taking notes through
a discussion types each name once.
"""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.services import Problem, Services
from roadmap_desktop.services.notes import NoteView
from roadmap_desktop.services.views import ProposalView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.commands import Report, record
from roadmap_desktop.ui.note_commands import NoteCommand, RemoveNoteCommand
from roadmap_desktop.words import formats

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1  # a list item's note id
SHOWN_LINES = 6  # the list's height in lines of text


class ProposalNotes(QWidget):
    """Lists and edits the notes of one proposal.

    Attributes:
        last_author: who raised the last note added in this run of the app (the author
            field's start).

    Signals:
        changed(): a note was added or removed (and recorded in the history).
    """

    changed = Signal()
    last_author = ""

    def __init__(
        self,
        services: Services,
        workshop_id: int,
        proposal: ProposalView,
        people: Sequence[str],
        undo_stack: QUndoStack,
        report: Report,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proposalNotesEditor")
        self.services, self.undo_stack, self._report = services, undo_stack, report
        self._workshop, self._proposal = workshop_id, proposal
        self.list = QListWidget(objectName="proposalNotes")
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setWordWrap(True)
        # A few lines (a long note wraps), the newest at the bottom, scrolling past them.
        spacing = self.list.fontMetrics().lineSpacing()
        self.list.setFixedHeight(spacing * SHOWN_LINES + 8)
        self.text = QLineEdit(objectName="proposalNoteText")
        self.text.setAccessibleName(self.tr("New note"))
        self.text.setPlaceholderText(self.tr("What was said; Enter adds it"))
        self.text.installEventFilter(self)
        self.author = QLineEdit(ProposalNotes.last_author, objectName="proposalNoteAuthor")
        self.author.setAccessibleName(self.tr("Raised by"))
        self.author.setPlaceholderText(self.tr("a name, or leave empty"))
        names = QCompleter(sorted(set(people), key=str.casefold), self.author)
        names.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        names.setFilterMode(Qt.MatchFlag.MatchContains)
        self.author.setCompleter(names)
        by = QLabel(self.tr("Raised &by"), objectName="proposalNoteAuthorLabel")
        by.setBuddy(self.author)
        # Alt+A and Alt+R are the dependencies' Add and Remove, in the same editor.
        self.add = QPushButton(self.tr("Add note"), objectName="proposalNoteAdd")
        self.remove = QPushButton(self.tr("Remo&ve note"), objectName="proposalNoteRemove")
        for button in (self.add, self.remove):
            button.setAutoDefault(False)  # Enter in the editor saves it, never adds a note
        self.add.setToolTip(self.tr("Saved at once; Edit ▸ Undo takes it back."))
        self.remove.setToolTip(self.add.toolTip())
        self.problem = QLabel(objectName="proposalNoteProblem")
        self.problem.setStyleSheet(f"color: {theme.WARNING};")
        self.problem.setWordWrap(True)
        self.problem.hide()

        adding = QHBoxLayout()
        adding.addWidget(by)
        adding.addWidget(self.author, 1)
        adding.addWidget(self.add)
        adding.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.text)
        layout.addLayout(adding)
        layout.addWidget(self.problem)
        self.add.clicked.connect(self.add_note)
        self.remove.clicked.connect(self.remove_note)
        self.text.textChanged.connect(self._update_add)
        self.list.currentRowChanged.connect(self._update_remove)
        # An undo or a redo (here or from the window) shows at once.
        undo_stack.indexChanged.connect(self.reload)
        self.reload()

    # -- what is shown ------------------------------------------------------------------

    def mine(self) -> list[NoteView]:
        """This proposal's notes, oldest first."""
        return self.services.notes(self._workshop).get(self._proposal.id, [])

    def text_of(self, note: NoteView) -> str:
        """ "Ana — Needs a pilot first · 9:14 AM" (a note of another day: its date too)."""
        words = " ".join(note.text.split())
        when = self._when(note.created_at)
        if note.author:
            return self.tr("{author} — {text} · {time}").format(
                author=note.author, text=words, time=when
            )
        return self.tr("{text} · {time}").format(text=words, time=when)

    @staticmethod
    def _when(moment: datetime) -> str:
        here = moment.astimezone()
        time = formats.time_of_day(here)
        if here.date() == datetime.now().astimezone().date():
            return time
        return f"{formats.short_date(here.date())} {time}"

    def reload(self) -> None:
        chosen = self.list.currentItem()
        keep = chosen.data(NOTE_ROLE) if chosen is not None else None
        self.list.clear()
        try:
            notes = self.mine()
        except Problem as exc:
            notes = []
            self._say(self.tr("The notes cannot be read: {problem}").format(problem=exc))
        for note in notes:
            item = QListWidgetItem(self.text_of(note))
            item.setData(NOTE_ROLE, note.id)
            item.setToolTip(note.text)
            self.list.addItem(item)
            if note.id == keep:
                self.list.setCurrentItem(item)
        if not self.list.count():
            empty = QListWidgetItem(self.tr("No notes yet"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        else:
            self.list.scrollToBottom()  # the newest, where the discussion is
        self._update_add()
        self._update_remove()

    def _update_add(self) -> None:
        self.add.setEnabled(bool(self.text.text().strip()))

    def _update_remove(self) -> None:
        item = self.list.currentItem()
        self.remove.setEnabled(item is not None and item.data(NOTE_ROLE) is not None)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- changes ------------------------------------------------------------------------

    def add_note(self) -> None:
        """Adds the typed note, raised by the author typed: one undo step."""
        text = self.text.text()
        if not text.strip():
            return
        author = " ".join(self.author.text().split())
        try:
            done = self.services.add_note(self._proposal.id, text, author=author)
        except Problem as exc:
            self._say(self.tr("Not added: {problem}").format(problem=exc))
            return
        self._say("")
        ProposalNotes.last_author = author
        self.text.clear()
        record(
            self.undo_stack, NoteCommand(self.services, done, self._report, self._proposal.title)
        )
        self.reload()
        self.changed.emit()

    def remove_note(self) -> None:
        """Removes the chosen note: one undo step."""
        item = self.list.currentItem()
        note_id = item.data(NOTE_ROLE) if item is not None else None
        if note_id is None:
            return
        try:
            done = self.services.remove_note(int(note_id))
        except Problem as exc:
            self._say(self.tr("Not removed: {problem}").format(problem=exc))
            self.reload()
            return
        self._say("")
        record(
            self.undo_stack,
            RemoveNoteCommand(self.services, done, self._report, self._proposal.title),
        )
        self.reload()
        self.changed.emit()

    # -- Qt ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.list.scrollToBottom()  # laid out now: the newest note in sight

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the note's field adds the note instead of saving the editor (Ctrl+Enter
        still saves it)."""
        if (
            watched is self.text
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.add_note()
            return True
        return super().eventFilter(watched, event)
