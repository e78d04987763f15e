"""The app under the AT-SPI audit (tests/ui/test_atspi_audit.py): the main window over the demo
workshop on a real X display, driven line by line from stdin, each step answered on stdout.

    tab N          show the main window's tab N            → "ready tab N"
    dialog NAME    show that dialog (see DIALOGS), modeless → "ready dialog NAME"
    presenter      show the presenter                      → "ready presenter"
    close          close what the last step opened         → "closed"
    quit           quit                                    → (exit 0)
"""

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from roadmap_desktop import locations  # noqa: E402
from roadmap_desktop.app import open_services  # noqa: E402
from roadmap_desktop.services.demo import write_demo_store  # noqa: E402
from roadmap_desktop.ui import theme, translation  # noqa: E402
from roadmap_desktop.ui.help_menu import AboutDialog  # noqa: E402
from roadmap_desktop.ui.main_window import MainWindow  # noqa: E402
from roadmap_desktop.ui.presenter import PresenterWindow  # noqa: E402
from roadmap_desktop.ui.scoring.round_bar import OpenRoundDialog  # noqa: E402
from roadmap_desktop.ui.scoring.wifi_dialog import WifiDialog  # noqa: E402
from roadmap_desktop.ui.workshop_settings import WorkshopSettingsDialog  # noqa: E402
from roadmap_desktop.ui.workshop_wizard import NewWorkshopWizard, PasteParticipantsDialog  # noqa: E402


def _shortcuts(window: MainWindow) -> QWidget:
    window.findChild(QAction, "shortcutsAction").trigger()
    return window.findChild(QDialog, "shortcutsSheet")


def _settings(index: int) -> Callable[[MainWindow], QWidget]:
    def make(window: MainWindow) -> QWidget:
        workshop = window.current_workshop()
        assert workshop is not None
        dialog = WorkshopSettingsDialog(window.services, window.undo_stack, workshop, window)
        dialog.findChild(QTabWidget, "settingsTabs").setCurrentIndex(index)
        return dialog

    return make


DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "new-proposal": lambda w: w.board_actions._dialog(None),
    "open-round": lambda w: OpenRoundDialog("Shortlist", 25, 3, w),
    "room-wifi": lambda w: WifiDialog(None, w),
    "shortcuts": _shortcuts,
    "about": AboutDialog,
    "paste-participants": PasteParticipantsDialog,
    "new-workshop": lambda w: NewWorkshopWizard(w.services, w),
    **{f"settings-{i}": _settings(i) for i in range(4)},
}


def main() -> int:
    locations.name_application()
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Roadmap Desktop")
    translation.install(translation.chosen_language())  # the system's: LANG, as the app does
    theme.apply(app)
    folder = Path(tempfile.mkdtemp(prefix="roadmap-atspi-"))
    store = folder / "demo.sqlite"
    write_demo_store(store)
    window = MainWindow(open_services(str(store)), open_store=open_services)
    window.resize(1366, 740)
    window.show()
    QTest.qWaitForWindowExposed(window)
    opened: list[QWidget] = []

    def step(line: str) -> None:
        command, _, argument = line.strip().partition(" ")
        if command == "quit":
            app.quit()
            return
        if command == "close":
            for widget in opened:
                widget.close()
            opened.clear()
            app.processEvents()
            print("closed", flush=True)
            return
        if command == "tab":
            window.tabs.setCurrentIndex(int(argument))
            shown: QWidget = window
        elif command == "dialog":
            shown = DIALOGS[argument](window)
            shown.show()
            opened.append(shown)
        else:  # presenter
            workshop = window.current_workshop()
            assert workshop is not None
            shown = PresenterWindow(window.services, workshop)
            shown.show()
            opened.append(shown)
        QTest.qWaitForWindowExposed(shown)
        app.processEvents()
        print(f"ready {line.strip()}", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: step(sys.stdin.readline() or "quit"))
    print("started", flush=True)
    code = app.exec()
    window.services.store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
