"""Automatic backups through the services: when they are taken, that they never fail a
change, and restore_backup and check over an open store."""

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.store import StoreError, backups, open_store
from tests.services.helpers import Small, make_small


def _reasons(services: Services) -> list[str]:
    return [b.reason for b in services.backups()]


# Backups copy the store's file: a PostgreSQL store is backed up with pg_dump (see
# tests/store/test_postgres.py).
pytestmark = pytest.mark.usefixtures("sqlite_only")


@pytest.fixture
def kept(services: Services, small: Small) -> Services:
    """Services with automatic backups on, after the opening backup."""
    assert services.start_backups() is not None
    return services


def test_services_take_no_backups_unless_started(services, small, store):
    services.remove_lane(small.lanes["Shortlist"])
    services.close_round(services.open_round(small.id).subject)
    assert store.keeper is None
    assert not backups.backup_folder(store.path).exists()


def test_opening_takes_one_backup_unless_the_newest_holds_the_same(tmp_path):
    path = tmp_path / "store.sqlite"
    empty = Services(open_store(path))
    assert empty.start_backups() is None  # a new, empty store: nothing to keep yet
    empty.store.close()
    first = Services(open_store(path))
    make_small(first)
    first.store.close()

    for expected in (["opened"], ["opened"]):  # the second opening finds the same content
        again = Services(open_store(path))
        again.start_backups()
        assert _reasons(again) == expected
        again.store.close()


def test_a_round_closed_and_revealed_each_leave_a_backup(kept, small):
    round_id = kept.open_round(small.id).subject
    kept.close_round(round_id)
    kept.reveal_round(round_id)
    assert _reasons(kept)[:2] == ["round-revealed", "round-closed"]
    revealed = kept.backups()[0]
    conn = sqlite3.connect(revealed.path)
    try:
        assert conn.execute('SELECT status FROM "round"').fetchall() == [("revealed",)]
    finally:
        conn.close()


def test_removing_a_lane_backs_up_the_lane_first(kept, small):
    kept.remove_lane(small.lanes["Shortlist"])
    backup = kept.backups()[0]
    assert backup.reason == "before-remove-lane"
    conn = sqlite3.connect(backup.path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM lane")]
    finally:
        conn.close()
    assert "Shortlist" in names


def test_removing_a_criterion_and_configuring_criteria_back_up_first(kept, small):
    kept.remove_criterion(small.criteria["Core"])
    assert _reasons(kept)[0] == "before-remove-criterion"
    config = kept.configuration(small.id, ["criteria"])
    kept.configure_workshop(small.id, criteria=config["criteria"][:1])
    assert _reasons(kept)[:2] == ["before-remove-criterion", "before-remove-criterion"]


def test_imports_back_up_first(kept, small):
    kept.import_proposals(small.id, add=[ProposalSpec("Foxtrot")], source="more.csv")
    assert _reasons(kept)[0] == "before-import"
    kept.import_scores(small.id, [], reveal=False)
    assert _reasons(kept)[:2] == ["before-import", "before-import"]


def test_a_failing_backup_never_fails_the_change(kept, small, monkeypatch):
    def full(*_args: object, **_kw: object) -> Path:
        raise StoreError("Could not write a backup: No space left on device.")

    monkeypatch.setattr(backups, "take_backup", full)
    kept.remove_lane(small.lanes["Shortlist"])
    assert "Shortlist" not in [lane.name for lane in kept.workshop(small.id).lanes]
    assert kept.store.keeper is not None and kept.store.keeper.failures == 1


def test_changes_take_a_periodic_backup_in_the_background(kept, small):
    keeper = kept.store.keeper
    assert keeper is not None
    keeper.every = timedelta(0)  # every change is "15 minutes later"
    kept.rename_lane(small.lanes["Inbox"], "Ideas")
    assert keeper.wait(timeout=60)
    assert _reasons(kept)[0] == "periodic"
    newest = kept.backups()[0]
    conn = sqlite3.connect(newest.path)
    try:
        assert ("Ideas",) in conn.execute("SELECT name FROM lane").fetchall()
    finally:
        conn.close()


def test_restore_backup_over_the_open_store_and_undo_it(kept, small):
    opened = kept.backups()[0].path
    kept.remove_lane(small.lanes["Shortlist"])
    kept.rename_lane(small.lanes["Inbox"], "Ideas")

    aside = kept.restore_backup(opened)

    names = [lane.name for lane in kept.workshop(small.id).lanes]
    assert names == ["Inbox", "Shortlist", "Roadmap"]
    assert kept.check() == []
    assert kept.poll_changes() == []  # the restored log is not "new changes from others"
    kept.rename_lane(small.lanes["Roadmap"], "Plan")  # and the store takes changes again
    kept.restore_backup(aside)
    assert [lane.name for lane in kept.workshop(small.id).lanes] == ["Ideas", "Roadmap"]


def test_take_backup_and_check_on_demand(services, small, store):
    made = services.take_backup("periodic")
    assert made.parent == backups.backup_folder(store.path)
    assert services.check() == []
    store.close()
    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute("DROP TRIGGER event_no_delete")
    conn.close()
    again = open_store(store.path)
    try:
        [problem] = Services(again).check()
        assert "event_no_delete" in problem
    finally:
        again.close()
