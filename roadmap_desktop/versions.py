"""The versions a support request needs, in the order Help ▸ About and crash reports show
them. Qt's are read only if Qt is already loaded: the command line never loads it for this."""

import platform
import sqlite3
import sys
from importlib import metadata

from roadmap_desktop import APP_NAME, __version__


def versions() -> dict[str, str]:
    found = {APP_NAME: __version__}
    qt = sys.modules.get("PySide6.QtCore")
    if qt is not None:
        found["Qt"] = qt.qVersion()
        found["PySide6"] = getattr(sys.modules.get("PySide6"), "__version__", "?")
    found["SQLite"] = sqlite3.sqlite_version
    try:
        found["Typst"] = metadata.version("typst")
    except metadata.PackageNotFoundError:  # a bundle without the package's metadata
        found["Typst"] = "unknown"
    found["Python"] = platform.python_version()
    found["System"] = f"{platform.system()} {platform.release()} ({platform.machine()})"
    return found
