"""Rebuilds a workshop's state from its audit log alone, to compare with the tables.

The log holds no score or dot values (they stay in their tables until a reveal), so the
replay rebuilds what the log can say: the lane of each proposal, each round's status, which
(round, proposal, participant, criterion) scores and which (round, proposal, participant)
dots exist, and the workshop settings the log has seen changed. `from_tables` reads the
same from the tables; `differences` says, in sentences, where the two disagree.

An event whose effect on that state the log cannot tell (a batch of scores set or imported,
a lane removed with its cards, a deleted proposal brought back) raises ReplayGap naming it:
a replay that guessed would prove nothing.
"""

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

ScoreCell = tuple[int, int, int, int]  # round, proposal, participant, criterion
DotCell = tuple[int, int, int]  # round, proposal, participant
SETTINGS = ("aggregation", "discuss_threshold", "count_facilitator_scores", "vote_record")

# Kinds that change nothing the replay follows.
_NEUTRAL = frozenset(
    {
        "workshop.created",
        "lane.added",
        "lane.renamed",
        "lane.limit_changed",
        "lane.recoloured",
        "lane.moved",
        "lane.restored",
        "proposal.updated",
        "proposals.archived",
        "proposals.restored",
        "criterion.added",
        "criterion.updated",
        "criterion.moved",
        "participant.added",
        "participant.updated",
        "participant.moved",
        "round.timer",
        "ballots.issued",
        "ballot.reissued",
        "ballot.device_bound",
        "ballot.device_released",
    }
)


class ReplayGap(Exception):
    """The log holds an event whose effect on the replayed state it does not say."""


@dataclass
class State:
    """What the replay rebuilds (and from_tables reads)."""

    lanes: dict[int, int] = field(default_factory=dict)  # proposal → lane
    rounds: dict[int, str] = field(default_factory=dict)  # round → status
    scores: set[ScoreCell] = field(default_factory=set)
    dots: set[DotCell] = field(default_factory=set)
    settings: dict[int, dict[str, Any]] = field(default_factory=dict)  # workshop → seen


def _only(ids: Iterable[int], what: str, event_id: int) -> int:
    found = list(ids)
    if len(found) != 1:
        raise ReplayGap(f"event {event_id} names {len(found)} {what}, not one")
    return int(found[0])


def _place(state: State, places: Iterable[dict[str, Any]]) -> None:
    for place in places:
        state.lanes[int(place["id"])] = int(place["lane"])


def _created(state: State, event_id: int, created: list[int], lanes: list[int]) -> None:
    if not created:
        return
    # The log lists the lanes the new cards went into; with one lane, that is each card's.
    lane = _only(lanes, "lanes for its new proposals", event_id)
    for proposal in created:
        state.lanes[int(proposal)] = lane


def apply(state: State, event_id: int, kind: str, workshop_id: int | None, body: dict) -> None:
    """Applies one event to the state."""
    rounds = [int(r) for r in body.get("rounds", ())]
    subject = body.get("subject")
    if kind in _NEUTRAL:
        return
    if kind in ("proposal.created", "proposals.created"):
        _created(state, event_id, [int(p) for p in body.get("proposals", ())], body["lanes"])
    elif kind == "proposals.imported":
        if body.get("updated"):
            raise ReplayGap(f"event {event_id} updates proposals the replay does not follow")
        _created(state, event_id, [int(p) for p in body.get("created", ())], body["lanes"])
    elif kind in ("proposal.moved", "proposals.moved", "proposals.placed"):
        _place(state, body["to"])
    elif kind == "proposals.deleted":
        gone = {int(p) for p in body.get("proposals", ())}
        for proposal in gone:
            state.lanes.pop(proposal, None)
        state.scores = {c for c in state.scores if c[1] not in gone}
        state.dots = {c for c in state.dots if c[1] not in gone}
    elif kind == "round.opened":
        state.rounds[int(subject)] = "open"
    elif kind in ("round.closed", "round.reopened", "round.revealed"):
        state.rounds[_only(rounds, "rounds", event_id)] = {
            "round.closed": "closed",
            "round.reopened": "open",
            "round.revealed": "revealed",
        }[kind]
    elif kind == "round.discarded":
        gone_round = _only(rounds, "rounds", event_id)
        state.rounds.pop(gone_round, None)
        state.scores = {c for c in state.scores if c[0] != gone_round}
        state.dots = {c for c in state.dots if c[0] != gone_round}
    elif kind in ("score.recorded", "score.cleared"):
        cell = (
            _only(rounds, "rounds", event_id),
            int(subject),
            int(body["participant"]),
            int(body["criterion"]),
        )
        if kind == "score.recorded":
            state.scores.add(cell)
        else:
            state.scores.discard(cell)
    elif kind == "dots.recorded":
        # Dots taken back to 0 leave no row; the log does not say so without the value, so
        # the campaigns never take dots back (a dots event means the row exists).
        state.dots.add((_only(rounds, "rounds", event_id), int(subject), int(body["participant"])))
    elif kind == "workshop.settings":
        assert workshop_id is not None
        state.settings.setdefault(workshop_id, {}).update(
            {k: v for k, v in body.get("new", {}).items() if k in SETTINGS}
        )
    else:
        raise ReplayGap(f"event {event_id} ({kind}) changes what the log alone cannot say")


def replay(conn: sqlite3.Connection) -> State:
    """The state the store's audit log describes, event by event in id order."""
    state = State()
    for event_id, kind, workshop_id, payload in conn.execute(
        "SELECT id, kind, workshop_id, payload FROM event ORDER BY id"
    ):
        apply(state, event_id, kind, workshop_id, json.loads(payload))
    return state


def from_tables(conn: sqlite3.Connection, settings_seen: State | None = None) -> State:
    """The same state read from the tables; settings only those the replay has seen."""
    state = State(
        lanes=dict(conn.execute("SELECT id, lane_id FROM proposal")),
        rounds=dict(conn.execute("SELECT id, status FROM round")),
        scores={
            tuple(r)  # type: ignore[misc]
            for r in conn.execute(
                "SELECT round_id, proposal_id, participant_id, criterion_id FROM score"
            )
        },
        dots={
            tuple(r)  # type: ignore[misc]
            for r in conn.execute("SELECT round_id, proposal_id, participant_id FROM dot_vote")
        },
    )
    for workshop_id, seen in (settings_seen.settings if settings_seen else {}).items():
        row = conn.execute(
            f"SELECT {', '.join(seen)} FROM workshop WHERE id = ?", (workshop_id,)
        ).fetchone()
        state.settings[workshop_id] = dict(zip(seen, row or (), strict=False))
    return state


def differences(logged: State, stored: State) -> list[str]:
    """Sentences naming each place where the log and the tables disagree."""
    out: list[str] = []
    for proposal in sorted(logged.lanes.keys() | stored.lanes.keys()):
        a, b = logged.lanes.get(proposal), stored.lanes.get(proposal)
        if a != b:
            out.append(f"proposal {proposal}: the log puts it in lane {a}, the table in {b}")
    for r in sorted(logged.rounds.keys() | stored.rounds.keys()):
        a_status, b_status = logged.rounds.get(r), stored.rounds.get(r)
        if a_status != b_status:
            out.append(f"round {r}: the log says {a_status}, the table {b_status}")
    for cell in sorted(logged.scores ^ stored.scores):
        where = "only the log" if cell in logged.scores else "only the table"
        out.append(f"score {cell} is in {where}")
    for dot in sorted(logged.dots ^ stored.dots):
        where = "only the log" if dot in logged.dots else "only the table"
        out.append(f"dots {dot} are in {where}")
    for workshop_id, seen in logged.settings.items():
        for key, value in seen.items():
            held = stored.settings.get(workshop_id, {}).get(key)
            if held != value:
                out.append(f"workshop {workshop_id}: the log says {key}={value!r}, table {held!r}")
    return out


def check(conn: sqlite3.Connection) -> list[str]:
    """Replays the log and compares it with the tables: [] when they agree."""
    logged = replay(conn)
    return differences(logged, from_tables(conn, logged))
