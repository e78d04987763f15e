"""The roadmap poster: every roadmap title as text, right page sizes, tiles, PNG, no early
scores, hostile titles printed as typed, and the `export poster` command."""

import io
import shutil
import struct
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from roadmap_desktop.cli import main
from roadmap_desktop.export.poster import (
    PAPERS,
    SHEETS,
    poster_data,
    render_poster,
    render_tiled,
    tile_plan,
)
from roadmap_desktop.export.typst_render import RenderError
from roadmap_desktop.services import ScoreEntry, ServiceError, Services
from roadmap_desktop.services.demo import build_demo, write_demo_store
from roadmap_desktop.services.specs import LaneSpec, ProposalSpec
from roadmap_desktop.store import open_store
from tests.services.helpers import make_small, small_spec

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WORKSHOP = "Civic Innovation Cabinet — Innovation Roadmap 2026"
# Spanish and Vietnamese titles of the demo, put on the roadmap whatever the cut line says.
UNICODE_TITLES = (
    "Alertas de emergencia: English, español, tiếng Việt",
    "Ventanilla única: one-stop permit counter en español",
    "Asesoría móvil: small-business advisors on Story Road",
    "Thư viện lưu động — mobile library stops",
)
HOSTILE = ('#panic("x") ]] <b>', "= Heading", "]] #exit() [[", "*not bold* _nor_ $x$ @ref")


def squash(text: str) -> str:
    """Text without whitespace, NFC: titles wrap over lines in the PDF."""
    return "".join(unicodedata.normalize("NFC", text).split())


def pdf_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == PNG_SIGNATURE
    assert png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def fill_roadmap(services: Services, workshop_id: int) -> list[str]:
    """Puts the demo's cut line by quota (21 projects) plus the Spanish and Vietnamese titles
    on the Roadmap lane; returns the roadmap's titles."""
    cut = services.cut_line(workshop_id, by_quota=True)
    assert cut.roadmap_lane_id is not None
    services.move_proposals(list(cut.selected), cut.roadmap_lane_id, 0)
    board = services.board(workshop_id)
    wanted = [p.id for cards in board.cards.values() for p in cards if p.title in UNICODE_TITLES]
    assert len(wanted) == len(UNICODE_TITLES)
    services.move_proposals(wanted, cut.roadmap_lane_id, 0)
    return [p.title for p in services.board(workshop_id).cards[cut.roadmap_lane_id]]


@dataclass(frozen=True)
class Full:
    services: Services
    id: int
    titles: list[str]
    pdf: bytes


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Full]:
    """The demo workshop with a full Roadmap lane, and its poster PDF (rendered once)."""
    store = open_store(tmp_path_factory.mktemp("poster") / "demo.sqlite")
    services = Services(store)
    workshop_id = build_demo(services)
    titles = fill_roadmap(services, workshop_id)
    yield Full(services, workshop_id, titles, render_poster(services, workshop_id))  # type: ignore[arg-type]
    store.close()


def test_every_roadmap_title_is_text_in_the_pdf(full):
    assert 21 <= len(full.titles) <= 25
    text = squash(pdf_text(full.pdf)[0])
    for title in full.titles:
        assert squash(title) in text, title
    for title in UNICODE_TITLES:
        assert squash(title) in text
    assert squash(WORKSHOP) in text
    assert squash(f"Innovation Roadmap — {len(full.titles)} projects") in text
    assert "March18,2026" in text


def test_the_full_demo_poster_fits_one_arch_d_page(full):
    assert page_sizes(full.pdf) == [(2592.0, 1728.0)]


def test_poster_data_groups_cards_by_category_and_domain(full):
    data = poster_data(full.services, full.id)
    info = full.services.workshop(full.id)
    assert [d["name"] for d in data["domains"]] == [d.name for d in info.domains]
    assert [d["shape"] for d in data["domains"]][:3] == ["circle", "square", "triangle"]
    assert [b["name"] for b in data["bands"]] == [c.name for c in info.categories]
    assert data["project_count"] == len(full.titles)
    placed = [c["title"] for b in data["bands"] for cell in b["cells"] for c in cell]
    assert sorted(placed) == sorted(full.titles)
    for band, category in zip(data["bands"], info.categories, strict=True):
        assert len(band["cells"]) == len(info.domains)
        assert band["count_label"] == f"{band['count']} / {category.quota}"
    scale = data["bands"][0]
    assert scale["count"] >= 7  # the cut line's 7 at scale, plus the emergency alerts
    results = {r.title: r.score for r in full.services.results(full.id).rows}
    for band in data["bands"]:
        for domain, cell in zip(data["domains"], band["cells"], strict=True):
            for card in cell:
                assert card["color"] == domain["color"]
                assert card["score"] == f"{results[card['title']]:.1f}"
    assert [c["name"] for c in data["criteria"]] == ["Important", "Core", "Achievable"]
    assert data["scored"] and data["round"] == 1


def test_quota_counts_are_shown(full):
    text = pdf_text(full.pdf)[0]
    data = poster_data(full.services, full.id)
    for band in data["bands"]:
        assert band["count_label"] in text


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_page_sizes(services, demo, paper):
    pdf = render_poster(services, demo, paper=paper)
    assert isinstance(pdf, bytes)
    width, height = PAPERS[paper]
    assert page_sizes(pdf) == [(round(width, 1), round(height, 1))]
    assert width > height  # landscape


def test_paper_sizes_are_the_named_ones():
    inch, mm = 72, 72 / 25.4
    assert PAPERS["arch-d"] == (36 * inch, 24 * inch) == (2592, 1728)
    assert PAPERS["arch-e"] == (48 * inch, 36 * inch)
    assert PAPERS["tabloid"] == (17 * inch, 11 * inch)
    assert PAPERS["a1"] == pytest.approx((841 * mm, 594 * mm))
    assert PAPERS["a0"] == pytest.approx((1189 * mm, 841 * mm))


def test_an_unknown_paper_is_refused(services, demo):
    with pytest.raises(ValueError, match="arch-d"):
        render_poster(services, demo, paper="letter")


def test_tiled_letter_covers_the_poster_with_labelled_sheets(full):
    pdf = render_tiled(full.services, full.id, sheet="letter")
    plan = tile_plan("arch-d", "letter", 0.5)
    sizes = page_sizes(pdf)
    assert len(sizes) == plan.count > 1
    assert {tuple(sorted(size)) for size in sizes} == {(612.0, 792.0)}
    # The windows, less their overlaps, cover the whole poster.
    assert plan.columns * plan.step_x + plan.overlap >= PAPERS["arch-d"][0]
    assert plan.rows * plan.step_y + plan.overlap >= PAPERS["arch-d"][1]
    pages = pdf_text(pdf)
    assert "Row 1, column 1" in pages[0]
    assert f"Row {plan.rows}, column {plan.columns}" in pages[-1]
    assert f"Row 1, column 2 of {plan.rows} × {plan.columns}" in pages[1]
    everything = squash("".join(pages))
    for title in full.titles:  # text stays text on the sheets
        assert squash(title) in everything


def test_tiled_a4_sheets_and_overlap():
    plan = tile_plan("tabloid", "a4", 0.5)
    assert (plan.sheet_w, plan.sheet_h) in (SHEETS["a4"], SHEETS["a4"][::-1])
    assert plan.overlap == 36
    assert tile_plan("tabloid", "a4", 0).count <= plan.count
    with pytest.raises(ValueError):
        tile_plan("arch-d", "legal")
    with pytest.raises(ValueError):
        tile_plan("arch-d", "letter", -1)


def test_tiled_a4_renders(services, demo):
    pdf = render_tiled(services, demo, sheet="a4", paper="tabloid")
    plan = tile_plan("tabloid", "a4")
    sizes = page_sizes(pdf)
    assert len(sizes) == plan.count
    assert {tuple(sorted(s)) for s in sizes} == {(595.3, 841.9)}


def test_hostile_titles_print_exactly_as_typed(services, demo):
    services.add_proposals(
        demo,
        [
            ProposalSpec(title, department=title, domain="Safe", category="Capacity building")
            for title in HOSTILE
        ]
        + [ProposalSpec("#set page(width: 1in)", lane="Roadmap")],  # no domain, no category
    )
    roadmap = next(x.id for x in services.workshop(demo).lanes if x.kind == "roadmap")
    board = services.board(demo)
    ids = [p.id for cards in board.cards.values() for p in cards if p.title in HOSTILE]
    services.move_proposals(ids, roadmap, 0)
    pdf = render_poster(services, demo)
    assert page_sizes(pdf) == [(2592.0, 1728.0)]  # `#set page` did not take effect
    text = squash(pdf_text(pdf)[0])
    for title in (*HOSTILE, "#set page(width: 1in)"):
        assert squash(title) in text
    assert "Nodomain" in text and "Nocategory" in text


def _unrevealed(services: Services) -> tuple[int, list[int]]:
    """A small workshop with everything on the roadmap and a closed, unrevealed round in which
    both directors gave 5, 5, 7 (a weighted score of 5.5)."""
    small = make_small(services)
    services.move_proposals(list(small.proposals), small.lanes["Roadmap"], 0)
    values = {"Important": 5, "Core": 5, "Achievable": 7}
    entries = [
        ScoreEntry(small.people[person], proposal, small.criteria[name], value)
        for person in ("Ana", "Bao")
        for proposal in small.proposals
        for name, value in values.items()
    ]
    round_id = services.import_scores(small.id, entries).subject
    assert round_id is not None
    services.close_round(round_id)
    return small.id, [round_id]


def test_no_score_appears_before_a_reveal(services):
    workshop_id, (round_id,) = _unrevealed(services)
    data = poster_data(services, workshop_id)
    assert not data["scored"] and data["round"] is None
    cards = [c for b in data["bands"] for cell in b["cells"] for c in cell]
    assert len(cards) == 5 and all(c["score"] is None for c in cards)
    text = pdf_text(render_poster(services, workshop_id))[0]  # type: ignore[arg-type]
    assert "5.5" not in text
    assert "No scoring round has been revealed" in text

    services.reveal_round(round_id)
    text = pdf_text(render_poster(services, workshop_id))[0]  # type: ignore[arg-type]
    assert text.count("5.5") == 5


def test_a_later_unrevealed_round_does_not_leak(services, demo):
    before = poster_data(services, demo)
    info = services.workshop(demo)
    director = next(p for p in info.participants if p.role == "director")
    roadmap = next(x.id for x in info.lanes if x.kind == "roadmap")
    cards = services.board(demo).cards[roadmap]
    entries = [ScoreEntry(director.id, c.id, k.id, 1) for c in cards for k in info.criteria]
    services.import_scores(demo, entries)  # round 2, open
    assert poster_data(services, demo) == before


def test_a_workshop_without_a_roadmap_lane_is_a_sentence(services):
    spec = small_spec("No roadmap", lanes=(LaneSpec("Inbox", "inbox"),))
    workshop_id = services.create_workshop(spec).subject
    with pytest.raises(ServiceError, match="no Roadmap lane"):
        poster_data(services, workshop_id)


def test_png_for_slides(services, demo):
    png = render_poster(services, demo, output_format="png")
    assert isinstance(png, bytes)
    assert png_size(png) == (2592, 1728)  # 72 ppi
    small = render_poster(services, demo, paper="tabloid", output_format="png", ppi=20)
    assert png_size(small) == (340, 220)  # type: ignore[arg-type]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_demo_poster_rasterises_with_pdftoppm(full, tmp_path):
    pdf = tmp_path / "poster.pdf"
    pdf.write_bytes(full.pdf)
    done = subprocess.run(
        ["pdftoppm", "-r", "20", "-png", "-singlefile", str(pdf), str(tmp_path / "poster")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert png_size((tmp_path / "poster.png").read_bytes()) == (720, 480)


def _tiny_png() -> bytes:
    """A 2 × 1 pixel PNG, written by hand."""
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00\x72\xb2\xe6\x9f\x00")
    return PNG_SIGNATURE + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def test_a_logo_is_placed_and_a_bad_one_refused(services, demo, tmp_path):
    logo = tmp_path / "city.png"
    logo.write_bytes(_tiny_png())
    pdf = render_poster(services, demo, logo=logo)
    assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 1  # type: ignore[arg-type]
    assert len(PdfReader(io.BytesIO(render_poster(services, demo))).pages[0].images) == 0  # type: ignore[arg-type]

    text_file = tmp_path / "logo.txt"
    text_file.write_text("not an image", encoding="utf-8")
    with pytest.raises(RenderError, match="PNG"):
        render_poster(services, demo, logo=text_file)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png at all")
    with pytest.raises(RenderError):
        render_poster(services, demo, logo=broken)


# -- the command line ---------------------------------------------------------------------


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "demo.sqlite"
    write_demo_store(path)
    return path


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_writes_the_poster_pdf_and_png(db, tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    code, said, err = run(capsys, "export", "poster", "--workshop", WORKSHOP, "-o", out, "--db", db)
    assert (code, err) == (0, "")
    assert (
        said == f"Wrote the 36 × 24 in (ARCH D) roadmap poster of “{WORKSHOP}” as a PDF to {out}\n"
    )
    assert page_sizes(out.read_bytes()) == [(2592.0, 1728.0)]

    png = tmp_path / "slide.png"
    code, said, err = run(
        capsys, "export", "poster", "--workshop", 1, "--paper", "a1", "-o", png, "--db", db
    )
    assert (code, err) == (0, "")
    width, height = png_size(png.read_bytes())
    assert 72 <= width / (841 / 25.4) <= 100
    # The size as the language writes numbers (2,549 in English; once plainly 2549).
    assert f"{width:,} × {height:,} pixel image" in said or f"{width} × {height} pixel" in said


def test_cli_tiled_and_logo(db, tmp_path, capsys):
    logo = tmp_path / "logo.png"
    logo.write_bytes(_tiny_png())
    out = tmp_path / "tiles.pdf"
    code, said, err = run(
        capsys,
        "export",
        "poster",
        "--workshop",
        WORKSHOP,
        "--paper",
        "tabloid",
        "--tiled",
        "letter",
        "--logo",
        logo,
        "-o",
        out,
        "--db",
        db,
    )
    assert (code, err) == (0, "")
    plan = tile_plan("tabloid", "letter")
    assert f"on {plan.count} letter sheets" in said
    assert len(page_sizes(out.read_bytes())) == plan.count


def test_cli_bad_paper_is_a_usage_error(db, tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    with pytest.raises(SystemExit) as exc:
        main(["export", "poster", "--workshop", "1", "--paper", "a7", "-o", str(out)])
    assert exc.value.code == 2
    assert "--paper" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["export", "poster", "--workshop", "1", "--tiled", "legal", "-o", str(out)])
    assert exc.value.code == 2
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "extra"),
    [("poster.txt", ()), ("tiles.png", ("--tiled", "a4")), ("p.pdf", ("--round", "9"))],
)
def test_cli_refuses_what_it_cannot_write(db, tmp_path, capsys, name, extra):
    out = tmp_path / name
    code, said, err = run(
        capsys, "export", "poster", "--workshop", WORKSHOP, "-o", out, *extra, "--db", db
    )
    assert (code, said) == (1, "")
    assert err.startswith("roadmap-desktop: ") and err.endswith(".\n")
    assert not out.exists()


def test_cli_missing_logo_is_a_sentence(db, tmp_path, capsys):
    out = tmp_path / "poster.pdf"
    missing = tmp_path / "nowhere.png"
    code, said, err = run(
        capsys, "export", "poster", "--workshop", WORKSHOP, "--logo", missing, "-o", out, "--db", db
    )
    assert (code, said) == (1, "")
    assert (
        err == f"roadmap-desktop: Could not read the logo {missing}: No such file or directory.\n"
    )
    assert not out.exists()
