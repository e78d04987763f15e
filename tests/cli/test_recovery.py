"""`check`, `backups`, `restore` on the command line, and the rule that only the commands
that make a store create one."""

import json
import sqlite3
from datetime import datetime

import pytest

from roadmap_desktop.store import backups
from tests.cli.test_cli import WORKSHOP, run
from tests.services.helpers import file_snapshot


def test_help_names_the_recovery_commands(capsys):
    with pytest.raises(SystemExit) as done:
        run(capsys, "--help")
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("check", "backups", "restore"):
        assert command in out


def test_check_prints_ok_for_a_sound_store_and_writes_nothing(db, capsys):
    before = db.read_bytes()
    assert run(capsys, "check", "--db", db) == (0, "ok\n", "")
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["demo.sqlite"]


def test_check_prints_one_sentence_per_problem(db, capsys):
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TRIGGER event_no_update")
        conn.execute("UPDATE event SET kind = 'forged' WHERE id = 1")
    conn.close()
    code, out, err = run(capsys, "check", "--db", db)
    lines = out.splitlines()
    assert (code, err) == (1, "")
    assert len(lines) == 2
    assert "event_no_update" in lines[0]
    assert "Event #1" in lines[1]


def test_store_commands_never_create_a_store(tmp_path, capsys):
    typo = tmp_path / "typo" / "store.sqlite"
    for args in (
        ("workshops",),
        ("export", "results", "--workshop", "x", "-o", tmp_path / "r.csv"),
        ("round", "close", "--workshop", "x"),
    ):
        code, out, err = run(capsys, *args, "--db", typo)
        assert code == 1 and out == ""
        assert err == f"roadmap-desktop: {typo} does not exist: nothing was created.\n"
    assert list(tmp_path.iterdir()) == []


def test_backups_lists_newest_first_as_json(db, capsys):
    assert run(capsys, "backups", "--db", db, "--json") == (0, "[]\n", "")
    assert run(capsys, "round", "open", "--workshop", WORKSHOP, "--db", db)[0] == 0
    assert run(capsys, "round", "close", "--workshop", WORKSHOP, "--db", db)[0] == 0
    assert run(capsys, "round", "reveal", "--workshop", WORKSHOP, "--db", db)[0] == 0

    code, out, err = run(capsys, "backups", "--db", db, "--json")

    assert (code, err) == (0, "")
    listed = json.loads(out)
    # The first change of a store with no backup takes one (periodic) in the background.
    assert [b["reason"] for b in listed] == ["round-revealed", "round-closed", "periodic"]
    first = listed[0]
    assert set(first) >= {
        "path",
        "taken_at",
        "reason",
        "workshops",
        "proposals",
        "rounds",
        "last_change",
        "size",
    }
    assert first["workshops"] == [WORKSHOP]
    assert first["rounds"] == 2 and first["proposals"] > 0
    assert datetime.fromisoformat(first["taken_at"]).utcoffset().total_seconds() == 0
    assert datetime.fromisoformat(first["last_change"]).tzinfo is not None
    assert first["size"] > 0 and first["path"].startswith(str(db.parent / "backups"))
    code, out, _err = run(capsys, "backups", "--db", db)
    assert code == 0 and out.splitlines()[0].split()[3] == "round-revealed"


def test_restore_defaults_to_the_newest_good_backup_and_can_be_undone(db, capsys):
    assert run(capsys, "round", "open", "--workshop", WORKSHOP, "--db", db)[0] == 0
    assert run(capsys, "round", "close", "--workshop", WORKSHOP, "--db", db)[0] == 0
    closed = file_snapshot(db)
    assert run(capsys, "round", "reveal", "--workshop", WORKSHOP, "--db", db)[0] == 0
    revealed = file_snapshot(db)
    newest = backups.list_backups(db)[0].path
    newest.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # the newest is damaged

    code, out, err = run(capsys, "restore", "--db", db)

    assert (code, err) == (0, "")
    first, second = out.splitlines()
    assert "round-closed" in first
    assert second.startswith("The store it replaced was saved as ")
    assert file_snapshot(db)["round"] == closed["round"]
    aside = backups.list_backups(db)[0]
    assert aside.reason == "before-restore"
    code, out, err = run(capsys, "restore", "--db", db, "--from", aside.path)
    assert (code, err) == (0, "")
    assert file_snapshot(db)["round"] == revealed["round"] != closed["round"]


def test_restore_without_any_good_backup_is_a_sentence(db, capsys):
    before = db.read_bytes()
    code, out, err = run(capsys, "restore", "--db", db)
    assert code == 1 and out == ""
    assert "passes the check" in err and str(db) in err
    assert db.read_bytes() == before


def test_import_takes_a_backup_first(db, tmp_path, capsys):
    sheet = tmp_path / "more.csv"
    sheet.write_text("title\nA new idea\n", encoding="utf-8")
    code, _out, err = run(capsys, "import", "proposals", sheet, "--workshop", WORKSHOP, "--db", db)
    assert (code, err) == (0, "")
    [backup] = backups.list_backups(db)
    assert backup.reason == "before-import"
    titles = [r[0] for r in sqlite3.connect(backup.path).execute("SELECT title FROM proposal")]
    assert "A new idea" not in titles
