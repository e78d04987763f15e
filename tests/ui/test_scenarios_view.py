"""The Results tab's Scenarios view as a facilitator uses it: save what the tab shows under a
name, rename, flag for the packet and delete, each one undoable step, and two scenarios side
by side (the proposals only one selects in bold, each one's totals)."""

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QTableWidget, QTreeWidget

from roadmap_desktop.services import Services
from roadmap_desktop.services.scenarios import ScenarioSpec
from roadmap_desktop.ui.results.scenarios_view import ScenariosView
from tests.services.helpers import reveal_two_criteria

COSTS = {"Alpha": 50, "Bravo": 60, "Charlie": 40}


class Answers:
    """Ask's text question, answered from a list (None: cancelled)."""

    def __init__(self) -> None:
        self.names: list[str | None] = []
        self.asked: list[str] = []

    def text(self, title: str, label: str, value: str = "") -> str | None:
        self.asked.append(value)
        return self.names.pop(0)


def _reveal(services: Services, small) -> int:
    reveal_two_criteria(services, small, COSTS)
    return services.results(small.id).round.number


def _view(qtbot, services: Services, small, shown: list[ScenarioSpec]):
    stack = QUndoStack()
    answers = Answers()
    view = ScenariosView(services, stack, lambda: shown[-1], ask=answers)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.show()
    view.set_round(small.id, _reveal(services, small))
    return view, stack, answers


def _names(view: ScenariosView) -> list[str]:
    tree = view.findChild(QTreeWidget, "scenarioList")
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _pick(view: ScenariosView, name: str) -> None:
    tree = view.findChild(QTreeWidget, "scenarioList")
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == name
    )
    tree.setCurrentItem(item)
    item.setSelected(True)


def _packets(services: Services, small) -> dict[str, str]:
    return {s.name: s.spec.packet for s in services.scenarios(small.id)}


def test_save_the_current_settings_and_compare_two(qtbot, services: Services, small):
    shown = [ScenarioSpec(top=2)]
    view, stack, answers = _view(qtbot, services, small, shown)
    save = view.findChild(QPushButton, "scenarioSave")
    answers.names = ["Core first", None]
    save.click()
    assert answers.asked == ["Scenario 1"]  # a free name is suggested
    assert _names(view) == ["Core first"]
    save.click()  # cancelled: nothing saved
    assert _names(view) == ["Core first"] and stack.count() == 1

    shown.append(ScenarioSpec(weights={small.criteria["Important"]: 5}, top=2))
    answers.names = ["Important"]
    save.click()
    [saved] = [s for s in services.scenarios(small.id) if s.name == "Important"]
    assert saved.spec == shown[-1]
    tree = view.findChild(QTreeWidget, "scenarioList")
    assert tree.topLevelItem(1).text(1) == "Top 2"
    assert tree.topLevelItem(1).text(2) == "Important 5"

    # Side by side: A is the first saved, B the second.
    a, b = view.findChild(QComboBox, "scenarioA"), view.findChild(QComboBox, "scenarioB")
    assert (a.currentText(), b.currentText()) == ("Core first", "Important")
    table = view.findChild(QTableWidget, "scenarioComparison")
    rows = {
        table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 3).text())
        for r in range(table.rowCount())
    }
    assert rows == {"Bravo": ("✓", ""), "Charlie": ("✓", "✓"), "Alpha": ("", "✓")}
    bold = {table.item(r, 1).text(): table.item(r, 1).font().bold() for r in range(3)}
    assert bold == {"Bravo": True, "Charlie": False, "Alpha": True}
    totals_a = view.findChild(QLabel, "scenarioTotalsA").text()
    totals_b = view.findChild(QLabel, "scenarioTotalsB").text()
    assert "2 proposals" in totals_a and "$100" in totals_a and "6.67" in totals_a
    assert "$90" in totals_b
    assert "1 only in A, 1 only in B" in view.findChild(QLabel, "scenarioCompareNote").text()

    # The current settings against a saved one: the same selection.
    shown.append(ScenarioSpec(top=2))
    b.setCurrentIndex(b.findData(-1))
    b.activated.emit(b.currentIndex())
    assert view.comparison is not None and view.comparison.same

    # Saved with the budget rule: the workshop has none, so the comparison says so.
    view.findChild(QComboBox, "scenarioRule").setCurrentIndex(1)
    answers.names = ["Budget"]
    save.click()
    [budget] = [s for s in services.scenarios(small.id) if s.name == "Budget"]
    assert budget.spec.rule == "budget"
    b.setCurrentIndex(b.findText("Budget"))
    b.activated.emit(b.currentIndex())
    assert view.comparison is None
    assert "budget" in view.findChild(QLabel, "scenarioCompareNote").text()

    # Each save is one step.
    stack.undo()
    assert "Budget" not in _names(view)
    stack.redo()
    assert "Budget" in _names(view)


def test_rename_flag_and_delete_are_each_undoable(qtbot, services: Services, small):
    view, stack, answers = _view(qtbot, services, small, [ScenarioSpec(top=2)])
    save = view.findChild(QPushButton, "scenarioSave")
    answers.names = ["Lean", "Bold"]
    save.click()
    save.click()
    chosen = view.findChild(QCheckBox, "scenarioChosen")
    compared = view.findChild(QCheckBox, "scenarioCompared")
    rename = view.findChild(QPushButton, "scenarioRename")

    _pick(view, "Lean")
    answers.names = ["Leaner"]
    rename.click()
    assert _names(view) == ["Bold", "Leaner"]
    assert stack.undoText() == "Rename scenario “Lean” to “Leaner”"
    stack.undo()
    assert _names(view) == ["Bold", "Lean"]
    stack.redo()
    assert _names(view) == ["Bold", "Leaner"]

    # One chosen scenario: choosing another leaves the first out, in the same step.
    _pick(view, "Leaner")
    chosen.click()
    assert _packets(services, small) == {"Bold": "", "Leaner": "chosen"}
    assert chosen.isChecked()
    _pick(view, "Bold")
    assert not chosen.isChecked()
    chosen.click()
    assert _packets(services, small) == {"Bold": "chosen", "Leaner": ""}
    stack.undo()
    assert _packets(services, small) == {"Bold": "", "Leaner": "chosen"}
    stack.redo()
    _pick(view, "Leaner")
    compared.click()
    assert _packets(services, small) == {"Bold": "chosen", "Leaner": "compared"}
    tree = view.findChild(QTreeWidget, "scenarioList")
    assert [tree.topLevelItem(i).text(3) for i in range(2)] == ["Used", "Compared"]
    stack.undo()
    assert _packets(services, small)["Leaner"] == ""

    # Deleted, then brought back under its id by an undo.
    before = {s.name: s.id for s in services.scenarios(small.id)}
    _pick(view, "Leaner")
    view.findChild(QPushButton, "scenarioDelete").click()
    assert _names(view) == ["Bold"]
    assert stack.undoText() == "Delete scenario “Leaner”"
    stack.undo()
    assert {s.name: s.id for s in services.scenarios(small.id)} == before
    assert _names(view) == ["Bold", "Leaner"]


def test_a_hidden_view_compares_when_shown(qtbot, services: Services, small):
    shown = [ScenarioSpec(top=2)]
    view, _stack, answers = _view(qtbot, services, small, shown)
    # The sliders give every weight: those equal to the workshop's own are not listed.
    shown.append(ScenarioSpec(weights={c: 1.0 for c in small.criteria.values()}, top=2))
    view.hide()
    answers.names = ["Lean"]
    view.findChild(QPushButton, "scenarioSave").click()
    tree = view.findChild(QTreeWidget, "scenarioList")
    assert tree.topLevelItem(0).text(2) == "Core 1"  # Core weighs 2 in the workshop
    assert view.comparison is not None
    assert view.comparison.a.name is None  # nothing worked out again while hidden
    view.show()
    assert view.comparison.a.name == "Lean"  # A: the saved one, B: the current settings
    assert view.comparison.b.name is None


def test_a_refused_save_is_reported_and_not_recorded(qtbot, services: Services, small):
    view, stack, answers = _view(qtbot, services, small, [ScenarioSpec(top=2)])
    heard: list[str] = []
    view.message.connect(heard.append)
    answers.names = ["Lean", "Lean"]
    save = view.findChild(QPushButton, "scenarioSave")
    save.click()
    save.click()
    assert stack.count() == 1
    assert heard and "has that name" in heard[-1]
    # Changed by someone else: the undo is refused, reported, and their change stays.
    [lean] = services.scenarios(small.id)
    services.update_scenario(lean.id, name="Theirs")
    stack.undo()
    assert [s.name for s in services.scenarios(small.id)] == ["Theirs"]
    assert "changed by someone else" in heard[-1]
