"""Diagnostics: crash reports say what support needs, the log rotates, a hard crash is kept."""

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from roadmap_desktop import diagnostics, locations


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder of the test's own; the log file started in it is closed afterwards."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setattr(locations, "data_dir", lambda: folder)
    yield folder
    close_log_files()


def close_log_files() -> None:
    for handler in list(diagnostics.log.handlers):
        if isinstance(handler, logging.FileHandler):
            diagnostics.log.removeHandler(handler)
            handler.close()


def _raise_one() -> ValueError:
    try:
        raise ValueError("the value that broke")
    except ValueError as exc:
        return exc


def test_a_crash_report_holds_the_versions_the_traceback_and_the_log_tail(data_folder: Path):
    diagnostics.start_logging()
    diagnostics.log.info("the facilitator opened round 2")

    report = diagnostics.write_crash_report(_raise_one(), "the window")

    assert report.parent == data_folder / "crash-reports"
    text = report.read_text(encoding="utf-8")
    for wanted in ("Roadmap Desktop", "SQLite:", "Typst:", "Python:", "Where: the window"):
        assert wanted in text
    assert "ValueError: the value that broke" in text and "_raise_one" in text
    assert "the facilitator opened round 2" in text.split("The log's last")[1]


def test_the_log_file_rotates(data_folder: Path, monkeypatch: pytest.MonkeyPatch):
    close_log_files()  # start afresh in this folder
    monkeypatch.setattr(diagnostics, "LOG_BYTES", 2000)
    path = diagnostics.start_logging()
    for n in range(200):
        diagnostics.log.info("line %d of a long workshop", n)
    kept = sorted(p.name for p in path.parent.iterdir() if p.name.startswith("roadmap"))
    assert kept[:3] == ["roadmap-desktop.log", "roadmap-desktop.log.1", "roadmap-desktop.log.2"]
    assert len(kept) == diagnostics.LOG_KEPT + 1
    assert path.stat().st_size <= 2000


def test_a_hard_crash_of_the_last_run_is_kept_as_a_report(data_folder: Path):
    fault = diagnostics.logs_dir() / diagnostics.FAULT_NAME
    fault.write_text("Fatal Python error: Segmentation fault\n", encoding="utf-8")

    kept = diagnostics.keep_last_hard_crash()

    assert kept is not None and kept.parent == data_folder / "crash-reports"
    assert "Segmentation fault" in kept.read_text(encoding="utf-8")
    assert not fault.exists()
    assert diagnostics.keep_last_hard_crash() is None  # nothing the next time


def test_the_handlers_write_a_report_and_tell_the_window(
    data_folder: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # both restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    told: list[Path] = []
    diagnostics.install_handlers(told.append)

    exc = _raise_one()
    sys.excepthook(type(exc), exc, exc.__traceback__)

    assert len(told) == 1 and told[0].is_file()
    assert "the value that broke" in told[0].read_text(encoding="utf-8")
