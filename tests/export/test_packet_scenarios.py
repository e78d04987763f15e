"""The packet's scenarios: the chosen one after the roadmap and the compared ones in Appendix D
(export/packet_scenarios.scenarios_data), and the packet rendered with them."""

from io import BytesIO

from pypdf import PdfReader

from roadmap_desktop.export.packet import render_packet
from roadmap_desktop.export.packet_scenarios import scenarios_data
from roadmap_desktop.services import Services
from roadmap_desktop.services.scenarios import ScenarioSpec
from tests.services.helpers import reveal_two_criteria

COSTS = {"Alpha": 50_000, "Bravo": 60_000, "Charlie": 40_000}


def _reveal(services: Services, small) -> tuple[int, dict[str, int]]:
    ids = reveal_two_criteria(services, small, COSTS)
    return services.results(small.id).round.number, ids


def _packet_text(services: Services, workshop_id: int) -> str:
    """The whole packet, rendered with the real template, as text."""
    pdf = render_packet(services, workshop_id)
    return " ".join((page.extract_text() or "") for page in PdfReader(BytesIO(pdf)).pages)


def test_no_scenario_for_the_packet_prints_nothing(services: Services, small):
    number, _ids = _reveal(services, small)
    assert scenarios_data(services, small.id, number) is None
    services.save_scenario(small.id, "Kept aside", ScenarioSpec())
    assert scenarios_data(services, small.id, number) is None


def test_the_chosen_scenario_and_the_ones_compared(services: Services, small, tmp_path):
    number, ids = _reveal(services, small)
    important = small.criteria["Important"]
    services.save_scenario(small.id, "Core", ScenarioSpec(top=2, packet="chosen"))
    services.save_scenario(
        small.id,
        "Important first",
        ScenarioSpec(weights={important: 5}, top=2, packet="compared"),
    )
    services.save_scenario(
        small.id,
        "Delta in",
        ScenarioSpec(top=2, overrides={ids["Delta"]: "must"}, packet="compared"),
    )
    services.save_scenario(small.id, "Same", ScenarioSpec(top=2, packet="compared"))
    services.save_scenario(small.id, "Not printed", ScenarioSpec(top=1))
    data = scenarios_data(services, small.id, number)
    assert data is not None
    chosen = data["chosen"]
    assert chosen["heading"] == "Scenario: Core"
    assert [r["title"] for r in chosen["selected"]] == ["Bravo", "Charlie"]
    assert chosen["totals"] == {
        "name": "Core",
        "count": "2 proposals",
        "cost": "$100,000",
        "no_cost": "",
        "score": "6.67",
    }
    assert "the top 2 of the ranking" in chosen["text"]
    assert "the workshop's own weights" in chosen["text"]
    by_name = {c["name"]: c for c in data["compared"]}
    assert list(by_name) == ["Delta in", "Important first", "Same"]  # by name
    first = by_name["Important first"]
    assert "Important 5 (the workshop's: 1)" in first["text"]
    assert [t["name"] for t in first["totals"]] == ["Core", "Important first"]
    assert first["differences"] == [
        {"title": "Bravo", "in_chosen": True, "in_this": False},
        {"title": "Alpha", "in_chosen": False, "in_this": True},
    ]
    delta = by_name["Delta in"]
    assert "Marked must-fund in this scenario: Delta." in delta["text"]
    assert delta["totals"][1]["no_cost"] == "1 without a cost"
    assert by_name["Same"]["same"] and by_name["Same"]["differences"] == []
    assert "the same proposals as “Core”" in by_name["Same"]["text"]

    text = _packet_text(services, small.id)
    for shown in ("Scenario: Core", "Appendix D: Scenarios compared", "Important first"):
        assert shown in text
    assert "Not printed" not in text


def test_a_scenario_refused_on_the_round_prints_why(services: Services, small, tmp_path):
    number, _ids = _reveal(services, small)
    services.save_scenario(small.id, "Money", ScenarioSpec(rule="budget", packet="chosen"))
    services.save_scenario(small.id, "Top", ScenarioSpec(top=2, packet="compared"))
    data = scenarios_data(services, small.id, number)
    assert data is not None
    assert "budget" in data["chosen"]["refused"]
    assert data["chosen"]["totals"] is None
    [top] = data["compared"]
    assert top["refused"] == "" and top["differences"] == []
    assert "cannot be worked out" in data["words"]["appendix_d_text"]
    assert "Appendix D" in _packet_text(services, small.id)


def test_compared_ones_without_a_chosen_one(services: Services, small):
    number, _ids = _reveal(services, small)
    services.save_scenario(small.id, "Top", ScenarioSpec(top=2, packet="compared"))
    data = scenarios_data(services, small.id, number)
    assert data is not None and data["chosen"] is None
    assert "No scenario is chosen" in data["words"]["appendix_d_text"]
    assert data["compared"][0]["totals"][0]["count"] == "2 proposals"
