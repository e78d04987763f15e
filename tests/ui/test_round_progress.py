"""Honest progress in a later round: the Score tab counts directors who finished, closing an
unfinished round asks and says how much is missing, cards outside the round say nothing, a
revealed round's scores stay on the cards marked as its own, a dot round tells nothing per
proposal, and "Show entered values" asks first and hides again for the presenter."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QLabel, QMenu, QPushButton

from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.services.views import ProposalView, ResultRow
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.scoring import ScoringPanel
from tests.ui.scoring_words import counted, directors_done, proposals

SPOKEN = Qt.ItemDataRole.AccessibleDescriptionRole


def score_tab(window: MainWindow) -> ScoringPanel:
    window.tabs.setCurrentWidget(window.scoring)
    return window.scoring


def status(window: MainWindow) -> str:
    return window.findChild(QLabel, "roundStatus").text()


def lane_cards(window: MainWindow, lane: str) -> list[tuple[ProposalView, str]]:
    """(card, what a screen reader says of it) for each card of a lane, in order."""
    view = next(v for v in window.board_widget.views if v.lane_model.lane.name == lane)
    model = view.lane_model
    return [(c, model.index(i, 0).data(SPOKEN)) for i, c in enumerate(model.cards())]


def badge(window: MainWindow, card: ProposalView) -> tuple[str, str]:
    return window.board_widget.context.badge(card)


def round_1(result: ResultRow, *, carried: bool = False) -> tuple[str, str]:
    """The badge of a round 1 result once a later round exists; carried: the round of
    record is a later one that did not cover the card ("from round 1")."""
    discuss = " · discuss" if result.discuss else ""
    whose = "from round 1" if carried else "round 1"
    return f"{result.score:.1f}", f"{whose}{discuss} · {result.n} votes"


@pytest.fixture
def half_filled(window: MainWindow, services: Services, qtbot) -> int:
    """Round 2 over three proposals: one director has scored everything, one a single
    entry, twelve nothing. Returns the round's id."""
    workshop = window.current_workshop()
    picked = [c.id for c in services.board(workshop).cards[services.board(workshop).lanes[1].id]]
    picked = picked[:3]
    with qtbot.waitSignal(window.bridge.changed):
        round_id = int(services.open_round(workshop, proposal_ids=picked).subject or 0)
    info = services.workshop(workshop)
    first, second = info.voters[0].id, info.voters[1].id
    entries = {(first, p, c.id): 4 for p in picked for c in info.criteria}
    entries[(second, picked[0], info.criteria[0].id)] = 3
    with qtbot.waitSignal(window.bridge.changed):
        services.set_scores(round_id, entries)
    return round_id


# -- the Score tab's header and closing ---------------------------------------------------------


def test_the_header_counts_directors_who_finished_every_proposal(
    window: MainWindow, half_filled: int, qtbot
):
    score_tab(window)
    qtbot.waitUntil(
        lambda: (
            status(window)
            == f"Round 2 · open · {proposals(3)} · {directors_done(1, 14)} · 1 partly · "
            "12 not started"
        )
    )
    assert "14 of 14" not in status(window)


def test_closing_an_unfinished_round_asks_and_says_how_much_is_missing(
    window: MainWindow, services: Services, half_filled: int, monkeypatch
):
    panel = score_tab(window)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(window.ask, "confirm", lambda *question: asked.append(question) or False)
    panel.findChild(QPushButton, "closeRoundButton").click()
    assert len(asked) == 1
    title, text = asked[0]
    assert title == "Close round 2?"
    # 13 directors short: 8 entries of one, 9 each of twelve others.
    who = counted("ProgressText", "%n director(s) have not finished ({names}).", 13)
    more = counted("ProgressText", "{names} and %n more", 7)
    missing = counted("ProgressText", "%n entry(ies) missing.", 116)
    before, after = who.split("{names}")
    assert text.startswith(before)
    assert text.endswith(f"{more.split('{names}')[1]}{after} {missing} Close anyway?")
    assert services.round_by_number(window.current_workshop(), 2).status == "open"

    # The Round menu asks the same, and closes when told to.
    monkeypatch.setattr(window.ask, "confirm", lambda *question: asked.append(question) or True)
    menu = window.findChild(QMenu, "roundMenu")
    menu.aboutToShow.emit()  # what opening the menu does: its items follow the buttons
    window.findChild(QAction, "roundCloseAction").trigger()
    assert asked[1] == asked[0]
    assert services.round_by_number(window.current_workshop(), 2).status == "closed"


def test_a_finished_round_closes_without_a_question(
    window: MainWindow, services: Services, qtbot, monkeypatch
):
    workshop = window.current_workshop()
    shortlist = services.board(workshop).lanes[1]
    one = services.board(workshop).cards[shortlist.id][0].id
    round_id = int(services.open_round(workshop, proposal_ids=[one]).subject or 0)
    info = services.workshop(workshop)
    services.set_scores(
        round_id, {(p.id, one, c.id): 5 for p in info.voters for c in info.criteria}
    )
    panel = score_tab(window)

    def refuse(*_question: str) -> bool:
        raise AssertionError("asked although everyone has finished")

    monkeypatch.setattr(window.ask, "confirm", refuse)
    panel.findChild(QPushButton, "closeRoundButton").click()
    assert services.round_by_number(workshop, 2).status == "closed"


# -- the cards ----------------------------------------------------------------------------------


def test_cards_outside_the_round_show_no_progress(window: MainWindow, services: Services, qtbot):
    workshop = window.current_workshop()
    with qtbot.waitSignal(window.bridge.changed):
        services.add_proposal(workshop, ProposalSpec("Mobile permit van"))
    shortlist = services.board(workshop).lanes[1]
    with qtbot.waitSignal(window.bridge.changed):
        services.open_round(workshop, lane_id=shortlist.id)
    new, said = next((c, s) for c, s in lane_cards(window, "Inbox") if c.title.startswith("Mobile"))
    assert badge(window, new) == ("", "")  # not "0 of 14 voted": it is not in the round
    assert "voted" not in said
    for lane in ("Inbox", "Roadmap"):
        for card, said in lane_cards(window, lane):
            assert "voted" not in badge(window, card)[1] and "voted" not in said, card.title
    for card, said in lane_cards(window, "Shortlist"):
        assert badge(window, card)[1].startswith("0 of 14 voted")
        assert "0 of 14 voted in round 2" in said


def test_a_revealed_rounds_scores_stay_marked_while_round_2_is_open(
    window: MainWindow, services: Services, qtbot
):
    workshop = window.current_workshop()
    before = {r.proposal_id: r for r in services.results(workshop).rows}
    shortlist = services.board(workshop).lanes[1]
    with qtbot.waitSignal(window.bridge.changed):
        round_id = int(services.open_round(workshop, lane_id=shortlist.id).subject or 0)

    card, said = lane_cards(window, "Roadmap")[0]  # outside round 2
    result = before[card.id]
    assert badge(window, card) == round_1(result)
    assert f"round 1: {result.score:.1f} of 5, {result.n} votes" in said
    inside, said_inside = lane_cards(window, "Shortlist")[0]
    earlier = before[inside.id]
    assert badge(window, inside) == ("", f"0 of 14 voted · was {earlier.score:.1f}")
    assert f"round 1: {earlier.score:.1f} of 5" in said_inside

    # Closed, not revealed: still round 1's, still marked; round 2's values nowhere.
    info = services.workshop(workshop)
    shortlisted = [c.id for c, _ in lane_cards(window, "Shortlist")]
    services.set_scores(
        round_id,
        {(p.id, q, c.id): 1 for p in info.voters for q in shortlisted for c in info.criteria},
    )
    with qtbot.waitSignal(window.bridge.changed):
        services.close_round(round_id)
    assert badge(window, inside) == round_1(earlier)

    # Revealed: the shortlist shows round 2's own (unmarked); the roadmap keeps round 1's,
    # carried into round 2's ranking (the round of record) and marked "from round 1".
    with qtbot.waitSignal(window.bridge.changed):
        services.reveal_round(round_id)
    assert badge(window, inside) == ("1.0", "14 votes")
    assert badge(window, card) == round_1(result, carried=True)


def test_a_dot_round_shows_nothing_per_proposal_before_its_reveal(
    window: MainWindow, services: Services, qtbot
):
    workshop = window.current_workshop()
    shortlist = services.board(workshop).lanes[1]
    before = {r.proposal_id: r for r in services.results(workshop).rows}
    with qtbot.waitSignal(window.bridge.changed):
        round_id = int(
            services.open_round(workshop, method="dots", dots=3, lane_id=shortlist.id).subject or 0
        )
    card = lane_cards(window, "Shortlist")[0][0]
    with qtbot.waitSignal(window.bridge.changed):
        services.record_dots(round_id, services.workshop(workshop).voters[0].id, card.id, 3)
    for lane in ("Inbox", "Shortlist", "Roadmap"):
        for shown, said in lane_cards(window, lane):
            assert "voted" not in said and "voted" not in badge(window, shown)[1]
    # A shortlisted card looks as it did, round 1's score now marked: nothing about the dots.
    for shown, _ in lane_cards(window, "Shortlist"):
        assert badge(window, shown) == round_1(before[shown.id])
    # The Score tab counts directors, never proposals.
    score_tab(window)
    qtbot.waitUntil(lambda: f"{directors_done(1, 14)} · 13 not started" in status(window))
    assert "voted on" not in status(window)


# -- "Show entered values" ----------------------------------------------------------------------


def test_showing_entered_values_asks_first_and_the_presenter_hides_them(
    window: MainWindow, services: Services, qtbot, monkeypatch
):
    panel = score_tab(window)
    with qtbot.waitSignal(window.bridge.changed):
        round_id = int(services.open_round(window.current_workshop()).subject or 0)
    model = panel.grid_model
    with qtbot.waitSignal(window.bridge.changed):
        services.record_score(round_id, *model.key(0, 0), 4)
    box = panel.findChild(QCheckBox, "showEnteredValues")
    shown = lambda: model.data(model.index(0, 0))  # noqa: E731

    asked: list[str] = []
    monkeypatch.setattr(window.ask, "confirm", lambda _t, text: asked.append(text) or False)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Directors' entries will be visible on this screen")
    assert not box.isChecked() and shown() == "✓"

    monkeypatch.setattr(window.ask, "confirm", lambda _t, text: asked.append(text) or True)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked() and shown() == "4"

    window.present()  # the projector: values back to ✓
    try:
        assert not box.isChecked() and shown() == "✓"
    finally:
        window.presenter.close()


def test_a_revealed_rounds_values_show_without_a_question(window: MainWindow, qtbot, monkeypatch):
    panel = score_tab(window)
    assert panel.round is not None and panel.round.revealed

    def refuse(*_question: str) -> bool:
        raise AssertionError("asked for a revealed round")

    monkeypatch.setattr(window.ask, "confirm", refuse)
    box = panel.findChild(QCheckBox, "showEnteredValues")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
