"""The document dialog says which proposal's text prints as □ (a character no bundled font
draws), after the document is made; a document without such text says nothing more."""

from PySide6.QtGui import QAction

from roadmap_desktop.services import Services
from roadmap_desktop.ui.document_dialog import DocumentDialog
from roadmap_desktop.ui.main_window import MainWindow

RARE = "\U00020000"  # 𠀀: outside the bundled Chinese subset


def made_poster(window: MainWindow, qtbot, monkeypatch) -> DocumentDialog:
    shown: list[DocumentDialog] = []
    monkeypatch.setattr(window.ask, "document_dialog", shown.append)
    window.findChild(QAction, "exportPoster").trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=20_000)
    return dialog


def test_the_notes_name_the_proposal_and_field_printed_with_markers(
    window: MainWindow, qtbot, monkeypatch, services: Services, demo: int
):
    roadmap = next(lane for lane in services.workshop(demo).lanes if lane.kind == "roadmap")
    card = services.board(demo).cards[roadmap.id][0]
    services.update_proposal(card.id, title=f"中文 {RARE} 🚲")
    dialog = made_poster(window, qtbot, monkeypatch)
    notes = dialog.findChild(type(dialog.status), "documentNotes")
    assert notes is not None and notes.isVisibleTo(dialog)
    assert "Proposal “中文 □ 🚲”: title has 1 character that cannot be printed" in notes.text()
    assert "U+20000" in notes.text()
    assert dialog.save_button.isEnabled()  # the document is made all the same


def test_no_notes_when_every_character_prints(window: MainWindow, qtbot, monkeypatch):
    dialog = made_poster(window, qtbot, monkeypatch)
    notes = dialog.findChild(type(dialog.status), "documentNotes")
    assert notes is not None and not notes.isVisibleTo(dialog)
