"""Smoke test: the benchmark script runs at tiny sizes and reports numeric keys (no timings)."""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

RUN_PY = Path(__file__).resolve().parents[2] / "bench" / "run.py"


def _load_bench():
    # bench/ is a folder of scripts, not a package: load run.py by path under its own name.
    name = "roadmap_bench_run"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, RUN_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def run_groups(*groups: str, timeout: int) -> dict:
    """The groups' keys from bench/run.py in a child process (its own offscreen
    QApplication, windows and child processes, none touching this test process), at tiny
    sizes."""
    env = dict(os.environ, BENCH_QUICK="1", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(RUN_PY), *groups],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_bench_prints_one_json_object_of_numbers(monkeypatch, capsys):
    bench = _load_bench()
    assert {"env", "service", "scoring", "scoring_ui"} <= set(bench.BENCHMARKS)
    monkeypatch.setenv("BENCH_QUICK", "1")  # tiny sizes: this checks shape, never speed

    assert bench.main(["service", "scoring"]) == 0

    results = json.loads(capsys.readouterr().out)
    for key in (
        "service.move_ms_p50",
        "service.move_ms_p95",
        "service.raw_commit_ms_p50",
        "service.move_ratio",
        "service.score_ms_p50",
        "service.score_ms_p95",
        "scoring.rank_1000x30_ms",
        "env.cpus",
    ):
        value = results[key]
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert value >= 0, key
    assert isinstance(results["env.python"], str)
    assert isinstance(results["env.sqlite"], str)


BOARD_KEYS = (
    "board.open_s",
    "baseline.stack_floor_s",
    "board.open_ratio",
    "board.rss_mb",
    "baseline.stack_floor_rss_mb",
    "board.move_ms_p50",
    "board.move_ms_p95",
    "board.move_undo_pushes",
    "board.none_refs_lost_per_move",
)


def test_board_group_reports_its_keys():
    # A child process: the group makes its own offscreen QApplication, window and child
    # processes, none of which should touch this test process. Tiny sizes, one open run.
    bench = _load_bench()
    assert "board" in bench.BENCHMARKS
    results = run_groups("board", timeout=900)
    for key in BOARD_KEYS:
        value = results[key]
        assert isinstance(value, int | float) and not isinstance(value, bool), key
    # Every timed drop went through the undo stack (a count, not a timing).
    assert results["board.move_undo_pushes"] == bench.Sizes.quick().board_moves
    if importlib.util.find_spec("roadmap_desktop.ui.board.card_filter") is not None:
        assert isinstance(results["board.filter_ms_p50"], int | float)


SCORING_UI_KEYS = (
    "scoring.entry_to_screen_ms_p50",
    "scoring.entry_to_screen_ms_p95",
    "scoring.entry_undo_pushes",
    "scoring.burst_100_redraws",
    "scoring.burst_100_reloads",
    "scoring.burst_100_wall_s",
)


def test_scoring_ui_group_reports_its_keys():
    # A child process, like the board group: its own offscreen QApplication and MainWindow
    # (Score tab, then Results ▸ Charts, which loads matplotlib). Tiny sizes; no timings.
    bench = _load_bench()
    assert "scoring_ui" in bench.BENCHMARKS
    results = run_groups("scoring_ui", timeout=900)
    for key in SCORING_UI_KEYS:
        value = results[key]
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert value >= 0, key
    # Every typed digit became one undoable entry; redraws and reloads are counts.
    assert results["scoring.entry_undo_pushes"] == bench.Sizes.quick().ui_entries
    assert isinstance(results["scoring.burst_100_redraws"], int)
    assert isinstance(results["scoring.burst_100_reloads"], int)


def test_concurrency_and_large_board_groups_report_their_keys():
    # Child processes again: the concurrency group starts its own writer processes, the
    # large board group its own QApplication. Tiny sizes; the counts are checked, not speed.
    bench = _load_bench()
    results = run_groups("concurrency", "board_10k", timeout=900)
    for key in (
        "service.concurrent_scores_per_s",
        "board.open_s_10k",
        "board.open_ratio_10k",
        "board.move_ms_p50_10k",
        "board.move_ms_p95_10k",
    ):
        value = results[key]
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert value > 0, key
    assert results["service.lost_updates"] == 0
    assert results["service.concurrent_refused"] == 0
    assert results["service.concurrent_integrity_ok"] is True
    assert bench.Sizes.quick().large_proposals < bench.Sizes().large_proposals


def test_ballot_group_reports_its_keys_and_loses_no_choice():
    # A child process: a shown window running the ballot server, and the phones in a child
    # process of its own. Tiny sizes; nothing lost or doubled is checked, never speed.
    bench = _load_bench()
    assert "ballot" in bench.BENCHMARKS
    results = run_groups("ballot", timeout=900)
    assert results["ballot.clients_50x20_lost"] == 0
    quick = bench.Sizes.quick()
    sent = quick.ballot_phones * quick.ballot_choices
    for prefix in ("ballot.", "ballot.burst_"):
        for key in ("p50_ms", "p95_ms", "ui_stall_ms_max", "choices_per_s"):
            value = results[prefix + key]
            assert isinstance(value, int | float) and not isinstance(value, bool), key
            assert value >= 0, key
        # Every choice once, some twice, some after a dropped connection: more requests.
        assert results[prefix + "requests"] > sent


def test_presenter_group_reports_its_keys():
    # A child process: a shown window's presenter, tiny sizes; the keys and that every reveal
    # step was taken, never speed.
    results = run_groups("presenter", timeout=900)
    quick = _load_bench().Sizes.quick()
    for key in ("fit_ms", "fit_ms_p50", "reveal_step_ms_p95"):
        value = results[f"presenter.{key}"]
        assert isinstance(value, int | float) and value >= 0, key
    # A row at a time, then the chart (no divided proposals in a uniform bench round or some).
    assert results["presenter.reveal_steps"] >= quick.proposals + 1
