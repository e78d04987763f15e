"""Small builders shared by the service, importing, export and CLI tests (no Qt, no fixtures)."""

import json
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from sqlalchemy import text

from roadmap_desktop.services import Change, ScoreEntry, Services
from roadmap_desktop.services.specs import (
    CategorySpec,
    CriterionSpec,
    DomainSpec,
    LaneSpec,
    ParticipantSpec,
    ProposalSpec,
    WorkshopSpec,
)
from roadmap_desktop.store import Store


@dataclass(frozen=True)
class Small:
    """A small workshop with known ids: lanes, proposals (all in Inbox), people and criteria.

    Criteria: Important (weight 1, 1–5), Core (weight 2, 1–5), Achievable (weight 1, 0–10).
    People: two directors, a facilitator and an observer.
    """

    id: int
    lanes: dict[str, int]
    proposals: tuple[int, ...]
    people: dict[str, int]
    criteria: dict[str, int]


SMALL_PEOPLE = (
    ("Ana", "director"),
    ("Bao", "director"),
    ("Fran", "facilitator"),
    ("Olga", "observer"),
)
SMALL_TITLES = ("Alpha", "Bravo", "Charlie", "Delta", "Echo")


def small_spec(name: str = "Small workshop", **settings: object) -> WorkshopSpec:
    base: dict[str, object] = {
        "domains": (DomainSpec("Safe"), DomainSpec("Inclusive")),
        "categories": (CategorySpec("Pilot", 2), CategorySpec("Scale", 1)),
        "criteria": (
            CriterionSpec("Important", weight=1),
            CriterionSpec("Core", weight=2),
            CriterionSpec("Achievable", weight=1, scale_min=0, scale_max=10),
        ),
        "lanes": (
            LaneSpec("Inbox", "inbox"),
            LaneSpec("Shortlist", "shortlist"),
            LaneSpec("Roadmap", "roadmap", 3),
        ),
        "participants": tuple(ParticipantSpec(n, r) for n, r in SMALL_PEOPLE),
    }
    base.update(settings)
    return WorkshopSpec(name=name, **base)  # type: ignore[arg-type]


def make_small(
    services: Services,
    name: str = "Small workshop",
    titles: tuple[str, ...] = SMALL_TITLES,
    **settings: object,
) -> Small:
    workshop_id = services.create_workshop(small_spec(name, **settings)).subject
    assert workshop_id is not None
    created = services.add_proposals(
        workshop_id,
        [
            ProposalSpec(t, domain="Safe", category="Pilot" if i % 2 else "Scale")
            for i, t in enumerate(titles)
        ],
    )
    info = services.workshop(workshop_id)
    return Small(
        id=workshop_id,
        lanes={lane.name: lane.id for lane in info.lanes},
        proposals=created.proposals,
        people={p.name: p.id for p in info.participants},
        criteria={c.name: c.id for c in info.criteria},
    )


def events(store: Store) -> list[tuple[int, str, int | None, dict]]:
    """The audit log as (id, kind, workshop_id, payload) in order."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, kind, workshop_id, payload FROM event ORDER BY id")
        ).all()
    return [(r[0], r[1], r[2], json.loads(r[3])) for r in rows]


def event_count(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM event")).scalar_one()


def table_rows(store: Store, table: str) -> list[tuple]:
    """Every row of a table, ordered by id (by its first two columns when it has no id), for
    before/after comparisons."""
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")).all()]


def snapshot(store: Store) -> dict[str, list[tuple]]:
    """The whole store's content (except time stamps that do not change), for 'nothing changed'."""
    return {
        t: table_rows(store, t)
        for t in (
            "workshop",
            "lane",
            "domain",
            "category",
            "proposal",
            "participant",
            "criterion",
            "round",
            "round_proposal",
            "score",
            "dot_vote",
        )
    } | {"event": [e[:3] for e in events(store)]}


def content(store: Store) -> dict[str, list[tuple]]:
    """The snapshot without the audit log: what a change and its undo must leave equal."""
    tables = snapshot(store)
    del tables["event"]
    return tables


def one_event(services: Services, call: Callable[[], Change]) -> Change:
    """Runs a call; checks it logged exactly one event, told a listener once (the change
    without its sealed values) and logged the change's whole payload (sealed values too)."""
    heard: list[Change] = []
    unsubscribe = services.subscribe(heard.append)
    before = event_count(store := services.store)
    try:
        change = call()
    finally:
        unsubscribe()
    assert event_count(store) == before + 1
    assert heard == [change.public()]
    assert heard[0].sealed == {}
    logged = events(store)[-1]
    assert change.event_id == logged[0]
    assert logged[1] == change.kind
    assert logged[3] == json.loads(json.dumps(change.payload(), default=str))
    return change


def file_snapshot(path: Path) -> dict[str, list[tuple]]:
    """The content of a store file read with plain sqlite3 (no engine left open)."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall()) for n in names}
    finally:
        conn.close()


def lane_order(services: Services, workshop_id: int) -> dict[int, list[int]]:
    """Lane id → proposal ids in board order; asserts each lane's keys strictly increase."""
    board = services.board(workshop_id)
    out: dict[int, list[int]] = {}
    for lane in board.lanes:
        cards = board.cards[lane.id]
        keys = [c.key for c in cards]
        assert all(a < b for a, b in pairwise(keys)), (lane.name, cards)
        out[lane.id] = [c.id for c in cards]
    return out


def reveal_a_dot_round(services: Services, workshop_id: int) -> int:
    """A dot round over the workshop, revealed: three directors' single dots on its two
    best-ranked proposals (two on the first, one on the second). Returns the round's id."""
    info = services.workshop(workshop_id)
    round_id = services.open_round(workshop_id, method="dots", dots=3).subject
    assert round_id is not None
    first, second = [r.proposal_id for r in services.results(workshop_id).rows[:2]]
    for person, proposal in zip(info.voters[:3], (first, first, second), strict=True):
        services.record_dots(round_id, person.id, proposal, 1)
    services.close_round(round_id)
    services.reveal_round(round_id)
    return round_id


# Two directors' (Important, Core) scores on Alpha…Delta of a Small workshop (Important weighs
# 1, Core 2): Bravo 3.67, Charlie 3, Alpha 2.33, Delta 2; Echo is unscored. Alpha climbs when
# Important weighs more. Bravo and Delta are Pilot (quota 2), the rest Scale (quota 1).
TWO_CRITERIA_VOTES = {
    "Alpha": ((5, 1), (5, 1)),
    "Bravo": ((1, 5), (1, 5)),
    "Charlie": ((3, 3), (3, 3)),
    "Delta": ((2, 2), (2, 2)),
}


def reveal_two_criteria(
    services: Services, small: Small, costs: Mapping[str, float] | None = None
) -> dict[str, int]:
    """Reveals round 1 with TWO_CRITERIA_VOTES (and sets the given costs by title); returns
    title → proposal id."""
    ids = dict(zip(SMALL_TITLES, small.proposals, strict=True))
    entries = [
        ScoreEntry(small.people[person], ids[title], small.criteria[name], value)
        for title, pair in TWO_CRITERIA_VOTES.items()
        for person, values in zip(("Ana", "Bao"), pair, strict=True)
        for name, value in zip(("Important", "Core"), values, strict=True)
    ]
    services.import_scores(small.id, entries, reveal=True)
    for title, cost in (costs or {}).items():
        services.update_proposal(ids[title], cost=cost)
    return ids
