"""The results workbook: the CSV's columns, numbers as numbers, safe text, a Scores sheet."""

import csv
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from roadmap_desktop.export.results_csv import write_results_csv
from roadmap_desktop.export.results_xlsx import write_results_xlsx, write_scores_xlsx
from roadmap_desktop.services import ScoreEntry
from tests.services.helpers import make_small


def _values(sheet) -> list[list[object]]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_workbook_matches_the_csv_with_real_numbers(services, demo, tmp_path):
    results = services.results(demo)
    record, _hidden = services.score_record(demo, results.round.number)
    path = tmp_path / "results.xlsx"
    assert write_results_xlsx(results, path, record) == 36
    write_results_csv(results, tmp_path / "results.csv")

    book = load_workbook(path)
    assert book.sheetnames == ["Results", "Scores"]
    sheet = book["Results"]
    rows = _values(sheet)
    with (tmp_path / "results.csv").open(encoding="utf-8", newline="") as fh:
        expected = list(csv.reader(fh))
    assert rows[0] == expected[0]
    assert len(rows) == len(expected) == 37
    for got, want in zip(rows[1:], expected[1:], strict=True):
        rank, title, domain, category, lane, score, n, spread, discuss, *means = got
        assert isinstance(rank, int)
        assert isinstance(n, int)
        # Numbers, not text (a workbook stores 4.0 as 4, so it may come back an int).
        assert all(isinstance(x, int | float) for x in (score, spread, *means))
        assert [str(rank), title, domain, category, lane] == want[:5]
        assert f"{score:.3f}" == want[5]
        assert (str(n), f"{spread:.3f}", discuss) == (want[6], want[7], want[8])
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet["F2"].number_format == "0.000"
    assert 6 <= sheet.column_dimensions["B"].width <= 60
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width

    scores = _values(book["Scores"])
    assert scores[0] == ["round", "participant", "proposal", "criterion", "score", "counted"]
    assert len(scores) == len(record) + 1
    assert {type(r[4]) for r in scores[1:]} == {int}
    assert {r[5] for r in scores[1:]} == {"yes", "no"}


def test_formula_text_is_neutralised_and_unscored_cells_are_empty(services, tmp_path):
    small = make_small(
        services,
        titles=('=HYPERLINK("http://evil.example","Open me")', "@SUM(A1)", "-1+1", "+1", "-5"),
    )
    services.import_scores(
        small.id,
        [ScoreEntry(small.people["Ana"], small.proposals[0], small.criteria["Core"], 4)],
        reveal=True,
    )
    path = tmp_path / "results.xlsx"
    write_results_xlsx(services.results(small.id), path)
    book = load_workbook(path)
    assert book.sheetnames == ["Results"]  # no record given, no Scores sheet
    sheet = book["Results"]
    rows = _values(sheet)
    assert {r[1] for r in rows[1:]} == {
        '\'=HYPERLINK("http://evil.example","Open me")',
        "'@SUM(A1)",
        "'-1+1",
        "+1",  # a plain number is not a formula: left as typed, and still text
        "-5",
    }
    assert all(
        cell.data_type == "s" for (cell,) in sheet.iter_rows(min_row=2, min_col=2, max_col=2)
    )
    assert not any(isinstance(v, str) and v.startswith("=") for row in rows for v in row)
    unscored = rows[2]
    assert (unscored[0], unscored[5], unscored[6], unscored[7], unscored[8]) == (
        None,
        None,
        0,
        None,
        "no",
    )


def test_scores_workbook_and_atomic_replace(services, demo, tmp_path):
    path = tmp_path / "scores.xlsx"
    path.write_bytes(b"old")
    record, _hidden = services.score_record(demo)
    assert write_scores_xlsx(record, path) == len(record)
    assert load_workbook(path).sheetnames == ["Scores"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".scores")]
    umask = os.umask(0)
    os.umask(umask)
    assert os.stat(path).st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(services, demo, tmp_path):
    path = tmp_path / "results.xlsx"
    path.write_bytes(b"old")
    results = services.results(demo)
    broken = results.__class__(results.round, results.criteria, (*results.rows, "not a row"))
    with pytest.raises(AttributeError):
        write_results_xlsx(broken, path)
    assert path.read_bytes() == b"old"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".results")]


def test_a_missing_folder_names_the_file(services, demo, tmp_path):
    target = tmp_path / "nowhere" / "results.xlsx"
    with pytest.raises(OSError) as caught:
        write_results_xlsx(services.results(demo), target)
    assert caught.value.filename == str(target)
    assert not Path(tmp_path / "nowhere").exists()
