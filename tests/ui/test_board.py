"""The board as a facilitator uses it: drag, keyboard moves, undo and redo, live updates."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel

from roadmap_desktop.services import Services
from roadmap_desktop.ui.board.card_model import LaneCardsModel
from roadmap_desktop.ui.main_window import MainWindow


def titles(window: MainWindow, lane: int) -> list[str]:
    return [c.title for c in window.board_widget.views[lane].lane_model.cards()]


def header(window: MainWindow, name: str) -> str:
    return window.findChild(QLabel, f"laneHeader-{name}").text()


def stored_titles(services: Services, workshop: int, lane: int) -> list[str]:
    board = services.board(workshop)
    return [c.title for c in board.cards[board.lanes[lane].id]]


def drop(window: MainWindow, source: int, rows: list[int], target: int, row: int) -> None:
    views = window.board_widget.views
    source_model = views[source].lane_model
    mime = source_model.mimeData([source_model.index(r, 0) for r in rows])
    views[target].lane_model.dropMimeData(mime, Qt.DropAction.MoveAction, row, 0, QModelIndex())


def test_lanes_show_side_by_side_with_counts_and_limits(window: MainWindow):
    assert [v.lane_model.lane.name for v in window.board_widget.views] == [
        "Inbox",
        "Shortlist",
        "Roadmap",
        "Parked",
    ]
    assert header(window, "Inbox") == "Inbox  5"
    assert header(window, "Roadmap") == "Roadmap  2 / 21"
    assert len(titles(window, 1)) == 25


def test_a_dropped_card_moves_is_stored_and_undoes(window: MainWindow, services: Services, qtbot):
    workshop = window.current_workshop()
    moving = titles(window, 0)[0]
    with qtbot.waitSignal(window.bridge.changed):
        drop(window, 0, [0], 2, 1)
    assert titles(window, 2)[1] == moving
    assert stored_titles(services, workshop, 2)[1] == moving
    assert header(window, "Inbox") == "Inbox  4"
    window.undo_stack.undo()
    assert titles(window, 0)[0] == moving
    assert stored_titles(services, workshop, 0)[0] == moving
    window.undo_stack.redo()
    assert stored_titles(services, workshop, 2)[1] == moving
    assert titles(window, 2)[1] == moving


def test_several_cards_move_together_in_order(window: MainWindow, services: Services):
    first, second = titles(window, 1)[0], titles(window, 1)[2]
    drop(window, 1, [0, 2], 3, 0)
    assert titles(window, 3)[:2] == [first, second]
    assert stored_titles(services, window.current_workshop(), 3)[:2] == [first, second]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.text(0) == "Move 2 cards to Parked"


def test_keyboard_moves_cards_between_lanes_and_within_one(window: MainWindow, qtbot):
    inbox = window.board_widget.views[0]
    inbox.setFocus()
    inbox.setCurrentIndex(inbox.model().index(1, 0))
    card = titles(window, 0)[1]
    qtbot.keyClick(inbox, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert card not in titles(window, 0)
    assert titles(window, 1)[1] == card
    shortlist = window.board_widget.views[1]
    assert shortlist.currentIndex().data() == card
    qtbot.keyClick(shortlist, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(window, 1)[2] == card
    qtbot.keyClick(shortlist, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window, 1)[1] == card
    qtbot.keyClick(shortlist, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window, 0)[1] == card


def test_arrow_keys_move_the_focus_between_lanes(window: MainWindow, qtbot):
    inbox, shortlist = window.board_widget.views[:2]
    inbox.setFocus()
    inbox.setCurrentIndex(inbox.model().index(2, 0))
    qtbot.keyClick(inbox, Qt.Key.Key_Right)
    assert shortlist.hasFocus()
    assert shortlist.currentIndex().row() == 2


def test_a_refused_move_leaves_the_board_and_says_why(window: MainWindow, services: Services):
    before = [titles(window, lane) for lane in range(4)]
    gone = window.board_widget.views[0].lane_model.cards()[0]
    # Archived behind the board's back (another process on the same store, …): the board
    # still shows the stale card when the user drags it.
    Services(services.store).archive_proposals([gone.id])
    window.board_widget.move([gone.id], window.board_widget.views[1].lane_model.lane.id, 0)
    assert [titles(window, lane) for lane in range(4)] == before
    assert window.statusBar().currentMessage().startswith("Not moved:")
    assert window.undo_stack.count() == 0


def test_cards_describe_themselves_for_screen_readers(window: MainWindow):
    roadmap = window.board_widget.views[2].lane_model
    description = roadmap.index(0, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description.startswith("Live 911 queue and unit-status dashboard — Safe — ")
    assert "4.5 of 5, 14 votes" in description


def test_an_open_round_shows_who_voted_but_no_values(window: MainWindow, services: Services, qtbot):
    with qtbot.waitSignal(window.bridge.changed):
        services.open_round(window.current_workshop())
    model = window.board_widget.views[2].lane_model
    description = model.index(0, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "0 of 14 voted in round 2" in description
    # Round 2's values never show; revealed round 1's stay, marked as round 1's.
    assert "round 1: 4.5 of 5, 14 votes" in description
    assert window.board_widget.context.badge(model.cards()[0]) == ("", "0 of 14 voted · was 4.5")


def test_the_board_reopens_exactly_as_left(window: MainWindow, services: Services, qtbot):
    drop(window, 0, [0], 3, 0)
    before = [titles(window, lane) for lane in range(4)]
    again = MainWindow(services)
    qtbot.addWidget(again)
    assert [[c.title for c in v.lane_model.cards()] for v in again.board_widget.views] == before


def test_density_and_zoom_change_card_height(window: MainWindow):
    delegate = window.board_widget.delegate
    font = window.font()
    normal = delegate.card_height(font)
    window.board_widget.set_density("large")
    large = delegate.card_height(font)
    window.board_widget.set_zoom(1.5)
    assert normal < large < delegate.card_height(font)


def test_lane_models_pass_the_model_tester(qtmodeltester, window: MainWindow):
    for view in window.board_widget.views:
        assert isinstance(view.lane_model, LaneCardsModel)
        qtmodeltester.check(view.lane_model)


def test_search_dims_other_cards_counts_matches_and_survives_moves(window: MainWindow, qtbot):
    from PySide6.QtWidgets import QCheckBox, QLineEdit

    field = window.findChild(QLineEdit, "filterText")
    with qtbot.waitSignal(window.board_widget.filtered):
        qtbot.keyClicks(field, "drone")
    count = window.findChild(QLabel, "filterCount")
    assert count.text() == "2 of 36 proposals match"
    dimmed = window.board_widget.delegate.dimmed
    assert len(dimmed) == 34
    window.findChild(QCheckBox, "filterHide").setChecked(True)
    inbox = window.board_widget.views[0]
    visible = [c.title for r, c in enumerate(inbox.lane_model.cards()) if not inbox.isRowHidden(r)]
    assert visible == ["Drone first responders for priority police calls"]
    drop(window, 1, [0], 0, 0)  # a non-matching card moved into the Inbox stays hidden
    assert inbox.isRowHidden(0)


def test_dragging_near_the_side_scrolls_lanes_into_view(window: MainWindow, monkeypatch, qtbot):
    board = window.board_widget
    for name in ("Later", "Someday", "Council", "Budget"):
        monkeypatch.setattr(window.ask, "text", lambda *_args, n=name: n)
        window.board_actions.add_lane()
    bar = board.horizontalScrollBar()
    window.resize(900, 600)
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    start = bar.value()
    right_edge = board.viewport().mapToGlobal(board.viewport().rect().center())
    right_edge.setX(board.viewport().mapToGlobal(board.viewport().rect().topRight()).x() - 5)
    board.scroll_near_edge(right_edge)
    assert bar.value() > start
