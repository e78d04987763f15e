"""The "ship" benchmark group (bench/run.py registers it): the desktop bundle as a city laptop
meets it.

ship.bundle_mb: the size of dist/roadmap-desktop in MiB (what `du -sm` says; aim ≤ 250).
ship.bundle_start_s: the frozen app, started in an empty environment (offscreen, a fresh
settings folder, the demo store), to the first paint of its board's first lane (the app quits
there: ROADMAP_DESKTOP_QUIT_AT_FIRST_PAINT, see roadmap_desktop/ui/first_paint.py); median of
START_RUNS, alternated with baseline.stack_floor_s: an empty QMainWindow over PySide6 and
sqlmodel from the venv (bench/stack_floor_child.py), the floor any window of our stack pays.
ship.start_ratio: the one over the other.
ship.self_test_s: the frozen `roadmap-desktop --self-test`, start to exit.
The bundle is built first (pyinstaller build.spec, ~1 minute) when dist/ has none; say
BENCH_SHIP_REBUILD=1 to rebuild it. Without PyInstaller installed (the "ship" extra) the group
reports nothing.
"""

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
BUNDLE = ROOT / "dist" / "roadmap-desktop"
START_RUNS = {"full": 3, "quick": 1}


def _program() -> Path:
    name = "roadmap-desktop.exe" if sys.platform == "win32" else "roadmap-desktop"
    return BUNDLE / name


def _ensure_bundle(progress: Callable[[str], None]) -> bool:
    if _program().exists() and os.environ.get("BENCH_SHIP_REBUILD") != "1":
        return True
    if importlib.util.find_spec("PyInstaller") is None:
        progress("ship: PyInstaller is not installed (pip install -e '.[ship]'): skipped")
        return False
    progress("ship: building the bundle (pyinstaller build.spec)")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "build.spec"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return True


def _size_mib(folder: Path) -> float:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())
    return total / 2**20


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a laptop's fresh account gives the frozen app: no venv, no PYTHONPATH."""
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        **extra,
    }


def _timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:2])} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return elapsed


def bench_ship(sizes: Any, run: Any) -> dict[str, object]:
    """The ship keys; run is bench/run.py (its progress line and its rounding)."""
    if not _ensure_bundle(run.progress):
        return {}
    quick = sizes.proposals < 100
    runs = START_RUNS["quick" if quick else "full"]
    program = str(_program())
    results: dict[str, object] = {"ship.bundle_mb": round(_size_mib(BUNDLE), 1)}
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-ship-") as temp:
        folder = Path(temp)
        store = folder / "demo.sqlite"
        subprocess.run(
            [program, "demo", str(store)],
            env=_clean_env(folder / "home-demo"),
            check=True,
            capture_output=True,
        )
        starts: list[float] = []
        floors: list[float] = []
        for number in range(runs):
            run.progress(f"ship: start run {number + 1} of {runs}")
            home = folder / f"home-{number}"
            floor_env = dict(os.environ, **_clean_env(home / "floor"))
            floors.append(_timed([sys.executable, str(BENCH / "stack_floor_child.py")], floor_env))
            env = _clean_env(home / "app", ROADMAP_DESKTOP_QUIT_AT_FIRST_PAINT="1")
            starts.append(_timed([program, "--db", str(store)], env))
        run.progress("ship: the frozen self-test")
        self_test_s = _timed([program, "--self-test"], _clean_env(folder / "home-self-test"))
    start_s, floor_s = statistics.median(starts), statistics.median(floors)
    results.update(
        {
            "ship.bundle_start_s": round(start_s, run.DECIMALS),
            "baseline.stack_floor_s": round(floor_s, run.DECIMALS),
            "ship.start_ratio": round(start_s / floor_s, run.DECIMALS),
            "ship.self_test_s": round(self_test_s, run.DECIMALS),
        }
    )
    return results
