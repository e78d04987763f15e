"""The Score tab as a facilitator uses it: typing ballots into the grid, undo, hidden values,
the round bar and its countdown, dot voting and paper ballots."""

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton

from roadmap_desktop.services import Services
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.scoring import ScoringPanel
from roadmap_desktop.ui.scoring.round_bar import OpenRoundDialog
from roadmap_desktop.ui.scoring.score_grid import (
    MISSING,
    VALUE_ROLE,
    GridColumn,
    GridRow,
    ScoreGridModel,
    ScoreGridView,
)
from tests.ui.scoring_words import counted, directors_done, proposals


@pytest.fixture
def panel(window: MainWindow, qtbot) -> ScoringPanel:
    """The window's Score tab once the window has one; until then a panel wired the way the
    window wires it (same services, undo stack, Ask and change bridge)."""
    found = window.findChild(ScoringPanel)
    if found is None:
        found = ScoringPanel(window.services, window.undo_stack, window.ask)
        qtbot.addWidget(found)
        window.bridge.changed.connect(found.apply)
        found.set_workshop(window.current_workshop())
    return found


def open_round(services: Services, workshop: int, **options) -> int:
    return services.open_round(workshop, **options).subject


def grid_of(panel: ScoringPanel):
    return panel.findChild(ScoreGridView, "scoreGrid")


def type_keys(qtbot, panel: ScoringPanel, keys: str) -> None:
    for key in keys:
        qtbot.keyClick(grid_of(panel), key)


def at(panel: ScoringPanel) -> tuple[int, int]:
    index = grid_of(panel).currentIndex()
    return index.row(), index.column()


def cell(panel: ScoringPanel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    model = panel.grid_model
    return model.data(model.index(row, column), role)


def key_of(panel: ScoringPanel, row: int, column: int):
    return panel.grid_model.key(row, column)


def feedback(panel: ScoringPanel) -> str:
    return panel.findChild(QLabel, "scoringFeedback").text()


def button(panel: ScoringPanel, name: str) -> QPushButton:
    return panel.findChild(QPushButton, name)


@pytest.fixture
def scoring(window: MainWindow, services: Services, panel: ScoringPanel) -> int:
    """An open scoring round over every proposal; returns its id."""
    return open_round(services, window.current_workshop())


# -- typing -------------------------------------------------------------------------------


def test_typed_digits_are_recorded_and_move_to_the_next_cell(
    panel: ScoringPanel, services: Services, scoring: int, qtbot
):
    assert panel.grid_model.mode == "proposal"
    assert at(panel) == (0, 0)
    first, second = key_of(panel, 0, 0), key_of(panel, 1, 2)
    type_keys(qtbot, panel, "4")
    assert services.sealed_entries(scoring).scores == {first: 4}
    assert at(panel) == (0, 1)
    type_keys(qtbot, panel, "35")
    assert at(panel) == (1, 0)  # right to the end of the row, then the next row
    type_keys(qtbot, panel, "123")
    assert services.sealed_entries(scoring).scores[second] == 3
    assert at(panel) == (2, 0)
    assert len(services.sealed_entries(scoring).scores) == 6
    assert panel.undo_stack.count() == 6
    missing = counted("ScoringPanel", "{missing} of %n entry(ies) missing", 45).format(missing=39)
    assert panel.findChild(QLabel, "gridSummary").text() == missing
    status = panel.findChild(QLabel, "roundStatus")
    line = f"Round 2 · open · {proposals(36)} · {directors_done(0, 14)} · 2 partly · 12 not started"
    # Counted a moment after the entries, once for a burst of them.
    qtbot.waitUntil(lambda: status.text() == line)


def test_an_entry_updates_only_its_own_cell(panel: ScoringPanel, scoring: int, qtbot):
    model = panel.grid_model
    touched: list[tuple[int, int, int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(
        lambda a, b, _roles=(): touched.append((a.row(), a.column(), b.row(), b.column()))
    )
    model.modelReset.connect(lambda: resets.append(True))
    grid_of(panel).setCurrentIndex(model.index(3, 1))
    type_keys(qtbot, panel, "5")
    assert touched == [(3, 1, 3, 1)]
    assert not resets


def test_delete_clears_and_every_entry_undoes_and_redoes(
    panel: ScoringPanel, services: Services, scoring: int, qtbot
):
    key = key_of(panel, 0, 0)
    type_keys(qtbot, panel, "4")
    grid_of(panel).setCurrentIndex(panel.grid_model.index(0, 0))
    type_keys(qtbot, panel, "2")  # replaces the 4
    grid_of(panel).setCurrentIndex(panel.grid_model.index(0, 0))
    qtbot.keyClick(grid_of(panel), Qt.Key.Key_Delete)
    assert key not in services.sealed_entries(scoring).scores
    assert cell(panel, 0, 0) == ""
    stack = panel.undo_stack
    assert stack.undoText().startswith("Clear Important for Marcus Okafor")
    stack.undo()
    assert services.sealed_entries(scoring).scores[key] == 2
    assert cell(panel, 0, 0) == "✓"
    assert cell(panel, 0, 0, VALUE_ROLE) is None  # the panel never holds a hidden value
    stack.undo()
    assert services.sealed_entries(scoring).scores[key] == 4
    stack.undo()
    assert key not in services.sealed_entries(scoring).scores
    assert cell(panel, 0, 0) == ""
    stack.redo()
    stack.redo()
    assert services.sealed_entries(scoring).scores[key] == 2
    stack.redo()
    assert key not in services.sealed_entries(scoring).scores
    qtbot.keyClick(grid_of(panel), Qt.Key.Key_Backspace)  # nothing there: nothing happens
    assert stack.count() == 3
    assert feedback(panel) == "Nothing to clear there."


def test_a_value_outside_the_scale_is_refused_and_changes_nothing(
    panel: ScoringPanel, services: Services, scoring: int, qtbot
):
    with qtbot.waitSignal(panel.message) as said:
        type_keys(qtbot, panel, "7")
    assert said.args == ["Not recorded: Important is scored 1–5; 7 is outside."]
    type_keys(qtbot, panel, "0")
    assert services.sealed_entries(scoring).scores == {}
    assert at(panel) == (0, 0)
    assert panel.undo_stack.count() == 0
    assert "1–5; 0 is outside" in feedback(panel)


def test_missing_entries_are_highlighted_and_say_so(panel: ScoringPanel, scoring: int, qtbot):
    assert cell(panel, 0, 0, Qt.ItemDataRole.BackgroundRole) == QColor(MISSING)
    assert cell(panel, 0, 0, Qt.ItemDataRole.AccessibleTextRole) == "missing"
    type_keys(qtbot, panel, "4")
    assert cell(panel, 0, 0, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(panel, 0, 0, Qt.ItemDataRole.AccessibleTextRole) == "entered"
    assert cell(panel, 0, 1, Qt.ItemDataRole.AccessibleTextRole) == "missing"


def test_entered_values_stay_hidden_until_asked_for(panel: ScoringPanel, scoring: int, qtbot):
    type_keys(qtbot, panel, "4")
    assert cell(panel, 0, 0) == "✓"
    assert cell(panel, 0, 0, Qt.ItemDataRole.AccessibleTextRole) == "entered"
    show = panel.findChild(QCheckBox, "showEnteredValues")
    assert not show.isChecked()
    show.setChecked(True)
    assert cell(panel, 0, 0) == "4"
    assert cell(panel, 0, 0, Qt.ItemDataRole.AccessibleTextRole) == "4"
    show.setChecked(False)
    assert cell(panel, 0, 0) == "✓"
    assert "4" not in panel.undo_stack.text(0)  # nor does the history tell


def test_one_participant_at_a_time(panel: ScoringPanel, services: Services, scoring: int, qtbot):
    panel.findChild(QComboBox, "gridMode").setCurrentIndex(1)
    subject = panel.findChild(QComboBox, "gridSubject")
    subject.setCurrentIndex(subject.findText("Nguyễn Thị Hương"))
    assert panel.grid_model.rowCount() == 36 and panel.grid_model.columnCount() == 3
    person = panel.grid_model.subject
    type_keys(qtbot, panel, "543")
    assert at(panel) == (1, 0)
    proposal = panel.grid_model.rows()[0].id
    assert {
        k: v for k, v in services.sealed_entries(scoring).scores.items() if k[1] == proposal
    } == {
        (person, proposal, c.id): v
        for c, v in zip(services.workshop(panel.workshop_id).criteria, (5, 4, 3), strict=True)
    }
    names = [subject.itemText(i) for i in range(subject.count())]
    assert "Jonah Feldman" not in names  # an observer does not vote
    assert any(n.startswith("Sofía Castañeda-Ruiz (facilitator") for n in names)


def test_a_revealed_round_is_read_only(
    panel: ScoringPanel, services: Services, scoring: int, qtbot
):
    type_keys(qtbot, panel, "4")
    services.close_round(scoring)
    type_keys(qtbot, panel, "3")
    assert "reopen it" in feedback(panel)
    services.reveal_round(scoring)
    assert panel.grid_model.read_only
    grid_of(panel).setCurrentIndex(panel.grid_model.index(0, 0))
    with qtbot.waitSignal(panel.message) as said:
        type_keys(qtbot, panel, "2")
    assert "revealed" in said.args[0]
    qtbot.keyClick(grid_of(panel), Qt.Key.Key_Delete)
    assert services.sealed_entries(scoring).scores == {key_of(panel, 0, 0): 4}
    assert not button(panel, "importBallots").isEnabled()


def test_a_two_digit_scale_waits_for_the_second_digit(qtbot):
    model = ScoreGridModel()
    model.configure(
        "participant",
        1,
        [GridRow(10, "A"), GridRow(11, "B")],
        [GridColumn(7, "Impact", 0, 10)],
        {},
        read_only="",
    )
    view = ScoreGridView(model)
    qtbot.addWidget(view)
    typed: list[int] = []
    view.value_typed.connect(lambda _index, value: typed.append(value))
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, "1")
    assert typed == [] and model.data(model.index(0, 0)) == "1…"
    qtbot.keyClick(view, "0")
    assert typed == [10]
    qtbot.keyClick(view, "1")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert typed == [10, 1]
    qtbot.keyClick(view, "7")
    assert typed == [10, 1, 7]
    qtbot.keyClick(view, "1")
    view.commit_pending()  # what the pause does
    assert typed == [10, 1, 7, 1]


# -- the round bar ------------------------------------------------------------------------


def test_the_bar_opens_closes_reopens_and_reveals(
    window: MainWindow, panel: ScoringPanel, services: Services, monkeypatch
):
    workshop = window.current_workshop()
    bar = panel.round_bar
    assert "Round 1 · revealed" in bar.status.text()
    shortlist = services.board(workshop).lanes[1]
    picked = [c.id for c in services.board(workshop).cards[shortlist.id][:3]]
    panel.set_context(shortlist.id, picked)

    def answer(dialog: OpenRoundDialog) -> bool:
        assert dialog.scope_lane.isEnabled() and "Shortlist (25)" in dialog.scope_lane.text()
        assert dialog.scope_selected.text() == "The &selected cards (3)"
        dialog.scope_selected.setChecked(True)
        return True

    monkeypatch.setattr(panel.ask, "round_dialog", answer, raising=False)
    button(panel, "openRoundButton").click()
    current = panel.round
    assert current is not None and current.number == 2 and current.status == "open"
    assert services.round_scope(current.id) == set(picked)
    assert panel.grid_model.rowCount() == 15  # the proposal mode: one row per voter
    assert bar.status.text() == (
        f"Round 2 · open · {proposals(3)} · {directors_done(0, 14)} · 14 not started"
    )
    assert not button(panel, "openRoundButton").isEnabled()

    monkeypatch.setattr(panel.ask, "confirm", lambda *_: True)  # "… not finished. Close anyway?"
    button(panel, "closeRoundButton").click()
    assert panel.round.status == "closed" and button(panel, "reopenRoundButton").isEnabled()
    panel.undo_stack.undo()
    assert panel.round.status == "open"
    panel.undo_stack.redo()
    assert panel.round.status == "closed"
    button(panel, "reopenRoundButton").click()
    assert panel.round.status == "open"
    button(panel, "closeRoundButton").click()

    monkeypatch.setattr(panel.ask, "confirm", lambda *_: False)
    button(panel, "revealRoundButton").click()
    assert panel.round.status == "closed"
    asked: list[str] = []
    monkeypatch.setattr(panel.ask, "confirm", lambda _title, text: asked.append(text) or True)
    button(panel, "revealRoundButton").click()
    assert "cannot be undone" in asked[0]
    assert panel.round.status == "revealed"
    assert not button(panel, "reopenRoundButton").isEnabled()
    assert button(panel, "openRoundButton").isEnabled()


def test_opening_a_round_undoes_while_nobody_voted(
    window: MainWindow, panel: ScoringPanel, services: Services, monkeypatch
):
    def dots(dialog: OpenRoundDialog) -> bool:
        dialog.method_dots.setChecked(True)
        dialog.dots.setValue(4)
        return True

    monkeypatch.setattr(panel.ask, "round_dialog", dots, raising=False)
    button(panel, "openRoundButton").click()
    assert panel.round.method == "dots" and panel.round.dots_per_participant == 4
    assert panel.undo_stack.undoText() == "Open round 2"
    panel.undo_stack.undo()
    assert [r.number for r in services.workshop(window.current_workshop()).rounds] == [1]
    assert panel.round.number == 1
    panel.undo_stack.redo()
    assert panel.round.number == 2 and panel.round.method == "dots"


def test_the_countdown_counts_down_and_turns_red(
    window: MainWindow, panel: ScoringPanel, services: Services, monkeypatch
):
    bar = panel.round_bar
    assert not bar.ticker.isActive() and panel.countdown_text() == ""
    open_round(services, window.current_workshop(), minutes=5)
    deadline = panel.round.deadline_at
    assert bar.ticker.isActive()
    bar.update_countdown(deadline - timedelta(minutes=4, seconds=59))
    assert panel.countdown_text() == "04:59"
    assert not bar.clock.property("urgent")
    bar.update_countdown(deadline - timedelta(seconds=42))
    assert panel.countdown_text() == "00:42"
    assert bar.clock.property("urgent") and theme.WARNING in bar.clock.styleSheet()
    bar.update_countdown(deadline + timedelta(seconds=1))
    assert panel.countdown_text() == "Time's up"

    monkeypatch.setattr(panel.ask, "limit", lambda *_args: 10)
    button(panel, "roundTimerButton").click()
    assert panel.round.deadline_at > deadline
    panel.undo_stack.undo()
    assert panel.round.deadline_at == deadline
    monkeypatch.setattr(panel.ask, "limit", lambda *_args: 0)
    button(panel, "roundTimerButton").click()
    assert panel.round.deadline_at is None
    assert not bar.ticker.isActive() and panel.countdown_text() == ""
    panel.undo_stack.undo()
    assert bar.ticker.isActive()
    services.close_round(panel.round.id)
    assert not bar.ticker.isActive() and panel.countdown_text() == ""


# -- dots ---------------------------------------------------------------------------------


def test_a_dot_round_counts_dots_left_and_refuses_too_many(
    window: MainWindow, panel: ScoringPanel, services: Services, qtbot
):
    round_id = open_round(services, window.current_workshop(), method="dots", dots=3)
    model = panel.grid_model
    assert model.mode == "dots" and model.columnCount() == 1 and model.rowCount() == 36
    assert not panel.findChild(QComboBox, "gridMode").isEnabled()
    person = model.subject
    summary = panel.findChild(QLabel, "gridSummary")

    def left(dots: int) -> str:
        text = counted("ScoringPanel", "{name}: %n dot(s) left of {total}", dots)
        return text.format(name="Marcus Okafor", total=3)

    assert summary.text() == left(3)
    type_keys(qtbot, panel, "2")
    assert services.sealed_entries(round_id).dots == {(person, model.rows()[0].id): 2}
    assert summary.text() == left(1)
    assert at(panel) == (1, 0)
    type_keys(qtbot, panel, "2")
    assert "has 1 of 3 dots left" in feedback(panel)
    assert len(services.sealed_entries(round_id).dots) == 1
    type_keys(qtbot, panel, "1")
    assert services.dots_left(round_id, person) == 0
    assert summary.text() == left(0)
    # Which proposals got the dots is the round's result: no mark until values are shown.
    assert cell(panel, 0, 0) == "" and cell(panel, 1, 0) == ""
    spoken = Qt.ItemDataRole.AccessibleTextRole
    assert cell(panel, 0, 0, spoken) == cell(panel, 2, 0, spoken) == "hidden"
    panel.findChild(QCheckBox, "showEnteredValues").setChecked(True)
    assert cell(panel, 0, 0) == "2" and cell(panel, 1, 0) == "1"
    panel.findChild(QCheckBox, "showEnteredValues").setChecked(False)
    panel.undo_stack.undo()
    assert services.dots_left(round_id, person) == 1
    grid_of(panel).setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(grid_of(panel), Qt.Key.Key_Delete)
    assert services.sealed_entries(round_id).dots == {}
    panel.undo_stack.undo()
    assert services.dots_left(round_id, person) == 1


# -- paper ballots ------------------------------------------------------------------------


def ballots(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    lines = ["participant,proposal,criterion,score", *(",".join(r) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_paper_ballots_import_as_one_step_and_undo_exactly(
    panel: ScoringPanel, services: Services, scoring: int, tmp_path: Path, qtbot
):
    marcus, proposal, important = key_of(panel, 0, 0)
    title = panel.proposals[0].title
    type_keys(qtbot, panel, "2")  # typed before the paper arrived
    before = services.sealed_entries(scoring).scores
    rows = [
        (person, title, criterion, str(value))
        for person, values in (("Marcus Okafor", (5, 4, 3)), ("Trần Văn Đức", (1, 2, 3)))
        for criterion, value in zip(("Important", "Core", "Achievable"), values, strict=True)
    ]
    path = ballots(tmp_path / "ballots.csv", rows)
    assert panel.import_ballots(str(path))
    after = services.sealed_entries(scoring).scores
    assert len(after) == 6 and after[(marcus, proposal, important)] == 5
    imported = counted(
        "ScoringPanel",
        "Imported %n score(s) from {file} into round {number} ({new} new, {changed} changed); "
        "Undo takes the whole file back.",
        6,
    )
    assert imported.format(file="ballots.csv", number=2, new=5, changed=1) == feedback(panel)
    assert panel.undo_stack.undoText() == "Import ballots from ballots.csv"
    assert cell(panel, 4, 0) == "✓"  # Trần Văn Đức's row, refreshed
    panel.undo_stack.undo()
    assert services.sealed_entries(scoring).scores == before
    assert cell(panel, 4, 0, Qt.ItemDataRole.AccessibleTextRole) == "missing"
    panel.undo_stack.redo()
    assert services.sealed_entries(scoring).scores == after


def test_a_bad_ballot_file_is_refused_whole(
    panel: ScoringPanel, services: Services, scoring: int, tmp_path: Path, monkeypatch
):
    warned: list[str] = []
    monkeypatch.setattr(panel.ask, "warn", lambda _title, text: warned.append(text))
    title = panel.proposals[0].title
    path = ballots(
        tmp_path / "bad.csv",
        [
            ("Marcus Okafor", title, "Important", "4"),
            ("Nobody Here", title, "Core", "3"),
            ("Marcus Okafor", title, "Achievable", "9"),
        ],
    )
    assert not panel.import_ballots(str(path))
    lines = warned[0].splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("bad.csv, row 3, column participant: no participant")
    assert "row 4, column score: 9 is outside Achievable's scale 1–5" in lines[1]
    assert services.sealed_entries(scoring).scores == {}
    assert panel.undo_stack.count() == 0


def test_ballots_need_an_open_scoring_round(panel: ScoringPanel, tmp_path: Path, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(panel.ask, "warn", lambda _title, text: warned.append(text))
    assert not panel.import_ballots(str(tmp_path / "any.csv"))  # round 1 is revealed
    assert "open one first" in warned[0]


# -- models -------------------------------------------------------------------------------


def test_the_grid_model_passes_the_model_tester(
    qtmodeltester, panel: ScoringPanel, scoring: int, qtbot
):
    type_keys(qtbot, panel, "45")
    qtmodeltester.check(panel.grid_model)
    panel.findChild(QComboBox, "gridMode").setCurrentIndex(1)
    qtmodeltester.check(panel.grid_model)
    assert not panel.grid_model.index(0, 0, panel.grid_model.index(0, 0)).isValid()
    assert panel.grid_model.data(QModelIndex()) is None


def test_the_panel_names_what_a_screen_reader_reaches(panel: ScoringPanel, scoring: int):
    for widget in (
        grid_of(panel),
        panel.findChild(QComboBox, "gridMode"),
        panel.findChild(QComboBox, "gridSubject"),
        panel.findChild(QCheckBox, "showEnteredValues"),
        *(button(panel, n) for n in ("openRoundButton", "closeRoundButton", "importBallots")),
    ):
        assert widget is not None and widget.accessibleName(), widget
