"""Smoke test of the "export_cold" benchmark group: first exports in new processes and the
tiled poster's peak memory are reported as numbers, at tiny sizes (never speed or memory)."""

from tests.bench.test_bench_runs import run_groups

COLD_KEYS = (
    "baseline.typst_cold_s",
    "baseline.typst_cold_cpu_s",
    "baseline.app_import_s",
    "export.packet_cold_s",
    "export.packet_cold_cpu_s",
    "export.poster_cold_s",
    "export.poster_cold_cpu_s",
    "export.packet_cold_ratio",
    "export.packet_cold_cpu_ratio",
    "export.poster_cold_ratio",
    "export.poster_tiled_s",
    "export.poster_tiled_rss_mb",
)


def test_export_cold_group_reports_its_keys():
    # A child process: the group starts its own CLI and Typst children.
    results = run_groups("export_cold", timeout=900)
    for key in COLD_KEYS:
        value = results[key]
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert value > 0, key
