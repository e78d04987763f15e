"""The board brings into view what the user is after: a search's first match, a new lane."""

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAction

from roadmap_desktop.services import Services
from roadmap_desktop.ui.board.lane_view import LaneColumn, LaneView
from roadmap_desktop.ui.main_window import MainWindow


def on_screen(window: MainWindow, column: LaneColumn) -> bool:
    """The whole lane is inside the board's visible area."""
    board = window.board_widget.viewport()
    return board.rect().contains(QRect(column.mapTo(board, QPoint(0, 0)), column.size()))


def card_on_screen(view: LaneView, row: int) -> bool:
    """The whole card is inside the lane's visible height."""
    card = view.visualRect(view.model().index(row, 0))
    return card.top() >= 0 and card.bottom() <= view.viewport().rect().bottom()


def search(window: MainWindow, qtbot, text: str) -> None:
    with qtbot.waitSignal(window.filter_bar.changed):
        window.filter_bar.search.setText(text)


def crowd(window: MainWindow, services: Services, qtbot) -> None:
    """More lanes than the board has room for (two new ones in front): it scrolls sideways,
    and the last lanes are out of sight."""
    for name in ("Ideas", "Questions"):
        with qtbot.waitSignal(window.bridge.changed):
            services.add_lane(window.current_workshop(), name, position=0)
    board = window.board_widget
    qtbot.waitUntil(lambda: board.horizontalScrollBar().maximum() > 0)
    board.horizontalScrollBar().setValue(0)
    assert not on_screen(window, board.columns[-1])


def test_a_search_scrolls_its_first_match_into_view(window: MainWindow, services: Services, qtbot):
    crowd(window, services, qtbot)
    board = window.board_widget
    parked = board.views[5]
    wanted = parked.lane_model.cards()[-1].title  # the last card of the last lane
    search(window, qtbot, wanted)
    assert board.horizontalScrollBar().value() > 0
    assert on_screen(window, board.columns[5])
    assert card_on_screen(parked, parked.model().rowCount() - 1)


def test_a_search_scrolls_a_long_lane_down_to_its_match(
    window: MainWindow, services: Services, qtbot
):
    crowd(window, services, qtbot)
    shortlist = window.board_widget.views[3]
    last = shortlist.model().rowCount() - 1
    assert not card_on_screen(shortlist, last)
    search(window, qtbot, shortlist.lane_model.cards()[last].title)
    assert card_on_screen(shortlist, last)
    assert on_screen(window, window.board_widget.columns[3])


def test_live_updates_under_a_search_leave_the_scrolling_alone(
    window: MainWindow, services: Services, qtbot
):
    crowd(window, services, qtbot)
    board = window.board_widget
    search(window, qtbot, board.views[5].lane_model.cards()[-1].title)
    board.horizontalScrollBar().setValue(0)  # the user looks elsewhere meanwhile
    inbox = board.views[2].lane_model
    with qtbot.waitSignal(window.bridge.changed):  # another writer moves a card
        services.move_proposals([inbox.cards()[0].id], board.views[3].lane_model.lane.id, 0)
    assert board.horizontalScrollBar().value() == 0


def test_a_new_lane_is_scrolled_into_view(
    window: MainWindow, services: Services, qtbot, monkeypatch
):
    crowd(window, services, qtbot)
    window.board_widget.views[0].setFocus()
    monkeypatch.setattr(window.board_actions.ask, "text", lambda *_args: "Later")
    window.findChild(QAction, "addLane").trigger()
    board = window.board_widget
    assert [v.lane_model.lane.name for v in board.views][-1] == "Later"
    assert on_screen(window, board.columns[-1])
    assert board.active_view() is board.views[-1]  # the Lane menu now acts on it
    assert window.undo_stack.undoText() == "Add lane Later"
