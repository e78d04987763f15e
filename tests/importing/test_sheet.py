"""Reading a sheet of proposals: every CSV dialect and encoding spreadsheets write, .xlsx
sheets, and bad files refused whole with a sentence that names the file."""

import codecs
import csv
import io
import os
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from roadmap_desktop.importing.problems import ImportRejected
from roadmap_desktop.importing.sheet import Sheet, read_sheet, sheet_names

FIXTURES = Path(__file__).parent / "fixtures"

HEADER = ("Title", "Department", "Domain", "Cost")
SENAL = ("Señal de tráfico inteligente", "Transporte y Vías", "Safe", "1250000")
THU_VIEN = ("Thư viện số cho cộng đồng", "Thư viện Quận 7", "Inclusive", "85000")
FORMULAS = ("=SUM(A1:A3)", "@Tecnología", "+1", "-x")

EXPECTED_TEXT = {
    "utf8.csv": (HEADER, [SENAL, THU_VIEN, FORMULAS], [2, 4, 5]),
    "utf8_bom.csv": (HEADER, [SENAL, THU_VIEN, FORMULAS], [2, 3, 4]),
    "utf16.txt": (HEADER, [SENAL, THU_VIEN, FORMULAS], [2, 3, 4]),
    "cp1252.csv": (
        HEADER,
        [
            ("Señal “verde” en el café", "Tránsito", "Safe", "€5"),
            ("Niñez y educación", "Educación", "Inclusive", "1200"),
        ],
        [2, 3],
    ),
    "semicolon.csv": (
        HEADER,
        [("Señal de tráfico, fase 2", "Transporte", "Safe", "1250000,50"), THU_VIEN],
        [4, 5],
    ),
    "tab.tsv": (
        HEADER,
        [("Parque, fase 1; norte", "Parques", "Sustainable", "300"), THU_VIEN],
        [2, 3],
    ),
    "quoted.csv": (
        ("Title", "Summary", "Department", "Cost"),
        [
            ("Parque, fase 1", "Línea uno\r\nLínea dos, con coma", "Parques", "300"),
            ('Say "hi"', "Thư viện\nsố", "Thư viện", ""),
            ("Árbol", "", "", ""),
        ],
        [2, 3, 4],
    ),
}


def _rejected(path: Path, sheet: str | None = None) -> ImportRejected:
    """The refusal of reading path; the file is left exactly as it was."""
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(ImportRejected) as caught:
        read_sheet(path, sheet)
    rejected = caught.value
    assert rejected.source == path.name
    assert rejected.problems
    assert all(line.startswith(f"{path.name}: ") for line in rejected.lines())
    assert (path.read_bytes() if path.exists() else None) == before
    return rejected


def _message(path: Path, sheet: str | None = None) -> str:
    return " ".join(p.message for p in _rejected(path, sheet).problems)


def _write(tmp_path: Path, name: str, data: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
    return path


# --- every dialect and encoding --------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED_TEXT))
def test_each_text_fixture_reads_to_its_table(name):
    headers, rows, numbers = EXPECTED_TEXT[name]
    sheet = read_sheet(FIXTURES / name)
    assert sheet == Sheet(name, headers, tuple(rows), tuple(numbers), None)


def test_fixtures_are_tiny():
    for path in FIXTURES.iterdir():
        if path.suffix != ".py":
            assert path.stat().st_size < 5 * 1024, path.name


def test_formula_looking_text_stays_text(tmp_path):
    text = (
        'Title,Note\n"=HYPERLINK(""http://x"",""y"")",+A1\n'
        "=1+1,\"@SUM(1)\"\n-2,=cmd|' /C calc'!A0\n"
    )
    sheet = read_sheet(_write(tmp_path, "formulas.csv", text))
    assert sheet.rows == (
        ('=HYPERLINK("http://x","y")', "+A1"),
        ("=1+1", "@SUM(1)"),
        ("-2", "=cmd|' /C calc'!A0"),
    )


SPANISH = ("Niñez, educación y señal “verde”", "Año €5 — Peñalolén")
VIETNAMESE = ("Thư viện số cho cộng đồng", "Đường xe đạp Nguyễn Thị Minh Khai")


@pytest.mark.parametrize(
    ("encoding", "bom", "delimiter"),
    [
        ("utf-8", b"", ","),
        ("utf-8", codecs.BOM_UTF8, ";"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "\t"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "\t"),
        ("utf-16-le", b"", "\t"),
        ("utf-16-be", b"", ","),
        ("cp1252", b"", ";"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252"],
)
def test_spanish_and_vietnamese_survive_every_encoding_that_carries_them(
    tmp_path, encoding, bom, delimiter
):
    rows = [("Título", "Resumen"), SPANISH]
    if encoding != "cp1252":  # Windows-1252 has no ư, ộ, Đ
        rows.append(VIETNAMESE)
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path = _write(tmp_path, "props.csv", bom + buffer.getvalue().encode(encoding))
    sheet = read_sheet(path)
    assert (sheet.headers, *sheet.rows) == tuple(rows)
    assert sheet.row_numbers == tuple(range(2, len(rows) + 1))


def test_headers_duplicate_or_blank_are_kept_and_rows_fit_the_header(tmp_path):
    text = "Title,,Title,Cost,,\nA,x,y,1,,,,\nB\n,,,,\nC,,,,,,,,,\n"
    sheet = read_sheet(_write(tmp_path, "dupes.csv", text))
    assert sheet.headers == ("Title", "", "Title", "Cost")
    assert sheet.rows == (("A", "x", "y", "1"), ("B", "", "", ""), ("C", "", "", ""))
    assert sheet.row_numbers == (2, 3, 5)


def test_text_beyond_the_header_gets_a_blank_header_rather_than_lost(tmp_path):
    sheet = read_sheet(_write(tmp_path, "wide.csv", "Title,Cost\nA,1,note\nB,2\n"))
    assert sheet.headers == ("Title", "Cost", "")
    assert sheet.rows == (("A", "1", "note"), ("B", "2", ""))


def test_cells_are_stripped_and_line_endings_of_any_kind_read(tmp_path):
    for ending in ("\n", "\r\n", "\r"):
        text = ending.join([" Title ;\tCost ", ' "  Parque " ; 300 ', ""])
        sheet = read_sheet(_write(tmp_path, "strip.csv", text))
        assert sheet.headers == ("Title", "Cost")
        assert sheet.rows == (("Parque", "300"),)


def test_delimiter_inside_quotes_or_text_does_not_fool_the_reader(tmp_path):
    # Every row holds one semicolon, and the header none: it is a comma file.
    text = 'Title,Cost\n"Parque; norte",1\nCalle; sur,2\n'
    sheet = read_sheet(_write(tmp_path, "commas.csv", text))
    assert sheet.rows == (("Parque; norte", "1"), ("Calle; sur", "2"))
    # A one-column file stays one column when a row holds a semicolon.
    sheet = read_sheet(_write(tmp_path, "one.csv", "Title\nParque\nCalle; sur\n"))
    assert sheet.headers == ("Title",)
    assert sheet.rows == (("Parque",), ("Calle; sur",))


def test_a_ragged_hand_made_file_keeps_its_columns(tmp_path):
    text = "Title,Cost,Department\nA,1,Parques\nB\nC,3\nD\n"
    sheet = read_sheet(_write(tmp_path, "ragged.csv", text))
    assert sheet.headers == ("Title", "Cost", "Department")
    assert sheet.rows == (("A", "1", "Parques"), ("B", "", ""), ("C", "3", ""), ("D", "", ""))


def test_a_later_byte_outside_utf8_reads_the_file_as_windows_1252(tmp_path):
    head = "Title,Cost\n" + "Parque,1\n" * 8000  # more than the first 64 KB
    path = _write(tmp_path, "late.csv", head.encode() + "Café,2\n".encode("cp1252"))
    sheet = read_sheet(path)
    assert sheet.rows[-1] == ("Café", "2")
    assert len(sheet.rows) == 8001


def test_progress_reports_bytes_now_and_then(tmp_path):
    text = "Title,Cost\n" + "".join(f"Proposal {i},{i}\n" for i in range(10_000))
    path = _write(tmp_path, "big.csv", text)
    calls: list[tuple[int, int]] = []
    sheet = read_sheet(path, progress=lambda done, total: calls.append((done, total)))
    assert len(sheet.rows) == 10_000
    size = path.stat().st_size
    assert 2 < len(calls) < 50
    assert all(total == size for _, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (size, size)


# --- workbooks --------------------------------------------------------------------------


def test_workbook_first_sheet_shows_values_as_the_spreadsheet_does():
    sheet = read_sheet(FIXTURES / "two_sheets.xlsx")
    assert sheet.sheet_name == "Proposals"
    assert sheet.source == "two_sheets.xlsx"
    # The header is the first non-blank row (row 3); the cell beyond it gets a blank header.
    assert sheet.headers == ("Title", "Department", "Cost", "Start", "Share", "Ready", "")
    assert sheet.rows == (
        ("Señal de tráfico inteligente", "Transporte", "1250000", "2025-03-01", "", "", ""),
        ("Thư viện số", "Thư viện", "85000", "2025-07-04 14:30", "0.3", "", ""),
        ("Đường xe đạp", "Giao thông", "12.5", "", "", "TRUE", "beyond the header"),
        ("Short row", "", "", "", "", "", ""),
        ("=SUM(A1:A3)", "@Tecnología", "", "", "", "", ""),
    )
    assert sheet.row_numbers == (4, 5, 7, 8, 9)


def test_sheet_names_and_reading_the_second_sheet():
    path = FIXTURES / "two_sheets.xlsx"
    assert sheet_names(path) == ["Proposals", "Second"]
    assert read_sheet(path, sheet="Second") == Sheet(
        "two_sheets.xlsx",
        ("Name", "Lane"),
        (("Ana Núñez", "Inbox"), ("Nguyễn Thị Bảo", "Roadmap")),
        (2, 3),
        "Second",
    )
    assert read_sheet(path, sheet="Proposals").row_numbers == (4, 5, 7, 8, 9)


def test_sheet_names_of_a_text_file_is_empty():
    assert sheet_names(FIXTURES / "utf8.csv") == []


def test_unknown_sheet_names_the_sheets_there_are():
    message = _message(FIXTURES / "two_sheets.xlsx", sheet="Third")
    assert message == "has no sheet “Third”; its sheets are “Proposals”, “Second”"


def test_workbook_progress_counts_rows(tmp_path):
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Big")
    sheet.append(["Title", "Cost"])
    for i in range(5000):
        sheet.append([f"Proposal {i}", i])
    book.save(tmp_path / "big.xlsx")
    calls: list[tuple[int, int]] = []
    read = read_sheet(tmp_path / "big.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert len(read.rows) == 5000
    assert read.rows[-1] == ("Proposal 4999", "4999")
    assert 2 < len(calls) < 20
    assert calls[-1] == (5001, 5001)


def test_an_empty_sheet_is_refused(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Vacía"
    book.create_sheet("Header only").append(["Title", "Cost"])
    book.save(tmp_path / "empty.xlsx")
    assert _message(tmp_path / "empty.xlsx", sheet="Vacía") == "sheet “Vacía” is empty"
    # Unnamed, the sheet whose header names proposals is read (the first may be a cover).
    expected = "sheet “Header only” has a header row but no rows of data below it"
    assert _message(tmp_path / "empty.xlsx") == expected
    assert _message(tmp_path / "empty.xlsx", sheet="Header only") == expected


# --- bad input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("corrupt.xlsx", "is damaged or not an Excel workbook"),
        (
            "protected.xlsx",
            "is password-protected or an old Excel (.xls) file: "
            "save it as .xlsx without a password",
        ),
        ("old.xls", "is an old Excel (.xls) workbook: save it as .xlsx or CSV"),
        ("garbage.csv", "is not a spreadsheet or CSV file"),
    ],
)
def test_bad_fixture_is_refused_with_a_sentence(name, expected):
    assert expected in _message(FIXTURES / name)


def test_bad_workbooks_are_refused_by_sheet_names_too():
    for name in ("corrupt.xlsx", "protected.xlsx", "old.xls"):
        with pytest.raises(ImportRejected):
            sheet_names(FIXTURES / name)


@pytest.mark.parametrize(
    ("fixture", "renamed", "expected"),
    [
        ("two_sheets.xlsx", "proposals.csv", "is an Excel workbook (or another zip file)"),
        ("protected.xlsx", "proposals.csv", "is an old Excel (.xls) or password-protected"),
        ("garbage.csv", "proposals.xlsx", "is damaged or not an Excel workbook"),
        ("utf8.csv", "proposals.xlsx", "is damaged or not an Excel workbook"),
        ("utf8.csv", "proposals.ods", "is an OpenDocument spreadsheet"),
        ("utf8.csv", "proposals.pdf", "reads .xlsx and .xlsm workbooks and .csv, .tsv and .txt"),
        ("utf8.csv", "proposals", "reads .xlsx and .xlsm workbooks and .csv, .tsv and .txt"),
    ],
)
def test_a_file_under_the_wrong_name_is_refused(tmp_path, fixture, renamed, expected):
    path = _write(tmp_path, renamed, (FIXTURES / fixture).read_bytes())
    assert expected in _message(path)


def _rezip(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            new.writestr(item.filename, replace.get(item.filename, old.read(item)))
    return target


def test_a_workbook_with_a_damaged_sheet_is_refused(tmp_path):
    broken = b"<worksheet><sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>x"
    path = _rezip(
        FIXTURES / "two_sheets.xlsx", tmp_path / "broken.xlsx", {"xl/worksheets/sheet1.xml": broken}
    )
    assert _message(path) == "is damaged or not an Excel workbook"


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a workbook")
    assert _message(path) == "is damaged or not an Excel workbook"
    ods = tmp_path / "sheet.xlsx"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert "is an OpenDocument spreadsheet" in _message(ods)


def test_a_missing_file_is_refused(tmp_path):
    assert _message(tmp_path / "gone.csv").startswith("cannot be read")
    assert _message(tmp_path / "gone.xlsx").startswith("cannot be read")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"\r\n\n  \n", "is empty"),
        (b",,,\n,,\n", "is empty"),
        (codecs.BOM_UTF8, "is empty"),
        (codecs.BOM_UTF16_LE, "is empty"),
        (b"Title,Cost\n", "has a header row but no rows of data below it"),
        (b"Title,Cost\n,\n\n", "has a header row but no rows of data below it"),
    ],
    ids=["nothing", "blank-lines", "blank-cells", "bom-only", "utf16-bom-only", "header", "h+b"],
)
def test_an_empty_file_is_refused(tmp_path, content, expected):
    assert _message(_write(tmp_path, "empty.csv", content)) == expected


def test_bytes_windows_1252_cannot_hold_are_refused(tmp_path):
    path = _write(tmp_path, "bad.csv", b"Title,Cost\nCaf\xe9,1\nx\x81y,2\n")
    message = _message(path)
    assert "byte 0x81 on line 3 is not Windows-1252" in message
    assert "save it as “CSV UTF-8”" in message


def test_control_characters_mean_it_is_not_text(tmp_path):
    path = _write(tmp_path, "binary.txt", bytes(range(1, 9)) * 64)
    assert _message(path).startswith("is not a spreadsheet or CSV file")
    # NUL bytes that are not UTF-16 text
    path = _write(tmp_path, "nul.csv", b"Title,Cost\nA\x00,1\n")
    assert _message(path) == "is not a spreadsheet or CSV file"


def test_a_stray_control_character_is_tolerated_and_dropped(tmp_path):
    sheet = read_sheet(_write(tmp_path, "stray.csv", "Title,Cost\nA\x1ab,1\n"))
    assert sheet.rows == (("Ab", "1"),)


def test_garbage_after_a_clean_start_is_refused(tmp_path):
    clean = ("Title,Cost\n" + "Parque,1\n" * 10_000).encode()
    path = _write(tmp_path, "tail.csv", clean + os.urandom(200_000))
    assert _message(path).startswith("is not a spreadsheet or CSV file")


@pytest.mark.parametrize("name", ["garbage.csv", "garbage.txt", "garbage.xlsx"])
def test_fifty_megabytes_of_garbage_are_refused_from_the_first_bytes(tmp_path, name):
    path = tmp_path / name
    with path.open("wb") as file:
        for _ in range(50):
            file.write(os.urandom(1024 * 1024))
    tracemalloc.start()
    try:
        message = _first_message(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert message in ("is not a spreadsheet or CSV file", "is damaged or not an Excel workbook")
    assert peak < 2 * 1024 * 1024  # the first 64 KB, never the 50 MB


def _first_message(path: Path) -> str:
    """Like _message, without reading the file to check it is unchanged."""
    with pytest.raises(ImportRejected) as caught:
        read_sheet(path)
    assert caught.value.source == path.name
    return caught.value.problems[0].message


# --- property: what Python's csv module writes reads back the same --------------------

# Control characters other than tab and line breaks are dropped on reading (tested apart).
_CONTROLS = "".join(map(chr, [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]))
_TEXT = st.text(st.characters(exclude_characters=_CONTROLS, exclude_categories=("Cs",)))
_NAME = _TEXT.map(str.strip).filter(bool)


def _ambiguous(text: str, delimiter: str, width: int) -> bool:
    """Whether another delimiter reads the file, written `width` fields wide, as a table at
    least as plausible: as many or more fields in every record, or, for one column, a
    header of two or more fields. Such a file has two readings for any reader; the
    reader's rule (sheet._delimiter) picks one."""
    for other in {",", ";", "\t"} - {delimiter}:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=other, skipinitialspace=True)
        widths = [len(record) for record in reader if record]
        if width > 1 and widths.count(widths[0]) == len(widths) and widths[0] >= width:
            return True
        if width == 1 and widths[0] > 1:
            return True
    return False


@st.composite
def _tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    header = draw(st.lists(_NAME, min_size=1, max_size=5, unique=True))
    header[0] = header[0].lstrip("\ufeff").strip() or "x"  # a leading U+FEFF is a BOM
    # A header of nothing but commas, semicolons and tabs is a blank row to a spreadsheet.
    assume(any(name.strip(' ,;\t"') for name in header))
    assume(len(set(header)) == len(header))
    row = st.lists(_TEXT, min_size=len(header), max_size=len(header)).filter(
        lambda cells: any(cell.strip() for cell in cells)
    )
    return header, draw(st.lists(row, min_size=1, max_size=6))


@settings(max_examples=100, deadline=None, database=None)
@given(
    table=_tables(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_csv_written_by_python_reads_back_the_same(
    tmp_path_factory, table, delimiter, quoting, encoding
):
    header, rows = table
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, quoting=quoting).writerows([header, *rows])
    text = buffer.getvalue()
    assume(not _ambiguous(text, delimiter, len(header)))
    path = tmp_path_factory.mktemp("prop") / "written.csv"
    path.write_bytes(text.encode(encoding))
    sheet = read_sheet(path)
    assert sheet.headers == tuple(header)
    assert sheet.rows == tuple(tuple(cell.strip() for cell in row) for row in rows)
    assert sheet.row_numbers == tuple(range(2, len(rows) + 2))
