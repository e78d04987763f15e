"""Rounds: open → closed → revealed, one open at a time; scores validated, upserted, imported."""

import pytest

from roadmap_desktop.services import NotFound, ScoreEntry, ServiceError
from tests.services.helpers import snapshot, table_rows


def _status(services, workshop_id: int) -> list[tuple[int, str]]:
    return [(r.number, r.status) for r in services.workshop(workshop_id).rounds]


def _scores(store) -> list[tuple[int, int, int, int, int]]:
    """(round, proposal, participant, criterion, value) of every score."""
    return sorted(tuple(r[1:6]) for r in table_rows(store, "score"))


def test_round_state_machine(services, small):
    first = services.open_round(small.id)
    assert first.detail["number"] == 1
    with pytest.raises(ServiceError, match="still open"):
        services.open_round(small.id)
    with pytest.raises(ServiceError, match="only a closed round"):
        services.reveal_round(first.subject)
    services.close_round(first.subject)
    with pytest.raises(ServiceError, match="open round can be closed"):
        services.close_round(first.subject)
    second = services.open_round(small.id)  # a closed round does not block the next
    assert second.detail["number"] == 2
    services.reveal_round(first.subject)
    with pytest.raises(ServiceError):
        services.reveal_round(first.subject)
    assert _status(services, small.id) == [(1, "revealed"), (2, "open")]
    info = services.workshop(small.id).rounds[0]
    assert info.closed_at is not None
    assert info.revealed_at is not None
    assert info.revealed


def test_rounds_are_per_workshop(services, small, other):
    services.open_round(small.id)
    assert services.open_round(other.id).detail["number"] == 1


def test_unknown_rounds_and_workshops_are_not_found(services, small):
    with pytest.raises(NotFound):
        services.close_round(42)
    with pytest.raises(NotFound):
        services.open_round(42)
    with pytest.raises(NotFound):
        services.round_by_number(small.id, 3)


@pytest.mark.parametrize(
    ("method", "dots"), [("ranked", None), ("dots", None), ("dots", 0)], ids=str
)
def test_open_round_checks_the_method(services, small, method, dots):
    with pytest.raises(ServiceError):
        services.open_round(small.id, method=method, dots=dots)
    assert _status(services, small.id) == []


def test_record_score_upserts_and_returns_the_previous_value(services, small):
    round_id = services.open_round(small.id).subject
    key = (small.people["Ana"], small.proposals[0], small.criteria["Core"])

    first = services.record_score(round_id, *key, 4)
    second = services.record_score(round_id, *key, 2)

    assert first.detail["previous"] is None
    assert first.detail["value"] == 4
    assert second.detail["previous"] == 4
    assert _scores(services.store) == [(round_id, key[1], key[0], key[2], 2)]
    assert services.round_progress(round_id) == {small.proposals[0]: 1}


def test_record_score_accepts_each_criterion_scale_and_the_facilitator(services, small):
    round_id = services.open_round(small.id).subject
    services.record_score(
        round_id, small.people["Fran"], small.proposals[1], small.criteria["Achievable"], 0
    )
    services.record_score(
        round_id, small.people["Bao"], small.proposals[1], small.criteria["Achievable"], 10
    )
    assert services.round_progress(round_id) == {small.proposals[1]: 2}


def _bad_score_cases(small, other):
    ana, core, alpha = small.people["Ana"], small.criteria["Core"], small.proposals[0]
    return {
        "above scale": ((ana, alpha, core, 6), ServiceError),
        "below scale": ((ana, alpha, core, 0), ServiceError),
        "above 0-10 scale": ((ana, alpha, small.criteria["Achievable"], 11), ServiceError),
        "observer": ((small.people["Olga"], alpha, core, 3), ServiceError),
        "other participant": ((other.people["Ana"], alpha, core, 3), ServiceError),
        "other proposal": ((ana, other.proposals[0], core, 3), ServiceError),
        "other criterion": ((ana, alpha, other.criteria["Core"], 3), ServiceError),
        "missing participant": ((999, alpha, core, 3), NotFound),
        "missing proposal": ((ana, 999, core, 3), NotFound),
        "missing criterion": ((ana, alpha, 999, 3), NotFound),
    }


CASES = [
    "above scale",
    "below scale",
    "above 0-10 scale",
    "observer",
    "other participant",
    "other proposal",
    "other criterion",
    "missing participant",
    "missing proposal",
    "missing criterion",
]


@pytest.mark.parametrize("case", CASES)
def test_record_score_refuses_bad_scores_and_changes_nothing(services, small, other, case):
    round_id = services.open_round(small.id).subject
    services.record_score(
        round_id, small.people["Ana"], small.proposals[0], small.criteria["Core"], 3
    )
    key, error = _bad_score_cases(small, other)[case]
    before = snapshot(services.store)
    with pytest.raises(error):
        services.record_score(round_id, *key)
    assert snapshot(services.store) == before


def test_record_score_refuses_archived_proposals(services, small):
    round_id = services.open_round(small.id).subject
    services.set_archived(small.proposals[0], True)
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="archived"):
        services.record_score(
            round_id, small.people["Ana"], small.proposals[0], small.criteria["Core"], 3
        )
    assert snapshot(services.store) == before


@pytest.mark.parametrize("state", ["closed", "revealed", "dots", "missing"])
def test_record_score_needs_an_open_scoring_round(services, small, state):
    if state == "dots":
        round_id = services.open_round(small.id, method="dots", dots=5).subject
    elif state == "missing":
        round_id = 77
    else:
        round_id = services.open_round(small.id).subject
        services.close_round(round_id)
        if state == "revealed":
            services.reveal_round(round_id)
    before = snapshot(services.store)
    with pytest.raises(NotFound if state == "missing" else ServiceError):
        services.record_score(
            round_id, small.people["Ana"], small.proposals[0], small.criteria["Core"], 3
        )
    assert snapshot(services.store) == before


def test_clear_score(services, small):
    round_id = services.open_round(small.id).subject
    key = (small.people["Ana"], small.proposals[0], small.criteria["Core"])
    services.record_score(round_id, *key, 5)
    change = services.clear_score(round_id, *key)
    assert change.detail["previous"] == 5
    assert _scores(services.store) == []
    with pytest.raises(ServiceError, match="no score"):
        services.clear_score(round_id, *key)


def _entries(small, value: int = 3, people=("Ana", "Bao")) -> list[ScoreEntry]:
    return [
        ScoreEntry(small.people[person], proposal, criterion, value)
        for person in people
        for proposal in small.proposals
        for criterion in small.criteria.values()
    ]


def test_import_scores_creates_the_next_round_and_can_reveal_it(services, small):
    first = services.import_scores(small.id, _entries(small), reveal=True, source="paper.csv")
    assert first.detail == {
        "round": 1,
        "count": 30,
        "replaced": 0,
        "revealed": True,
        "source": "paper.csv",
    }
    second = services.import_scores(small.id, _entries(small, 4))
    assert second.detail["round"] == 2
    assert _status(services, small.id) == [(1, "revealed"), (2, "open")]
    assert len(_scores(services.store)) == 60
    revealed = services.workshop(small.id).rounds[0]
    assert revealed.closed_at is not None
    assert revealed.revealed_at is not None


def test_import_scores_into_a_numbered_round(services, small):
    services.import_scores(small.id, _entries(small)[:3], round_number=5)
    assert _status(services, small.id) == [(5, "open")]
    # The same round again: the open round takes more scores and replaces repeated ones.
    change = services.import_scores(small.id, _entries(small, 5)[:6], round_number=5, reveal=True)
    assert change.detail["replaced"] == 3
    assert _status(services, small.id) == [(5, "revealed")]
    assert sorted(s[-1] for s in _scores(services.store)) == [5] * 6
    with pytest.raises(ServiceError, match="revealed"):
        services.import_scores(small.id, _entries(small), round_number=5)
    with pytest.raises(ServiceError, match="numbered from 1"):
        services.import_scores(small.id, _entries(small), round_number=0)


def test_import_scores_needs_the_open_round_closed_first(services, small):
    services.open_round(small.id)
    with pytest.raises(ServiceError, match="still open"):
        services.import_scores(small.id, _entries(small))


@pytest.mark.parametrize(
    "bad",
    ["outside scale", "observer", "other participant", "other proposal", "other criterion"],
)
def test_import_scores_is_all_or_nothing(services, small, other, bad):
    entries = _entries(small)
    ana, alpha, core = small.people["Ana"], small.proposals[0], small.criteria["Core"]
    entries.append(
        {
            "outside scale": ScoreEntry(ana, alpha, core, 9),
            "observer": ScoreEntry(small.people["Olga"], alpha, core, 3),
            "other participant": ScoreEntry(other.people["Ana"], alpha, core, 3),
            "other proposal": ScoreEntry(ana, other.proposals[0], core, 3),
            "other criterion": ScoreEntry(ana, alpha, other.criteria["Core"], 3),
        }[bad]
    )
    before = snapshot(services.store)
    with pytest.raises(ServiceError):
        services.import_scores(small.id, entries, reveal=True)
    assert snapshot(services.store) == before  # no scores, no round 1, no event
