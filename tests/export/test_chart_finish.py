"""Every chart is finished the same way, on screen and in the council packet: whole-number
ticks on axes that count, the key below the axes (never over data), and the domains in the
workshop's order and colours whatever order the data brings them in."""

import io
import re
from collections.abc import Callable, Iterator

import matplotlib
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from roadmap_desktop.export import charts, packet
from roadmap_desktop.services import Services
from roadmap_desktop.services.views import CategoryView, DomainView
from tests.export.chart_checks import (
    assert_key_clear_of_data,
    assert_whole_ticks,
    key_colours,
    key_labels,
    the_key,
)
from tests.services.helpers import reveal_a_dot_round

SAFE, INCLUSIVE, SUSTAINABLE = "#0072B2", "#E69F00", "#009E73"
DOMAINS = (
    DomainView(1, "Safe", SAFE),
    DomainView(2, "Inclusive", INCLUSIVE),
    DomainView(3, "Sustainable", SUSTAINABLE),
)
CATEGORIES = (CategoryView(1, "Scale", 7), CategoryView(2, "Pilot", 13))
WORKSHOP_ORDER = ["Safe", "Inclusive", "Sustainable", "No domain"]


def row(
    title: str,
    domain: str,
    category: str,
    score: float | None,
    means: tuple[float, float, float] = (3.0, 3.0, 3.0),
) -> charts.ChartRow:
    """A row as chart_rows makes it: the shape is the domain's position in the workshop."""
    shape, colour = next(
        ((i, d.color) for i, d in enumerate(DOMAINS) if d.name == domain),
        (0, charts.NO_DOMAIN_COLOUR),
    )
    place = next((i for i, c in enumerate(CATEGORIES) if c.name == category), None)
    return charts.ChartRow(
        title,
        domain,
        colour,
        category,
        score,
        None if score is None else 0.4,
        12,
        means=dict(zip(("Important", "Core", "Achievable"), means, strict=True)),
        shape=shape,
        category_place=place,
    )


# The best-ranked is Inclusive, so the data meets Inclusive before Safe; a proposal has no
# domain; the categories come Pilot first, though the workshop lists Scale first.
ROWS = [
    row("Library on wheels", "Inclusive", "Pilot", 4.6, (4.8, 4.5, 4.4)),
    row("Live 911 queue", "Safe", "Scale", 4.1, (4.2, 4.0, 3.2)),
    row("Save $5 on $10 fares", "Sustainable", "Pilot", 3.9, (3.1, 3.9, 4.6)),
    row("Unsorted idea", "", "", 3.5, (2.2, 3.3, 2.5)),
    row("Speed cameras", "Safe", "Pilot", 3.0, (3.6, 2.4, 1.8)),
]


def drawn(draw: Callable[[Figure], None], size: tuple[float, float] = (8, 5)) -> Figure:
    figure = Figure(figsize=size)
    draw(figure)
    FigureCanvasAgg(figure).draw()
    return figure


def renderer(figure: Figure):
    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    return canvas.get_renderer()


CHARTS: dict[str, Callable[[Figure], None]] = {
    "ranking": lambda f: charts.ranking_bars(f, ROWS, cut=2),
    "dots": lambda f: charts.ranking_bars(f, ROWS, dots=True),
    "quadrant": lambda f: charts.quadrant(f, ROWS),
    "counts": lambda f: charts.counts(f, ROWS),
}


# -- integer axes -------------------------------------------------------------------------


def test_counts_count_proposals_in_whole_numbers():
    figure = drawn(CHARTS["counts"])  # two proposals at most in a domain: no room for halves
    assert_whole_ticks(figure.axes[0].yaxis)


def test_a_dot_rounds_ranking_counts_dots_in_whole_numbers_without_error_bars():
    dots = [
        row("Library on wheels", "Inclusive", "Pilot", 3.0),
        row("Live 911 queue", "Safe", "Scale", 2.0),
        row("Speed cameras", "Safe", "Pilot", 1.0),
    ]
    figure = drawn(lambda f: charts.ranking_bars(f, dots, dots=True))
    ax = figure.axes[0]
    assert_whole_ticks(ax.xaxis)
    assert ax.get_xlabel() == "Dots given"
    assert not ax.lines and not ax.collections  # no error bars: a spread of dots is no score
    scores = drawn(lambda f: charts.ranking_bars(f, dots))
    assert "Score" in scores.axes[0].get_xlabel() and scores.axes[0].collections  # error bars


# -- keys clear of the data ---------------------------------------------------------------


@pytest.mark.parametrize("name", list(CHARTS))
@pytest.mark.parametrize("size", [(8, 5), (4, 3), (7, 3.1)])
def test_every_key_sits_below_the_axes_clear_of_the_data(name: str, size):
    figure = drawn(CHARTS[name], size)
    key = the_key(figure)  # the ranking keys its domain colours too
    assert_key_clear_of_data(figure, renderer(figure))
    box = key.get_window_extent(renderer(figure))
    assert box.x0 >= 0 and box.x1 <= figure.bbox.width + 0.5  # the key fits the width


@pytest.mark.parametrize("width", [8, 4, 3])  # the key on one row; in 3 columns; in 2
def test_finishing_moves_a_legend_out_of_the_axes_and_twice_is_once(width: float):
    figure = Figure(figsize=(width, 4))
    ax = figure.add_subplot()
    for i in range(5):
        ax.plot([0, 1, 2], [i, i + 2, i + 1], label=f"line number {i}")
    ax.legend(loc="center")  # right over the data
    charts.finish(figure)
    charts.finish(figure)
    FigureCanvasAgg(figure).draw()
    assert key_labels(figure) == [f"line number {i}" for i in range(5)]
    assert_key_clear_of_data(figure, renderer(figure))


# -- one order and one colour for the domains ---------------------------------------------


@pytest.mark.parametrize("size", [(8, 5), (3.2, 3)])  # one row of key; a key on two rows
def test_every_chart_keys_the_domains_in_the_workshops_order_and_colours(size):
    assert list(dict.fromkeys(r.domain for r in ROWS))[:2] == ["Inclusive", "Safe"]  # the data
    colours = [SAFE, INCLUSIVE, SUSTAINABLE, charts.NO_DOMAIN_COLOUR]
    for name in ("ranking", "quadrant"):
        figure = drawn(CHARTS[name], size)
        assert key_labels(figure) == WORKSHOP_ORDER, name
        assert key_colours(figure) == [c.lower() for c in colours], name
    counts = drawn(CHARTS["counts"], size)
    ticks = [t.get_text() for t in counts.axes[0].get_xticklabels()]
    assert ticks == WORKSHOP_ORDER
    assert key_labels(counts) == ["Scale", "Pilot", "No category"]  # the workshop's order
    assert charts.describe_counts(ROWS).endswith("Safe 2, Inclusive 1, Sustainable 1, No domain 1.")


def test_a_category_keeps_its_shade_whichever_categories_are_present():
    every = drawn(CHARTS["counts"])  # the data meets Pilot first
    shades = dict(zip(key_labels(every), key_colours(every), strict=True))
    alone = drawn(lambda f: charts.counts(f, [r for r in ROWS if r.category == "Scale"]))
    assert dict(zip(key_labels(alone), key_colours(alone), strict=True)) == {
        "Scale": shades["Scale"]
    }


def test_chart_rows_carry_the_workshops_domain_and_category_positions(
    services: Services, demo: int
):
    info = services.workshop(demo)
    rows = charts.chart_rows(services.results(demo), info.domains, info.categories)
    for r in rows:
        assert info.domains[r.shape].name == r.domain
        assert r.category_place is not None
        assert info.categories[r.category_place].name == r.category


# -- text as typed ------------------------------------------------------------------------


def test_dollars_in_titles_print_as_typed_on_every_chart():
    for name in ("ranking", "dots", "quadrant"):
        with matplotlib.rc_context({"svg.fonttype": "none"}):
            out = io.StringIO()
            drawn(CHARTS[name]).savefig(out, format="svg")
        svg = re.sub(r"<!--.*?-->", "", out.getvalue(), flags=re.S)  # the source texts
        assert ">Save $5 on $10 fares<" in svg, name  # one text, not "5 on " as mathematics


# -- the council packet -------------------------------------------------------------------


@pytest.fixture
def packet_figures(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Figure]]:
    """The packet's chart figures as drawn for the PDF (by file name); Typst is skipped."""
    figures: dict[str, Figure] = {}
    save = Figure.savefig

    def capture(self: Figure, fname, **kwargs):
        FigureCanvasAgg(self).draw()  # laid out as it is saved, for the checks
        figures[f"chart-{len(figures)}"] = self
        return save(self, fname, **kwargs)

    monkeypatch.setattr(Figure, "savefig", capture)
    monkeypatch.setattr("roadmap_desktop.export.typst_render.render", lambda *_a, **_k: b"%PDF-1.7")
    yield figures


def names_of(figures: dict[str, Figure]) -> dict[str, Figure]:
    """The captured figures by chart: the ranking (bars), the quadrant, the counts."""
    out = {}
    for figure in figures.values():
        ax = figure.axes[0]
        kind = (
            "ranking"
            if ax.get_xlabel().startswith(("Score", "Dots"))
            else "quadrant"
            if "(mean)" in ax.get_xlabel()
            else "counts"
        )
        out[kind] = figure
    return out


def test_the_packets_charts_key_domains_in_the_workshops_order_below_the_data(
    services: Services, demo: int, packet_figures: dict[str, Figure]
):
    info = services.workshop(demo)
    order = [d.name for d in info.domains]
    data_order = list(dict.fromkeys(r.domain for r in services.results(demo).rows))
    assert data_order != order  # the ranking meets the domains in another order
    packet.render_packet(services, demo)
    figures = names_of(packet_figures)
    assert set(figures) == {"ranking", "quadrant", "counts"}
    for name in ("ranking", "quadrant"):
        assert key_labels(figures[name]) == order, name
        assert key_colours(figures[name]) == [d.color.lower() for d in info.domains], name
    counts = figures["counts"]
    assert [t.get_text() for t in counts.axes[0].get_xticklabels()] == order
    assert key_labels(counts) == [c.name for c in info.categories]
    assert_whole_ticks(counts.axes[0].yaxis)
    for name, figure in figures.items():
        canvas = figure.canvas
        assert isinstance(canvas, FigureCanvasAgg), name
        assert_key_clear_of_data(figure, canvas.get_renderer())


def test_a_dot_rounds_packet_ranking_counts_in_whole_numbers(
    services: Services, demo: int, packet_figures: dict[str, Figure]
):
    reveal_a_dot_round(services, demo)
    packet.render_packet(services, demo)
    ranking = names_of(packet_figures)["ranking"]
    ax = ranking.axes[0]
    assert ax.get_xlabel() == "Dots given"
    assert_whole_ticks(ax.xaxis)  # 2 dots at most: quarters would fit, and must not show
