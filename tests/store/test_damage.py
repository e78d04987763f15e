"""The damage campaign: a demo store truncated at random offsets, with random pages
overwritten, a -wal without its store, a foreign database, a store from a newer version.

Each is told in one sentence (open_store, and the command line's `check` and `workshops`),
no traceback; the file's bytes stay as they were; and `restore` from the backup works after.
The offsets and pages come from a seeded random, so a run is the same every time.
"""

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from roadmap_desktop.services import Services
from roadmap_desktop.services.demo import write_demo_store
from roadmap_desktop.store import StoreError, backups, open_store
from tests.cli.test_cli import WORKSHOP, run
from tests.store.files import files

# A store file's own behaviour (its bytes, journal, rights, backups): the SQLite run's.
pytestmark = pytest.mark.usefixtures("sqlite_only")

SEED = 20261202
CASES = 8  # per kind of damage: bounded time, a second or two each


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """A demo store with no free pages (every page is in use, so every overwritten page is
    damage) and one backup beside it."""
    path = tmp_path_factory.mktemp("pristine") / "store.sqlite"
    write_demo_store(path)
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    conn.close()
    backups.take_backup(path, "opened")
    return path


@pytest.fixture
def copy(pristine, tmp_path) -> Path:
    shutil.copytree(pristine.parent, tmp_path, dirs_exist_ok=True)
    return tmp_path / pristine.name


def _page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def _truncate(offset_fraction: float) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * offset_fraction)])

    return damage


def _overwrite(page_fraction: float, seed: int) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        size = _page_size(path)
        pages = len(data) // size
        page = int(pages * page_fraction)
        data[page * size : (page + 1) * size] = random.Random(seed).randbytes(size)
        path.write_bytes(bytes(data))

    return damage


def _wal_without_store(path: Path) -> None:
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    with writer:
        writer.execute("UPDATE workshop SET name = name")
    journal = path.with_name(path.name + "-wal").read_bytes()
    writer.close()
    path.unlink()
    path.with_name(path.name + "-wal").write_bytes(journal)


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE employee (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()


_rng = random.Random(SEED)
DAMAGE: dict[str, Callable[[Path], None]] = {
    **{
        f"truncated-{f:.3f}": _truncate(f)
        for f in [0.0, 0.001] + [_rng.random() for _ in range(CASES)]
    },
    **{
        f"page-{f:.3f}": _overwrite(f, _rng.randrange(1 << 30))
        for f in [0.0] + [_rng.random() for _ in range(CASES)]
    },
    "wal-without-store": _wal_without_store,
    "foreign-database": _foreign,
    "newer-version": _newer,
}


def _sentence(text: str) -> None:
    assert text.strip(), "nothing was said"
    assert "Traceback" not in text and "Error:" not in text, text
    for line in text.strip().splitlines():
        assert line.rstrip().endswith((".", ")")), line


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damage_is_a_sentence_leaves_the_file_and_restore_works(copy, capsys, kind):
    DAMAGE[kind](copy)
    before = files(copy.parent)

    with pytest.raises(StoreError) as caught:
        open_store(copy, create=False).close()
    _sentence(str(caught.value))
    with pytest.raises(StoreError):  # the window's opening (which may create) refuses too
        open_store(copy).close()
    code, out, err = run(capsys, "check", "--db", copy)
    assert code == 1 and err == ""
    _sentence(out)
    code, out, err = run(capsys, "workshops", "--db", copy)
    assert code == 1 and out == ""
    _sentence(err.removeprefix("roadmap-desktop: "))
    assert files(copy.parent) == before

    code, out, err = run(capsys, "restore", "--db", copy)
    assert (code, err) == (0, ""), err
    assert out.startswith(f"Restored {copy} from ")
    assert run(capsys, "check", "--db", copy)[:2] == (0, "ok\n")
    code, out, _err = run(capsys, "workshops", "--db", copy)
    assert code == 0 and WORKSHOP in out


def test_a_store_renamed_xlsx_is_still_a_store(copy, capsys):
    renamed = copy.rename(copy.with_suffix(".xlsx"))
    assert run(capsys, "check", "--db", renamed)[:2] == (0, "ok\n")
    code, out, _err = run(capsys, "workshops", "--db", renamed)
    assert code == 0 and WORKSHOP in out
    store = open_store(renamed, create=False)
    try:
        assert Services(store).find_workshop(WORKSHOP)
    finally:
        store.close()
