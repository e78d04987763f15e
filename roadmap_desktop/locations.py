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


def data_dir() -> Path:
    name_application()
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_store_path() -> Path:
    """The store used when no --db is given."""
    return data_dir() / STORE_FILE


def demo_store_path() -> Path:
    """The scratch store that --demo rewrites each time."""
    return data_dir() / DEMO_FILE
