"""The proposals template that departments fill in: the expected columns and one example row,
as CSV (UTF-8) or as an Excel workbook with a bold header and sized columns.

The CSV is written here rather than by export.tabular.write_csv: importing and export are
independent layers. The example row is fixed text, none of it formula-like.
"""

import csv
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from roadmap_desktop.words import _

TEMPLATE_COLUMNS = (
    "Title",
    "Summary",
    "Department",
    "Domain",
    "Category",
    "Cost",
    "Timeframe",
    "Lane",
)
EXAMPLE_ROW: tuple[object, ...] = (
    "Smart streetlights pilot",
    "Replace 500 streetlights with connected LEDs that report outages on their own.",
    "Transportation",
    "Sustainable",
    "Strategy / demonstration / pilot",
    1250000,
    "12 months",
    "",  # empty: the workshop's Inbox
)
# Character widths of the workbook's columns, in TEMPLATE_COLUMNS order.
WIDTHS = (36, 60, 24, 18, 32, 14, 16, 14)
FORMATS = (".csv", ".xlsx")
SHEET_TITLE = "Proposals"


def write_template(path: Path) -> Path:
    """Writes the template to path (.csv or .xlsx, by its suffix), replacing it whole or not
    at all; returns the path. Raises ValueError for any other suffix, OSError if the folder
    cannot be written."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix == ".csv":
        _replace(path, _write_csv)
    elif suffix == ".xlsx":
        _replace(path, _write_xlsx)
    else:
        raise ValueError(
            str(
                _(
                    "{name}: the template is written as .csv or .xlsx, not “{suffix}”",
                    name=path.name,
                    suffix=path.suffix,
                )
            )
        )
    return path


def _write_csv(temp: Path) -> None:
    with temp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(TEMPLATE_COLUMNS)
        writer.writerow(EXAMPLE_ROW)


def _write_xlsx(temp: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    sheet.append(list(TEMPLATE_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.append(list(EXAMPLE_ROW))
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    book.save(temp)


def _replace(path: Path, write: Callable[[Path], None]) -> None:
    """Writes a temporary file beside path and renames it over path: a crash leaves the old
    file or the new one, never half of one."""
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    except OSError as exc:  # name the file the user asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    os.close(fd)
    try:
        write(Path(temp))
        umask = os.umask(0)  # mkstemp makes the file private; a template is an ordinary file
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
