"""The packet's tables in print: a row never splits across pages, the header repeats on each
page of a long table, and a proposal nobody scored says "not scored" instead of blanks."""

import pytest
from pypdf import PdfReader

from roadmap_desktop.export.packet import NOT_SCORED, packet_data, render_packet
from roadmap_desktop.services import Services
from tests.export.test_packet import reader_of, score_everything, small_workshop, words

# Long titles wrap to two or three lines in the ranking: rows tall enough to split.
TITLES = tuple(
    f"Proposal {i:02d}: a long title about bus lanes, library hours, park benches and "
    f"permit counters in district {i}"
    for i in range(1, 41)
)
UNSCORED = TITLES[-1]
RANKING_HEAD = "Rank Proposal Score Spread n Important Core Achievable"


@pytest.fixture(scope="module")
def long_packet(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict]:
    from roadmap_desktop.store import open_store

    store = open_store(tmp_path_factory.mktemp("tables") / "store.sqlite")
    try:
        services = Services(store)
        workshop_id = small_workshop(services, TITLES)
        unscored = next(
            c.id
            for cs in services.board(workshop_id).cards.values()
            for c in cs
            if c.title == UNSCORED
        )
        entries = [
            e
            for e in score_everything(services, workshop_id, (4, 3, 5))
            if e.proposal_id != unscored
        ]
        services.import_scores(workshop_id, entries, reveal=True)
        return render_packet(services, workshop_id), packet_data(services, workshop_id)
    finally:
        store.close()


def page_texts(reader: PdfReader) -> list[str]:
    return [words(page.extract_text() or "") for page in reader.pages]


def ranking_pages(texts: list[str]) -> list[str]:
    return [t for t in texts if RANKING_HEAD in t]


def test_the_ranking_runs_over_pages_with_its_header_on_each(long_packet):
    pdf, _data = long_packet
    pages = ranking_pages(page_texts(reader_of(pdf)))
    assert len(pages) >= 2, "the long ranking should run over more than one page"
    for text in pages:
        assert text.count(RANKING_HEAD) == 1


def test_no_ranking_row_is_split_across_pages(long_packet):
    pdf, _data = long_packet
    pages = ranking_pages(page_texts(reader_of(pdf)))
    for title in TITLES:
        # A row split at a page break would leave part of its title on each page.
        whole = [i for i, text in enumerate(pages) if words(title) in text]
        assert len(whole) == 1, (title, whole)
        start = words(title)[:14]  # "Proposal 07: a"
        assert sum(text.count(start) for text in pages) == 1, title


def test_an_unscored_proposal_says_not_scored_in_the_ranking_roadmap_and_record(long_packet):
    pdf, data = long_packet
    row = next(r for r in data["ranking"]["rows"] if r["title"] == UNSCORED)
    assert row["scored"] is False and row["score"] == str(NOT_SCORED) and row["rank"] == "none"
    roadmap = next(r for r in data["roadmap"]["rows"] if r["title"] == UNSCORED)
    assert roadmap["scored"] is False
    cells = [r for round_ in data["record"]["rounds"] for c in round_["chunks"] for r in c["rows"]]
    assert all(cell is not None for r in cells if r[0] != UNSCORED for cell in r)
    texts = page_texts(reader_of(pdf))
    ranking = " ".join(ranking_pages(texts))
    at = ranking.index(words(UNSCORED))
    assert "not scored" in ranking[at : at + 250]  # one cell across its values
    assert "— — —" not in ranking
    everything = " ".join(texts)
    assert everything.count("not scored") >= 2  # the ranking and the roadmap at least
    assert "not scored" in everything[everything.index("Vote record") :]  # the grid


def test_missing_costs_and_quotas_are_said_in_words(long_packet):
    _pdf, data = long_packet
    appendix = [p for group in data["proposals"] for p in group["items"]]
    assert all(dict(map(tuple, p["facts"]))["Cost"] == "no estimate" for p in appendix)
    assert all(q["quota"] != "—" for q in data["method"]["quotas"])
