"""Decodes a CSV file and finds its dialect with the standard library's Sniffer."""

import csv
from pathlib import Path

from roadmap_desktop.importing.problems import ImportRejected, Problem

SNIFF_BYTES = 64 * 1024


def read_utf8(path: Path) -> str:
    """The file's text; a file that is not UTF-8 (BOM allowed) is refused with the row of the
    first bad byte."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(
            path, [Problem(None, None, f"cannot be read ({exc.strerror})")]
        ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data.count(b"\n", 0, exc.start) + 1
        message = (
            f"is not UTF-8 text (byte 0x{data[exc.start]:02X}); "
            "save it as “CSV UTF-8” and try again"
        )
        raise ImportRejected(path, [Problem(row, None, message)]) from exc


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
