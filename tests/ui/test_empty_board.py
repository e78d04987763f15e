"""An empty board says how to bring proposals in, with buttons for the very actions it
names, and goes away as soon as the first card arrives — from any writer."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import ProposalSpec, WorkshopSpec
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.proposal_dialog import ProposalDialog


@pytest.fixture
def empty(window: MainWindow, services: Services, qtbot) -> int:
    """A new workshop without proposals, shown in the window."""
    with qtbot.waitSignal(window.bridge.changed):
        created = services.create_workshop(WorkshopSpec.san_jose("Budget retreat")).subject
    window.select_workshop(created)
    assert window.current_workshop() == created
    return created


def note(window: MainWindow) -> QFrame:
    return window.board_widget.findChild(QFrame, "emptyBoard")


def test_an_empty_board_says_how_to_import_or_add_proposals(window: MainWindow, empty: int):
    shown = note(window)
    assert shown.isVisible()
    assert shown.findChild(QLabel, "emptyBoardHeading").text() == "No proposals yet"
    assert shown.findChild(QLabel, "emptyBoardText").text() == (
        "Use File ▸ Import proposals… (Ctrl+I) or Proposal ▸ New proposal… (Ctrl+N)."
    )
    buttons = [b.text() for b in shown.findChildren(QPushButton)]
    assert buttons == ["Import proposals…", "New proposal…"]
    # Centred on the board.
    board = window.board_widget.viewport().geometry()
    assert abs(shown.geometry().center().x() - board.center().x()) <= 2
    assert abs(shown.geometry().center().y() - board.center().y()) <= 2


def test_the_note_follows_the_actions_texts_and_keys(window: MainWindow, empty: int):
    window.findChild(QAction, "newProposal").setShortcut(QKeySequence("Ctrl+Alt+N"))
    window.select_workshop(1)
    window.select_workshop(empty)
    text = note(window).findChild(QLabel, "emptyBoardText").text()
    assert "Proposal ▸ New proposal… (Ctrl+Alt+N)" in text


def test_the_buttons_run_the_actions(window: MainWindow, empty: int, qtbot, monkeypatch):
    asked: list[bool] = []
    monkeypatch.setattr(window.ask, "import_path", lambda: asked.append(True))
    with qtbot.waitSignal(window.findChild(QAction, "importProposals").triggered):
        qtbot.mouseClick(
            note(window).findChild(QPushButton, "emptyBoard-importProposals"),
            Qt.MouseButton.LeftButton,
        )
    assert asked == [True]  # File ▸ Import proposals… asked for a file

    def fill(dialog: ProposalDialog) -> bool:
        dialog.title.setText("Mobile permit van")
        dialog.accept()
        return True

    monkeypatch.setattr(window.board_actions.ask, "proposal", fill)
    qtbot.mouseClick(
        note(window).findChild(QPushButton, "emptyBoard-newProposal"), Qt.MouseButton.LeftButton
    )
    cards = [c.title for v in window.board_widget.views for c in v.lane_model.cards()]
    assert cards == ["Mobile permit van"]
    assert not note(window).isVisible()
    window.undo_stack.undo()  # no proposals again: the note is back
    assert note(window).isVisible()


def test_the_first_card_from_anywhere_hides_the_note(
    window: MainWindow, services: Services, empty: int, qtbot
):
    assert note(window).isVisible()
    with qtbot.waitSignal(window.bridge.changed):  # a second laptop, a phone, the CLI …
        added = services.add_proposal(empty, ProposalSpec("Bike lanes on 10th Street"))
    assert not note(window).isVisible()
    with qtbot.waitSignal(window.bridge.changed):
        services.delete_proposals([added.subject])
    assert note(window).isVisible()


def test_a_board_with_cards_shows_no_note(window: MainWindow):
    assert not note(window).isVisible()
