"""The results (and the score record) as an Excel workbook.

Sheet "Results" has the columns of the results CSV; sheet "Scores", when a record is given,
those of the scores CSV. Numbers are numbers (shown to three decimals), empty values empty
cells, and every text cell goes through safe_text, so a title like =HYPERLINK(…) is shown as
typed and never runs as a formula.

Unlike the CSV files (machine-readable, English headers), a workbook is read by people: its
sheet titles, column headers and yes/no cells are in the current language (`with
words.using(code):` around the export); in English they are the CSV's own headers.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from roadmap_desktop.export.results_csv import RESULT_COLUMNS, SCORE_COLUMNS
from roadmap_desktop.export.tabular import safe_text, write_atomically
from roadmap_desktop.services.views import Results, ScoreRecord
from roadmap_desktop.words import Message, p_

DECIMALS = "0.000"
# The CSV's columns as a person reads them in the workbook (in English, the same words).
# Translators: column heads of the results workbook, short and lowercase like the English.
HEADS: dict[str, Message] = {
    "rank": p_("workbook column", "rank"),
    "proposal": p_("workbook column", "proposal"),
    "domain": p_("workbook column", "domain"),
    "category": p_("workbook column", "category"),
    "lane": p_("workbook column", "lane"),
    "score": p_("workbook column", "score"),
    "n": p_("workbook column", "n"),
    "spread": p_("workbook column", "spread"),
    "discuss": p_("workbook column", "discuss"),
    "round": p_("workbook column", "round"),
    "participant": p_("workbook column", "participant"),
    "criterion": p_("workbook column", "criterion"),
    "counted": p_("workbook column", "counted"),
}


def _heads(columns: Sequence[str]) -> list[str]:
    return [str(HEADS[c]) if c in HEADS else c for c in columns]


def _yes(value: bool) -> str:
    return str(p_("workbook cell", "yes")) if value else str(p_("workbook cell", "no"))


def _results_title() -> str:
    # Translators: a sheet's title in the results workbook (at most 31 characters).
    return str(p_("workbook sheet", "Results"))


def _scores_title() -> str:
    # Translators: a sheet's title in the results workbook (at most 31 characters).
    return str(p_("workbook sheet", "Scores"))


MIN_WIDTH, MAX_WIDTH = 6, 60


def _text(value: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # Control characters cannot be stored in a workbook at all: drop them rather than fail.
    return safe_text(ILLEGAL_CHARACTERS_RE.sub("", value))


def _sheet(
    sheet: Any, header: Sequence[str], rows: Sequence[Sequence[object]], decimal: set[int]
) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    sheet.append([_text(h) for h in header])
    for cell in sheet[1]:
        cell.font = bold
    widths = [len(str(h)) for h in header]
    for row in rows:
        sheet.append([_text(v) if isinstance(v, str) else v for v in row])
        for i, value in enumerate(row):
            shown = f"{value:.3f}" if isinstance(value, float) else str(value or "")
            widths[i] = max(widths[i], len(shown))
    for i in decimal:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=i + 1, max_col=i + 1):
            cell.number_format = DECIMALS
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(
            max(width + 2, MIN_WIDTH), MAX_WIDTH
        )
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions


def _result_rows(results: Results) -> list[list[object]]:
    return [
        [
            r.rank,
            r.title,
            r.domain,
            r.category,
            r.lane,
            r.score,
            r.n,
            r.spread,
            _yes(r.discuss),
            *r.criterion_means,
        ]
        for r in results.rows
    ]


def _score_rows(record: Sequence[ScoreRecord]) -> list[list[object]]:
    return [
        [s.round, s.participant, s.proposal, s.criterion, s.score, _yes(s.counted)] for s in record
    ]


def write_results_xlsx(
    results: Results, path: Path, record: Sequence[ScoreRecord] | None = None
) -> int:
    """Writes the workbook atomically; returns the number of result rows. With record, a
    second sheet "Scores" holds the score record (e.g. score_record(workshop, round))."""
    from openpyxl import Workbook

    header = [*_heads(RESULT_COLUMNS), *(c.name for c in results.criteria)]
    rows = _result_rows(results)
    scores = _score_rows(record) if record is not None else []
    decimal = {RESULT_COLUMNS.index("score"), RESULT_COLUMNS.index("spread")}
    decimal |= set(range(len(RESULT_COLUMNS), len(header)))

    def write(temp: Path) -> None:
        book = Workbook()
        sheet = book.active
        assert sheet is not None  # a new workbook has one sheet, active
        sheet.title = _results_title()
        _sheet(sheet, header, rows, decimal)
        if record is not None:
            _sheet(book.create_sheet(_scores_title()), _heads(SCORE_COLUMNS), scores, set())
        book.save(temp)

    write_atomically(path, write)
    return len(rows)


def write_scores_xlsx(record: Sequence[ScoreRecord], path: Path) -> int:
    """The score record alone, as a workbook with one sheet "Scores"; returns its rows."""
    from openpyxl import Workbook

    rows = _score_rows(record)

    def write(temp: Path) -> None:
        book = Workbook()
        sheet = book.active
        assert sheet is not None  # a new workbook has one sheet, active
        sheet.title = _scores_title()
        _sheet(sheet, _heads(SCORE_COLUMNS), rows, set())
        book.save(temp)

    write_atomically(path, write)
    return len(rows)
