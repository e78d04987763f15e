"""Where the app keeps its files on this machine, from Qt's QStandardPaths."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from roadmap_desktop import __version__

ORGANIZATION = "roadmap-desktop"
APPLICATION = "roadmap-desktop"
STORE_FILE = "workshops.sqlite"
DEMO_FILE = "demo-workshop.sqlite"


def name_application() -> None:
    """Names the app once, so QStandardPaths and QSettings pick our folders."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)


def data_location() -> Path:
    """The app's data folder, whether or not it exists yet."""
    name_application()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def data_dir() -> Path:
    """The app's data folder, made if missing."""
    folder = data_location()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_store_path(*, create: bool = True) -> Path:
    """The store used when no --db is given; create=False makes no folder (a command that
    only reads a store leaves nothing behind)."""
    return (data_dir() if create else data_location()) / STORE_FILE


def demo_store_path() -> Path:
    """The scratch store that --demo rewrites each time."""
    return data_dir() / DEMO_FILE
