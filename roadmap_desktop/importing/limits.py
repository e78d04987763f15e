"""How much an input file may hold: a proposals list or a scores file is small, and a file
that is not is refused while it is read, with a sentence that names the limit."""

from roadmap_desktop.words import Message, Num, _

MAX_TEXT_BYTES = 100 * 1024 * 1024  # a CSV file on disk
MAX_PART_BYTES = 50 * 1024 * 1024  # one part of a workbook (a sheet, its strings), unpacked
MAX_WORKBOOK_BYTES = 200 * 1024 * 1024  # all parts of a workbook, unpacked
MAX_ROWS = 20_000  # rows of proposals in a sheet
MAX_SCORE_ROWS = 200_000  # rows of a scores file (30 directors × 500 proposals × 10 criteria)
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10_000
MAX_TITLE_CHARS = 300
MAX_BLANK_RUN = 10_000  # blank rows in a row end the table: styled rows below it are not read


def megabytes(size: int) -> Message:
    # Translators: a size in megabytes, e.g. "51 MB".
    return _("{size} MB", size=Num(size / (1024 * 1024), 0))


def column_letter(index: int) -> str:
    """A spreadsheet's name for the column at index: 0 → "A", 26 → "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def too_long(length: int, *, more: bool = False) -> Message:
    limits = {"length": Num(length), "most": Num(MAX_CELL_CHARS), "title": MAX_TITLE_CHARS}
    if more:
        return _(
            "the cell holds more than {length} characters; a cell holds at most {most} "
            "(and a title at most {title})",
            **limits,
        )
    return _(
        "the cell holds {length} characters; a cell holds at most {most} "
        "(and a title at most {title})",
        **limits,
    )
