"""The council packet's front section: a one-page executive summary of every roadmap project
with the total cost, the fiscal impact by category and department (projects without an
estimate counted and named), the recommendation and action requested (default wording when
blank), agenda item, meeting date and signature lines, the cut line with its deviations and
ties, and every time in the workshop's time zone."""

from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from roadmap_desktop.export import packet_front
from roadmap_desktop.export.packet import packet_data, render_packet
from roadmap_desktop.services import Services
from roadmap_desktop.services.demo import build_demo
from roadmap_desktop.store import open_store
from tests.export.test_packet import words

ZONE = "America/Los_Angeles"
NO_COST = "Restaurant opening concierge with one case manager"
TIED_ABOVE = "Digital navigators at ten branch libraries"
TIED_BELOW = "Tablets and mobile-inspection training for inspectors"


@dataclass(frozen=True)
class Made:
    pages: list[str]  # each page's text, as compared (words)
    data: dict
    titles: list[str]  # the roadmap's titles
    revealed_at: datetime


def _render(services: Services, workshop_id: int) -> tuple[list[str], dict]:
    pdf = render_packet(services, workshop_id)
    pages = [words(p.extract_text() or "") for p in PdfReader(BytesIO(pdf)).pages]
    return pages, packet_data(services, workshop_id)


@pytest.fixture(scope="module")
def packets(tmp_path_factory: pytest.TempPathFactory) -> tuple[Made, Made]:
    """The demo with its quota cut applied (21 projects, $18.29 M): its packet with the
    council fields blank; then with them filled in, a Los Angeles time zone, and the roadmap
    changed by hand after the cut."""
    store = open_store(tmp_path_factory.mktemp("front") / "store.sqlite")
    try:
        services = Services(store)
        workshop_id = build_demo(services)
        services.apply_cut_line(services.cut_line(workshop_id, by_quota=True), 0)
        revealed = services.workshop(workshop_id).rounds[0].revealed_at
        assert revealed is not None
        lane = {x.kind: x.id for x in services.board(workshop_id).lanes}
        titles = [c.title for c in services.board(workshop_id).cards[lane["roadmap"]]]
        blank = Made(*_render(services, workshop_id), titles, revealed)

        services.update_council(
            workshop_id,
            {
                "recommendation": "Adopt the roadmap as presented.",
                "action_requested": "Approve resolution 2027-14.",
                "agenda_item": "Item 4.2",
                "meeting_date": "January 15, 2027",
                "prepared_by": "Ana Ruiz, Innovation Manager",
                "approved_by": "Sam Lee, City Manager",
                "time_zone": ZONE,
            },
        )
        board = services.board(workshop_id)
        moved = next(c for c in board.cards[lane["roadmap"]] if c.title == TIED_ABOVE)
        services.move_proposal(moved.id, lane["parked"], 0)
        added = board.cards[lane["shortlist"]][0]
        services.move_proposal(added.id, lane["roadmap"], 99)
        titles = [c.title for c in services.board(workshop_id).cards[lane["roadmap"]]]
        filled = Made(*_render(services, workshop_id), titles, revealed)
        return blank, filled
    finally:
        store.close()


def summary_page(made: Made) -> str:
    found = [p for p in made.pages if p.startswith("Executive summary")]
    assert len(found) == 1, "the executive summary is one page"
    return found[0]


def test_the_summary_lists_every_roadmap_project_on_one_page(packets: tuple[Made, Made]) -> None:
    blank, _ = packets
    page = summary_page(blank)
    assert len(blank.titles) == 21
    for title in blank.titles:
        assert words(title) in page, title
    assert blank.pages.index(page) == 1  # straight after the cover, before the contents
    assert "Total $18.29 M" in page
    assert f"1 has no estimate ({NO_COST})" in page
    assert "no estimate" in page
    for head in ("Department", "Score", "Cost", "Timeframe", "Implementation at scale: 7"):
        assert head in page


def test_fiscal_impact_by_category_and_department(packets: tuple[Made, Made]) -> None:
    blank, _ = packets
    front = blank.data["front"]
    assert front["total"] == "$18.29 M"
    assert front["no_estimate"] == [NO_COST]
    categories = {r["name"]: r for r in front["by_category"]}
    assert {n: r["count"] for n, r in categories.items()} == {
        "Implementation at scale": "7",
        "Strategy / demonstration / pilot": "13",
        "Capacity building": "1",
    }
    assert categories["Strategy / demonstration / pilot"]["missing"] == f"no estimate: {NO_COST}"
    departments = front["by_department"]
    assert sum(int(r["count"]) for r in departments) == 21
    fiscal = next(p for p in blank.pages if p.startswith("Fiscal impact"))
    assert "$18.29 M ($18,290,000)" in fiscal
    assert f"1 project has no estimate and is not in the total: {NO_COST}" in fiscal
    for row in [*front["by_category"], *departments]:
        assert words(row["name"]) in fiscal


def test_blank_fields_print_the_default_wording_and_lines_to_sign(
    packets: tuple[Made, Made],
) -> None:
    blank, _ = packets
    page = summary_page(blank)
    assert "Approve the 21 projects on the roadmap as the cabinet's priorities for 2026." in page
    assert (
        "Accept the roadmap and direct staff to return with implementation plans and funding "
        "requests." in page
    )
    for label in ("Agenda item", "Meeting date", "Prepared by", "Approved by", "Signature"):
        assert label in page
    assert page.count("Date") >= 2  # a date line beside each signature
    assert [s["name"] for s in blank.data["front"]["signatures"]] == ["", ""]


def test_filled_fields_show(packets: tuple[Made, Made]) -> None:
    _, filled = packets
    page = summary_page(filled)
    for text in (
        "Adopt the roadmap as presented.",
        "Approve resolution 2027-14.",
        "Item 4.2",
        "January 15, 2027",
        "Ana Ruiz, Innovation Manager",
        "Sam Lee, City Manager",
    ):
        assert text in page
    assert "cabinet's priorities" not in page  # the default gave way


def test_times_are_in_the_workshops_time_zone(packets: tuple[Made, Made]) -> None:
    blank, filled = packets
    with packet_front.times_in(ZONE):
        shown = packet_front.stamp(filled.revealed_at)
    assert shown.endswith(("PST", "PDT"))
    text = " ".join(filled.pages)
    assert f"revealed {shown}" in text
    assert f"Times are in {ZONE}" in text
    assert " UTC" not in filled.data["round"]["label"]
    assert "the computer's time zone" in blank.data["front"]["zone"]


def test_stamp_reads_like_a_council_document() -> None:
    moment = datetime(2026, 12, 2, 17, 14, tzinfo=UTC)
    with packet_front.times_in(ZONE):
        assert packet_front.stamp(moment) == "2 Dec 2026, 9:14 AM PST"
        assert packet_front.stamp(moment, zone=False) == "2 Dec 2026, 9:14 AM"
        assert packet_front.stamp(datetime(2026, 7, 1, 19, 5, tzinfo=UTC)).endswith("12:05 PM PDT")
    with packet_front.times_in("Not/A_Zone"):  # another computer's zone data: no failure
        assert packet_front.stamp(moment)


def test_the_cut_line_and_its_ties(packets: tuple[Made, Made]) -> None:
    blank, _ = packets
    cut = blank.data["front"]["cut"]
    assert cut["equal"] is True
    assert cut["deviations"] == []
    assert "each category's top proposals by its quota in round 1" in cut["lead"]
    text = " ".join(blank.pages)
    assert "The roadmap equals that cut line." in text
    # The tie at the Capacity building quota: both at 4.00, one above the line, one below.
    assert [(r[0], r[3], r[4], r[5]) for r in cut["ties"]] == [
        (TIED_ABOVE, "4.00", "above", "yes"),
        (TIED_BELOW, "4.00", "below", "no"),
    ]
    assert "Ties at the line" in text
    assert f"Settled by: the facilitator's roadmap. On the roadmap now: {TIED_ABOVE}." in text
    # The ranking marks the rows the quota cut selects, and the tie below it.
    marks = blank.data["front"]["marks"]
    assert marks.count("selected") == 21
    assert marks.count("tied") == 1
    ranking = next(p for p in blank.pages if p.startswith("4 Ranking"))
    assert "makes the cut" in ranking
    assert "marks the proposals the cut line by category quotas selects" in text  # Figure 1


def test_deviations_from_the_cut_are_listed(packets: tuple[Made, Made]) -> None:
    _, filled = packets
    cut = filled.data["front"]["cut"]
    assert cut["equal"] is False
    added = next(t for t in filled.titles if t not in packets[0].titles)
    assert cut["deviations"] == [f"Added by hand: {added}", f"Taken off: {TIED_ABOVE}"]
    text = " ".join(filled.pages)
    assert "The roadmap differs from that cut line" in text
    assert f"Added by hand: {words(added)}" in text
    assert f"Taken off: {TIED_ABOVE}" in text
    assert "None of them is on the roadmap now." in cut["settled"]


def test_a_top_cut_draws_its_line(services: Services, demo: int) -> None:
    services.apply_cut_line(services.cut_line(demo, top=12), 0)
    data = packet_data(services, demo)
    front = data["front"]
    assert front["line_after"] == 12
    assert front["marks"][:12] == ["selected"] * 12
    assert front["marks"][12] == "tied"  # rank 12 twice: the second is below the line
    assert front["cut"]["rule"] == "the top 12 overall"
    assert "The dashed line is the cut line" in data["charts"][0]["caption"]


def test_no_cut_applied_uses_the_quota_rule_and_says_so(services: Services, demo: int) -> None:
    cut = packet_data(services, demo)["front"]["cut"]
    assert cut["lead"].startswith("No cut line has been applied to the board.")
    assert "would select 21 proposals" in cut["lead"]
    assert cut["deviations"][0].startswith("Selected, not on the roadmap: ")
