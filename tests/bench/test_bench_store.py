"""Smoke test of the "store" benchmark group: it runs at tiny sizes, its keys are numbers,
and its small crash campaign kills its children and loses nothing (never speed)."""

from tests.bench.test_bench_runs import run_groups

STORE_KEYS = (
    "store.size_mb",
    "store.backup_s",
    "store.copy_floor_s",
    "store.backup_ratio",
    "store.open_check_s",
    "store.crash_campaign_ops",
    "store.crash_campaign_kills",
    "store.crash_campaign_lost",
    "store.crash_campaign_s",
)


def test_store_group_reports_its_keys_and_loses_nothing():
    # A child process: the campaign starts and kills children of its own.
    results = run_groups("store", timeout=900)
    for key in STORE_KEYS:
        value = results[key]
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert value >= 0, key
    assert results["store.crash_campaign_kills"] >= 2  # the quick campaign's kills
    assert results["store.crash_campaign_lost"] == 0
    assert results["store.crash_campaign_problems"] == 0
