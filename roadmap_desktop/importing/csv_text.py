"""Decodes a CSV file, finds its dialect, and reads its records within the limits."""

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

from roadmap_desktop.importing.limits import (
    MAX_CELL_CHARS,
    MAX_TEXT_BYTES,
    column_letter,
    megabytes,
    too_long,
)
from roadmap_desktop.importing.problems import ImportRejected, Problem
from roadmap_desktop.words import Message, _

SNIFF_BYTES = 64 * 1024

# A well-formed UTF-8 sequence of two to four bytes (RFC 3629): text with one of these is
# UTF-8, not Windows-1252, which would read it as two or three odd characters ("Ã©").
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# Appended to the text so that a quote still open at the end of the file shows: the sentinel
# is a record of its own unless a quoted field swallowed it.
_SENTINEL = "\ue000"


def read_utf8(path: Path) -> str:
    """The file's text; a file that is not UTF-8 (BOM allowed) is refused with the row of the
    first bad byte, a file over MAX_TEXT_BYTES unread."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise ImportRejected(path, [Problem(None, None, too_large(size))])
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(
            path, [Problem(None, None, _("cannot be read ({reason})", reason=exc.strerror))]
        ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data.count(b"\n", 0, exc.start) + 1
        message = _(
            "is not UTF-8 text (byte 0x{byte}); save it as “CSV UTF-8” and try again",
            byte=format(data[exc.start], "02X"),
        )
        raise ImportRejected(path, [Problem(row, None, message)]) from exc


def too_large(size: int) -> Message:
    return _(
        "is too large for a list of proposals or scores ({size}; the limit is {limit})",
        size=megabytes(size),
        limit=megabytes(MAX_TEXT_BYTES),
    )


def utf8_or_windows_1252(path: Path, data: bytes) -> str:
    """The text of a file without a BOM, decided on the whole file: UTF-8 when all of it is;
    Windows-1252 when it is not and holds no UTF-8 character (Excel's plain "CSV"). A file
    with UTF-8 characters and a byte that is not UTF-8 is no single encoding: it is refused
    with the row and line of that byte. Raises UnicodeDecodeError when the file is not
    Windows-1252 either."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    found = _UTF8_MULTIBYTE.search(data)
    if found is None:
        return data.decode("cp1252")
    line = data.count(b"\n", 0, bad) + 1
    prefix = data[:bad].decode("utf-8", errors="replace")
    row = sum(1 for _ in csv.reader(io.StringIO(prefix, newline="")))
    if not prefix or prefix.endswith(("\n", "\r")):
        row += 1
    example = data[found.start() : found.end()].decode("utf-8")
    example_line = data.count(b"\n", 0, found.start()) + 1
    message = _(
        "mixes two encodings: line {line} has the byte 0x{byte}, which is not UTF-8, but "
        "line {example_line} has UTF-8 text (“{example}”), so the file cannot be read as a "
        "whole; save it again as “CSV UTF-8” (or retype the rows pasted in from another "
        "file) and try again",
        line=line,
        byte=format(data[bad], "02X"),
        example_line=example_line,
        example=example,
    )
    raise ImportRejected(path, [Problem(row, None, message)])


def sniff_dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """Comma, semicolon or tab, as the file uses; plain comma CSV when the sample is unclear."""
    try:
        dialect = csv.Sniffer().sniff(text[:SNIFF_BYTES], delimiters=",;\t")
    except csv.Error:
        return csv.excel
    # Spreadsheets quote with " and escape it by doubling; the Sniffer guesses both from the
    # sample and, guessing wrong, reads 'Say ""hi""' as two quotes or splits on an apostrophe.
    dialect.quotechar, dialect.doublequote = '"', True
    return dialect


class Records:
    """The records of CSV text as (row number, fields); record n is row n, as a spreadsheet
    opening the file numbers it. Iterating raises ImportRejected naming the row for a field
    over MAX_CELL_CHARS, a quote never closed (it would swallow every row after it), or text
    the csv module cannot read."""

    def __init__(self, path: Path, text: str, dialect: Any = "excel", **fmtparams: Any) -> None:
        self.path = path
        tail = _SENTINEL if not text or text.endswith(("\n", "\r")) else "\n" + _SENTINEL
        self.stream = io.StringIO(text + tail, newline="")
        self.reader = csv.reader(self.stream, dialect, **fmtparams)

    def tell(self) -> int:
        """Characters read so far."""
        return self.stream.tell()

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        pending: tuple[int, int, list[str]] | None = None  # (row, first line, fields)
        number = 0
        while True:
            first_line = self.reader.line_num + 1
            try:
                record = next(self.reader, None)
            except csv.Error as exc:
                if "field larger than field limit" in str(exc):
                    self._refuse(number + 1, too_long(csv.field_size_limit(), more=True))
                self._refuse(
                    number + 1,
                    _("cannot be read as CSV (line {line}: {error})", line=first_line, error=exc),
                )
            if record is None:
                break
            number += 1
            for index, field in enumerate(record):
                if len(field) > MAX_CELL_CHARS:
                    raise ImportRejected(
                        self.path, [Problem(number, column_letter(index), too_long(len(field)))]
                    )
            if pending is not None:
                yield pending[0], pending[2]
            pending = (number, first_line, record)
        if pending is None or pending[2] == [_SENTINEL]:
            return
        # The sentinel was swallowed by a quoted field that never closed.
        row, line, _fields = pending
        self._refuse(
            row,
            _(
                'a quote (") opened on line {line} is never closed, so every line after it '
                "would be read into one cell; close or remove that quote and try again",
                line=line,
            ),
        )

    def _refuse(self, row: int, message: str | Message) -> NoReturn:
        raise ImportRejected(self.path, [Problem(row, None, message)])
