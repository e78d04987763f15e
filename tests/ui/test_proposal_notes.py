"""Notes on proposals in the proposal editor (each add or removal one undoable step, the
author kept for the next note) and on the presenter's Proposal screen (the latest notes, in
type read across the room, the rest counted)."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QListWidget, QPushButton
from shiboken6 import isValid

from roadmap_desktop.services import Services
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.presenter import PresenterWindow
from roadmap_desktop.ui.presenter.proposal_mode import NOTES_SHOWN
from roadmap_desktop.ui.presenter.scene import Scene, Text
from roadmap_desktop.ui.proposal_dialog import ProposalDialog
from roadmap_desktop.ui.proposal_notes import ProposalNotes
from tests.ui.test_presenter import SIZES, shown
from tests.ui.test_presenter import check_scene as check_lines
from tests.ui.test_proposal_funding import editor, first_card


@pytest.fixture(autouse=True)
def no_author_yet() -> Iterator[None]:
    """Who raised the last note is kept for the app's run: each test starts without one."""
    ProposalNotes.last_author = ""
    yield
    ProposalNotes.last_author = ""


def rows(dialog: ProposalDialog) -> list[str]:
    found = dialog.findChild(QListWidget, "proposalNotes")
    return [found.item(i).text() for i in range(found.count())]


def write(dialog: ProposalDialog, text: str, author: str | None = None) -> None:
    if author is not None:
        dialog.findChild(QLineEdit, "proposalNoteAuthor").setText(author)
    dialog.findChild(QLineEdit, "proposalNoteText").setText(text)
    dialog.findChild(QPushButton, "proposalNoteAdd").click()


def test_a_note_added_shows_and_undo_and_redo_take_it_back_and_again(
    window: MainWindow, services: Services
):
    workshop = window.current_workshop()
    assert workshop is not None
    card = first_card(window)
    dialog = editor(window, services, card)
    assert rows(dialog) == ["No notes yet"]
    add = dialog.findChild(QPushButton, "proposalNoteAdd")
    assert not add.isEnabled()  # nothing typed
    write(dialog, "Needs a pilot in one district first.", "Ana Ruiz")
    (note,) = services.notes(workshop)[card.id]
    assert (note.author, note.text) == ("Ana Ruiz", "Needs a pilot in one district first.")
    (row,) = rows(dialog)
    assert row.startswith("Ana Ruiz — Needs a pilot in one district first. · ")
    assert dialog.findChild(QLineEdit, "proposalNoteText").text() == ""  # ready for the next
    assert window.undo_stack.undoText().startswith(f"Add a note to “{card.title[:20]}")

    window.undo_stack.undo()
    assert services.notes(workshop) == {}
    assert rows(dialog) == ["No notes yet"]  # the open editor follows the history
    window.undo_stack.redo()
    (again,) = services.notes(workshop)[card.id]
    assert again == note  # the same note: its id, author, text and time
    assert rows(dialog) == [row]
    dialog.deleteLater()


def test_removing_a_note_is_one_step_and_undo_puts_it_back(window: MainWindow, services: Services):
    workshop = window.current_workshop()
    assert workshop is not None
    card = first_card(window)
    dialog = editor(window, services, card)
    write(dialog, "Who pays for upkeep?")
    write(dialog, "Ask the fire chief.", "Bao")
    assert [r.split(" · ")[0] for r in rows(dialog)] == [
        "Who pays for upkeep?",
        "Bao — Ask the fire chief.",
    ]
    remove = dialog.findChild(QPushButton, "proposalNoteRemove")
    assert not remove.isEnabled()  # nothing chosen
    before = services.notes(workshop)[card.id]
    dialog.findChild(QListWidget, "proposalNotes").setCurrentRow(0)
    assert remove.isEnabled()
    remove.click()
    assert [n.text for n in services.notes(workshop)[card.id]] == ["Ask the fire chief."]
    assert window.undo_stack.undoText().startswith("Remove a note from “")
    window.undo_stack.undo()
    assert services.notes(workshop)[card.id] == before
    window.undo_stack.redo()
    assert [n.text for n in services.notes(workshop)[card.id]] == ["Ask the fire chief."]
    assert window.undo_stack.count() == 3
    dialog.deleteLater()


def test_enter_in_the_note_adds_it_and_keeps_the_editor_open(
    window: MainWindow, services: Services, qtbot
):
    workshop = window.current_workshop()
    assert workshop is not None
    card = first_card(window)
    dialog = editor(window, services, card)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.findChild(QLineEdit, "proposalNoteText")
    field.setFocus()
    QTest.keyClicks(field, "Share radios with the library")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert [n.text for n in services.notes(workshop)[card.id]] == ["Share radios with the library"]
    QTest.keyClick(field, Qt.Key.Key_Return)  # empty: nothing added, nothing recorded
    assert window.undo_stack.count() == 1
    dialog.close()


def test_the_author_is_kept_for_the_next_note_and_the_next_editor(
    window: MainWindow, services: Services
):
    workshop = window.current_workshop()
    assert workshop is not None
    card, other = first_card(window), first_card(window, 1)
    dialog = editor(window, services, card)
    write(dialog, "First point", "Fran")
    write(dialog, "Second point")  # the author field still says Fran
    assert [n.author for n in services.notes(workshop)[card.id]] == ["Fran", "Fran"]
    dialog.deleteLater()
    following = editor(window, services, other)
    assert following.findChild(QLineEdit, "proposalNoteAuthor").text() == "Fran"
    # The workshop's people are offered as a name is typed.
    completer = following.findChild(QLineEdit, "proposalNoteAuthor").completer()
    names = {p.name for p in services.workshop(workshop).participants}
    model = completer.model()
    assert {model.index(i, 0).data() for i in range(model.rowCount())} == names
    following.deleteLater()


def test_a_refused_note_is_said_and_not_recorded(window: MainWindow, services: Services):
    dialog = editor(window, services, first_card(window))
    write(dialog, "\u200b\u200b")  # only invisible characters: blank once cleaned
    problem = dialog.findChild(QLabel, "proposalNoteProblem")
    assert problem.text() == "Not added: A note needs some text."
    assert window.undo_stack.count() == 0
    dialog.deleteLater()


def test_an_undo_refused_when_someone_removed_the_note_since(
    window: MainWindow, services: Services
):
    workshop = window.current_workshop()
    assert workshop is not None
    card = first_card(window)
    dialog = editor(window, services, card)
    write(dialog, "Soon gone elsewhere")
    dialog.deleteLater()
    (note,) = services.notes(workshop)[card.id]
    services.remove_note(note.id)  # another laptop
    said: list[str] = []
    window.board_widget.message.connect(said.append)
    window.undo_stack.undo()
    assert said and said[-1].startswith("Could not undo “Add a note to")
    assert "no longer there" in said[-1]
    assert window.undo_stack.count() == 0  # refused for good: it leaves the history


def test_an_editor_closed_leaves_the_history_working(window: MainWindow, services: Services, qtbot):
    workshop = window.current_workshop()
    assert workshop is not None
    dialog = editor(window, services, first_card(window))
    write(dialog, "A point")
    dialog.deleteLater()
    qtbot.wait(1)  # the editor is deleted
    assert not isValid(dialog)
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert len(services.notes(workshop)) == 1


def test_the_editor_s_mnemonics_are_each_their_own_letter(
    window: MainWindow, services: Services, qtbot
):
    """Labels and buttons alike: Alt+a letter goes to one control."""
    dialog = editor(window, services, first_card(window))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
    letters = [t.replace("&&", "").lower().split("&")[1][0] for t in texts if "&" in t]
    assert len(letters) == len(set(letters)), letters
    assert "e" in letters and "b" in letters and "v" in letters  # Notes, Raised by, Remove
    notes_label = next(w for w in dialog.findChildren(QLabel) if w.text() == "Not&es")
    assert notes_label.buddy() is dialog.findChild(QLineEdit, "proposalNoteText")
    dialog.close()


def test_a_new_proposal_has_no_notes_section(window: MainWindow, services: Services):
    workshop = window.current_workshop()
    assert workshop is not None
    dialog = ProposalDialog(services.workshop(workshop), [])
    assert dialog.notes is None and dialog.findChild(QListWidget, "proposalNotes") is None
    dialog.deleteLater()


# -- the presenter --------------------------------------------------------------------------


@pytest.fixture
def presenter(services: Services, demo: int) -> Iterator[PresenterWindow]:
    window = PresenterWindow(services, demo)
    yield window
    if isValid(window):
        window.close()


def check_scene(scene: Scene, width: int, height: int) -> None:
    """test_presenter's checks, a paragraph cut after several lines checked as one text: each
    of its lines carries the whole paragraph as its full text, so only all of them together
    are the paragraph cut at a word."""
    items: list = []
    for item in scene.items:
        last = items[-1] if items else None
        if (
            isinstance(item, Text)
            and isinstance(last, Text)
            and item.cut
            and last.cut
            and (item.full, item.role) == (last.full, last.role)
        ):
            items[-1] = Text(
                last.rect.united(item.rect),
                f"{last.text} {item.text}",
                last.full,
                last.font,
                last.colour,
                last.role,
            )
        else:
            items.append(item)
    check_lines(Scene(items), width, height)


def talk(services: Services, proposal_id: int, n: int) -> list[str]:
    said = [f"Point number {i}: the council will ask about cost and staffing." for i in range(n)]
    # Every other one long: it wraps, and is cut at a word after two lines.
    said = [t if i % 2 else t + " It said so at length" * 12 for i, t in enumerate(said)]
    for i, text in enumerate(said):
        services.add_note(proposal_id, text, author=("Ana", "Bao", "")[i % 3])
    return said


def test_the_proposal_screen_shows_the_latest_notes_live(
    presenter: PresenterWindow, services: Services
):
    card = presenter.snapshot.cards[0]
    presenter.show_proposal(card.id)
    assert shown(presenter.lay_out(1920, 1080), "note") == []
    services.add_note(card.id, "Needs a pilot first.", author="Ana")  # refreshes the screen
    scene = presenter.lay_out(1920, 1080)
    assert shown(scene, "notes") == ["From the discussion"]
    assert shown(scene, "note") == ["Ana — Needs a pilot first."]
    assert "Ana — Needs a pilot first." in scene.spoken()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_many_notes_fit_the_screen_newest_kept_and_the_rest_counted(
    presenter: PresenterWindow, services: Services, width, height
):
    card = presenter.snapshot.cards[0]
    said = talk(services, card.id, 9)
    presenter.show_proposal(card.id)
    scene = presenter.lay_out(width, height)
    check_scene(scene, width, height)  # nothing under 18 pt, off screen, over another, badly cut
    notes = [t.full for t in scene.texts() if t.role == "note"]
    shown_notes = list(dict.fromkeys(notes))  # a note of two lines is two texts
    assert 1 <= len(shown_notes) <= NOTES_SHOWN
    newest = [("Ana", "Bao", "")[i % 3] for i in range(9)][-len(shown_notes) :]
    expected = [
        f"{who} — {text}" if who else text
        for who, text in zip(newest, said[-len(shown_notes) :], strict=True)
    ]
    assert shown_notes == expected  # the latest, oldest of them first
    (heading,) = shown(scene, "notes")
    assert heading == f"From the discussion · + {9 - len(shown_notes)} more"
    # The summary keeps its first lines.
    if card.summary:
        assert shown(scene, "summary")


def test_notes_fit_beside_a_revealed_score(presenter: PresenterWindow, services: Services):
    """The demo's round 1 is revealed: title, score block and notes share the screen."""
    card = presenter.snapshot.cards[0]
    talk(services, card.id, 5)
    presenter.show_proposal(card.id)
    for width, height in SIZES:
        scene = presenter.lay_out(width, height)
        check_scene(scene, width, height)
        if presenter.snapshot.results is not None:
            assert shown(scene, "score")
        assert shown(scene, "note")


def test_view_presenter_proposal_reads_notes(window: MainWindow, services: Services):
    card = first_card(window)
    services.add_note(card.id, "From the floor", author="Olga")
    window.findChild(QAction, "presenterMode-proposal").trigger()
    presenter = window.presenter
    assert presenter is not None
    assert card.id in presenter.snapshot.notes
    presenter.close()
