"""Undo commands for notes on proposals.

A note added undoes by removing it and redoes by putting it back under its own id and time
(services.restore_note); a note removed undoes by putting it back and redoes by removing it
again. A note is never edited, so what can have happened since is that someone else removed
it, or it (or its proposal) is gone: the command is refused as a Conflict (reported, it
leaves the history), as every command is when someone else changed its rows since.
"""

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from roadmap_desktop.services import Change, Conflict, NotFound, Services
from roadmap_desktop.ui.commands import Report, ServiceCommand, quoted


def add_note_text(title: str) -> str:
    """ "Add a note to “Drone responders”" (the history)."""
    return QCoreApplication.translate("NoteCommand", "Add a note to {card}").format(
        card=quoted(title)
    )


def remove_note_text(title: str) -> str:
    """ "Remove a note from “Drone responders”" (the history)."""
    return QCoreApplication.translate("RemoveNoteCommand", "Remove a note from {card}").format(
        card=quoted(title)
    )


class _NoteBase(ServiceCommand):
    """What both commands share: the whole note (a change's detail), and a gone note or
    proposal refused for good rather than tried again."""

    def __init__(self, services: Services, done: Change, text: str, report: Report) -> None:
        super().__init__(services, text, report)
        self._note: dict[str, Any] = {k: v for k, v in done.detail.items() if k != "restored"}
        self._id = int(self._note["id"])

    @staticmethod
    def _for_good(call: Callable[[], Change]) -> Change:
        try:
            return call()
        except NotFound as exc:
            # Nothing to wait for: the note or its proposal has gone, and stays gone.
            raise Conflict(exc.message) from exc

    def _remove(self) -> Change:
        return self._for_good(lambda: self.services.remove_note(self._id))

    def _restore(self) -> Change:
        note: Mapping[str, Any] = self._note
        return self._for_good(lambda: self.services.restore_note(note))


class NoteCommand(_NoteBase):
    """A note added: undo removes it, redo puts it back as it was.

    done is add_note's Change (detail: the whole note)."""

    def __init__(self, services: Services, done: Change, report: Report, title: str) -> None:
        super().__init__(services, done, add_note_text(title), report)

    def again(self) -> Change:
        return self._restore()

    def back(self) -> Change:
        return self._remove()


class RemoveNoteCommand(_NoteBase):
    """A note removed: undo puts it back under its id, author, text and time; redo removes it.

    done is remove_note's Change (detail: the whole note)."""

    def __init__(self, services: Services, done: Change, report: Report, title: str) -> None:
        super().__init__(services, done, remove_note_text(title), report)

    def again(self) -> Change:
        return self._remove()

    def back(self) -> Change:
        return self._restore()
