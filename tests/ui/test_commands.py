"""The history says what happened: each undo step is named for what it did, to what."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QUndoView

from roadmap_desktop.services import Change, ChangeKind, Services
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.ui.commands import import_text, quoted
from roadmap_desktop.ui.main_window import MainWindow


def titles(window: MainWindow, lane: int) -> list[str]:
    return [c.title for c in window.board_widget.views[lane].lane_model.cards()]


def drop(window: MainWindow, source: int, rows: list[int], target: int, row: int) -> None:
    views = window.board_widget.views
    source_model = views[source].lane_model
    mime = source_model.mimeData([source_model.index(r, 0) for r in rows])
    views[target].lane_model.dropMimeData(mime, Qt.DropAction.MoveAction, row, 0, QModelIndex())


def select(window: MainWindow, lane: int, *rows: int) -> None:
    view = window.board_widget.views[lane]
    window.board_widget.select_cards(
        view.lane_model.lane.id, [view.lane_model.cards()[r].id for r in rows]
    )


def history(window: MainWindow) -> list[str]:
    """The History list as the user reads it, oldest first."""
    view = window.findChild(QUndoView, "historyView")
    model = view.model()
    return [model.index(r, 0).data() for r in range(1, model.rowCount())]


def trigger(window: MainWindow, name: str) -> None:
    window.findChild(QAction, name).trigger()


def test_moves_say_which_card_went_where(window: MainWindow, services: Services, qtbot):
    workshop = window.current_workshop()
    services.add_proposal(workshop, ProposalSpec("Benches at bus stops"))
    one = len(titles(window, 0)) - 1
    drop(window, 0, [one], 2, 0)  # one card, to another lane
    select(window, 2, 0)
    roadmap = window.board_widget.views[2]
    qtbot.keyClick(roadmap, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # in its lane
    drop(window, 1, [0, 1], 3, 0)  # two cards, to another lane
    drop(window, 1, [0, 1], 1, 5)  # two cards, in their lane
    assert history(window) == [
        "Move “Benches at bus stops” from Inbox to Roadmap",
        "Reorder “Benches at bus stops” in Roadmap",
        "Move 2 cards to Parked",
        "Reorder 2 cards in Shortlist",
    ]
    window.undo_stack.undo()
    assert window.undo_stack.redoText() == "Reorder 2 cards in Shortlist"


def test_proposal_commands_name_the_proposal(window: MainWindow, services: Services, monkeypatch):
    for title in ("Benches at bus stops", "Shade trees on Story Road"):
        services.add_proposal(window.current_workshop(), ProposalSpec(title, lane="Parked"))
    select(window, 3, 4)
    trigger(window, "duplicateProposal")  # the copy lands right after it
    select(window, 3, 5)
    trigger(window, "archiveProposal")
    monkeypatch.setattr(window.ask, "choice", lambda *_args: 0)
    trigger(window, "restoreArchived")
    monkeypatch.setattr(window.ask, "confirm", lambda *_args: True)
    copy = titles(window, 3).index("Benches at bus stops (copy)")
    select(window, 3, copy)
    trigger(window, "deleteProposal")
    select(window, 3, 4, 5)
    trigger(window, "deleteProposal")
    assert history(window) == [
        "Duplicate “Benches at bus stops”",
        "Archive “Benches at bus stops (copy)”",
        "Restore “Benches at bus stops (copy)”",
        "Delete “Benches at bus stops (copy)”",
        "Delete 2 proposals",
    ]


def test_lane_commands_name_the_lane_and_the_change(window: MainWindow, monkeypatch):
    ask = window.ask
    monkeypatch.setattr(ask, "text", lambda *_args: "Later")
    trigger(window, "addLane")
    select(window, 0, 0)
    monkeypatch.setattr(ask, "text", lambda *_args: "Ideas")
    trigger(window, "renameLane")
    monkeypatch.setattr(ask, "limit", lambda *_args: 3)
    trigger(window, "limitLane")
    monkeypatch.setattr(ask, "limit", lambda *_args: 0)
    trigger(window, "limitLane")
    monkeypatch.setattr(ask, "colour", lambda *_args: "#009e73")
    trigger(window, "colourLane")
    trigger(window, "moveLaneRight")
    window.board_widget.views[1].setFocus()  # Ideas, now second
    trigger(window, "moveLaneLeft")
    monkeypatch.setattr(ask, "choice", lambda *_args: 0)  # of Shortlist, Roadmap, Parked, Later
    trigger(window, "removeLane")
    assert history(window) == [
        "Add lane Later",
        "Rename lane “Inbox” to “Ideas”",
        "Set the limit of Ideas to 3",
        "Remove the limit of Ideas",
        "Recolour lane Ideas",
        "Move lane Ideas right",
        "Move lane Ideas left",
        "Remove lane Ideas (5 cards to Shortlist)",
    ]


def test_a_new_or_edited_proposal_is_named(window: MainWindow, monkeypatch):
    def fill(title: str, cost: str = ""):
        def answer(dialog) -> bool:
            dialog.title.setText(title)
            if cost:
                dialog.cost.setText(cost)
            dialog.accept()
            return True

        return answer

    select(window, 0, 0)
    monkeypatch.setattr(window.ask, "proposal", fill("Benches at bus stops"))
    trigger(window, "newProposal")
    monkeypatch.setattr(window.ask, "proposal", fill("Benches at every bus stop", "40,000"))
    trigger(window, "editProposal")
    assert history(window) == [
        "Add proposal “Benches at bus stops”",
        "Edit title and cost of “Benches at bus stops”",
    ]


def test_titles_are_cut_after_a_word_and_imports_say_how_many():
    assert quoted("Open data portal with live dashboards for budget, permits") == (
        "“Open data portal with live dashboards…”"
    )
    assert quoted("Short\ntitle") == "“Short title”"

    def done(**detail: object) -> Change:
        return Change(ChangeKind.PROPOSALS_IMPORTED, 1, detail=detail)

    assert import_text(done(added=1, updated=[], source="a.csv")) == "Import 1 proposal from a.csv"
    assert import_text(done(added=3, updated=[{}, {}], source="b.xlsx")) == (
        "Import 3 proposals from b.xlsx, update 2"
    )
    assert import_text(done(added=0, updated=[{}], source="")) == "Update 1 proposal"
