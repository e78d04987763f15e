"""The round of record in the window, in the issue's scenario (round 2 on the Inbox alone):
every card keeps a score, carried ones say "from round 1"; Workshop ▸ Settings chooses the
round the documents report, undoably; the export dialogs pick a revealed round."""

import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QPushButton

from roadmap_desktop.app import open_services
from roadmap_desktop.services import Services
from roadmap_desktop.ui.document_dialog import DocumentDialog
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.workshop_settings import WorkshopSettingsDialog
from tests.helpers_record import second_round_on_inbox

SPOKEN = Qt.ItemDataRole.AccessibleDescriptionRole


@pytest.fixture
def second(services: Services, demo: int) -> int:
    """Round 2, on the Inbox proposals alone, revealed before the window opens."""
    return second_round_on_inbox(services, demo)


@pytest.fixture
def window(qtbot, services: Services, demo: int, second: int) -> MainWindow:
    win = MainWindow(services, open_store=open_services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def every_card(window: MainWindow) -> list[tuple[str, tuple[str, str], str]]:
    """(title, badge, what a screen reader says) of every card on the board."""
    context = window.board_widget.context
    out = []
    for view in window.board_widget.views:
        model = view.lane_model
        for i, card in enumerate(model.cards()):
            out.append((card.title, context.badge(card), model.index(i, 0).data(SPOKEN)))
    return out


def test_every_card_keeps_a_score_and_carried_ones_say_whose(
    window: MainWindow, services: Services, demo: int, second: int
):
    own = {r.proposal_id for r in services.results(demo, second).rows}
    record = {r.proposal_id: r for r in services.record_results(demo).rows}
    cards = every_card(window)
    assert len(cards) == 36
    scored = [c for c in cards if c[1][0]]
    assert len(scored) == sum(1 for r in record.values() if r.score is not None) >= 35
    context = window.board_widget.context
    for view in window.board_widget.views:
        for i, card in enumerate(view.lane_model.cards()):
            big, small = context.badge(card)
            said = view.lane_model.index(i, 0).data(SPOKEN)
            if not big:
                continue
            if card.id in own:
                assert "round" not in small, card.title  # round 2's own: unmarked
            else:
                assert small.startswith("from round 1 · "), (card.title, small)
                assert f"from round 1: {big} of 5" in said


def test_the_setting_chooses_the_round_the_board_and_documents_report(
    window: MainWindow, services: Services, demo: int, qtbot
):
    dialog = WorkshopSettingsDialog(services, window.undo_stack, demo, window)
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "recordRoundCombo")
    assert combo is not None
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Latest revealed round (round 2)",
        "Round 1",
        "Round 2",
    ]
    assert combo.currentIndex() == 0
    combo.setCurrentIndex(1)
    assert dialog.findChild(QPushButton, "settingsApply").isEnabled()
    with qtbot.waitSignal(window.bridge.changed, timeout=5000):
        dialog.findChild(QPushButton, "settingsOk").click()
    assert services.workshop(demo).record_round == 1
    stack = window.undo_stack
    assert (stack.count(), stack.text(0)) == (1, "Documents report round 1")
    # The board follows: round 1's own scores, every card marked as round 1's (a later round
    # exists), none carried.
    badges = [b for _t, b, _s in every_card(window) if b[0]]
    assert badges and all(small.startswith("round 1 · ") for _big, small in badges)
    with qtbot.waitSignal(window.bridge.changed, timeout=5000):
        stack.undo()
    assert services.workshop(demo).record_round is None
    stack.redo()
    assert services.workshop(demo).record_round == 1


def made(window: MainWindow, action: str, qtbot, monkeypatch) -> DocumentDialog:
    shown: list[DocumentDialog] = []
    monkeypatch.setattr(window.ask, "document_dialog", shown.append)
    window.findChild(QAction, action).trigger()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=30_000)
    return dialog


@pytest.fixture
def poster_dialog(window: MainWindow, qtbot, monkeypatch) -> Iterator[DocumentDialog]:
    dialog = made(window, "exportPoster", qtbot, monkeypatch)
    yield dialog
    dialog.close()


def poster_text(dialog: DocumentDialog) -> str:
    assert dialog.document is not None
    return " ".join(PdfReader(io.BytesIO(dialog.document.content)).pages[0].extract_text().split())


def test_the_poster_dialog_picks_a_revealed_round(poster_dialog: DocumentDialog, qtbot):
    picker = poster_dialog.findChild(QComboBox, "documentRound")
    assert picker is not None and picker.isVisibleTo(poster_dialog)
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "Round 1",
        "Round 2 — the round of record",
    ]
    assert picker.currentData() == 2
    assert "Score from round 1: round 2 did not score" in poster_text(poster_dialog)
    picker.setCurrentIndex(0)
    assert poster_dialog.document is None and not poster_dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: poster_dialog.document is not None, timeout=30_000)
    text = poster_text(poster_dialog)
    assert "round 1" in text and "†" not in text


def test_the_packet_dialog_reports_the_round_picked(
    window: MainWindow, services: Services, demo: int, qtbot, monkeypatch
):
    services.set_record_round(demo, 1)
    dialog = made(window, "exportPacket", qtbot, monkeypatch)
    picker = dialog.findChild(QComboBox, "documentRound")
    assert picker is not None and picker.currentData() == 1
    assert picker.itemText(0) == "Round 1 — the round of record"
    assert dialog.document is not None
    pages = PdfReader(io.BytesIO(dialog.document.content)).pages
    words = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "This packet reports round 1, revealed" in words
    dialog.close()
