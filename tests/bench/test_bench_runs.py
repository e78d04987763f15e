"""Smoke test: the benchmark script runs at tiny sizes and reports numeric keys (no timings)."""

import importlib.util
import json
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


def test_bench_prints_one_json_object_of_numbers(monkeypatch, capsys):
    bench = _load_bench()
    assert {"env", "service", "scoring"} <= set(bench.BENCHMARKS)
    monkeypatch.setenv("BENCH_QUICK", "1")  # tiny sizes: this checks shape, never speed

    assert bench.main(["service", "scoring"]) == 0

    results = json.loads(capsys.readouterr().out)
    for key in (
        "service.move_ms_p50",
        "service.move_ms_p95",
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
