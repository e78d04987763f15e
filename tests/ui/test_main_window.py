"""The main window as a facilitator sees it: workshops, lanes and proposals, live updates."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QListView, QTreeView

from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import ProposalSpec, WorkshopSpec
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.overview_models import BoardTreeModel, WorkshopListModel


def lane_labels(tree: QTreeView) -> list[str]:
    model = tree.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def cards_in(tree: QTreeView, lane_row: int) -> list[str]:
    model = tree.model()
    lane = model.index(lane_row, 0)
    return [model.index(row, 0, lane).data() for row in range(model.rowCount(lane))]


def test_opens_on_the_demo_workshop_with_its_lanes(window: MainWindow):
    listing = window.findChild(QListView, "workshopList")
    assert listing.model().index(0, 0).data().startswith("Civic Innovation Cabinet")
    heading = window.findChild(QLabel, "workshopHeading")
    assert heading.text().startswith("Civic Innovation Cabinet")
    summary = window.findChild(QLabel, "workshopSummary").text()
    assert "36 proposals" in summary and "14 directors voting" in summary
    assert "round 1 revealed" in summary
    tree = window.findChild(QTreeView, "boardTree")
    assert lane_labels(tree) == ["Inbox (5)", "Shortlist (25)", "Roadmap (2 / 21)", "Parked (4)"]
    assert len(cards_in(tree, 1)) == 25


def test_revealed_scores_and_accessible_descriptions_show(window: MainWindow):
    tree = window.findChild(QTreeView, "boardTree")
    model = tree.model()
    roadmap = model.index(2, 0)
    first = model.index(0, 0, roadmap)
    assert model.index(0, 4, roadmap).data().startswith("4.50")
    description = first.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description.startswith("Live 911 queue and unit-status dashboard — Safe — ")
    assert "of 5, 14 votes" in description


def test_unicode_titles_reach_the_screen(window: MainWindow):
    tree = window.findChild(QTreeView, "boardTree")
    titles = [title for lane in range(4) for title in cards_in(tree, lane)]
    assert "Thư viện lưu động — mobile library stops" in titles
    assert "Ventanilla única: one-stop permit counter en español" in titles


def test_a_committed_change_appears_without_reload(window: MainWindow, services: Services, qtbot):
    tree = window.findChild(QTreeView, "boardTree")
    board = services.board(window.current_workshop())
    card = board.cards[board.lanes[0].id][0]
    with qtbot.waitSignal(window.bridge.changed):
        services.move_proposal(card.id, board.lanes[3].id, 0)
    assert lane_labels(tree)[0] == "Inbox (4)"
    assert cards_in(tree, 3)[0] == card.title


def test_a_new_workshop_is_listed_and_values_stay_hidden_before_reveal(
    window: MainWindow, services: Services, qtbot
):
    with qtbot.waitSignal(window.bridge.changed):
        created = services.create_workshop(WorkshopSpec.san_jose("Budget retreat"))
    listing = window.findChild(QListView, "workshopList")
    assert listing.model().rowCount() == 2
    services.add_proposal(created.subject, ProposalSpec("Mobile permit van"))
    window.select_workshop(created.subject)
    tree = window.findChild(QTreeView, "boardTree")
    assert cards_in(tree, 0) == ["Mobile permit van"]
    assert tree.model().index(0, 4, tree.model().index(0, 0)).data() == ""


def test_models_pass_the_model_tester(qtmodeltester, services: Services, demo: int):
    workshops = WorkshopListModel(services)
    qtmodeltester.check(workshops)
    board = BoardTreeModel(services)
    board.load(demo)
    qtmodeltester.check(board)
    board.load(None)
    assert board.rowCount(QModelIndex()) == 0


def test_every_widget_a_user_reaches_has_an_accessible_name(window: MainWindow):
    for name in ("workshopList", "boardTree", "workshopHeading", "workshopSummary"):
        widget = window.findChild(QListView, name) or window.findChild(QTreeView, name)
        widget = widget or window.findChild(QLabel, name)
        assert widget is not None and widget.accessibleName(), name


def test_the_last_workshop_is_remembered(qtbot, services: Services, demo: int):
    other = services.create_workshop(WorkshopSpec.san_jose("Second session")).subject
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.select_workshop(other)
    first.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    assert again.current_workshop() == other
