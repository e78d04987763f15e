"""The store's sentences go through the catalogs: an error, a check's answer and a backup's
description render in the language they are shown in (the pseudo-language proves the wiring
while es and vi are still being translated), and a backup's time is the language's own."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from roadmap_desktop import words
from roadmap_desktop.services import Services
from roadmap_desktop.store import StoreError, backups, open_store
from roadmap_desktop.store.backups import Backup, list_backups, take_backup
from roadmap_desktop.store.chain import verify
from roadmap_desktop.store.checks import check_file, quick_check
from roadmap_desktop.store.errors import explain
from roadmap_desktop.words.pseudo import OPEN, is_pseudo
from tests.services.helpers import make_small

# A store file's own behaviour (its bytes, journal, rights, backups): the SQLite run's.
pytestmark = pytest.mark.usefixtures("sqlite_only")

MID_DECEMBER = datetime(2026, 12, 15, 12, 0, 0, tzinfo=UTC)  # December in any time zone


@pytest.fixture
def closed(tmp_path) -> Path:
    path = tmp_path / "store.sqlite"
    store = open_store(path)
    make_small(Services(store))
    store.close()
    return path


def _refused(target: Path) -> StoreError:
    with pytest.raises(StoreError) as caught:
        open_store(target).close()
    return caught.value


def test_a_store_error_is_rendered_where_it_is_shown(tmp_path):
    error = _refused(tmp_path)  # a folder: raised in English, shown later

    assert str(error) == f"{tmp_path} is a folder, not a Roadmap Desktop store."
    with words.using(words.PSEUDO):
        shown = str(error)
    assert is_pseudo(shown) and str(tmp_path) in shown  # the path kept as it is


def test_a_damaged_store_s_sentence_and_its_backup_s_time_render_in_one_language(closed):
    backups.take_backup(closed, "round-closed")
    data = bytearray(closed.read_bytes())
    data[4096:8192] = b"\xa5" * 4096
    closed.write_bytes(bytes(data))

    error = _refused(closed)

    assert error.damaged is True
    assert not is_pseudo(str(error))
    with words.using(words.PSEUDO):
        shown = str(error)
    # The offer, the damage it is about, and the backup's time: each through the catalog.
    assert shown.count(OPEN) >= 2
    assert f"roadmap-desktop restore --db {closed}" in shown  # a command stays as typed


def test_a_driver_error_is_explained_in_the_current_language():
    try:
        sqlite3.connect(":memory:").execute("SELECT * FROM nowhere")
    except sqlite3.Error as exc:
        from sqlalchemy.exc import OperationalError

        error = explain(OperationalError("SELECT", {}, exc))
    assert error.environment is False
    with words.using(words.PSEUDO):
        shown = str(error)
    assert is_pseudo(shown) and "no such table: nowhere" in shown  # the driver's text kept


def test_check_answers_render_in_the_current_language(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert check_file(empty) == [f"{empty} is an empty file, not a Roadmap Desktop store."]
    with words.using(words.PSEUDO):
        [said] = check_file(empty)
        quick = quick_check(empty)
    assert is_pseudo(said) and quick is not None and is_pseudo(quick)


def test_the_audit_log_s_problems_render_in_the_current_language():
    rows = [(1, None, "2026-01-01 00:00:00", "k", "{}", "0" * 64, None)]
    with words.using(words.PSEUDO):
        [said], _head = verify(rows)
    assert is_pseudo(said) and "#1" in said


def test_an_unreadable_backup_s_description_goes_through_the_catalog(closed):
    bad = take_backup(closed, "periodic", now=MID_DECEMBER)
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)

    with words.using(words.PSEUDO):
        [listed] = list_backups(closed)
        when = listed.when()

    assert listed.problem is not None and is_pseudo(listed.problem)
    assert str(bad) in listed.problem
    assert is_pseudo(when)


def _backup(taken_at: datetime) -> Backup:
    return Backup(Path("b.sqlite"), taken_at, "opened", (), 0, 0, None, 0)


def test_a_backup_s_time_is_written_as_the_language_writes_it():
    backup = _backup(MID_DECEMBER)

    assert "December 15, 2026" in backup.when()
    with words.using("es"):
        spanish = backup.when()
    assert "15 de diciembre de 2026" in spanish
    assert "December" not in spanish
