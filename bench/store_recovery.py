"""The "store" benchmark group (bench/run.py registers it): surviving crashes, and what backups
and the open-time check cost.

store.crash_campaign_kills / _lost / _ops / _acknowledged / _s: the crash campaign of
tests/store/campaign.py — the scripted workshop of 10,000 operations in a child process,
SIGKILLed at 50 random moments and restarted on the same store, every store checked after
every run; lost counts acknowledged operations missing from the store (must be 0).
store.backup_s: take_backup of a workshop of sizes.proposals proposals and one revealed round
scored by every director on every criterion (the median of BACKUP_RUNS);
store.copy_floor_s: the same file copied with shutil.copyfile and synced to the disk, the
floor a backup (which also checks its copy and syncs its folder) can approach;
store.backup_ratio: their ratio. store.open_check_s: quick_check on that store, what every
opening pays (median of CHECK_RUNS). store.size_mb: that store's size.
"""

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

BACKUP_RUNS = 3
CHECK_RUNS = 5
CAMPAIGN = {"full": (10_000, 50), "quick": (200, 2)}  # operations, kills
SEED = 20261202


def _median_s(samples: list[float]) -> float:
    return round(statistics.median(samples), 4)


def _campaign(quick: bool, helpers: Any) -> dict[str, object]:
    from tests.store.campaign import run_campaign

    count, kills = CAMPAIGN["quick" if quick else "full"]
    helpers.progress(f"store: crash campaign, {count} operations, {kills} kills")
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-campaign-") as folder:
        outcome = run_campaign(Path(folder), seed=SEED, count=count, kills=kills)
    if outcome.problems:
        helpers.progress("store: the campaign found: " + "; ".join(outcome.problems[:5]))
    return {
        "store.crash_campaign_ops": outcome.done,
        "store.crash_campaign_kills": outcome.kills,
        "store.crash_campaign_lost": outcome.lost,
        "store.crash_campaign_acknowledged": outcome.acknowledged,
        "store.crash_campaign_problems": len(outcome.problems),
        "store.crash_campaign_s": round(outcome.seconds, 1),
    }


def _copy_synced(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _backup_and_check(sizes: Any, helpers: Any) -> dict[str, object]:
    from roadmap_desktop.services import ScoreEntry, Services
    from roadmap_desktop.store import open_store
    from roadmap_desktop.store.backups import take_backup
    from roadmap_desktop.store.checks import quick_check

    with tempfile.TemporaryDirectory(prefix="roadmap-bench-backup-") as folder:
        path = Path(folder) / "workshop.sqlite"
        store = open_store(path)
        try:
            services = Services(store)
            helpers.progress(f"store: a workshop of {sizes.proposals} proposals, scored")
            workshop_id, proposals = helpers.add_workshop(services, sizes)
            info = services.workshop(workshop_id)
            entries = [
                ScoreEntry(p.id, q, c.id, 1 + (q * 7 + p.id * 3 + c.id) % 5)
                for p in info.participants
                for q in proposals
                for c in info.criteria
            ]
            services.import_scores(workshop_id, entries, round_number=1, reveal=True)
        finally:
            store.close()
        size_mb = round(path.stat().st_size / 1e6, 2)

        backups, floors, checks = [], [], []
        for i in range(BACKUP_RUNS):
            started = time.perf_counter()
            take_backup(path, "periodic")
            backups.append(time.perf_counter() - started)
            started = time.perf_counter()
            _copy_synced(path, Path(folder) / f"floor-{i}.sqlite")
            floors.append(time.perf_counter() - started)
        for _ in range(CHECK_RUNS):
            started = time.perf_counter()
            verdict = quick_check(path)
            checks.append(time.perf_counter() - started)
            assert verdict is None, verdict
    backup_s, floor_s = _median_s(backups), _median_s(floors)
    return {
        "store.size_mb": size_mb,
        "store.backup_s": backup_s,
        "store.copy_floor_s": floor_s,
        "store.backup_ratio": round(backup_s / floor_s, 2) if floor_s > 0 else None,
        "store.open_check_s": _median_s(checks),
    }


def bench_store(sizes: Any, helpers: Any) -> dict[str, object]:
    quick = sizes == helpers.Sizes.quick()
    return {**_backup_and_check(sizes, helpers), **_campaign(quick, helpers)}
