"""Starts the GUI: the QApplication, our look, the store, and the main window."""

import sys

from roadmap_desktop import APP_NAME


def run(db: str | None, *, demo: bool = False) -> int:
    """Opens the window on the store at db (default: the user's store), or on a fresh demo."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from roadmap_desktop import locations
    from roadmap_desktop.services import Services
    from roadmap_desktop.store import StoreError, open_store
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
        services = Services(open_store(target))
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(services, title_hint=hint)
    window.show()
    code = app.exec()
    services.store.close()
    return code
