"""The "export_cold" benchmark group (bench/run.py registers it): what a user's export costs
the first time, in a new process, and the peak memory of a tiled poster.

export.packet_cold_s / export.poster_cold_s: a new process runs the command line's `export
packet` / `export poster` (36 × 24 in PDF) of the demo workshop with its roadmap filled by
the quota cut line (21 projects), from starting the process to its exit after the file is
written (median of COLD_RUNS; Typst has no cache to answer from: each run is a first render).
baseline.typst_cold_s: a new process that imports typst and compiles a one-page document with
the same bundled fonts (bench/typst_baseline_child.py): the floor any first export pays.
export.packet_cold_ratio / export.poster_cold_ratio: each export over that floor.
baseline.app_import_s: a new process that only imports the command line, the services and
typst (the rest of the floor an export from our stack pays).
export.poster_tiled_rss_mb: peak memory (VmHWM) of a new process exporting the 48 × 36 in
(ARCH E) poster tiled over Letter sheets (28 sheets); export.poster_tiled_s its wall time.
The *_cpu_s keys are the same children's CPU time (user + system): on a shared machine the
wall time also counts waiting for a core.
"""

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
COLD_RUNS = {"full": 3, "quick": 1}


def _child(args: list[str]) -> tuple[float, dict[str, Any]]:
    """Seconds from starting `python args…` to its exit, and its last stdout line as JSON
    with "cpu_s" added: the child's user + system CPU time (on a busy machine, the wall time
    includes waiting for a core; the CPU time does not)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=300, cwd=BENCH.parent
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_s = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(args[:3])} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return elapsed, {**json.loads(lines[-1]), "cpu_s": cpu_s}


def _demo_with_roadmap(path: Path) -> str:
    """The demo store with the quota cut line on its Roadmap lane; returns the workshop's name."""
    from roadmap_desktop.services import Services
    from roadmap_desktop.services.demo import write_demo_store
    from roadmap_desktop.store import open_store

    name = write_demo_store(path)
    store = open_store(path)
    try:
        services = Services(store)
        workshop = services.find_workshop(name).id
        cut = services.cut_line(workshop, by_quota=True)
        assert cut.roadmap_lane_id is not None
        services.move_proposals(list(cut.selected), cut.roadmap_lane_id, 0)
    finally:
        store.close()
    return name


def _export(db: Path, name: str, what: str, out: Path, *extra: str) -> tuple[float, dict[str, Any]]:
    args = [str(BENCH / "cli_child.py"), "--db", str(db), "export", what]
    elapsed, report = _child([*args, "--workshop", name, "-o", str(out), *extra])
    if not out.read_bytes().startswith(b"%PDF"):
        raise RuntimeError(f"export {what} wrote no PDF")
    return elapsed, report


def bench_export_cold(sizes: Any, helpers: Any) -> dict[str, object]:
    from roadmap_desktop.export.typst_render import fonts_dir

    quick = sizes.open_runs <= 1
    runs = COLD_RUNS["quick" if quick else "full"]
    decimals = helpers.DECIMALS
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-cold-") as folder:
        root = Path(folder)
        db = root / "demo.sqlite"
        helpers.progress("export_cold: the demo store with its roadmap")
        name = _demo_with_roadmap(db)
        walls: dict[str, list[float]] = {"typst": [], "imports": [], "packet": [], "poster": []}
        cpus: dict[str, list[float]] = {key: [] for key in walls}
        baseline = [str(BENCH / "typst_baseline_child.py"), str(fonts_dir()), str(root)]
        for run in range(runs):
            helpers.progress(f"export_cold: run {run + 1} of {runs}")
            for key, (wall, report) in {
                "typst": _child(baseline),
                "imports": _child([str(BENCH / "cli_child.py"), "--imports"]),
                "packet": _export(db, name, "packet", root / "packet.pdf"),
                "poster": _export(db, name, "poster", root / "poster.pdf"),
            }.items():
                walls[key].append(wall)
                cpus[key].append(float(report["cpu_s"]))
        # Quick (smoke) runs tile the small tabloid poster: they check the keys, not the size.
        paper = "tabloid" if quick else "arch-e"
        helpers.progress(f"export_cold: tiled {paper} poster on Letter sheets")
        tiled_s, report = _export(
            db, name, "poster", root / "tiled.pdf", "--paper", paper, "--tiled", "letter"
        )
    med = {key: statistics.median(values) for key, values in walls.items()}
    cpu = {key: statistics.median(values) for key, values in cpus.items()}
    return {
        "baseline.typst_cold_cpu_s": round(cpu["typst"], decimals),
        "export.packet_cold_cpu_s": round(cpu["packet"], decimals),
        "export.poster_cold_cpu_s": round(cpu["poster"], decimals),
        "export.packet_cold_cpu_ratio": round(cpu["packet"] / cpu["typst"], 2),
        "baseline.typst_cold_s": round(med["typst"], decimals),
        "baseline.app_import_s": round(med["imports"], decimals),
        "export.packet_cold_s": round(med["packet"], decimals),
        "export.poster_cold_s": round(med["poster"], decimals),
        "export.packet_cold_ratio": round(med["packet"] / med["typst"], 2),
        "export.poster_cold_ratio": round(med["poster"] / med["typst"], 2),
        "export.poster_tiled_s": round(tiled_s, decimals),
        "export.poster_tiled_rss_mb": round(int(report["rss_kb"]) / 1024, 1),
    }
