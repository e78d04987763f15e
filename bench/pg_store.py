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
import json
import os
import random
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

from sqlalchemy.engine import make_url

from roadmap_desktop.services import Services
from roadmap_desktop.store import chain, open_store
from roadmap_desktop.store.engine import PG_WRITE_LOCK

URL_VARIABLE = "ROADMAP_BENCH_DATABASE_URL"
GAP = 1 << 20  # as roadmap_desktop.domain.order_keys.GAP


def _connect(url: str, dbname: str | None = None, autocommit: bool = True) -> Any:
    import psycopg

    target = make_url(url)
    return psycopg.connect(
        host=target.host,
        port=target.port,
        user=target.username,
        password=target.password,
        dbname=dbname or target.database,
        autocommit=autocommit,
    )


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


def raw_commit(raw: Any, workshop_id: int, card: int, lane: int, at: int) -> None:
    """What a move writes, by hand with psycopg: the write lock, read the card, read the keys
    of its new neighbours, move the row between them, append the chained event, commit."""
    with raw.transaction():
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (PG_WRITE_LOCK,))
        raw.execute(
            "SELECT id, workshop_id, lane_id, sort_key, archived, title, "
            "(SELECT workshop_id FROM lane WHERE id = %s) FROM proposal WHERE id = %s",
            (lane, card),
        ).fetchall()
        staying = "FROM proposal WHERE lane_id = %s AND NOT archived AND id <> %s"
        if at <= 0:
            first = raw.execute(f"SELECT min(sort_key) {staying}", (lane, card)).fetchone()[0]
            key = GAP if first is None else first - GAP
        else:
            keys = [
                k
                for (k,) in raw.execute(
                    f"SELECT sort_key {staying} ORDER BY sort_key LIMIT 2 OFFSET %s",
                    (lane, card, at - 1),
                )
            ]
            if not keys:
                last = raw.execute(f"SELECT max(sort_key) {staying}", (lane, card)).fetchone()[0]
                key = GAP if last is None else last + GAP
            elif len(keys) == 1:
                key = keys[0] + GAP
            else:
                key = (keys[0] + keys[1]) // 2
        taken = raw.execute(
            "SELECT 1 FROM proposal WHERE lane_id = %s AND sort_key = %s AND NOT archived",
            (lane, key),
        ).fetchone()
        if taken is None:
            raw.execute(
                "UPDATE proposal SET lane_id = %s, sort_key = %s WHERE id = %s", (lane, key, card)
            )
        payload = json.dumps(
            {"from": [{"id": card}], "to": [{"id": card, "lane": lane, "key": key}]}
        )
        prev = raw.execute(chain.SELECT_HEAD).fetchone()
        prev_hash = prev[0] if prev else chain.GENESIS
        stamp = "2026-01-01 00:00:00.000000"
        raw.execute(
            "INSERT INTO event (workshop_id, at, kind, payload, prev_hash, hash) "
            "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
            (
                workshop_id,
                stamp,
                "proposal.moved",
                payload,
                prev_hash,
                chain.event_hash(prev_hash, workshop_id, stamp, "proposal.moved", payload),
            ),
        ).fetchall()


def _moves(url: str, sizes: Any, run: ModuleType) -> dict[str, object]:
    rng = random.Random(run.SEED)
    store = open_store(url)
    raw = _connect(store.address, autocommit=True)
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
            raw_commit(
                raw, workshop_id, rng.choice(proposals), rng.choice(lanes), rng.randint(0, per_lane)
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
