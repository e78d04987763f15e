"""`roadmap-desktop --self-test`: passes on a sound installation, and says which step failed."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from roadmap_desktop import self_test


def test_the_self_test_passes_in_a_new_process_and_leaves_the_home_folder_alone(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "roadmap_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Self-test of Roadmap Desktop")
    for step in ("demo workshop", "window", "poster", "council packet", "results workbook"):
        assert any(line.startswith(f"ok {step}:") for line in lines), done.stdout
    assert "ok window: Board, Score, Results" in done.stdout
    assert "ok ballot server: served a director's ballot" in done.stdout
    assert lines[-1].startswith("Self-test passed: 6 steps")
    assert list(home.iterdir()) == []  # no settings, no data folder, no caches


def test_a_step_that_fails_is_named_and_the_exit_code_is_1(
    qapp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def empty_poster(_services, _workshop_id, folder: Path) -> str:
        out = folder / "poster.pdf"
        out.write_bytes(b"%PDF-1.7\n%%EOF\n")
        return self_test._check_pdf(out, "poster")

    monkeypatch.setattr(self_test, "_export_poster", empty_poster)
    before = dict(os.environ)

    assert self_test.run_self_test() == 1

    out, err = capsys.readouterr()
    assert "ok window:" in out
    assert "FAILED poster: The poster at" in err and "is nearly empty." in err
    assert "council packet" not in out  # it stops at the first failure
    assert dict(os.environ) == before  # the temporary folders are not left in the environment
