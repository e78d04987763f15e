"""Roadmap Desktop benchmarks: prints one JSON object of timings to stdout.

    python bench/run.py                  # every group
    python bench/run.py service scoring  # only these groups (env is always included)

Each group is a small function registered in BENCHMARKS; it takes a Sizes and returns a dict
of "group.key" → number. main() runs the chosen groups and merges their dicts. Progress goes
to stderr so stdout stays one JSON object. BENCH_QUICK=1 (or Sizes.quick()) runs tiny sizes,
for the smoke test; its timings mean nothing.
"""

import json
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from roadmap_desktop.domain.ranking import rank  # noqa: E402
from roadmap_desktop.domain.scoring import ScoreColumns, score_proposals, unscored  # noqa: E402
from roadmap_desktop.services import Services  # noqa: E402
from roadmap_desktop.services.specs import (  # noqa: E402
    ParticipantSpec,
    ProposalSpec,
    WorkshopSpec,
)
from roadmap_desktop.store import open_store  # noqa: E402

SEED = 20240601
DECIMALS = 3


@dataclass(frozen=True)
class Sizes:
    """How big each benchmark is; the defaults are the numbers the aims are stated for."""

    proposals: int = 1000
    participants: int = 30
    criteria: int = 3
    service_calls: int = 300
    warmup_calls: int = 10
    rank_repeats: int = 15

    @classmethod
    def quick(cls) -> "Sizes":
        """Tiny sizes: checks the benchmarks run, in well under a second each."""
        return cls(
            proposals=40,
            participants=4,
            criteria=3,
            service_calls=5,
            warmup_calls=1,
            rank_repeats=2,
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
    each timed around the call, which commits before returning."""
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-") as folder:
        store = open_store(Path(folder) / "bench.sqlite")
        try:
            services = Services(store)
            participants = tuple(
                ParticipantSpec(f"Director {i + 1}") for i in range(sizes.participants)
            )
            workshop_id = services.create_workshop(
                WorkshopSpec.san_jose("Benchmark workshop", participants=participants)
            ).subject
            assert workshop_id is not None
            info = services.workshop(workshop_id)
            lanes = [lane.id for lane in info.lanes]
            domains = [d.name for d in info.domains]
            categories = [c.name for c in info.categories]
            specs = [
                ProposalSpec(
                    title=f"Proposal {i + 1:04d}",
                    summary="A proposal for the benchmark.",
                    department="Benchmarks",
                    domain=domains[i % len(domains)],
                    category=categories[i % len(categories)],
                    lane=info.lanes[i % len(lanes)].name,
                )
                for i in range(sizes.proposals)
            ]
            progress(f"service: adding {sizes.proposals} proposals")
            proposals = list(services.add_proposals(workshop_id, specs).proposals)
            per_lane = max(1, sizes.proposals // len(lanes))

            def move() -> None:
                proposal = rng.choice(proposals)
                lane = rng.choice(lanes)
                position = rng.randint(0, per_lane)
                services.move_proposal(proposal, lane, position)

            progress(f"service: {sizes.service_calls} move_proposal calls")
            for _ in range(sizes.warmup_calls):
                move()
            moves = [timed(move) for _ in range(sizes.service_calls)]

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
            store.close()
    move_p50, move_p95 = p50_p95(moves)
    score_p50, score_p95 = p50_p95(scores)
    return {
        "service.move_ms_p50": move_p50,
        "service.move_ms_p95": move_p95,
        "service.score_ms_p50": score_p50,
        "service.score_ms_p95": score_p95,
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


# Group name → benchmark. Later benchmarks register here; main() merges their dicts in order.
BENCHMARKS: dict[str, Callable[[Sizes], dict[str, object]]] = {
    "env": bench_env,
    "service": bench_service,
    "scoring": bench_scoring,
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
