"""Rounds: open → closed → revealed, one open at a time; scores validated, upserted, imported."""

import pytest
from sqlalchemy import insert, update

from roadmap_desktop.services import Affects, Conflict, NotFound, ScoreEntry, ServiceError
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.store.tables import Round, Score
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

    assert first.detail == {"participant": key[0], "criterion": key[2]}
    assert first.sealed == {"value": 4, "previous": None}
    assert second.sealed == {"value": 2, "previous": 4}
    assert (first.subject, first.proposals, first.rounds) == (key[1], (key[1],), (round_id,))
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
    services.archive_proposals([small.proposals[0]])
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
    assert change.kind == "score.cleared"
    assert change.detail == {"participant": key[0], "criterion": key[2]}
    assert change.sealed == {"previous": 5}
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


# -- an undo's expectation -----------------------------------------------------------------


def test_the_undo_of_a_score_refuses_a_value_changed_since(services, small):
    round_id = services.open_round(small.id).subject
    key = (small.people["Ana"], small.proposals[0], small.criteria["Core"])
    mine = services.record_score(round_id, *key, 4)
    services.record_score(round_id, *key, 2)  # the director's own device, since
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="changed by someone else"):
        services.clear_score(round_id, *key, expect=mine.sealed["value"])
    with pytest.raises(Conflict, match="changed by someone else"):
        services.record_score(round_id, *key, 5, expect=None)
    assert snapshot(services.store) == before

    services.record_score(round_id, *key, 3, expect=2)  # what is there: fine
    undo = services.clear_score(round_id, *key, expect=3)
    assert undo.sealed == {"previous": 3}
    assert _scores(services.store) == []
    redo = services.record_score(round_id, *key, 3, expect=None)
    assert redo.sealed == {"value": 3, "previous": None}


# -- what a round over everything covers -------------------------------------------------------


def test_closing_a_round_over_everything_writes_down_what_it_covered(services, small):
    round_id = services.open_round(small.id).subject
    services.archive_proposals([small.proposals[4]])
    assert services.round_scope(round_id) is None  # open over everything
    closed = services.close_round(round_id)
    assert closed.detail == {"number": 1, "covered": 4}
    covered = set(small.proposals[:4])
    assert services.round_scope(round_id) == covered
    late = services.add_proposal(small.id, ProposalSpec("Late")).subject
    services.unarchive_proposals([small.proposals[4]])
    assert services.round_scope(round_id) == covered  # neither joins a closed round
    services.reveal_round(round_id)
    assert services.round_scope(round_id) == covered
    titles = {row.title for row in services.results(small.id).rows}
    assert titles == {"Alpha", "Bravo", "Charlie", "Delta"}
    assert late not in {row.proposal_id for row in services.results(small.id).rows}


def test_reopening_a_round_over_everything_covers_everything_again(services, small):
    round_id = services.open_round(small.id).subject
    services.close_round(round_id)
    late = services.add_proposal(small.id, ProposalSpec("Late")).subject
    assert late not in services.round_scope(round_id)
    services.reopen_round(round_id)
    assert services.round_scope(round_id) is None
    assert table_rows(services.store, "round_proposal") == []
    services.record_score(round_id, small.people["Ana"], late, small.criteria["Core"], 3)
    services.close_round(round_id)
    assert services.round_scope(round_id) == {*small.proposals, late}


def test_open_round_of(services, small, other):
    assert services.open_round_of(small.id) is None
    opened = services.open_round(small.id).subject
    found = services.open_round_of(small.id)
    assert (found.id, found.status, found.number) == (opened, "open", 1)
    assert services.open_round_of(other.id) is None
    services.close_round(opened)
    assert services.open_round_of(small.id) is None
    with pytest.raises(NotFound):
        services.open_round_of(999)


def test_round_changes_carry_their_flags(services, small):
    opened = services.open_round(small.id)
    assert Affects.ROUNDS in opened.affects
    closed = services.close_round(opened.subject)
    assert Affects.RESULTS not in closed.affects  # nothing is shown until the reveal
    revealed = services.reveal_round(opened.subject)
    assert Affects.ROUNDS | Affects.RESULTS in revealed.affects


# -- the rules the store itself holds ------------------------------------------------------


def _raw_write(services, statement) -> None:
    """A write that skips the services' own checks, as a buggy or older writer might."""
    with services._write() as s:
        s.execute(statement)
        s.commit()


def test_the_store_refuses_a_second_open_round(services, small):
    services.open_round(small.id)
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="Another round is already open"):
        _raw_write(services, insert(Round).values(workshop_id=small.id, number=2, status="open"))
    assert snapshot(services.store) == before


@pytest.mark.parametrize("status", ["closed", "revealed"])
def test_the_store_refuses_entries_in_a_round_that_is_not_open(services, small, status):
    round_id = services.open_round(small.id).subject
    services.record_score(
        round_id, small.people["Ana"], small.proposals[0], small.criteria["Core"], 3
    )
    services.close_round(round_id)
    if status == "revealed":
        services.reveal_round(round_id)
    before = snapshot(services.store)
    for statement in (
        insert(Score).values(
            round_id=round_id,
            proposal_id=small.proposals[1],
            participant_id=small.people["Ana"],
            criterion_id=small.criteria["Core"],
            value=3,
        ),
        update(Score).where(Score.round_id == round_id).values(value=5),
        Score.__table__.delete().where(Score.round_id == round_id),
    ):
        with pytest.raises(ServiceError, match="That round is not open"):
            _raw_write(services, statement)
    assert snapshot(services.store) == before


def test_the_store_refuses_an_observers_entry_and_one_outside_the_scale(services, small):
    round_id = services.open_round(small.id).subject
    row = {
        "round_id": round_id,
        "proposal_id": small.proposals[0],
        "criterion_id": small.criteria["Core"],
    }
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="observers do not vote"):
        _raw_write(
            services, insert(Score).values(**row, participant_id=small.people["Olga"], value=3)
        )
    with pytest.raises(ServiceError, match="outside its criterion's scale"):
        _raw_write(
            services, insert(Score).values(**row, participant_id=small.people["Ana"], value=9)
        )
    assert snapshot(services.store) == before


def test_the_store_keeps_a_revealed_round_revealed_and_a_closed_one_on_record(services, small):
    first = services.open_round(small.id).subject
    services.close_round(first)
    services.reveal_round(first)
    second = services.open_round(small.id).subject
    services.close_round(second)
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="cannot be hidden again"):
        _raw_write(services, update(Round).where(Round.id == first).values(status="closed"))
    for round_id in (first, second):
        with pytest.raises(ServiceError, match="stays on record"):
            _raw_write(services, Round.__table__.delete().where(Round.id == round_id))
    assert snapshot(services.store) == before


def test_an_import_into_an_open_round_is_undone_by_set_scores(services, small):
    round_id = services.open_round(small.id).subject
    ana, core = small.people["Ana"], small.criteria["Core"]
    alpha, bravo = small.proposals[:2]
    services.record_score(round_id, ana, alpha, core, 2)
    before = _scores(services.store)
    change = services.import_scores(
        small.id, [ScoreEntry(ana, alpha, core, 5), ScoreEntry(ana, bravo, core, 4)], round_number=1
    )
    assert change.detail["replaced"] == 1
    assert change.sealed == {
        "previous": [[ana, alpha, core, 2]],  # what it replaced; Bravo's cell was empty
        "values": [[ana, alpha, core, 5], [ana, bravo, core, 4]],
    }
    replaced = {(p, q, c): old for p, q, c, old in change.sealed["previous"]}
    new = {(p, q, c): value for p, q, c, value in change.sealed["values"]}
    services.set_scores(round_id, {k: replaced.get(k) for k in new}, expect=new)
    assert _scores(services.store) == before
