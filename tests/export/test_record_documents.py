"""The round of record in the poster and the packet, in the issue's scenario: the demo,
round 2 on the 4 Inbox proposals, then round 1's quota cut applied. Every roadmap project
keeps a score; a score carried from round 1 is marked, and the documents say so."""

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from roadmap_desktop.export.packet import NOT_SCORED, packet_data, render_packet
from roadmap_desktop.export.poster import CARRIED_MARK, poster_data, render_poster
from roadmap_desktop.services import ServiceError, Services
from roadmap_desktop.services.demo import build_demo
from roadmap_desktop.store import open_store
from tests.helpers_record import record_scenario

WORKSHOP = "Civic Innovation Cabinet — Innovation Roadmap 2026"


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, int, int]]:
    """(services, workshop id, round 2's number) after the issue's scenario; read only."""
    store = open_store(tmp_path_factory.mktemp("record") / "store.sqlite")
    try:
        services = Services(store)
        workshop = build_demo(services)
        yield services, workshop, record_scenario(services, workshop)
    finally:
        store.close()


def cards(data: dict) -> list[dict]:
    return [card for band in data["bands"] for cell in band["cells"] for card in cell]


def test_the_poster_badges_every_roadmap_project_marking_carried_scores(scenario):
    services, workshop, second = scenario
    data = poster_data(services, workshop)
    shown = cards(data)
    assert data["round"] == second and len(shown) == data["project_count"] == 21
    assert all(card["score"] for card in shown)  # 21 of 21 badges, not 2
    inbox = {r.proposal_id for r in services.results(workshop, second).rows}
    for card in shown:
        assert card["score"].endswith(CARRIED_MARK) == (card["id"] not in inbox), card
    assert (
        f"{CARRIED_MARK} Score from round 1: round {second} did not score" in (data["score_note"])
    )
    # Round 1 asked for: its own scores, nothing carried.
    first = poster_data(services, workshop, round_number=1)
    assert first["round"] == 1
    assert all(card["score"] and CARRIED_MARK not in card["score"] for card in cards(first))
    assert CARRIED_MARK not in first["score_note"]


def test_the_poster_follows_the_workshops_round_of_record(tmp_path: Path):
    store = open_store(tmp_path / "store.sqlite")
    try:
        services = Services(store)
        workshop = build_demo(services)
        record_scenario(services, workshop)
        services.set_record_round(workshop, 1)
        assert poster_data(services, workshop)["round"] == 1
    finally:
        store.close()


def test_a_hidden_or_missing_round_is_refused(services: Services, demo: int):
    services.open_round(demo)
    with pytest.raises(ServiceError, match="not revealed"):
        poster_data(services, demo, round_number=2)
    with pytest.raises(ServiceError, match="no round 99"):
        poster_data(services, demo, round_number=99)
    with pytest.raises(ServiceError, match="no round 99"):
        packet_data(services, demo, round_number=99)


def test_the_packet_scores_every_roadmap_project_and_names_carried_ones(scenario):
    services, workshop, second = scenario
    data = packet_data(services, workshop)
    roadmap = data["roadmap"]["rows"]
    assert len(roadmap) == 21
    assert all(row["scored"] and row["score"] not in (str(NOT_SCORED), "—") for row in roadmap)
    carried = [row for row in roadmap if row["score"].endswith("(round 1)")]
    assert 0 < len(carried) <= 21
    assert "is carried from that earlier round" in data["roadmap"]["text"]
    ranking = data["ranking"]
    assert len(ranking["rows"]) == 36  # every proposal, not round 2's 4
    inbox = len(services.results(workshop, second).rows)
    carried_ids = [r for r in services.record_results(workshop).rows if r.score_round == 1]
    assert len(carried_ids) == 36 - inbox  # everything outside the Inbox, from round 1
    assert sum(row["score"].endswith("(round 1)") for row in ranking["rows"]) == len(carried_ids)
    assert (
        f"Round {second} (scores) covered the cards of one lane: {inbox} proposals; "
        in (ranking["text"])
    )
    assert f"{len(carried_ids)} of them carried from an earlier round" in " ".join(
        data["summary"]["paragraphs"]
    )
    # Round 1 asked for: nothing carried, nothing marked.
    first = packet_data(services, workshop, 1)
    assert not any("(round" in row["score"] for row in first["ranking"]["rows"])


def test_the_rendered_documents_show_the_marks(scenario, tmp_path: Path):
    services, workshop, _second = scenario
    poster = render_poster(services, workshop)
    assert isinstance(poster, bytes)
    (tmp_path / "poster.pdf").write_bytes(poster)
    text = PdfReader(io.BytesIO(poster)).pages[0].extract_text()
    assert CARRIED_MARK in text and "Score from round 1" in text
    packet = render_packet(services, workshop)
    words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(packet)).pages)
    assert "(round 1)" in words and "carried from that earlier round" in " ".join(words.split())
