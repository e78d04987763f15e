"""After an unexpected error the window says the workshop is safe and where the report is."""

from pathlib import Path

from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from roadmap_desktop.ui.crash_dialog import CrashNotice


def test_the_dialog_says_the_workshop_is_safe_and_opens_the_report_folder(
    qtbot, tmp_path: Path, monkeypatch
):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    report = tmp_path / "crash-reports" / "crash-1.txt"
    notice = CrashNotice()

    notice.crashed.emit(str(report))  # queued, as from any thread
    qtbot.waitUntil(lambda: notice.box is not None and notice.box.isVisible())

    box = notice.box
    assert isinstance(box, QMessageBox)
    assert box.text() == "Something went wrong, but your workshop is safe."
    assert "already saved in the store" in box.informativeText()
    assert str(report) in box.informativeText()
    box.findChild(QPushButton, "openReportFolder").click()
    assert opened == [str(report.parent)]
    assert box.isVisible()  # the folder opens; the box stays for the user to read

    notice.crashed.emit(str(tmp_path / "crash-2.txt"))  # a storm: still one dialog
    qtbot.waitUntil(lambda: len(notice.reports) == 2)
    assert [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ] == [box]

    box.findChild(QPushButton, "closeCrashDialog").click()
    qtbot.waitUntil(lambda: not box.isVisible())
