"""Fixtures of the command-line tests: a store file holding the demo workshop."""

from pathlib import Path

import pytest

from tests.cli.test_cli import WORKSHOP, run


@pytest.fixture
def db(tmp_path, capsys) -> Path:
    path = tmp_path / "demo.sqlite"
    code, out, err = run(capsys, "demo", path)
    assert (code, err) == (0, "")
    assert out == f"Wrote the demo workshop “{WORKSHOP}” to {path}\n"
    return path
