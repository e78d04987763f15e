"""The Help menu: the keyboard shortcuts, the data folder (where the stores, backups, the log
and crash reports are) and About, with the versions a support request needs."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMainWindow, QVBoxLayout, QWidget

from roadmap_desktop import APP_NAME
from roadmap_desktop.ui.shortcuts_sheet import shortcuts_action
from roadmap_desktop.versions import versions


class AboutDialog(QDialog):
    """The app's one sentence and its versions, selectable, with a button to copy them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        found = versions()
        self.versions_text = "\n".join(f"{name} {value}" for name, value in found.items())
        heading = QLabel(f"<h2>{APP_NAME}</h2>", objectName="aboutHeading")
        sentence = QLabel(
            self.tr("Runs a city cabinet's priority-setting workshop on one laptop, offline."),
            objectName="aboutSentence",
        )
        sentence.setWordWrap(True)
        rows = "".join(
            f"<tr><td style='padding-right:12px'>{name}</td><td>{value}</td></tr>"
            for name, value in found.items()
        )
        table = QLabel(f"<table>{rows}</table>", objectName="aboutVersions")
        table.setAccessibleName(self.tr("Versions"))
        table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            self.tr("&Copy the versions"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.setObjectName("copyVersions")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.versions_text))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, sentence, table, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)


def add_help_menu(window: QMainWindow, data_folder: Callable[[], Path] | None) -> QAction:
    """Builds the window's Help menu; returns its "Open data folder" action (disabled when
    the entry layer gave no data folder)."""
    translate = QCoreApplication.translate
    menu = window.menuBar().addMenu(translate("help_menu", "&Help"))
    menu.setObjectName("helpMenu")
    menu.addAction(shortcuts_action(window))
    menu.addSeparator()
    folder = QAction(
        translate("help_menu", "Open &data folder"), window, objectName="openDataFolderAction"
    )
    folder.setStatusTip(
        translate(
            "help_menu", "The folder with the stores, their backups, the log and crash reports"
        )
    )
    folder.setEnabled(data_folder is not None)
    if data_folder is not None:
        folder.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_folder())))
        )
    menu.addAction(folder)
    about = QAction(
        translate("help_menu", "&About {app}").format(app=APP_NAME),
        window,
        objectName="aboutAction",
    )
    about.triggered.connect(lambda: AboutDialog(window).open())
    menu.addAction(about)
    return folder
