"""Hostile and careless input (issue 12): limits checked while reading, each refusal a
sentence naming the limit and the row; one encoding decided on the whole file; unclosed
quotes, control and zero-width characters, and formulas never calculated."""

import zipfile
from pathlib import Path

import pytest

from roadmap_desktop.importing import sheet as sheet_module
from roadmap_desktop.importing.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_PART_BYTES,
    MAX_TITLE_CHARS,
)
from roadmap_desktop.importing.problems import ImportRejected, Problem
from roadmap_desktop.importing.proposal_plan import Choices, Plan, plan_import
from roadmap_desktop.importing.scores_csv import read_scores_csv
from roadmap_desktop.importing.sheet import Sheet, read_sheet
from roadmap_desktop.services import Services
from tests.services.helpers import Small, make_small


def _refusal(path: Path) -> list[Problem]:
    """The problems of reading path, which is refused whole and left as it was."""
    before = path.read_bytes()
    with pytest.raises(ImportRejected) as caught:
        read_sheet(path)
    assert caught.value.source == path.name
    assert path.read_bytes() == before
    return caught.value.problems


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _with_sheet_xml(source: Path, target: Path, edit) -> Path:
    """A copy of the workbook with its first sheet's XML edited (streamed: a member may be
    larger than memory would like)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                with new.open(info.filename, "w") as member:
                    edit(data, member)
            else:
                new.writestr(info, data)
    return target


# --- workbooks: unpacked size, rows, columns, cells ---------------------------------------


def test_a_workbook_unpacking_to_a_huge_title_is_refused_before_openpyxl_parses_it(
    tmp_path, monkeypatch
):
    small = tmp_path / "small.xlsx"
    chunk = b"x" * (1024 * 1024)

    def huge_title(data: bytes, member) -> None:
        before, after = data.split(b"PLACEHOLDER")
        member.write(before.replace(b't="s"', b't="inlineStr"'))
        for _ in range(MAX_PART_BYTES // len(chunk) + 1):
            member.write(chunk)
        member.write(after)

    # openpyxl writes shared strings; an inline string keeps the title in the sheet itself.
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    page = book.create_sheet("Sheet")
    page.append(["Title"])
    page.append(["PLACEHOLDER"])
    book.save(small)
    with zipfile.ZipFile(small) as archive:
        assert b"PLACEHOLDER" in archive.read("xl/worksheets/sheet1.xml")
    path = _with_sheet_xml(small, tmp_path / "bomb.xlsx", huge_title)
    assert path.stat().st_size < 1024 * 1024  # a small file on disk

    import openpyxl

    def never(*args, **kwargs):
        raise AssertionError("openpyxl was asked to parse the workbook")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    (problem,) = _refusal(path)
    assert problem.message.startswith("is too large unpacked for a list of proposals")
    assert "“xl/worksheets/sheet1.xml” holds 51 MB, and the limit is 50 MB" in problem.message
    with pytest.raises(ImportRejected):
        sheet_module.sheet_names(path)


def test_a_long_cell_is_refused_with_its_row_and_column(tmp_path):
    path = _workbook(
        tmp_path / "long.xlsx",
        [["Title", "Summary"], ["Fine", "ok"], ["Parks", "y" * (MAX_CELL_CHARS + 1)]],
    )
    (problem,) = _refusal(path)
    assert (problem.row, problem.column) == (3, "B")
    assert problem.message == (
        "the cell holds 10,001 characters; a cell holds at most 10,000 (and a title at most 300)"
    )


def test_text_beyond_the_column_limit_is_refused(tmp_path):
    path = _workbook(tmp_path / "wide.xlsx", [["Title"], ["A", *[""] * (MAX_COLUMNS - 1), "far"]])
    (problem,) = _refusal(path)
    assert problem.row == 2
    assert problem.message == "has text in column GS; a sheet of proposals has at most 200 columns"


def test_rows_beyond_the_limit_are_refused_with_the_row(tmp_path, monkeypatch):
    monkeypatch.setattr(sheet_module, "MAX_ROWS", 50)
    path = _workbook(tmp_path / "many.xlsx", [["Title"], *([f"P{i}"] for i in range(51))])
    (problem,) = _refusal(path)
    assert problem.row == 52
    assert "a file holds at most 50 proposals; split it into smaller files" in problem.message
    csv_path = tmp_path / "many.csv"
    csv_path.write_text("Title\n" + "".join(f"P{i}\n" for i in range(51)))
    (problem,) = _refusal(csv_path)
    assert problem.row == 52


def test_a_sheet_of_styled_blank_rows_is_read_no_further_than_the_blank_run(tmp_path, monkeypatch):
    """Rows styled out to column XFD, far down: neither padded to 16,384 cells nor read to
    their end."""
    monkeypatch.setattr(sheet_module, "MAX_BLANK_RUN", 100)
    small = _workbook(tmp_path / "small.xlsx", [["Title"], ["Parks"]])

    def blank_rows(data: bytes, member) -> None:
        rows = "".join(f'<row r="{i}"><c r="XFD{i}" s="0"/></row>' for i in range(3, 5003))
        member.write(data.replace(b"</sheetData>", rows.encode() + b"</sheetData>"))

    path = _with_sheet_xml(small, tmp_path / "blank.xlsx", blank_rows)
    shown: list[object] = []
    real = sheet_module._shown
    monkeypatch.setattr(sheet_module, "_shown", lambda value: shown.append(value) or real(value))
    read = read_sheet(path)
    assert read.rows == (("Parks",),)
    # header, one row, then the blank run: each row at most one column past the limit
    assert len(shown) <= (2 + 100) * (MAX_COLUMNS + 1)


def test_a_title_longer_than_a_title_is_refused_with_the_row(services: Services, tmp_path):
    small = make_small(services, "Taller")
    path = _workbook(tmp_path / "titles.xlsx", [["Title"], ["Fine"], ["t" * (MAX_TITLE_CHARS + 1)]])
    plan = _plan(services, small, read_sheet(path))
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Title")]
    assert plan.problems[0].message == (
        "the title has 301 characters; a title is at most 300: shorten it and put the rest in "
        "the summary, or let the import do that (the command line's --long-titles summary)"
    )


def test_a_long_title_can_be_cut_with_the_whole_of_it_kept_in_the_summary(
    services: Services, tmp_path
):
    small = make_small(services, "Taller")
    long_title = "Citywide " + "very " * 80 + "long title"
    path = _workbook(
        tmp_path / "titles.xlsx",
        [["Title", "Summary"], ["Fine", ""], [long_title, "What it does."], ["x" * 400, ""]],
    )
    info = services.workshop(small.id)
    plan = plan_import(read_sheet(path), info, [], Choices(long_titles="summary"))
    assert plan.problems == ()
    assert plan.shortened == (3, 4)
    (_r1, fine), (_r2, cut), (_r3, unbroken) = plan.add
    assert fine.title == "Fine" and fine.summary == ""
    assert len(cut.title) <= MAX_TITLE_CHARS and cut.title.endswith("very…")
    assert cut.summary == f"{long_title}\n\nWhat it does."
    assert len(unbroken.title) == MAX_TITLE_CHARS and unbroken.summary == "x" * 400
    assert plan.report("Taller")[-1] == (
        "Row 4: the title was too long; it was cut to 300 characters and the whole title "
        "starts the summary."
    )


# --- text files: size of a field, unclosed quotes, encodings --------------------------------


def test_a_csv_field_over_the_csv_module_limit_is_a_sentence(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text('Title,Cost\nA,1\n"' + "x" * 200_000 + '",2\n')
    (problem,) = _refusal(path)
    assert problem.row == 3
    assert problem.message.startswith("the cell holds more than 131,072 characters")


def test_a_csv_field_over_the_cell_limit_is_refused(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("Title,Summary\nA,1\nB," + "x" * (MAX_CELL_CHARS + 1) + "\n")
    (problem,) = _refusal(path)
    assert (problem.row, problem.column) == (3, "B")


@pytest.mark.parametrize("ending", ["\n", "", "\r\n"])
def test_an_unclosed_quote_is_refused_with_the_row_it_opens_on(tmp_path, ending):
    path = tmp_path / "quote.csv"
    path.write_text('Title,Cost\nLibrary,1\n"Smart lights,2\nParks,3\nRoads,4' + ending)
    (problem,) = _refusal(path)
    assert problem.row == 3
    assert problem.message.startswith('a quote (") opened on line 3 is never closed')


def test_a_closed_quote_at_the_end_still_reads(tmp_path):
    path = tmp_path / "fine.csv"
    path.write_text('Title,Cost\n"Parks, phase 1","3"')
    assert read_sheet(path).rows == (("Parks, phase 1", "3"),)


def test_utf8_then_a_windows_1252_byte_is_refused_with_row_and_line(tmp_path):
    """The first 64 KB are UTF-8 (with “é”); row 5,002 holds one Windows-1252 byte."""
    head = "Title,Cost\nCafé,1\n" + "".join(f"Proposal {i},{i}\n" for i in range(5000))
    assert len(head.encode()) > 64 * 1024
    path = tmp_path / "mixed.csv"
    path.write_bytes(head.encode() + b"Director\x92s pick,2\nLast,3\n")
    (problem,) = _refusal(path)
    assert problem.row == 5003
    assert problem.message.startswith(
        "mixes two encodings: line 5003 has the byte 0x92, which is not UTF-8, but line 2 has "
        "UTF-8 text (“é”)"
    )


def test_a_mixed_file_breaking_inside_the_first_bytes_is_refused_too(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes("Title\nCafé\n".encode() + b"Director\x92s pick\n")
    (problem,) = _refusal(path)
    assert problem.row == 3


def test_windows_1252_throughout_reads_as_windows_1252(tmp_path):
    path = tmp_path / "excel.csv"
    body = "".join(f"Proposal {i}\n" for i in range(8000))
    path.write_bytes(("Title\nCafé\n" + body + "Director’s pick\n").encode("cp1252"))
    rows = read_sheet(path).rows
    assert rows[0] == ("Café",)
    assert rows[-1] == ("Director’s pick",)


def test_utf8_first_seen_after_the_first_bytes_reads_as_utf8(tmp_path):
    path = tmp_path / "late.csv"
    body = "".join(f"Proposal {i}\n" for i in range(8000))
    path.write_bytes(("Title\n" + body + "Café ñandú\n").encode())
    assert read_sheet(path).rows[-1] == ("Café ñandú",)


# --- control and zero-width characters, formulas --------------------------------------------


def _plan(services: Services, small: Small, read: Sheet) -> Plan:
    info = services.workshop(small.id)
    existing = [c for cards in services.board(small.id).cards.values() for c in cards]
    return plan_import(read, info, existing, Choices())


def test_control_characters_are_never_kept(services: Services, tmp_path):
    small = make_small(services, "Taller")
    path = tmp_path / "ctl.csv"
    path.write_text(
        "Title,Summary,Department\n"
        'Smart\x1b[2J lights\x07,"Line one\x1b]0;pwned\x07\r\nLine two\x9b",Parks\x08\n'
    )
    read = read_sheet(path)
    assert not any(ch in cell for row in read.rows for cell in row for ch in "\x1b\x07\x08\x9b")
    plan = _plan(services, small, read)
    (_row, spec) = plan.add[0]
    assert spec.title == "Smart[2J lights"
    assert spec.summary == "Line one]0;pwned\nLine two"
    assert spec.department == "Parks"


def test_a_zero_width_space_does_not_hide_a_duplicate(services: Services, tmp_path):
    small = make_small(services, "Taller", titles=("Smart lights",))
    path = tmp_path / "zw.csv"
    path.write_text("Title\nSmart\u200b lights\nParks\nPar\u00adks\nCafe\u0301\nCafé\n")
    plan = _plan(services, small, read_sheet(path))
    assert [(d.row, d.title, d.action) for d in plan.duplicates] == [
        (2, "Smart lights", "skipped"),
        (4, "Parks", "skipped"),
        (6, "Café", "skipped"),
    ]
    assert [spec.title for _row, spec in plan.add] == ["Parks", "Café"]


def _uncalculated(field: str) -> str:
    return (
        f"the {field} is a formula that was never calculated, so the file holds no value for "
        "it; open the file in Excel or LibreOffice and save it, or paste values"
    )


def test_a_formula_never_calculated_is_named_not_read_as_an_empty_title(
    services: Services, tmp_path
):
    small = make_small(services, "Taller")
    # openpyxl saves formulas without a cached value, as some generators do.
    path = _workbook(
        tmp_path / "formula.xlsx",
        [["Title", "Cost"], ["Parks", "=1+1"], ['=CONCAT("Smart", " lights")', 5], ["", 3]],
    )
    read = read_sheet(path)
    assert read.uncalculated == frozenset({(2, 1), (3, 0)})
    plan = _plan(services, small, read)
    assert [(p.row, p.column, p.message) for p in plan.problems] == [
        (2, "Cost", _uncalculated("cost")),
        (3, "Title", _uncalculated("title")),
        (4, "Title", "the title is empty"),
    ]


def test_a_workbook_without_formulas_is_read_once(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "plain.xlsx", [["Title"], ["Parks"]])
    import openpyxl

    calls: list[bool] = []
    real = openpyxl.load_workbook

    def counting(*args, **kwargs):
        calls.append(kwargs["data_only"])
        return real(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", counting)
    assert read_sheet(path).uncalculated == frozenset()
    assert calls == [True]


# --- the scores file --------------------------------------------------------------------------


def _scores(services: Services, tmp_path: Path, content: str) -> list[Problem]:
    small = make_small(services, "Taller", titles=("Alpha",))
    info = services.workshop(small.id)
    cards = [c for cards in services.board(small.id).cards.values() for c in cards]
    path = tmp_path / "ballots.csv"
    path.write_text(content)
    with pytest.raises(ImportRejected) as caught:
        read_scores_csv(path, info, cards)
    return caught.value.problems


def test_a_scores_file_with_a_huge_field_is_a_sentence(services: Services, tmp_path):
    content = "participant,proposal,criterion,score\n" + "x" * 200_000 + ",Alpha,Core,3\n"
    (problem,) = _scores(services, tmp_path, content)
    assert problem.row == 2
    assert problem.message.startswith("the cell holds more than 131,072 characters")


def test_a_scores_file_with_an_unclosed_quote_is_refused(services: Services, tmp_path):
    content = 'participant,proposal,criterion,score\n"Ana,Alpha,Core,3\nBo,Alpha,Core,4\n'
    (problem,) = _scores(services, tmp_path, content)
    assert problem.row == 2
    assert "is never closed" in problem.message


def test_a_scores_file_never_echoes_control_characters(services: Services, tmp_path):
    content = "participant,proposal,criterion,score\nEve\x1b[2J,Alpha,Core,3\n"
    problems = _scores(services, tmp_path, content)
    assert problems
    assert not any("\x1b" in p.message for p in problems)
