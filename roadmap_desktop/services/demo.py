"""The demo workshop: a San José-style cabinet session with one revealed round of scores.

The workshop, people and proposals come from resources/demo/demo_workshop.json; the scores
are drawn from each proposal's profile with a fixed seed, so every demo is the same.
"""

import json
import random
from pathlib import Path
from typing import Any

from roadmap_desktop.bundled import resource
from roadmap_desktop.services import ScoreEntry, Services
from roadmap_desktop.services.specs import (
    CategorySpec,
    CriterionSpec,
    DomainSpec,
    LaneSpec,
    ParticipantSpec,
    ProposalSpec,
    WorkshopSpec,
)
from roadmap_desktop.store import open_store

SEED = 2016  # the year the Smart City Vision was adopted
MISSED_SHARE = 0.04  # directors who step out of the room for an item


def load_demo() -> dict[str, Any]:
    with resource("demo", "demo_workshop.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def demo_spec(data: dict[str, Any]) -> WorkshopSpec:
    ws = data["workshop"]
    return WorkshopSpec(
        name=ws["name"],
        description=ws.get("description", ""),
        date=ws.get("date", ""),
        discuss_threshold=0.9,
        domains=tuple(
            DomainSpec(d["name"], d["color"], d.get("short_name", "")) for d in data["domains"]
        ),
        categories=tuple(
            CategorySpec(c["name"], c.get("quota"), c.get("short_name", ""))
            for c in data["categories"]
        ),
        criteria=tuple(
            CriterionSpec(c["name"], c["question"], c["weight"], c["scale_min"], c["scale_max"])
            for c in data["criteria"]
        ),
        lanes=tuple(LaneSpec(x["name"], x.get("kind", ""), x.get("limit")) for x in data["lanes"]),
        participants=tuple(
            ParticipantSpec(p["name"], p["role"], p.get("department", ""))
            for p in data["participants"]
        ),
    )


def _draw(
    rng: random.Random, mean: float, bias: float, divided: bool, side: int, lo: int, hi: int
) -> int:
    centre = mean + bias
    if divided:
        # A divided room: half the directors love it, half doubt it.
        centre += 1.4 if side else -1.4
    return max(lo, min(hi, round(rng.gauss(centre, 0.6))))


def build_demo(services: Services) -> int:
    """Creates the demo workshop in the open store; returns its id."""
    data = load_demo()
    workshop_id = services.create_workshop(demo_spec(data)).subject
    assert workshop_id is not None
    created = services.add_proposals(
        workshop_id,
        [
            ProposalSpec(
                title=p["title"],
                summary=p["summary"],
                department=p["department"],
                domain=p["domain"],
                category=p["category"],
                cost=p.get("cost"),
                timeframe=p.get("timeframe", ""),
                lane=p.get("lane"),
            )
            for p in data["proposals"]
        ],
    )
    info = services.workshop(workshop_id)
    rng = random.Random(SEED)
    scorers = [p for p in info.participants if p.role != "observer"]
    bias = {p.id: rng.uniform(-0.35, 0.35) for p in scorers}
    entries = []
    for proposal_id, proposal in zip(created.proposals, data["proposals"], strict=True):
        profile = proposal["profile"]
        for i, person in enumerate(scorers):
            if rng.random() < MISSED_SHARE:
                continue
            for criterion in info.criteria:
                mean = profile[criterion.name.casefold()]
                value = _draw(
                    rng,
                    mean,
                    bias[person.id],
                    profile["divided"],
                    i % 2,
                    criterion.scale_min,
                    criterion.scale_max,
                )
                entries.append(ScoreEntry(person.id, proposal_id, criterion.id, value))
    services.import_scores(workshop_id, entries, round_number=1, reveal=True, source="demo")
    return workshop_id


def write_demo_store(path: Path) -> str:
    """Writes a new store holding only the demo workshop to path (replacing any file there);
    returns the workshop's name."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    store = open_store(path)
    try:
        services = Services(store)
        return services.workshop(build_demo(services)).name
    finally:
        store.close()
