"""Backups of a store file: taken with SQLite's online backup API, checked, thinned, restored.

A backup is a store like any other, in the `backups/` folder beside the store, named
`<stem>-<UTC date>-<UTC time>[-<n>]-<reason>.sqlite`: the name says when and why; the file
itself says what it holds (read read-only for the Restore dialog). It holds every value of
the store, the sealed ones of an open round too, so it is created readable by its owner only,
as the store is.

The online backup API copies one consistent snapshot even while the app writes (WAL); the
copy is checked (PRAGMA quick_check) before it takes its name, so a backup that is listed was
sound when it was written.
"""

import glob
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from roadmap_desktop.store.checks import (
    check_file,
    file_problems,
    journal_of,
    quick_check,
    reading,
    revision_of,
)
from roadmap_desktop.store.errors import StoreError
from roadmap_desktop.store.schema import HEAD
from roadmap_desktop.words import Message, _, current, formats

log = logging.getLogger(__name__)

FOLDER = "backups"
SUFFIX = ".sqlite"
REASONS = (
    "opened",
    "round-closed",
    "round-revealed",
    "before-import",
    "before-remove-lane",
    "before-remove-criterion",
    "periodic",
    "before-restore",
    "before-migration",
)
PERIODIC = timedelta(minutes=15)  # while changes happen, a backup at least this often
RETRY = timedelta(minutes=1)  # after a failed periodic backup (a full disk), try again then
BUSY_TIMEOUT_MS = 5000
STALE_TEMP = timedelta(hours=1)  # a temporary file this old was left by a killed process
_SLUG = re.compile(r"^[a-z][a-z-]*$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    """One backup file, as the Restore dialog lists it.

    Attributes:
        path: the file.
        taken_at: when it was taken (UTC, to the second, from its name).
        reason: why (one of REASONS, e.g. "round-closed").
        workshops: the names of the workshops it holds.
        proposals, rounds: how many it holds (all workshops).
        last_change: the time of its newest audit event (UTC), None for none.
        size: the file's size in bytes.
        problem: None for a readable backup, else the sentence why it cannot be used (in
            the language current when it was listed).
        last_event: its newest audit event's id (with `head`, what "the same content" means).
        head: the hash of that event (stores from schema 0007 on), else None.
    """

    path: Path
    taken_at: datetime
    reason: str
    workshops: tuple[str, ...]
    proposals: int
    rounds: int
    last_change: datetime | None
    size: int
    problem: str | None = None
    last_event: int | None = None
    head: str | None = None

    def when(self) -> str:
        """The time it was taken, in local time, in the current language, as a sentence says
        it: "December 2, 2025, 5:28 AM" / "2 de diciembre de 2025, 5:28 a.m."."""
        local = self.taken_at.astimezone()
        language = current()  # named: formats.locale() caches what None meant at first
        # Translators: when a backup was taken: {date} is a long date ("December 2, 2025"),
        # {time} a time of day ("5:28 AM"); put them in your language's order.
        return str(
            _(
                "{date}, {time}",
                date=formats.long_date(local.date(), language=language),
                time=formats.time_of_day(local, language=language),
            )
        )


def backup_folder(store_path: Path) -> Path:
    return store_path.parent / FOLDER


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(stem)}-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<seq>\d+))?-(?P<reason>[a-z][a-z-]*)"
        rf"{re.escape(SUFFIX)}$"
    )


def _named(store_path: Path) -> list[tuple[datetime, int, str, Path]]:
    """(taken_at, sequence, reason, path) of the store's backups, newest first, from the
    names alone."""
    folder = backup_folder(store_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(store_path.stem)
    found = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match is None or not entry.is_file():
            continue
        taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append((taken, int(match["seq"] or 1), match["reason"], entry))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return found


def has_backups(store_path: Path) -> bool:
    """Whether the store's backups folder holds any backup of it (by name)."""
    return bool(_named(store_path))


# -- taking -------------------------------------------------------------------------------


def _private_file(path: Path) -> None:
    """Creates an empty file readable by its owner only (never chmod after: no moment when
    another user could open it)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _fsync(path: Path, *, folder: bool = False) -> None:
    if folder and os.name == "nt":  # Windows cannot open a folder to flush it
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(temp: Path, folder: Path, stem: str, reason: str, when: datetime) -> Path:
    """Gives temp its backup name, never replacing a file: a second backup in the same
    second gets -2, -3, …"""
    stamp = when.strftime(_STAMP)
    seq = 1
    while True:
        moment = f"{stem}-{stamp}{'' if seq == 1 else f'-{seq}'}"
        target = folder / f"{moment}-{reason}{SUFFIX}"
        if any(folder.glob(f"{glob.escape(moment)}-[a-z]*{SUFFIX}")):
            seq += 1  # that second is taken (whatever the reason): the order stays clear
            continue
        try:
            os.link(temp, target)  # fails if the name is taken, unlike a rename
        except FileExistsError:
            seq += 1
            continue
        temp.unlink()
        return target


def _environment(path: Path, exc: OSError, *, restoring: bool = False) -> StoreError:
    """A file-system error while writing a backup into the folder path, or (restoring)
    while restoring the store at path. The cause is the system's own text."""
    reason = exc.strerror or type(exc).__name__
    if restoring:
        # Translators: {reason} is a short clause such as "the disk is full", or the
        # operating system's own text ("No space left on device").
        said = _("Could not restore {path}: {reason}.", path=path, reason=reason)
    else:
        # Translators: {reason} is the operating system's own text ("No space left on device").
        said = _("Could not write a backup into {path}: {reason}.", path=path, reason=reason)
    return StoreError(said, environment=True)


def _copy(source: sqlite3.Connection, temp: Path, *, journal: str) -> None:
    """Copies source into the new file temp with the backup API, then checks the copy."""
    with closing(sqlite3.connect(temp)) as dst:
        source.backup(dst)
        dst.execute(f"PRAGMA journal_mode = {journal}")
        if [r[0] for r in dst.execute("PRAGMA quick_check").fetchall()] != ["ok"]:
            raise StoreError(
                _("The copy of the store in {folder} did not pass its check.", folder=temp.parent)
            )


def _open_source(store_path: Path) -> sqlite3.Connection:
    """A connection that reads the live store, WAL included (the backup API takes one
    consistent snapshot: writers go on meanwhile)."""
    conn = sqlite3.connect(store_path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def take_backup(store_path: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copies the store into its backups folder (checked, readable by its owner only), then
    thins the folder; returns the backup's path. Raises StoreError (environment=True) when
    the disk is full or the folder cannot be written, naming the path."""
    if not _SLUG.match(reason):
        raise ValueError(f"A backup's reason is a short slug, not {reason!r}.")
    when = now or datetime.now(UTC)
    folder = backup_folder(store_path)
    temp = folder / f".{store_path.stem}-{os.getpid()}-{threading.get_ident()}.tmp"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        temp.unlink(missing_ok=True)
        _private_file(temp)
        with closing(_open_source(store_path)) as source:
            _copy(source, temp, journal="DELETE")
        _fsync(temp)
        target = _place(temp, folder, store_path.stem, reason, when)
        _fsync(folder, folder=True)
    except OSError as exc:
        raise _environment(folder, exc) from exc
    except sqlite3.Error as exc:
        raise StoreError(
            # Translators: {reason} is a short clause such as "the disk is full".
            _("Could not back up {path}: {reason}.", path=store_path, reason=_sqlite_reason(exc)),
            environment=True,
        ) from exc
    finally:
        with suppress(OSError):
            temp.unlink(missing_ok=True)
            journal_of(temp, "-journal").unlink(missing_ok=True)
    thin(store_path, when)
    return target


# Why SQLite refused a copy, by its primary result code: the clause after "Could not back up
# <path>:" (and "Could not restore <path>:").
_SQLITE_REASONS: dict[int, Message] = {
    13: _("the disk is full"),
    5: _("the store is busy"),
    6: _("the store is busy"),
    10: _("the disk could not be read or written"),
    11: _("the store is damaged"),
    26: _("the file is not a store"),
}


def _sqlite_reason(exc: sqlite3.Error) -> Message:
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    return _SQLITE_REASONS.get(primary or 0, _("SQLite refused the copy"))


# -- thinning -----------------------------------------------------------------------------


def _keepers(taken: list[datetime], today: date) -> set[int]:
    """The indexes (into taken, newest first) that thinning keeps."""
    kept: set[int] = {0} if taken else set()
    buckets: set[tuple[str, int, int]] = set()
    for i, when in enumerate(taken):
        day = when.date()
        age = (today - day).days
        if age <= 0:  # today (or a clock that was ahead): every one
            kept.add(i)
            continue
        if age <= 7:
            bucket = ("day", day.toordinal(), 0)
        elif age <= 35:
            year, week, _weekday = day.isocalendar()
            bucket = ("week", year, week)
        elif age <= 365:
            bucket = ("month", day.year, day.month)
        else:
            continue
        if bucket not in buckets:  # newest first: the first one seen is the newest
            buckets.add(bucket)
            kept.add(i)
    return kept


def thin(store_path: Path, now: datetime | None = None) -> list[Path]:
    """Deletes the backups the rule no longer keeps; returns them. The rule, by UTC date:
    every backup of today; for each of the 7 days before, its newest; then for 5 weeks
    (ISO weeks) each week's newest; then for 12 months each month's newest; nothing older.
    The newest backup is always kept (each was checked when written, so it is the newest
    good one). Also removes temporary files that a killed process left (over an hour old)."""
    moment = now or datetime.now(UTC)
    named = _named(store_path)
    kept = _keepers([t for t, _s, _r, _p in named], moment.astimezone(UTC).date())
    gone = []
    for i, (_t, _s, _r, path) in enumerate(named):
        if i not in kept:
            with suppress(FileNotFoundError):
                path.unlink()
            gone.append(path)
    _drop_stale_temps(store_path, moment)
    return gone


def _drop_stale_temps(store_path: Path, moment: datetime) -> None:
    folder = backup_folder(store_path)
    if not folder.is_dir():
        return
    for entry in folder.glob(f".{store_path.stem}-*.tmp"):
        with suppress(OSError):
            changed = datetime.fromtimestamp(entry.stat().st_mtime, UTC)
            if moment - changed > STALE_TEMP:
                entry.unlink()


# -- reading ------------------------------------------------------------------------------


def _at(value: object) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def fingerprint(path: Path) -> tuple[int, str | None] | None:
    """(newest event id, its hash) of a store file, read read-only; None without events."""
    with reading(path) as conn:
        return _fingerprint(conn)


def _fingerprint(conn: sqlite3.Connection) -> tuple[int, str | None] | None:
    columns = {str(r[1]) for r in conn.execute("PRAGMA table_info(event)")}
    wanted = "id, hash" if "hash" in columns else "id, NULL"
    row = conn.execute(f"SELECT {wanted} FROM event ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), row[1])


def describe(path: Path, taken_at: datetime, reason: str) -> Backup:
    """What one backup file holds, read read-only; a file that cannot be read is listed
    with its problem."""
    size = path.stat().st_size
    try:
        with reading(path) as conn:
            revision_of(conn, path)
            names = tuple(str(r[0]) for r in conn.execute("SELECT name FROM workshop ORDER BY id"))
            proposals = int(conn.execute("SELECT count(*) FROM proposal").fetchone()[0])
            rounds = int(conn.execute('SELECT count(*) FROM "round"').fetchone()[0])
            last = conn.execute("SELECT max(at) FROM event").fetchone()[0]
            mark = _fingerprint(conn)
    except (sqlite3.Error, StoreError) as exc:
        problem = str(exc) if isinstance(exc, StoreError) else str(_cannot_read(path))
        return Backup(path, taken_at, reason, (), 0, 0, None, size, problem=problem)
    return Backup(
        path,
        taken_at,
        reason,
        names,
        proposals,
        rounds,
        _at(last),
        size,
        last_event=None if mark is None else mark[0],
        head=None if mark is None else mark[1],
    )


def _cannot_read(path: Path) -> Message:
    return _("{path} cannot be read.", path=path)


def list_backups(store_path: Path) -> list[Backup]:
    """The store's backups, newest first; one that cannot be read is listed with its
    `problem` (the Restore dialog shows it greyed, with the sentence)."""
    found = []
    for taken, _seq, reason, path in _named(store_path):
        with suppress(FileNotFoundError):  # thinned by another process meanwhile
            found.append(describe(path, taken, reason))
    return found


def newest_good(store_path: Path) -> Backup | None:
    """The newest backup that passes every check (check_file), or None."""
    for backup in list_backups(store_path):
        if backup.problem is None and not check_file(backup.path):
            return backup
    return None


# -- restoring ----------------------------------------------------------------------------


def _set_aside(store_path: Path, when: datetime) -> Path | None:
    """Saves the current store as a before-restore backup, so the restore can be undone.
    A damaged store is copied byte for byte (its -wal too): the backup API would refuse it,
    and it is kept as it was. Returns None when there is no store file to save."""
    if not store_path.exists():
        wal = journal_of(store_path, "-wal")
        if wal.exists():  # the journal of a store that is gone: kept, in case it matters
            folder = backup_folder(store_path)
            folder.mkdir(mode=0o700, exist_ok=True)
            stamp = when.strftime(_STAMP)
            _raw_copy(wal, folder / f"{store_path.stem}-{stamp}-orphan{SUFFIX}-wal")
        return None
    if quick_check(store_path) is None:
        return take_backup(store_path, "before-restore", now=when)
    folder = backup_folder(store_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    temp = folder / f".{store_path.stem}-{os.getpid()}-aside.tmp"
    temp.unlink(missing_ok=True)
    _raw_copy(store_path, temp)
    target = _place(temp, folder, store_path.stem, "before-restore", when)
    wal = journal_of(store_path, "-wal")
    if wal.exists():
        _raw_copy(wal, journal_of(target, "-wal"))
    return target


def _raw_copy(source: Path, target: Path) -> None:
    _private_file(target)
    with source.open("rb") as src, target.open("r+b") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())


def restore(store_path: Path, backup: Path, *, now: datetime | None = None) -> Path | None:
    """Puts the backup's content into store_path; returns where the replaced store was
    saved aside (a before-restore backup: restoring it undoes this), or None when there was
    no store file.

    The backup must pass every check, else StoreError with the sentence. A sound store is
    overwritten through the backup API, so the connections that have it open (the window)
    see the restored content and WAL stays consistent; a damaged or missing one is replaced
    by a new file. A backup from an older schema is upgraded, as opening it would."""
    problems = file_problems(backup)
    if problems:
        # Translators: {problem} is a sentence saying what is wrong with the backup file.
        raise StoreError(
            _("{name} cannot be restored: {problem}", name=backup.name, problem=problems[0])
        )
    when = now or datetime.now(UTC)
    try:
        aside = _set_aside(store_path, when)
        with reading(backup) as source:
            revision = revision_of(source, backup)
            if aside is not None and store_path.exists() and quick_check(store_path) is None:
                _overwrite(source, store_path)
            else:
                _replace(source, store_path)
    except OSError as exc:
        raise _environment(store_path, exc, restoring=True) from exc
    except sqlite3.Error as exc:
        raise StoreError(
            # Translators: {reason} is a short clause such as "the disk is full", or the
            # operating system's own text ("No space left on device").
            _("Could not restore {path}: {reason}.", path=store_path, reason=_sqlite_reason(exc)),
            environment=True,
        ) from exc
    if revision != HEAD:
        _upgrade_file(store_path)
    return aside


def _overwrite(source: sqlite3.Connection, store_path: Path) -> None:
    with closing(_open_source(store_path)) as dst:
        source.backup(dst)
        if [r[0] for r in dst.execute("PRAGMA quick_check").fetchall()] != ["ok"]:
            raise StoreError(_("{path} did not pass its check after the restore.", path=store_path))


def _replace(source: sqlite3.Connection, store_path: Path) -> None:
    """Writes the backup into a new file beside the store and puts it in the store's place;
    the old -wal and -shm (saved aside with the store) go, so SQLite cannot replay them."""
    temp = store_path.with_name(f".{store_path.name}-{os.getpid()}-restore.tmp")
    temp.unlink(missing_ok=True)
    _private_file(temp)
    try:
        _copy(source, temp, journal="WAL")
        for suffix in ("-wal", "-shm", "-journal"):
            journal_of(store_path, suffix).unlink(missing_ok=True)
        os.replace(temp, store_path)
        _fsync(store_path.parent, folder=True)
    finally:
        for leftover in (temp, journal_of(temp, "-wal"), journal_of(temp, "-shm")):
            leftover.unlink(missing_ok=True)


def _upgrade_file(store_path: Path) -> None:
    from roadmap_desktop.store.engine import open_store  # the engine imports this module

    open_store(store_path, create=False).close()


# -- automatic backups --------------------------------------------------------------------


class Keeper:
    """Takes one store's automatic backups: at the moments the services name, and every
    PERIODIC while changes happen, in a background thread. Never two at once; a backup that
    fails (a full disk) is logged and never fails the user's change.

    Attributes:
        path: the store file.
        every: how long after a backup a change triggers the next periodic one.
    """

    def __init__(
        self,
        path: Path,
        *,
        every: timedelta = PERIODIC,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.path = path
        self.every = every
        self._clock = clock
        self._one = threading.Lock()  # one backup at a time
        self._state = threading.Lock()
        self._worker: threading.Thread | None = None
        named = _named(path)
        self._last: datetime | None = named[0][0] if named else None
        self.failures = 0

    def take(self, reason: str) -> Path | None:
        """A backup now (waiting for one under way); None, logged, when it failed."""
        try:
            return self.take_or_raise(reason)
        except (StoreError, OSError, sqlite3.Error) as exc:
            self.failures += 1
            log.warning("No %s backup of %s: %s", reason, self.path, exc)
            with self._state:
                self._last = self._clock() - self.every + RETRY
            return None

    def take_or_raise(self, reason: str) -> Path:
        """A backup now (waiting for one under way); StoreError when it fails."""
        with self._one:
            done = take_backup(self.path, reason, now=self._clock())
            with self._state:
                self._last = self._clock()
            return done

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Holds off automatic backups (a restore writes the store meanwhile)."""
        with self._one:
            yield

    def take_if_changed(self, reason: str) -> Path | None:
        """A backup unless the newest one already holds the same content (the same newest
        audit event), or the store holds no event yet."""
        try:
            mine = fingerprint(self.path)
            named = _named(self.path)
            newest = fingerprint(named[0][3]) if named else None
        except (sqlite3.Error, StoreError, OSError):
            mine, newest = (0, "unknown"), None
        if mine is None or mine == newest:
            return None
        return self.take(reason)

    def after_change(self) -> None:
        """Called after each commit: starts a periodic backup in the background when the
        last one is older than `every` and none is under way."""
        with self._state:
            due = self._last is None or self._clock() - self._last >= self.every
            if not due or (self._worker is not None and self._worker.is_alive()):
                return
            self._last = self._clock()  # no second thread for the commits that follow
            self._worker = threading.Thread(
                target=self.take, args=("periodic",), name="roadmap-backup", daemon=True
            )
            self._worker.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Waits for a background backup under way; True when none is left running."""
        with self._state:
            worker = self._worker
        if worker is not None:
            worker.join(timeout)
            return not worker.is_alive()
        return True
