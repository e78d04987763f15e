"""Opening a store: who may create one, owner-only files, refusing untouched what is not a
sound store of ours, read-only opening, and the user's environment named as such.

Read-only: the tests run as root, for whom a file's mode bits do not stop a write, so a
chmod cannot make a read-only file here. What is tested for real: a store opened read-only
(read_only=True, or when this process may not write the file: the decision is one function,
replaced here) is opened through SQLite's mode=ro, so SQLite itself refuses every write; and
in a folder this process may not write, the file is opened immutable, making no -shm.
"""

import errno
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from roadmap_desktop.services import ServiceError, Services
from roadmap_desktop.store import StoreError, backups, engine, open_store
from tests.services.helpers import make_small
from tests.store.files import files, foreign_wal_database

# A store file's own behaviour (its bytes, journal, rights, backups): the SQLite run's.
pytestmark = pytest.mark.usefixtures("sqlite_only")


def _refused(target: Path, **options: object) -> StoreError:
    with pytest.raises(StoreError) as caught:
        open_store(target, **options).close()  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.endswith("."), message
    assert "\n" not in message and "Traceback" not in message
    return caught.value


@pytest.fixture
def closed(tmp_path) -> Path:
    path = tmp_path / "store.sqlite"
    store = open_store(path)
    make_small(Services(store))
    store.close()
    return path


# -- who creates ---------------------------------------------------------------------------


def test_create_false_refuses_a_missing_store_and_makes_nothing(tmp_path):
    target = tmp_path / "typo" / "deeper" / "store.sqlite"
    error = _refused(target, create=False)
    assert "does not exist" in str(error) and str(target) in str(error)
    assert list(tmp_path.iterdir()) == []


def test_create_false_refuses_an_empty_file_and_leaves_it_empty(tmp_path):
    target = tmp_path / "empty.sqlite"
    target.touch()
    assert "empty" in str(_refused(target, create=False))
    assert target.read_bytes() == b""


def test_a_new_store_and_its_journals_are_readable_by_their_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        store = open_store(tmp_path / "new" / "store.sqlite")
        make_small(Services(store))
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "new").iterdir()}
        store.close()
    finally:
        os.umask(old)
    assert modes == {"store.sqlite": 0o600, "store.sqlite-wal": 0o600, "store.sqlite-shm": 0o600}


def test_an_existing_store_readable_by_others_is_tightened(closed):
    os.chmod(closed, 0o644)
    open_store(closed).close()
    assert stat.S_IMODE(closed.stat().st_mode) == 0o600


# -- refused untouched ---------------------------------------------------------------------


def test_a_foreign_wal_database_is_refused_without_a_byte_or_file_written(tmp_path):
    path = foreign_wal_database(tmp_path / "payroll.db")
    before = files(tmp_path)
    assert "not a Roadmap Desktop store" in str(_refused(path))
    assert files(tmp_path) == before


def test_a_store_renamed_xlsx_opens_but_a_workbook_given_as_db_is_refused(closed, tmp_path):
    renamed = closed.rename(tmp_path / "store.xlsx")
    store = open_store(renamed, create=False)
    try:
        assert [w.name for w in Services(store).list_workshops()] == ["Small workshop"]
    finally:
        store.close()
    book = tmp_path / "proposals.xlsx"
    book.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    before = files(tmp_path)
    assert "not a database file" in str(_refused(book))
    assert files(tmp_path) == before


def test_a_damaged_store_is_refused_untouched_and_offered_its_newest_good_backup(closed):
    good = backups.take_backup(closed, "round-closed")
    data = bytearray(closed.read_bytes())
    data[4096:8192] = b"\xa5" * 4096
    closed.write_bytes(bytes(data))
    before = files(closed.parent)

    error = _refused(closed)

    assert error.damaged is True and error.environment is True
    assert error.backup == good
    message = str(error)
    assert f"{closed} is damaged" in message
    assert "Restore it from the backup of" in message
    assert f"roadmap-desktop restore --db {closed}" in message
    assert files(closed.parent) == before


def test_a_damaged_store_without_backups_says_so(closed):
    closed.write_bytes(closed.read_bytes()[:6000])
    error = _refused(closed)
    assert error.damaged is True and "No backup of it was found" in str(error)


def test_a_journal_without_its_store_is_refused_and_kept(tmp_path):
    path = tmp_path / "store.sqlite"
    wal = tmp_path / "store.sqlite-wal"
    wal.write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 28)
    error = _refused(path)
    assert error.damaged is True and "store.sqlite-wal" in str(error)
    assert files(tmp_path) == {"store.sqlite-wal": b"\x37\x7f\x06\x82" + b"\x00" * 28}


def test_flipped_bytes_in_a_title_read_as_replacement_characters(closed):
    conn = sqlite3.connect(closed)
    with conn:
        conn.execute("UPDATE proposal SET title = CAST(X'416C7068FF61' AS TEXT) WHERE id = 1")
    conn.close()
    store = open_store(closed, create=False)
    try:
        services = Services(store)
        workshop = services.find_workshop("Small workshop")
        titles = [p.title for cards in services.board(workshop.id).cards.values() for p in cards]
        assert "Alph\ufffda" in titles
        assert any("UTF-8" in p for p in services.check())
    finally:
        store.close()


# -- read-only -----------------------------------------------------------------------------


def _refuses_writes(store: engine.Store) -> None:
    services = Services(store)
    workshop = services.find_workshop("Small workshop")
    assert services.workshop(workshop.id).name == "Small workshop"  # reads work
    with pytest.raises(StoreError, match="The store is read-only") as caught:
        services.rename_lane(services.workshop(workshop.id).lanes[0].id, "Ideas")
    assert caught.value.environment is True


def test_a_store_opened_read_only_reads_and_sqlite_refuses_every_write(closed):
    before = files(closed.parent)
    store = open_store(closed, read_only=True)
    try:
        assert store.read_only is True
        _refuses_writes(store)
        with store.engine.connect() as conn:  # SQLite's own view of the connection
            assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 0
            with pytest.raises(Exception, match="readonly"):
                conn.exec_driver_sql("CREATE TABLE probe (x)")
    finally:
        store.close()
    assert files(closed.parent)["store.sqlite"] == before["store.sqlite"]


def test_a_file_this_process_cannot_write_opens_read_only(closed, monkeypatch):
    monkeypatch.setattr(engine, "_writable", lambda _path: False)
    store = open_store(closed)
    try:
        assert store.read_only is True
        _refuses_writes(store)
    finally:
        store.close()


def test_in_a_folder_it_cannot_write_the_store_opens_immutable_and_makes_no_shm(
    closed, monkeypatch
):
    real = os.access

    def no_folder(path: object, mode: int) -> bool:
        return False if Path(str(path)) == closed.parent else real(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(engine.os, "access", no_folder)
    before = files(closed.parent)
    store = open_store(closed)
    try:
        assert store.read_only is True
        assert "immutable=1" in engine.read_only_uri(closed, immutable=True)
        _refuses_writes(store)
    finally:
        store.close()
    assert files(closed.parent) == before  # no -wal, no -shm: nothing was made there


def test_a_read_only_store_from_an_older_schema_says_it_needs_a_copy(closed, monkeypatch):
    conn = sqlite3.connect(closed)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0006'")
    conn.close()
    monkeypatch.setattr(engine, "_writable", lambda _path: False)
    assert "copy it to a folder you can write to" in str(_refused(closed))


def test_restoring_over_a_read_only_store_is_refused(closed):
    backup = backups.take_backup(closed, "opened")
    store = open_store(closed, read_only=True)
    try:
        with pytest.raises(ServiceError, match="read-only"):
            Services(store).restore_backup(backup)
    finally:
        store.close()


# -- the user's environment ----------------------------------------------------------------


def test_a_folder_that_cannot_be_made_is_the_environment_named(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    error = _refused(blocker / "store.sqlite")
    assert error.environment is True
    assert str(blocker) in str(error)


def test_a_full_disk_at_creation_is_the_environment_named(tmp_path, monkeypatch):
    real = os.open

    def full(path: object, flags: int, mode: int = 0o777) -> int:
        if str(path).endswith("store.sqlite"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(engine.os, "open", full)
    error = _refused(tmp_path / "store.sqlite")
    assert error.environment is True
    assert str(tmp_path / "store.sqlite") in str(error) and "disk is full" in str(error)
    assert list(tmp_path.iterdir()) == []
