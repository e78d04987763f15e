"""The Results tab as a facilitator uses it: the ranking, the cut line and ties, tiers,
"Apply to board", the charts, the most divided, comparing rounds, export, and nothing shown
before a reveal."""

import csv
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QWidget,
)

from roadmap_desktop.services import Affects, Change, ChangeKind, ScoreEntry, Services
from roadmap_desktop.services.specs import ParticipantSpec, ProposalSpec, WorkshopSpec
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.change_bridge import ChangeBridge
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.results import ResultsPanel
from roadmap_desktop.ui.results.chart_view import ChartView
from roadmap_desktop.ui.results.ranking_model import (
    CUT_ROLE,
    ID_ROLE,
    PROPOSAL,
    RANK,
    ROADMAP,
    SCORE,
    TIER,
    RankingModel,
    RankingProxy,
)

EMPTY = "Results appear when a round is revealed"


@pytest.fixture
def ask() -> Ask:
    return Ask(None)  # every question a test reaches is monkeypatched


@pytest.fixture
def panel(qtbot, services: Services, demo: int, ask: Ask) -> ResultsPanel:
    """The Results tab, shown, on the demo workshop (round 1 revealed)."""
    widget = ResultsPanel(services, ask)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.set_workshop(demo)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(panel: ResultsPanel, column: int) -> list[str]:
    proxy = panel.table.model()
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def shown_ids(panel: ResultsPanel) -> list[int]:
    proxy = panel.table.model()
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def second_round(services: Services, workshop: int) -> None:
    """Round 2, scored differently from round 1 and revealed."""
    info = services.workshop(workshop)
    proposals = [c.id for cards in services.board(workshop).cards.values() for c in cards]
    entries = [
        ScoreEntry(person.id, pid, criterion.id, 1 + (pid * 7 + criterion.id + i) % 5)
        for i, person in enumerate(info.voters)
        for pid in proposals
        for criterion in info.criteria
    ]
    services.import_scores(workshop, entries, reveal=True, source="test")


def all_text(panel: ResultsPanel) -> str:
    """Every text the panel shows: labels, lists, the table, chart captions."""
    parts = [label.text() for label in panel.findChildren(QLabel)]
    for listing in panel.findChildren(QListWidget):
        parts += [listing.item(i).text() for i in range(listing.count())]
    model = panel.model
    for row in range(model.rowCount()):
        parts += [str(model.index(row, c).data() or "") for c in range(model.columnCount())]
    return "\n".join(parts)


# -- the ranking --------------------------------------------------------------------------


def test_the_ranking_matches_the_services_results(panel: ResultsPanel, services, demo):
    results = services.results(demo)
    table = panel.findChild(QTableView, "rankingTable")
    assert table is panel.table and table.model().rowCount() == len(results.rows) == 36
    assert shown(panel, RANK) == ["" if r.rank is None else str(r.rank) for r in results.rows]
    assert shown(panel, PROPOSAL) == [r.title for r in results.rows]
    assert shown(panel, SCORE) == [f"{r.score:.2f}" for r in results.rows]
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(13)]
    assert headers[:8] == [
        "Rank",
        "Proposal",
        "Domain",
        "Category",
        "Score",
        "n",
        "Spread",
        "Discuss",
    ]
    assert headers[-3:] == [c.name for c in results.criteria]
    first = results.rows[0]
    index = panel.model.index(0, 2)
    assert index.data() == first.domain and index.data(Qt.ItemDataRole.DecorationRole) is not None
    means = [panel.model.index(0, 10 + i).data() for i in range(3)]
    assert means == [f"{m:.2f}" for m in first.criterion_means]
    right = panel.model.index(0, SCORE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight
    divided = [r for r in results.rows if r.discuss]
    assert panel.model.index(results.rows.index(divided[0]), 7).data() == "discuss"
    assert panel.findChild(QLabel, "resultsEmpty").isHidden()


def test_the_models_pass_the_model_tester(qtmodeltester, services: Services, demo: int):
    model = RankingModel()
    model.set_results(services.results(demo), services.workshop(demo).domains)
    qtmodeltester.check(model)
    proxy = RankingProxy()
    proxy.setSourceModel(model)
    proxy.sort(SCORE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    qtmodeltester.check(RankingModel())  # empty: before any reveal


def test_sorting_by_score_and_by_title_uses_the_values(panel: ResultsPanel, services, demo):
    results = services.results(demo)
    panel.table.sortByColumn(SCORE, Qt.SortOrder.AscendingOrder)
    ids = shown_ids(panel)
    by_id = {r.proposal_id: r for r in results.rows}
    assert [by_id[i].score for i in ids] == sorted(r.score for r in results.rows)
    panel.table.sortByColumn(SCORE, Qt.SortOrder.DescendingOrder)
    assert [by_id[i].score for i in shown_ids(panel)] == sorted(
        (r.score for r in results.rows), reverse=True
    )
    panel.table.sortByColumn(PROPOSAL, Qt.SortOrder.AscendingOrder)
    assert shown(panel, PROPOSAL) == sorted((r.title for r in results.rows), key=str.casefold)
    panel.table.sortByColumn(RANK, Qt.SortOrder.DescendingOrder)
    ranks = [int(r) for r in shown(panel, RANK)]
    assert ranks == sorted(ranks, reverse=True)
    panel.table.sortByColumn(RANK, Qt.SortOrder.AscendingOrder)
    assert shown(panel, PROPOSAL) == [r.title for r in results.rows]  # ties keep their order


def test_the_keyboard_sorts_through_the_sort_combo(panel: ResultsPanel, services, demo, qtbot):
    combo = panel.findChild(QComboBox, "sortCombo")
    assert combo.currentText() == "Rank"
    combo.setFocus()
    qtbot.keyClicks(combo, "Sp")  # type-ahead, as a keyboard user would
    assert combo.currentText() == "Spread ↓"
    by_id = {r.proposal_id: r for r in services.results(demo).rows}
    spreads = [by_id[i].spread for i in shown_ids(panel)]
    assert spreads == sorted(spreads, reverse=True)
    assert not panel.proxy.in_rank_order()
    panel.table.sortByColumn(PROPOSAL, Qt.SortOrder.AscendingOrder)  # a header click
    assert combo.currentText() == "Proposal ↑"
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert combo.currentText() == "Rank" and panel.proxy.in_rank_order()


# -- the cut line, ties and tiers ------------------------------------------------------------


def test_the_cut_line_falls_after_21_and_flags_the_tie(panel: ResultsPanel, services, demo):
    assert panel.findChild(QSpinBox, "topSpin").value() == 21  # the Roadmap limit
    line = services.cut_line(demo, top=21)
    assert panel.cut.selected == line.selected and len(line.selected) == 21
    cut_rows = [r for r in range(36) if panel.model.index(r, 0).data(CUT_ROLE)]
    assert cut_rows == [20]
    assert "top 21 of 36" in panel.findChild(QLabel, "cutNote").text()
    tie = panel.findChild(QLabel, "tieNote")
    assert tie.isVisible() and "2 proposals tie at the cut line" in tie.text()
    marks = shown(panel, ROADMAP)
    assert marks[:20] == ["✓"] * 20 and marks[20:22] == ["✓ tie", "tie"]
    assert services.results(demo).rows[21].proposal_id in line.tied_below


def test_the_cut_line_is_a_thick_red_line_under_the_last_row(panel: ResultsPanel, qtbot):
    table = panel.table
    index = table.model().index(20, PROPOSAL)
    table.scrollTo(index)
    qtbot.waitUntil(lambda: table.visualRect(index).isValid())
    rect = table.visualRect(index)
    image = table.viewport().grab().toImage()
    red = QColor(theme.WARNING)
    assert image.pixelColor(rect.center().x(), rect.bottom() - 1) == red
    above = table.visualRect(table.model().index(19, PROPOSAL))
    assert image.pixelColor(above.center().x(), above.bottom() - 1) != red
    # Sorted by something else, the rows no longer follow the ranking: no line.
    panel.table.sortByColumn(PROPOSAL, Qt.SortOrder.AscendingOrder)
    assert not panel.proxy.in_rank_order()


def test_a_smaller_top_n_moves_the_line(panel: ResultsPanel, services, demo, qtbot):
    panel.top_spin.setValue(5)
    assert panel.cut.selected == services.cut_line(demo, top=5).selected
    assert [r for r in range(36) if panel.model.index(r, 0).data(CUT_ROLE)] == [4]
    assert panel.tie_note.isHidden()


def test_by_quota_selects_each_categorys_top(panel: ResultsPanel, services, demo):
    panel.findChild(QRadioButton, "quotaRadio").setChecked(True)
    line = services.cut_line(demo, by_quota=True)
    assert panel.cut.selected == line.selected
    results = services.results(demo)
    by_category: dict[str, int] = {}
    for row in results.rows:
        if row.proposal_id in line.selected:
            by_category[row.category] = by_category.get(row.category, 0) + 1
    assert by_category == {
        "Implementation at scale": 7,
        "Strategy / demonstration / pilot": 13,
        "Capacity building": 1,
    }
    assert not any(panel.model.index(r, 0).data(CUT_ROLE) for r in range(36))  # no one line
    note = panel.cut_note.text()
    assert "by category quotas" in note and "Implementation at scale 7 of 7" in note
    assert "(7 + 13 + 1)" in panel.quota_radio.text()


def test_tiers_by_score_threshold(panel: ResultsPanel, services, demo):
    assert panel.table.isColumnHidden(TIER)
    panel.tiers_check.setChecked(True)
    assert not panel.table.isColumnHidden(TIER)
    for row, result in enumerate(services.results(demo).rows):
        score = round(result.score, 9)  # a score equal to a threshold is in the higher tier
        expected = "Tier 1" if score >= 4.0 else "Tier 2" if score >= 3.5 else "Tier 3"
        assert panel.model.index(row, TIER).data() == expected, result
    panel.tier1_spin.setValue(4.3)
    assert panel.model.index(2, TIER).data() == "Tier 1"  # 4.31
    assert panel.model.index(3, TIER).data() == "Tier 2"  # 4.21


def test_apply_to_board_asks_then_emits_the_ids_in_rank_order(
    panel: ResultsPanel, services, demo, ask, monkeypatch, qtbot
):
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda title, text: asked.append(text) or True)
    with qtbot.waitSignal(panel.apply_to_board) as emitted:
        qtbot.mouseClick(panel.findChild(QPushButton, "applyToBoard"), Qt.MouseButton.LeftButton)
    line = emitted.args[0]  # the cut line drawn, as the store records it when applied
    assert line == services.cut_line(demo, top=21)
    assert (line.round.number, line.rule, line.top) == (1, "top", 21)
    assert "21 proposals" in asked[0] and "Roadmap lane" in asked[0]
    assert "tie at the cut line" in asked[0]
    monkeypatch.setattr(ask, "confirm", lambda title, text: False)
    with qtbot.assertNotEmitted(panel.apply_to_board):
        panel.apply_cut()


def test_applied_cut_line_fills_the_roadmap_lane_and_is_recorded_undoably(
    window: MainWindow, services, monkeypatch, qtbot
):
    """The window's wiring: Apply to board → services.apply_cut_line, one undoable step that
    moves the cards and records which round and rule the cut came from."""
    workshop = window.current_workshop()
    panel = window.results
    panel.set_workshop(workshop)
    panel.refresh()
    roadmap = next(x for x in services.workshop(workshop).lanes if x.kind == "roadmap")
    before = {k: [c.id for c in v] for k, v in services.board(workshop).cards.items()}
    monkeypatch.setattr(window.ask, "confirm", lambda title, text: True)
    panel.top_spin.setValue(10)
    panel.apply_cut()
    cards = services.board(workshop).cards[roadmap.id]
    assert [c.id for c in cards[:10]] == list(panel.cut.selected)
    cut = services.workshop(workshop).cut
    assert cut is not None and (cut.round, cut.rule, cut.top) == (1, "top", 10)
    assert cut.selected == tuple(panel.cut.selected)
    stack = window.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Apply round 1's top 10 to Roadmap"
    assert window.statusBar().currentMessage().startswith("Moved 10 proposals into Roadmap")
    stack.undo()
    assert {k: [c.id for c in v] for k, v in services.board(workshop).cards.items()} == before
    assert services.workshop(workshop).cut is None
    stack.redo()
    assert [c.id for c in services.board(workshop).cards[roadmap.id]][:10] == list(
        panel.cut.selected
    )
    again = services.workshop(workshop).cut
    assert again is not None and again.selected == cut.selected and again.top == 10


# -- charts -------------------------------------------------------------------------------


def show_charts(panel: ResultsPanel, qtbot) -> ChartView:
    charts = panel.findChild(ChartView, "chartView")
    panel.views.setCurrentWidget(charts)
    qtbot.waitUntil(lambda: charts.redraws >= 1 and not charts.timer.isActive())
    return charts


def test_charts_draw_with_alt_text(panel: ResultsPanel, qtbot):
    charts = show_charts(panel, qtbot)
    canvas = charts.canvas("ranking")
    caption = panel.findChild(QLabel, "chartCaption-ranking").text()
    assert caption.startswith("Bar chart of 36 proposals' scores")
    assert "cut line falls after the top 21" in caption
    assert canvas.accessibleDescription() == caption
    assert canvas.figure.axes and canvas.figure.axes[0].patches  # bars were drawn
    assert charts.canvas("quadrant") is None  # only the visible chart is drawn
    before = charts.redraws
    with qtbot.waitSignal(charts.drawn) as drawn:
        charts.tabs.setCurrentIndex(1)
    assert drawn.args == ["quadrant"] and charts.redraws == before + 1
    quadrant = charts.canvas("quadrant")
    assert quadrant.accessibleDescription().startswith("Scatter chart of 36 proposals")
    colours = {d.color.lower() for d in panel.info.domains}
    drawn_colours = {
        "#{:02x}{:02x}{:02x}".format(*(round(255 * v) for v in c.get_facecolor()[0][:3]))
        for c in quadrant.figure.axes[0].collections
    }
    assert drawn_colours == colours  # the board's domain colours


def test_a_burst_of_refreshes_redraws_only_a_few_times(panel: ResultsPanel, qtbot, demo):
    charts = show_charts(panel, qtbot)
    before = charts.redraws
    for _ in range(100):
        charts.request_redraw()
    qtbot.waitUntil(lambda: charts.redraws > before and not charts.timer.isActive())
    assert charts.redraws - before <= 3
    # Entries go into an open round: they never touch the revealed ranking, so no reload.
    for _ in range(100):
        panel.apply(Change(ChangeKind.SCORE_RECORDED, demo, Affects.ENTRIES))
    assert not panel.refresh_timer.isActive()
    # A burst of 100 changes that can move the ranking: one reload, a redraw or two.
    before = charts.redraws
    for _ in range(100):
        panel.apply(Change(ChangeKind.SCORES_IMPORTED, demo, Affects.ENTRIES | Affects.RESULTS))
    qtbot.waitUntil(
        lambda: (
            charts.redraws > before
            and not charts.timer.isActive()
            and not panel.refresh_timer.isActive()
        )
    )
    assert charts.redraws - before <= 3


def test_changing_the_cut_redraws_the_ranking_chart(panel: ResultsPanel, qtbot):
    charts = show_charts(panel, qtbot)
    with qtbot.waitSignal(charts.drawn):
        panel.top_spin.setValue(10)
    assert "cut line falls after the top 10" in charts.captions["ranking"].text()


# -- agreement ------------------------------------------------------------------------------


def test_most_divided_lists_the_widest_spreads(panel: ResultsPanel, services, demo):
    listing = panel.findChild(QListWidget, "mostDivided")
    expected = services.most_divided(demo, k=5)
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert texts[0] == "Speed cameras in 10 school zones — spread 1.47 — discuss"
    assert texts == [
        f"{r.title} — spread {r.spread:.2f}" + (" — discuss" if r.discuss else "") for r in expected
    ]
    panel._select_divided(listing.item(0))
    assert panel.table.currentIndex().data(ID_ROLE) == expected[0].proposal_id


def test_compare_rounds_shows_movements_largest_first(panel: ResultsPanel, services, demo, qtbot):
    compare = panel.findChild(QPushButton, "compareRounds")
    assert not compare.isEnabled()  # one revealed round
    bridge = ChangeBridge(services)
    bridge.changed.connect(panel.apply)
    second_round(services, demo)
    qtbot.waitUntil(lambda: panel.round_number() == 2)
    assert compare.isEnabled()
    assert panel.round_picker.currentText() == "Round 2"  # the latest by default
    qtbot.mouseClick(compare, Qt.MouseButton.LeftButton)
    dialog = panel.compare_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.first.currentData() == 1 and dialog.second.currentData() == 2
    table = dialog.findChild(QTableWidget, "compareTable")
    moves = services.compare_rounds(demo, 1, 2)
    assert table.rowCount() == len(moves) == 36
    first = moves[0]
    assert table.item(0, 0).text() == first.title
    assert table.item(0, 1).text() == f"{first.rank_before} → {first.rank_after}"
    assert table.item(0, 2).text() == f"{first.score_before:.2f} → {first.score_after:.2f}"
    assert table.item(0, 3).text() == f"{first.delta:+.2f}"
    changes = [abs(float(table.item(r, 3).text())) for r in range(table.rowCount())]
    assert changes == sorted(changes, reverse=True)
    dialog.second.setCurrentIndex(0)  # the same round twice
    assert table.rowCount() == 0 and "two different" in dialog.note.text()
    dialog.close()
    qtbot.waitUntil(lambda: panel.compare_dialog is None)
    # An earlier round stays chosen until the user picks another.
    panel.round_picker.setCurrentIndex(0)
    panel.round_picker.activated.emit(0)
    assert panel.round_number() == 1
    assert shown(panel, SCORE)[0] == f"{services.results(demo, 1).rows[0].score:.2f}"


# -- export ---------------------------------------------------------------------------------


def test_export_csv_and_xlsx_write_the_shown_round(
    panel: ResultsPanel, services, demo, ask, monkeypatch, tmp_path: Path, qtbot
):
    asked = []
    paths = iter([tmp_path / "results.csv", tmp_path / "results"])

    def save_path(title, suggested, filters):
        asked.append((title, suggested, filters))
        return str(next(paths))

    monkeypatch.setattr(ask, "save_path", save_path)
    with qtbot.waitSignal(panel.message) as told:
        qtbot.mouseClick(panel.findChild(QPushButton, "exportCsv"), Qt.MouseButton.LeftButton)
    assert "results.csv" in told.args[0]
    assert asked[0][1].endswith("-round-1-results.csv") and "*.csv" in asked[0][2]
    with (tmp_path / "results.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    results = services.results(demo)
    assert rows[0][:9] == [
        "rank",
        "proposal",
        "domain",
        "category",
        "lane",
        "score",
        "n",
        "spread",
        "discuss",
    ]
    assert [r[1] for r in rows[1:]] == [r.title for r in results.rows]

    written = panel.export_xlsx()
    assert written == tmp_path / "results.xlsx" and written.exists()
    assert "*.xlsx" in asked[1][2]
    book = openpyxl.load_workbook(written, read_only=True)
    assert book.sheetnames == ["Results", "Scores"]  # the revealed round's record too
    cells = [c for row in book["Results"].iter_rows(values_only=True) for c in row]
    rounds = {row[0] for row in book["Scores"].iter_rows(min_row=2, values_only=True)}
    book.close()
    assert results.rows[0].title in cells and rounds == {1}


def test_a_failed_export_is_explained(panel: ResultsPanel, ask, monkeypatch, tmp_path: Path):
    warned = []
    monkeypatch.setattr(ask, "save_path", lambda *a: str(tmp_path / "missing" / "r.csv"))
    monkeypatch.setattr(ask, "warn", lambda title, text: warned.append(text))
    assert panel.export_csv() is None
    assert warned and "r.csv" in warned[0]


# -- nothing before a reveal ----------------------------------------------------------------


def test_a_workshop_without_a_revealed_round_shows_no_values(
    qtbot, services: Services, demo: int, ask, monkeypatch
):
    people = tuple(ParticipantSpec(f"Director {i}", "director", "") for i in range(3))
    workshop = services.create_workshop(
        WorkshopSpec.san_jose("Closed doors", participants=people)
    ).subject
    services.add_proposals(workshop, [ProposalSpec("Mobile permit van"), ProposalSpec("Kiosks")])
    info = services.workshop(workshop)
    proposals = [c.id for cards in services.board(workshop).cards.values() for c in cards]
    services.import_scores(
        workshop,
        [
            ScoreEntry(p.id, pid, c.id, 4)
            for p in info.participants
            for pid in proposals
            for c in info.criteria
        ],
    )  # an open round, full of scores

    def refused(*_a, **_k):
        raise AssertionError("score_record was asked about an unrevealed round")

    monkeypatch.setattr(services, "score_record", refused)
    widget = ResultsPanel(services, ask)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_workshop(demo)
    assert widget.model.rowCount() == 36
    widget.set_workshop(workshop)  # switching: the demo's values go
    empty = widget.findChild(QLabel, "resultsEmpty")
    assert empty.isVisible() and empty.text() == EMPTY
    assert widget.model.rowCount() == 0 and widget.round_picker.count() == 0
    assert widget.charts.canvas("ranking") is None
    assert not re.search(r"\d\.\d\d", all_text(widget))
    for name in ("exportCsv", "exportXlsx", "applyToBoard", "compareRounds"):
        assert not widget.findChild(QPushButton, name).isEnabled(), name
    assert widget.export_csv() is None


def test_no_workshop_shows_nothing(qtbot, services: Services, ask):
    widget = ResultsPanel(services, ask)
    qtbot.addWidget(widget)
    widget.set_workshop(None)
    widget.refresh()
    assert widget.stack.currentWidget() is widget.empty and widget.model.rowCount() == 0


def test_a_hidden_panel_waits_until_shown(qtbot, services: Services, demo: int, ask):
    widget = ResultsPanel(services, ask)
    qtbot.addWidget(widget)
    widget.set_workshop(demo)
    assert widget.model.rowCount() == 0  # nothing loaded while hidden
    widget.apply(Change(ChangeKind.SCORE_RECORDED, demo, Affects.ENTRIES))
    assert not widget.refresh_timer.isActive()
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.model.rowCount() == 36


def test_changes_elsewhere_are_ignored(panel: ResultsPanel, demo: int):
    panel.apply(Change(ChangeKind.SCORE_RECORDED, demo + 1, Affects.ENTRIES))
    panel.apply(Change(ChangeKind.WORKSHOP_CREATED, demo, Affects.WORKSHOPS))
    assert not panel.refresh_timer.isActive()
    panel.apply(Change(ChangeKind.ROUND_REVEALED, demo, Affects.ROUNDS | Affects.RESULTS))
    assert panel.refresh_timer.isActive()


def test_every_control_has_an_accessible_name(panel: ResultsPanel):
    for name in (
        "roundPicker",
        "sortCombo",
        "topSpin",
        "topRadio",
        "quotaRadio",
        "tiersCheck",
        "tier1Spin",
        "tier2Spin",
        "applyToBoard",
        "exportCsv",
        "exportXlsx",
        "compareRounds",
        "rankingTable",
        "mostDivided",
        "chartView",
    ):
        widget = panel.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name


# -- start-up ---------------------------------------------------------------------------------


def test_matplotlib_loads_only_when_the_charts_are_shown(tmp_path: Path):
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from roadmap_desktop.services import Services
        from roadmap_desktop.services.demo import build_demo
        from roadmap_desktop.store import open_store
        from roadmap_desktop.ui.ask import Ask
        from roadmap_desktop.ui.main_window import MainWindow
        from roadmap_desktop.ui.results import ResultsPanel
        store = open_store(Path(sys.argv[1]))
        services = Services(store)
        workshop = build_demo(services)
        window = MainWindow(services)
        panel = ResultsPanel(services, Ask(None))
        panel.set_workshop(workshop)
        panel.refresh()
        assert "matplotlib" not in sys.modules, "matplotlib at start-up"
        panel.resize(1000, 700)
        panel.show()
        panel.views.setCurrentWidget(panel.charts)
        for _ in range(200):
            if panel.charts.redraws:
                break
            QTest.qWait(50)
        assert panel.charts.redraws > 0
        assert "matplotlib" in sys.modules
        panel.close()
        window.close()
        store.close()
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "store.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok")
