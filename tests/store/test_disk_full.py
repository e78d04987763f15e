"""Disk full: the campaign's workshop on a small filesystem that fills up, then gets room.

Two ways to fill it, both tested: a real tmpfs of a few megabytes (mounted here, as root;
where mounting is not permitted the test says so and fills the store's own page limit
instead), filled by a filler file, and SQLite's `PRAGMA max_page_count`, which makes every
write that would grow the store fail as SQLITE_FULL. Either way: every refused write says
the disk is full and nothing was saved (the store holds exactly the operations that were
acknowledged), reads go on, an export to the full disk says so and names its file, and once
room is made (the filler deleted, the limit raised) the refused operation goes through and
the workshop goes on — moves and scores — with the store sound and its log replaying.
"""

import errno
import os
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import event

from roadmap_desktop.export.results_csv import write_results_csv
from roadmap_desktop.export.tabular import WriteFailed
from roadmap_desktop.services import Services
from roadmap_desktop.store import Store, StoreError, open_store
from roadmap_desktop.store.errors import _CAUSES
from tests.store.campaign import Ledger, Outcome, new_ledger, verify_store
from tests.store.campaign_worker import Tracker, operations_done, perform, set_up

# A store file's own behaviour (its bytes, journal, rights, backups): the SQLite run's.
pytestmark = pytest.mark.usefixtures("sqlite_only")

SQLITE_FULL = 13
DISK_FULL = str(_CAUSES[SQLITE_FULL])  # the sentence store/errors.py gives a full disk (English)
TMPFS_BYTES = 32 * 1024 * 1024  # the store, its WAL and its backups fit, until the filler
ROOM_LEFT = 48 * 1024  # what the filler leaves free: a few operations' worth
OPERATIONS = 4000  # the script's length; the disk fills long before its end
ROOMY = 200  # operations played before the disk fills
RETRIES = 3  # a refused operation is tried again this often while the disk is full


@dataclass
class Run:
    """What one filled-up workshop did."""

    refused: list[str] = field(default_factory=list)
    played: int = 0
    after_room: list[str] = field(default_factory=list)  # kinds played once room was made


def _mount_tmpfs(point: Path) -> bool:
    point.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_BYTES},mode=0700", "tmpfs", str(point)],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return False
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A mounted tmpfs of TMPFS_BYTES (unmounted after), or None where mounting is not
    permitted."""
    point = tmp_path / "disk"
    if not _mount_tmpfs(point):
        yield None
        return
    try:
        yield point
    finally:
        subprocess.run(["umount", str(point)], check=True)


def _fill(folder: Path) -> Path:
    """Fills the filesystem with a filler file, then gives back ROOM_LEFT of it."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 65536
    with filler.open("wb") as out:
        try:
            while True:
                out.write(chunk)
                out.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    # The buffered tail may not fit either: what is on disk is what counts.
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - ROOM_LEFT))
    return filler


def _page_limit(store: Store) -> Callable[[int | None], None]:
    """Sets SQLite's page limit on every connection the store hands out (None: no limit);
    returns the setter."""
    limit: list[int | None] = [None]

    def apply(dbapi_conn: object, _record: object, _proxy: object) -> None:
        pages = limit[0] if limit[0] is not None else 1_073_741_823  # SQLite's default
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

    event.listen(store.engine, "checkout", apply)

    def set_limit(pages: int | None) -> None:
        limit[0] = pages

    return set_limit


def _pages(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())


def _acknowledge(ledger: Ledger, n: int, op: tuple, ids: dict, problems: list[str]) -> None:
    ledger.acknowledge({"n": n, "op": list(op), "ids": ids}, problems)


def _fill_play_free(
    store: Store,
    ledger: Ledger,
    fill: Callable[[], None],
    free: Callable[[], None],
    while_full: Callable[[Services], None] = lambda _s: None,
) -> Run:
    """Plays the script with room to spare (ROOMY operations, a reveal among them), fills
    the disk, plays until a write is refused (and tries it again RETRIES times), then makes
    room and plays on until a move and a score have gone through."""
    services = Services(store)
    setup, ops, problems = ledger.setup, ledger.ops, []
    tracker = Tracker.read(store, setup.workshop_id)
    run = Run()
    first_reveal = next(i for i, op in enumerate(ops) if op[0] == "reveal")
    n = 0
    for n in range(max(first_reveal + 1, ROOMY)):
        _acknowledge(ledger, n, ops[n], perform(services, tracker, ops[n]), problems)
    n += 1
    fill()
    while n < len(ops) and not run.refused:
        try:
            ids = perform(services, tracker, ops[n])
        except StoreError as exc:
            run.refused.append(str(exc))
            break
        _acknowledge(ledger, n, ops[n], ids, problems)
        n += 1
    assert run.refused, "the disk never filled"
    for _ in range(RETRIES):
        with pytest.raises(StoreError) as again:
            perform(services, tracker, ops[n])
        run.refused.append(str(again.value))
    # Nothing of a refused write was saved; reading goes on.
    assert operations_done(store, setup) == len(ledger.ids)
    assert services.board(setup.workshop_id).lanes
    while_full(services)
    free()
    while n < len(ops) and not {"move", "score"} <= set(run.after_room):
        _acknowledge(ledger, n, ops[n], perform(services, tracker, ops[n]), problems)
        run.after_room.append(ops[n][0])
        n += 1
    run.played = n
    assert problems == []
    return run


def _sound(path: Path, ledger: Ledger) -> None:
    outcome = Outcome()
    verify_store(path, ledger, outcome)
    assert outcome.problems == []
    assert outcome.lost == 0
    assert outcome.done == len(ledger.ids)


def test_a_workshop_whose_store_reaches_its_page_limit(tmp_path):
    store = open_store(tmp_path / "limited.sqlite")
    try:
        setup = set_up(store, seed=31, count=OPERATIONS)
        ledger = new_ledger(store, setup)
        set_limit = _page_limit(store)
        run = _fill_play_free(
            store, ledger, fill=lambda: set_limit(_pages(store)), free=lambda: set_limit(None)
        )
    finally:
        store.close()
    assert run.refused and set(run.refused) == {DISK_FULL}
    _sound(tmp_path / "limited.sqlite", ledger)


def test_a_workshop_on_a_small_filesystem_that_fills_up(small_disk, tmp_path):
    if small_disk is None:
        # Mounting is not permitted here: the page limit stands in for the filesystem (the
        # test above), and the export's full-disk sentence is tested with ENOSPC injected
        # (tests/export/test_write_atomically.py).
        test_a_workshop_whose_store_reaches_its_page_limit(tmp_path)
        return
    path = small_disk / "workshop.sqlite"
    fillers: list[Path] = []
    exported: list[str] = []

    def export_while_full(services: Services) -> None:
        results = services.results(ledger.setup.workshop_id)
        target = small_disk / "results.csv"
        with pytest.raises(WriteFailed) as caught:
            write_results_csv(results, target)
        exported.append(str(caught.value))
        assert not target.exists()
        # Nothing half-written is left beside it either (only the store's own files).
        assert sorted(p.name for p in small_disk.iterdir() if p.name.startswith(".")) == []

    store = open_store(path)
    try:
        services = Services(store)
        services.start_backups()  # as the window does: backups need room too
        setup = set_up(store, seed=32, count=OPERATIONS)
        ledger = new_ledger(store, setup)
        run = _fill_play_free(
            store,
            ledger,
            fill=lambda: fillers.append(_fill(small_disk)),
            free=lambda: fillers.pop().unlink(),
            while_full=export_while_full,
        )
    finally:
        store.close()
    assert run.refused and set(run.refused) == {DISK_FULL}
    [export_message] = exported
    assert str(small_disk / "results.csv") in export_message
    assert "the disk is full" in export_message
    _sound(path, ledger)
