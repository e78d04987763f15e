"""Writes tables to CSV safely: atomic files, and no cell a spreadsheet would run as a formula."""

import csv
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

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
    path = Path(path)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    except OSError as exc:
        # Name the file the user asked for, not our hidden temporary one.
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([safe_text(h) for h in header])
            for row in rows:
                writer.writerow([safe_text(c) if isinstance(c, str) else c for c in row])
                count += 1
        # mkstemp makes the file private; an export is an ordinary file, so honour the umask.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Calls write(temporary path) beside path, then puts the result in place in one step:
    a crash leaves the old file or the new, never half of one."""
    path = Path(path)
    try:
        fd, temp = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent or "."
        )
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    os.close(fd)
    try:
        write(Path(temp))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
