"""Storage errors told in sentences: "your disk or environment" versus "our bug"."""

from sqlalchemy.exc import DBAPIError


class StoreError(Exception):
    """A store that cannot be opened or written, with a sentence a facilitator can act on.

    Attributes:
        environment: True when the cause is the machine (disk full, file locked, damaged or
            read-only), False when it is a defect in Roadmap Desktop.
    """

    def __init__(self, message: str, *, environment: bool = True) -> None:
        super().__init__(message)
        self.environment = environment


_ENVIRONMENT_CAUSES = (
    ("database is locked", "The store is busy: another program is writing to it. Try again."),
    ("disk is full", "The disk is full: free some space and try again."),
    ("disk i/o error", "The disk could not be read or written. Check the drive."),
    ("readonly database", "The store file is read-only: choose a folder you can write to."),
    ("unable to open database", "The store file cannot be opened: check the path and rights."),
    ("malformed", "The store file is damaged. Restore a backup copy."),
    ("file is not a database", "This file is not a Roadmap Desktop store."),
)


def explain(exc: DBAPIError) -> StoreError:
    """Turns a driver error into a StoreError that says whose problem it is."""
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    for needle, sentence in _ENVIRONMENT_CAUSES:
        if needle in text:
            return StoreError(sentence, environment=True)
    return StoreError(
        f"Roadmap Desktop hit an internal storage error ({exc.orig}). Nothing was saved.",
        environment=False,
    )
