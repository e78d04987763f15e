"""The "ballot" benchmark group (bench/run.py registers it): phones voting through the
ballot server of a shown window, and what the window goes through meanwhile.

The window (offscreen, in the benchmark's process, Score tab and presenter showing) runs
the ballot server on loopback as "Open voting to devices" does; the phones are a child
process (bench/ballot_phones_child.py), as real phones are other devices. bench/README.md
says what each key measures.
"""

import json
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

PHONES_CHILD = Path(__file__).resolve().parent / "ballot_phones_child.py"
BALLOT_PROPOSALS = 30  # a round's worth of proposals on a phone
TICK_MS = 2  # the stall probe: a timer this often; a late tick is the loop being blocked
SETTLE_S = 0.6  # after the last phone: the window's delayed refreshes run (250 ms) and end


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _plan(
    links: list[Any],
    proposals: list[int],
    criteria: list[tuple[int, int, int]],
    choices: int,
    *,
    run: str,
    pace_s: tuple[float, float] | None,
) -> tuple[list[dict[str, Any]], dict[tuple[int, int, int], int]]:
    """Each phone's choices (some cells chosen again later with another value, some sent
    twice, some after a dropped connection; with pace_s, a pause of that many seconds,
    drawn between the two bounds, before each) and the value each cell must end with."""
    rng = random.Random(f"20261201-{run}")
    phones: list[dict[str, Any]] = []
    final: dict[tuple[int, int, int], int] = {}
    for i, link in enumerate(links):
        cells = [(p, c) for p in proposals for c, _low, _high in criteria]
        rng.shuffle(cells)
        mine = cells[: max(1, choices * 3 // 4)]
        sent = []
        for k in range(choices):
            proposal, criterion = mine[k % len(mine)]  # the last quarter: changed minds
            low, high = next((lo, hi) for c, lo, hi in criteria if c == criterion)
            value = rng.randint(low, high)
            sent.append(
                {
                    "id": f"{run}-{i:03d}-{k:04d}-{rng.getrandbits(32):08x}",
                    "proposal": proposal,
                    "criterion": criterion,
                    "value": value,
                    "twice": k % 7 == 3,
                    "dropped": k % 9 == 5,
                    "pause_s": rng.uniform(*pace_s) if pace_s else 0,
                }
            )
            final[(link.participant_id, proposal, criterion)] = value
        phones.append({"token": link.token, "device": f"bench-phone-{i:04d}", "choices": sent})
    return phones, final


def _phones_vote(app: Any, url: str, plan: list[dict[str, Any]], folder: Path) -> dict[str, Any]:
    """Runs the phones' child against url with the window's event loop running; the child's
    report, the stall probe's longest late tick (ms) and the wall time of the voting."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer

    plan_file = folder / "plan.json"
    plan_file.write_text(json.dumps({"url": url, "phones": plan}), encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(PHONES_CHILD), str(plan_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    if child.stdout.readline().strip() != "ready":
        raise RuntimeError("the phones did not open their ballots")
    for _ in range(50):  # the phones' first reads reach the window before the clock
        app.processEvents()

    # The stall probe: a precise timer; the longest gap between its ticks, less its
    # interval, is the longest the event loop was kept from running.
    clock = QElapsedTimer()
    gaps: list[int] = []
    last = [0]
    probe = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=TICK_MS)

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    probe.timeout.connect(tick)
    done_at: list[float] = []

    def watch() -> None:
        if child.poll() is not None and not done_at:
            done_at.append(time.perf_counter())
        if done_at and time.perf_counter() - done_at[0] >= SETTLE_S:
            loop.quit()  # not app.quit(): Qt 6 would close the window with it

    loop = QEventLoop()
    watcher = QTimer(interval=20)
    watcher.timeout.connect(watch)
    clock.start()
    probe.start()
    watcher.start()
    started = time.perf_counter()
    child.stdin.write("go\n")
    child.stdin.flush()
    loop.exec()
    probe.stop()
    watcher.stop()
    out, _err = child.communicate(timeout=60)
    report = json.loads(out.strip().splitlines()[-1])
    report["stall_ms"] = max((g - TICK_MS for g in gaps[1:]), default=0)
    report["wall_s"] = done_at[0] - started
    return report


def _check(
    store_path: Path,
    services: Any,
    round_id: int,
    final: dict[tuple[int, int, int], int],
    distinct: int,
    events_before: int,
    submissions_before: int,
) -> tuple[int, int, int]:
    """(choices lost or doubled, score events now, submissions now)."""
    stored = services.sealed_entries(round_id).scores
    raw = sqlite3.connect(store_path)
    try:
        events = raw.execute(
            "SELECT count(*) FROM event WHERE kind IN ('score.recorded', 'score.cleared')"
        ).fetchone()[0]
        remembered = raw.execute("SELECT count(*) FROM ballot_submission").fetchone()[0]
    finally:
        raw.close()
    lost_cells = sum(1 for cell, value in final.items() if stored.get(cell) != value)
    doubled = abs((events - events_before) - distinct)  # one event per choice, exactly
    missing = abs((remembered - submissions_before) - distinct)
    return lost_cells + doubled + missing, events, remembered


def _percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))], 3)


def bench_ballot(sizes: Any, helpers: Any) -> dict[str, object]:
    """`helpers` is bench/run.py (its store builders and window set-up)."""
    from roadmap_desktop.services import Services
    from roadmap_desktop.store import open_store

    phones_n, choices_n = sizes.ballot_phones, sizes.ballot_choices
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-ballot-") as folder:
        store_path = Path(folder) / "ballot.sqlite"
        store = open_store(store_path)
        try:
            services = Services(store)
            workshop_id, proposals = helpers.add_workshop(
                services, replace(sizes, proposals=BALLOT_PROPOSALS, participants=phones_n)
            )
            round_id = int(services.open_round(workshop_id).subject or 0)
            services.issue_ballot_links(workshop_id)
            links = services.ballot_links(workshop_id)
            criteria = [
                (c.id, c.scale_min, c.scale_max) for c in services.workshop(workshop_id).criteria
            ]
        finally:
            store.close()

        with helpers._shown_window(store_path) as (app, window):
            window.tabs.setCurrentWidget(window.scoring)
            window.present()
            if not window.scoring.phones.switch_on("127.0.0.1", _free_port()):
                raise RuntimeError("the ballot server did not start")
            url = window.scoring.phones.url
            events, remembered, lost = 0, 0, 0
            for run, pace in (("room", sizes.ballot_pace_s), ("burst", None)):
                plan, final = _plan(links, proposals, criteria, choices_n, run=run, pace_s=pace)
                distinct = sum(len(p["choices"]) for p in plan)
                report = _phones_vote(app, url, plan, Path(folder))
                missed, events, remembered = _check(
                    store_path, window.services, round_id, final, distinct, events, remembered
                )
                lost += missed + int(report["failed"])
                prefix = "ballot." if run == "room" else "ballot.burst_"
                results[f"{prefix}p50_ms"] = _percentile(report["latencies_ms"], 0.5)
                results[f"{prefix}p95_ms"] = _percentile(report["latencies_ms"], 0.95)
                results[f"{prefix}ui_stall_ms_max"] = int(report["stall_ms"])
                results[f"{prefix}choices_per_s"] = round(distinct / report["wall_s"], 1)
                results[f"{prefix}requests"] = int(report["sent"])
            window.scoring.phones.switch_off("")
            if window.presenter is not None:
                window.presenter.close()
    return {"ballot.clients_50x20_lost": lost, **results}
