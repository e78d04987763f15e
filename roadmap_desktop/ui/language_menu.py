"""View ▸ Language: follow the system, or one of the languages the app has a catalog for, each
named in itself ("Español", "Tiếng Việt"). The choice is saved (ui/translation.py) and takes
effect at the next start: widgets read their words once, when they are built. The window
offers to restart now; a restart starts the same command again, then closes this window
through its normal close path, so the store is saved and closed as on any quit."""

import sys

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from roadmap_desktop import APP_NAME, words
from roadmap_desktop.ui import translation

SYSTEM = ""  # the setting's value for "follow the system"


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this process: a frozen app is its own
    executable; otherwise Python with the interpreter's own arguments (-m roadmap_desktop …).
    A --lang of this run is left out: the new choice is the point of the restart."""
    if getattr(sys, "frozen", False):
        arguments = list(sys.argv[1:])
    else:
        arguments = list(getattr(sys, "orig_argv", sys.argv)[1:])
    kept: list[str] = []
    skip = False
    for token in arguments:
        if skip:
            skip = False
        elif token == "--lang":
            skip = True
        elif not token.startswith("--lang="):
            kept.append(token)
    return sys.executable, kept


def start_detached(program: str, arguments: list[str]) -> bool:
    """Starts the program on its own (it outlives this process); True when it started."""
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def _language_name(code: str) -> str:
    return words.native_name(code)


def add_language_menu(window: QMainWindow, view_menu: QMenu) -> QMenu:
    """Adds View ▸ Language to the window's View menu; returns the submenu."""
    menu = view_menu.addMenu(QCoreApplication.translate("language_menu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    system = translation.system_language()
    follow = (
        QCoreApplication.translate("language_menu", "Follow the system ({language})").format(
            language=_language_name(system)
        )
        if system is not None
        else QCoreApplication.translate("language_menu", "Follow the system")
    )
    saved = translation.saved_language()
    current = saved if words.normalize(saved) in words.available() else SYSTEM
    choices = [(SYSTEM, follow), *((code, _language_name(code)) for code in words.available())]
    for code, text in choices:
        action = QAction(text, menu, objectName=f"language-{code or 'system'}", checkable=True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, c=code: choose_language(window, c))
        group.addAction(action)
        menu.addAction(action)
        if code == SYSTEM:
            menu.addSeparator()
    return menu


def choose_language(window: QMainWindow, code: str) -> QMessageBox:
    """Saves the choice and asks whether to restart now; returns the (open) question."""
    translation.save_language(code)
    language = _language_name(translation.chosen_language())
    box = QMessageBox(window)
    box.setObjectName("languageRestart")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("language_menu", "Language"))
    box.setText(
        QCoreApplication.translate(
            "language_menu", "{app} will appear in {language} the next time it starts."
        ).format(app=APP_NAME, language=language)
    )
    restart = box.addButton(
        QCoreApplication.translate("language_menu", "Restart now"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    restart.setObjectName("languageRestartNow")
    later = box.addButton(
        QCoreApplication.translate("language_menu", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    later.setObjectName("languageRestartLater")
    box.setDefaultButton(later)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: restart_now(window) if button is restart else None)
    box.open()
    return box


def restart_now(window: QMainWindow) -> bool:
    """Starts the app again and closes this window (its store saved and closed as on any
    quit); a start that fails is said and the window stays."""
    program, arguments = restart_command()
    if not start_detached(program, arguments):
        QMessageBox.warning(
            window,
            QCoreApplication.translate("language_menu", "Language"),
            QCoreApplication.translate(
                "language_menu",
                "{app} could not start again. Please close it and open it yourself.",
            ).format(app=APP_NAME),
        )
        return False
    window.close()
    return True
