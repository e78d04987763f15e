"""Text and colours that cannot break a chart: titles, domains, categories and criteria named
like mathematics (`$x^$`), markup (`_`, `{}`, `%`, `\\`) or at great length draw every chart
as typed, with no traceback and no blank chart, on screen as in the council packet."""

import io
import warnings

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from roadmap_desktop.export import charts
from roadmap_desktop.export.packet import packet_data, render_packet
from roadmap_desktop.services import ScoreEntry, Services
from roadmap_desktop.services.specs import (
    CategorySpec,
    CriterionSpec,
    DomainSpec,
    LaneSpec,
    ParticipantSpec,
    ProposalSpec,
    WorkshopSpec,
)
from tests.export.chart_checks import key_labels
from tests.export.test_packet import pdf_text, words

HOSTILE = ("$x^$", "$", "\\", "_", "%", "{}")
LONG = "Smart lights " + "x" * 287  # a title of 300 characters, the most a title holds
TITLES = (*(f"{h}" for h in HOSTILE), "_hidden", "$a$ and $b$", LONG)
COLOURS = ("#0072B2", "#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#D55E00")


def hostile_workshop(services: Services) -> int:
    """A workshop whose every domain, category, criterion and title is hostile text, with a
    revealed round scoring every proposal (differently, so the ranking has an order)."""
    spec = WorkshopSpec(
        "Hostile names",
        domains=tuple(DomainSpec(h, c) for h, c in zip(HOSTILE, COLOURS, strict=True)),
        categories=tuple(CategorySpec(h) for h in HOSTILE),
        criteria=tuple(CriterionSpec(h) for h in HOSTILE[:3]),
        lanes=(LaneSpec("Inbox", "inbox"), LaneSpec("Roadmap", "roadmap")),
        participants=(ParticipantSpec("Ana"), ParticipantSpec("Bao")),
    )
    workshop_id = services.create_workshop(spec).subject
    assert workshop_id is not None
    services.add_proposals(
        workshop_id,
        [
            ProposalSpec(
                title,
                domain=HOSTILE[i % len(HOSTILE)],
                category=HOSTILE[(i + 1) % len(HOSTILE)],
                lane="Roadmap" if i % 2 else "Inbox",
            )
            for i, title in enumerate(TITLES)
        ],
    )
    info = services.workshop(workshop_id)
    cards = [c for cs in services.board(workshop_id).cards.values() for c in cs]
    entries = [
        ScoreEntry(person.id, card.id, criterion.id, 1 + (i + j + k) % 5)
        for i, card in enumerate(cards)
        for j, person in enumerate(info.voters)
        for k, criterion in enumerate(info.criteria)
    ]
    services.import_scores(workshop_id, entries, reveal=True)
    return workshop_id


def shown(text: Text) -> str:
    """What a text of a chart prints: matplotlib's reading of it, mathematics or not."""
    rest, math = text._preprocess_math(text.get_text())  # type: ignore[attr-defined]
    assert not math, f"{text.get_text()!r} would be read as mathematics"
    return rest


def drawn(draw) -> Figure:
    """A chart drawn and rendered to PNG and SVG, as the screen and the packet draw it: a
    mathtext error or a missing glyph would surface here."""
    figure = Figure(figsize=(7, 5))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "label starts with '_'…", "Glyph missing", …
        draw(figure)
        for fmt in ("png", "svg"):
            figure.savefig(io.BytesIO(), format=fmt)
    return figure


@pytest.fixture
def rows(services: Services) -> list[charts.ChartRow]:
    workshop_id = hostile_workshop(services)
    info = services.workshop(workshop_id)
    return charts.chart_rows(services.results(workshop_id), info.domains, info.categories)


def test_the_ranking_names_every_proposal_and_domain_as_typed(rows):
    figure = drawn(lambda f: charts.ranking_bars(f, rows, cut=3))
    ax = figure.axes[0]
    assert len(ax.patches) == len(TITLES)  # one bar each: not a blank chart
    ticks = [shown(t) for t in ax.get_yticklabels()]
    assert sorted(ticks) == sorted(t if len(t) <= 42 else t[:41].rstrip() + "…" for t in TITLES)
    labels = key_labels(figure)
    assert sorted(labels) == sorted(charts.plain(h) for h in HOSTILE)
    legend = figure.legends[0]
    assert sorted(shown(t) for t in legend.get_texts()) == sorted(HOSTILE)


def test_the_quadrant_names_its_criteria_and_labels_as_typed(rows):
    x, y, size = HOSTILE[0], HOSTILE[2], HOSTILE[1]
    figure = drawn(lambda f: charts.quadrant(f, rows, x=x, y=y, size=size, labels=len(TITLES)))
    ax = figure.axes[0]
    assert shown(ax.xaxis.label) == f"{x} (mean)"
    assert shown(ax.yaxis.label) == f"{y} (mean)"
    assert sum(len(c.get_offsets()) for c in ax.collections) == len(TITLES)
    labelled = sorted(shown(t) for t in ax.texts)
    most = charts.POINT_LABEL_CHARS
    assert labelled == sorted(t if len(t) <= most else t[: most - 1].rstrip() + "…" for t in TITLES)
    assert sorted(shown(t) for t in figure.legends[0].get_texts()) == sorted(HOSTILE)


def test_the_counts_name_every_domain_and_category_as_typed(rows):
    figure = drawn(lambda f: charts.counts(f, rows))
    ax = figure.axes[0]
    assert sorted(shown(t) for t in ax.get_xticklabels()) == sorted(HOSTILE)
    assert sum(p.get_height() for p in ax.patches) == len(TITLES)
    assert sorted(shown(t) for t in figure.legends[0].get_texts()) == sorted(HOSTILE)


def test_finishing_again_keeps_every_entry_of_the_key(rows):
    figure = drawn(lambda f: charts.counts(f, rows))
    charts.finish(figure)
    assert sorted(shown(t) for t in figure.legends[0].get_texts()) == sorted(HOSTILE)


def test_a_colour_that_is_not_one_draws_grey_not_a_traceback():
    row = charts.ChartRow("Lights", "Safe", "transparent", "Pilot", 4.0, 0.5, 3)
    assert row.colour == charts.NO_DOMAIN_COLOUR
    for bad in ("", "red; x", "#12345", "none"):
        assert charts.ChartRow("A", "B", bad, "C", 1.0, 0.0, 1).colour == charts.NO_DOMAIN_COLOUR
    drawn(lambda f: charts.ranking_bars(f, [row]))


def test_the_packet_prints_with_every_chart(services: Services):
    workshop_id = hostile_workshop(services)
    data = packet_data(services, workshop_id)
    assert [c["file"] for c in data["charts"]] == [
        "chart-ranking.svg",
        "chart-quadrant.svg",
        "chart-counts.svg",
    ]
    pdf = render_packet(services, workshop_id)
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    for title in ("$a$ and $b$", "$x^$", "_hidden", LONG[:40]):
        assert words(title) in text, title
