"""The results and scores CSVs: exact columns, safe cells, and results recomputable from scores."""

import csv
from collections import defaultdict
from pathlib import Path
from statistics import mean, pstdev

import pytest

from roadmap_desktop.export.results_csv import write_results_csv, write_scores_csv
from roadmap_desktop.services import ScoreEntry
from roadmap_desktop.services.specs import CriterionSpec
from tests.services.helpers import make_small

RESULT_HEADER = "rank,proposal,domain,category,lane,score,n,spread,discuss"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _header(path: Path) -> str:
    return path.read_text(encoding="utf-8").splitlines()[0]


def _export(services, workshop_id, tmp_path) -> tuple[Path, Path]:
    results, scores = tmp_path / "results.csv", tmp_path / "scores.csv"
    write_results_csv(services.results(workshop_id), results)
    write_scores_csv(services.score_record(workshop_id)[0], scores)
    return results, scores


def test_results_header_is_exact(services, demo, tmp_path):
    results, scores = _export(services, demo, tmp_path)
    assert _header(results) == RESULT_HEADER + ",Important,Core,Achievable"
    assert _header(scores) == "round,participant,proposal,criterion,score,counted"
    rows = _rows(results)
    assert len(rows) == 36
    assert rows[0]["rank"] == "1"
    assert {r["discuss"] for r in rows} <= {"yes", "no"}
    assert all(len(r["score"].split(".")[1]) == 3 for r in rows)


def test_results_can_be_recomputed_from_the_scores_export_alone(services, demo, tmp_path):
    results, scores = _export(services, demo, tmp_path)
    weights = {c.name: c.weight for c in services.workshop(demo).criteria}
    given: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    left_out = 0
    for row in _rows(scores):
        assert row["round"] == "1"
        if row["counted"] == "no":
            left_out += 1
            continue
        assert row["counted"] == "yes"
        given[row["proposal"]][row["participant"]][row["criterion"]] = int(row["score"])
    assert left_out > 0  # the facilitator scored, and is left out by the demo's settings

    published = {r["proposal"]: r for r in _rows(results)}
    assert set(published) == set(given)
    for title, by_person in given.items():
        per_person = [
            sum(weights[c] * v for c, v in values.items()) / sum(weights[c] for c in values)
            for values in by_person.values()
        ]
        row = published[title]
        assert float(row["score"]) == pytest.approx(mean(per_person), abs=5e-4 + 1e-9)
        assert float(row["spread"]) == pytest.approx(pstdev(per_person), abs=5e-4 + 1e-9)
        assert int(row["n"]) == len(per_person)
        for criterion in weights:
            values = [v[criterion] for v in by_person.values() if criterion in v]
            assert float(row[criterion]) == pytest.approx(mean(values), abs=5e-4 + 1e-9)


def test_formula_titles_are_written_as_text(services, tmp_path):
    small = make_small(services, titles=('=HYPERLINK("http://evil.example","Open me")', "-1+1"))
    services.import_scores(
        small.id,
        [ScoreEntry(small.people["Ana"], p, small.criteria["Core"], 4) for p in small.proposals],
        reveal=True,
    )
    results, scores = _export(services, small.id, tmp_path)
    titles = {r["proposal"] for r in _rows(results)}
    assert titles == {'\'=HYPERLINK("http://evil.example","Open me")', "'-1+1"}
    assert {r["proposal"] for r in _rows(scores)} == titles
    assert {r["score"] for r in _rows(results)} == {"4.000"}


def test_negative_scores_are_numbers_not_text(services, tmp_path):
    small = make_small(services, criteria=(CriterionSpec("Impact", scale_min=-2, scale_max=2),))
    impact = services.workshop(small.id).criteria[0].id
    services.import_scores(
        small.id,
        [
            ScoreEntry(small.people["Ana"], small.proposals[0], impact, -2),
            ScoreEntry(small.people["Bao"], small.proposals[0], impact, 1),
        ],
        reveal=True,
    )
    results, scores = _export(services, small.id, tmp_path)
    first = _rows(results)[0]
    assert (first["score"], first["spread"], first["Impact"]) == ("-0.500", "1.500", "-0.500")
    assert [r["score"] for r in _rows(scores)] == ["-2", "1"]


def test_unscored_proposals_have_empty_cells(services, tmp_path):
    small = make_small(services)
    services.import_scores(
        small.id,
        [ScoreEntry(small.people["Ana"], small.proposals[0], small.criteria["Core"], 5)],
        reveal=True,
    )
    results, _scores = _export(services, small.id, tmp_path)
    rows = _rows(results)
    assert rows[0]["proposal"] == "Alpha"
    assert (rows[0]["Important"], rows[0]["Core"]) == ("", "5.000")
    unscored = rows[1]
    assert {k: unscored[k] for k in ("rank", "score", "n", "spread", "discuss")} == {
        "rank": "",
        "score": "",
        "n": "0",
        "spread": "",
        "discuss": "no",
    }
