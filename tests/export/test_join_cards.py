"""Join cards: one card per director with name, code and QR code of their own link, pages
that follow the count, a standard Wi-Fi card, names printed as typed, both papers, and a
tagged PDF with a title and a language."""

import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import segno
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from roadmap_desktop.export.join_cards import (
    CARDS_PER_PAGE,
    TEMPLATE,
    WIFI_QR,
    JoinCard,
    JoinSheet,
    WifiNetwork,
    join_cards_data,
    join_cards_files,
    page_count,
    qr_svg,
    render_join_cards,
    spaced_code,
    wifi_payload,
    write_join_cards,
)
from roadmap_desktop.export.typst_render import render

WORKSHOP = "Civic Innovation Cabinet — Innovation Roadmap 2026"
JOIN_URL = "http://192.168.1.20:8710"
HOSTILE = '<b>Ana</b> #panic("x")'
NAMES = (
    "Ana María Rodríguez",
    "Ben Okafor",
    "Trần Thị Thu Hương",
    HOSTILE,
    "Dolores Fuentes-Villalobos de la Cruz",
    "Li Wei",
    "Maximiliano Castellanos Arredondo",
    "Sam Park",
    "Priya Raghunathan",
)
CODES = ("K7MPQ2", "ABCDEF", "23HJKM", "NPQRST", "UVWXYZ", "456789", "A2B3C4", "MMMNNN", "Z9Y8X7")
WIFI = WifiNetwork("CityHall-Workshop", "tulip-river-42")
LETTER = (612, 792)
A4 = (595, 842)


def director_cards(n: int = len(NAMES)) -> list[JoinCard]:
    return [
        JoinCard(NAMES[i % len(NAMES)], f"{JOIN_URL}/b/secret-{i:02d}-Zq8_x-Lm3", CODES[i % 9])
        for i in range(n)
    ]


def reader_of(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def words(text: str) -> str:
    """Text as compared: NFC, every run of white space one space (lines wrap)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_texts(pdf: bytes) -> list[str]:
    return [words(page.extract_text() or "") for page in reader_of(pdf).pages]


def struct_elements(node: object) -> Iterator[DictionaryObject]:
    """Every structure element under node, depth first."""
    node = node.get_object() if hasattr(node, "get_object") else node
    if isinstance(node, ArrayObject):
        for child in node:
            yield from struct_elements(child)
        return
    if not isinstance(node, DictionaryObject):
        return
    if "/S" in node:
        yield node
    if "/K" in node and node.get("/Type") not in ("/MCR", "/OBJR"):
        yield from struct_elements(node["/K"])


def svg_matrix(svg: bytes) -> list[list[int]]:
    """The modules of one of segno's SVG QR codes (border 0, scale 1), read back from the
    path: each "h" draws a run of dark modules on the row the pen is on."""
    text = svg.decode("utf-8")
    size = int(re.search(r'width="(\d+)"', text).group(1))  # type: ignore[union-attr]
    path = re.search(r' d="([^"]+)"', text).group(1)  # type: ignore[union-attr]
    rows = [[0] * size for _ in range(size)]
    x = y = 0.0
    for op, args in re.findall(r"([MmHhVv])([^MmHhVv]*)", path):
        values = [float(v) for v in re.findall(r"-?[\d.]+", args)]
        if op == "M":
            x, y = values
        elif op == "m":
            x, y = x + values[0], y + values[1]
        elif op == "h":
            for col in range(round(x), round(x + values[0])):
                rows[int(y)][col] = 1
            x += values[0]
        else:
            raise AssertionError(f"unexpected path command {op!r}")
    return rows


def segno_matrix(content: str) -> list[list[int]]:
    return [list(row) for row in segno.make_qr(content, error="m").matrix]


@pytest.fixture(scope="module")
def nine_with_wifi() -> bytes:
    return render_join_cards(
        JoinSheet(
            workshop=WORKSHOP, join_url=JOIN_URL, cards=director_cards(), wifi=WIFI, round_number=2
        )
    )


# -- the cards ------------------------------------------------------------------------------


def test_one_card_per_director_with_name_spaced_code_address_and_round(nine_with_wifi: bytes):
    text = " ".join(page_texts(nine_with_wifi))
    for name, code in zip(NAMES, CODES, strict=True):
        assert words(name) in text, name
        assert f"{code[:3]} {code[3:]}" in text, code
    assert text.count("YOUR CODE") == len(NAMES)
    assert text.count(JOIN_URL) == len(NAMES)  # the join page's address, to type
    assert text.count("Round 2") == len(NAMES) + 1  # every card, the Wi-Fi card too
    assert text.count(WORKSHOP) >= len(NAMES) + 1
    assert "secret-" not in text  # a personal link is only ever in its QR code


def test_the_wifi_card_comes_first_with_network_and_password(nine_with_wifi: bytes):
    first = page_texts(nine_with_wifi)[0]
    assert first.index("Room Wi-Fi") < first.index(NAMES[0])
    assert "CityHall-Workshop" in first
    assert "tulip-river-42" in first
    assert "WPA" in first


def test_every_qr_code_is_a_figure_with_alt_text_and_every_card_a_heading(nine_with_wifi):
    root = reader_of(nine_with_wifi).trailer["/Root"]["/StructTreeRoot"]
    elements = list(struct_elements(root))
    alts = [str(e.get("/Alt", "")) for e in elements if e["/S"] == "/Figure"]
    assert len(alts) == len(NAMES) + 1
    assert alts[0].startswith("QR code that joins the phone to the Wi-Fi network CityHall")
    assert alts[1:] == [f"QR code of {name}'s personal join link." for name in NAMES]
    headings = [e for e in elements if e["/S"] == "/H1"]
    assert len(headings) == len(NAMES) + 1
    bookmarks = [item.title for item in reader_of(nine_with_wifi).outline]
    assert bookmarks == ["Room Wi-Fi", *NAMES]


@pytest.mark.parametrize(
    ("directors", "wifi", "pages"),
    [(1, False, 1), (8, False, 1), (8, True, 2), (9, False, 2), (9, True, 2), (16, True, 3)],
)
def test_the_pages_follow_the_cards_eight_to_a_page(directors: int, wifi: bool, pages: int):
    assert page_count(directors, wifi) == pages
    pdf = render_join_cards(
        JoinSheet(
            workshop=WORKSHOP,
            join_url=JOIN_URL,
            cards=director_cards(directors),
            wifi=WIFI if wifi else None,
        )
    )
    texts = page_texts(pdf)
    assert len(texts) == pages
    per_page = [t.count("YOUR CODE") + t.count("Room Wi-Fi") for t in texts]
    assert per_page[:-1] == [CARDS_PER_PAGE] * (pages - 1)
    assert sum(per_page) == directors + wifi


def test_a_name_prints_exactly_as_typed():
    hostile_workshop = "= Budget $5 for $x$ and \\ #set text(red) ]]"
    pdf = render_join_cards(
        JoinSheet(
            workshop=hostile_workshop,
            join_url=JOIN_URL,
            cards=[JoinCard(HOSTILE, f"{JOIN_URL}/b/abc", "K7MPQ2")],
        )
    )
    text = " ".join(page_texts(pdf))
    assert HOSTILE in text
    assert words(hostile_workshop) in text
    assert reader_of(pdf).metadata.title == f"Join cards: {hostile_workshop}"


@pytest.mark.parametrize(("paper", "size"), [("us-letter", LETTER), ("a4", A4)])
def test_both_paper_sizes(paper: str, size: tuple[int, int]):
    pdf = render_join_cards(
        JoinSheet(
            workshop=WORKSHOP,
            join_url=JOIN_URL,
            cards=director_cards(),
            wifi=WIFI,
            paper=paper,  # type: ignore[arg-type]
        )
    )
    reader = reader_of(pdf)
    assert len(reader.pages) == 2
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == size


def test_an_unknown_paper_or_nothing_to_print_is_refused():
    with pytest.raises(ValueError, match="Unknown paper"):
        render_join_cards(
            JoinSheet(
                workshop=WORKSHOP,
                join_url=JOIN_URL,
                cards=director_cards(1),
                paper="tabloid",
            )
        )
    with pytest.raises(ValueError, match="no join cards"):
        render_join_cards(JoinSheet(workshop=WORKSHOP, join_url=JOIN_URL, cards=[]))
    with pytest.raises(ValueError, match="http"):
        render_join_cards(
            JoinSheet(workshop=WORKSHOP, join_url="192.168.1.20:8710", cards=director_cards(1))
        )
    with pytest.raises(ValueError, match="name"):
        render_join_cards(
            JoinSheet(
                workshop=WORKSHOP,
                join_url=JOIN_URL,
                cards=[JoinCard(" ", f"{JOIN_URL}/b/x", "ABC")],
            )
        )


def test_the_pdf_is_tagged_pdf_ua_with_title_and_language(nine_with_wifi: bytes):
    reader = reader_of(nine_with_wifi)
    catalog: Any = reader.trailer["/Root"]
    assert reader.metadata is not None
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"] == True  # noqa: E712  (a pypdf BooleanObject)
    assert str(catalog["/Lang"]).startswith("en")
    assert reader.metadata.title == f"Join cards: {WORKSHOP}"
    assert reader.metadata.author == "Roadmap Desktop"
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfuaid:part(>|=\")1", xmp), "the cards do not declare PDF/UA-1"


def test_fonts_are_embedded(nine_with_wifi: bytes):
    for page in reader_of(nine_with_wifi).pages:
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


# -- the QR codes ---------------------------------------------------------------------------


def test_each_qr_file_is_segnos_code_of_that_directors_link():
    cards = director_cards(3)
    files = join_cards_files(cards, WIFI)
    assert list(files) == ["qr-1.svg", "qr-2.svg", "qr-3.svg", WIFI_QR]
    for i, card in enumerate(cards):
        svg = files[f"qr-{i + 1}.svg"]
        assert svg == qr_svg(card.url)
        assert svg_matrix(svg) == segno_matrix(card.url)  # the modules of that very link
        assert svg_matrix(svg) != segno_matrix(cards[(i + 1) % 3].url)
        assert svg.startswith(b"<svg") and b'stroke="#000"' in svg
    assert svg_matrix(files[WIFI_QR]) == segno_matrix(wifi_payload(WIFI))
    assert list(join_cards_files(cards)) == ["qr-1.svg", "qr-2.svg", "qr-3.svg"]


def test_a_short_link_is_still_a_full_qr_code_never_a_micro_qr():
    svg = qr_svg("http://a")
    assert len(svg_matrix(svg)) >= 21  # a version 1 QR code; a Micro QR is at most 17
    assert svg_matrix(svg) == segno_matrix("http://a")


def test_the_template_gets_names_and_codes_but_no_links():
    cards = director_cards(2)
    data = join_cards_data(JoinSheet(workshop=WORKSHOP, join_url=JOIN_URL, cards=cards, wifi=WIFI))
    assert [c["kind"] for c in data["cards"]] == ["wifi", "director", "director"]
    assert [c["qr"] for c in data["cards"]] == [WIFI_QR, "qr-1.svg", "qr-2.svg"]
    assert [c.get("name") for c in data["cards"][1:]] == [c.name for c in cards]
    assert [c.get("code") for c in data["cards"][1:]] == ["K7M PQ2", "ABC DEF"]
    assert "secret-" not in repr(data)
    assert data["lang"] == "en" and data["title"] == f"Join cards: {WORKSHOP}"


def test_the_qr_codes_in_the_pdf_decode_to_the_links():
    import zxingcpp  # a real QR decoder, as a phone's camera would read the printed card
    from PIL import Image as image

    cards = director_cards(3)
    data = join_cards_data(JoinSheet(workshop=WORKSHOP, join_url=JOIN_URL, cards=cards, wifi=WIFI))
    pages = render(
        TEMPLATE, data, files=join_cards_files(cards, WIFI), output_format="png", ppi=150
    )
    png = pages[0] if isinstance(pages, list) else pages
    found = {r.text for r in zxingcpp.read_barcodes(image.open(io.BytesIO(png)))}
    assert found == {card.url for card in cards} | {wifi_payload(WIFI)}


# -- the Wi-Fi payload ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("network", "payload"),
    [
        (WifiNetwork("Room 4", "secret"), "WIFI:T:WPA;S:Room 4;P:secret;;"),
        (WifiNetwork("Old", "12345", "WEP"), "WIFI:T:WEP;S:Old;P:12345;;"),
        (WifiNetwork("Lobby", security="nopass"), "WIFI:T:nopass;S:Lobby;;"),
        (WifiNetwork("Back", "pw", hidden=True), "WIFI:T:WPA;S:Back;P:pw;H:true;;"),
        (
            WifiNetwork('My;Net,:"x\\', 'p;a,s:s"w\\d'),
            'WIFI:T:WPA;S:My\\;Net\\,\\:\\"x\\\\;P:p\\;a\\,s\\:s\\"w\\\\d;;',
        ),
    ],
)
def test_the_wifi_payload_is_the_standard_string(network: WifiNetwork, payload: str):
    assert wifi_payload(network) == payload


def test_a_wifi_network_must_make_sense():
    with pytest.raises(ValueError, match="name"):
        WifiNetwork(" ", "pw")
    with pytest.raises(ValueError, match="password"):
        WifiNetwork("Room", "")
    with pytest.raises(ValueError, match="open network"):
        WifiNetwork("Room", "pw", "nopass")
    with pytest.raises(ValueError, match="security"):
        WifiNetwork("Room", "pw", "WPA3")


def test_an_open_or_hidden_network_prints_its_card():
    pdf = render_join_cards(
        JoinSheet(
            workshop=WORKSHOP,
            join_url=JOIN_URL,
            cards=director_cards(1),
            wifi=WifiNetwork("Lobby Guest", security="nopass", hidden=True),
        )
    )
    text = page_texts(pdf)[0]
    assert "Lobby Guest" in text
    assert "None: the network is open." in text
    assert "hidden network" in text


# -- codes and files ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "shown"),
    [("K7MPQ2", "K7M PQ2"), ("k7m-pq2", "K7M PQ2"), (" K7M PQ2 ", "K7M PQ2"), ("ABCD", "ABC D")],
)
def test_the_code_prints_in_groups_of_three(code: str, shown: str):
    assert spaced_code(code) == shown


def test_write_join_cards_writes_the_pdf_and_keeps_the_old_file_on_failure(tmp_path: Path):
    path = tmp_path / "join cards.pdf"
    written = write_join_cards(
        path, JoinSheet(workshop=WORKSHOP, join_url=JOIN_URL, cards=director_cards(2), paper="a4")
    )
    assert written == path
    assert path.read_bytes().startswith(b"%PDF-")
    assert len(reader_of(path.read_bytes()).pages) == 1
    before = path.read_bytes()
    with pytest.raises(ValueError):
        write_join_cards(path, JoinSheet(workshop=WORKSHOP, join_url=JOIN_URL, cards=[]))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["join cards.pdf"]  # no temp left
