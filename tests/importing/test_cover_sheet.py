"""Workbooks as departments send them: a cover or instructions page first, the proposals on
a later sheet, found by their header without naming the sheet; when no sheet holds them,
the refusal names each sheet and what it looks like."""

import io
from pathlib import Path

import pytest

from roadmap_desktop.importing.limits import MAX_CELL_CHARS
from roadmap_desktop.importing.problems import ImportRejected
from roadmap_desktop.importing.proposal_plan import match_columns
from roadmap_desktop.importing.sheet import LOOK_ROWS, read_sheet

PROPOSALS = [
    ("Title", "Department", "Domain", "Cost"),
    ("Smart streetlights", "Transportation", "Sustainable", 1250000),
    ("Thư viện số", "Library", "Inclusive", 85000),
]


def _png() -> bytes:
    from PIL import Image as Picture

    out = io.BytesIO()
    Picture.new("RGB", (8, 8), (0, 114, 178)).save(out, format="PNG")
    return out.getvalue()


def _cover(
    book,
    title: str = "Cover",
    lines=(
        "FY27 budget proposals",
        None,
        "Fill in one row per project.",
        "Send it back by 1 March.",
        "Questions: budget@example.gov",
    ),
):
    from openpyxl.drawing.image import Image

    sheet = book.active
    sheet.title = title
    for line in lines:
        sheet.append([line])
    sheet.add_image(Image(io.BytesIO(_png())), "C2")  # the city's logo
    return sheet


def _book(tmp_path: Path, name: str, *sheets: tuple[str, list]) -> Path:
    """A workbook: a cover first (with a logo), then the sheets given (name, rows)."""
    from openpyxl import Workbook

    book = Workbook()
    _cover(book)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    path = tmp_path / name
    book.save(path)
    return path


def _message(path: Path) -> str:
    with pytest.raises(ImportRejected) as caught:
        read_sheet(path)
    return caught.value.lines()[0]


def test_the_proposals_after_a_cover_with_a_logo_import_without_naming_the_sheet(tmp_path):
    path = _book(tmp_path, "budget.xlsx", ("Proposals", PROPOSALS))
    sheet = read_sheet(path)
    assert sheet.sheet_name == "Proposals"
    assert sheet.headers == ("Title", "Department", "Domain", "Cost")
    assert sheet.rows[1] == ("Thư viện số", "Library", "Inclusive", "85000")
    assert sheet.row_numbers == (2, 3)
    assert match_columns(sheet.headers)["title"] == 0


def test_a_later_sheet_is_found_past_instructions_and_notes(tmp_path):
    header = [("Project name", "Sponsoring dept.", "Estimated cost (USD)")]
    path = _book(
        tmp_path,
        "sent.xlsx",
        ("Instructions", [("How to fill this in",), ("1. One project per row",)]),
        ("Notes", []),
        ("FY27", [*header, ("Permit portal", "Planning", "250k")]),
    )
    sheet = read_sheet(path)
    assert sheet.sheet_name == "FY27"
    assert sheet.rows == (("Permit portal", "Planning", "250k"),)


def test_the_first_sheet_that_names_proposals_wins(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "First"
    for row in PROPOSALS:
        book.active.append(list(row))
    second = book.create_sheet("Second")
    second.append(["Title", "Lane"])
    second.append(["Other", "Inbox"])
    book.save(tmp_path / "two.xlsx")
    assert read_sheet(tmp_path / "two.xlsx").sheet_name == "First"


def test_a_cover_whose_heading_holds_a_field_word_is_not_taken_for_proposals(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    _cover(book, lines=("Project proposals FY27", "Budget office"))
    data = book.create_sheet("Data")
    for row in PROPOSALS:
        data.append(list(row))
    book.save(tmp_path / "fy27.xlsx")
    assert read_sheet(tmp_path / "fy27.xlsx").sheet_name == "Data"


def test_no_sheet_of_proposals_names_each_sheet_and_what_it_looks_like(tmp_path):
    path = _book(
        tmp_path, "budget.xlsx", ("Notes", []), ("Contacts", [("Who", "Phone"), ("Ana", "555")])
    )
    message = _message(path)
    assert message == (
        "budget.xlsx: has no sheet whose first row names a title column (title, name, "
        "project); its sheets are “Cover” (4 rows, starts “FY27 budget proposals”), "
        "“Notes” (empty) and “Contacts” (2 rows, headed “Who, Phone”): put the proposals' "
        "header in the first row of their sheet, or name the sheet to import"
    )


def test_a_long_sheet_is_looked_at_by_its_first_rows_only(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    _cover(book, lines=[f"Instruction {i}" for i in range(LOOK_ROWS + 50)])
    book.create_sheet("Empty")
    book.save(tmp_path / "long.xlsx")
    assert f"“Cover” (more than {LOOK_ROWS} rows, starts “Instruction 0”)" in _message(
        tmp_path / "long.xlsx"
    )


def test_a_first_sheet_with_its_own_headers_is_read_for_columns_chosen_by_hand(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Ideas"
    for row in (("Idea", "Who"), ("Bike lanes", "DOT"), ("Kiosks", "IT")):
        book.active.append(list(row))
    book.create_sheet("Lists").append(["Inbox"])
    book.save(tmp_path / "ideas.xlsx")
    sheet = read_sheet(tmp_path / "ideas.xlsx")
    assert sheet.sheet_name == "Ideas" and sheet.headers == ("Idea", "Who")


def test_the_limits_hold_on_the_sheet_found(tmp_path):
    rows = [*PROPOSALS, ("x" * (MAX_CELL_CHARS + 1), "Library", "Safe", 1)]
    path = _book(tmp_path, "huge.xlsx", ("Proposals", rows))
    message = _message(path)
    assert message.startswith("huge.xlsx, row 4, column A: the cell holds")


def test_a_named_sheet_is_read_as_named(tmp_path):
    path = _book(tmp_path, "budget.xlsx", ("Proposals", PROPOSALS))
    assert read_sheet(path, "Cover").headers == ("FY27 budget proposals",)
