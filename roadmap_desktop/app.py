"""Starts the GUI: the QApplication, our look, the store, and the main window.

The entry layer opens stores (this module and cli.py): the window asks it for another store
through the opener it is given, and never imports the store itself.

Which store: the one given (--db); else the demo store for --demo (written afresh, as
DESIGN.md's command line says); else the store opened last, if its file is still there — so
after --demo, starting again opens the demo where the user left it; else, on a laptop with no
store yet, the start page asks (the demo, a new workshop, or a store from elsewhere); else the
user's default store.
"""

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from roadmap_desktop import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from roadmap_desktop.services import Services
    from roadmap_desktop.store import StoreError
    from roadmap_desktop.ui.main_window import MainWindow


def demo_hint() -> str:
    """The window's title on the demo store, in the window's language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("app", "Demo workshop")


def open_services(target: str) -> "Services":
    """The services over the store at a path or URL (raises StoreError, a Problem), with
    automatic backups on (the first of them now, unless the newest holds the same)."""
    from roadmap_desktop.services import Services
    from roadmap_desktop.store import open_store

    services = Services(open_store(target))  # the window creates a store that is not there
    services.start_backups()
    return services


def last_store() -> str | None:
    """The store file opened last (File ▸ Open recent's first), if it is still there."""
    from roadmap_desktop.ui.main_window import recent_stores

    recent = recent_stores()
    if recent and Path(recent[0]).is_absolute() and Path(recent[0]).is_file():
        return recent[0]
    return None


def first_run() -> bool:
    """No store yet on this laptop: none opened before, and no default store."""
    from roadmap_desktop import locations

    return last_store() is None and not locations.default_store_path(create=False).exists()


def store_to_open(db: str | None, *, demo: bool = False) -> tuple[str, str]:
    """(the store to open, the window title's hint); writes the demo store for --demo."""
    from roadmap_desktop import locations

    demo_path = locations.demo_store_path()
    if demo:
        from roadmap_desktop.services.demo import write_demo_store

        write_demo_store(demo_path)
        return str(demo_path), demo_hint()
    target = db or last_store() or str(locations.default_store_path())
    return target, demo_hint() if Path(target) == demo_path else ""


def open_window(db: str | None, *, demo: bool = False) -> "MainWindow | None":
    """The main window over the chosen store (not shown yet), or None when the store cannot
    be opened: that is said in a message box."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from roadmap_desktop import locations
    from roadmap_desktop.store import Problem, StoreError
    from roadmap_desktop.ui.main_window import MainWindow

    try:
        target, hint = store_to_open(db, demo=demo)
        try:
            services = open_services(target)
        except StoreError as exc:
            if exc.backup is None or not offer_backup(exc):
                raise
            services = restore_and_open(target, exc.backup)
    except (Problem, OSError) as exc:
        if isinstance(exc, Problem):
            text = str(exc)  # a service's sentence: in the current language already
        else:
            text = QCoreApplication.translate("app", "{file}: {reason}").format(
                file=exc.filename or "", reason=exc.strerror
            )
        QMessageBox.critical(None, APP_NAME, text)
        return None
    return MainWindow(
        services, title_hint=hint, open_store=open_services, data_folder=locations.data_dir
    )


def offer_backup(damage: "StoreError") -> bool:
    """Says a damaged store's sentence and asks whether to restore its newest good backup
    (the damaged file is set aside first, so nothing is lost by saying yes)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, str(damage))
    box.setObjectName("damagedStore")
    box.setInformativeText(
        translate(
            "app",
            "Restore the newest good backup? The damaged file is kept beside it, untouched.",
        )
    )
    restore = box.addButton(
        translate("app", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    restore.setObjectName("restoreNewest")
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def restore_and_open(target: str, backup: Path) -> "Services":
    """Restores the backup over the store at target (which is set aside), then opens it."""
    from roadmap_desktop.store.backups import restore

    restore(Path(target), backup)
    return open_services(target)


def watch_for_crashes(app: "QApplication") -> None:
    """The log file, Qt's warnings into it, a hard crash's stacks kept, and an unexpected
    exception on any thread written to a report and told in a dialog: the app goes on."""
    from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler

    from roadmap_desktop import diagnostics
    from roadmap_desktop.ui.crash_dialog import CrashNotice

    try:
        diagnostics.start_logging()
        diagnostics.keep_last_hard_crash()
        diagnostics.enable_faulthandler()
    except OSError as exc:  # a read-only data folder: the app still runs, without a log
        said = QCoreApplication.translate("app", "{app}: no log file ({reason}).")
        print(said.format(app=APP_NAME, reason=exc.strerror), file=sys.stderr)
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("roadmap_desktop.qt")
    qInstallMessageHandler(lambda kind, _where, text: qt_log.log(levels.get(kind, 30), text))
    notice = CrashNotice(app)
    diagnostics.install_handlers(lambda report: notice.crashed.emit(str(report)))


def run(db: str | None, *, demo: bool = False, language: str | None = None) -> int:
    """Opens the window (see the module's docstring for which store) and runs until it
    closes; in `language`, else the one chosen in the app, else the system's."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from roadmap_desktop import locations
    from roadmap_desktop.bundled import resource
    from roadmap_desktop.ui import theme, translation

    locations.name_application()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource("icons", "roadmap-desktop.svg"))))
    translation.install(translation.chosen_language(language))
    theme.apply(app)
    watch_for_crashes(app)
    new_workshop = False
    if db is None and not demo and first_run():
        from roadmap_desktop.ui.start_page import Start, StartPage

        page = StartPage()
        page.exec()
        if page.choice is None:
            return 0
        demo = page.choice is Start.DEMO
        new_workshop = page.choice is Start.NEW
        db = page.path
    window = open_window(db, demo=demo)
    if window is None:
        return 1
    if new_workshop:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.new_workshop)  # the wizard over the new, empty store
    from roadmap_desktop.ui.first_paint import quit_at_first_paint_if_asked

    if window.board_widget.views:
        quit_at_first_paint_if_asked(window.board_widget.views[0].viewport())
    window.show()
    code = app.exec()
    window.services.store.close()
    return code
