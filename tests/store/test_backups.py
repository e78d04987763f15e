"""Backups: taken with the online backup API, owner-only, checked, named, listed, thinned,
restored (and the restore undone), and the Keeper that takes them automatically."""

import errno
import logging
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from roadmap_desktop.services import Services
from roadmap_desktop.store import StoreError, backups, open_store
from roadmap_desktop.store.backups import Keeper, list_backups, newest_good, restore, take_backup
from tests.services.helpers import file_snapshot, make_small

# A store file's own behaviour (its bytes, journal, rights, backups): the SQLite run's.
pytestmark = pytest.mark.usefixtures("sqlite_only")

NOW = datetime(2026, 12, 2, 5, 28, 1, tzinfo=UTC)


@pytest.fixture
def path(store, small) -> Path:
    """The store file, still open (its data in the -wal), holding the small workshop."""
    assert small
    return store.path


def _names(store_path: Path) -> list[str]:
    return sorted(p.name for p in backups.backup_folder(store_path).iterdir())


def test_a_backup_is_checked_owner_only_and_holds_what_the_wal_holds(path):
    assert (path.parent / "store.sqlite-wal").stat().st_size > 0

    made = take_backup(path, "round-closed", now=NOW)

    assert made == path.parent / "backups" / "store-20261202-052801-round-closed.sqlite"
    assert made.stat().st_mode & 0o777 == 0o600
    assert backups.backup_folder(path).stat().st_mode & 0o777 == 0o700
    assert _names(path) == [made.name]  # no temporary file, no journal left
    copy = sqlite3.connect(made)
    try:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        titles = [r[0] for r in copy.execute("SELECT title FROM proposal ORDER BY id")]
    finally:
        copy.close()
    assert titles == ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]


def test_two_backups_in_the_same_second_get_two_names_newest_first(path):
    first = take_backup(path, "opened", now=NOW)
    second = take_backup(path, "periodic", now=NOW)
    third = take_backup(path, "periodic", now=NOW)

    assert second.name == "store-20261202-052801-2-periodic.sqlite"
    assert third.name == "store-20261202-052801-3-periodic.sqlite"
    assert [b.path for b in list_backups(path)] == [third, second, first]
    assert [b.reason for b in list_backups(path)] == ["periodic", "periodic", "opened"]


def test_a_reason_is_a_slug():
    with pytest.raises(ValueError, match="slug"):
        take_backup(Path("x.sqlite"), "Before Import!")


def test_the_listing_says_what_each_backup_holds(services, path):
    small = services.find_workshop("Small workshop")
    services.open_round(small.id)
    take_backup(path, "opened", now=NOW)

    [backup] = list_backups(path)

    assert backup.taken_at == NOW.replace(microsecond=0)
    assert backup.reason == "opened"
    assert backup.workshops == ("Small workshop",)
    assert (backup.proposals, backup.rounds) == (5, 1)
    assert backup.last_change is not None and backup.last_change.tzinfo is not None
    assert abs(backup.last_change - datetime.now(UTC)) < timedelta(minutes=5)
    assert backup.size == backup.path.stat().st_size > 0
    assert backup.problem is None
    assert backup.last_event is not None and backup.head is not None


def test_an_unreadable_backup_is_listed_with_its_problem_and_never_chosen(path):
    good = take_backup(path, "opened", now=NOW)
    bad = take_backup(path, "periodic", now=NOW + timedelta(hours=1))
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)

    listed = list_backups(path)

    assert [b.path for b in listed] == [bad, good]
    assert listed[0].problem is not None and str(bad) in listed[0].problem
    assert listed[0].workshops == ()
    assert listed[1].problem is None
    chosen = newest_good(path)
    assert chosen is not None and chosen.path == good


def test_files_of_other_stores_and_strangers_are_not_listed(path):
    folder = backups.backup_folder(path)
    folder.mkdir()
    for name in ("store-workshop-20261202-052801-opened.sqlite", "notes.txt", "store.sqlite"):
        (folder / name).write_bytes(b"x")
    assert list_backups(path) == []
    assert backups.thin(path, NOW) == []
    assert len(list(folder.iterdir())) == 3


def _fake(store_path: Path, source: Path, when: datetime) -> Path:
    folder = backups.backup_folder(store_path)
    target = folder / f"{store_path.stem}-{when:%Y%m%d-%H%M%S}-periodic.sqlite"
    shutil.copyfile(source, target)
    return target


def test_thinning_keeps_today_then_daily_weekly_monthly(path):
    template = take_backup(path, "opened", now=NOW - timedelta(days=900))
    moments = [
        NOW - timedelta(hours=h)
        for h in (0, 1, 2, 5)  # today (UTC): all kept
    ] + [
        NOW - timedelta(days=d, hours=h)
        for d in range(1, 400, 1)
        for h in (0, 3)  # two a day, for more than a year
    ]
    made = {when: _fake(path, template, when) for when in moments}
    template.unlink()

    gone = backups.thin(path, NOW)

    left = {b.taken_at for b in list_backups(path)}
    assert set(gone) == {p for when, p in made.items() if when not in left}
    today = [m for m in moments if m.date() == NOW.date()]
    assert set(today) <= left
    for d in range(1, 8):  # the newest of each of the 7 days before today, only
        day = (NOW - timedelta(days=d)).date()
        assert sorted(m for m in left if m.date() == day) == [
            max(m for m in moments if m.date() == day)
        ]
    older = sorted(m for m in left if (NOW.date() - m.date()).days > 7)
    weeks = [m for m in older if (NOW.date() - m.date()).days <= 35]
    months = [m for m in older if (NOW.date() - m.date()).days > 35]
    assert len({m.isocalendar()[:2] for m in weeks}) == len(weeks)  # one per week
    assert 4 <= len(weeks) <= 5
    assert len({(m.year, m.month) for m in months}) == len(months)  # one per month
    assert 10 <= len(months) <= 12
    assert all((NOW.date() - m.date()).days <= 365 for m in left)
    assert len(left) == len(today) + 7 + len(weeks) + len(months)


def test_thinning_never_deletes_the_newest_backup(path):
    old = take_backup(path, "opened", now=NOW - timedelta(days=800))
    assert backups.thin(path, NOW) == []
    assert old.exists()
    newer = take_backup(path, "opened", now=NOW - timedelta(days=700))
    assert backups.thin(path, NOW) == [old]
    assert [b.path for b in list_backups(path)] == [newer]


def test_a_full_disk_is_a_sentence_naming_the_folder_and_leaves_nothing(path, monkeypatch):
    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups.os, "link", full)
    with pytest.raises(StoreError) as caught:
        take_backup(path, "periodic", now=NOW)
    assert caught.value.environment is True
    assert str(backups.backup_folder(path)) in str(caught.value)
    assert "No space left on device" in str(caught.value)
    assert _names(path) == []


# -- restore -------------------------------------------------------------------------------


def test_restore_puts_the_backup_back_and_sets_the_current_store_aside(store, services, path):
    small = services.find_workshop("Small workshop")
    before = take_backup(path, "opened", now=NOW)
    services.remove_lane(services.workshop(small.id).lanes[-1].id)
    lanes_after_change = len(services.workshop(small.id).lanes)

    aside = restore(path, before, now=NOW + timedelta(minutes=1))

    assert aside is not None and aside.name.endswith("-before-restore.sqlite")
    assert aside.stat().st_mode & 0o777 == 0o600
    # The engine that had the store open sees the restored content at once.
    assert len(services.workshop(small.id).lanes) == lanes_after_change + 1
    assert store.integrity_check() == "ok"
    # The set-aside store holds the content that was replaced: restoring it undoes.
    assert len(file_snapshot(aside)["lane"]) == lanes_after_change
    restore(path, aside, now=NOW + timedelta(minutes=2))
    assert len(services.workshop(small.id).lanes) == lanes_after_change


def test_a_damaged_backup_is_refused_and_the_store_is_left_alone(store, path):
    backup = take_backup(path, "opened", now=NOW)
    data = bytearray(backup.read_bytes())
    data[4096 : 4096 + 512] = os.urandom(512)
    backup.write_bytes(bytes(data))
    store.close()
    before = path.read_bytes()

    with pytest.raises(StoreError, match="cannot be restored"):
        restore(path, backup)

    assert path.read_bytes() == before
    assert [b.reason for b in list_backups(path)] == ["opened"]  # nothing set aside


def test_restore_over_a_damaged_store_keeps_the_damaged_bytes_aside(store, path):
    backup = take_backup(path, "opened", now=NOW)
    store.close()
    damaged = path.read_bytes()[:5000]
    path.write_bytes(damaged)

    aside = restore(path, backup, now=NOW + timedelta(minutes=1))

    assert aside is not None and aside.read_bytes() == damaged
    assert aside.stat().st_mode & 0o777 == 0o600
    reopened = open_store(path, create=False)
    try:
        assert [w.name for w in Services(reopened).list_workshops()] == ["Small workshop"]
    finally:
        reopened.close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_restore_of_a_missing_store_ignores_its_stale_journal(store, path):
    backup = take_backup(path, "opened", now=NOW)
    store.close()
    wal = path.with_name(path.name + "-wal")
    path.unlink()
    wal.write_bytes(b"stale journal")

    assert restore(path, backup, now=NOW + timedelta(minutes=1)) is None

    assert not wal.exists()
    kept = [p.name for p in backups.backup_folder(path).iterdir() if p.name.endswith("-wal")]
    assert kept == ["store-20261202-052901-orphan.sqlite-wal"]
    reopened = open_store(path, create=False)
    try:
        assert [w.name for w in Services(reopened).list_workshops()] == ["Small workshop"]
    finally:
        reopened.close()


# -- the keeper ----------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def test_the_keeper_backs_up_in_the_background_once_per_period(path):
    clock = Clock()
    keeper = Keeper(path, every=timedelta(minutes=15), clock=clock)

    keeper.after_change()  # no backup yet: one is due
    assert keeper.wait(timeout=60)
    assert [b.reason for b in list_backups(path)] == ["periodic"]
    clock.now += timedelta(minutes=14)
    keeper.after_change()
    assert keeper.wait(timeout=60)
    assert len(list_backups(path)) == 1
    clock.now += timedelta(minutes=2)
    keeper.after_change()
    assert keeper.wait(timeout=60)
    assert len(list_backups(path)) == 2


def test_a_failing_backup_is_logged_and_tried_again_later(path, monkeypatch, caplog):
    clock = Clock()
    keeper = Keeper(path, clock=clock)
    real = backups.take_backup

    def full(*_args: object, **_kw: object) -> Path:
        raise StoreError("Could not write a backup into …: No space left on device.")

    monkeypatch.setattr(backups, "take_backup", full)
    with caplog.at_level(logging.WARNING, logger="roadmap_desktop.store.backups"):
        assert keeper.take("before-import") is None
    assert keeper.failures == 1
    assert "No space left" in caplog.text
    monkeypatch.setattr(backups, "take_backup", real)
    keeper.after_change()  # a minute has not passed: not yet
    assert keeper.wait(timeout=60) and list_backups(path) == []
    clock.now += backups.RETRY
    keeper.after_change()
    assert keeper.wait(timeout=60)
    assert [b.reason for b in list_backups(path)] == ["periodic"]


def test_an_opening_backup_is_skipped_when_the_newest_holds_the_same(services, path):
    keeper = Keeper(path, clock=Clock())
    assert keeper.take_if_changed("opened") is not None
    assert keeper.take_if_changed("opened") is None
    small = services.find_workshop("Small workshop")
    services.rename_lane(services.workshop(small.id).lanes[0].id, "Ideas")
    assert keeper.take_if_changed("opened") is not None
    assert len(list_backups(path)) == 2


def test_a_store_without_events_gets_no_opening_backup(store):
    keeper = Keeper(store.path)
    assert keeper.take_if_changed("opened") is None
    assert not backups.backup_folder(store.path).exists()


def test_a_backup_of_a_closed_store_leaves_no_journal_files(tmp_path):
    store = open_store(tmp_path / "w.sqlite")
    make_small(Services(store))
    store.close()
    take_backup(tmp_path / "w.sqlite", "opened")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "w.sqlite"]
