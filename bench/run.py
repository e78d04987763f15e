"""Roadmap Desktop benchmarks: prints one JSON object of timings to stdout.

    python bench/run.py                  # every group
    python bench/run.py service scoring  # only these groups (env is always included)

Each group is a small function registered in BENCHMARKS; it takes a Sizes and returns a dict
of "group.key" → number. main() runs the chosen groups and merges their dicts. Progress goes
to stderr so stdout stays one JSON object. BENCH_QUICK=1 (or Sizes.quick()) runs tiny sizes,
for the smoke test; its timings mean nothing.
"""

import ctypes
import importlib
import importlib.util
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from roadmap_desktop.domain.ranking import rank  # noqa: E402
from roadmap_desktop.domain.scoring import ScoreColumns, score_proposals, unscored  # noqa: E402
from roadmap_desktop.services import ScoreEntry, Services  # noqa: E402
from roadmap_desktop.services.specs import (  # noqa: E402
    ParticipantSpec,
    ProposalSpec,
    WorkshopSpec,
)
from roadmap_desktop.store import chain, open_store  # noqa: E402

SEED = 20240601
DECIMALS = 3
BENCH = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Sizes:
    """How big each benchmark is; the defaults are the numbers the aims are stated for."""

    proposals: int = 1000
    participants: int = 30
    criteria: int = 3
    service_calls: int = 300
    warmup_calls: int = 10
    rank_repeats: int = 15
    open_runs: int = 3
    board_moves: int = 200
    board_filters: int = 30
    import_rows: int = 10_000
    import_runs: int = 3
    ui_proposals: int = 500
    ui_entries: int = 100
    burst_entries: int = 100
    burst_s: float = 1.0
    large_proposals: int = 10_000
    concurrent_writers: int = 4  # threads, plus concurrent_processes child processes
    concurrent_processes: int = 2
    concurrent_scores: int = 150  # per writer
    ballot_phones: int = 50
    ballot_choices: int = 20  # per phone
    ballot_pace_s: tuple[float, float] = (0.3, 0.9)  # a fast director's time between choices

    @classmethod
    def quick(cls) -> "Sizes":
        """Tiny sizes: checks the benchmarks run, in well under a second each (the board group:
        a few seconds, for its two child processes)."""
        return cls(
            proposals=40,
            participants=4,
            criteria=3,
            service_calls=5,
            warmup_calls=1,
            rank_repeats=2,
            open_runs=1,
            board_moves=5,
            board_filters=3,
            import_rows=60,
            import_runs=1,
            ui_proposals=40,
            ui_entries=5,
            burst_entries=5,
            burst_s=0.1,
            large_proposals=200,
            concurrent_writers=2,
            concurrent_processes=1,
            concurrent_scores=5,
            ballot_phones=3,
            ballot_choices=4,
            ballot_pace_s=(0.01, 0.02),
        )


def progress(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def ms(seconds: float) -> float:
    return round(seconds * 1000, DECIMALS)


def p50_p95(samples: list[float]) -> tuple[float, float]:
    """Median and 95th percentile (inclusive method), in milliseconds."""
    if len(samples) == 1:
        return ms(samples[0]), ms(samples[0])
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return ms(statistics.median(samples)), ms(cuts[94])


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def add_workshop(services: Services, sizes: Sizes) -> tuple[int, list[int]]:
    """The San José workshop with sizes.participants directors and sizes.proposals proposals
    spread round-robin over its 4 lanes, each with a domain and a category (so cards paint in
    full). Returns (workshop id, proposal ids)."""
    participants = tuple(ParticipantSpec(f"Director {i + 1}") for i in range(sizes.participants))
    workshop_id = services.create_workshop(
        WorkshopSpec.san_jose("Benchmark workshop", participants=participants)
    ).subject
    assert workshop_id is not None
    info = services.workshop(workshop_id)
    domains = [d.name for d in info.domains]
    categories = [c.name for c in info.categories]
    specs = [
        ProposalSpec(
            title=f"Proposal {i + 1:04d}",
            summary="A proposal for the benchmark.",
            department="Benchmarks",
            domain=domains[i % len(domains)],
            category=categories[i % len(categories)],
            lane=info.lanes[i % len(info.lanes)].name,
        )
        for i in range(sizes.proposals)
    ]
    return workshop_id, list(services.add_proposals(workshop_id, specs).proposals)


# -- groups ----------------------------------------------------------------------------------


def bench_env(sizes: Sizes) -> dict[str, object]:
    """Context for reading the numbers: interpreter, SQLite library, CPU count."""
    return {
        "env.python": platform.python_version(),
        "env.sqlite": sqlite3.sqlite_version,
        "env.cpus": os.cpu_count(),
    }


def bench_service(sizes: Sizes) -> dict[str, object]:
    """Service calls on a durable store file (WAL + synchronous FULL, the store's default),
    each timed around the call, which commits before returning; and, interleaved with the
    moves, the same writes done by hand in raw SQL (the floor)."""
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-") as folder:
        store = open_store(Path(folder) / "bench.sqlite")
        raw = sqlite3.connect(store.path, isolation_level=None)
        try:
            services = Services(store)
            progress(f"service: adding {sizes.proposals} proposals")
            workshop_id, proposals = add_workshop(services, sizes)
            info = services.workshop(workshop_id)
            lanes = [lane.id for lane in info.lanes]
            per_lane = max(1, sizes.proposals // len(lanes))
            raw.execute("PRAGMA synchronous = FULL")
            raw.execute("PRAGMA foreign_keys = ON")

            def move() -> None:
                proposal = rng.choice(proposals)
                lane = rng.choice(lanes)
                position = rng.randint(0, per_lane)
                services.move_proposal(proposal, lane, position)

            def raw_move() -> None:
                raw_commit(
                    raw,
                    workshop_id,
                    rng.choice(proposals),
                    rng.choice(lanes),
                    rng.randint(0, per_lane),
                )

            progress(f"service: {sizes.service_calls} move_proposal calls, each beside a raw one")
            for _ in range(sizes.warmup_calls):
                move()
                raw_move()
            moves: list[float] = []
            floors: list[float] = []
            for _ in range(sizes.service_calls):
                moves.append(timed(move))
                floors.append(timed(raw_move))

            round_id = services.open_round(workshop_id).subject
            assert round_id is not None
            people = [p.id for p in info.participants]
            criteria = [(c.id, c.scale_min, c.scale_max) for c in info.criteria]

            def score() -> None:
                criterion, low, high = rng.choice(criteria)
                services.record_score(
                    round_id,
                    rng.choice(people),
                    rng.choice(proposals),
                    criterion,
                    rng.randint(low, high),
                )

            progress(f"service: {sizes.service_calls} record_score calls")
            for _ in range(sizes.warmup_calls):
                score()
            scores = [timed(score) for _ in range(sizes.service_calls)]
        finally:
            raw.close()
            store.close()
    move_p50, move_p95 = p50_p95(moves)
    floor_p50, _floor_p95 = p50_p95(floors)
    score_p50, score_p95 = p50_p95(scores)
    return {
        "service.move_ms_p50": move_p50,
        "service.move_ms_p95": move_p95,
        "service.raw_commit_ms_p50": floor_p50,
        "service.move_ratio": round(move_p50 / floor_p50, DECIMALS),
        "service.score_ms_p50": score_p50,
        "service.score_ms_p95": score_p95,
    }


GAP = 1 << 20  # as roadmap_desktop.domain.order_keys.GAP


@dataclass(frozen=True)
class RawDialect:
    """How raw_commit says its writes on one back end: the statements that begin a write
    under the store's write lock, the driver's placeholder, and "not archived"."""

    begin: tuple[str, ...]
    param: str
    live: str


SQLITE_RAW = RawDialect(begin=("BEGIN IMMEDIATE",), param="?", live="archived = 0")


def raw_commit(
    raw: Any, workshop_id: int, card: int, lane: int, at: int, dialect: RawDialect = SQLITE_RAW
) -> None:
    """What a move writes, by hand in raw SQL (Python's sqlite3, or psycopg in autocommit:
    bench/pg_store.py): under the write lock, read the card, read the keys of its new
    neighbours, move the row between them, append the event, commit durably."""

    def run(sql: str, params: tuple[object, ...] = ()) -> Any:
        return raw.execute(sql.replace("?", dialect.param), params)

    for statement in dialect.begin:
        run(statement)
    try:
        run(
            "SELECT id, workshop_id, lane_id, sort_key, archived, title, "
            "(SELECT workshop_id FROM lane WHERE id = ?) FROM proposal WHERE id = ?",
            (lane, card),
        ).fetchall()
        staying = f"FROM proposal WHERE lane_id = ? AND {dialect.live} AND id <> ?"
        if at <= 0:
            first = run(f"SELECT min(sort_key) {staying}", (lane, card)).fetchone()[0]
            key = GAP if first is None else first - GAP
        else:
            keys = [
                k
                for (k,) in run(
                    f"SELECT sort_key {staying} ORDER BY sort_key LIMIT 2 OFFSET ?",
                    (lane, card, at - 1),
                )
            ]
            if not keys:
                last = run(f"SELECT max(sort_key) {staying}", (lane, card)).fetchone()[0]
                key = GAP if last is None else last + GAP
            elif len(keys) == 1:
                key = keys[0] + GAP
            else:
                key = (keys[0] + keys[1]) // 2
        taken = run(
            f"SELECT 1 FROM proposal WHERE lane_id = ? AND sort_key = ? AND {dialect.live}",
            (lane, key),
        ).fetchone()
        if taken is None:  # (a used-up gap: the service would give the lane fresh keys)
            run("UPDATE proposal SET lane_id = ?, sort_key = ? WHERE id = ?", (lane, key, card))
        payload = json.dumps(
            {"from": [{"id": card}], "to": [{"id": card, "lane": lane, "key": key}]}
        )
        # The event follows the newest one (schema 0007's chain), as the services append it.
        prev = run(chain.SELECT_HEAD).fetchone()
        prev_hash = prev[0] if prev else chain.GENESIS
        stamp = "2026-01-01 00:00:00.000000"
        run(
            "INSERT INTO event (workshop_id, at, kind, payload, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            (
                workshop_id,
                stamp,
                "proposal.moved",
                payload,
                prev_hash,
                chain.event_hash(prev_hash, workshop_id, stamp, "proposal.moved", payload),
            ),
        ).fetchall()
        run("COMMIT")
    except BaseException:
        run("ROLLBACK")
        raise


# -- concurrency -------------------------------------------------------------------------------


def cells_of(
    services: Services, workshop_id: int, writer: int, count: int
) -> list[tuple[int, int, int, int]]:
    """The scores writer `writer` records: (participant, proposal, criterion, value). Each
    writer is one participant (so no two writers share a cell) and goes over its cells
    several times, so the last value of each cell is known: the lost-update check."""
    info = services.workshop(workshop_id)
    people = [p.id for p in info.participants if p.role != "observer"]
    proposals = sorted(c.id for cards in services.board(workshop_id).cards.values() for c in cards)
    criteria = [(c.id, c.scale_min, c.scale_max) for c in info.criteria]
    person = people[writer % len(people)]
    rng = random.Random(SEED + writer)
    cells = [
        (person, q, c, low, high)
        for q in proposals[: max(1, count // 3)]
        for c, low, high in criteria
    ]
    return [
        (p, q, c, rng.randint(low, high))
        for i in range(count)
        for p, q, c, low, high in [cells[i % len(cells)]]
    ]


def write_cells(
    services: Services, round_id: int, cells: list[tuple[int, int, int, int]]
) -> tuple[int, int]:
    from roadmap_desktop.services import Problem

    done = refused = 0
    for p, q, c, value in cells:
        try:
            services.record_score(round_id, p, q, c, value)
            done += 1
        except Problem:
            refused += 1
    return done, refused


def bench_concurrency(
    sizes: Sizes, target: str | None = None, prefix: str = "service"
) -> dict[str, object]:
    """Writer threads (sharing one Services, as the ballot server does) and child processes
    (each its own Services, as a second laptop) record scores into one open round at once.
    Afterwards every cell must hold the last value its writer gave it. target: an empty
    store's URL (bench/pg_store.py), else a new file."""
    import threading

    with tempfile.TemporaryDirectory(prefix="roadmap-bench-conc-") as folder:
        path = target or str(Path(folder) / "concurrent.sqlite")
        store = open_store(path, busy_timeout_ms=30_000)
        try:
            services = Services(store)
            progress(f"concurrency: building a store of {sizes.proposals} proposals")
            workshop_id, _proposals = add_workshop(services, sizes)
            round_id = services.open_round(workshop_id).subject
            assert round_id is not None
            writers = sizes.concurrent_writers + sizes.concurrent_processes
            plans = [
                cells_of(services, round_id, w, sizes.concurrent_scores) for w in range(writers)
            ]
            results: list[tuple[int, int]] = []
            lock = threading.Lock()

            def thread_writer(w: int) -> None:
                outcome = write_cells(services, round_id, plans[w])
                with lock:
                    results.append(outcome)

            progress(
                f"concurrency: {sizes.concurrent_writers} threads and "
                f"{sizes.concurrent_processes} processes, {sizes.concurrent_scores} scores each"
            )
            child = BENCH / "score_writer_child.py"
            children = [
                subprocess.Popen(
                    [
                        sys.executable,
                        str(child),
                        str(path),
                        str(workshop_id),
                        str(round_id),
                        str(sizes.concurrent_writers + i),
                        str(sizes.concurrent_scores),
                    ],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                )
                for i in range(sizes.concurrent_processes)
            ]
            for c in children:  # started and ready: their start-up is not timed
                assert c.stdout is not None and c.stdout.readline().strip() == "ready"
            threads = [
                threading.Thread(target=thread_writer, args=(w,))
                for w in range(sizes.concurrent_writers)
            ]
            start = time.perf_counter()
            for c in children:
                assert c.stdin is not None
                c.stdin.write("go\n")
                c.stdin.flush()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            for c in children:
                out, _err = c.communicate(timeout=600)
                report = json.loads(out.strip().splitlines()[-1])
                results.append((int(report["done"]), int(report["refused"])))
            wall = time.perf_counter() - start
            final = services.sealed_entries(round_id).scores
            expected: dict[tuple[int, int, int], int] = {}
            for plan in plans:
                for p, q, c, value in plan:
                    expected[(p, q, c)] = value
            lost = sum(1 for key, value in expected.items() if final.get(key) != value)
            check = store.integrity_check()
        finally:
            store.close()
    done = sum(d for d, _r in results)
    refused = sum(r for _d, r in results)
    return {
        f"{prefix}.concurrent_scores_per_s": round(done / wall, 1),
        f"{prefix}.concurrent_refused": refused,
        f"{prefix}.lost_updates": lost,
        f"{prefix}.concurrent_integrity_ok": check == "ok",
    }


def bench_scoring(sizes: Sizes) -> dict[str, object]:
    """Ranking everything from scores (score_proposals + rank, as results() does), median of
    rank_repeats runs; the score columns are built once, outside the timing."""
    rng = random.Random(SEED)
    proposals = list(range(1, sizes.proposals + 1))
    participants = list(range(1, sizes.participants + 1))
    criteria = list(range(1, sizes.criteria + 1))
    rows = [
        (person, proposal, criterion, rng.randint(1, 5))
        for proposal in proposals
        for person in participants
        for criterion in criteria
    ]
    columns = ScoreColumns.from_rows(rows)
    weights = {c: 1.0 for c in criteria}
    titles = {p: f"Proposal {p:04d}" for p in proposals}

    def rank_all() -> None:
        scored = score_proposals(columns, weights, aggregation="mean", discuss_threshold=1.0)
        ranked = rank([scored.get(p) or unscored(p) for p in proposals], titles)
        assert len(ranked) == len(proposals)

    label = f"{sizes.proposals}x{sizes.participants}"
    progress(f"scoring: ranking {label}x{sizes.criteria} scores, {sizes.rank_repeats} runs")
    rank_all()  # warm-up: first-call costs (imports, numpy dispatch) are not the steady state
    runs = [timed(rank_all) for _ in range(sizes.rank_repeats)]
    return {"scoring.rank_1000x30_ms": ms(statistics.median(runs))}


# -- board (Qt) ------------------------------------------------------------------------------

BOARD_CHILD = BENCH / "board_open_child.py"
FLOOR_CHILD = BENCH / "stack_floor_child.py"
CARD_FILTER = "roadmap_desktop.ui.board.card_filter"
BALLAST_EACH = 1_000_000  # extra references to None, True and False: see bench_board_window
_BALLAST: list[bool | None] = []


def build_board_store(path: Path, sizes: Sizes) -> int:
    """A store file holding the benchmark workshop plus one revealed round in which every
    director scored every proposal on every criterion (so every card shows a score badge).
    Returns the workshop id."""
    rng = random.Random(SEED)
    store = open_store(path)
    try:
        services = Services(store)
        workshop_id, proposals = add_workshop(services, sizes)
        info = services.workshop(workshop_id)
        entries = [
            ScoreEntry(person.id, proposal, criterion.id, rng.randint(low, high))
            for criterion in info.criteria
            for low, high in [(criterion.scale_min, criterion.scale_max)]
            for person in info.participants
            for proposal in proposals
        ]
        services.import_scores(workshop_id, entries, reveal=True, source="benchmark")
    finally:
        store.close()
    return workshop_id


def _run_child(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, object]]:
    """Seconds from just before starting the child to its exit, and its JSON report."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=180
    )
    elapsed = time.perf_counter() - start
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{Path(args[0]).name} exited {done.returncode}:\n{done.stderr[-2000:]}")
    report = json.loads(lines[-1])
    if not report.get("painted"):
        raise RuntimeError(f"{Path(args[0]).name} quit before painting: {report}")
    return elapsed, report


def bench_open(store: Path, sizes: Sizes, folder: Path) -> dict[str, object]:
    """Cold opens in child processes (offscreen), alternating the app and the stack's floor."""
    opens: list[float] = []
    floors: list[float] = []
    rss_kb: list[int] = []
    floor_rss_kb: list[int] = []
    for run_number in range(sizes.open_runs):
        # A fresh, empty settings folder per run: every open is a first open (no saved
        # geometry or last workshop), and the user's own settings are never read or written.
        home = folder / f"xdg-{run_number}"
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
        )
        progress(f"board: open run {run_number + 1} of {sizes.open_runs}")
        elapsed, report = _run_child([str(FLOOR_CHILD)], env)
        floors.append(elapsed)
        floor_rss_kb.append(int(report["rss_kb"]))
        elapsed, report = _run_child([str(BOARD_CHILD), str(store)], env)
        if report.get("cards") != sizes.proposals:
            raise RuntimeError(
                f"the board showed {report.get('cards')} cards, not {sizes.proposals}"
            )
        opens.append(elapsed)
        rss_kb.append(int(report["rss_kb"]))
    open_s = statistics.median(opens)
    floor_s = statistics.median(floors)
    return {
        "board.open_s": round(open_s, DECIMALS),
        "baseline.stack_floor_s": round(floor_s, DECIMALS),
        "board.open_ratio": round(open_s / floor_s, DECIMALS),
        "board.rss_mb": round(max(rss_kb) / 1024, DECIMALS),
        "baseline.stack_floor_rss_mb": round(max(floor_rss_kb) / 1024, DECIMALS),
    }


def _qt_app():
    """The QApplication: the running one, or a new offscreen one styled as app.run styles it.
    The offscreen platform is set only while the QApplication is made."""
    from PySide6.QtWidgets import QApplication

    from roadmap_desktop import locations
    from roadmap_desktop.ui import theme

    app = QApplication.instance()
    if app is None:
        before = os.environ.get("QT_QPA_PLATFORM")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        try:
            app = QApplication([sys.argv[0]])
        finally:
            if before is None:
                os.environ.pop("QT_QPA_PLATFORM", None)
            else:
                os.environ["QT_QPA_PLATFORM"] = before
        locations.name_application()
        theme.apply(app)
    return app


def _wait_for_paint(app, widget, deadline_s: float = 30.0) -> None:
    """Runs the event loop until widget gets its first paint (the window is exposed)."""
    from PySide6.QtCore import QEvent, QObject

    seen = []

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                seen.append(True)
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    give_up = time.perf_counter() + deadline_s
    while not seen and time.perf_counter() < give_up:
        app.processEvents()
        time.sleep(0.001)
    widget.removeEventFilter(watch)
    if not seen:
        raise RuntimeError("the board never painted")


def _keep_none_alive() -> None:
    """PySide6 6.12 drops a reference to None on many calls (a void call, a Python data()
    returning None, every card painted), and after a window is deleted also to True and
    False as the interpreter exits. Since Python 3.12 these are immortal and that is
    harmless; on 3.11 None's count runs down to zero and the process aborts ("none_dealloc:
    deallocating None") after about a hundred drops. Extra references, held until this
    process is gone (releasing them would hit zero), keep the benchmark alive;
    board.none_refs_lost_per_move reports the drain."""
    if sys.version_info < (3, 12) and not _BALLAST:
        _BALLAST.extend([None, True, False] * BALLAST_EACH)
        # Never freed, not even at exit: freeing it would give back references Qt took.
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(_BALLAST))


@contextmanager
def _shown_window(store_path: Path) -> Iterator[tuple[object, object]]:
    """(app, window): a MainWindow over the store, shown offscreen in this process, its first
    lane painted once; Qt's test settings folder (never the user's) while it lives. The window
    is deleted and the store closed on the way out."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths

    from roadmap_desktop.ui.main_window import MainWindow

    _keep_none_alive()
    app = _qt_app()
    test_mode = QStandardPaths.isTestModeEnabled()
    QStandardPaths.setTestModeEnabled(True)  # Qt's test settings folder, never the user's
    QSettings().clear()
    store = open_store(store_path)
    window = None
    try:
        window = MainWindow(Services(store))
        window.show()
        views = window.board_widget.views
        _wait_for_paint(app, views[0].viewport())
        for view in views:
            view.viewport().repaint()
        app.processEvents()
        yield app, window
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()
        QSettings().clear()
        QStandardPaths.setTestModeEnabled(test_mode)


def bench_board_window(store_path: Path, sizes: Sizes) -> dict[str, object]:
    """In-process drops (the real drop path) and, when present, card filtering, on a shown
    MainWindow over the board store."""
    from PySide6.QtCore import QModelIndex, Qt

    rng = random.Random(SEED)
    results: dict[str, object] = {}
    with _shown_window(store_path) as (app, window):
        views = window.board_widget.views

        def drop() -> float:
            source = rng.choice([v for v in views if v.lane_model.rowCount()])
            target = rng.choice(views)
            model = source.lane_model
            row = rng.randrange(model.rowCount())
            card = model.cards()[row].id
            mime = model.mimeData([model.index(row, 0)])
            at = rng.randint(0, target.lane_model.rowCount())
            start = time.perf_counter()
            target.lane_model.dropMimeData(mime, Qt.DropAction.MoveAction, at, 0, QModelIndex())
            source.viewport().repaint()
            if target is not source:
                target.viewport().repaint()
            elapsed = time.perf_counter() - start
            if target.lane_model.row_of(card) < 0:
                raise RuntimeError("a dropped card did not reach its lane")
            app.processEvents()  # untimed: queued layouts and deletions, between drops
            return elapsed

        progress(f"board: {sizes.board_moves} drops")
        for _ in range(sizes.warmup_calls):
            drop()
        pushed_before = window.undo_stack.count()
        nones_before = sys.getrefcount(None)
        moves = [drop() for _ in range(sizes.board_moves)]
        nones_lost = nones_before - sys.getrefcount(None)
        move_p50, move_p95 = p50_p95(moves)
        results["board.move_ms_p50"] = move_p50
        results["board.move_ms_p95"] = move_p95
        results["board.move_undo_pushes"] = window.undo_stack.count() - pushed_before
        results["board.none_refs_lost_per_move"] = round(nones_lost / len(moves), DECIMALS)
        if nones_lost > 0:
            progress(
                f"board: WARNING: Qt calls dropped {nones_lost} references to None over "
                f"{len(moves)} drops; on Python {platform.python_version()} the app aborts "
                "('deallocating None') once None's count reaches zero"
            )

        results.update(_bench_filter(app, window, sizes, rng))
    return results


def _bench_filter(app, window, sizes: Sizes, rng: random.Random) -> dict[str, object]:
    """Times apply_filter + a repaint of every lane, if the card filter exists yet."""
    try:
        found = importlib.util.find_spec(CARD_FILTER) is not None
        module = importlib.import_module(CARD_FILTER) if found else None
    except ImportError:
        module = None
    apply_filter = getattr(module, "apply_filter", None)
    card_filter = getattr(module, "CardFilter", None)
    if not sizes.board_filters:
        return {}
    if apply_filter is None or card_filter is None:
        progress("board: no card filter yet (ui/board/card_filter.py); board.filter_ms_p50 skipped")
        return {}
    views = window.board_widget.views
    delegate = window.board_widget.delegate
    # Words that match all, many, a few or no cards; then proposal numbers (one card each).
    words = [
        "proposal",
        "Proposal 0",
        "bench",
        "Benchmarks",
        "safe",
        "inclusive",
        "pilot",
        "capacity",
        "sustainable",
        "zzz-no-match",
        "a",
        "pro",
        "PROPOSAL",
        "demo",
    ]
    top = max(1, sizes.proposals)
    numbers = [f"{rng.randint(1, top):04d}" for _ in range(sizes.board_filters)]
    texts = (words + numbers)[: sizes.board_filters]
    rng.shuffle(texts)
    progress(f"board: {len(texts)} filters")

    def run_filter(text: str) -> float:
        start = time.perf_counter()
        apply_filter(views, delegate, card_filter(text=text), hide=False)
        for view in views:
            view.viewport().repaint()
        elapsed = time.perf_counter() - start
        app.processEvents()
        return elapsed

    run_filter("warm-up")
    samples = [run_filter(text) for text in texts]
    run_filter("")
    return {"board.filter_ms_p50": ms(statistics.median(samples))}


def bench_board(sizes: Sizes) -> dict[str, object]:
    """The board: cold open against the stack's floor (child processes), then drops and
    filters on a shown window, all offscreen, over 1,000 scored cards."""
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-board-") as folder:
        store = Path(folder) / "board.sqlite"
        progress(
            f"board: building a store of {sizes.proposals} proposals, "
            f"{sizes.participants} directors, one revealed round"
        )
        build_board_store(store, sizes)
        results = bench_open(store, sizes, Path(folder))
        results.update(bench_board_window(store, sizes))
    return results


def build_large_store(path: Path, sizes: Sizes) -> int:
    """A store with the San José workshop and sizes.large_proposals proposals imported into
    its Inbox, as `import proposals` puts them (no rounds). Returns the workshop id."""
    store = open_store(path)
    try:
        services = Services(store)
        workshop_id = services.create_workshop(
            WorkshopSpec.san_jose(
                "Large workshop",
                participants=tuple(
                    ParticipantSpec(f"Director {i + 1}") for i in range(sizes.participants)
                ),
            )
        ).subject
        assert workshop_id is not None
        specs = [
            ProposalSpec(f"Imported proposal {i + 1:05d}", summary="From a department.")
            for i in range(sizes.large_proposals)
        ]
        services.import_proposals(workshop_id, add=specs, source="benchmark")
    finally:
        store.close()
    return workshop_id


def bench_board_10k(sizes: Sizes) -> dict[str, object]:
    """The board with sizes.large_proposals cards, nearly all in one lane: a cold open against
    the stack's floor, and drops, as the board group measures them at 1,000 cards."""
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-board10k-") as folder:
        store = Path(folder) / "large.sqlite"
        progress(f"board_10k: building a store of {sizes.large_proposals} proposals")
        build_large_store(store, sizes)
        opened = bench_open(store, replace(sizes, proposals=sizes.large_proposals), Path(folder))
        moved = bench_board_window(store, replace(sizes, board_filters=0))
    return {
        "board.open_s_10k": opened["board.open_s"],
        "baseline.stack_floor_s_10k": opened["baseline.stack_floor_s"],
        "board.open_ratio_10k": opened["board.open_ratio"],
        "board.rss_mb_10k": opened["board.rss_mb"],
        "board.move_ms_p50_10k": moved["board.move_ms_p50"],
        "board.move_ms_p95_10k": moved["board.move_ms_p95"],
    }


# -- scoring (Qt) ----------------------------------------------------------------------------

SETTLE_QUIET_S = 0.3  # the results panel counts as settled after this long with no timer on


def build_scoring_store(path: Path, sizes: Sizes) -> tuple[int, int]:
    """The board store at sizes.ui_proposals proposals (one revealed round of full scores)
    plus a second round opened over every proposal. Returns (workshop id, open round id)."""
    workshop_id = build_board_store(path, replace(sizes, proposals=sizes.ui_proposals))
    store = open_store(path)
    try:
        round_id = Services(store).open_round(workshop_id).subject
    finally:
        store.close()
    assert round_id is not None
    return workshop_id, round_id


def _one_key_values(low: int, high: int) -> list[int]:
    """The values of a low–high scale that one digit key records at once (a digit that may
    start a longer value, like "1" of "10", waits for the next key instead)."""
    values = range(low, high + 1)
    return [
        v
        for v in values
        if 0 <= v <= 9 and not any(str(w).startswith(str(v)) and w != v for w in values)
    ]


def _settle(app, panel, deadline_s: float = 60.0) -> None:
    """Processes events until neither the results panel's refresh timer nor its charts'
    redraw timer has been active for SETTLE_QUIET_S."""
    give_up = time.perf_counter() + deadline_s
    quiet_since = time.perf_counter()
    while time.perf_counter() - quiet_since < SETTLE_QUIET_S:
        if time.perf_counter() > give_up:
            raise RuntimeError("the results panel never settled")
        app.processEvents()
        if panel.refresh_timer.isActive() or panel.charts.timer.isActive():
            quiet_since = time.perf_counter()
        time.sleep(0.001)


def _bench_entry(app, window, round_id: int, sizes: Sizes, rng: random.Random) -> dict:
    """Digits typed into the Score tab's grid (one-proposal mode), each timed from the key
    press until the store, the board's card, the results panel and the grid have it and the
    grid and the card's lane are repainted."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPixmap
    from PySide6.QtTest import QTest

    from roadmap_desktop.ui.scoring.score_grid import VALUE_ROLE

    panel = window.scoring
    window.tabs.setCurrentWidget(panel)
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData("proposal"))
    panel.show_values.setChecked(True)  # the cell shows the digit itself, not "✓"
    app.processEvents()
    grid, model, results = panel.grid, panel.grid_model, window.results
    if panel.round is None or panel.round.id != round_id or model.read_only:
        raise RuntimeError(f"the Score tab is not on the open round: {model.read_only}")
    proposal = model.subject
    lane = next(v for v in window.board_widget.views if v.lane_model.row_of(proposal) >= 0)
    voters = window.board_widget.context.voters
    # On the Score tab the board is hidden and repaint() of a hidden lane paints nothing, so
    # the lane is painted into a pixmap instead: the same delegate paint of every card on show.
    lane_pixmap = QPixmap(lane.viewport().size())

    def paint_lane() -> None:
        if lane.viewport().isVisible():
            lane.viewport().repaint()
        else:
            lane.viewport().render(lane_pixmap)

    scorers: set[int] = set()  # who has scored the proposal: only this benchmark types here
    heard: list[object] = []
    # Connected after the window's own slot, so it runs once _on_change has returned: the
    # board, the Score tab and the results panel have all been given the change.
    window.bridge.changed.connect(lambda change: heard.append(change))

    def card_text() -> str:
        index = lane.lane_model.index(lane.lane_model.row_of(proposal), 0)
        return str(lane.lane_model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole))

    def enter() -> float:
        row, column = rng.randrange(model.rowCount()), rng.randrange(model.columnCount())
        index = model.index(row, column)
        grid.setCurrentIndex(index)
        app.processEvents()  # untimed: the move to the cell
        person, _proposal, criterion = key = model.key(row, column)
        scale = model.column(column)
        value = rng.choice(
            [v for v in _one_key_values(scale.low, scale.high) if v != panel.entries.get(key)]
        )
        voted = f"{len(scorers | {person})} of {voters} voted"
        heard_before = len(heard)

        def landed() -> bool:
            change = next(
                (
                    c
                    for c in heard[heard_before:]
                    if c.kind == "score.recorded"
                    and c.subject == proposal
                    and c.detail["participant"] == person
                    and c.detail["criterion"] == criterion
                ),
                None,
            )
            return (
                change is not None
                and (results._stale or results.refresh_timer.isActive())
                and model.data(index, VALUE_ROLE) == value
                and model.data(index, Qt.ItemDataRole.DisplayRole) == str(value)
                and voted in card_text()
            )

        give_up = time.perf_counter() + 10
        start = time.perf_counter()
        QTest.keyClick(grid, Qt.Key(Qt.Key.Key_0.value + value))
        while not landed():
            if time.perf_counter() > give_up:
                raise RuntimeError(f"a typed {value} never reached the screen: {card_text()}")
            app.processEvents()
        grid.viewport().repaint()
        paint_lane()
        elapsed = time.perf_counter() - start
        scorers.add(person)
        # Untimed: the key handler committed before any of the above could see the change.
        stored = window.services.sealed_entries(
            round_id, proposal_id=proposal, participant_id=person
        ).scores
        if stored.get(key) != value:
            raise RuntimeError(f"a typed {value} is not in the store: {stored.get(key)}")
        app.processEvents()  # untimed: whatever the entry queued
        return elapsed

    progress(f"scoring_ui: {sizes.ui_entries} entries typed into the grid")
    for _ in range(sizes.warmup_calls):
        enter()
    pushed_before = window.undo_stack.count()
    samples = [enter() for _ in range(sizes.ui_entries)]
    entry_p50, entry_p95 = p50_p95(samples)
    return {
        "scoring.entry_to_screen_ms_p50": entry_p50,
        "scoring.entry_to_screen_ms_p95": entry_p95,
        "scoring.entry_undo_pushes": window.undo_stack.count() - pushed_before,
    }


def _bench_burst(app, window, round_id: int, sizes: Sizes, rng: random.Random) -> dict:
    """A burst of record_score calls in the open round, spread over sizes.burst_s of wall
    time with the event loop running, while the Results tab shows the revealed round's
    charts; counts the charts' redraws and the results panel's reloads it caused."""
    services, results = window.services, window.results
    window.tabs.setCurrentWidget(results)
    results.views.setCurrentWidget(results.charts)
    _settle(app, results)  # loads matplotlib and draws the chart once, outside the count
    if results.results is None or results.redraws == 0:
        raise RuntimeError("the Results tab shows no charts of the revealed round")
    info = services.workshop(window.current_workshop())
    people = [p.id for p in info.voters]
    criteria = [(c.id, c.scale_min, c.scale_max) for c in info.criteria]
    proposals = [c.id for v in window.board_widget.views for c in v.lane_model.cards()]
    reloads: list[bool] = []
    results.refresh_timer.timeout.connect(lambda: reloads.append(True))
    redraws_before = results.redraws
    spacing = sizes.burst_s / sizes.burst_entries
    progress(f"scoring_ui: a burst of {sizes.burst_entries} scores over {sizes.burst_s} s")
    start = time.perf_counter()
    for number in range(sizes.burst_entries):
        due = start + number * spacing
        while time.perf_counter() < due:
            app.processEvents()
            time.sleep(0.001)
        criterion, low, high = rng.choice(criteria)
        services.record_score(
            round_id, rng.choice(people), rng.choice(proposals), criterion, rng.randint(low, high)
        )
        app.processEvents()
    burst_s = time.perf_counter() - start
    _settle(app, results)
    return {
        "scoring.burst_100_redraws": results.redraws - redraws_before,
        "scoring.burst_100_reloads": len(reloads),
        "scoring.burst_100_wall_s": round(burst_s, DECIMALS),
    }


def bench_scoring_ui(sizes: Sizes) -> dict[str, object]:
    """The Score and Results tabs on a shown MainWindow (offscreen, in this process) over
    sizes.ui_proposals proposals × sizes.participants directors × 3 criteria, one revealed
    round of full scores and a second round open: typed entries, then a burst of entries
    under the charts."""
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-scoring-") as folder:
        store = Path(folder) / "scoring.sqlite"
        progress(
            f"scoring_ui: building a store of {sizes.ui_proposals} proposals, "
            f"{sizes.participants} directors, one revealed round, one open"
        )
        _workshop_id, round_id = build_scoring_store(store, sizes)
        with _shown_window(store) as (app, window):
            results = _bench_entry(app, window, round_id, sizes, rng)
            results.update(_bench_burst(app, window, round_id, sizes, rng))
    return results


# -- import ----------------------------------------------------------------------------------

IMPORT_HEADER = (
    "Project Name",
    "Description",
    "Sponsoring Dept.",
    "Domain",
    "Category",
    "Estimated cost ($)",
    "Timeframe",
    "Lane",
)
_WORKS = (
    "Smart streetlights",
    "Pedestrian-first signal timing",
    "Biblioteca móvil para familias",
    "Thư viện lưu động — mobile library stops",
    "Permit tracking portal",
    "Alertas de emergencia en español",
    "Tree canopy sensors",
    "Một cửa: pay any city bill from one account",
    "Wi-Fi in community centres",
    "Flood early-warning gauges",
    "Chatbot for 311 requests",
    "Parques seguros: lighting and cameras",
)
_PLACES = (
    "Downtown",
    "East San José",
    "Alum Rock",
    "Little Saigon",
    "Willow Glen",
    "Berryessa",
    "Evergreen",
    "Almaden",
    "Alviso",
    "North San José",
)
_DEPARTMENTS = (
    "Transportation",
    "Library",
    "Parks, Recreation and Neighborhood Services",
    "Police",
    "Fire",
    "Environmental Services",
    "Information Technology",
    "Planning, Building and Code Enforcement",
)
_SUMMARIES = (
    "A pilot in {place} to learn what residents need before the city spends at scale; "
    "success is measured by use, complaints and cost per resident served.",
    "Servicio bilingüe para vecinos de {place}: información clara, trámites en línea y "
    "atención en persona cuando hace falta.",
    "Dự án cho cư dân {place}: thông tin rõ ràng bằng tiếng Việt, thủ tục trực tuyến và "
    "hỗ trợ tận nơi.",
    "Replace paper forms in {place} with one online request that staff can track end to "
    "end, cutting the wait from weeks to days.",
)
_COSTS = ("$1,250,000", "250k", "1.2M", "85000", "1 250 000", "", "$40,000", "3.5M")
_TIMEFRAMES = ("6 months", "12 months", "18 months", "2 years", "FY 2026–27", "")
_DOMAIN_SPELLINGS = ("Safe", "inclusive", "User-friendly", "SUSTAINABLE", "Demonstration")
_CATEGORY_SPELLINGS = (
    "Implementation at scale",
    "Strategy / demonstration / pilot",
    "capacity building",
)


def import_rows(count: int) -> list[tuple[object, ...]]:
    """count proposals as departments write them: unique titles, Spanish and Vietnamese text,
    costs in several spellings, mostly no lane (the Inbox), a few for the Shortlist."""
    rng = random.Random(SEED)
    rows: list[tuple[object, ...]] = []
    for i in range(count):
        place = _PLACES[i % len(_PLACES)]
        rows.append(
            (
                f"{_WORKS[i % len(_WORKS)]} — {place} #{i + 1}",
                rng.choice(_SUMMARIES).format(place=place),
                rng.choice(_DEPARTMENTS),
                _DOMAIN_SPELLINGS[i % len(_DOMAIN_SPELLINGS)],
                _CATEGORY_SPELLINGS[i % len(_CATEGORY_SPELLINGS)],
                rng.choice(_COSTS),
                rng.choice(_TIMEFRAMES),
                "Shortlist" if i % 25 == 0 else "",
            )
        )
    return rows


def write_import_files(folder: Path, count: int) -> dict[str, Path]:
    """The same proposals as depts.csv (UTF-8) and depts.xlsx (costs as numbers where the
    spreadsheet would hold numbers)."""
    import csv

    from openpyxl import Workbook

    from roadmap_desktop.importing.proposal_plan import parse_cost

    rows = import_rows(count)
    csv_path = folder / "depts.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(IMPORT_HEADER)
        writer.writerows(rows)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Proposals")
    sheet.append(list(IMPORT_HEADER))
    for row in rows:
        cost = parse_cost(str(row[5]))
        sheet.append([*row[:5], None if cost is None else int(cost), *row[6:]])
    xlsx_path = folder / "depts.xlsx"
    book.save(xlsx_path)
    return {"csv": csv_path, "xlsx": xlsx_path}


def import_file(services: Services, path: Path, workshop: str) -> int:
    """What `import proposals FILE --workshop W` does after opening the store: read, plan,
    import (committed). Returns the number of proposals added."""
    from roadmap_desktop.importing.proposal_plan import Choices, plan_import
    from roadmap_desktop.importing.sheet import read_sheet

    workshop_id = services.find_workshop(workshop).id
    info = services.workshop(workshop_id)
    existing = [c for cards in services.board(workshop_id).cards.values() for c in cards]
    existing += services.archived_proposals(workshop_id)
    plan = plan_import(read_sheet(path), info, existing, Choices())
    if plan.problems:
        raise RuntimeError(f"the benchmark file has problems: {plan.problems[:3]}")
    services.import_proposals(
        workshop_id,
        domains=plan.new_domains,
        categories=plan.new_categories,
        add=[spec for _row, spec in plan.add],
        update=plan.update,
        source=path.name,
    )
    return len(plan.add)


def bench_import(sizes: Sizes) -> dict[str, object]:
    """Importing sizes.import_rows proposals (8 columns) from CSV and from XLSX: read_sheet +
    plan_import + Services.import_proposals, committed, each run into a fresh San José
    workshop on a durable store file; median of sizes.import_runs runs per format."""
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-import-") as folder:
        progress(f"import: writing {sizes.import_rows} proposals as CSV and XLSX")
        files = write_import_files(Path(folder), sizes.import_rows)
        store = open_store(Path(folder) / "import.sqlite")
        try:
            services = Services(store)
            for kind, path in files.items():
                runs = []
                for run_number in range(sizes.import_runs):
                    name = f"Import benchmark {kind} {run_number + 1}"
                    services.create_workshop(WorkshopSpec.san_jose(name))
                    progress(f"import: {kind} run {run_number + 1} of {sizes.import_runs}")
                    start = time.perf_counter()
                    added = import_file(services, path, name)
                    runs.append(time.perf_counter() - start)
                    if added != sizes.import_rows:
                        raise RuntimeError(f"imported {added} of {sizes.import_rows} rows")
                results[f"import.{kind}_10k_s"] = round(statistics.median(runs), DECIMALS)
        finally:
            store.close()
    return {key: results[key] for key in ("import.xlsx_10k_s", "import.csv_10k_s")}


# -- council packet --------------------------------------------------------------------------

PACKET_PROPOSALS = 200
PACKET_ROUNDS = 3


def build_packet_workshop(services: Services, sizes: Sizes) -> int:
    """A San José workshop of PACKET_PROPOSALS proposals (at most sizes.proposals) with the
    import benchmark's titles and summaries (Spanish and Vietnamese among them), spread over
    the lanes, sizes.participants directors, and PACKET_ROUNDS revealed rounds in which every
    director scored every proposal on every criterion. Returns the workshop id."""
    rng = random.Random(SEED)
    participants = tuple(ParticipantSpec(f"Director {i + 1}") for i in range(sizes.participants))
    workshop_id = services.create_workshop(
        WorkshopSpec.san_jose("Packet benchmark", participants=participants)
    ).subject
    assert workshop_id is not None
    info = services.workshop(workshop_id)
    count = min(PACKET_PROPOSALS, sizes.proposals)
    specs = [
        ProposalSpec(
            title=row[0],
            summary=str(row[1]),
            department=str(row[2]),
            domain=info.domains[i % len(info.domains)].name,
            category=info.categories[i % len(info.categories)].name,
            cost=float(rng.randrange(40, 4000) * 1000),
            timeframe=str(row[6]),
            lane=info.lanes[i % len(info.lanes)].name,
        )
        for i, row in enumerate(import_rows(count))
    ]
    proposals = services.add_proposals(workshop_id, specs).proposals
    for number in range(1, PACKET_ROUNDS + 1):
        entries = [
            ScoreEntry(person.id, proposal, criterion.id, rng.randint(low, high))
            for criterion in info.criteria
            for low, high in [(criterion.scale_min, criterion.scale_max)]
            for person in info.participants
            for proposal in proposals
        ]
        services.import_scores(
            workshop_id, entries, round_number=number, reveal=True, source="benchmark"
        )
    return workshop_id


def _time_packet(services: Services, workshop_id: int, runs: int) -> float:
    """Median seconds of render_packet (gather through services, charts, Typst) over runs;
    the first run, in a fresh process, includes loading matplotlib and Typst."""
    from roadmap_desktop.export.packet import render_packet

    samples = []
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        pdf = render_packet(services, workshop_id)
        samples.append(time.perf_counter() - start)
        if not pdf.startswith(b"%PDF"):
            raise RuntimeError("the council packet is not a PDF")
    return round(statistics.median(samples), DECIMALS)


def bench_export_packet(sizes: Sizes) -> dict[str, object]:
    """The council packet (export packet): the demo workshop, then a workshop of 200
    proposals × sizes.participants directors × 3 revealed rounds; median of
    sizes.open_runs renders each, on a durable store file."""
    from roadmap_desktop.services.demo import build_demo

    with tempfile.TemporaryDirectory(prefix="roadmap-bench-packet-") as folder:
        store = open_store(Path(folder) / "packet.sqlite")
        try:
            services = Services(store)
            progress("export_packet: the demo workshop")
            demo = build_demo(services)
            demo_s = _time_packet(services, demo, sizes.open_runs)
            progress(
                f"export_packet: building {min(PACKET_PROPOSALS, sizes.proposals)} proposals, "
                f"{sizes.participants} directors, {PACKET_ROUNDS} revealed rounds"
            )
            big = build_packet_workshop(services, sizes)
            big_s = _time_packet(services, big, sizes.open_runs)
        finally:
            store.close()
    # Repeats in one process: Typst answers much from its cache (export_cold: a first render).
    return {"export.packet_cached_s": demo_s, "export.packet_200_s": big_s}


# -- roadmap poster --------------------------------------------------------------------------


def bench_export_poster(sizes: Sizes) -> dict[str, object]:
    """The roadmap poster (export poster): median of sizes.open_runs renders of the demo
    workshop's 36 × 24 in poster PDF (poster_data through services, then Typst), on a durable
    store file; typst is imported before the first run, so no run pays for that import."""
    import typst  # noqa: F401  (imported here: its import is not part of a render)

    from roadmap_desktop.export.poster import render_poster
    from roadmap_desktop.services.demo import build_demo

    with tempfile.TemporaryDirectory(prefix="roadmap-bench-poster-") as folder:
        store = open_store(Path(folder) / "poster.sqlite")
        try:
            services = Services(store)
            demo = build_demo(services)
            samples = []
            for run_number in range(max(1, sizes.open_runs)):
                progress(f"export_poster: render {run_number + 1} of {sizes.open_runs}")
                start = time.perf_counter()
                pdf = render_poster(services, demo)
                samples.append(time.perf_counter() - start)
                if not isinstance(pdf, bytes) or not pdf.startswith(b"%PDF"):
                    raise RuntimeError("the poster is not a PDF")
        finally:
            store.close()
    # Repeats in one process: Typst answers much from its cache (export_cold: a first render).
    return {"export.poster_cached_s": round(statistics.median(samples), DECIMALS)}


def bench_ballot(sizes: Sizes) -> dict[str, object]:
    """Phones voting through a shown window's ballot server: bench/ballot_load.py."""
    spec = importlib.util.spec_from_file_location("roadmap_bench_ballot", BENCH / "ballot_load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.bench_ballot(sizes, sys.modules[__name__])


def bench_presenter(sizes: Sizes) -> dict[str, object]:
    """The room's screen: fitting the board, stepping the reveal: bench/presenter_load.py."""
    spec = importlib.util.spec_from_file_location(
        "roadmap_bench_presenter", BENCH / "presenter_load.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.bench_presenter(sizes, sys.modules[__name__])


# Group name → benchmark. Later benchmarks register here; main() merges their dicts in order.
BENCHMARKS: dict[str, Callable[[Sizes], dict[str, object]]] = {
    "env": bench_env,
    "service": bench_service,
    "scoring": bench_scoring,
    "board": bench_board,
    "scoring_ui": bench_scoring_ui,
    "import": bench_import,
    "export_packet": bench_export_packet,
    "export_poster": bench_export_poster,
    # First renders in new processes and the tiled poster's memory: bench/export_cold.py.
    "export_cold": lambda sizes: importlib.import_module("bench.export_cold").bench_export_cold(
        sizes, sys.modules[__name__]
    ),
    "concurrency": bench_concurrency,
    "board_10k": bench_board_10k,
    "ballot": bench_ballot,
    "presenter": bench_presenter,
    # The desktop bundle: its size, its frozen start-up and self-test: bench/ship.py.
    "ship": lambda sizes: importlib.import_module("bench.ship").bench_ship(
        sizes, sys.modules[__name__]
    ),
    # The shared store on a PostgreSQL server (ROADMAP_BENCH_DATABASE_URL): bench/pg_store.py.
    "pg": lambda sizes: importlib.import_module("bench.pg_store").bench_pg(
        sizes, sys.modules[__name__]
    ),
    # What-if weights, the stability of the cut, the best roadmap under a budget.
    "decide": lambda sizes: importlib.import_module("bench.decide").bench_decide(
        sizes, sys.modules[__name__]
    ),
    # The crash campaign, backups and the open-time check: bench/store_recovery.py.
    "store": lambda sizes: importlib.import_module("bench.store_recovery").bench_store(
        sizes, sys.modules[__name__]
    ),
}


def run(groups: list[str] | None = None, sizes: Sizes | None = None) -> dict[str, object]:
    """Runs the named groups (all when None or empty; env always) and merges their keys."""
    sizes = sizes or (Sizes.quick() if os.environ.get("BENCH_QUICK") else Sizes())
    chosen = list(groups) if groups else list(BENCHMARKS)
    unknown = [g for g in chosen if g not in BENCHMARKS]
    if unknown:
        raise SystemExit(
            f"Unknown benchmark group(s): {', '.join(unknown)}. Known: {', '.join(BENCHMARKS)}."
        )
    if "env" not in chosen:
        chosen.insert(0, "env")
    results: dict[str, object] = {}
    for name in dict.fromkeys(chosen):
        start = time.perf_counter()
        results.update(BENCHMARKS[name](sizes))
        progress(f"{name}: done in {time.perf_counter() - start:.1f} s")
    return results


def main(argv: list[str] | None = None) -> int:
    results = run(sys.argv[1:] if argv is None else argv)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
