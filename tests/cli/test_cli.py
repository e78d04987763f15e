"""The headless command line, run in-process: demo, workshops, import scores, export."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import roadmap_desktop
from roadmap_desktop.cli import main
from roadmap_desktop.store import open_store
from tests.services.helpers import file_snapshot

WORKSHOP = "Civic Innovation Cabinet — Innovation Roadmap 2026"
DIRECTORS = ("María José Gutiérrez", "Nguyễn Thị Hương")
TITLES = ("Thư viện lưu động — mobile library stops", "Pay any city bill from one account")


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _ballots(tmp_path: Path, value: int = 4, name: str = "ballots.csv") -> Path:
    path = tmp_path / name
    lines = ["participant,proposal,criterion,score"]
    lines += [
        f"{person},{title},{criterion},{value}"
        for person in DIRECTORS
        for title in TITLES
        for criterion in ("Important", "Core", "Achievable")
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _workshops(capsys, db: Path) -> list[dict]:
    code, out, _err = run(capsys, "workshops", "--db", db, "--json")
    assert code == 0
    return json.loads(out)


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _one_sentence(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("roadmap-desktop: ")
    assert lines[0].endswith(".")
    return lines[0]


def test_demo_refuses_an_existing_path_unless_forced(tmp_path, capsys):
    path = tmp_path / "precious.sqlite"
    path.write_text("my notes\n", encoding="utf-8")
    code, out, err = run(capsys, "demo", path)
    assert (code, out) == (1, "")
    assert "--force" in _one_sentence(err)
    assert path.read_text(encoding="utf-8") == "my notes\n"

    code, _out, err = run(capsys, "demo", path, "--force")
    assert (code, err) == (0, "")
    assert [w["name"] for w in _workshops(capsys, path)] == [WORKSHOP]


def test_workshops_json_lists_ids_names_and_counts(db, capsys):
    assert _workshops(capsys, db) == [
        {"id": 1, "name": WORKSHOP, "proposals": 36, "participants": 16, "rounds": 1}
    ]
    # --db also works before the command, and the table form names the workshop.
    code, out, _err = run(capsys, "--db", db, "workshops")
    assert code == 0
    assert WORKSHOP in out
    assert out.splitlines()[0].split() == ["id", "name", "proposals", "participants", "rounds"]


def test_workshops_json_of_an_empty_store(tmp_path, capsys):
    path = tmp_path / "new.sqlite"
    open_store(path).close()
    assert _workshops(capsys, path) == []


def test_import_scores_opens_a_new_round_by_default(db, tmp_path, capsys):
    code, out, err = run(
        capsys, "import", "scores", _ballots(tmp_path), "--workshop", WORKSHOP, "--db", db
    )
    assert (code, err) == (0, "")
    assert (
        out == f"Imported 12 scores from ballots.csv into round 2 of “{WORKSHOP}” (still open).\n"
    )
    assert _workshops(capsys, db)[0]["rounds"] == 2

    # Round 2 is open: results still come from round 1, scores leave round 2 out.
    code, out, err = run(
        capsys, "export", "results", "--workshop", "1", "-o", tmp_path / "r.csv", "--db", db
    )
    assert code == 0
    assert "round 1 (36 proposals)" in out
    code, _out, err = run(
        capsys, "export", "scores", "--workshop", "1", "-o", tmp_path / "s.csv", "--db", db
    )
    assert code == 0
    assert err == "Left out round 2: it is open, not revealed.\n"
    assert {row[0] for row in _csv(tmp_path / "s.csv")[1:]} == {"1"}


def test_import_into_a_numbered_round_then_reveal_and_export_again(db, tmp_path, capsys):
    out_file = tmp_path / "results.csv"
    export = ("export", "results", "--workshop", WORKSHOP.upper(), "-o", out_file, "--db", db)
    assert run(capsys, *export)[0] == 0
    before = out_file.read_bytes()
    assert run(capsys, *export)[0] == 0
    assert out_file.read_bytes() == before  # re-running an export writes the same file

    code, out, _err = run(
        capsys,
        "import",
        "scores",
        _ballots(tmp_path, 2),
        "--workshop",
        WORKSHOP,
        "--round",
        4,
        "--db",
        db,
    )
    assert code == 0
    assert "into round 4" in out
    code, out, _err = run(
        capsys,
        "import",
        "scores",
        _ballots(tmp_path, 5),
        "--workshop",
        WORKSHOP,
        "--round",
        4,
        "--reveal",
        "--db",
        db,
    )
    assert code == 0
    assert "into round 4" in out
    assert "(revealed)" in out

    code, out, _err = run(capsys, *export)
    assert code == 0
    assert "round 4 (36 proposals)" in out
    rows = _csv(out_file)
    assert rows[0][:9] == [
        "rank",
        "proposal",
        "domain",
        "category",
        "lane",
        "score",
        "n",
        "spread",
        "discuss",
    ]
    top = {r[1]: r for r in rows[1:] if r[0] == "1"}
    assert set(top) == set(TITLES)  # the second import replaced the first's 2s with 5s
    assert {(r[5], r[6]) for r in top.values()} == {("5.000", "2")}
    assert out_file.read_bytes() != before


def test_import_with_reveal_into_a_new_round(db, tmp_path, capsys):
    code, out, _err = run(
        capsys,
        "import",
        "scores",
        _ballots(tmp_path),
        "--workshop",
        WORKSHOP,
        "--reveal",
        "--db",
        db,
    )
    assert code == 0
    assert "into round 2" in out
    code, out, _err = run(
        capsys, "export", "results", "--workshop", WORKSHOP, "-o", tmp_path / "r.csv", "--db", db
    )
    assert "round 2 (36 proposals)" in out


def test_a_bad_scores_file_is_refused_whole_and_changes_nothing(db, tmp_path, capsys):
    ballots = _ballots(tmp_path)
    good = ballots.read_text(encoding="utf-8")
    ballots.write_text(
        good + "Jonah Feldman,Pay any city bill from one account,Core,3\n"
        "Marcus Okafor,Nonexistent project,Core,3\n"
        "Marcus Okafor,Pay any city bill from one account,Beauty,9\n",
        encoding="utf-8",
    )
    before = file_snapshot(db)

    code, out, err = run(
        capsys, "import", "scores", ballots, "--workshop", WORKSHOP, "--reveal", "--db", db
    )

    assert (code, out) == (1, "")
    assert "Traceback" not in err
    assert err.splitlines() == [
        "ballots.csv, row 14, column participant: Jonah Feldman is an observer; "
        "observers do not score",
        "ballots.csv, row 15, column proposal: no proposal “Nonexistent project” in this workshop",
        "ballots.csv, row 16, column criterion: no criterion “Beauty” in this workshop",
        "Nothing was imported: fix the 3 problems above and run again.",
    ]
    after = file_snapshot(db)
    assert after == before
    assert len(after["event"]) == len(before["event"])
    assert len(after["score"]) == len(before["score"])


def test_a_non_utf8_scores_file_names_file_and_row(db, tmp_path, capsys):
    ballots = tmp_path / "excel.csv"
    ballots.write_bytes(
        "participant,proposal,criterion,score\nJos\xe9 \xc1ngel Pe\xf1a,x,Core,3\n".encode("cp1252")
    )
    before = file_snapshot(db)
    code, _out, err = run(capsys, "import", "scores", ballots, "--workshop", WORKSHOP, "--db", db)
    assert code == 1
    assert err.splitlines()[0].startswith("excel.csv, row 2: is not UTF-8 text")
    assert file_snapshot(db) == before


def test_import_into_a_revealed_round_is_refused(db, tmp_path, capsys):
    before = file_snapshot(db)
    code, _out, err = run(
        capsys,
        "import",
        "scores",
        _ballots(tmp_path),
        "--workshop",
        WORKSHOP,
        "--round",
        1,
        "--db",
        db,
    )
    assert code == 1
    assert "Round 1 is revealed" in _one_sentence(err)
    assert file_snapshot(db) == before


def test_export_results_of_an_unrevealed_round_fails(db, tmp_path, capsys):
    run(capsys, "import", "scores", _ballots(tmp_path), "--workshop", WORKSHOP, "--db", db)
    out_file = tmp_path / "results.csv"
    code, out, err = run(
        capsys,
        "export",
        "results",
        "--workshop",
        WORKSHOP,
        "--round",
        2,
        "-o",
        out_file,
        "--db",
        db,
    )
    assert (code, out) == (1, "")
    assert "not revealed" in _one_sentence(err)
    assert not out_file.exists()
    code, _out, err = run(
        capsys,
        "export",
        "results",
        "--workshop",
        WORKSHOP,
        "--round",
        9,
        "-o",
        out_file,
        "--db",
        db,
    )
    assert code == 1
    assert "no round 9" in _one_sentence(err)


def test_export_scores_writes_every_revealed_round(db, tmp_path, capsys):
    run(
        capsys,
        "import",
        "scores",
        _ballots(tmp_path),
        "--workshop",
        WORKSHOP,
        "--reveal",
        "--db",
        db,
    )
    out_file = tmp_path / "scores.csv"
    code, out, err = run(
        capsys, "export", "scores", "--workshop", WORKSHOP, "-o", out_file, "--db", db
    )
    assert (code, err) == (0, "")
    rows = _csv(out_file)
    assert rows[0] == ["round", "participant", "proposal", "criterion", "score", "counted"]
    assert {r[0] for r in rows[1:]} == {"1", "2"}
    assert sum(r[0] == "2" for r in rows[1:]) == 12
    assert {r[-1] for r in rows[1:]} == {"yes", "no"}
    assert out == f"Wrote {len(rows) - 1} scores to {out_file}\n"
    assert {r[1] for r in rows[1:] if r[0] == "2"} == set(DIRECTORS)

    code, _out, _err = run(
        capsys, "export", "scores", "--workshop", WORKSHOP, "--round", 2, "-o", out_file, "--db", db
    )
    assert code == 0
    assert {r[0] for r in _csv(out_file)[1:]} == {"2"}


def test_an_unknown_workshop_is_a_sentence(db, tmp_path, capsys):
    code, _out, err = run(
        capsys, "export", "results", "--workshop", "Nope", "-o", tmp_path / "x.csv", "--db", db
    )
    assert code == 1
    assert WORKSHOP in _one_sentence(err)


def test_an_export_into_a_missing_folder_names_that_file(db, tmp_path, capsys):
    target = tmp_path / "missing" / "results.csv"
    code, _out, err = run(capsys, "export", "results", "--workshop", 1, "-o", target, "--db", db)
    assert code == 1
    assert err == (
        f"roadmap-desktop: Could not write {target}: the folder {target.parent} does not exist.\n"
    )


@pytest.mark.parametrize("content", [b"not a database\n", os.urandom(3000)], ids=["text", "bytes"])
def test_a_db_that_is_not_a_store_is_a_sentence(tmp_path, capsys, content):
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, "workshops", "--db", path, "--json")
    assert (code, out) == (1, "")
    assert "not a Roadmap Desktop store" in _one_sentence(err)
    assert path.read_bytes() == content


def test_python_dash_m_help():
    root = Path(roadmap_desktop.__file__).resolve().parent.parent
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-m", "roadmap_desktop", "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: roadmap-desktop")
    for command in ("demo", "workshops", "import", "export", "--db"):
        assert command in done.stdout
    assert done.stderr == ""


@pytest.mark.parametrize("suffix", [".xlsx", ".XLSX"])
def test_export_picks_a_workbook_by_the_extension(db, tmp_path, capsys, suffix):
    from openpyxl import load_workbook

    results = tmp_path / f"results{suffix}"
    code, out, err = run(
        capsys, "export", "results", "--workshop", WORKSHOP, "-o", results, "--db", db
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote the results of round 1 (36 proposals) to {results}\n"
    book = load_workbook(results)
    assert book.sheetnames == ["Results", "Scores"]
    header = next(book["Results"].iter_rows(values_only=True))
    assert header[:9] == (
        "rank",
        "proposal",
        "domain",
        "category",
        "lane",
        "score",
        "n",
        "spread",
        "discuss",
    )
    assert header[9:] == ("Important", "Core", "Achievable")

    scores = tmp_path / f"scores{suffix}"
    code, out, _err = run(
        capsys, "export", "scores", "--workshop", WORKSHOP, "-o", scores, "--db", db
    )
    assert code == 0
    rows = list(load_workbook(scores)["Scores"].iter_rows(values_only=True))
    assert rows[0] == ("round", "participant", "proposal", "criterion", "score", "counted")
    assert out == f"Wrote {len(rows) - 1} scores to {scores}\n"
