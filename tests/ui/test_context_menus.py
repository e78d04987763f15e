"""Right-click menus on cards and lanes: the menu bar's own actions, acting on what was
clicked; none on a read-only board."""

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu

from roadmap_desktop.services import Services
from roadmap_desktop.ui.board import context_menus
from roadmap_desktop.ui.board.board_widget import BoardWidget
from roadmap_desktop.ui.main_window import MainWindow


def titles(window: MainWindow, lane: int) -> list[str]:
    return [c.title for c in window.board_widget.views[lane].lane_model.cards()]


def names(menu: QMenu) -> list[str]:
    return [a.objectName() if not a.isSeparator() else "|" for a in menu.actions()]


def shown_menu() -> QMenu | None:
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    return menus[0] if menus else None


# A popup grabs the keyboard and mouse, which the offscreen platform cannot do (and says so).
popups = pytest.mark.qt_log_ignore("This plugin does not support grabbing")


def right_click(widget, at: QPoint) -> None:
    """What the window system sends for a right-click (the menu pops up, it does not block)."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at))
    QApplication.sendEvent(widget, event)


def test_a_cards_menu_holds_the_menu_bars_own_actions(window: MainWindow):
    view = window.board_widget.views[1]
    menu = context_menus.card_menu(window.board_actions, view, view.model().index(2, 0))
    assert menu.objectName() == "cardMenu"
    assert names(menu) == [
        "editProposal",
        "duplicateProposal",
        "archiveProposal",
        "deleteProposal",
        "|",
        "newProposal",
    ]
    for action in menu.actions():
        if not action.isSeparator():  # the very same object: same text, keys, enabled state
            assert action is window.findChild(QAction, action.objectName())
    assert menu.actions()[0].shortcut().toString() == "F2"


def test_a_cards_menu_acts_on_the_clicked_card_not_the_selection_elsewhere(
    window: MainWindow, services: Services
):
    inbox, shortlist = window.board_widget.views[0], window.board_widget.views[1]
    inbox.setFocus()
    inbox.setCurrentIndex(inbox.model().index(0, 0))  # the user had an Inbox card selected
    clicked = titles(window, 1)[3]
    menu = context_menus.card_menu(window.board_actions, shortlist, shortlist.model().index(3, 0))
    assert window.board_widget.selected_ids() == [shortlist.lane_model.cards()[3].id]
    assert not inbox.selectionModel().hasSelection()
    next(a for a in menu.actions() if a.objectName() == "archiveProposal").trigger()
    assert clicked not in titles(window, 1)
    assert len(titles(window, 0)) == 5  # the Inbox card stayed
    assert clicked == "Pedestrian-first signal timing at 60 intersections"
    assert window.undo_stack.undoText() == "Archive “Pedestrian-first signal timing at 60…”"


def test_a_card_inside_the_selection_keeps_the_selection(window: MainWindow):
    shortlist = window.board_widget.views[1]
    window.board_widget.select_cards(
        shortlist.lane_model.lane.id, [c.id for c in shortlist.lane_model.cards()[:2]]
    )
    first_two = titles(window, 1)[:2]
    menu = context_menus.card_menu(window.board_actions, shortlist, shortlist.model().index(1, 0))
    assert len(window.board_widget.selected_ids()) == 2
    next(a for a in menu.actions() if a.objectName() == "archiveProposal").trigger()
    assert not set(first_two) & set(titles(window, 1))
    assert window.undo_stack.undoText() == "Archive 2 proposals"


def test_a_lanes_menu_has_the_lane_actions_and_acts_on_that_lane(window: MainWindow, monkeypatch):
    window.board_widget.views[0].setFocus()  # the Inbox was the current lane
    parked = window.board_widget.views[3]
    menu = context_menus.lane_menu(window.board_actions, parked)
    assert menu.objectName() == "laneMenu"
    assert names(menu) == [
        "newProposal",
        "|",
        "addLane",
        "renameLane",
        "limitLane",
        "colourLane",
        "moveLaneLeft",
        "moveLaneRight",
        "removeLane",
    ]
    assert all(a is window.findChild(QAction, a.objectName()) for a in menu.actions() if a.text())
    monkeypatch.setattr(window.board_actions.ask, "text", lambda *_args: "Later")
    next(a for a in menu.actions() if a.objectName() == "renameLane").trigger()
    lanes = [v.lane_model.lane.name for v in window.board_widget.views]
    assert lanes == ["Inbox", "Shortlist", "Roadmap", "Later"]
    assert window.undo_stack.undoText() == "Rename lane “Parked” to “Later”"


@popups
def test_right_clicking_a_card_pops_up_its_menu(window: MainWindow, qtbot):
    shortlist = window.board_widget.views[1]
    spot = shortlist.visualRect(shortlist.model().index(1, 0)).center()
    right_click(shortlist.viewport(), spot)
    qtbot.waitUntil(lambda: shown_menu() is not None)
    menu = shown_menu()
    assert menu.objectName() == "cardMenu"
    assert window.board_widget.selected_ids() == [shortlist.lane_model.cards()[1].id]
    menu.close()
    qtbot.waitUntil(lambda: shown_menu() is None)


@popups
def test_right_clicking_a_lane_header_or_below_its_cards_pops_up_the_lanes_menu(
    window: MainWindow, qtbot
):
    column = window.board_widget.columns[2]
    right_click(column.header, QPoint(4, 4))
    qtbot.waitUntil(lambda: shown_menu() is not None)
    assert shown_menu().objectName() == "laneMenu"
    assert window.board_widget.active_view() is window.board_widget.views[2]
    shown_menu().close()
    qtbot.waitUntil(lambda: shown_menu() is None)
    roadmap = window.board_widget.views[2]  # two cards: room below them
    right_click(roadmap.viewport(), QPoint(20, roadmap.viewport().height() - 10))
    qtbot.waitUntil(lambda: shown_menu() is not None)
    assert shown_menu().objectName() == "laneMenu"
    shown_menu().close()
    qtbot.waitUntil(lambda: shown_menu() is None)


@popups
def test_the_keyboard_opens_the_current_cards_menu(window: MainWindow, qtbot):
    inbox = window.board_widget.views[0]
    inbox.setFocus()
    inbox.setCurrentIndex(inbox.model().index(2, 0))
    qtbot.keyClick(inbox, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: shown_menu() is not None)
    assert shown_menu().objectName() == "cardMenu"
    shown_menu().close()
    qtbot.waitUntil(lambda: shown_menu() is None)
    # The Menu key arrives as a keyboard context-menu event wherever the mouse is.
    away = QPoint(-50, -50)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, away, inbox.mapToGlobal(away))
    QApplication.sendEvent(inbox, event)
    qtbot.waitUntil(lambda: shown_menu() is not None)
    assert shown_menu().objectName() == "cardMenu"
    assert window.board_widget.selected_ids() == [inbox.lane_model.cards()[2].id]
    shown_menu().close()
    qtbot.waitUntil(lambda: shown_menu() is None)


def test_a_read_only_board_has_no_context_menu(qtbot, services: Services, demo: int):
    board = BoardWidget(services, QUndoStack(), read_only=True)
    qtbot.addWidget(board)
    board.load(demo)
    board.resize(1200, 700)
    board.show()
    qtbot.waitExposed(board)
    view = board.views[1]
    with qtbot.assertNotEmitted(board.menu_requested):
        right_click(view.viewport(), view.visualRect(view.model().index(0, 0)).center())
        right_click(board.columns[1].header, QPoint(4, 4))
        QApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
    assert shown_menu() is None
