"""Writes every output file safely, and tables to CSV with no cell a spreadsheet would run as a
formula.

write_atomically is the one writer of the app's outputs (CSV, workbooks, PDF, PNG): it writes a
temporary file beside the target, syncs it to the disk and puts it in place in one step. A link
keeps being a link (the file it points to is replaced); a device, a pipe or a folder is refused,
never replaced; a failure leaves the old file as it was, no temporary behind, and raises
WriteFailed, whose sentence names the file and the cause."""

import csv
import errno
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from roadmap_desktop.words import Message, _

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# A plain number such as "-0.500" (what number() writes) is never a formula: leave it be.
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def safe_text(value: str) -> str:
    """Text that a spreadsheet shows as typed: a leading ' stops =, +, -, @ being a formula."""
    if value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def number(value: float | None, places: int = 3) -> str:
    return "" if value is None else f"{value:.{places}f}"


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Writes UTF-8 CSV atomically (a crash leaves the old file or the new, never half);
    strings are neutralised, numbers written as given. Returns the number of rows."""
    count = 0

    def write(temp: Path) -> None:
        nonlocal count
        with temp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([safe_text(h) for h in header])
            for row in rows:
                writer.writerow([safe_text(c) if isinstance(c, str) else c for c in row])
                count += 1

    write_atomically(path, write)
    return count


class WriteFailed(OSError):
    """An output file could not be written. str() is one sentence naming the file and the
    cause ("Could not write /x/results.csv: the disk is full (No space left on device).");
    errno, strerror and filename (the path asked for) are those of an OSError."""

    def __init__(
        self, path: Path, cause: "str | Message", code: int | None = None, strerror: str = ""
    ):
        # The OSError's own strerror stays English (logs); str() is in the current language.
        english = cause.render("en") if isinstance(cause, Message) else cause
        super().__init__(code, strerror or english, str(path))
        self.path = Path(path)
        self.cause = cause

    def __str__(self) -> str:
        # Translators: {path} is a file; {cause} says why, e.g. "the disk is full".
        return str(_("Could not write {path}: {cause}.", path=self.path, cause=self.cause))


# Translators: why a file could not be written, after "Could not write FILE: ".
_CAUSES: dict[int, Message] = {
    errno.ENOSPC: _("the disk is full"),
    getattr(errno, "EDQUOT", errno.ENOSPC): _("the disk is full"),  # over the user's quota
    errno.EFBIG: _("the file is too large for the disk"),
    errno.EACCES: _("permission denied"),
    errno.EPERM: _("permission denied"),
    errno.EROFS: _("the disk is read-only"),
    errno.EISDIR: _("it is a folder"),
}


def _failure(path: Path, folder: Path, exc: OSError) -> WriteFailed:
    """The sentence for an OSError met while writing path into folder."""
    if isinstance(exc, WriteFailed):
        return exc
    strerror = exc.strerror or str(exc)
    code = exc.errno
    cause: str | Message
    if code == errno.ENOENT and not folder.is_dir():
        cause = _("the folder {folder} does not exist", folder=folder)
    elif code == errno.ENOTDIR:
        cause = _("{folder} is not a folder", folder=folder)
    elif code in _CAUSES and _CAUSES[code].render("en") != strerror.casefold():
        # Translators: a cause, then the system's own words for it (in English).
        cause = _("{cause} ({system})", cause=_CAUSES[code], system=strerror)
    elif code in _CAUSES:
        cause = _CAUSES[code]
    else:
        cause = strerror
    return WriteFailed(path, cause, code, strerror)


def _target(path: Path) -> tuple[Path, os.stat_result | None]:
    """The file to replace for path: path itself, or for a link the file it finally points
    to, so that the link stays a link. Refuses what is not a regular file."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return target, None
    except OSError as exc:  # a loop of links, a folder that is a file, …
        raise _failure(path, target.parent, exc) from exc
    if stat.S_ISDIR(status.st_mode):
        raise WriteFailed(
            path,
            _("it is a folder; choose a file name"),
            errno.EISDIR,
            os.strerror(errno.EISDIR),
        )
    if not stat.S_ISREG(status.st_mode):
        device = stat.S_ISCHR(status.st_mode) or stat.S_ISBLK(status.st_mode)
        raise WriteFailed(
            path,
            _("it is not a regular file (a device); choose a file name")
            if device
            else _("it is not a regular file (a pipe or a socket); choose a file name"),
        )
    return target, status


def check_output(path: Path) -> None:
    """Raises the WriteFailed that writing path is sure to meet (a device, a folder, a missing
    folder), before a long render rather than after it."""
    path = Path(path)
    target, _old = _target(path)
    if not target.parent.is_dir():
        code = errno.ENOENT
        raise _failure(path, target.parent, OSError(code, os.strerror(code)))


_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def _sync(temp: Path) -> None:
    fd = os.open(temp, os.O_RDWR | _BINARY)  # Windows syncs only what is open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Makes the rename itself durable; a folder that cannot be opened or synced (some
    filesystems refuse) costs durability, not the write."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _mode_for(old: os.stat_result | None, *, private: bool) -> int:
    """The permission bits of the file replaced, or for a new file those the umask gives;
    a private file is its owner's alone either way."""
    if old is not None:
        mode = stat.S_IMODE(old.st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    return mode & 0o700 if private else mode


def _keep_owner(temp: Path, old: os.stat_result | None) -> None:
    """Run as root, a file replaced stays its owner's (elsewhere a user owns what they write)."""
    geteuid = getattr(os, "geteuid", None)  # not on Windows
    if old is None or geteuid is None or geteuid() != 0:
        return
    if (old.st_uid, old.st_gid) != (0, 0):
        os.chown(temp, old.st_uid, old.st_gid)


def write_atomically(path: Path, write: Callable[[Path], None], *, private: bool = False) -> None:
    """Calls write(temporary path) beside path's file, syncs the result to the disk, then puts
    it in place in one step: a crash or a failure leaves the old file or the new, never half of
    one, and no temporary file. A link is kept and the file it points to replaced; a folder, a
    device (/dev/full, /dev/null) or a pipe is refused, never replaced. The new file keeps the
    permission bits of the old one (a new file: the umask's); private (a file of secrets, such
    as ballot links) keeps only the owner's bits. Raises WriteFailed (an OSError)
    naming path and the cause; an exception from write other than OSError passes unchanged."""
    path = Path(path)
    target, old = _target(path)
    folder = target.parent
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=target.suffix, dir=folder)
    except OSError as exc:
        raise _failure(path, folder, exc) from exc
    os.close(fd)
    temp = Path(name)
    try:
        write(temp)
        _sync(temp)
        os.chmod(temp, _mode_for(old, private=private))
        _keep_owner(temp, old)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _failure(path, folder, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def write_bytes_atomically(path: Path, content: bytes) -> None:
    """Writes content to path as write_atomically does (a PDF, a PNG)."""

    def write(temp: Path) -> None:
        fd = os.open(temp, os.O_WRONLY | os.O_TRUNC | _BINARY)
        try:
            view = memoryview(content)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)

    write_atomically(path, write)
