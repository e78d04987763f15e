"""`export workshop` and `import workshop`: a workshop carried to another laptop in one file."""

import json
from pathlib import Path

from tests.cli.test_cli import WORKSHOP, run


def test_a_workshop_travels_to_a_new_store_and_back_under_a_new_name(db, tmp_path, capsys):
    carried = tmp_path / "carry" / "room"
    carried.parent.mkdir()
    code, out, err = run(
        capsys, "export", "workshop", "--workshop", WORKSHOP, "-o", carried, "--db", db
    )
    assert (code, err) == (0, "")
    written = carried.with_suffix(".roadmap")
    assert out.startswith(f"Wrote “{WORKSHOP}” to {written}: ") and "proposals" in out
    assert written.stat().st_mode & 0o077 == 0, "the file holds votes: its owner's alone"

    laptop = tmp_path / "laptop" / "workshops.sqlite"
    before = written.read_bytes()
    code, out, err = run(capsys, "import", "workshop", written, "--db", laptop)
    assert (code, err) == (0, "")
    assert out.startswith(f"Imported “{WORKSHOP}” from room.roadmap: ")
    assert written.read_bytes() == before, "importing never writes the file"
    code, out, _err = run(capsys, "workshops", "--json", "--db", laptop)
    [there] = json.loads(out)
    code, out, _err = run(capsys, "workshops", "--json", "--db", db)
    [here] = json.loads(out)
    assert (there["name"], there["proposals"], there["rounds"]) == (
        here["name"],
        here["proposals"],
        here["rounds"],
    )

    code, out, err = run(capsys, "import", "workshop", written, "--db", db)
    assert code == 0
    assert "was already here: the imported one is called" in out


def test_a_file_that_is_not_a_workshop_is_refused_in_one_line(db, tmp_path, capsys):
    notes = tmp_path / "notes.roadmap"
    notes.write_text("minutes of the meeting", encoding="utf-8")
    code, out, err = run(capsys, "import", "workshop", notes, "--db", db)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "notes.roadmap" in err and "Traceback" not in err


def test_export_workshop_takes_no_round(db, tmp_path, capsys):
    out_path: Path = tmp_path / "x.roadmap"
    code, _out, err = run(
        capsys,
        "export",
        "workshop",
        "--workshop",
        WORKSHOP,
        "-o",
        out_path,
        "--round",
        "1",
        "--db",
        db,
    )
    assert code == 1 and "leave out --round" in err
    assert not out_path.exists()
