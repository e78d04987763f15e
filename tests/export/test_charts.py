"""The round's charts draw from plain data, to SVG as to the screen, with alt text from data."""

import io

import matplotlib
from matplotlib.figure import Figure

from roadmap_desktop.export import charts

matplotlib.rcParams["svg.fonttype"] = "none"  # keep text as text, so tests can read it

ROWS = [
    charts.ChartRow(
        "Live 911 queue",
        "Safe",
        "#0072B2",
        "Implementation at scale",
        4.5,
        0.2,
        14,
        False,
        {"Important": 4.8, "Core": 4.7, "Achievable": 4.0},
    ),
    charts.ChartRow(
        "Thư viện lưu động",
        "Inclusive",
        "#E69F00",
        "Pilot",
        4.1,
        0.5,
        14,
        False,
        {"Important": 4.2, "Core": 4.0, "Achievable": 4.1},
    ),
    charts.ChartRow(
        "Speed cameras",
        "Safe",
        "#0072B2",
        "Pilot",
        3.4,
        1.5,
        14,
        True,
        {"Important": 3.9, "Core": 3.1, "Achievable": 3.2},
    ),
    charts.ChartRow("Unscored idea", "Sustainable", "#009E73", "Pilot", None, None, 0),
]


def svg(draw) -> str:
    figure = Figure(figsize=(8, 5))
    draw(figure)
    out = io.StringIO()
    figure.savefig(out, format="svg")
    return out.getvalue()


def test_ranking_bars_show_every_scored_title_and_the_cut_line():
    text = svg(lambda f: charts.ranking_bars(f, ROWS, cut=2))
    assert "Live 911 queue" in text and "Thư viện lưu động" in text
    assert "Unscored idea" not in text
    assert "cut line: top 2" in text


def test_the_quadrant_labels_the_best_and_has_a_legend_by_domain():
    text = svg(lambda f: charts.quadrant(f, ROWS))
    assert "Important (mean)" in text and "Achievable (mean)" in text
    assert "Inclusive" in text and "Live 911 queue" in text


def test_counts_split_domains_by_category():
    text = svg(lambda f: charts.counts(f, ROWS))
    assert "Sustainable" in text and "Implementation at scale" in text


def test_alt_texts_are_written_from_the_data():
    ranking = charts.describe_ranking(ROWS, cut=2)
    assert ranking.startswith("Bar chart of 3 proposals' scores, highest first.")
    assert "Live 911 queue 4.50" in ranking and "after the top 2" in ranking
    assert "1 marked to discuss for divided scores: Speed cameras" in ranking
    quadrant = charts.describe_quadrant(ROWS)
    assert "2 score 4 or more on both: Live 911 queue, Thư viện lưu động." in quadrant
    assert charts.describe_counts(ROWS).endswith("Safe 2, Inclusive 1, Sustainable 1.")
    assert charts.describe_ranking([]) == "Bar chart of scores: no proposal has been scored."
