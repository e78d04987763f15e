"""Charts that survive a greyscale printer: series told apart by hatches, shapes and direct
labels, not colour alone; scatter labels clear of each other inside the figure, with leader
lines; markers never cut by the axes; the label placer is deterministic."""

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Annotation
from PIL import Image

from roadmap_desktop.export import chart_layout, charts
from roadmap_desktop.export.chart_layout import Box

# Two domains whose colours print as the same grey (equal luminance), a third in another.
RED, GREY = "#FF0000", "#7F7F7F"


def row(title: str, domain: str, colour: str, shape: int, score: float, means=(3.0, 3.0, 3.0)):
    return charts.ChartRow(
        title,
        domain,
        colour,
        ("Scale", "Pilot")[shape % 2],
        score,
        0.3,
        10,
        means=dict(zip(("Important", "Core", "Achievable"), means, strict=True)),
        shape=shape,
        category_place=shape % 2,
    )


def drawn(draw, size=(7, 4.2)) -> Figure:
    figure = Figure(figsize=size, facecolor="white")
    draw(figure)
    FigureCanvasAgg(figure).draw()
    return figure


def grey(figure: Figure) -> Image.Image:
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=100)
    return Image.open(io.BytesIO(out.getvalue())).convert("L")


def test_ranking_domains_differ_in_greyscale_by_hatch_and_direct_label():
    rows = [row("Alpha", "Safe", RED, 0, 4.5), row("Beta", "Inclusive", GREY, 1, 4.0)]
    figure = drawn(lambda f: charts.ranking_bars(f, rows))
    ax = figure.axes[0]
    bars = [p for p in ax.patches if p.get_width() > 0]
    hatches = [bar.get_hatch() or "" for bar in bars]
    assert len(set(hatches)) == 2 and any(hatches)  # every domain its own hatch
    labels = [t.get_text().strip() for t in ax.texts]
    assert labels == ["Safe", "Inclusive"]  # named beside each bar
    image = grey(figure)
    scale = image.height / figure.bbox.height
    spreads = []
    for bar in bars:
        box = bar.get_window_extent()
        crop = image.crop(
            (
                int(box.x0 * scale) + 3,
                int((figure.bbox.height - box.y1) * scale) + 3,
                int((box.x0 + box.width * 0.6) * scale),  # short of the error bar
                int((figure.bbox.height - box.y0) * scale) - 3,
            )
        )
        values = crop.tobytes()
        spreads.append(len(set(values)))
    # Same grey fill, but one is plain and the other patterned.
    assert min(spreads) <= 3 < max(spreads), spreads
    key_hatches = [h.get_hatch() or "" for h in figure.legends[0].legend_handles]
    assert key_hatches == hatches  # the key shows the same patterns


def test_count_categories_carry_hatches_in_the_key_and_the_bars():
    rows = [row(f"P{i}", "Safe", RED, i % 2, 3.0) for i in range(4)]
    figure = drawn(lambda f: charts.counts(f, rows))
    assert len({p.get_hatch() or "" for p in figure.axes[0].patches}) == 2
    assert len({h.get_hatch() or "" for h in figure.legends[0].legend_handles}) == 2


def crowded_rows() -> list[charts.ChartRow]:
    """Twelve proposals bunched in one corner, some at the top of the scale."""
    rows = []
    for i in range(12):
        x = 4.2 + (i % 4) * 0.08
        y = 4.5 + (i // 4) * 0.2  # up to 4.9, near the edge with big bubbles
        rows.append(
            row(
                f"Crowded proposal number {i} with a long title",
                "Safe",
                RED,
                i % 3,
                5 - i / 10,
                (x, 5.0, y),
            )
        )
    return rows


def test_scatter_labels_never_overlap_and_lie_inside_the_figure():
    figure = drawn(lambda f: charts.quadrant(f, crowded_rows(), labels=8))
    ax = figure.axes[0]
    labels = [t for t in ax.texts if isinstance(t, Annotation)]
    assert len(labels) == 8
    boxes = [t.get_bbox_patch().get_window_extent() for t in labels]
    frame = figure.bbox
    for i, a in enumerate(boxes):
        assert frame.x0 <= a.x0 and a.x1 <= frame.x1 and frame.y0 <= a.y0 and a.y1 <= frame.y1
        for b in boxes[i + 1 :]:
            assert not (
                a.x0 < b.x1 - 0.5 and b.x0 < a.x1 - 0.5 and a.y0 < b.y1 - 0.5 and b.y0 < a.y1 - 0.5
            )
    assert any(t.arrow_patch is not None for t in labels)  # crowded: some need a leader line


def test_markers_are_never_cut_by_the_axes():
    figure = drawn(lambda f: charts.quadrant(f, crowded_rows(), labels=0))
    ax = figure.axes[0]
    frame = ax.get_window_extent()
    for x, y, radius in chart_layout.markers(ax):
        assert frame.x0 <= x - radius + 0.5 and x + radius - 0.5 <= frame.x1
        assert frame.y0 <= y - radius + 0.5 and y + radius - 0.5 <= frame.y1


def test_the_placer_is_deterministic_and_keeps_labels_apart():
    anchors = [(100 + 3 * i, 100 + 2 * i) for i in range(10)]
    radii = [6.0] * 10
    sizes = [(80.0, 12.0)] * 10
    bounds = Box(0, 0, 400, 300)
    first = chart_layout.place(
        anchors, radii, sizes, [(x, y, 6.0) for x, y in anchors], bounds, gap=2
    )
    again = chart_layout.place(
        anchors, radii, sizes, [(x, y, 6.0) for x, y in anchors], bounds, gap=2
    )
    assert first == again
    for i, a in enumerate(first):
        assert a.box.inside(bounds)
        for b in first[i + 1 :]:
            assert a.box.overlap(b.box) == 0
    assert any(p.leader for p in first)
    assert not first[0].leader  # the first has the whole field: beside its point, no line
