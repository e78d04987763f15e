"""A bug in a command: one sentence and a report's path on stderr, never a traceback."""

from pathlib import Path

import pytest

from roadmap_desktop import cli, locations
from tests.test_diagnostics import close_log_files


def test_an_unexpected_error_is_one_sentence_and_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    monkeypatch.setattr(locations, "data_dir", lambda: tmp_path)

    def broken(_args):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setitem(cli.FILE_COMMANDS, "check", broken)

    assert cli.main(["check", "--db", str(tmp_path / "x.sqlite")]) == cli.EXIT_FAILED

    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("\n") == 1
    assert err.startswith("roadmap-desktop: an unexpected error (ZeroDivisionError) stopped")
    report = Path(err.rstrip().split("Details for support: ")[1])
    assert report.is_file() and report.parent == tmp_path / "crash-reports"
    assert "ZeroDivisionError: division by zero" in report.read_text(encoding="utf-8")
    close_log_files()


def test_ctrl_c_stops_quietly(monkeypatch: pytest.MonkeyPatch, capsys):
    def interrupted(_args):
        raise KeyboardInterrupt

    monkeypatch.setitem(cli.FILE_COMMANDS, "check", interrupted)

    assert cli.main(["check"]) == 130
    assert capsys.readouterr().err == "roadmap-desktop: stopped.\n"
