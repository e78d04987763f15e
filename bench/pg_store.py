"""The "pg" benchmark group: the shared store on a PostgreSQL server.

    pg_virtualenv -t sh -c 'ROADMAP_BENCH_DATABASE_URL="postgresql+psycopg://$PGUSER:\
        $PGPASSWORD@$PGHOST:$PGPORT/$PGDATABASE" python bench/run.py pg'  (one line)

The URL names a database the role may create databases from; the group makes a database of
its own for each part and drops it after. Without the variable the group reports nothing.

- `pg.move_ms_p50` / `_p95`: `Services.move_proposal` on the server, as `service.move_ms_*`
  does on a file; `pg.raw_commit_ms_p50` the same writes by hand with psycopg, each right
  after a service call (the write lock, read the card and its neighbours' keys, move the
  row, append the chained event, commit); `pg.move_ratio` their quotient (aim ≤ 3, as on
  SQLite).
- `pg.concurrent_scores_per_s` (aim ≥ 500), `pg.lost_updates`, `pg.concurrent_refused`: the
  concurrency group's threads and child processes on the server.
- `pg.notify_*`: bench/pg_notify.py, when it is there.
"""

import importlib
import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

from sqlalchemy.engine import make_url

from roadmap_desktop.services import Services
from roadmap_desktop.store import open_store
from roadmap_desktop.store.engine import PG_WRITE_LOCK
from roadmap_desktop.store.notices import connect_args

URL_VARIABLE = "ROADMAP_BENCH_DATABASE_URL"
# A move's writes by hand (bench/run.py raw_commit) in PostgreSQL's words: the write lock the
# services take (store/engine.py _pg_begin), psycopg's placeholder, a boolean column.
PG_RAW_BEGIN = ("BEGIN", f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")


def _connect(url: str) -> Any:
    import psycopg

    return psycopg.connect(autocommit=True, **connect_args(url, application_name="roadmap-bench"))


@contextmanager
def _database(url: str, name: str) -> Iterator[str]:
    with _connect(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with _connect(url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _moves(url: str, sizes: Any, run: ModuleType) -> dict[str, object]:
    rng = random.Random(run.SEED)
    dialect = run.RawDialect(begin=PG_RAW_BEGIN, param="%s", live="NOT archived")
    store = open_store(url)
    raw = _connect(store.address)
    try:
        services = Services(store)
        run.progress(f"pg: adding {sizes.proposals} proposals")
        workshop_id, proposals = run.add_workshop(services, sizes)
        lanes = [lane.id for lane in services.workshop(workshop_id).lanes]
        per_lane = max(1, sizes.proposals // len(lanes))

        def move() -> None:
            services.move_proposal(
                rng.choice(proposals), rng.choice(lanes), rng.randint(0, per_lane)
            )

        def raw_move() -> None:
            run.raw_commit(
                raw,
                workshop_id,
                rng.choice(proposals),
                rng.choice(lanes),
                rng.randint(0, per_lane),
                dialect,
            )

        run.progress(f"pg: {sizes.service_calls} move_proposal calls, each beside a raw one")
        for _ in range(sizes.warmup_calls):
            move()
            raw_move()
        moves: list[float] = []
        floors: list[float] = []
        for _ in range(sizes.service_calls):
            moves.append(run.timed(move))
            floors.append(run.timed(raw_move))
    finally:
        raw.close()
        store.close()
    move_p50, move_p95 = run.p50_p95(moves)
    floor_p50, _floor_p95 = run.p50_p95(floors)
    return {
        "pg.move_ms_p50": move_p50,
        "pg.move_ms_p95": move_p95,
        "pg.raw_commit_ms_p50": floor_p50,
        "pg.move_ratio": round(move_p50 / floor_p50, run.DECIMALS),
    }


def bench_pg(sizes: Any, run: ModuleType) -> dict[str, object]:
    url = os.environ.get(URL_VARIABLE)
    if not url:
        run.progress(f"pg: {URL_VARIABLE} names no server; nothing measured")
        return {}
    results: dict[str, object] = {}
    pid = os.getpid()
    with _database(url, f"roadmap_bench_moves_{pid}") as moves_url:
        results.update(_moves(moves_url, sizes, run))
    with _database(url, f"roadmap_bench_conc_{pid}") as conc_url:
        results.update(run.bench_concurrency(sizes, target=conc_url, prefix="pg"))
    try:
        notify = importlib.import_module("bench.pg_notify")
    except ImportError:
        return results
    if hasattr(notify, "bench_notify"):
        results.update(notify.bench_notify(sizes, run))
    return results
