"""The charts on the Results tab are finished as in the council packet: the key below the axes
(never over a bar or a point), whole-number ticks on axes that count, the domains in the
workshop's order and colours whatever order the ranking meets them in."""

import pytest
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

from roadmap_desktop.services import Services
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.results import ResultsPanel
from roadmap_desktop.ui.results.chart_view import ChartView
from tests.export.chart_checks import (
    assert_key_clear_of_data,
    assert_whole_ticks,
    key_colours,
    key_labels,
    the_key,
)
from tests.services.helpers import reveal_a_dot_round


def results_panel(qtbot, services: Services, workshop: int, size=(1280, 760)) -> ResultsPanel:
    """The Results tab on the workshop's latest revealed round, shown, its charts in view."""
    panel = ResultsPanel(services, Ask(None))
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.set_workshop(workshop)
    panel.show()
    qtbot.waitExposed(panel)
    charts = panel.findChild(ChartView, "chartView")
    panel.views.setCurrentWidget(charts)
    qtbot.waitUntil(lambda: charts.redraws >= 1 and not charts.timer.isActive())
    return panel


def chart(qtbot, panel: ResultsPanel, name: str) -> Figure:
    """The named chart's figure, drawn on its canvas as the room sees it."""
    charts = panel.findChild(ChartView, "chartView")
    index = ChartView.NAMES.index(name)
    if charts.tabs.currentIndex() != index:
        with qtbot.waitSignal(charts.drawn):
            charts.tabs.setCurrentIndex(index)
    canvas = panel.findChild(FigureCanvasQTAgg, f"chartCanvas-{name}")
    assert canvas is not None
    canvas.draw()
    return canvas.figure


def renderer_of(figure: Figure):
    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasQTAgg)
    return canvas.get_renderer()


@pytest.mark.parametrize("name", ChartView.NAMES)
@pytest.mark.parametrize("size", [(1280, 760), (760, 520)])
def test_every_key_sits_below_its_chart_clear_of_the_data(qtbot, services, demo, size, name):
    panel = results_panel(qtbot, services, demo, size)
    figure = chart(qtbot, panel, name)
    assert_key_clear_of_data(figure, renderer_of(figure))
    the_key(figure)  # the ranking keys its domain colours too


@pytest.mark.parametrize("name", ["ranking", "quadrant"])
@pytest.mark.parametrize("size", [(1280, 760), (700, 480)])  # the narrow one: fewer bars
def test_the_domains_come_in_the_workshops_order_and_colours(qtbot, services, demo, size, name):
    info = services.workshop(demo)
    rows = services.results(demo).rows
    assert list(dict.fromkeys(r.domain for r in rows)) != [d.name for d in info.domains]
    figure = chart(qtbot, results_panel(qtbot, services, demo, size), name)
    shown = rows[: len(figure.axes[0].get_yticks())] if name == "ranking" else rows
    domains = [d for d in info.domains if d.name in {r.domain for r in shown}]
    assert len(domains) >= 4  # enough to tell an order
    assert key_labels(figure) == [d.name for d in domains]
    assert key_colours(figure) == [d.color.lower() for d in domains]


def test_proposals_per_domain_in_the_workshops_order_in_whole_numbers(qtbot, services, demo):
    info = services.workshop(demo)
    counts = chart(qtbot, results_panel(qtbot, services, demo), "counts")
    assert [t.get_text() for t in counts.axes[0].get_xticklabels()] == [
        d.name for d in info.domains
    ]
    assert key_labels(counts) == [c.name for c in info.categories]
    assert_whole_ticks(counts.axes[0].yaxis)


def test_a_dot_rounds_ranking_counts_dots_in_whole_numbers(qtbot, services: Services, demo):
    reveal_a_dot_round(services, demo)
    panel = results_panel(qtbot, services, demo)
    ax = chart(qtbot, panel, "ranking").axes[0]
    assert_whole_ticks(ax.xaxis)  # 2 dots at most: quarters would fit, and must not show
    assert ax.get_xlabel() == "Dots given"
