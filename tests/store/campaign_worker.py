"""The scripted workshop of the fault campaigns, and the child process that plays it.

`plan(seed, count)` is the whole script: moves, scores, cleared scores, dots, rounds opened,
closed, reopened, discarded and revealed, imports of a few proposals and settings changes,
each valid after the ones before it. Everything it names is an index (the k-th proposal by
id, the j-th lane, …), so the script is the same whoever plays it, and `Tracker` turns an
index into the store's ids.

Run as a program (`python -m tests.store.campaign_worker STORE SETUP.json`), it opens the
store, counts the campaign's events past the setup's last one — the operations the store
already holds — and goes on from there, printing one JSON line per operation once the
service call has returned (flushed: the line is the acknowledgement). It stops at the end
of the script with the line "done". The parent (tests/store/campaign.py) kills it
whenever it likes and starts it again on the same store.

`perform(services, tracker, op)` plays one operation; a test that plays the script in its
own process (test_disk_full.py) calls it directly.
"""

import json
import random
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import (
    CriterionSpec,
    LaneSpec,
    ParticipantSpec,
    ProposalSpec,
    WorkshopSpec,
)
from roadmap_desktop.store import Store, open_store

LANES = ("Inbox", "Shortlist", "Roadmap", "Parked")
DIRECTORS = 6
CRITERIA = 3
PROPOSALS = 24  # at the start; each import adds IMPORTED more
IMPORTED = 3
IMPORTS_AT = (0.3, 0.7)  # where in the script the imports come, as shares of its length
DOTS = 4  # a dot round gives each director this many
# The event kinds the script's operations write, one per operation: counting them past the
# setup says how many operations the store holds.
KINDS = (
    "proposal.moved",
    "score.recorded",
    "score.cleared",
    "dots.recorded",
    "round.opened",
    "round.closed",
    "round.reopened",
    "round.revealed",
    "round.discarded",
    "proposals.imported",
    "workshop.settings",
)

Op = tuple[Any, ...]


@dataclass(frozen=True)
class Setup:
    """What the parent made before the script starts: the workshop and the audit log's last
    event id then (the script's operations are the campaign's events after it); backups:
    whether the player turns on the automatic backups, as the window does."""

    workshop_id: int
    base_event: int
    seed: int
    count: int
    backups: bool = False

    def dump(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Setup":
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def set_up(store: Store, *, seed: int, count: int, backups: bool = False) -> Setup:
    """Creates the campaign's workshop: four lanes, six directors, a facilitator and an
    observer, three criteria, and PROPOSALS proposals spread over the lanes, added one lane
    at a time (so the log says which lane each one is in)."""
    services = Services(store)
    spec = WorkshopSpec(
        name="Campaign workshop",
        lanes=tuple(LaneSpec(name) for name in LANES),
        criteria=tuple(CriterionSpec(f"Criterion {i + 1}") for i in range(CRITERIA)),
        participants=(
            *(ParticipantSpec(f"Director {i + 1}") for i in range(DIRECTORS)),
            ParticipantSpec("Facilitator", "facilitator"),
            ParticipantSpec("Observer", "observer"),
        ),
    )
    workshop_id = services.create_workshop(spec).subject
    assert workshop_id is not None
    for j, lane in enumerate(LANES):
        titles = [f"Proposal {i + 1}" for i in range(PROPOSALS) if i % len(LANES) == j]
        services.add_proposals(workshop_id, [ProposalSpec(t, lane=lane) for t in titles])
    with store.engine.connect() as conn:
        base = conn.execute(text("SELECT coalesce(max(id), 0) FROM event")).scalar_one()
    return Setup(
        workshop_id=workshop_id, base_event=int(base), seed=seed, count=count, backups=backups
    )


@dataclass
class _Round:
    method: str
    voted: bool = False
    scores: set[tuple[int, int, int]] = field(default_factory=set)
    dots: dict[tuple[int, int], int] = field(default_factory=dict)


def plan(seed: int, count: int) -> list[Op]:
    """The script: `count` operations, each valid after those before it."""
    rng = random.Random(seed)
    ops: list[Op] = []
    proposals = PROPOSALS
    imports = {round(count * share) for share in IMPORTS_AT}
    open_: _Round | None = None
    closed: _Round | None = None
    while len(ops) < count:
        n = len(ops)
        roll = rng.random()
        if n in imports:
            ops.append(("import", n))
            proposals += IMPORTED
        elif closed is not None:
            # A closed round is revealed soon, or now and then reopened (its votes kept).
            if roll < 0.15:
                if rng.random() < 0.2:
                    ops.append(("reopen",))
                    open_, closed = closed, None
                else:
                    ops.append(("reveal",))
                    closed = None
            else:
                ops.append(_move(rng, proposals))
        elif open_ is None:
            if roll < 0.05:
                method = "dots" if rng.random() < 0.3 else "score"
                ops.append(("open", method))
                open_ = _Round(method)
            elif roll < 0.07:
                ops.append(_settings(rng))
            else:
                ops.append(_move(rng, proposals))
        elif not open_.voted and roll < 0.05:
            ops.append(("discard",))
            open_ = None
        elif open_.voted and roll < 0.06:
            ops.append(("close",))
            open_, closed = None, open_
        elif roll < 0.35:
            ops.append(_move(rng, proposals))
        elif roll < 0.37:
            ops.append(_settings(rng))
        elif open_.method == "score":
            if open_.scores and roll < 0.5:
                cell = rng.choice(sorted(open_.scores))
                ops.append(("clear", *cell))
                open_.scores.discard(cell)
            else:
                cell = (rng.randrange(DIRECTORS), rng.randrange(proposals), rng.randrange(CRITERIA))
                ops.append(("score", *cell, rng.randint(1, 5)))
                open_.scores.add(cell)
                open_.voted = True
        else:
            person, item = rng.randrange(DIRECTORS), rng.randrange(proposals)
            given = sum(d for (p, _q), d in open_.dots.items() if p == person)
            room = DOTS - (given - open_.dots.get((person, item), 0))
            if room < 1:
                ops.append(_move(rng, proposals))
                continue
            dots = rng.randint(1, room)
            ops.append(("dots", person, item, dots))
            open_.dots[(person, item)] = dots
            open_.voted = True
    return ops


def _settings(rng: random.Random) -> Op:
    return ("settings", rng.choice(("mean", "median")), rng.choice((0.5, 1.0, 1.5)))


def _move(rng: random.Random, proposals: int) -> Op:
    return ("move", rng.randrange(proposals), rng.randrange(len(LANES)), rng.randint(0, 9))


@dataclass
class Tracker:
    """Turns the script's indexes into the store's ids, and follows which round is open or
    closed as the script goes; built from the store, so a restarted player picks up there."""

    workshop_id: int
    proposals: list[int]
    lanes: list[int]
    directors: list[int]
    criteria: list[int]
    open_round: int | None
    closed_round: int | None

    @classmethod
    def read(cls, store: Store, workshop_id: int) -> "Tracker":
        def ids(sql: str) -> list[int]:
            with store.engine.connect() as conn:
                return [int(r[0]) for r in conn.execute(text(sql), {"w": workshop_id})]

        def one(status: str) -> int | None:
            found = ids(f"SELECT id FROM round WHERE workshop_id = :w AND status = '{status}'")
            assert len(found) <= 1, f"the script never leaves two rounds {status}"
            return found[0] if found else None

        return cls(
            workshop_id=workshop_id,
            proposals=ids("SELECT id FROM proposal WHERE workshop_id = :w ORDER BY id"),
            lanes=ids("SELECT id FROM lane WHERE workshop_id = :w ORDER BY id"),
            directors=ids(
                "SELECT id FROM participant WHERE workshop_id = :w AND role = 'director' "
                "ORDER BY id"
            ),
            criteria=ids("SELECT id FROM criterion WHERE workshop_id = :w ORDER BY id"),
            open_round=one("open"),
            closed_round=one("closed"),
        )

    def resolve(self, op: Op) -> dict[str, Any]:
        """The ids an operation acts on (a round it creates is learnt after it runs)."""
        kind = op[0]
        if kind == "move":
            return {"proposal": self.proposals[op[1]], "lane": self.lanes[op[2]]}
        if kind in ("score", "clear"):
            return {
                "round": self.open_round,
                "participant": self.directors[op[1]],
                "proposal": self.proposals[op[2]],
                "criterion": self.criteria[op[3]],
            }
        if kind == "dots":
            return {
                "round": self.open_round,
                "participant": self.directors[op[1]],
                "proposal": self.proposals[op[2]],
            }
        if kind in ("close", "discard"):
            return {"round": self.open_round}
        if kind in ("reveal", "reopen"):
            return {"round": self.closed_round}
        return {}

    def learn(self, op: Op, ids: dict[str, Any]) -> None:
        """Follows the rounds and proposals an operation made or moved on."""
        kind = op[0]
        if kind == "open":
            self.open_round = ids["round"]
        elif kind == "close":
            self.open_round, self.closed_round = None, ids["round"]
        elif kind == "discard":
            self.open_round = None
        elif kind == "reveal":
            self.closed_round = None
        elif kind == "reopen":
            self.open_round, self.closed_round = ids["round"], None
        elif kind == "import":
            self.proposals.extend(ids["created"])


def perform(services: Services, tracker: Tracker, op: Op) -> dict[str, Any]:
    """Plays one operation through the services; returns its ids, as acknowledged."""
    ids = tracker.resolve(op)
    kind = op[0]
    if kind == "move":
        services.move_proposal(ids["proposal"], ids["lane"], op[3])
    elif kind == "score":
        keys = (ids["participant"], ids["proposal"], ids["criterion"])
        services.record_score(ids["round"], *keys, op[4])
        ids["value"] = op[4]
    elif kind == "clear":
        keys = (ids["participant"], ids["proposal"], ids["criterion"])
        services.clear_score(ids["round"], *keys)
    elif kind == "dots":
        services.record_dots(ids["round"], ids["participant"], ids["proposal"], op[3])
        ids["dots"] = op[3]
    elif kind == "open":
        dots = DOTS if op[1] == "dots" else None
        ids["round"] = services.open_round(tracker.workshop_id, method=op[1], dots=dots).subject
    elif kind == "close":
        services.close_round(ids["round"])
    elif kind == "reveal":
        services.reveal_round(ids["round"])
    elif kind == "reopen":
        services.reopen_round(ids["round"])
    elif kind == "discard":
        services.discard_round(ids["round"])
    elif kind == "import":
        change = services.import_proposals(
            tracker.workshop_id,
            add=[ProposalSpec(f"Imported {op[1]}.{i + 1}") for i in range(IMPORTED)],
            source=f"campaign import {op[1]}",
        )
        ids["created"] = [int(i) for i in change.detail["created"]]
    elif kind == "settings":
        services.update_workshop_settings(
            tracker.workshop_id, aggregation=op[1], discuss_threshold=float(op[2])
        )
        ids |= {"aggregation": op[1], "discuss_threshold": float(op[2])}
    else:
        raise AssertionError(f"unknown operation {kind}")
    tracker.learn(op, ids)
    return ids


def operations_done(store: Store, setup: Setup) -> int:
    """How many of the script's operations the store holds: one campaign event each."""
    marks = ", ".join(f"'{k}'" for k in KINDS)
    with store.engine.connect() as conn:
        return int(
            conn.execute(
                text(f"SELECT count(*) FROM event WHERE id > :base AND kind IN ({marks})"),
                {"base": setup.base_event},
            ).scalar_one()
        )


def run_ops(
    services: Services, setup: Setup, ops: Sequence[Op], start: int
) -> Iterator[tuple[int, Op, dict[str, Any]]]:
    """Plays ops[start:], yielding (number, operation, ids) after each call returns."""
    tracker = Tracker.read(services.store, setup.workshop_id)
    for n in range(start, len(ops)):
        yield n, ops[n], perform(services, tracker, ops[n])


def main(argv: Sequence[str], say: Callable[[str], None]) -> None:
    store = open_store(argv[0])
    try:
        setup = Setup.load(Path(argv[1]))
        services = Services(store)
        if setup.backups:
            services.start_backups()
        ops = plan(setup.seed, setup.count)
        for n, op, ids in run_ops(services, setup, ops, operations_done(store, setup)):
            say(json.dumps({"n": n, "op": list(op), "ids": ids}))
    finally:
        store.close()
    say("done")


def _say(line: str) -> None:
    print(line, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:], _say)
