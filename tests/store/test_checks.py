"""`check_file` and `quick_check`: sentences for every kind of problem, and never a write."""

import sqlite3
import zipfile
from pathlib import Path

import pytest

from roadmap_desktop.services import Services
from roadmap_desktop.store import open_store
from roadmap_desktop.store.checks import check_file, quick_check
from tests.services.helpers import make_small
from tests.store.files import files, foreign_wal_database

# A store file's own behaviour (its bytes, journal, rights, backups): the SQLite run's.
pytestmark = pytest.mark.usefixtures("sqlite_only")


@pytest.fixture
def closed(tmp_path) -> Path:
    """A closed store file holding the small workshop, with one revealed-free open round."""
    path = tmp_path / "store.sqlite"
    store = open_store(path)
    services = Services(store)
    small = make_small(services)
    services.open_round(small.id)
    store.close()
    return path


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            for statement in statements:
                conn.execute(statement)
    finally:
        conn.close()


def _one_sentence(problems: list[str], path: Path, *words: str) -> str:
    assert len(problems) == 1, problems
    [problem] = problems
    assert problem.endswith("."), problem
    assert "\n" not in problem and "Traceback" not in problem
    assert str(path) in problem or "Event #" in problem
    for word in words:
        assert word in problem, problem
    return problem


def test_a_sound_store_checks_ok_and_is_not_written(closed):
    before = files(closed.parent)
    assert check_file(closed) == []
    assert quick_check(closed) is None
    assert files(closed.parent) == before  # no -wal or -shm made beside it either


def test_the_demo_store_checks_ok_while_open(demo, store):
    assert demo
    assert check_file(store.path) == []


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", ("empty file",)),
        (b"title,summary\nA,B\n", ("not a database file",)),
        (b"SQLite format 3\x00" + b"\xff" * 4000, ("not a Roadmap Desktop store",)),
    ],
    ids=["empty", "csv", "bad-header"],
)
def test_files_that_are_not_stores(tmp_path, content, words):
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    _one_sentence(check_file(path), path, *words)
    assert path.read_bytes() == content


def test_an_xlsx_workbook_is_not_a_store(tmp_path):
    path = tmp_path / "proposals.xlsx"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/workbook.xml", "<workbook/>")
    _one_sentence(check_file(path), path, "not a database file")


def test_a_missing_file_and_a_folder(tmp_path):
    _one_sentence(check_file(tmp_path / "nope.sqlite"), tmp_path / "nope.sqlite", "does not exist")
    _one_sentence(check_file(tmp_path), tmp_path, "folder")


def test_a_foreign_database_in_wal_mode_is_named_and_gains_nofiles(tmp_path):
    path = foreign_wal_database(tmp_path / "payroll.db")
    before = files(tmp_path)
    _one_sentence(check_file(path), path, "not a Roadmap Desktop store")
    assert files(tmp_path) == before


def test_a_newer_store_is_named_with_its_revision(closed):
    _sql(closed, "UPDATE alembic_version SET version_num = '9999'")
    _one_sentence(check_file(closed), closed, "newer version", "9999")


def test_a_dropped_trigger_is_named(closed):
    _sql(closed, "DROP TRIGGER event_no_update")
    _one_sentence(check_file(closed), closed, "event_no_update", "outside Roadmap Desktop")


def test_a_rewritten_event_breaks_the_chain(closed):
    _sql(
        closed,
        "DROP TRIGGER event_no_update",
        "UPDATE event SET payload = '{}' WHERE id = 2",
    )
    problems = check_file(closed)
    assert any("event_no_update" in p for p in problems)
    assert any("Event #2" in p for p in problems), problems


def test_a_broken_link_between_tables_is_named(closed):
    conn = sqlite3.connect(closed)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        with conn:
            conn.execute("UPDATE proposal SET lane_id = 999 WHERE id = 1")
    finally:
        conn.close()
    _one_sentence(check_file(closed), closed, "no longer exist", "proposal")


def test_a_flipped_byte_in_a_title_is_damage(closed):
    _sql(closed, "UPDATE proposal SET title = CAST(X'416C7068FF61' AS TEXT) WHERE id = 1")
    assert quick_check(closed) is None  # SQLite's pages are fine: only the text is not
    _one_sentence(check_file(closed), closed, "damaged", "UTF-8", "proposal")


def test_overwritten_pages_are_damage(closed):
    data = bytearray(closed.read_bytes())
    page = 4096
    data[2 * page : 3 * page] = bytes(range(256)) * 16
    closed.write_bytes(bytes(data))

    problems = check_file(closed)

    _one_sentence(problems, closed, "damaged")
    said = quick_check(closed)
    assert said is not None and said.startswith(f"{closed} is damaged")
    assert closed.read_bytes() == bytes(data)


def test_a_truncated_store_is_damage(closed):
    data = closed.read_bytes()
    closed.write_bytes(data[: len(data) - 4096])
    assert check_file(closed)
    assert quick_check(closed) is not None
