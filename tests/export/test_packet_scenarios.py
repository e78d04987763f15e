"""The packet's scenarios: the chosen one after the roadmap and the compared ones in Appendix D
(export/packet_scenarios.scenarios_data), and the template's two blocks compiled with that
data."""

import json
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from roadmap_desktop.export.packet_scenarios import scenarios_data
from roadmap_desktop.export.typst_render import fonts_dir
from roadmap_desktop.services import ScoreEntry, Services
from roadmap_desktop.services.scenarios import ScenarioSpec

TITLES = ("Alpha", "Bravo", "Charlie", "Delta", "Echo")
# Bravo 3.67, Charlie 3, Alpha 2.33, Delta 2 (as tests/services/test_scenarios.py).
VOTES = {
    "Alpha": ((5, 1), (5, 1)),
    "Bravo": ((1, 5), (1, 5)),
    "Charlie": ((3, 3), (3, 3)),
    "Delta": ((2, 2), (2, 2)),
}
COSTS = {"Alpha": 50_000, "Bravo": 60_000, "Charlie": 40_000}

# The blocks for resources/templates/packet.typ (after the roadmap's budget, and after
# Appendix C), with the few definitions of the template's own they use.
PREAMBLE = """
#let data = json(bytes(sys.inputs.data))
#let w = data.words
#set text(font: ("DejaVu Sans",), size: 11pt)
#set heading(numbering: none)
#let txt(value) = if value == none { [] } else { [#value] }
#let small(body) = text(size: 9pt, body)
#let notice(message) = block(width: 100%, inset: 8pt, text(weight: "bold", txt(message)))
"""
CHOSEN_BLOCK = """
#if data.scenarios != none and data.scenarios.chosen != none [
  #let sc = data.scenarios.chosen
  #let sw = data.scenarios.words
  == #txt(sc.heading)
  #if sc.refused != "" { notice(sc.refused) } else [
    #txt(sc.text)

    #block(breakable: false, table(
      columns: (1fr, auto, auto, auto),
      align: (left, right, right, right),
      table.header(
        repeat: true, txt(sw.scenario), txt(w.projects), txt(w.cost), txt(w.total_score),
      ),
      txt(sc.totals.name),
      txt(sc.totals.count),
      [#txt(sc.totals.cost)#if sc.totals.no_cost != "" [ \\ #small(txt(sc.totals.no_cost))]],
      txt(sc.totals.score),
    ))
    #if sc.selected.len() == 0 { txt(sw.none_selected) } else {
      heading(level: 3, outlined: false, txt(sw.selected))
      set text(size: 9pt)
      table(
        columns: (auto, 1fr, auto, auto),
        align: (right, left, right, right),
        table.header(repeat: true, txt(w.rank), txt(w.proposal), txt(w.cost), txt(w.score)),
        ..sc.selected.map(r => (txt(r.rank), txt(r.title), txt(r.cost), txt(r.score))).flatten(),
      )
    }
  ]
]
"""
APPENDIX_BLOCK = """
#if data.scenarios != none and data.scenarios.compared.len() > 0 [
  #let sw = data.scenarios.words
  #pagebreak(weak: true)
  = #txt(sw.appendix_d)

  #txt(sw.appendix_d_text)

  #for sc in data.scenarios.compared [
    == #txt(sc.name)
    #if sc.refused != "" { notice(sc.refused) } else [
      #txt(sc.text)

      #block(breakable: false, table(
        columns: (1fr, auto, auto, auto),
        align: (left, right, right, right),
        table.header(
          repeat: true, txt(sw.scenario), txt(w.projects), txt(w.cost), txt(w.total_score),
        ),
        ..sc.totals.map(t => (
          txt(t.name),
          txt(t.count),
          [#txt(t.cost)#if t.no_cost != "" [ \\ #small(txt(t.no_cost))]],
          txt(t.score),
        )).flatten(),
      ))
      #if sc.differences.len() > 0 {
        heading(level: 3, outlined: false, txt(sw.differences))
        set text(size: 9pt)
        table(
          columns: (1fr, auto, auto),
          align: (left, center, center),
          table.header(
            repeat: true, txt(w.proposal), txt(data.scenarios.chosen_name), txt(sc.name),
          ),
          ..sc.differences.map(d => (
            txt(d.title),
            if d.in_chosen { txt(w.yes) } else { [] },
            if d.in_this { txt(w.yes) } else { [] },
          )).flatten(),
        )
      }
    ]
  ]
]
"""
WORDS = {
    "projects": "Projects",
    "cost": "Cost",
    "total_score": "Total score",
    "rank": "Rank",
    "proposal": "Proposal",
    "score": "Score",
    "yes": "yes",
}


def _reveal(services: Services, small) -> tuple[int, dict[str, int]]:
    ids = dict(zip(TITLES, small.proposals, strict=True))
    entries = [
        ScoreEntry(small.people[person], ids[title], small.criteria[name], value)
        for title, pair in VOTES.items()
        for person, values in zip(("Ana", "Bao"), pair, strict=True)
        for name, value in zip(("Important", "Core"), values, strict=True)
    ]
    services.import_scores(small.id, entries, reveal=True)
    for title, cost in COSTS.items():
        services.update_proposal(ids[title], cost=cost)
    return services.results(small.id).round.number, ids


def _pdf_text(data: dict, tmp_path: Path) -> str:
    import typst

    main = tmp_path / "scenarios.typ"
    main.write_text(PREAMBLE + CHOSEN_BLOCK + APPENDIX_BLOCK, encoding="utf-8")
    pdf = typst.compile(
        main,
        root=tmp_path,
        font_paths=[fonts_dir()],
        ignore_system_fonts=True,
        sys_inputs={"data": json.dumps({"words": WORDS, "scenarios": data})},
    )
    assert isinstance(pdf, bytes)
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

    text = _pdf_text(data, tmp_path)
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
    assert "Appendix D" in _pdf_text(data, tmp_path)


def test_compared_ones_without_a_chosen_one(services: Services, small):
    number, _ids = _reveal(services, small)
    services.save_scenario(small.id, "Top", ScenarioSpec(top=2, packet="compared"))
    data = scenarios_data(services, small.id, number)
    assert data is not None and data["chosen"] is None
    assert "No scenario is chosen" in data["words"]["appendix_d_text"]
    assert data["compared"][0]["totals"][0]["count"] == "2 proposals"
