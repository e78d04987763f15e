"""The Results tab's What-if weights and Budget views as a facilitator uses them: sliders
re-rank without saving, adopting is one undoable step, and the budget's two plans side by
side, applied to the board undoably."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPushButton,
    QSlider,
    QTableView,
    QTabWidget,
    QTreeWidget,
)

from roadmap_desktop.services import Services
from roadmap_desktop.ui.main_window import MainWindow


def _results(window: MainWindow, qtbot):
    window.tabs.setCurrentWidget(window.results)
    qtbot.waitUntil(lambda: window.results.results is not None)
    return window.results


def _shown(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_what_if_sliders_rerank_and_adopting_is_undoable(qtbot, window, services: Services, demo):
    panel = _results(window, qtbot)
    views = panel.findChild(QTabWidget, "resultsViews")
    whatif = panel.findChild(QTableView, "whatIfTable")
    views.setCurrentWidget(panel.whatif)
    before = _shown(whatif, 2)
    assert before == [r.title for r in panel.results.rows]  # the workshop's own weights
    slider = panel.findChild(QSlider, "whatIfSlider2")  # Achievable
    weights = [c.weight for c in services.workshop(demo).criteria]
    with qtbot.waitSignal(panel.whatif.stability_shown):
        slider.setValue(50)
    after = _shown(whatif, 2)
    assert after != before
    note = panel.findChild(QLabel, "whatIfNote").text()
    assert "cross the cut line" in note or "crosses the cut line" in note
    sides = _shown(whatif, 4)
    assert "✓ enters" in sides and "leaves" in sides
    assert any(whatif.model().index(r, 5).data() for r in range(whatif.model().rowCount()))
    # Nothing was saved by moving a slider.
    assert [c.weight for c in services.workshop(demo).criteria] == weights
    panel.findChild(QPushButton, "whatIfAdopt").click()
    assert services.workshop(demo).criteria[2].weight == 5.0
    window.undo_stack.undo()
    assert [c.weight for c in services.workshop(demo).criteria] == weights


def test_budget_plans_side_by_side_and_applied_undoably(qtbot, window, services: Services, demo):
    panel = _results(window, qtbot)
    budget = panel.budget
    panel.findChild(QTabWidget, "resultsViews").setCurrentWidget(budget)
    budget.amount.setValue(5_000_000)
    budget.amount.editingFinished.emit()
    best = panel.findChild(QTreeWidget, "budgetFunded_optimum")
    by_rank = panel.findChild(QTreeWidget, "budgetFunded_by_rank")
    assert best.topLevelItemCount() > 0 and by_rank.topLevelItemCount() > 0
    assert budget.plans is not None
    assert budget.plans.optimum.total_score >= budget.plans.by_rank.total_score - 1e-9
    assert budget.plans.optimum.total_cost <= 5_000_000
    assert best.topLevelItem(0).text(2).startswith("$")
    panel.findChild(QPushButton, "budgetSave").click()
    assert services.workshop(demo).budget == 5_000_000
    window.undo_stack.undo()
    assert services.workshop(demo).budget is None
    funded = list(budget.plans.optimum.funded)
    panel.findChild(QPushButton, "budgetApply_optimum").click()
    roadmap = next(x for x in services.workshop(demo).lanes if x.kind == "roadmap")
    cards = [c.id for c in services.board(demo).cards[roadmap.id]]
    assert cards[: len(funded)] == funded
    window.undo_stack.undo()
    cards = [c.id for c in services.board(demo).cards[roadmap.id]]
    assert cards[: len(funded)] != funded


def test_a_tie_at_the_line_is_settled_by_hand_and_undone(
    qtbot, window, services, demo, monkeypatch
):
    panel = _results(window, qtbot)
    bar = panel.ties
    assert bar.isVisible() and len(bar.tied) >= 2
    tied = [pid for pid, _title in bar.tied]

    def agree(dialog):
        dialog.order.setCurrentRow(len(tied) - 1)
        dialog.findChild(QPushButton, "tieUp").click()  # the last one moves up one place
        dialog.reason.setPlainText("The cabinet chose the one ready to start this year.")
        return True

    monkeypatch.setattr(window.ask, "tie_dialog", agree)
    bar.findChild(QPushButton, "settleTie").click()
    orders = services.tie_orders(demo)
    assert len(orders) == len(tied)
    assert orders[0].reason == "The cabinet chose the one ready to start this year."
    assert [o.proposal_id for o in orders] == [*tied[:-2], tied[-1], tied[-2]]
    qtbot.waitUntil(lambda: not panel.ties.isVisible())
    assert panel.findChild(QLabel, "tieNote").isHidden()
    window.undo_stack.undo()
    assert services.tie_orders(demo) == []
    qtbot.waitUntil(lambda: panel.ties.isVisible())


def test_a_runoff_round_opens_on_just_the_tied_proposals(
    qtbot, window, services, demo, monkeypatch
):
    panel = _results(window, qtbot)
    tied = [pid for pid, _title in panel.ties.tied]
    monkeypatch.setattr(window.ask, "confirm", lambda *_a: True)
    panel.ties.findChild(QPushButton, "runoffTie").click()
    opened = services.open_round_of(demo)
    assert opened is not None and opened.scope == "selection"
    assert sorted(services.round_scope(opened.id)) == sorted(tied)
    window.undo_stack.undo()
    assert services.open_round_of(demo) is None


def test_the_most_divided_can_start_a_runoff_round(qtbot, window, services, demo, monkeypatch):
    panel = _results(window, qtbot)
    listed = panel.findChild(QListWidget, "mostDivided")
    ids = [listed.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listed.count())]
    assert len(ids) == 5
    monkeypatch.setattr(window.ask, "confirm", lambda *_a: True)
    panel.findChild(QPushButton, "dividedRunoff").click()
    opened = services.open_round_of(demo)
    assert opened is not None and sorted(services.round_scope(opened.id)) == sorted(ids)
