"""Right-click menus on the board: a card's and a lane's, made of the menu bar's own actions
(the very QAction objects), so texts, shortcuts and enabled state are the same everywhere.

A card's menu acts on the card it was opened on: the card is selected first unless it is
part of the selection already (then the menu acts on the whole selection, as the menu bar
would). A lane's menu (its header, or the lane around and below its cards) makes that lane
the one the Lane menu acts on. Read-only boards (the presenter's) ask for no menus.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QMenu

from roadmap_desktop.ui.board.card_model import ID_ROLE
from roadmap_desktop.ui.board.lane_view import LaneView

if TYPE_CHECKING:  # board_actions imports this module
    from roadmap_desktop.ui.board_actions import BoardActions

# The actions of each menu, by object name, in order; None is a separator.
CARD_ACTIONS = (
    "editProposal",
    "duplicateProposal",
    "archiveProposal",
    "deleteProposal",
    None,
    "newProposal",
)
# The Lane menu's actions, in its order: the menu bar's Lane menu is built from these too.
LANE_MENU = (
    "addLane",
    "renameLane",
    "limitLane",
    "colourLane",
    "moveLaneLeft",
    "moveLaneRight",
    "removeLane",
)
LANE_ACTIONS = ("newProposal", None, *LANE_MENU)


def _fill(menu: QMenu, actions: "BoardActions", names: tuple[str | None, ...]) -> QMenu:
    for name in names:
        if name is None:
            menu.addSeparator()
        else:
            menu.addAction(actions.actions[name])
    return menu


def card_menu(actions: "BoardActions", view: LaneView, index: QModelIndex) -> QMenu:
    """The menu of the card at index in view; selects the card first unless it is part of
    the selection already."""
    board = actions.board
    if index.row() not in view.selected_rows() or board.active_view() is not view:
        board.select_cards(view.lane_model.lane.id, [int(index.data(ID_ROLE))])
    board.make_active(view)
    menu = QMenu(view)
    menu.setObjectName("cardMenu")
    menu.setAccessibleName(
        QCoreApplication.translate("context_menus", "{card}: card menu").format(card=index.data())
    )
    return _fill(menu, actions, CARD_ACTIONS)


def lane_menu(actions: "BoardActions", view: LaneView) -> QMenu:
    """The menu of a lane: its Lane actions, and New proposal… into it."""
    actions.board.make_active(view)
    menu = QMenu(view)
    menu.setObjectName("laneMenu")
    menu.setAccessibleName(
        QCoreApplication.translate("context_menus", "{lane} lane menu").format(
            lane=view.lane_model.lane.name
        )
    )
    return _fill(menu, actions, LANE_ACTIONS)


def show_menu(actions: "BoardActions", view: LaneView, index: QModelIndex, at: QPoint) -> QMenu:
    """Pops up the card's menu (a valid index) or the lane's at a global position; the menu
    deletes itself when it closes."""
    menu = card_menu(actions, view, index) if index.isValid() else lane_menu(actions, view)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(at)
    return menu


def install(actions: "BoardActions") -> None:
    """Gives the board of these actions its right-click menus."""
    actions.board.menu_requested.connect(
        lambda view, index, at: show_menu(actions, view, index, at)
    )
