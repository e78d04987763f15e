"""Reads the first table of a spreadsheet file — .xlsx (a chosen sheet) or .csv in the
dialects and encodings spreadsheets produce — as text cells with their row numbers."""

import codecs
import csv
import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn

from roadmap_desktop.domain.rules import drop_controls
from roadmap_desktop.importing.csv_text import Records, too_large, utf8_or_windows_1252
from roadmap_desktop.importing.limits import (
    MAX_BLANK_RUN,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_PART_BYTES,
    MAX_ROWS,
    MAX_TEXT_BYTES,
    MAX_WORKBOOK_BYTES,
    column_letter,
    megabytes,
    too_long,
)
from roadmap_desktop.importing.problems import ImportRejected, Problem
from roadmap_desktop.words import Message, Num, _, n_

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

Progress = Callable[[int, int], None]  # (done, total) in any unit, e.g. bytes or rows


@dataclass(frozen=True, slots=True)
class Sheet:
    """A table as read: a header row and data rows of text.

    Attributes:
        source: the file's name as the user knows it.
        headers: the header row's cells, stripped.
        rows: data rows, each padded or cut to len(headers); numbers and dates as text the
            way the spreadsheet shows them (1250000, not 1250000.0); blank rows left out.
        row_numbers: the spreadsheet row number of each data row (the header is row 1 when
            it is the first row), for messages that name rows.
        sheet_name: the worksheet's name for .xlsx, None for .csv.
        uncalculated: (row number, column index) of each cell holding a formula that was
            never calculated: the file keeps no value for it, and it reads as blank.
    """

    source: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    sheet_name: str | None = None
    uncalculated: frozenset[tuple[int, int]] = frozenset()


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
FORMATS = _("Roadmap Desktop reads .xlsx and .xlsm workbooks and .csv, .tsv and .txt files")

HEAD_BYTES = 64 * 1024  # looked at before anything else is read or decoded
PROGRESS_EVERY = 2000  # records (CSV) or rows (xlsx) between progress calls

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # CFB: encrypted .xlsx and old .xls
ODS_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument"
OTHER_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")

# Translators: the problems of a file follow its name and a colon ("list.pdf: is not …").
NOT_SHEET = _("is not a spreadsheet or CSV file")
PROTECTED = _(
    "is password-protected or an old Excel (.xls) file: save it as .xlsx without a password"
)
DAMAGED = _("is damaged or not an Excel workbook")

# Control characters that text files never hold (tab, line feed, vertical tab, form feed and
# carriage return are text). A stray one is tolerated; many mean the file is not text.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_SHARE = 20  # refuse when more than 1 in 20 characters is a control character…
_CONTROL_FEW = 256  # …and there are more than this many (a small file may hold a few)
_DELIMITERS = (",", ";", "\t")


def sheet_names(path: Path) -> list[str]:
    """The worksheets of an .xlsx file in order; [] for a CSV file."""
    path = Path(path)
    if _kind(path) == "text":
        return []
    with _open(path) as file:
        workbook = _load_workbook(path, file)
        try:
            return list(workbook.sheetnames)
        finally:
            workbook.close()


def read_sheet(path: Path, sheet: str | None = None, progress: Progress | None = None) -> Sheet:
    """The table in the file (for .xlsx: the named sheet, default the first). Raises
    roadmap_desktop.importing.problems.ImportRejected with a sentence for a file that is not
    a spreadsheet, an encrypted or corrupt workbook, an unknown sheet, or an empty file."""
    path = Path(path)
    if _kind(path) == "text":
        return _read_text(path, progress)
    return _read_workbook(path, sheet, progress)


# --- shared -------------------------------------------------------------------------------


def _refuse(path: Path, message: str | Message, row: int | None = None) -> NoReturn:
    raise ImportRejected(path, [Problem(row, None, message)])


def _kind(path: Path) -> str:
    """The kind of file its extension says, "workbook" or "text"; others are refused."""
    suffix = path.suffix.casefold()
    if suffix in WORKBOOK_SUFFIXES:
        return "workbook"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix == ".xls":
        _refuse(
            path,
            _(
                "is an old Excel (.xls) workbook: save it as .xlsx or CSV ({formats})",
                formats=FORMATS,
            ),
        )
    if suffix in (".ods", ".fods"):
        _refuse(
            path,
            _(
                "is an OpenDocument spreadsheet: save it as .xlsx or CSV ({formats})",
                formats=FORMATS,
            ),
        )
    if suffix == ".xlsb":
        _refuse(
            path,
            _(
                "is a binary Excel (.xlsb) workbook: save it as .xlsx or CSV ({formats})",
                formats=FORMATS,
            ),
        )
    if suffix:
        _refuse(
            path,
            _(
                "is a “{suffix}” file, not a spreadsheet: {formats}",
                suffix=suffix,
                formats=FORMATS,
            ),
        )
    _refuse(
        path, _("is a file without an extension, not a spreadsheet: {formats}", formats=FORMATS)
    )


def _open(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        _refuse(path, _cannot_read(exc))


def _read_head(path: Path, file: BinaryIO) -> bytes:
    try:
        return file.read(HEAD_BYTES)
    except OSError as exc:
        _refuse(path, _cannot_read(exc))


def _cannot_read(exc: OSError) -> Message:
    return _("cannot be read ({reason})", reason=exc.strerror or exc)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _table(
    path: Path,
    records: Iterable[tuple[int, list[str]]],
    sheet_name: str | None,
    empty: Message,
) -> Sheet:
    """The Sheet of (row number, stripped cells) records: the first non-blank record is the
    header; blank records are dropped; the width is the header's or the widest row's, not
    counting blank cells at the end, so no text is lost and no blank column is made up.

    Read within the limits: a row beyond MAX_ROWS of data, text beyond MAX_COLUMNS or a cell
    over MAX_CELL_CHARS is refused with its row; MAX_BLANK_RUN blank rows in a row end the
    table (a sheet styled down to row 1,048,576 is not read to its end)."""
    headers: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    width = 0
    blank_run = 0
    for number, cells in records:
        last = len(cells)
        while last and not cells[last - 1]:
            last -= 1
        if not last:
            blank_run += 1
            if blank_run >= MAX_BLANK_RUN:
                break
            continue
        blank_run = 0
        if last > MAX_COLUMNS:
            _refuse(
                path,
                _(
                    "has text in column {column}; a sheet of proposals has at most {most} columns",
                    column=column_letter(last - 1),
                    most=MAX_COLUMNS,
                ),
                number,
            )
        for index, cell in enumerate(cells[:last]):
            if len(cell) > MAX_CELL_CHARS:
                raise ImportRejected(
                    path, [Problem(number, column_letter(index), too_long(len(cell)))]
                )
        if headers is not None and len(rows) == MAX_ROWS:
            _refuse(
                path,
                _(
                    "is one row too many: a file holds at most {most} proposals; split it "
                    "into smaller files",
                    most=Num(MAX_ROWS),
                ),
                number,
            )
        width = max(width, last)
        if headers is None:
            headers = list(cells[:last])
        else:
            rows.append(cells)
            numbers.append(number)
    if headers is None:
        _refuse(path, empty)
    if not rows:
        if sheet_name:  # a workbook has several
            _refuse(
                path,
                _(
                    "sheet “{sheet}” has a header row but no rows of data below it",
                    sheet=sheet_name,
                ),
            )
        _refuse(path, _("has a header row but no rows of data below it"))
    headers += [""] * (width - len(headers))
    fitted = tuple(
        tuple(row[:width]) if len(row) >= width else (*row, *[""] * (width - len(row)))
        for row in rows
    )
    return Sheet(path.name, tuple(headers), fitted, tuple(numbers), sheet_name)


# --- text files ---------------------------------------------------------------------------


def _read_text(path: Path, progress: Progress | None) -> Sheet:
    with _open(path) as file:
        head = _read_head(path, file)
        _refuse_binary_head(path, head)
        encoding = _encoding(path, head, final=len(head) < HEAD_BYTES)
        try:
            size = path.stat().st_size
        except OSError as exc:
            _refuse(path, _cannot_read(exc))
        if size > MAX_TEXT_BYTES:
            _refuse(path, too_large(size))
        try:
            data = head + file.read()
        except OSError as exc:
            _refuse(path, _cannot_read(exc))
    total = len(data)
    _report(progress, 0, total)
    text = _decode(path, data, encoding)
    del data
    _refuse_control_characters(path, text)
    delimiter = _delimiter(text, path.suffix.casefold() == ".tsv")
    reader = Records(
        path, text, delimiter=delimiter, quotechar='"', doublequote=True, skipinitialspace=True
    )
    scale = total / max(len(text), 1)

    def records() -> Iterable[tuple[int, list[str]]]:
        for number, record in reader:
            yield number, [drop_controls(cell).strip() for cell in record]
            if progress is not None and not number % PROGRESS_EVERY:
                progress(min(int(reader.tell() * scale), total), total)

    sheet = _table(path, records(), None, _("is empty"))
    _report(progress, total, total)
    return sheet


def _refuse_binary_head(path: Path, head: bytes) -> None:
    """Files that are something else under a text file's name."""
    if head.startswith(ZIP_MAGIC):
        if head[30 : 30 + len(ODS_MIMETYPE)] == ODS_MIMETYPE:
            _refuse(
                path, _("is an OpenDocument spreadsheet, not CSV text: save it as CSV or .xlsx")
            )
        _refuse(
            path,
            _(
                "is an Excel workbook (or another zip file), not CSV text: "
                "rename it to .xlsx, or save it from the spreadsheet as CSV"
            ),
        )
    if head.startswith(OLE2_MAGIC):
        _refuse(
            path,
            _(
                "is an old Excel (.xls) or password-protected workbook, not CSV text: "
                "save it as CSV, or as .xlsx without a password"
            ),
        )
    if head.startswith(OTHER_MAGIC):
        _refuse(path, NOT_SHEET)


def _encoding(path: Path, head: bytes, final: bool) -> str:
    """The encoding the file's first bytes show: a BOM; else UTF-16 when NUL bytes sit at
    every other byte (other NUL bytes mean it is not text); else UTF-8; else Windows-1252."""
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # the codec reads the BOM for the byte order
    elif b"\0" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is None:
            _refuse(path, NOT_SHEET)
        encoding = utf16
    else:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final)
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    # Decode the first bytes now, so that a large file of garbage is refused before the
    # rest of it is read.
    try:
        sample = codecs.getincrementaldecoder(encoding)().decode(head, final)
    except UnicodeDecodeError as exc:
        _undecodable(path, head, encoding, exc)
    _refuse_control_characters(path, sample)
    return encoding


def _utf16_without_bom(head: bytes) -> str | None:
    """The codec, utf-16-le or utf-16-be, when the NUL bytes are the high bytes of mostly
    Latin text; else None."""
    pairs = len(head) // 2
    if not pairs:
        return None
    even = head[0 : pairs * 2 : 2].count(0)
    odd = head[1 : pairs * 2 : 2].count(0)
    if odd >= pairs // 4 and even * 20 <= odd:
        return "utf-16-le"
    if even >= pairs // 4 and odd * 20 <= even:
        return "utf-16-be"
    return None


def _decode(path: Path, data: bytes, encoding: str) -> str:
    """The text; without a BOM, UTF-8 or Windows-1252 is decided on the whole file (the
    first bytes may be UTF-8 and a later byte not)."""
    try:
        if encoding not in ("utf-8", "cp1252"):
            return data.decode(encoding)
        try:
            return utf8_or_windows_1252(path, data)
        except ImportRejected:
            # Mixed encodings, or not text at all (random bytes hold UTF-8 by chance)?
            _refuse_control_characters(path, data.decode("cp1252", errors="replace"))
            raise
    except UnicodeDecodeError as exc:
        _undecodable(path, data, exc.encoding, exc)


def _undecodable(path: Path, data: bytes, encoding: str, exc: UnicodeDecodeError) -> NoReturn:
    line = data.count(b"\n", 0, exc.start) + 1
    name = {"cp1252": "Windows-1252", "charmap": "Windows-1252"}.get(encoding, encoding.upper())
    _refuse(
        path,
        _(
            "is not a spreadsheet or CSV file, or its text is in an encoding spreadsheets do "
            "not use (byte 0x{byte} on line {line} is not {encoding}): if it is CSV, save it "
            "as “CSV UTF-8” and try again",
            byte=format(data[exc.start], "02X"),
            line=line,
            encoding=name,
        ),
    )


def _refuse_control_characters(path: Path, text: str) -> None:
    if "\0" in text:
        _refuse(path, NOT_SHEET)
    limit = max(_CONTROL_FEW, len(text) // _CONTROL_SHARE)
    found = sum(1 for _ in islice(_CONTROL.finditer(text), limit + 1))
    if found > limit:
        _refuse(
            path,
            _("is not a spreadsheet or CSV file (it holds control characters that text never has)"),
        )


def _delimiter(text: str, tab_first: bool) -> str:
    """The delimiter (comma, semicolon or tab) that reads the first 64 K characters as the
    most regular table, from the header (the first non-blank record) on:
    0. one that leaves no record with text (",,,"): the spreadsheet was empty;
    1. the widest table whose every record is as wide as its header of two or more fields;
    2. else the one that splits the header into the most fields (two or more), then the
       one with most records as wide as the header — a hand-made file may be ragged;
    3. else a single column: the delimiter that splits the fewest records.
    Ties go to comma, semicolon, tab in that order (tab first for .tsv).

    csv.Sniffer is not used: judging by character counts per line, it picks a delimiter
    that appears inside quoted text, or in some lines only.
    """
    sample = text[:HEAD_BYTES]
    truncated = len(text) > len(sample)
    order = ("\t", ",", ";") if tab_first else _DELIMITERS
    regular: list[tuple[int, str]] = []  # (header width, delimiter)
    ragged: list[tuple[int, float, str]] = []  # (header width, share as wide, delimiter)
    single: list[tuple[int, str]] = []  # (records split into two or more fields, delimiter)
    for delimiter in order:
        if delimiter not in sample:
            single.append((0, delimiter))
            continue
        widths, start = _widths(sample, delimiter, truncated)
        table = widths[start:]
        if widths and not table:
            return delimiter
        header = table[0] if table else 1
        same = sum(1 for width in table if width == header)
        if header > 1 and same == len(table):
            regular.append((header, delimiter))
        elif header > 1:
            ragged.append((header, same / len(table), delimiter))
        else:
            single.append((sum(1 for width in widths if width > 1), delimiter))
    # max() and min() keep the first of equals: the order above breaks ties.
    if regular:
        return max(regular, key=lambda found: found[0])[1]
    if ragged:
        return max(ragged, key=lambda found: found[:2])[2]
    return min(single, key=lambda found: found[0])[1]


def _widths(sample: str, delimiter: str, truncated: bool) -> tuple[list[int], int]:
    """The number of fields of each record, blank lines left out, and the index of the
    first record with text (the header)."""
    reader = csv.reader(
        io.StringIO(sample, newline=""),
        delimiter=delimiter,
        quotechar='"',
        doublequote=True,
        skipinitialspace=True,
    )
    widths: list[int] = []
    start = None
    for record in reader:
        if record:
            if start is None and any(cell.strip() for cell in record):
                start = len(widths)
            widths.append(len(record))
    if truncated and len(widths) > 1:
        widths.pop()  # the last record may be cut off
    return widths, len(widths) if start is None else start


# --- workbooks ----------------------------------------------------------------------------


def _load_workbook(path: Path, file: BinaryIO, *, data_only: bool = True) -> "Workbook":
    """The workbook, read-only with cached values (data_only: else formulas as text); the
    caller closes it (and the file). A workbook whose parts unpack beyond MAX_PART_BYTES
    each or MAX_WORKBOOK_BYTES in all is refused before any part is parsed."""
    head = _read_head(path, file)
    if head.startswith(OLE2_MAGIC):
        _refuse(path, PROTECTED)
    if not head.startswith(ZIP_MAGIC):
        _refuse(path, DAMAGED)
    if head[30 : 30 + len(ODS_MIMETYPE)] == ODS_MIMETYPE:
        _refuse(path, _("is an OpenDocument spreadsheet, not an Excel workbook: save it as .xlsx"))
    file.seek(0)
    _check_unpacked_sizes(path, file)
    file.seek(0)
    # openpyxl takes a while to import; only when needed (and it ships no type hints)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it leaves out (data validation, extensions, …);
            # reading values does not need them.
            warnings.simplefilter("ignore")
            return load_workbook(file, read_only=True, data_only=data_only, keep_links=False)
    except ImportRejected:
        raise
    except Exception as exc:  # a damaged zip or XML fails in many ways
        raise ImportRejected(path, [Problem(None, None, DAMAGED)]) from exc


def _check_unpacked_sizes(path: Path, file: BinaryIO) -> None:
    """Refuses a workbook whose parts are too large unpacked (a 310 KB file may unpack to a
    300 MB title). The sizes are the zip's own; reading a part stops at its stated size, so
    a part cannot unpack to more than it says."""
    try:
        with zipfile.ZipFile(file) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise ImportRejected(path, [Problem(None, None, DAMAGED)]) from exc
    largest = max(parts, key=lambda part: part.file_size, default=None)
    total = sum(part.file_size for part in parts)
    if largest is not None and largest.file_size > MAX_PART_BYTES:
        _refuse(
            path,
            _(
                "is too large unpacked for a list of proposals: its part “{part}” holds "
                "{size}, and the limit is {limit} (does a cell hold a very long text?)",
                part=largest.filename,
                size=megabytes(largest.file_size),
                limit=megabytes(MAX_PART_BYTES),
            ),
        )
    if total > MAX_WORKBOOK_BYTES:
        _refuse(
            path,
            _(
                "is too large unpacked for a list of proposals: {size}, and the limit is {limit}",
                size=megabytes(total),
                limit=megabytes(MAX_WORKBOOK_BYTES),
            ),
        )


# A formula element (<f>, or <x:f> with a prefix) in a sheet's XML.
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")


def _may_hold_formulas(file: BinaryIO, part: object) -> bool:
    """Whether the sheet's XML holds a formula (True when that cannot be told)."""
    if not isinstance(part, str):
        return True
    try:
        with zipfile.ZipFile(file) as archive, archive.open(part) as xml:
            tail = b""
            while chunk := xml.read(1024 * 1024):
                if _FORMULA.search(tail + chunk):
                    return True
                tail = chunk[-64:]
    except (zipfile.BadZipFile, OSError, KeyError, EOFError, ValueError):
        return True  # the read proper says what is wrong
    return False


# How much of each sheet is read to find the one that holds proposals: its first rows only,
# so a cover sheet styled down to row 1,048,576 costs no more than one of four rows.
LOOK_ROWS = 200
STARTS_CHARS = 40  # of a sheet's first text, to show the user what the sheet is


@dataclass(frozen=True, slots=True)
class _Glance:
    """The first rows of a worksheet: its first non-blank row (the header, as _table reads
    it) and how many rows hold text among the first LOOK_ROWS."""

    header: tuple[str, ...]
    rows: int
    more: bool  # text beyond the rows looked at


def _glance(path: Path, worksheet: Any) -> _Glance:
    header: tuple[str, ...] = ()
    rows = 0
    more = False
    source = worksheet.iter_rows(max_row=LOOK_ROWS + 1, max_col=MAX_COLUMNS + 1, values_only=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for number, values in enumerate(source, start=1):
                cells = [_shown(v) for v in values]
                if not any(cells):
                    continue
                if number > LOOK_ROWS:
                    more = True
                    break
                rows += 1
                if not header:
                    last = max(i for i, c in enumerate(cells) if c) + 1
                    header = tuple(cells[:last])
    except Exception as exc:  # damaged XML inside the zip, a bad CRC, …
        raise ImportRejected(path, [Problem(None, None, DAMAGED)]) from exc
    return _Glance(header, rows, more)


def _names_proposals(header: tuple[str, ...]) -> bool:
    """Whether a header row is that of a list of proposals: it names a title column (as the
    importer matches columns), and either another field too or the title by a whole name
    ("Project name", not a cover's "Project proposals FY27")."""
    # Imported here: the proposal plan reads Sheets, so this module is imported first.
    from roadmap_desktop.importing.proposal_plan import SYNONYMS, match_columns, normalize_header

    found = match_columns(header)
    title = found["title"]
    if title is None:
        return False
    fields = sum(1 for column in found.values() if column is not None)
    return fields >= 2 or normalize_header(header[title]) in SYNONYMS["title"]


def _looks(name: str, glance: _Glance | None) -> Message:
    """A sheet and what it looks like, in a few words: “Cover” (4 rows, starts “FY27 …”)."""
    if glance is None:
        return _("“{sheet}” (a chart)", sheet=name)
    if not glance.rows:
        return _("“{sheet}” (empty)", sheet=name)
    if glance.more:
        count = n_("more than {n} row", "more than {n} rows", LOOK_ROWS, n=Num(LOOK_ROWS))
    else:
        count = n_("{n} row", "{n} rows", glance.rows, n=Num(glance.rows))
    filled = [c for c in glance.header if c]
    if len(filled) > 1:
        # Translators: a sheet of a workbook, e.g. “Cover” (4 rows, headed “Title, Cost”).
        return _(
            "“{sheet}” ({count}, headed “{header}”)",
            sheet=name,
            count=count,
            header=_clip(", ".join(filled)),
        )
    # Translators: a sheet of a workbook, e.g. “Cover” (4 rows, starts “FY27 budget”).
    return _("“{sheet}” ({count}, starts “{text}”)", sheet=name, count=count, text=_clip(filled[0]))


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= STARTS_CHARS else text[: STARTS_CHARS - 1].rstrip() + "…"


def _listed(items: list[Message]) -> str:
    shown = [str(item) for item in items]
    if len(shown) == 1:
        return shown[0]
    # Translators: the end of a list: "“Cover”, “Notes” and “Data”".
    return str(_("{items} and {last}", items=", ".join(shown[:-1]), last=shown[-1]))


def _proposals_sheet(path: Path, workbook: "Workbook") -> Any:
    """The sheet to read when none is named: the first whose header names proposals (a
    workbook as departments send it may open on a cover or instructions page). When none
    does, the first sheet if it looks like a table (its columns can still be chosen by
    hand); else the file is refused, naming each sheet and what it looks like."""
    sheets = workbook.worksheets
    if len(sheets) == 1:
        return sheets[0]
    glances: dict[str, _Glance] = {}
    for worksheet in sheets:
        glance = _glance(path, worksheet)
        if glance.header and _names_proposals(glance.header):
            return worksheet
        glances[worksheet.title] = glance
    first = glances[sheets[0].title]
    if len([c for c in first.header if c]) > 1 and first.rows > 1:
        return sheets[0]
    from roadmap_desktop.importing.proposal_plan import TITLE_NAMES  # see _names_proposals

    looks = _listed([_looks(name, glances.get(name)) for name in workbook.sheetnames])
    _refuse(
        path,
        _(
            "has no sheet whose first row names a title column ({names}); its sheets are "
            "{sheets}: put the proposals' header in the first row of their sheet, or name the "
            "sheet to import",
            names=TITLE_NAMES,
            sheets=looks,
        ),
    )


def _read_workbook(path: Path, sheet: str | None, progress: Progress | None) -> Sheet:
    with _open(path) as file:
        workbook = _load_workbook(path, file)
        try:
            return _read_worksheet(path, file, workbook, sheet, progress)
        finally:
            workbook.close()


def _read_worksheet(
    path: Path,
    file: BinaryIO,
    workbook: "Workbook",
    sheet: str | None,
    progress: Progress | None,
) -> Sheet:
    names = list(workbook.sheetnames)
    if sheet is None:
        if not workbook.worksheets:
            _refuse(path, _("has no worksheets"))
        worksheet = _proposals_sheet(path, workbook)
    elif sheet in names:
        worksheet = workbook[sheet]
    else:
        listed = ", ".join(f"“{name}”" for name in names)
        _refuse(
            path, _("has no sheet “{sheet}”; its sheets are {sheets}", sheet=sheet, sheets=listed)
        )
    if not hasattr(worksheet, "iter_rows"):
        _refuse(path, _("sheet “{sheet}” is a chart, not a table", sheet=worksheet.title))
    # The declared size may be wrong (some programs write "A1"); read every row there is,
    # and use the declared count only to show progress (0: unknown).
    declared = worksheet.max_row or 0
    worksheet.reset_dimensions()
    # A formula never calculated (openpyxl writes none, some generators neither) has no
    # cached value and reads as blank: a second reading, of the formulas, names such cells.
    formulas = None
    if _may_hold_formulas(file, getattr(worksheet, "_worksheet_path", None)):
        file.seek(0)
        formulas = _load_workbook(path, file, data_only=False)
    uncalculated: set[tuple[int, int]] = set()

    def rows_of(book_sheet: object) -> Iterable[tuple[object, ...]]:
        # One column past the limit is read, to see text beyond it; a row styled out to
        # column XFD is not padded to 16,384 cells.
        rows = book_sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True)  # type: ignore[attr-defined]
        while True:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # e.g. a date out of Excel's range
                    values = next(rows, None)
            except Exception as exc:  # damaged XML inside the zip, a bad CRC, …
                raise ImportRejected(path, [Problem(None, None, DAMAGED)]) from exc
            if values is None:
                return
            yield values

    def records() -> Iterable[tuple[int, list[str]]]:
        formula_rows = None
        if formulas is not None:
            formula_sheet = formulas[worksheet.title]
            formula_sheet.reset_dimensions()
            formula_rows = iter(rows_of(formula_sheet))
        for number, values in enumerate(rows_of(worksheet), start=1):
            if formula_rows is not None:
                written = next(formula_rows, ())
                for index, value in enumerate(values):
                    if value is None and index < len(written):
                        text = written[index]
                        if isinstance(text, str) and text.startswith("="):
                            uncalculated.add((number, index))
            yield number, [_shown(value) for value in values]
            if progress is not None and not number % PROGRESS_EVERY:
                progress(number, max(declared, number) if declared else 0)

    _report(progress, 0, declared)
    try:
        table = _table(
            path, records(), worksheet.title, _("sheet “{sheet}” is empty", sheet=worksheet.title)
        )
    finally:
        if formulas is not None:
            formulas.close()
    done = table.row_numbers[-1]
    _report(progress, done, done)
    return replace(table, uncalculated=frozenset(uncalculated))


def _shown(value: object) -> str:
    """A cell's value as text, the way a spreadsheet shows it in General format."""
    if value is None:
        return ""
    if isinstance(value, str):
        return drop_controls(value).strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"  # Excel shows 15 significant digits: 0.3, not 0.30000000000000004
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        spec = "minutes" if not value.second and not value.microsecond else "seconds"
        return value.isoformat(sep=" ", timespec=spec)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        spec = "minutes" if not value.second and not value.microsecond else "seconds"
        return value.isoformat(timespec=spec)
    return drop_controls(str(value)).strip()
