"""The main window as a facilitator sees it: workshops, the board, menus, remembered state."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QListView

from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import ProposalSpec, WorkshopSpec
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.workshop_list import WorkshopListModel


def test_opens_on_the_demo_workshop(window: MainWindow):
    listing = window.findChild(QListView, "workshopList")
    assert listing.model().index(0, 0).data().startswith("Civic Innovation Cabinet")
    heading = window.findChild(QLabel, "workshopHeading")
    assert heading.text().startswith("Civic Innovation Cabinet")
    summary = window.findChild(QLabel, "workshopSummary").text()
    assert "36 proposals" in summary and "14 directors voting" in summary
    assert "round 1 revealed" in summary


def test_unicode_titles_reach_the_screen(window: MainWindow):
    titles = [c.title for v in window.board_widget.views for c in v.lane_model.cards()]
    assert "Thư viện lưu động — mobile library stops" in titles
    assert "Ventanilla única: one-stop permit counter en español" in titles


def test_a_new_workshop_is_listed_and_can_be_switched_to(
    window: MainWindow, services: Services, qtbot
):
    with qtbot.waitSignal(window.bridge.changed):
        created = services.create_workshop(WorkshopSpec.san_jose("Budget retreat"))
    listing = window.findChild(QListView, "workshopList")
    assert listing.model().rowCount() == 2
    services.add_proposal(created.subject, ProposalSpec("Mobile permit van"))
    window.select_workshop(created.subject)
    inbox = window.board_widget.views[0].lane_model
    assert [c.title for c in inbox.cards()] == ["Mobile permit van"]
    assert window.board_widget.context.badge(inbox.cards()[0]) == ("", "")


def test_the_workshop_model_passes_the_model_tester(qtmodeltester, services: Services, demo: int):
    qtmodeltester.check(WorkshopListModel(services))


def test_every_widget_a_user_reaches_has_an_accessible_name(window: MainWindow):
    named = [window.findChild(QListView, "workshopList"), window.board_widget]
    named += [window.findChild(QLabel, n) for n in ("workshopHeading", "workshopSummary")]
    named += window.board_widget.views
    for widget in named:
        assert widget is not None and widget.accessibleName(), widget


def test_edit_menu_undoes_and_redoes_with_the_usual_keys(window: MainWindow):
    undo = window.findChild(QAction, "undoAction")
    redo = window.findChild(QAction, "redoAction")
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in redo.shortcuts()]
    assert not undo.isEnabled()


def test_the_last_workshop_and_density_are_remembered(qtbot, services: Services, demo: int):
    other = services.create_workshop(WorkshopSpec.san_jose("Second session")).subject
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.select_workshop(other)
    first.findChild(QAction, "density-large").trigger()
    first.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    assert again.current_workshop() == other
    assert again.board_widget.delegate.density.name == "large"
    assert again.findChild(QAction, "density-large").isChecked()


def test_file_new_workshop_runs_the_wizard_and_opens_the_new_workshop(
    window: MainWindow, monkeypatch
):
    from PySide6.QtWidgets import QLineEdit

    def answer(wizard) -> bool:
        wizard.findChild(QLineEdit, "workshopName").setText("Consejo de innovación 2027")
        wizard.participants_page.table.add_row({"name": "Nguyễn Văn An", "role": "director"})
        wizard.accept()
        return wizard.created_id is not None

    monkeypatch.setattr(window.ask, "wizard", answer)
    window.findChild(QAction, "newWorkshop").trigger()
    assert window.findChild(QLabel, "workshopHeading").text() == "Consejo de innovación 2027"
    assert [v.lane_model.lane.name for v in window.board_widget.views] == [
        "Inbox",
        "Shortlist",
        "Roadmap",
        "Parked",
    ]


def test_the_history_dock_and_splitter_are_remembered(qtbot, services: Services, demo: int):
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.show()
    dock = first.history.parentWidget()
    while dock is not None and dock.objectName() != "historyDock":
        dock = dock.parentWidget()
    dock.show()
    first.splitter.setSizes([300, 900])
    width = first.splitter.sizes()[0]
    first.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    assert again.history.isVisibleTo(again)
    assert again.splitter.sizes()[0] == width
    again.close()


def test_workshop_settings_from_the_menu_is_one_undo_step(
    window: MainWindow, services: Services, monkeypatch
):
    from PySide6.QtWidgets import QDoubleSpinBox

    def answer(dialog) -> bool:
        dialog.findChild(QDoubleSpinBox, "discussThreshold").setValue(0.5)
        dialog.accept()
        return True

    monkeypatch.setattr(window.ask, "settings_dialog", answer)
    window.findChild(QAction, "workshopSettings").trigger()
    assert services.workshop(window.current_workshop()).discuss_threshold == 0.5
    window.undo_stack.undo()
    assert services.workshop(window.current_workshop()).discuss_threshold == 0.9


def test_the_round_countdown_shows_beside_the_heading_on_every_tab(
    window: MainWindow, services: Services, qtbot
):
    countdown = window.findChild(QLabel, "mainCountdown")
    assert countdown.isHidden()
    with qtbot.waitSignal(window.bridge.changed):
        services.open_round(window.current_workshop(), minutes=3)
    assert countdown.isVisible()
    assert countdown.text() in ("03:00", "02:59")
    round_id = services.workshop(window.current_workshop()).rounds[-1].id
    with qtbot.waitSignal(window.bridge.changed):
        services.set_round_timer(round_id, None)
    assert countdown.isHidden()
