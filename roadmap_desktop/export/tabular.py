"""Writes tables to CSV safely: atomic files, and no cell a spreadsheet would run as a formula."""

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    """Text that a spreadsheet shows as typed: a leading ' stops =, +, -, @ being a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def number(value: float | None, places: int = 3) -> str:
    return "" if value is None else f"{value:.{places}f}"


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Writes UTF-8 CSV atomically (a crash leaves the old file or the new, never half);
    strings are neutralised, numbers written as given. Returns the number of rows."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([safe_text(h) for h in header])
            for row in rows:
                writer.writerow([safe_text(c) if isinstance(c, str) else c for c in row])
                count += 1
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return count
