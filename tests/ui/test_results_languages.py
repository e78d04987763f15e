"""The Results tab in another language: under the pseudo language (every text the catalog
knows lengthened and bracketed, ui/translation.py) the ranking's headers and tooltips, tiers,
ties, the cut controls and their summary, the chart tabs, the most divided list and the
comparison of rounds show translated words. Passes once the catalogs are extracted."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget

from roadmap_desktop import words
from roadmap_desktop.services import Services
from roadmap_desktop.ui.results import ResultsPanel
from roadmap_desktop.ui.results.compare_dialog import CompareRoundsDialog
from roadmap_desktop.ui.results.ranking_model import ROADMAP, TIER
from roadmap_desktop.words.pseudo import is_pseudo
from tests.ui.results_panels import panel_in

H = Qt.Orientation.Horizontal


@pytest.fixture
def panel(qtbot, services: Services, demo: int) -> Iterator[ResultsPanel]:
    """The Results tab built in the pseudo language, on the demo (round 1 revealed)."""
    with panel_in(words.PSEUDO, qtbot, services, demo) as widget:
        yield widget


def test_the_ranking_speaks_the_language(panel: ResultsPanel):
    model = panel.model
    fixed = [model.headerData(c, H) for c in range(TIER + 1)]
    assert all(is_pseudo(text) for text in fixed), fixed
    assert is_pseudo(model.headerData(0, H, Qt.ItemDataRole.ToolTipRole))
    criterion = model.headerData(TIER + 1, H, Qt.ItemDataRole.ToolTipRole)
    assert is_pseudo(criterion) and model.criteria[0] in criterion  # "Mean of Important scores"
    panel.tiers_check.setChecked(True)
    tiers = [model.index(r, TIER).data() for r in range(model.rowCount())]
    assert any(tiers) and all(is_pseudo(t) for t in tiers if t)
    # The demo ties at the cut line after 21, the Roadmap lane's limit (test_results).
    roadmap = [model.index(r, ROADMAP).data() for r in range(model.rowCount())]
    assert any(is_pseudo(t) for t in roadmap if t)  # "tie"
    sort = panel.sort_combo
    fixed_choices = [i for i in range(sort.count()) if sort.itemData(i)[0] <= TIER]
    assert fixed_choices and all(is_pseudo(sort.itemText(i)) for i in fixed_choices)


def test_the_cut_controls_and_their_summary_speak_the_language(panel: ResultsPanel):
    for button in (panel.top_radio, panel.quota_radio, panel.tiers_check, panel.apply_button):
        assert is_pseudo(button.text()) and is_pseudo(button.accessibleName())
    assert is_pseudo(panel.cut_note.text())
    panel.quota_radio.setChecked(True)
    assert is_pseudo(panel.cut_note.text())
    panel.top_radio.setChecked(True)  # top 21: a tie at the line (test_results)
    assert panel.tie_note.isVisible() and is_pseudo(panel.tie_note.text())
    assert is_pseudo(panel.tie_note.toolTip())
    asked: list[tuple[str, str]] = []
    panel.ask.confirm = lambda title, text: asked.append((title, text)) or False
    panel.apply_cut()
    assert asked and is_pseudo(asked[0][0]) and is_pseudo(asked[0][1])


def test_the_views_charts_and_agreement_speak_the_language(panel: ResultsPanel, qtbot):
    views = panel.findChild(QTabWidget, "resultsViews")
    assert all(is_pseudo(views.tabText(i)) for i in range(views.count()))
    charts = panel.charts.tabs
    assert all(is_pseudo(charts.tabText(i)) for i in range(charts.count()))
    assert all(is_pseudo(c.accessibleName()) for c in panel.charts.captions.values())
    assert is_pseudo(panel.findChild(QLabel, "dividedNote").text())
    divided = panel.divided
    assert divided.count() and all(
        is_pseudo(divided.item(i).text()) for i in range(divided.count())
    )
    assert is_pseudo(panel.compare_note.text())
    assert all(is_pseudo(panel.round_picker.itemText(i)) for i in range(panel.round_picker.count()))


def test_the_empty_tab_and_the_comparison_speak_the_language(
    panel: ResultsPanel, services: Services, demo: int, qtbot
):
    assert is_pseudo(panel.empty.text())  # built in the language, before any round shows
    dialog = CompareRoundsDialog(services, demo, [1], panel)
    qtbot.addWidget(dialog)
    assert is_pseudo(dialog.windowTitle()) and is_pseudo(dialog.note.text())
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert all(is_pseudo(h) for h in headers)
