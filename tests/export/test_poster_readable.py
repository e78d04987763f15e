"""The poster stays readable: the demo's 21 projects print with titles ≥ 24 pt and departments
≥ 16 pt on 36 × 24 in (sizes read back from the PDF), a crowded cell flows into more card
columns before anything shrinks, content that cannot fit is said (Poster.warnings, the CLI's
stderr), the header's lines never collide (a long Vietnamese name, a logo, several papers),
the PDF is tagged (PDF/UA-1), and a tiled poster is laid out once."""

import io
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from roadmap_desktop.cli import main
from roadmap_desktop.export import poster
from roadmap_desktop.export.poster import (
    Poster,
    make_poster,
    make_tiled,
    poster_data,
    poster_from_data,
    tile_plan,
)
from roadmap_desktop.services import Services
from roadmap_desktop.services.demo import build_demo
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.store import open_store
from tests.export.test_poster import _tiny_png

MIN_TITLE_PT = 24.0
MIN_DEPARTMENT_PT = 16.0
VIETNAMESE = "Ủy ban Đổi mới Sáng tạo Thành phố San José — Nhóm Công tác Chiến lược Số"


@dataclass(frozen=True)
class Run:
    """A piece of text as drawn: its text, its size in points and its baseline."""

    text: str
    size: float
    x: float
    y: float


def text_runs(pdf: bytes, page: int = 0) -> list[Run]:
    """Every text run of a page with its effective font size (Tf size × the text and current
    matrices' vertical scale), read back from the PDF."""
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if not text.strip():
            return
        a, b, c, d = (
            tm[0] * cm[0] + tm[1] * cm[2],
            tm[0] * cm[1] + tm[1] * cm[3],
            tm[2] * cm[0] + tm[3] * cm[2],
            tm[2] * cm[1] + tm[3] * cm[3],
        )
        scale = math.sqrt(abs(a * d - b * c))
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append(Run(text.strip(), size * scale, x, y))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return runs


def sizes_of(runs: list[Run], phrases: list[str]) -> list[float]:
    """The sizes of the runs that are part of one of the phrases (a card's title or
    department wraps over several runs)."""
    wanted = [" ".join(p.split()) for p in phrases if p]
    return [r.size for r in runs if len(r.text) >= 4 and any(r.text in p for p in wanted)]


def card_texts(data: dict[str, Any]) -> tuple[list[str], list[str]]:
    cards = [c for band in data["bands"] for cell in band["cells"] for c in cell]
    return [c["title"] for c in cards], [c["department"] for c in cards]


def structure(pdf: bytes) -> Counter[str]:
    """How many of each structure element (H1, L, LI, …) the tagged PDF holds."""
    counts: Counter[str] = Counter()

    def walk(node: Any) -> None:
        node = node.get_object()
        if not isinstance(node, dict):
            return
        if "/S" in node:
            counts[str(node["/S"]).lstrip("/")] += 1
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if hasattr(kid, "get_object"):
                walk(kid)

    walk(PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/StructTreeRoot"])
    return counts


@dataclass(frozen=True)
class Demo:
    services: Services
    id: int
    made: Poster
    data: dict[str, Any]


@pytest.fixture(scope="module")
def demo21(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """The demo with the quota cut line on its Roadmap lane (21 projects) and its poster."""
    store = open_store(tmp_path_factory.mktemp("readable") / "demo.sqlite")
    services = Services(store)
    workshop = build_demo(services)
    cut = services.cut_line(workshop, by_quota=True)
    assert cut.roadmap_lane_id is not None
    services.move_proposals(list(cut.selected), cut.roadmap_lane_id, 0)
    data = poster_data(services, workshop)
    yield Demo(services, workshop, make_poster(services, workshop), data)
    store.close()


def crowded_data(demo: Demo, count: int, paper: str = "arch-d") -> dict[str, Any]:
    """The demo's poster data with `count` of its cards moved into one cell (Strategy ×
    Safe), the rest left where they are; past the demo's 21, its titles again, numbered."""
    data, _files = poster._poster_input(demo.services, demo.id, paper, None)
    cells = [cell for band in data["bands"] for cell in band["cells"]]
    cards = [c for cell in cells for c in cell]
    moved = cards[:count]
    for cell in cells:
        cell[:] = [c for c in cell if c not in moved]
    extra = [
        dict(cards[i % len(cards)], title=f"{cards[i % len(cards)]['title']} ({i + 1})")
        for i in range(count - len(moved))
    ]
    data["bands"][1]["cells"][0] = moved + extra
    data["project_count"] = sum(len(cell) for band in data["bands"] for cell in band["cells"])
    return data


def test_the_demo_prints_titles_of_24_pt_and_departments_of_16_pt(demo21: Demo):
    titles, departments = card_texts(demo21.data)
    assert len(titles) == 21
    runs = text_runs(demo21.made.content)
    title_sizes = sizes_of(runs, titles)
    department_sizes = sizes_of(runs, departments)
    assert len(title_sizes) >= 21 and len(department_sizes) >= 21
    assert min(title_sizes) >= MIN_TITLE_PT
    assert min(department_sizes) >= MIN_DEPARTMENT_PT
    assert demo21.made.warnings == ()
    fit = demo21.made.fit
    assert fit["readable"] is True
    assert fit["title_pt"] == pytest.approx(min(title_sizes), abs=0.01)


def test_the_crowded_demo_cell_flows_into_two_card_columns(demo21: Demo):
    # Safe has four projects in "Implementation at scale": side by side, not shrunk.
    assert max(max(band) for band in demo21.made.fit["columns"]) >= 2


def test_twelve_projects_in_one_cell_flow_instead_of_shrinking(demo21: Demo):
    data = crowded_data(demo21, 12)
    data["page"], data["logo"] = poster._page("arch-d"), None
    made = poster_from_data(data)
    assert made.warnings == ()
    assert made.fit["readable"] is True
    assert made.fit["columns"][1][0] >= 3  # the crowded cell: three or more card columns
    titles, departments = card_texts(data)
    runs = text_runs(made.content)
    assert min(sizes_of(runs, titles)) >= MIN_TITLE_PT
    assert min(sizes_of(runs, departments)) >= MIN_DEPARTMENT_PT


def test_content_that_cannot_fit_is_said_and_still_printed_whole(demo21: Demo):
    data = crowded_data(demo21, 60)
    data["page"], data["logo"] = poster._page("arch-d"), None
    made = poster_from_data(data)
    assert made.fit["readable"] is False
    assert made.fit["title_pt"] < MIN_TITLE_PT
    (warning,) = made.warnings
    assert "do not fit on 36 × 24 in (ARCH D) at readable sizes" in warning
    assert "“Strategy / demonstration / pilot” × “Safe” with 60 projects" in warning
    assert "A0" in warning  # the next larger paper
    text = "".join(PdfReader(io.BytesIO(made.content)).pages[0].extract_text().split())
    for title in card_texts(data)[0]:
        assert "".join(title.split()) in text, title  # smaller, but nothing left off


@pytest.mark.parametrize("paper", ["arch-d", "tabloid", "a0"])
def test_header_lines_never_collide_with_a_long_vietnamese_name_and_a_logo(
    demo21: Demo, paper: str
):
    data, files = poster._poster_input(demo21.services, demo21.id, paper, None)
    data["title"], data["logo"] = VIETNAMESE, "logo.png"
    made = poster_from_data(data, {**files, "logo.png": _tiny_png()})
    runs = text_runs(made.content)
    s = min(poster.PAPERS[paper][0] / 2592, poster.PAPERS[paper][1] / 1728)
    title = [r for r in runs if r.text in VIETNAMESE and r.size == pytest.approx(64 * s)]
    assert len(title) >= 2, "the long name wraps"
    assert "".join(r.text for r in title).replace(" ", "") == VIETNAMESE.replace(" ", "")
    subtitle = next(r for r in runs if r.text.startswith("Innovation Roadmap —"))
    # Baselines (PDF y grows upward) at least 1.2 lines apart: Ủ, Đ and ố stack marks above
    # the cap height, and the lines are spaced by their inked bounds.
    lines = [*sorted({round(r.y, 1) for r in title}, reverse=True), round(subtitle.y, 1)]
    sizes = [64 * s] * (len(lines) - 1) + [subtitle.size]
    for above, below, size in zip(lines, lines[1:], sizes[1:], strict=False):
        assert above - below >= 1.2 * size
    assert lines[-2] - lines[-1] >= 64 * s * 0.25 + subtitle.size  # descenders clear


def test_the_poster_pdf_is_tagged_pdf_ua(demo21: Demo):
    reader = PdfReader(io.BytesIO(demo21.made.content))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712  (a PDF boolean object)
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712  (title shown)
    assert str(root["/Lang"]) == "en"
    assert reader.metadata is not None and reader.metadata.title is not None
    assert reader.metadata.title.startswith("Civic Innovation Cabinet")
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert re.search(r"pdfuaid:part[^0-9]*1", xmp)
    counts = structure(demo21.made.content)
    bands = demo21.data["bands"]
    cells = [cell for band in bands for cell in band["cells"] if cell]
    assert counts["H1"] == 1  # the workshop's name
    assert counts["H2"] == len(bands)  # one per category band
    assert counts["H3"] == len(cells)  # one per domain column within a band
    assert counts["L"] == len(cells)  # a list per cell
    assert counts["LI"] == sum(len(cell) for cell in cells) == 21


def test_a_tiled_poster_is_laid_out_once_and_embedded_once(demo21: Demo, monkeypatch):
    compiled: list[str] = []
    real_query, real_render = poster.render_and_query, poster.render

    def query(name: str, *args: Any, **kwargs: Any) -> Any:
        compiled.append(name)
        return real_query(name, *args, **kwargs)

    def render(name: str, *args: Any, **kwargs: Any) -> Any:
        compiled.append(name)
        return real_render(name, *args, **kwargs)

    monkeypatch.setattr(poster, "render_and_query", query)
    monkeypatch.setattr(poster, "render", render)
    made = make_tiled(demo21.services, demo21.id, sheet="letter", paper="arch-e")
    assert compiled == ["poster.typ", "poster_tiled.typ"]
    reader = PdfReader(io.BytesIO(made.content))
    plan = tile_plan("arch-e", "letter")
    assert len(reader.pages) == plan.count
    placed = set()
    for page in reader.pages:
        objects = page["/Resources"]["/XObject"]
        placed |= {objects.raw_get(name).idnum for name in objects}
        assert "Row " in page.extract_text()  # the label, crop marks kept
    assert len(placed) == 1  # every sheet places the same embedded poster page


def test_the_cli_says_when_the_poster_cannot_be_readable(tmp_path: Path, capsys):
    db = tmp_path / "crowded.sqlite"
    store = open_store(db)
    try:
        services = Services(store)
        workshop = build_demo(services)
        name = services.workshop(workshop).name
        services.add_proposals(
            workshop,
            [
                ProposalSpec(
                    f"Neighbourhood service pilot number {i} with a realistic title",
                    department="Parks, Recreation & Neighborhood Services",
                    domain="Safe",
                    category="Capacity building",
                    lane="Roadmap",
                )
                for i in range(70)
            ],
        )
    finally:
        store.close()
    out = tmp_path / "poster.pdf"
    code = main(["export", "poster", "--workshop", name, "-o", str(out), "--db", str(db)])
    said, err = capsys.readouterr()
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "Wrote the 36 × 24 in (ARCH D) roadmap poster" in said
    assert "Note: The poster's 72 projects do not fit on 36 × 24 in (ARCH D)" in err
    assert "“Capacity building” × “Safe” with 70 projects" in err
