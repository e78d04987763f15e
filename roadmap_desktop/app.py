"""Starts the GUI: the QApplication, our look, the store, and the main window.

The entry layer opens stores (this module and cli.py): the window asks it for another store
through the opener it is given, and never imports the store itself.
"""

import sys
from typing import TYPE_CHECKING

from roadmap_desktop import APP_NAME

if TYPE_CHECKING:
    from roadmap_desktop.services import Services


def open_services(target: str) -> "Services":
    """The services over the store at a path or URL (raises StoreError, a Problem)."""
    from roadmap_desktop.services import Services
    from roadmap_desktop.store import open_store

    return Services(open_store(target))


def run(db: str | None, *, demo: bool = False) -> int:
    """Opens the window on the store at db (default: the user's store), or on a fresh demo."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from roadmap_desktop import locations
    from roadmap_desktop.store import StoreError
    from roadmap_desktop.ui import theme
    from roadmap_desktop.ui.main_window import MainWindow

    locations.name_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    theme.apply(app)
    hint = ""
    try:
        if demo:
            from roadmap_desktop.services.demo import write_demo_store

            target = str(locations.demo_store_path())
            write_demo_store(locations.demo_store_path())
            hint = "Demo workshop"
        else:
            target = db or str(locations.default_store_path())
        services = open_services(target)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(services, title_hint=hint, open_store=open_services)
    window.show()
    code = app.exec()
    services.store.close()
    return code
