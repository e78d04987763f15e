"""`export … --round N` on every export that reports results (poster, packet, results), the
round of record by default, and a hidden or missing round refused in one sentence."""

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader

from roadmap_desktop.services import Services
from roadmap_desktop.store import open_store
from tests.cli.test_cli import WORKSHOP, _one_sentence, run
from tests.helpers_record import record_scenario


@pytest.fixture
def scenario(db: Path) -> Path:
    """The demo store after the issue's scenario: round 2 on the Inbox, round 1's cut."""
    store = open_store(db)
    try:
        record_scenario(Services(store), 1)
    finally:
        store.close()
    return db


def export(capsys, db: Path, what: str, out: Path, *extra: object) -> tuple[int, str, str]:
    return run(capsys, "export", what, "--workshop", WORKSHOP, "-o", out, "--db", db, *extra)


def set_record(db: Path, number: int | None) -> None:
    store = open_store(db)
    try:
        Services(store).set_record_round(1, number)
    finally:
        store.close()


def test_export_poster_round_1_is_written(scenario: Path, tmp_path: Path, capsys):
    out = tmp_path / "poster.pdf"
    code, said, err = export(capsys, scenario, "poster", out, "--round", 1)
    assert code == 0, err
    assert said.startswith("Wrote the") and out.exists()
    text = PdfReader(out).pages[0].extract_text()
    assert "round 1" in text and "†" not in text  # round 1 covered everything
    # The default: the round of record (the latest revealed, round 2), carried scores marked.
    code, _said, err = export(capsys, scenario, "poster", out)
    assert code == 0, err
    assert "Score from round 1: round 2 did not score" in " ".join(
        PdfReader(out).pages[0].extract_text().split()
    )


@pytest.mark.parametrize(
    "what, name", [("poster", "p.pdf"), ("packet", "k.pdf"), ("results", "r.csv")]
)
def test_a_missing_or_hidden_round_is_refused(db: Path, tmp_path: Path, capsys, what, name):
    out = tmp_path / name
    code, said, err = export(capsys, db, what, out, "--round", 99)
    assert (code, said) == (1, "")
    assert "no round 99" in _one_sentence(err)
    assert not out.exists()
    assert run(capsys, "round", "open", "--db", db, "--workshop", 1)[0] == 0
    code, said, err = export(capsys, db, what, out, "--round", 2)
    assert (code, said) == (1, "")
    assert "not revealed" in _one_sentence(err)
    assert not out.exists()


def test_the_default_is_the_round_of_record(scenario: Path, tmp_path: Path, capsys):
    out = tmp_path / "packet.pdf"
    code, said, err = export(capsys, scenario, "packet", out)
    assert code == 0, err
    assert "(with the results of round 2)" in said
    set_record(scenario, 1)
    code, said, err = export(capsys, scenario, "packet", out)
    assert code == 0, err
    assert "(with the results of round 1)" in said
    results = tmp_path / "results.csv"
    code, said, _err = export(capsys, scenario, "results", results)
    assert code == 0 and "results of round 1 (36 proposals)" in said
    with results.open(encoding="utf-8", newline="") as fh:
        assert len(list(csv.reader(fh))) == 37
    # --round still wins over the setting.
    code, said, _err = export(capsys, scenario, "results", results, "--round", 2)
    assert code == 0 and "results of round 2" in said


def test_round_record_sets_what_exports_report_and_refuses_a_hidden_round(
    scenario: Path, tmp_path: Path, capsys
):
    code, out, err = run(capsys, "round", "record", "--round", 1, "--workshop", 1, "--db", scenario)
    assert (code, err) == (0, "")
    assert out == f"“{WORKSHOP}” reports round 1: the round of record.\n"
    code, out, _err = export(capsys, scenario, "results", tmp_path / "r.csv")
    assert code == 0 and "round 1" in out

    code, out, _err = run(capsys, "round", "record", "--latest", "--workshop", 1, "--db", scenario)
    assert (code, out) == (0, f"“{WORKSHOP}” reports the latest revealed round (round 2).\n")

    run(capsys, "round", "open", "--workshop", 1, "--db", scenario)
    code, out, err = run(capsys, "round", "record", "--round", 3, "--workshop", 1, "--db", scenario)
    assert (code, out) == (1, "")
    assert "only a revealed round can be the round of record" in _one_sentence(err)
