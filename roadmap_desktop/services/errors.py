"""Errors a service raises when it refuses a change; the message is a sentence for the user.

Problem is what the GUI and the command line catch: a ServiceError (a refused change) or a
StoreError (a store that is busy, full, read-only or damaged). Either way nothing was written.
"""

from roadmap_desktop.store.errors import Problem, StoreError


class ServiceError(Problem):
    """The change was refused and nothing was written."""


class NotFound(ServiceError):
    """The thing named does not exist (any more) in this store."""


class Conflict(ServiceError):
    """An undo or redo was refused: someone else has changed those rows since, and their
    newer values stay."""


__all__ = ["Conflict", "NotFound", "Problem", "ServiceError", "StoreError"]
