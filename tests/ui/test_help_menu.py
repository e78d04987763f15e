"""Help ▸ About names the versions support asks for; Help ▸ Open data folder opens it."""

from pathlib import Path

from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from roadmap_desktop.app import open_services
from roadmap_desktop.ui.help_menu import AboutDialog
from roadmap_desktop.ui.main_window import MainWindow


def test_about_lists_the_versions_and_copies_them(window: MainWindow, qtbot):
    window.findChild(QAction, "aboutAction").trigger()
    about = window.findChild(AboutDialog, "aboutDialog")
    qtbot.waitUntil(lambda: about is not None and about.isVisible())

    shown = about.findChild(QLabel, "aboutVersions").text()
    for name in ("Roadmap Desktop", "Qt", "PySide6", "SQLite", "Typst", "Python"):
        assert f"<td style='padding-right:12px'>{name}</td>" in shown
    about.findChild(QPushButton, "copyVersions").click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Roadmap Desktop 0.") and "\nSQLite 3." in copied
    about.close()


def test_open_data_folder_opens_the_folder_the_entry_layer_gave(
    qtbot, services, demo, tmp_path: Path, monkeypatch
):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    win = MainWindow(services, open_store=open_services, data_folder=lambda: tmp_path)
    qtbot.addWidget(win)

    win.findChild(QAction, "openDataFolderAction").trigger()

    assert opened == [str(tmp_path)]


def test_without_a_data_folder_the_action_is_disabled(window: MainWindow):
    assert not window.findChild(QAction, "openDataFolderAction").isEnabled()
