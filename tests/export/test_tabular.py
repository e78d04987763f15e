"""CSV writing: formula cells neutralised, numbers untouched, files replaced atomically."""

import csv
from pathlib import Path

import pytest

from roadmap_desktop.export.tabular import number, safe_text, write_csv


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ('=HYPERLINK("http://x.example","click")', '\'=HYPERLINK("http://x.example","click")'),
        ("+1+2", "'+1+2"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("Smart streetlights", "Smart streetlights"),
        ("a=b", "a=b"),
        ("", ""),
        ("-0.500", "-0.500"),  # a plain number is not a formula
        ("-3", "-3"),
    ],
)
def test_safe_text(text, written):
    assert safe_text(text) == written


def test_write_csv_neutralises_text_and_leaves_numbers(tmp_path):
    path = tmp_path / "out.csv"
    count = write_csv(
        path,
        ["title", "n", "score", "=header"],
        [
            ['=HYPERLINK("http://evil.example","Open")', 3, -1.5, "-"],
            ["Thư viện lưu động, año", -2, 0.25, "@home"],
        ],
    )
    assert count == 2
    assert _read(path) == [
        ["title", "n", "score", "'=header"],
        ['\'=HYPERLINK("http://evil.example","Open")', "3", "-1.5", "'-"],
        ["Thư viện lưu động, año", "-2", "0.25", "'@home"],
    ]
    assert path.read_bytes().startswith(b"title,")  # UTF-8, no BOM, comma separated


def test_number_formats_three_places():
    assert number(None) == ""
    assert number(2 / 3) == "0.667"
    assert number(-0.5) == "-0.500"
    assert number(4, places=1) == "4.0"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "results.csv"
    write_csv(path, ["a"], [["old"]])
    before = path.read_bytes()

    def rows():
        yield ["new 1"]
        yield ["new 2"]
        raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        write_csv(path, ["a"], rows())

    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == ["results.csv"]


def test_a_successful_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    path = tmp_path / "results.csv"
    path.write_text("stale,content\n", encoding="utf-8")
    write_csv(path, ["a", "b"], [[1, 2]])
    assert _read(path) == [["a", "b"], ["1", "2"]]
    assert _leftovers(tmp_path) == ["results.csv"]


def test_writing_into_a_missing_folder_names_the_file_asked_for(tmp_path):
    target = tmp_path / "nowhere" / "out.csv"
    with pytest.raises(OSError) as caught:  # WriteFailed: see test_write_atomically
        write_csv(target, ["a"], [])
    assert caught.value.filename == str(target)
    assert str(target) in str(caught.value)
    assert _leftovers(tmp_path) == []
