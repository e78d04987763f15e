"""Proposal and lane commands from the menus, each one undoable step; the presenter view;
opening other stores. Dialogs are answered through the window's Ask, replaced here."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListView

from roadmap_desktop.services import Services
from roadmap_desktop.services.demo import write_demo_store
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.main_window import MainWindow, recent_stores
from roadmap_desktop.ui.proposal_dialog import ProposalDialog


def titles(window: MainWindow, lane: int) -> list[str]:
    return [c.title for c in window.board_widget.views[lane].lane_model.cards()]


def lanes(window: MainWindow) -> list[str]:
    return [v.lane_model.lane.name for v in window.board_widget.views]


def select(window: MainWindow, lane: int, *rows: int) -> None:
    view = window.board_widget.views[lane]
    view.setFocus()
    view.setCurrentIndex(view.model().index(rows[0], 0))
    for row in rows[1:]:
        view.selectionModel().select(
            view.model().index(row, 0), view.selectionModel().SelectionFlag.Select
        )


def column_label(window: MainWindow, name: str) -> QLabel:
    """A lane header label as shown now (rebuilt lanes leave old ones pending deletion)."""
    labels = [c.header for c in window.board_widget.columns]
    labels += [c.quotas for c in window.board_widget.columns]
    return next(label for label in labels if label.objectName() == name)


def trigger(window: MainWindow, name: str) -> None:
    window.findChild(QAction, name).trigger()


def answer_dialog(monkeypatch, window: MainWindow, **fields: str) -> None:
    def fill(dialog: ProposalDialog) -> bool:
        for name, value in fields.items():
            widget = getattr(dialog, name)
            if hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            elif hasattr(widget, "setEditText"):
                widget.setCurrentIndex(widget.findText(value)) if widget.findText(
                    value
                ) >= 0 else widget.setEditText(value)
            else:
                widget.setText(value)
        dialog.accept()
        return dialog.result() == ProposalDialog.DialogCode.Accepted

    monkeypatch.setattr(window.ask, "proposal", fill)


def test_a_new_proposal_lands_in_the_current_lane_and_undoes(window: MainWindow, monkeypatch):
    select(window, 1, 0)
    answer_dialog(
        monkeypatch,
        window,
        title="Thư viện số: biblioteca digital",
        department="Library",
        domain="Inclusive",
        category="Capacity building",
        cost="$1,200,000",
        timeframe="18 months",
    )
    trigger(window, "newProposal")
    assert titles(window, 1)[-1] == "Thư viện số: biblioteca digital"
    card = window.board_widget.views[1].lane_model.cards()[-1]
    assert (card.department, card.cost, card.timeframe) == ("Library", 1_200_000, "18 months")
    window.undo_stack.undo()
    assert "Thư viện số: biblioteca digital" not in titles(window, 1)
    window.undo_stack.redo()
    assert window.board_widget.views[1].lane_model.cards()[-1].id == card.id


def test_editing_a_card_changes_it_and_undo_brings_the_old_title_back(
    window: MainWindow, monkeypatch
):
    select(window, 0, 0)
    old = titles(window, 0)[0]
    answer_dialog(monkeypatch, window, title="Drone responders (revised)")
    trigger(window, "editProposal")
    assert titles(window, 0)[0] == "Drone responders (revised)"
    # The history says which field of which card (its title as it was, cut after a word).
    assert window.undo_stack.undoText() == "Edit title of “Drone first responders for priority…”"
    window.undo_stack.undo()
    assert titles(window, 0)[0] == old


def test_the_editor_refuses_a_blank_title_or_a_bad_cost(
    window: MainWindow, services: Services, qtbot
):
    info = services.workshop(window.current_workshop())
    dialog = ProposalDialog(info, ["Library"])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.findChild(QLabel, "proposalProblem").text() == "A proposal needs a title."
    dialog.title.setText("Bike lanes")
    dialog.cost.setText("a lot")
    dialog.accept()
    assert "cost" in dialog.findChild(QLabel, "proposalProblem").text()
    assert dialog.result() != ProposalDialog.DialogCode.Accepted


def test_duplicate_puts_a_copy_after_the_card(window: MainWindow):
    select(window, 1, 2)
    original = titles(window, 1)[2]
    trigger(window, "duplicateProposal")
    assert titles(window, 1)[3] == f"{original} (copy)"
    window.undo_stack.undo()
    assert f"{original} (copy)" not in titles(window, 1)


def test_archiving_several_cards_is_one_step(window: MainWindow, services: Services):
    before = titles(window, 1)
    select(window, 1, 1, 3)
    trigger(window, "archiveProposal")
    assert titles(window, 1) == [t for i, t in enumerate(before) if i not in (1, 3)]
    assert len(services.archived_proposals(window.current_workshop())) == 2
    window.undo_stack.undo()
    assert titles(window, 1) == before


def test_delete_asks_first_and_undo_brings_back_the_scores(
    window: MainWindow, services: Services, monkeypatch
):
    workshop = window.current_workshop()
    card = services.add_proposal(workshop, ProposalSpec("Benches at bus stops")).subject
    r = services.open_round(workshop, proposal_ids=[card]).subject
    director = services.workshop(workshop).voters[0].id
    criterion = services.workshop(workshop).criteria[0].id
    services.record_score(r, director, card, criterion, 4)
    last = len(titles(window, 0)) - 1
    select(window, 0, last)
    monkeypatch.setattr(window.ask, "confirm", lambda *_: False)
    trigger(window, "deleteProposal")
    assert titles(window, 0)[last] == "Benches at bus stops"
    monkeypatch.setattr(window.ask, "confirm", lambda *_: True)
    trigger(window, "deleteProposal")
    assert "Benches at bus stops" not in titles(window, 0)
    window.undo_stack.undo()
    assert titles(window, 0)[last] == "Benches at bus stops"
    assert services.sealed_entries(r).scores == {(director, card, criterion): 4}


def test_a_card_in_a_revealed_round_is_kept_on_record(window: MainWindow, monkeypatch):
    select(window, 2, 0)
    card = titles(window, 2)[0]
    monkeypatch.setattr(window.ask, "confirm", lambda *_: True)
    trigger(window, "deleteProposal")
    assert titles(window, 2)[0] == card
    message = window.statusBar().currentMessage()
    assert message.startswith("Not deleted: ") and "Archive the proposal instead" in message
    assert window.undo_stack.count() == 0


def test_an_archived_card_can_be_restored_from_the_menu(window: MainWindow, monkeypatch):
    select(window, 3, 0)
    card = titles(window, 3)[0]
    trigger(window, "archiveProposal")
    monkeypatch.setattr(window.ask, "choice", lambda *_: 0)
    trigger(window, "restoreArchived")
    assert card in titles(window, 3)


def test_lanes_are_added_renamed_limited_moved_and_removed_with_undo(
    window: MainWindow, monkeypatch
):
    monkeypatch.setattr(window.ask, "text", lambda *_args: "Later")
    trigger(window, "addLane")
    assert lanes(window) == ["Inbox", "Shortlist", "Roadmap", "Parked", "Later"]
    window.undo_stack.undo()
    assert lanes(window) == ["Inbox", "Shortlist", "Roadmap", "Parked"]

    select(window, 0, 0)
    monkeypatch.setattr(window.ask, "text", lambda *_args: "Ideas")
    trigger(window, "renameLane")
    assert lanes(window)[0] == "Ideas"
    monkeypatch.setattr(window.ask, "limit", lambda *_args: 3)
    trigger(window, "limitLane")
    header = column_label(window, "laneHeader-Ideas")
    assert header.text() == "Ideas  5 / 3"
    assert theme.WARNING in header.styleSheet()
    assert "over the limit" in header.accessibleName()

    monkeypatch.setattr(window.ask, "colour", lambda *_args: "#009e73")
    trigger(window, "colourLane")
    assert "#bfe7dc" in window.board_widget.views[0].styleSheet()  # a light tint of the colour

    trigger(window, "moveLaneRight")
    assert lanes(window)[:2] == ["Shortlist", "Ideas"]
    monkeypatch.setattr(window.ask, "choice", lambda *_args: 2)  # of Shortlist, Roadmap, Parked
    inbox_cards = titles(window, 1)
    trigger(window, "removeLane")
    assert lanes(window) == ["Shortlist", "Roadmap", "Parked"]
    assert titles(window, 2)[-5:] == inbox_cards
    for _ in range(5):
        window.undo_stack.undo()
    assert lanes(window) == ["Inbox", "Shortlist", "Roadmap", "Parked"]
    assert column_label(window, "laneHeader-Inbox").text() == "Inbox  5"


def test_the_roadmap_lane_counts_each_category_against_its_quota(window: MainWindow):
    quotas = column_label(window, "laneQuotas-Roadmap")
    assert quotas.accessibleName() == (
        "Quotas: Implementation at scale 2 / 7; Strategy / demonstration / pilot 0 / 13; "
        "Capacity building 0 / 1"
    )
    # A narrow lane wraps between categories, never inside a count ("0 /↵13").
    assert "pilot\u00a00\u00a0/\u00a013" in quotas.text()
    assert column_label(window, "laneQuotas-Inbox").isHidden()


def test_the_presenter_follows_the_board_and_leaves_on_escape(window: MainWindow, qtbot):
    trigger(window, "presentAction")
    presenter = window.presenter
    assert presenter is not None and presenter.isVisible() and presenter.mode == "board"
    card = titles(window, 0)[0]
    select(window, 0, 0)
    qtbot.keyClick(
        window.board_widget.views[0], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier
    )
    second = window.board_widget.views[1].lane_model.lane.id
    qtbot.waitUntil(lambda: presenter.snapshot.board.cards[second][0].title == card)
    shown = {t.full for t in presenter.scene().texts()}
    assert card in shown
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presenter is None)


def test_open_store_replaces_the_window_and_remembers_the_file(
    window: MainWindow, tmp_path: Path, qtbot
):
    other = tmp_path / "other.sqlite"
    write_demo_store(other)
    opened = window.open_store_file(str(other))
    assert opened is not None
    qtbot.waitUntil(lambda: not window.isVisible())
    assert opened.findChild(QListView, "workshopList").model().rowCount() == 1
    assert recent_stores()[0] == str(other.resolve())
    opened.close()


def test_a_file_that_is_not_a_store_is_explained_and_nothing_changes(
    window: MainWindow, tmp_path: Path, monkeypatch
):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(window.ask, "warn", lambda _title, text: warned.append(text))
    assert window.open_store_file(str(notes)) is None
    assert window.isVisible()
    assert warned and "not a Roadmap Desktop store" in warned[0]


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A real modal dialog would hang an offscreen test: fail loudly instead."""
    monkeypatch.setattr(ProposalDialog, "exec", lambda self: pytest.fail("unexpected dialog"))


def test_nothing_on_the_presenter_is_under_18_points(window: MainWindow):
    trigger(window, "presentAction")
    presenter = window.presenter
    texts = list(presenter.scene().texts())
    assert texts and all(t.font.pointSizeF() >= 18 for t in texts)
    presenter.close()


def test_the_presenter_shows_the_round_countdown(window: MainWindow, services: Services, qtbot):
    with qtbot.waitSignal(window.bridge.changed):
        services.open_round(window.current_workshop(), minutes=5)
    trigger(window, "presentAction")
    presenter = window.presenter

    def countdown() -> list[str]:
        return [t.text for t in presenter.scene().texts() if t.role == "countdown"]

    qtbot.waitUntil(lambda: bool(countdown()))
    assert countdown()[0] in ("Round 2 · 05:00", "Round 2 · 04:59", "Round 2 · 04:58")
    presenter.close()
