"""Change notices on a shared PostgreSQL store: another laptop's commit to this window's model.

    ROADMAP_BENCH_DATABASE_URL=postgresql+psycopg://user:pw@host/db python bench/pg_notify.py
    python bench/run.py pg                        # the pg group runs it too (bench/pg_store.py)

The URL (ROADMAP_BENCH_DATABASE_URL, else ROADMAP_TEST_DATABASE_URL) names a database the
role may create databases from; a database of the bench's own is made and dropped after.

This process is the window: its `ChangeBridge` (ui/change_bridge.py, on a QCoreApplication's
event loop, its fallback poll off) hears the store's notices through its Listener, reads the
audit log on the GUI thread (`Services.poll_changes`) and emits `changed`, which every screen
takes (the board applies a move from the change itself, without reading the store again). A
child process (this file with --child) is the other laptop: with its own store it makes
sizes.service_calls `Services.move_proposal` calls (random card, lane, place; seeded), one
at a time: each waits for this process to have seen the one before, so no latency queues
behind another. It notes the monotonic clock (system-wide, so both processes read the same
one) just before each call and just after it returns.

- `pg.notify_to_screen_ms_p50` / `_p95`: from the writer's call starting to `changed`
  carrying that event on this process's GUI thread (aim ≤ 250 ms). It includes the writer's
  own call (`pg.notify_writer_call_ms_p50`), the commit inside it among the rest.
- `pg.notify_after_return_ms_p50` / `_p95`: from the writer's call returning to `changed`:
  what a facilitator sees between one laptop's screen and the other's (the notice leaves at
  commit, so this can be about zero).
- `pg.notify_lost`: moves whose change never reached `changed` (must be 0).
"""

import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

URL_VARIABLES = ("ROADMAP_BENCH_DATABASE_URL", "ROADMAP_TEST_DATABASE_URL")
WAIT_S = 30.0  # a change not seen by then counts as lost


def server_url() -> str | None:
    return next((os.environ[v] for v in URL_VARIABLES if os.environ.get(v)), None)


# -- the other laptop --------------------------------------------------------------------


def child() -> None:
    """Reads its setup (one JSON line: the URL holds a password, so never in argv), then
    moves cards, one per line of stdin, printing [event id, started, returned] for each."""
    from roadmap_desktop.services import Services
    from roadmap_desktop.store import open_store

    setup = json.loads(sys.stdin.readline())
    store = open_store(setup["url"], create=False)
    rng = random.Random(setup["seed"])
    try:
        services = Services(store)
        for line in sys.stdin:
            if line.strip() != "next":
                break
            card, lane = rng.choice(setup["proposals"]), rng.choice(setup["lanes"])
            started = time.monotonic()
            change = services.move_proposal(card, lane, rng.randint(0, setup["per_lane"]))
            returned = time.monotonic()
            print(json.dumps([change.event_id, started, returned]), flush=True)
    finally:
        store.close()


# -- this window ----------------------------------------------------------------------------


def _measure(url: str, sizes: Any, run: ModuleType) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication, QMetaObject, Qt

    from roadmap_desktop.services import Change, Services
    from roadmap_desktop.store import open_store
    from roadmap_desktop.ui.change_bridge import ChangeBridge

    app = QCoreApplication.instance() or QCoreApplication([])
    store = open_store(url)
    try:
        services = Services(store)
        run.progress(f"pg: notices: adding {sizes.proposals} proposals")
        workshop_id, proposals = run.add_workshop(services, sizes)
        lanes = [lane.id for lane in services.workshop(workshop_id).lanes]
        bridge = ChangeBridge(services, poll_ms=0)  # notices only: no poll to hide a lost one
        assert bridge.listener is not None, "a PostgreSQL store has change notices"
        if not bridge.listener.listening.wait(WAIT_S):
            raise RuntimeError("the change notices' connection did not open")
        seen: dict[int, float] = {}
        arrived = threading.Condition()

        def on_change(change: Change) -> None:  # on the GUI thread, as the screens
            now = time.monotonic()
            if change.external and change.event_id is not None:
                with arrived:
                    seen[change.event_id] = now
                    arrived.notify_all()

        bridge.changed.connect(on_change)
        setup = {
            "url": store.address,
            "proposals": proposals,
            "lanes": lanes,
            "per_lane": max(1, sizes.proposals // len(lanes)),
            "seed": run.SEED,
        }
        calls = sizes.warmup_calls + sizes.service_calls
        samples: list[tuple[float, float, float]] = []
        lost = 0
        failure: list[BaseException] = []

        def drive() -> None:
            """The writer's pace, off the GUI thread: a move, then wait until it is seen."""
            nonlocal lost
            try:
                with subprocess.Popen(
                    [sys.executable, str(Path(__file__).resolve()), "--child"],
                    cwd=ROOT,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                ) as writer:
                    assert writer.stdin is not None and writer.stdout is not None
                    writer.stdin.write(json.dumps(setup) + "\n")
                    for i in range(calls):
                        writer.stdin.write("next\n")
                        writer.stdin.flush()
                        event_id, started, returned = json.loads(writer.stdout.readline())
                        with arrived:
                            arrived.wait_for(lambda e=event_id: e in seen, WAIT_S)
                            at = seen.get(event_id)
                        if at is None:
                            lost += 1
                        elif i >= sizes.warmup_calls:
                            samples.append((started, returned, at))
                    writer.stdin.close()
            except BaseException as exc:  # told on the main thread, after the loop
                failure.append(exc)
            finally:
                QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)

        run.progress(f"pg: notices: {sizes.service_calls} moves by another process")
        driver = threading.Thread(target=drive, name="bench-notify-driver")
        driver.start()
        app.exec()
        driver.join()
        bridge.stop()
        if failure:
            raise failure[0]
    finally:
        store.close()
    to_screen = [at - started for started, _returned, at in samples]
    after_return = [at - returned for _started, returned, at in samples]
    writer_call = [returned - started for started, returned, _at in samples]
    screen_p50, screen_p95 = run.p50_p95(to_screen)
    after_p50, after_p95 = run.p50_p95(after_return)
    call_p50, _call_p95 = run.p50_p95(writer_call)
    return {
        "pg.notify_to_screen_ms_p50": screen_p50,
        "pg.notify_to_screen_ms_p95": screen_p95,
        "pg.notify_after_return_ms_p50": after_p50,
        "pg.notify_after_return_ms_p95": after_p95,
        "pg.notify_writer_call_ms_p50": call_p50,
        "pg.notify_lost": lost,
    }


def bench_notify(sizes: Any, run: ModuleType) -> dict[str, object]:
    """The pg group's notice keys (bench/pg_store.py calls it), {} without a server."""
    url = server_url()
    if url is None:
        run.progress(f"pg: notices: neither {' nor '.join(URL_VARIABLES)} names a server")
        return {}
    from bench.pg_store import _database

    with _database(url, f"roadmap_bench_notify_{os.getpid()}") as notify_url:
        return _measure(notify_url, sizes, run)


def main() -> int:
    if sys.argv[1:] == ["--child"]:
        child()
        return 0
    from bench import run

    sizes = run.Sizes.quick() if os.environ.get("BENCH_QUICK") else run.Sizes()
    print(json.dumps(bench_notify(sizes, run), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
