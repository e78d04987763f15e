"""`roadmap-desktop round open|close|reveal`: running a round from a script, and importing
paper ballots into it while it stays open."""

import sqlite3
from pathlib import Path

from tests.cli.test_cli import WORKSHOP, _ballots, _one_sentence, run
from tests.services.helpers import file_snapshot


def _rounds(path: Path) -> list[tuple[int, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT number, status, scope FROM round ORDER BY number").fetchall()
    finally:
        conn.close()


def test_open_prints_only_the_number_then_close_and_reveal(db, tmp_path, capsys):
    code, out, err = run(capsys, "round", "open", "--db", db, "--workshop", 1, "--minutes", 10)
    assert (code, out, err) == (0, "2\n", "")
    assert _rounds(db)[-1] == (2, "open", "all")

    ballots = _ballots(tmp_path)
    code, out, err = run(
        capsys, "import", "scores", ballots, "--db", db, "--workshop", 1, "--round", 2
    )
    assert (code, err) == (0, "")
    assert "into round 2" in out and "still open" in out
    assert _rounds(db)[-1] == (2, "open", "all")  # recorded, not closed

    code, out, err = run(capsys, "round", "close", "--db", db, "--workshop", WORKSHOP)
    assert (code, out, err) == (0, f"Closed round 2 of “{WORKSHOP}”.\n", "")
    code, out, err = run(capsys, "round", "reveal", "--db", db, "--workshop", 1)
    assert (code, out, err) == (0, f"Revealed round 2 of “{WORKSHOP}”.\n", "")
    assert _rounds(db)[-1][:2] == (2, "revealed")

    results = tmp_path / "results.csv"
    code, out, _err = run(capsys, "export", "results", "--db", db, "--workshop", 1, "-o", results)
    assert code == 0 and "round 2" in out


def test_open_over_a_lane_or_a_selection_with_dots(db, capsys):
    code, out, _err = run(capsys, "round", "open", "--db", db, "--workshop", 1, "--lane", "inbox")
    assert (code, out) == (0, "2\n")
    assert _rounds(db)[-1] == (2, "open", "lane")
    run(capsys, "round", "close", "--db", db, "--workshop", 1)
    code, out, _err = run(
        capsys, "round", "open", "--db", db, "--workshop", 1, "--proposals", "1,2,3", "--dots", 5
    )
    assert (code, out) == (0, "3\n")
    conn = sqlite3.connect(db)
    try:
        method, dots, scope = conn.execute(
            "SELECT method, dots_per_participant, scope FROM round WHERE number = 3"
        ).fetchone()
        covered = conn.execute(
            "SELECT count(*) FROM round_proposal JOIN round ON round.id = round_id WHERE number = 3"
        ).fetchone()[0]
    finally:
        conn.close()
    assert (method, dots, scope, covered) == ("dots", 5, "selection", 3)


def test_refusals_are_one_sentence_and_change_nothing(db, capsys):
    before = file_snapshot(db)
    for args, said in (
        (("round", "close"), "no open round to close"),
        (("round", "reveal", "--round", 7), "no round 7"),
        (("round", "open", "--lane", "Someday"), "has no lane “Someday”"),
        (("round", "open", "--proposals", "1,x"), "--proposals takes proposal ids"),
        (("round", "open", "--dots", 0), "at least one dot"),
    ):
        code, out, err = run(capsys, *args, "--db", db, "--workshop", 1)
        assert (code, out) == (1, ""), args
        assert said in _one_sentence(err), (args, err)
    assert file_snapshot(db) == before

    run(capsys, "round", "open", "--db", db, "--workshop", 1)
    code, _out, err = run(capsys, "round", "open", "--db", db, "--workshop", 1)
    assert code == 1 and "Round 2 is still open" in _one_sentence(err)
    code, _out, err = run(capsys, "round", "reveal", "--db", db, "--workshop", 1, "--round", 2)
    assert code == 1 and "still open" in _one_sentence(err)


def test_a_busy_store_is_a_sentence_on_the_command_line(db, capsys, monkeypatch):
    monkeypatch.setattr("roadmap_desktop.cli.CLI_BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(db)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, out, err = run(capsys, "round", "open", "--db", db, "--workshop", 1)
    finally:
        holder.rollback()
        holder.close()
    assert (code, out) == (1, "")
    assert "The store is busy" in _one_sentence(err)
    assert _rounds(db) == [(1, "revealed", "all")]
