"""A killed process loses nothing it acknowledged, and leaves a sound database file.

A child process calls move_proposal and record_score in a loop and prints one line per call
after the call returns. The parent reads acknowledgements, kills the child with SIGKILL while
it is still writing, then checks that every acknowledged call is in the store, in order.
"""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

import roadmap_desktop
from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.store import open_store
from tests.services.helpers import events, lane_order, make_small

ACKS_BEFORE_KILL = 150
# The child stops by itself after this many calls. Its acknowledgements (~50 bytes each)
# overflow a 64 KiB pipe, so it cannot finish before the parent has read them.
CALLS = 3000

CHILD = """
import json, random, sys

from roadmap_desktop.services import Services
from roadmap_desktop.store import open_store

setup = json.loads(sys.argv[2])
store = open_store(sys.argv[1])
services = Services(store)
rng = random.Random(setup["seed"])
lanes, proposals = setup["lanes"], setup["proposals"]
for n in range(setup["calls"]):
    if n % 2:
        proposal, lane = rng.choice(proposals), rng.choice(lanes)
        index = rng.randint(0, 12)
        change = services.move_proposal(proposal, lane, index)
        ack = ["move", proposal, lane, change.detail["to"][0]["key"], index]
    else:
        key = [rng.choice(setup["people"]), rng.choice(proposals), rng.choice(setup["criteria"])]
        value = rng.randint(1, 5)
        services.record_score(setup["round"], *key, value)
        ack = ["score", *key, value]
    print(json.dumps({"call": n, "did": ack}), flush=True)
store.close()
print("done", flush=True)
"""


def _ack(line: str, expected_call: int) -> list:
    ack = json.loads(line)
    assert ack["call"] == expected_call
    return ack["did"]


def _as_ack(event: tuple) -> list:
    """An audit event written as the child would acknowledge it (a move without the index
    it asked for: the log keeps where the card went, its lane and key)."""
    _id, kind, _workshop, payload = event
    if kind == "proposal.moved":
        [to] = payload["to"]
        assert payload["proposals"] == [to["id"]]
        return ["move", to["id"], to["lane"], to["key"]]
    assert kind == "score.recorded", kind
    return ["score", payload["participant"], payload["subject"], payload["criterion"]]


def _logged(ack: list) -> list:
    """An acknowledgement as the log keeps it: a move without its asked-for index, a score
    without its value (the log never holds one; the score table does)."""
    return ack[:4]


def _replay(start: dict[int, list[int]], done: list[list]) -> tuple[dict, dict]:
    """The board and scores that the calls in `done` should leave, from the board `start`;
    a move is ["move", proposal, lane, key, index] (index: among the lane's other cards,
    clamped, as move_proposal takes it)."""
    board = {lane: list(cards) for lane, cards in start.items()}
    scores: dict[tuple[int, int, int], int] = {}
    for call in done:
        if call[0] == "move":
            _, proposal, lane, _key, index = call
            for cards in board.values():
                if proposal in cards:
                    cards.remove(proposal)
            board[lane].insert(index, proposal)
        else:
            _, person, proposal, criterion, value = call
            scores[(person, proposal, criterion)] = value
    return board, scores


def _read_then_kill(child: subprocess.Popen, errors: Path) -> list[list]:
    """Reads acknowledgements until ACKS_BEFORE_KILL, kills the child mid-stream, then reads
    the lines it had already written: those were acknowledged too."""
    assert child.stdout is not None
    acked: list[list] = []
    while len(acked) < ACKS_BEFORE_KILL:
        line = child.stdout.readline()
        assert line, "the child stopped early: " + errors.read_text()
        acked.append(_ack(line, len(acked)))
    child.send_signal(signal.SIGKILL)
    for line in child.stdout:
        assert line != "done\n", "the child finished before the kill"
        if line.endswith("\n"):  # a torn last line was never acknowledged
            acked.append(_ack(line, len(acked)))
    return acked


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_killed_process_loses_no_acknowledged_call(tmp_path):
    path = tmp_path / "crash.sqlite"
    store = open_store(path)
    services = Services(store)
    small = make_small(services)
    extra = services.add_proposals(small.id, [ProposalSpec(f"P{i}") for i in range(7)])
    round_id = services.open_round(small.id).subject
    start_board = lane_order(services, small.id)
    first_new_event = len(events(store))
    store.close()

    setup = {
        "seed": 11,
        "calls": CALLS,
        "round": round_id,
        "lanes": list(small.lanes.values()),
        "proposals": [*small.proposals, *extra.proposals],
        "people": [small.people["Ana"], small.people["Bao"], small.people["Fran"]],
        "criteria": list(small.criteria.values()),
    }
    root = Path(roadmap_desktop.__file__).resolve().parent.parent
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
    }
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    with (tmp_path / "child.err").open("w") as err:
        child = subprocess.Popen(
            [sys.executable, str(script), str(path), json.dumps(setup)],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            env=env,
        )
    try:
        acked = _read_then_kill(child, tmp_path / "child.err")
    finally:
        if child.poll() is None:  # a failed assertion above: do not leave the child running
            child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    reopened = open_store(path)
    try:
        assert reopened.integrity_check() == "ok"
        logged = events(reopened)[first_new_event:]
        done = [_as_ack(e) for e in logged]
        # Every acknowledged call is in the log, in order; at most the one in flight is extra.
        assert done[: len(acked)] == [_logged(a) for a in acked]
        assert len(done) - len(acked) in (0, 1)

        fresh = Services(reopened)
        with reopened.engine.connect() as conn:
            stored = {
                (p, q, c): v
                for p, q, c, v in conn.execute(
                    text(
                        "SELECT participant_id, proposal_id, criterion_id, value FROM score "
                        "WHERE round_id = :r"
                    ),
                    {"r": round_id},
                )
            }
        calls = list(acked)
        if len(done) > len(acked):  # the call in flight, committed but not acknowledged
            extra = done[-1]
            if extra[0] == "move":  # where it went among the cards that stayed
                final = lane_order(fresh, small.id)
                extra = [*extra, final[extra[2]].index(extra[1])]
            else:  # its value is its cell's: no acknowledged call wrote the cell after it
                extra = [*extra, stored[tuple(extra[1:4])]]
            calls.append(extra)
        board, scores = _replay(start_board, calls)
        assert start_board != board
        assert lane_order(fresh, small.id) == board
        assert stored == scores
    finally:
        reopened.close()
