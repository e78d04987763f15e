"""Export ▸ Roadmap poster says on screen when the cards cannot print at readable sizes."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.ui.document_dialog import DocumentDialog
from roadmap_desktop.ui.main_window import MainWindow


def test_the_dialog_says_when_the_poster_cannot_be_readable(
    window: MainWindow, services: Services, demo: int, qtbot, monkeypatch
):
    services.add_proposals(
        demo,
        [
            ProposalSpec(
                f"Neighbourhood service pilot number {i} with a realistic title",
                department="Parks, Recreation & Neighborhood Services",
                domain="Safe",
                category="Capacity building",
                lane="Roadmap",
            )
            for i in range(70)
        ],
    )
    shown: list[DocumentDialog] = []
    monkeypatch.setattr(window.ask, "document_dialog", shown.append)
    window.findChild(QAction, "exportPoster").trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=60_000)
    notes = dialog.findChild(QLabel, "documentNotes")
    assert notes is not None and notes.isVisibleTo(dialog)
    assert "do not fit on 36 × 24 in (ARCH D) at readable sizes" in notes.text()
    assert "“Capacity building” × “Safe” with 70 projects" in notes.text()
    assert not notes.text().endswith("..")
