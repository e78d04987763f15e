"""Errors a service raises when it refuses a change; the message is a sentence for the user.

Problem is what the GUI and the command line catch: a ServiceError (a refused change) or a
StoreError (a store that is busy, full, read-only or damaged). Either way nothing was written.

A service's message is a words.Message (a gettext id with its parameters): `str(exc)`
renders it in the current language, so the window, the command line and a phone's ballot
page (inside `words.using(...)`) each show it in their own. Log lines keep the English:
`exc.message.msgid` is the id, rendered with `words.render(exc.message, words.ENGLISH)`.
"""

from roadmap_desktop.store.errors import Problem, StoreError
from roadmap_desktop.words import Message


class ServiceError(Problem):
    """The change was refused and nothing was written."""

    def __init__(self, message: str | Message) -> None:
        super().__init__(message)

    @property
    def message(self) -> str | Message:
        """The sentence as given (a Message renders where it is shown)."""
        message: str | Message = self.args[0]
        return message


class NotFound(ServiceError):
    """The thing named does not exist (any more) in this store."""


class Conflict(ServiceError):
    """An undo or redo was refused: someone else has changed those rows since, and their
    newer values stay."""


__all__ = ["Conflict", "NotFound", "Problem", "ServiceError", "StoreError"]
