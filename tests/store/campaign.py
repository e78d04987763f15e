"""The crash campaign's parent: plays the scripted workshop in a child, kills it, checks.

`run_campaign` sets up a store, starts tests/store/campaign_worker.py on it, reads its
acknowledgements, kills it with SIGKILL after a random (seeded) number of them, and starts it
again on the same store, `kills` times, then lets the last run finish the script. After
every run it checks the store (`verify_store`):

- every acknowledged operation is in it: the store holds at least as many operations as were
  acknowledged, and its tables hold exactly the state the operations it holds leave (each
  card in the lane it was last moved to, each score with its last value, each dot, each
  round's status, the settings last set) — an acknowledged operation that is missing is
  counted as lost;
- PRAGMA integrity_check is ok, open_store opens it and check_file finds nothing wrong;
- its audit log replays to the same state as its tables (tests/store/replay.py).

The test (test_crash_campaign.py) and the benchmark (bench/store_recovery.py) share it.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import Any

import roadmap_desktop
from roadmap_desktop.store import Store, open_store
from roadmap_desktop.store.backups import backup_folder, list_backups
from roadmap_desktop.store.checks import check_file
from tests.store import replay
from tests.store.campaign_worker import Op, Setup, Tracker, operations_done, plan, set_up

ROOT = Path(roadmap_desktop.__file__).resolve().parent.parent
# A run that neither acknowledges nor ends in this long has hung: it is killed and the
# campaign fails, instead of waiting for ever. Runs take seconds.
HUNG_S = 600


@dataclass
class Outcome:
    """What a campaign did and found.

    Attributes:
        kills: the runs killed with SIGKILL.
        runs: every run, the last (finished) one included.
        acknowledged: operations the children acknowledged.
        done: operations the store holds at the end.
        lost: acknowledged operations missing from the store (must be 0).
        problems: sentences for everything a check found wrong.
        seconds: the campaign's wall time.
        backups: the backups listed after the last run (automatic backups on).
    """

    kills: int = 0
    runs: int = 0
    acknowledged: int = 0
    done: int = 0
    lost: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    backups: int = 0


@dataclass
class Ledger:
    """The parent's record of the operations the store holds, with the ids each acted on
    (from the acknowledgement, or found in the store for one that committed unacknowledged)."""

    setup: Setup
    ops: Sequence[Op]
    tracker: Tracker
    start_lanes: dict[int, int]
    ids: list[dict[str, Any]] = field(default_factory=list)
    acknowledged: int = 0

    def acknowledge(self, ack: dict[str, Any], problems: list[str]) -> None:
        n = len(self.ids)
        if ack["n"] != n:
            problems.append(f"the child acknowledged operation {ack['n']} where {n} was next")
            return
        expected = self.tracker.resolve(self.ops[n])
        if any(ack["ids"].get(k) != v for k, v in expected.items()):
            problems.append(f"operation {n}: the child acted on {ack['ids']}, not {expected}")
        self.tracker.learn(self.ops[n], ack["ids"])
        self.ids.append(ack["ids"])
        self.acknowledged += 1

    def committed_unacknowledged(self, conn: sqlite3.Connection, n: int) -> None:
        """Records operation n, which the store holds but the child died before saying so."""
        op = self.ops[n]
        ids = self.tracker.resolve(op)
        if op[0] == "open":
            ids["round"] = conn.execute(
                "SELECT id FROM round WHERE workshop_id = ? AND status = 'open'",
                (self.setup.workshop_id,),
            ).fetchone()[0]
        elif op[0] == "import":
            known = set(self.tracker.proposals)
            ids["created"] = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM proposal WHERE workshop_id = ? ORDER BY id",
                    (self.setup.workshop_id,),
                )
                if r[0] not in known
            ]
        elif op[0] == "score":
            ids["value"] = op[4]
        elif op[0] == "dots":
            ids["dots"] = op[3]
        elif op[0] == "settings":
            ids |= {"aggregation": op[1], "discuss_threshold": float(op[2])}
        self.tracker.learn(op, ids)
        self.ids.append(ids)

    def expected(self) -> dict[str, Any]:
        """The state the operations held so far leave, folded from the setup's."""
        lanes = dict(self.start_lanes)
        scores: dict[tuple[int, int, int, int], int] = {}
        dots: dict[tuple[int, int, int], int] = {}
        rounds: dict[int, str] = {}
        settings: dict[str, Any] = {}
        for op, ids in zip(self.ops, self.ids, strict=False):
            kind = op[0]
            if kind == "move":
                lanes[ids["proposal"]] = ids["lane"]
            elif kind in ("score", "clear"):
                cell = (ids["round"], ids["proposal"], ids["participant"], ids["criterion"])
                if kind == "score":
                    scores[cell] = ids["value"]
                else:
                    scores.pop(cell, None)
            elif kind == "dots":
                dots[(ids["round"], ids["proposal"], ids["participant"])] = ids["dots"]
            elif kind in ("open", "reopen"):
                rounds[ids["round"]] = "open"
            elif kind == "close":
                rounds[ids["round"]] = "closed"
            elif kind == "reveal":
                rounds[ids["round"]] = "revealed"
            elif kind == "discard":
                rounds.pop(ids["round"], None)
            elif kind == "import":
                inbox = self.tracker.lanes[0]
                lanes |= dict.fromkeys(ids["created"], inbox)
            elif kind == "settings":
                settings = {k: ids[k] for k in ("aggregation", "discuss_threshold")}
        return {
            "lanes": lanes,
            "scores": scores,
            "dots": dots,
            "rounds": rounds,
            "settings": settings,
        }


def new_ledger(store: Store, setup: Setup) -> Ledger:
    """A ledger of no operations yet, over the store just set up."""
    with store.engine.connect() as conn:
        lanes = {
            int(r[0]): int(r[1]) for r in conn.exec_driver_sql("SELECT id, lane_id FROM proposal")
        }
    tracker = Tracker.read(store, setup.workshop_id)
    return Ledger(setup, plan(setup.seed, setup.count), tracker, lanes)


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def stored_state(conn: sqlite3.Connection, workshop_id: int) -> dict[str, Any]:
    w = (workshop_id,)
    return {
        "lanes": dict(conn.execute("SELECT id, lane_id FROM proposal WHERE workshop_id = ?", w)),
        "scores": {
            tuple(r[:4]): r[4]
            for r in conn.execute(
                "SELECT round_id, proposal_id, participant_id, criterion_id, value FROM score"
            )
        },
        "dots": {
            tuple(r[:3]): r[3]
            for r in conn.execute(
                "SELECT round_id, proposal_id, participant_id, dots FROM dot_vote"
            )
        },
        "rounds": dict(conn.execute("SELECT id, status FROM round WHERE workshop_id = ?", w)),
        "settings": dict(
            zip(
                ("aggregation", "discuss_threshold"),
                conn.execute(
                    "SELECT aggregation, discuss_threshold FROM workshop WHERE id = ?", w
                ).fetchone(),
                strict=True,
            )
        ),
    }


def missing(expected: dict[str, Any], stored: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for part in ("lanes", "scores", "dots", "rounds"):
        want, have = expected[part], stored[part]
        for key in sorted(want.keys() | have.keys(), key=str):
            if want.get(key) != have.get(key):
                out.append(
                    f"{part} {key}: the operations leave {want.get(key)!r}, the store "
                    f"holds {have.get(key)!r}"
                )
    for key, value in expected["settings"].items():
        if stored["settings"][key] != value:
            out.append(
                f"setting {key}: set to {value!r}, the store holds {stored['settings'][key]!r}"
            )
    return out


def verify_store(path: Path, ledger: Ledger, outcome: Outcome) -> None:
    """The checks after a run (module docstring); adds to outcome.problems and lost."""
    problems = outcome.problems
    store = open_store(path)  # the app opens it: a damaged store would be refused here
    try:
        if (verdict := store.integrity_check()) != "ok":
            problems.append(f"integrity_check says {verdict}")
        done = operations_done(store, ledger.setup)
    finally:
        store.close()
    problems.extend(f"check_file: {p}" for p in check_file(path))
    if ledger.setup.backups:
        # A kill while a backup was being written leaves a temporary file, never a listed
        # backup that is not sound.
        listed = list_backups(path)
        if not listed:
            problems.append(f"no backup in {backup_folder(path)}")
        for backup in listed:
            problems.extend(f"backup {backup.path.name}: {p}" for p in check_file(backup.path))
        outcome.backups = len(listed)
    conn = read_only(path)
    try:
        if done < len(ledger.ids):
            outcome.lost += len(ledger.ids) - done
            problems.append(f"{len(ledger.ids)} operations acknowledged, the store holds {done}")
            return
        for n in range(len(ledger.ids), done):
            ledger.committed_unacknowledged(conn, n)
        wrong = missing(ledger.expected(), stored_state(conn, ledger.setup.workshop_id))
        outcome.lost += len(wrong)
        problems.extend(wrong)
        problems.extend(f"replay: {p}" for p in replay.check(conn))
        outcome.done = done
    finally:
        conn.close()


def _child(path: Path, setup_file: Path, errors: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    with errors.open("a") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.store.campaign_worker", str(path), str(setup_file)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )


def _play(
    child: subprocess.Popen[str], kill_at: int | None, ledger: Ledger, outcome: Outcome
) -> bool:
    """Reads acknowledgements; kills the child once kill_at operations in all have been
    acknowledged (None: lets it finish). Returns whether the child finished the script."""
    assert child.stdout is not None
    watchdog = threading.Timer(HUNG_S, child.kill)
    watchdog.start()
    finished, killed = False, False
    try:
        for line in child.stdout:
            if line == "done\n":
                finished = True
                break
            if not line.endswith("\n"):
                break  # a torn last line, written as the child died: never acknowledged
            ledger.acknowledge(json.loads(line), outcome.problems)
            if not killed and kill_at is not None and ledger.acknowledged >= kill_at:
                child.send_signal(signal.SIGKILL)
                outcome.kills += 1
                killed = True  # the lines it had already written were acknowledged too
        child.wait()
    finally:
        watchdog.cancel()
        child.stdout.close()
    if not finished and child.returncode != -signal.SIGKILL:
        outcome.problems.append(f"the child stopped by itself (exit {child.returncode})")
    return finished


def run_campaign(
    folder: Path, *, seed: int, count: int, kills: int, backups: bool = False
) -> Outcome:
    """Plays `count` operations over kills + 1 runs of the child, killing all but the last;
    checks the store after every run. backups: the child turns on the automatic backups
    (taken at open and after each round closed or revealed), and every backup listed after
    a run must pass check_file."""
    started = time.perf_counter()
    path, setup_file, errors = (
        folder / "campaign.sqlite",
        folder / "setup.json",
        folder / "child.err",
    )
    store = open_store(path)
    try:
        setup = set_up(store, seed=seed, count=count, backups=backups)
        ledger = new_ledger(store, setup)
    finally:
        store.close()
    setup.dump(setup_file)
    outcome = Outcome()
    # The kills come after random numbers of acknowledged operations, all well before the
    # end (a child is a few lines ahead of what the parent has read when it is killed).
    targets = sorted(Random(seed + 1).sample(range(1, count - count // 10), kills))
    for kill_at in [*targets, None]:
        finished = _play(_child(path, setup_file, errors), kill_at, ledger, outcome)
        outcome.runs += 1
        if kill_at is None and not finished:
            outcome.problems.append("the last run did not finish: " + errors.read_text()[-2000:])
        if kill_at is not None and finished:
            outcome.problems.append(f"the script ended before the kill at {kill_at}")
        verify_store(path, ledger, outcome)
        if outcome.problems:
            break
    outcome.acknowledged = ledger.acknowledged
    outcome.seconds = time.perf_counter() - started
    return outcome
