"""What the window says after an unexpected error: the workshop is safe (every change the app
acknowledged is already committed to the store), where the report is, and a button to open
its folder. The entry layer writes the report (diagnostics) and hands its path here."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from roadmap_desktop import APP_NAME


def crash_box(report: Path, parent: QWidget | None = None) -> QMessageBox:
    """The message box for one crash report (not shown yet)."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "", parent=parent)
    box.setObjectName("crashDialog")
    translate = QCoreApplication.translate
    box.setText(translate("crash_dialog", "Something went wrong, but your workshop is safe."))
    box.setInformativeText(
        translate(
            "crash_dialog",
            "Every change the app showed as done is already saved in the store. The action "
            "that failed did not finish; you can try it again.",
        )
        + "\n\n"
        + translate("crash_dialog", "A report for support was written to:\n{path}").format(
            path=report
        )
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    opener = box.addButton(
        translate("crash_dialog", "Open the report's folder"), QMessageBox.ButtonRole.ActionRole
    )
    opener.setObjectName("openReportFolder")
    # An action button would close the box; the folder opens and the box stays.
    opener.clicked.disconnect()
    opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.parent))))
    close = box.addButton(QMessageBox.StandardButton.Close)
    close.setObjectName("closeCrashDialog")
    box.setDefaultButton(close)
    return box


class CrashNotice(QObject):
    """Shows the crash dialog on the GUI thread, one at a time, whichever thread failed.

    Signals:
        crashed(str): a report's path (emit from any thread; queued to the GUI thread).
    """

    crashed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self.reports: list[Path] = []
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, report: str) -> None:
        self.reports.append(Path(report))
        if self.box is not None and self.box.isVisible():
            return  # a storm of errors: one dialog; the reports are all written
        parent = QApplication.activeWindow()
        self.box = crash_box(Path(report), parent)
        self.box.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.box.open()
