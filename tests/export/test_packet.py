"""The council packet: a Letter-size, tagged PDF/UA-1 report that prints titles as typed,
describes every chart in words, keeps sealed rounds sealed and honours the vote record."""

import re
import unicodedata
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from roadmap_desktop.cli import main
from roadmap_desktop.export.packet import NOT_REVEALED, packet_data, render_packet
from roadmap_desktop.services import ScoreEntry, ServiceError, Services
from roadmap_desktop.services.demo import build_demo, write_demo_store
from roadmap_desktop.services.specs import ParticipantSpec, ProposalSpec, WorkshopSpec
from roadmap_desktop.store import open_store

LETTER = (612, 792)
HOSTILE = ('#panic("x") ]] <b>', "= Heading", "Budget $5 for $x$ and \\ tests", "*bold* _em_ @ref")
# Demo proposals moved onto the roadmap, so that it holds Spanish and Vietnamese titles.
TO_ROADMAP = ("Thư viện lưu động", "Alertas de emergencia", "Asesoría móvil", "Ventanilla única")


def words(text: str) -> str:
    """Text as compared: NFC, every run of white space one space (table cells wrap)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def pdf_text(pdf: bytes) -> str:
    reader = reader_of(pdf)
    return words(" ".join(page.extract_text() or "" for page in reader.pages))


def reader_of(pdf: bytes) -> PdfReader:
    return PdfReader(BytesIO(pdf))


def struct_elements(node: object) -> Iterator[DictionaryObject]:
    """Every structure element under node (a /StructTreeRoot or an element), depth first."""
    node = node.get_object() if hasattr(node, "get_object") else node
    if isinstance(node, ArrayObject):
        for child in node:
            yield from struct_elements(child)
        return
    if not isinstance(node, DictionaryObject):
        return  # a marked-content id
    if "/S" in node:
        yield node
    if "/K" in node and node.get("/Type") not in ("/MCR", "/OBJR"):
        yield from struct_elements(node["/K"])


def roadmap_lane(services: Services, workshop_id: int) -> int:
    return next(x.id for x in services.workshop(workshop_id).lanes if x.kind == "roadmap")


@pytest.fixture(scope="module")
def demo_packet(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, list[str]]:
    """The demo workshop's packet, with Spanish and Vietnamese proposals on the roadmap;
    also the roadmap's titles."""
    store = open_store(tmp_path_factory.mktemp("packet") / "store.sqlite")
    try:
        services = Services(store)
        workshop_id = build_demo(services)
        lane = roadmap_lane(services, workshop_id)
        cards = [c for cs in services.board(workshop_id).cards.values() for c in cs]
        for card in cards:
            if card.title.startswith(TO_ROADMAP):
                services.move_proposal(card.id, lane, 99)
        titles = [c.title for c in services.board(workshop_id).cards[lane]]
        return render_packet(services, workshop_id), titles
    finally:
        store.close()


def small_workshop(services: Services, titles: tuple[str, ...], **settings: object) -> int:
    """A San José workshop with two directors, a facilitator, and these proposals on the
    roadmap."""
    people = (
        ParticipantSpec("Ana Torres", "director", "Library"),
        ParticipantSpec("Bảo Nguyễn", "director", "Transportation"),
        ParticipantSpec("Fran Lee", "facilitator"),
    )
    spec = WorkshopSpec.san_jose("Small cabinet", participants=people, **settings)
    workshop_id = services.create_workshop(spec).subject
    assert workshop_id is not None
    services.add_proposals(
        workshop_id,
        [ProposalSpec(t, summary=f"Summary of {t}", domain="Safe", lane="Roadmap") for t in titles],
    )
    return workshop_id


def score_everything(services: Services, workshop_id: int, values: tuple[int, ...]) -> list:
    """Every director's scores on every proposal: values in criterion order."""
    info = services.workshop(workshop_id)
    proposals = [c.id for cs in services.board(workshop_id).cards.values() for c in cs]
    return [
        ScoreEntry(person.id, proposal, criterion.id, value)
        for person in info.voters
        for proposal in proposals
        for criterion, value in zip(info.criteria, values, strict=True)
    ]


# -- the document -------------------------------------------------------------------------


def test_the_packet_is_letter_tagged_pdf_ua_with_title_language_and_bookmarks(demo_packet):
    pdf, _titles = demo_packet
    reader = reader_of(pdf)
    assert len(reader.pages) > 8
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == LETTER
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"] == True  # noqa: E712  (a pypdf BooleanObject)
    assert str(catalog["/Lang"]).startswith("en")
    assert "/Outlines" in catalog
    assert reader.metadata.title == (
        "Council packet: Civic Innovation Cabinet — Innovation Roadmap 2026"
    )
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfuaid:part(>|=\")1", xmp), "the packet does not declare PDF/UA-1"
    bookmarks = [item.title for item in reader.outline if not isinstance(item, list)]
    for heading in ("Summary", "Method", "The roadmap", "Ranking", "Charts"):
        assert any(heading in b for b in bookmarks), (heading, bookmarks)
    assert any("Vote record" in b for b in bookmarks)
    assert any("Audit summary" in b for b in bookmarks)


def test_every_roadmap_title_prints_including_spanish_and_vietnamese(demo_packet):
    pdf, titles = demo_packet
    assert any("ư" in t or "ộ" in t for t in titles), "no Vietnamese title on the roadmap"
    assert any("ú" in t or "ñ" in t or "ó" in t for t in titles), "no Spanish title"
    text = pdf_text(pdf)
    for title in titles:
        assert words(title) in text, title


def test_every_figure_has_alt_text_written_from_the_data(demo_packet):
    pdf, _titles = demo_packet
    root = reader_of(pdf).trailer["/Root"]["/StructTreeRoot"]
    elements = list(struct_elements(root))
    kinds = {str(e["/S"]) for e in elements}
    assert {"/H1", "/Table", "/TH"} <= kinds, kinds
    figures = [e for e in elements if e["/S"] == "/Figure"]
    assert len(figures) == 3  # ranking, criteria quadrant, proposals by domain
    alts = [str(f.get("/Alt", "")) for f in figures]
    assert all(alt.strip() for alt in alts), alts
    assert any(alt.startswith("Bar chart of 25 proposals' scores") for alt in alts), alts
    assert any("Live 911 queue" in alt for alt in alts), alts


def test_fonts_are_embedded(demo_packet):
    pdf, _titles = demo_packet
    fonts = {}
    for page in reader_of(pdf).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            fonts[str(font.get("/BaseFont"))] = font
    assert fonts
    for name, font in fonts.items():
        descendants = font.get("/DescendantFonts")
        leaf = descendants[0].get_object() if descendants else font
        descriptor = leaf["/FontDescriptor"].get_object()
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), name
        assert "DejaVu" in name, name


def test_the_method_is_written_from_the_workshops_settings(services: Services, demo: int):
    info = services.workshop(demo)
    services.update_criterion(info.criteria[0].id, weight=2.0)
    services.update_workshop_settings(demo, aggregation="median", discuss_threshold=0.75)
    method = packet_data(services, demo)["method"]
    text = " ".join(method["paragraphs"])
    assert "median of its participants' scores" in text
    assert "above 0.75" in text
    assert "plain average" not in text  # the weights differ now
    assert [c["weight"] for c in method["criteria"]] == ["2", "1", "1"]
    assert [c["question"] for c in method["criteria"]] == [c.question for c in info.criteria]
    assert [c["scale"] for c in method["criteria"]] == ["1 to 5"] * 3
    assert "Implementation at scale: 7" in method["cut"]
    assert "14 directors" in method["people_text"]
    assert "1 facilitator" in method["people_text"]
    assert "recorded but left out of the results" in text


# -- text as typed ------------------------------------------------------------------------


def test_hostile_titles_print_exactly_as_typed(services: Services):
    workshop_id = small_workshop(services, HOSTILE)
    services.import_scores(
        workshop_id, score_everything(services, workshop_id, (4, 3, 5)), reveal=True
    )
    pdf = render_packet(services, workshop_id)
    text = pdf_text(pdf)
    for title in HOSTILE:
        assert words(title) in text, title
    bookmarks = [item.title for item in reader_of(pdf).outline if not isinstance(item, list)]
    assert "Heading" not in bookmarks  # "= Heading" stayed a title, not a Typst heading


# -- sealed rounds ------------------------------------------------------------------------


def test_before_any_reveal_the_packet_shows_no_values(services: Services):
    workshop_id = small_workshop(services, ("Street tree census", "Cuentas claras"))
    round_id = services.open_round(workshop_id).subject
    assert round_id is not None
    for entry in score_everything(services, workshop_id, (3, 4, 5)):
        services.record_score(
            round_id, entry.participant_id, entry.proposal_id, entry.criterion_id, entry.value
        )

    data = packet_data(services, workshop_id)
    assert data["notice"] == str(NOT_REVEALED) and not data["revealed"]
    assert data["ranking"] is None and data["round"] is None
    assert [c["file"] for c in data["charts"]] == ["chart-counts.svg"]  # no scores in it
    assert all(not r["chunks"] for r in data["record"]["rounds"])
    assert {r["rank"] for r in data["roadmap"]["rows"]} == {"none"}  # and not printed

    text = pdf_text(render_packet(services, workshop_id))
    assert words(str(NOT_REVEALED)) in text
    assert "Street tree census" in text and "Cuentas claras" in text  # proposals and roadmap
    assert "Important" in text and "Is this a problem the City" in text  # the method
    for value in ("4.00", "3.00", "5.00", "3 4 5"):
        assert value not in text, value
    services.close_round(round_id)
    assert "4.00" not in pdf_text(render_packet(services, workshop_id))  # closed is sealed too
    with pytest.raises(ServiceError, match="not revealed"):
        packet_data(services, workshop_id, round_number=1)


def test_a_later_round_stays_sealed_while_the_revealed_one_shows(services: Services):
    workshop_id = small_workshop(services, ("Street tree census",))
    services.import_scores(
        workshop_id, score_everything(services, workshop_id, (2, 2, 2)), reveal=True
    )
    services.import_scores(workshop_id, score_everything(services, workshop_id, (5, 5, 5)))

    data = packet_data(services, workshop_id)
    assert data["round"]["number"] == "1"
    text = pdf_text(render_packet(services, workshop_id))
    assert "2.00" in text and "2 2 2" in text  # round 1, revealed
    assert "5.00" not in text and "5 5 5" not in text  # round 2, still open
    assert "Round 2 is open: its scores stay sealed until the reveal." in text


# -- the vote record ----------------------------------------------------------------------


def test_an_anonymous_record_numbers_the_directors(services: Services, demo: int):
    services.update_workshop_settings(demo, vote_record="anonymous")
    text = pdf_text(render_packet(services, demo))
    assert "Director 1" in text and "Director 14" in text and "Facilitator 1" in text
    for name in ("Marcus Okafor", "María José Gutiérrez", "Nguyễn Thị Hương"):
        assert words(name) not in text, name


def test_a_named_record_names_the_participants(demo_packet):
    text = pdf_text(demo_packet[0])
    assert "Marcus Okafor" in text and words("Nguyễn Thị Hương") in text
    assert "Director 1 " not in text


def test_the_record_is_every_score_as_entered(services: Services):
    workshop_id = small_workshop(services, ("Street tree census",))
    services.import_scores(
        workshop_id, score_everything(services, workshop_id, (1, 4, 2)), reveal=True
    )
    record = packet_data(services, workshop_id)["record"]
    assert [row[0] for row in record["key"]] == ["D1", "D2"]
    (chunk,) = record["rounds"][0]["chunks"]
    assert chunk["heads"] == ["D1", "D2"]
    assert chunk["rows"] == [["Street tree census", "1 4 2", "1 4 2"]]


# -- the command line ---------------------------------------------------------------------


def test_export_packet_writes_the_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    db = tmp_path / "demo.sqlite"
    name = write_demo_store(db)
    out = tmp_path / "packet.pdf"
    command = ["export", "packet", "--workshop", name, "--db", str(db)]
    assert main([*command, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "with the results of round 1" in capsys.readouterr().out
    assert main([*command, "-o", str(out), "--round", "2"]) == 1
    assert "no round 2" in capsys.readouterr().err
    assert main([*command, "-o", str(tmp_path / "packet.txt")]) == 1
    assert ".pdf file" in capsys.readouterr().err


def test_export_packet_before_any_reveal(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    db = tmp_path / "store.sqlite"
    store = open_store(db)
    try:
        services = Services(store)
        small_workshop(services, ("Street tree census",))
    finally:
        store.close()
    out = tmp_path / "packet.pdf"
    code = main(
        ["export", "packet", "--workshop", "Small cabinet", "-o", str(out), "--db", str(db)]
    )
    assert code == 0
    assert "no round has been revealed" in capsys.readouterr().out
    assert words(str(NOT_REVEALED)) in pdf_text(out.read_bytes())
