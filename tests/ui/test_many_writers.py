"""The window among other writers: a phone, another thread, another process, a busy or failing
store. Undo never overwrites someone else's newer value, a revealed round stays final, every
storage problem is a sentence, and the screens follow what the others did."""

import sqlite3
import threading

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence

from roadmap_desktop.app import open_services
from roadmap_desktop.services import Services, StoreError
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.store import open_store
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.scoring import ScoringPanel
from roadmap_desktop.ui.scoring.score_grid import ScoreGridView


def titles(window: MainWindow, lane: int) -> list[str]:
    return [c.title for c in window.board_widget.views[lane].lane_model.cards()]


def grid(window: MainWindow) -> ScoreGridView:
    return window.findChild(ScoringPanel).findChild(ScoreGridView, "scoreGrid")


def type_digit(qtbot, window: MainWindow, digit: str, row: int = 0, column: int = 0) -> None:
    view = grid(window)
    view.setCurrentIndex(window.scoring.grid_model.index(row, column))
    qtbot.keyClick(view, digit)


@pytest.fixture
def phone(services: Services) -> Services:
    """Another writer on the same store (a director's phone through the ballot server)."""
    other = Services(open_store(services.store.path))
    yield other
    other.store.close()


def test_undo_leaves_a_value_someone_else_entered_since(window: MainWindow, phone, qtbot):
    workshop = window.current_workshop()
    round_id = phone.open_round(workshop).subject
    window.tabs.setCurrentWidget(window.scoring)
    qtbot.waitUntil(
        lambda: window.scoring.round is not None and window.scoring.round.id == round_id
    )
    type_digit(qtbot, window, "4")
    key = window.scoring.grid_model.key(0, 0)
    phone.record_score(round_id, *key, 5)  # the director corrects it on the phone
    window.undo_stack.undo()
    assert phone.sealed_entries(round_id).scores[key] == 5
    message = window.statusBar().currentMessage()
    assert "changed by someone else since" in message and "their value stays" in message
    assert window.undo_stack.count() == 0  # the step left the history, nothing half-done


def test_undoing_a_delete_never_changes_a_revealed_round(window: MainWindow, services, qtbot):
    workshop = window.current_workshop()
    card = services.proposal(services.add_proposal(workshop, ProposalSpec("Benches")).subject)
    round_id = services.open_round(workshop).subject
    voter = services.workshop(workshop).voters[0].id
    for criterion in services.workshop(workshop).criteria:
        services.record_score(round_id, voter, card.id, criterion.id, 5)
    window.board_widget.select_cards(card.lane_id, [card.id])
    window.ask.confirm = lambda *_: True
    window.board_actions.delete_proposals()
    assert card.title not in titles(window, 0)
    services.close_round(round_id)
    services.reveal_round(round_id)
    rows = len(services.results(workshop).rows)

    window.undo_stack.undo()
    assert "has been revealed since" in window.statusBar().currentMessage()
    assert card.title not in titles(window, 0)
    results = services.results(workshop)
    assert len(results.rows) == rows
    assert card.id not in {r.proposal_id for r in results.rows}


def test_a_busy_store_is_a_sentence_and_nothing_is_shown_done(
    qtbot, tmp_path, demo, services, capfd
):
    busy = Services(open_store(services.store.path, busy_timeout_ms=50))
    window = MainWindow(busy, open_store=open_services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = [titles(window, lane) for lane in range(4)]
    holder = sqlite3.connect(services.store.path)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the store
    try:
        card = window.board_widget.views[0].lane_model.cards()[0]
        assert not window.board_widget.move(
            [card.id], window.board_widget.views[1].lane_model.lane.id, 0
        )
        message = window.statusBar().currentMessage()
        assert message.startswith("Not moved: The store is busy")
        assert [titles(window, lane) for lane in range(4)] == before
        assert window.undo_stack.count() == 0
    finally:
        holder.rollback()
        holder.close()
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err and "parameters" not in out + err
    window.close()
    busy.store.close()


def test_a_failing_store_while_typing_is_said_and_records_nothing(
    window: MainWindow, services, qtbot, monkeypatch, capfd
):
    round_id = services.open_round(window.current_workshop()).subject
    window.tabs.setCurrentWidget(window.scoring)
    qtbot.waitUntil(lambda: window.scoring.round is not None)

    def full(*_args, **_kwargs):
        raise StoreError("The disk is full: free some space and try again. Nothing was saved.")

    monkeypatch.setattr(window.services, "record_score", full)
    type_digit(qtbot, window, "3")
    assert "The disk is full" in window.statusBar().currentMessage()
    assert window.scoring.grid_model.data(window.scoring.grid_model.index(0, 0)) == ""
    assert services.sealed_entries(round_id).scores == {}
    assert window.undo_stack.count() == 0
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err


def test_a_failed_undo_on_a_busy_store_can_be_tried_again(window: MainWindow, services, qtbot):
    lane = window.board_widget.views[1].lane_model.lane.id
    card = window.board_widget.views[0].lane_model.cards()[0]
    window.board_widget.move([card.id], lane, 0)
    command = window.undo_stack.command(0)
    real = services.place_proposals
    calls = {"n": 0}

    def once_busy(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise StoreError("The store is busy: another program is writing to it.", busy=True)
        return real(*args, **kwargs)

    window.services.place_proposals = once_busy  # type: ignore[method-assign]
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.undo_stack.index() == 1)  # the history stepped back
    assert "The store is busy" in window.statusBar().currentMessage()
    assert card.title == titles(window, 1)[0]
    assert window.undo_stack.command(0) is command
    window.undo_stack.undo()  # tried again: it works now
    assert card.title == titles(window, 0)[0]
    del window.services.place_proposals


def test_the_results_tab_follows_a_weight_and_a_role(window: MainWindow, services, qtbot):
    workshop = window.current_workshop()
    window.tabs.setCurrentWidget(window.results)
    qtbot.waitUntil(lambda: window.results.model.rowCount() > 0)

    def shown() -> list[tuple[int, float, int]]:
        return ranked(window.results.model.rows())

    def ranked(rows) -> list[tuple[int, float, int]]:
        return [(r.proposal_id, round(r.score, 6), r.n) for r in rows if r.score is not None]

    first = shown()
    config = services.configuration(workshop, ["criteria"])
    config["criteria"][0]["weight"] = 5.0
    services.configure_workshop(workshop, criteria=config["criteria"])
    expected = ranked(services.results(workshop).rows)
    assert expected != first
    qtbot.waitUntil(lambda: shown() == expected)

    director = services.workshop(workshop).voters[0]
    services.update_participant(director.id, role="facilitator")
    expected = ranked(services.results(workshop).rows)
    assert [n for _p, _s, n in expected] != [n for _p, _s, n in first]  # one voter fewer
    qtbot.waitUntil(lambda: shown() == expected)


def test_another_process_change_reaches_the_board(window: MainWindow, services, qtbot):
    other = Services(open_store(services.store.path))
    try:
        card = window.board_widget.views[0].lane_model.cards()[0]
        shortlist = window.board_widget.views[1].lane_model.lane.id
        # A second Services over the store is what a second process is to this window: its
        # changes reach the window only through the audit log.
        other.move_proposals([card.id], shortlist, 0)
        qtbot.waitUntil(lambda: titles(window, 1)[0] == card.title, timeout=15_000)
        assert card.title not in titles(window, 0)
    finally:
        other.store.close()


def test_a_change_made_on_another_thread_is_shown_on_the_gui_thread(
    window: MainWindow, services, qtbot
):
    card = window.board_widget.views[0].lane_model.cards()[0]
    shortlist = window.board_widget.views[1].lane_model.lane.id
    seen: list[bool] = []
    gui = threading.current_thread()
    window.bridge.changed.connect(lambda _c: seen.append(threading.current_thread() is gui))
    worker = threading.Thread(target=lambda: services.move_proposals([card.id], shortlist, 0))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: titles(window, 1)[0] == card.title)
    assert seen and all(seen)


def test_redo_answers_both_shortcuts(window: MainWindow, qtbot, qtlog):
    redo = window.findChild(type(window.undo_stack.createRedoAction(window)), "redoAction")
    keys = [k.toString() for k in redo.shortcuts()]
    assert "Ctrl+Shift+Z" in keys and "Ctrl+Y" in keys
    assert len(keys) == len(set(keys))
    lane = window.board_widget.views[1].lane_model.lane.id
    card = window.board_widget.views[0].lane_model.cards()[0]
    for shortcut in ("Ctrl+Shift+Z", "Ctrl+Y"):
        window.board_widget.move([card.id], lane, 0)
        window.undo_stack.undo()
        assert titles(window, 0)[0] == card.title
        qtbot.keySequence(window.board_widget.views[0], QKeySequence(shortcut))
        assert titles(window, 1)[0] == card.title, shortcut
        window.undo_stack.undo()
    assert not [m for m in qtlog.records if "Ambiguous" in m.message]


def test_after_a_drop_the_dropped_cards_are_the_selection_and_the_focus(window: MainWindow, qtbot):
    board = window.board_widget
    shortlist, parked = board.views[1], board.views[3]
    shortlist.setFocus()
    shortlist.selectionModel().select(
        shortlist.lane_model.index(0, 0), shortlist.selectionModel().SelectionFlag.Select
    )
    moved = [c.id for c in shortlist.lane_model.cards()[2:4]]
    mime = shortlist.lane_model.mimeData(
        [shortlist.lane_model.index(2, 0), shortlist.lane_model.index(3, 0)]
    )
    parked.lane_model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert parked.hasFocus()
    assert sorted(board.selected_ids()) == sorted(moved)
    for view in board.views:
        if view is not parked:
            assert not view.selectionModel().selectedIndexes(), view.objectName()
    # The next key acts on them: Ctrl+← takes both cards to Roadmap, nothing else moves.
    left_behind = [c.id for c in shortlist.lane_model.cards()]
    qtbot.keyClick(parked, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    roadmap = [c.id for c in board.views[2].lane_model.cards()]
    assert set(moved) <= set(roadmap)
    assert [c.id for c in shortlist.lane_model.cards()] == left_behind
