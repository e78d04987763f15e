"""Results of revealed rounds, by the scoring method of DESIGN.md, and the score record."""

from statistics import pstdev

import pytest

from roadmap_desktop.services import NotFound, ScoreEntry, ServiceError

# person → proposal title → criterion → value. Weights: Important 1, Core 2, Achievable 1.
ROUND_ONE = {
    "Ana": {
        "Alpha": {"Important": 5, "Core": 2, "Achievable": 8},  # 17/4 = 4.25
        "Bravo": {"Important": 4, "Core": 4, "Achievable": 4},  # 4.0
        "Charlie": {"Core": 3},  # 3.0
        "Delta": {"Important": 1},  # 1.0
    },
    "Bao": {
        "Alpha": {"Important": 3, "Core": 3},  # 9/3 = 3.0
        "Bravo": {"Important": 2, "Core": 2, "Achievable": 2},  # 2.0
        "Charlie": {"Core": 3},  # 3.0
    },
    "Fran": {"Alpha": {"Important": 1, "Core": 1, "Achievable": 0}},  # 3/4 = 0.75
}


def _entries(small, scores) -> list[ScoreEntry]:
    titles = dict(zip(("Alpha", "Bravo", "Charlie", "Delta", "Echo"), small.proposals, strict=True))
    return [
        ScoreEntry(small.people[person], titles[title], small.criteria[criterion], value)
        for person, by_title in scores.items()
        for title, values in by_title.items()
        for criterion, value in values.items()
    ]


def _reveal(services, small, scores=ROUND_ONE) -> int:
    return services.import_scores(small.id, _entries(small, scores), reveal=True).detail["round"]


def _rows(results) -> dict[str, object]:
    return {r.title: r for r in results.rows}


def test_results_follow_the_scoring_method(services, small):
    _reveal(services, small)
    results = services.results(small.id)
    rows = _rows(results)

    assert [c.name for c in results.criteria] == ["Important", "Core", "Achievable"]
    assert [(r.rank, r.title) for r in results.rows] == [
        (1, "Alpha"),
        (2, "Bravo"),  # ties share a rank, then title decides the order
        (2, "Charlie"),
        (4, "Delta"),
        (None, "Echo"),  # unscored: last, unranked
    ]
    alpha = rows["Alpha"]
    assert alpha.score == pytest.approx((4.25 + 3.0) / 2)
    assert alpha.n == 2  # the facilitator is not counted by default
    assert alpha.spread == pytest.approx(pstdev([4.25, 3.0]))
    assert alpha.criterion_means == pytest.approx((4.0, 2.5, 8.0))
    assert rows["Bravo"].spread == pytest.approx(1.0)
    assert rows["Charlie"].criterion_means == (None, pytest.approx(3.0), None)
    assert (rows["Delta"].score, rows["Delta"].n) == (pytest.approx(1.0), 1)
    echo = rows["Echo"]
    assert (echo.score, echo.n, echo.spread, echo.discuss) == (None, 0, None, False)
    assert (alpha.domain, alpha.category, alpha.lane) == ("Safe", "Scale", "Inbox")


def test_discuss_flags_spread_strictly_above_the_threshold(services, small):
    _reveal(services, small)
    assert not any(r.discuss for r in services.results(small.id).rows)  # Bravo's 1.0 is not > 1.0
    services.update_workshop_settings(small.id, discuss_threshold=0.5)
    flagged = [r.title for r in services.results(small.id).rows if r.discuss]
    assert flagged == ["Alpha", "Bravo"]


def test_facilitator_scores_count_only_when_the_workshop_says_so(services, small):
    _reveal(services, small)
    assert _rows(services.results(small.id))["Alpha"].n == 2

    services.update_workshop_settings(small.id, count_facilitator_scores=True)

    alpha = _rows(services.results(small.id))["Alpha"]
    assert alpha.n == 3
    assert alpha.score == pytest.approx((4.25 + 3.0 + 0.75) / 3)
    assert alpha.spread == pytest.approx(pstdev([4.25, 3.0, 0.75]))
    services.update_workshop_settings(small.id, aggregation="median")
    assert _rows(services.results(small.id))["Alpha"].score == pytest.approx(3.0)


def test_results_refuse_rounds_that_are_not_revealed(services, small):
    with pytest.raises(ServiceError, match="No round has been revealed"):
        services.results(small.id)
    round_id = services.import_scores(small.id, _entries(small, ROUND_ONE)).subject
    with pytest.raises(ServiceError, match="not revealed"):
        services.results(small.id, 1)
    services.close_round(round_id)
    with pytest.raises(ServiceError, match="not revealed"):
        services.results(small.id, 1)
    with pytest.raises(NotFound):
        services.results(small.id, 2)
    services.reveal_round(round_id)
    assert services.results(small.id, 1).round.number == 1


def test_results_default_to_the_latest_revealed_round(services, small):
    _reveal(services, small)
    second = {"Ana": {"Echo": {"Important": 5, "Core": 5, "Achievable": 10}}}
    _reveal(services, small, second)
    services.import_scores(small.id, _entries(small, {"Bao": {"Delta": {"Core": 5}}}))  # round 3

    latest = services.results(small.id)
    assert latest.round.number == 2
    assert (latest.rows[0].rank, latest.rows[0].title) == (1, "Echo")
    assert services.results(small.id, 1).rows[0].title == "Alpha"


def test_archived_proposals_leave_the_results_and_count_no_more(services, small):
    _reveal(services, small)
    services.archive_proposals([small.proposals[0]])  # Alpha
    results = services.results(small.id)
    assert "Alpha" not in _rows(results)
    assert results.rows[0].title == "Bravo"
    record, _hidden = services.score_record(small.id)
    assert {r.counted for r in record if r.proposal == "Alpha"} == {False}


def test_score_record_marks_what_counts_and_leaves_out_unrevealed_rounds(services, small):
    _reveal(services, small)
    services.import_scores(small.id, _entries(small, {"Bao": {"Delta": {"Core": 5}}}))

    record, hidden = services.score_record(small.id)

    assert [(r.number, r.status) for r in hidden] == [(2, "open")]
    assert {r.round for r in record} == {1}
    assert len(record) == len(_entries(small, ROUND_ONE))
    counted = {(r.participant, r.counted) for r in record}
    assert counted == {("Ana", True), ("Bao", True), ("Fran", False)}
    first = record[0]
    assert (first.round, first.participant, first.proposal, first.criterion, first.score) == (
        1,
        "Ana",
        "Alpha",
        "Important",
        5,
    )
    services.update_workshop_settings(small.id, count_facilitator_scores=True)
    assert all(r.counted for r in services.score_record(small.id)[0])


def test_score_record_of_one_round(services, small):
    _reveal(services, small)
    services.import_scores(small.id, _entries(small, {"Bao": {"Delta": {"Core": 5}}}))
    record, hidden = services.score_record(small.id, 1)
    assert hidden == []
    assert {r.round for r in record} == {1}
    with pytest.raises(ServiceError, match="not revealed"):
        services.score_record(small.id, 2)


def test_demo_results(services, demo):
    results = services.results(demo)
    info = services.workshop(demo)
    assert results.round.number == 1
    assert len(results.rows) == 36
    directors = sum(p.role == "director" for p in info.participants)
    assert all(0 < r.n <= directors for r in results.rows)
    ranks = [r.rank for r in results.rows]
    assert ranks[0] == 1
    assert ranks == sorted(ranks)
    scores = [round(r.score, 9) for r in results.rows]  # equal to 9 places is a tie
    assert scores == sorted(scores, reverse=True)
    record, hidden = services.score_record(demo)
    assert hidden == []
    roles = {p.name: p.role for p in info.participants}
    assert {roles[r.participant] for r in record} == {"director", "facilitator"}
    assert all(r.counted == (roles[r.participant] == "director") for r in record)
