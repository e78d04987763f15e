"""The documents in another language: the council packet, the poster (single and tiled),
the join cards, the charts and the workbook take every word from the catalogs in the
language in force (`with words.using(code):`), and each PDF is tagged with it (/Lang).

The pseudo-language ("qps") proves the wiring today: every word that went through a catalog
comes out bracketed, so an English word left in a template shows at once. The Spanish and
Vietnamese tests read real translations: they pass once the catalogs are merged."""

import csv
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from pypdf import PdfReader

from roadmap_desktop import words
from roadmap_desktop.export import charts
from roadmap_desktop.export.join_cards import JoinCard, JoinSheet, WifiNetwork, render_join_cards
from roadmap_desktop.export.packet import packet_data, render_packet
from roadmap_desktop.export.poster import make_poster, make_tiled
from roadmap_desktop.export.results_csv import RESULT_COLUMNS, write_results_csv
from roadmap_desktop.export.results_xlsx import write_results_xlsx
from roadmap_desktop.services import Services
from roadmap_desktop.services.demo import build_demo
from roadmap_desktop.store import open_store
from roadmap_desktop.words import formats
from roadmap_desktop.words.pseudo import CLOSE, OPEN, is_pseudo

# The packet's own headings in English: none may survive in another language.
ENGLISH_HEADINGS = (
    "COUNCIL PACKET",
    "Executive summary",
    "Agenda item",
    "Recommendation",
    "Action requested",
    "Signatures",
    "Fiscal impact",
    "The cut line",
    "Contents",
    "At a glance",
    "Top of the ranking",
    "From scores to a ranking",
    "Categories, quotas and the cut line",
    "Participants and rounds",
    "Appendix A: Every proposal",
    "Appendix B: Vote record",
    "Key to the columns",
    "Appendix C: Audit summary",
    "Votes recorded",
)
# A heading of the packet in each language (the translations the catalogs hold).
HEADINGS = {
    "es": ("Resumen ejecutivo", "Anexo C: Resumen de auditoría"),
    "vi": ("Tóm tắt tổng quan", "Phụ lục C: Tóm tắt kiểm tra"),
}
WORKSHOP_DATE = date(2026, 3, 18)  # the demo workshop's date


def text_of(pdf: bytes, pages: slice = slice(None)) -> str:
    reader = PdfReader(BytesIO(pdf))
    found = " ".join(page.extract_text() or "" for page in reader.pages[pages])
    return " ".join(unicodedata.normalize("NFC", found).split())


def language_of(pdf: bytes) -> str:
    return str(PdfReader(BytesIO(pdf)).trailer["/Root"].get("/Lang"))


def strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from strings(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from strings(value)


@dataclass(frozen=True)
class Demo:
    services: Services
    id: int


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    store = open_store(tmp_path_factory.mktemp("languages") / "store.sqlite")
    try:
        services = Services(store)
        yield Demo(services, build_demo(services))
    finally:
        store.close()


@pytest.fixture(scope="module")
def pseudo_packet(demo: Demo) -> bytes:
    with words.using(words.PSEUDO):
        return render_packet(demo.services, demo.id)


# -- the council packet ---------------------------------------------------------------------


def test_the_pseudo_packet_is_tagged_with_its_language(pseudo_packet: bytes) -> None:
    assert language_of(pseudo_packet) == words.PSEUDO


def test_the_pseudo_packet_holds_no_english_heading_of_its_template(pseudo_packet: bytes) -> None:
    text = text_of(pseudo_packet)
    assert is_pseudo(text)
    for heading in ENGLISH_HEADINGS:
        assert heading not in text, heading
    # The first pages' own words are bracketed pseudo text: the cover's kicker and the
    # executive summary's heading.
    first = text_of(pseudo_packet, slice(0, 3))
    with words.using(words.PSEUDO):
        for said in (words._("COUNCIL PACKET"), words._("Executive summary")):
            assert " ".join(str(said).split()) in first, said


def test_every_word_of_the_pseudo_packets_template_comes_from_the_catalog(demo: Demo) -> None:
    with words.using(words.PSEUDO):
        data = packet_data(demo.services, demo.id)
    assert data["lang"] == words.PSEUDO
    for key, value in data["words"].items():
        for text in strings(value):
            assert is_pseudo(text), (key, text)
    # The method is whole translated sentences, each bracketed on its own.
    for paragraph in data["method"]["paragraphs"]:
        assert paragraph.startswith(OPEN) and paragraph.endswith(CLOSE), paragraph
    for text in (data["method"]["cut"], data["summary"]["paragraphs"][0], data["title"]):
        assert is_pseudo(text), text
    for note in data["audit"]["notes"]:
        assert note.startswith(OPEN), note
    for chart in data["charts"]:
        assert is_pseudo(chart["title"]) and is_pseudo(chart["caption"]), chart
        assert is_pseudo(chart["alt"]), chart


def test_the_english_packet_is_still_english(demo: Demo) -> None:
    data = packet_data(demo.services, demo.id)
    assert data["lang"] == "en"
    assert not any(is_pseudo(text) for text in strings(data))
    assert data["words"]["executive_summary"] == "Executive summary"
    assert data["workshop"]["date"] == "March 18, 2026"


@pytest.mark.parametrize("language", ["es", "vi"])
def test_the_packet_speaks_the_language_it_is_made_in(demo: Demo, language: str) -> None:
    with words.using(language):
        pdf = render_packet(demo.services, demo.id)
    assert language_of(pdf) == language
    text = text_of(pdf)
    first, last = HEADINGS[language]
    assert first in text_of(pdf, slice(0, 3))
    assert last in text
    for heading in ENGLISH_HEADINGS:
        assert heading not in text, heading
    # The workshop's date as the language writes it ("18 de marzo de 2026").
    assert formats.long_date(WORKSHOP_DATE, language=language) in text


# -- the poster -----------------------------------------------------------------------------


def test_the_poster_follows_the_language(demo: Demo) -> None:
    with words.using(words.PSEUDO):
        poster = make_poster(demo.services, demo.id, paper="tabloid")
    assert language_of(poster.content) == words.PSEUDO
    text = text_of(poster.content)
    assert is_pseudo(text)
    # (The demo workshop's own name says "Innovation Roadmap 2026": the subtitle is "— N".)
    for english in ("Judged on", "JUDGED ON", "DOMAINS", "Cards: the", "Innovation Roadmap —"):
        assert english not in text, english
    title = PdfReader(BytesIO(poster.content)).metadata.title
    assert title is not None and is_pseudo(title)


def test_the_tiled_poster_follows_the_language(demo: Demo) -> None:
    with words.using(words.PSEUDO):
        tiled = make_tiled(demo.services, demo.id, paper="tabloid")
    assert language_of(tiled.content) == words.PSEUDO
    text = text_of(tiled.content)
    assert "Row 1, column 1" not in text and "trim the" not in text
    assert is_pseudo(text)


@pytest.mark.parametrize(("language", "subtitle"), [("es", "Hoja de ruta"), ("vi", "Lộ trình")])
def test_the_poster_in_spanish_and_vietnamese(demo: Demo, language: str, subtitle: str) -> None:
    with words.using(language):
        poster = make_poster(demo.services, demo.id, paper="tabloid")
    assert language_of(poster.content) == language
    text = text_of(poster.content)
    assert subtitle in text
    assert "Innovation Roadmap —" not in text


def test_the_english_poster_is_tagged_english(demo: Demo) -> None:
    poster = make_poster(demo.services, demo.id, paper="tabloid")
    assert language_of(poster.content) == "en"


# -- join cards -----------------------------------------------------------------------------


SHEET = JoinSheet(
    "Civic Innovation Cabinet",
    "http://192.0.2.10:8000/join",
    [JoinCard("Ana Ruiz", "http://192.0.2.10:8000/j/abc", "k7mpq2")],
    WifiNetwork("Room 4", "city hall", hidden=True),
    round_number=2,
)


def test_the_join_cards_follow_the_language() -> None:
    with words.using(words.PSEUDO):
        pdf = render_join_cards(SHEET)
    assert language_of(pdf) == words.PSEUDO
    text = text_of(pdf)
    assert is_pseudo(text)
    for english in ("YOUR CODE", "PASSWORD", "Room Wi-Fi", "Cut along", "No camera?", "Page 1"):
        assert english not in text, english
    assert "192.0.2.10:8000/join" in text  # the address is kept as it is


@pytest.mark.parametrize(("language", "said"), [("es", "SU CÓDIGO"), ("vi", "MÃ CÁ NHÂN")])
def test_the_join_cards_in_spanish_and_vietnamese(language: str, said: str) -> None:
    with words.using(language):
        pdf = render_join_cards(SHEET)
    assert language_of(pdf) == language
    assert said in text_of(pdf)


# -- charts and tables ----------------------------------------------------------------------


ROWS = [
    charts.ChartRow("Live 911 queue", "Safe", "#1F77B4", "Pilot", 4.5, 0.4, 6, means={}),
    charts.ChartRow("Bike lanes", "", "#FF7F0E", "", 3.1, 1.2, 5, discuss=True, means={}),
]


def test_the_charts_label_their_axes_and_keys_in_the_language() -> None:
    with words.using(words.PSEUDO):
        figure = Figure(figsize=(7, 3))
        charts.ranking_bars(figure, ROWS, cut=1)
        ax = figure.axes[0]
        assert is_pseudo(ax.get_xlabel())
        texts = [t.get_text() for t in ax.texts]
        assert any(is_pseudo(t) for t in texts)  # "No domain" beside the second bar
        legend = [t.get_text() for legend in figure.legends for t in legend.get_texts()]
        assert any(is_pseudo(t) for t in legend)
        counts = Figure(figsize=(7, 3))
        charts.counts(counts, ROWS)
        assert is_pseudo(counts.axes[0].get_ylabel())
        for alt in (charts.describe_ranking(ROWS, cut=1), charts.describe_counts(ROWS)):
            assert is_pseudo(alt) and "Bar chart" not in alt


def test_the_csv_stays_english_and_the_workbook_follows_the_language(
    demo: Demo, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    results = demo.services.results(demo.id)
    with words.using(words.PSEUDO):
        write_results_csv(results, tmp_path / "results.csv")
        write_results_xlsx(results, tmp_path / "results.xlsx")
    with (tmp_path / "results.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0][: len(RESULT_COLUMNS)]) == RESULT_COLUMNS
    assert {row[8] for row in rows[1:]} <= {"yes", "no"}
    book = load_workbook(tmp_path / "results.xlsx")
    assert all(is_pseudo(name) for name in book.sheetnames)
    header = next(book.worksheets[0].iter_rows(values_only=True))
    assert all(is_pseudo(str(h)) for h in header[: len(RESULT_COLUMNS)])
