"""Many hands on one store file: threads sharing one Services (the ballot server's) and
processes with their own (a second laptop) interleave entries, dots, moves, imports, settings
and rounds. Afterwards nothing is lost, no rule is broken, every call that returned has its
event, the file is sound, and the store equals a serial replay of the committed events."""

import json
import multiprocessing
import random
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from roadmap_desktop.services import Change, Problem, ScoreEntry, Services
from roadmap_desktop.services.specs import ParticipantSpec
from roadmap_desktop.store import Store, open_store
from roadmap_desktop.store.engine import PG_WRITE_LOCK
from tests.services.helpers import make_small

THREADS = 4
PROCESSES = 2
CALLS = 40  # per writer
DOTS = 3
WAIT_MS = 60_000  # a busy two-core machine: a writer waits its turn, it is not refused


def _people(n: int) -> tuple[ParticipantSpec, ...]:
    return tuple(ParticipantSpec(f"Director {i + 1}") for i in range(n))


def _setup(path: Path, method: str) -> dict[str, Any]:
    store = open_store(path, busy_timeout_ms=WAIT_MS)
    try:
        services = Services(store)
        small = make_small(
            services, titles=tuple(f"Proposal {i}" for i in range(12)), participants=_people(6)
        )
        options = {"method": "dots", "dots": DOTS} if method == "dots" else {}
        round_id = services.open_round(small.id, **options).subject
        info = services.workshop(small.id)
        return {
            "workshop": small.id,
            "round": round_id,
            "lanes": list(small.lanes.values()),
            "proposals": list(small.proposals),
            "people": [p.id for p in info.participants],
            "criteria": [(c.id, c.scale_min, c.scale_max) for c in info.criteria],
        }
    finally:
        store.close()


def _operations(services: Services, w: dict[str, Any], rng: random.Random, method: str):
    """One random call a writer can make in the scenario, as a thunk returning its Change."""
    workshop, round_id = w["workshop"], w["round"]

    def score() -> Change:
        criterion, low, high = rng.choice(w["criteria"])
        return services.record_score(
            round_id,
            rng.choice(w["people"]),
            rng.choice(w["proposals"]),
            criterion,
            rng.randint(low, high),
        )

    def dots() -> Change:
        return services.record_dots(
            round_id, rng.choice(w["people"]), rng.choice(w["proposals"]), rng.randint(0, DOTS)
        )

    def move() -> Change:
        cards = rng.sample(w["proposals"], rng.randint(1, 3))
        return services.move_proposals(cards, rng.choice(w["lanes"]), rng.randint(0, 6))

    def imported() -> Change:
        entries = []
        for _ in range(rng.randint(1, 4)):
            criterion, low, high = rng.choice(w["criteria"])
            entries.append(
                ScoreEntry(
                    rng.choice(w["people"]),
                    rng.choice(w["proposals"]),
                    criterion,
                    rng.randint(low, high),
                )
            )
        cells = {(e.participant_id, e.proposal_id, e.criterion_id): e for e in entries}
        number = services.workshop(workshop).rounds[-1].number
        return services.import_scores(workshop, list(cells.values()), round_number=number)

    def settings() -> Change:
        config = services.configuration(workshop, ["criteria"])
        rng.choice(config["criteria"])["weight"] = float(rng.randint(1, 4))
        return services.configure_workshop(workshop, criteria=config["criteria"])

    def reopen() -> Change:  # someone closes the round; someone else (maybe) opens one
        rounds = services.workshop(workshop).rounds  # one snapshot: others change it meanwhile
        opened = [x for x in rounds if x.status == "open"]
        if opened:
            return services.close_round(opened[0].id)
        closed = [x for x in rounds if x.status == "closed"]
        return services.reopen_round(closed[-1].id)

    entry = dots if method == "dots" else score
    choices: list[Callable[[], Change]] = [entry] * 6 + [move] * 3 + [settings, reopen]
    if method == "score":
        choices.append(imported)
    return rng.choice(choices)


def _write(services: Services, w: dict[str, Any], seed: int, method: str) -> list[list]:
    """A writer's calls; returns [event_id, kind, sealed values] of every call that returned."""
    rng = random.Random(seed)
    done = []
    for _ in range(CALLS):
        call = _operations(services, w, rng, method)
        try:
            change = call()
        except Problem:  # refused with a sentence (a closed round, a spent budget, …)
            continue
        done.append([change.event_id, change.kind.value, dict(change.sealed)])
    return done


def _process_writer(path: str, w: dict[str, Any], seed: int, method: str, out: str) -> None:
    store = open_store(path, busy_timeout_ms=WAIT_MS)
    try:
        Path(out).write_text(json.dumps(_write(Services(store), w, seed, method)))
    finally:
        store.close()


def _run_writers(path: str, w: dict[str, Any], method: str, folder: Path) -> list[list]:
    store = open_store(path, busy_timeout_ms=WAIT_MS)
    shared = Services(store)
    done: list[list] = []
    lock = threading.Lock()

    def thread_writer(seed: int) -> None:
        calls = _write(shared, w, seed, method)
        with lock:
            done.extend(calls)

    context = multiprocessing.get_context("spawn")
    # A file per process, not a queue: a writer that dies fails the test at once, not after
    # a get() has waited out its timeout.
    outs = [folder / f"writer-{i}.json" for i in range(PROCESSES)]
    processes = [
        context.Process(target=_process_writer, args=(str(path), w, 100 + i, method, str(out)))
        for i, out in enumerate(outs)
    ]
    threads = [threading.Thread(target=thread_writer, args=(i,)) for i in range(THREADS)]
    try:
        for p in processes:
            p.start()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for p, out in zip(processes, outs, strict=True):
            p.join(timeout=600)
            assert p.exitcode == 0
            done.extend(json.loads(out.read_text()))
    finally:
        store.close()
    return done


def _log(path: Path) -> list[tuple[int, str, dict]]:
    store = open_store(path)
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(text("SELECT id, kind, payload FROM event ORDER BY id")).all()
        return [(r[0], r[1], json.loads(r[2])) for r in rows]
    finally:
        store.close()


def _replay(
    log: list[tuple[int, str, dict]], round_id: int, values: dict[int, dict]
) -> dict[str, dict]:
    """The state the committed events describe, applied one after another in commit order;
    an entry's value comes from the change its writer got back (values, by event id): the
    log never holds one."""
    scores: dict[tuple, int] = {}
    dots: dict[tuple, int] = {}
    places: dict[int, tuple[int, int]] = {}
    weights: dict[int, float] = {}
    status: dict[int, str] = {}
    for _id, kind, p in log:
        sealed = values.get(_id, {})
        if kind == "score.recorded" and p["rounds"] == [round_id]:
            scores[(p["participant"], p["subject"], p["criterion"])] = sealed["value"]
        elif kind == "score.cleared":
            scores.pop((p["participant"], p["subject"], p["criterion"]), None)
        elif kind == "scores.imported":
            for a, b, c, v in sealed["values"]:
                scores[(a, b, c)] = v
        elif kind == "dots.recorded":
            key = (p["participant"], p["subject"])
            if sealed["dots"]:
                dots[key] = sealed["dots"]
            else:
                dots.pop(key, None)
        elif kind in ("proposal.moved", "proposals.moved", "proposals.placed"):
            for spot in p["to"]:
                places[spot["id"]] = (spot["lane"], spot["key"])
        elif kind == "workshop.configured" and "criteria" in p["after"]:
            weights = {c["id"]: c["weight"] for c in p["after"]["criteria"]}
        elif kind in ("round.opened", "round.reopened"):
            status[p["subject"]] = "open"
        elif kind == "round.closed":
            status[p["subject"]] = "closed"
    return {"scores": scores, "dots": dots, "places": places, "weights": weights, "status": status}


def _stored(path: Path, workshop: int, round_id: int) -> dict[str, dict]:
    store = open_store(path)
    try:
        services = Services(store)
        sealed = services.sealed_entries(round_id)
        with store.engine.connect() as conn:
            places = {
                r[0]: (r[1], r[2])
                for r in conn.execute(text("SELECT id, lane_id, sort_key FROM proposal"))
            }
            status = dict(conn.execute(text("SELECT id, status FROM round")).all())
        info = services.workshop(workshop)
        board = services.board(workshop)
        for cards in board.cards.values():
            keys = [c.key for c in cards]
            assert keys == sorted(set(keys))  # lane order sound: no two cards share a place
        assert store.integrity_check() == "ok"
        return {
            "scores": dict(sealed.scores),
            "dots": dict(sealed.dots),
            "places": places,
            "weights": {c.id: c.weight for c in info.criteria},
            "status": status,
        }
    finally:
        store.close()


@pytest.mark.parametrize("method", ["score", "dots"])
def test_many_writers_lose_nothing_and_break_no_rule(
    store_target: str, tmp_path: Path, method: str
):
    path = store_target  # a file, or a PostgreSQL database of the test's own
    w = _setup(path, method)
    done = _run_writers(path, w, method, tmp_path)

    log = _log(path)
    logged = {event_id: kind for event_id, kind, _p in log}
    assert done, "no call went through"
    for event_id, kind, _sealed in done:  # every call that returned has its event
        assert logged.get(event_id) == kind
    assert len({event_id for event_id, _k, _s in done}) == len(done)

    replay = _replay(log, w["round"], {event_id: sealed for event_id, _k, sealed in done})
    stored = _stored(path, w["workshop"], w["round"])
    assert stored["scores"] == replay["scores"]
    assert stored["dots"] == replay["dots"]
    for card, place in replay["places"].items():
        assert stored["places"][card] == place
    if replay["weights"]:
        assert stored["weights"] == replay["weights"]
    for r, state in replay["status"].items():
        assert stored["status"][r] == state
    assert list(stored["status"].values()).count("open") <= 1
    if method == "dots":  # no director ever spent more than the round gives
        spent: dict[int, int] = {}
        for (person, _proposal), n in stored["dots"].items():
            spent[person] = spent.get(person, 0) + n
        assert all(n <= DOTS for n in spent.values())


def test_one_open_round_whoever_asks_at_once(store_target: str):
    path = store_target  # a file, or a PostgreSQL database of the test's own
    w = _setup(path, "score")
    store = open_store(path, busy_timeout_ms=WAIT_MS)
    try:
        services = Services(store)
        services.close_round(w["round"])
        barrier = threading.Barrier(6)
        outcomes: list[str] = []

        def opener() -> None:
            barrier.wait()
            try:
                services.open_round(w["workshop"])
                outcomes.append("opened")
            except Problem as exc:
                outcomes.append(str(exc))

        threads = [threading.Thread(target=opener) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert outcomes.count("opened") == 1
        assert all("open" in o for o in outcomes if o != "opened")
        assert sum(r.status == "open" for r in services.workshop(w["workshop"]).rounds) == 1
    finally:
        store.close()


def test_the_same_cell_sent_twice_at_once_lands_twice_in_turn(store_target: str):
    path = store_target  # a file, or a PostgreSQL database of the test's own
    w = _setup(path, "score")
    store = open_store(path, busy_timeout_ms=WAIT_MS)
    try:
        services = Services(store)
        criterion = w["criteria"][0][0]
        cell = (w["people"][0], w["proposals"][0], criterion)
        barrier = threading.Barrier(2)
        results: list[object] = []

        def send(value: int) -> None:
            barrier.wait()
            try:
                results.append(services.record_score(w["round"], *cell, value))
            except Problem as exc:
                results.append(exc)

        threads = [threading.Thread(target=send, args=(v,)) for v in (2, 5)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert all(isinstance(r, Change) for r in results), results
        first, second = sorted(results, key=lambda c: c.event_id)
        # The later one saw the earlier one's value as the one it replaced.
        assert second.sealed["previous"] == first.sealed["value"]
        assert services.sealed_entries(w["round"]).scores[cell] == second.sealed["value"]
    finally:
        store.close()


def test_cards_moved_into_the_same_spot_at_once_all_land_in_order(store_target: str):
    path = store_target  # a file, or a PostgreSQL database of the test's own
    w = _setup(path, "score")
    stores = [open_store(path, busy_timeout_ms=WAIT_MS) for _ in range(4)]
    try:
        writers = [Services(s) for s in stores]  # four engines: four laptops
        shortlist = w["lanes"][1]
        barrier = threading.Barrier(4)
        cards = w["proposals"][:4]

        def mover(services: Services, card: int) -> None:
            barrier.wait()
            for _ in range(10):
                services.move_proposals([card], shortlist, 0)

        threads = [
            threading.Thread(target=mover, args=(s, c)) for s, c in zip(writers, cards, strict=True)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        board = writers[0].board(w["workshop"])
        landed = [c.id for c in board.cards[shortlist]]
        assert sorted(landed) == sorted(cards)
        keys = [c.key for c in board.cards[shortlist]]
        assert keys == sorted(set(keys))
        assert stores[0].integrity_check() == "ok"
    finally:
        for s in stores:
            s.close()


class _SqliteHolder:
    def __init__(self, path: Path) -> None:
        import sqlite3

        self.conn = sqlite3.connect(path)

    def take(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.conn.rollback()

    def close(self) -> None:
        self.conn.close()


class _PgHolder:
    """Another laptop in the middle of a write: it holds the store's write lock."""

    def __init__(self, address: str) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(address)
        self.conn = psycopg.connect(
            host=url.host, port=url.port, user=url.username, password=url.password,
            dbname=url.database,
        )  # fmt: skip

    def take(self) -> None:
        self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (PG_WRITE_LOCK,))

    def release(self) -> None:
        self.conn.rollback()

    def close(self) -> None:
        self.conn.close()


def _lock_holder(store: Store) -> "_SqliteHolder | _PgHolder":
    if store.path is not None:
        return _SqliteHolder(store.path)
    return _PgHolder(store.address)


def test_a_writer_held_up_too_long_is_told_the_store_is_busy_and_writes_nothing(store_target: str):
    from roadmap_desktop.services import StoreError

    path = store_target  # a file, or a PostgreSQL database of the test's own
    w = _setup(path, "score")
    store = open_store(path, busy_timeout_ms=50)
    holder = _lock_holder(store)
    try:
        services = Services(store)
        before = _log(path)
        holder.take()  # another program holds the write lock
        criterion = w["criteria"][0][0]
        with pytest.raises(StoreError) as refused:
            services.record_score(w["round"], w["people"][0], w["proposals"][0], criterion, 3)
        assert refused.value.busy and "busy" in str(refused.value)
        with pytest.raises(StoreError):
            services.move_proposals([w["proposals"][0]], w["lanes"][1], 0)
        holder.release()
        assert _log(path) == before
        assert services.sealed_entries(w["round"]).scores == {}
    finally:
        holder.close()
        store.close()
