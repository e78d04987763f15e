"""The proposals template: the expected columns and one example row, as CSV and as XLSX, which
read back and plan cleanly into the San José model."""

from pathlib import Path

import pytest
from openpyxl import load_workbook

from roadmap_desktop.importing.proposal_plan import FIELDS, Choices, match_columns, plan_import
from roadmap_desktop.importing.sheet import read_sheet
from roadmap_desktop.importing.template import (
    EXAMPLE_ROW,
    TEMPLATE_COLUMNS,
    WIDTHS,
    write_template,
)
from roadmap_desktop.services import Services
from roadmap_desktop.services.specs import WorkshopSpec


def test_the_columns_name_every_field():
    assert match_columns(TEMPLATE_COLUMNS) == {name: i for i, name in enumerate(FIELDS)}
    assert len(EXAMPLE_ROW) == len(TEMPLATE_COLUMNS) == len(WIDTHS)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".XLSX"])
def test_the_template_reads_back_and_plans_cleanly(tmp_path, services: Services, suffix):
    path = write_template(tmp_path / f"proposals{suffix}")
    sheet = read_sheet(path)
    assert sheet.headers == TEMPLATE_COLUMNS
    assert sheet.rows == (tuple("" if v is None else str(v) for v in EXAMPLE_ROW),)

    workshop_id = services.create_workshop(WorkshopSpec.san_jose("Template")).subject
    assert workshop_id is not None
    plan = plan_import(sheet, services.workshop(workshop_id), [], Choices())
    assert plan.problems == ()
    assert plan.new_domains == plan.new_categories == ()
    [(row, spec)] = plan.add
    assert (row, spec.title, spec.cost, spec.lane) == (2, EXAMPLE_ROW[0], 1250000.0, "Inbox")


def test_the_csv_is_plain_utf8_with_a_header(tmp_path):
    path = write_template(tmp_path / "proposals.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(TEMPLATE_COLUMNS)
    assert len(lines) == 2


def test_the_workbook_has_a_bold_header_and_sized_columns(tmp_path):
    path = write_template(tmp_path / "proposals.xlsx")
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == list(TEMPLATE_COLUMNS)
    assert all(c.font.b for c in sheet[1])
    assert [sheet.column_dimensions[c].width for c in "ABCDEFGH"] == list(WIDTHS)
    assert sheet.freeze_panes == "A2"
    assert sheet["F2"].value == 1250000
    book.close()


def test_an_existing_file_is_replaced_whole(tmp_path):
    path = tmp_path / "proposals.xlsx"
    path.write_text("old", encoding="utf-8")
    write_template(path)
    assert read_sheet(path).headers == TEMPLATE_COLUMNS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["proposals.xlsx"]


def test_other_formats_are_refused(tmp_path: Path):
    with pytest.raises(ValueError, match=r"\.csv or \.xlsx"):
        write_template(tmp_path / "proposals.ods")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_names_the_file_asked_for(tmp_path: Path):
    target = tmp_path / "no such folder" / "proposals.xlsx"
    with pytest.raises(OSError) as caught:
        write_template(target)
    assert caught.value.filename == str(target)
