"""File ▸ Save workshop as…: one workshop written to a .roadmap file, whole or not at all.

The services copy the workshop into a new store (services/workshop_file.py); here that
store is built in a temporary file beside the target and put in place in one step by the
one writer of the app's outputs (tabular.write_atomically), readable by its owner only: it
is a store, and an open round's scores are in it.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from roadmap_desktop.export.tabular import check_output, write_atomically
from roadmap_desktop.services.workshop_file import SavedFile

if TYPE_CHECKING:
    from roadmap_desktop.services import Services


def save_workshop_file(services: "Services", workshop_id: int, path: Path) -> SavedFile:
    """Writes the workshop to path as a workshop file (a store holding it alone). Raises
    WriteFailed (an OSError whose sentence names the file and the cause) when the file cannot
    be written, ServiceError or StoreError when the workshop cannot be read; either way any
    file already at path stays as it was."""
    path = Path(path)
    check_output(path)  # a device or a missing folder is told before the copy, not after
    saved: list[SavedFile] = []

    def write(temp: Path) -> None:
        saved.append(services.copy_workshop_to(workshop_id, temp))

    write_atomically(path, write, private=True)
    return SavedFile(path, saved[0].workshop, saved[0].counts)
