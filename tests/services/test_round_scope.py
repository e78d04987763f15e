"""Rounds on a lane or a selection, countdowns, reopening, discarding, the entry grid's read,
and bulk set_scores."""

from datetime import UTC, datetime, timedelta

import pytest

from roadmap_desktop.services import Conflict, NotFound, ScoreEntry, SealedEntries, ServiceError
from tests.services.helpers import content, one_event, snapshot


def _move(services, small, titles_to_lane):
    """Moves proposals (by index) to lanes (by name)."""
    for index, lane in titles_to_lane:
        services.move_proposal(small.proposals[index], small.lanes[lane], 99)


def _score(services, small, round_id, proposal_index=0, person="Ana", value=4):
    return services.record_score(
        round_id,
        small.people[person],
        small.proposals[proposal_index],
        small.criteria["Core"],
        value,
    )


def test_a_round_on_everything_has_scope_all_and_no_list(services, small):
    change = one_event(services, lambda: services.open_round(small.id))
    assert change.detail == {
        "number": 1,
        "method": "score",
        "dots": None,
        "scope": "all",
        "lane": None,
        "covers": None,
        "deadline_at": None,
    }
    assert services.round_scope(change.subject) is None
    view = services.workshop(small.id).rounds[0]
    assert (view.scope, view.deadline_at, view.seconds_left()) == ("all", None, None)


def test_a_round_on_a_lane_covers_the_cards_there_when_it_opens(services, small):
    _move(services, small, [(1, "Shortlist"), (3, "Shortlist")])
    change = one_event(
        services, lambda: services.open_round(small.id, lane_id=small.lanes["Shortlist"])
    )
    round_id = change.subject
    covered = {small.proposals[1], small.proposals[3]}
    assert services.round_scope(round_id) == covered
    assert set(change.proposals) == covered
    assert change.lanes == (small.lanes["Shortlist"],)
    assert (change.detail["scope"], change.detail["covers"]) == ("lane", 2)
    assert services.workshop(small.id).rounds[0].scope == "lane"
    # A card that joins the lane later is not covered: the round is what it was opened on.
    _move(services, small, [(0, "Shortlist")])
    assert services.round_scope(round_id) == covered

    _score(services, small, round_id, 1)
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="not among the proposals round 1 covers"):
        _score(services, small, round_id, 0)
    assert snapshot(services.store) == before


def test_a_round_on_a_selection(services, small):
    picked = [small.proposals[4], small.proposals[2], small.proposals[4]]  # repeats are ignored
    change = services.open_round(small.id, proposal_ids=picked)
    assert services.round_scope(change.subject) == {small.proposals[2], small.proposals[4]}
    assert change.proposals == (small.proposals[4], small.proposals[2])
    assert change.detail["scope"] == "selection"


@pytest.mark.parametrize(
    "case",
    [
        "both",
        "empty selection",
        "empty lane",
        "other lane",
        "missing lane",
        "other proposal",
        "missing proposal",
        "archived",
        "bad minutes",
        "dots on a scoring round",
    ],
)
def test_open_round_refuses_bad_scopes_and_changes_nothing(services, small, other, case):
    services.archive_proposals([small.proposals[0]])
    before = snapshot(services.store)
    kwargs = {
        "both": {"lane_id": small.lanes["Inbox"], "proposal_ids": [small.proposals[1]]},
        "empty selection": {"proposal_ids": []},
        "empty lane": {"lane_id": small.lanes["Roadmap"]},
        "other lane": {"lane_id": other.lanes["Inbox"]},
        "missing lane": {"lane_id": 999},
        "other proposal": {"proposal_ids": [other.proposals[0]]},
        "missing proposal": {"proposal_ids": [small.proposals[1], 999]},
        "archived": {"proposal_ids": [small.proposals[0]]},
        "bad minutes": {"minutes": 0},
        "dots on a scoring round": {"dots": 3},
    }[case]
    with pytest.raises(NotFound if case.startswith("missing") else ServiceError):
        services.open_round(small.id, **kwargs)
    assert snapshot(services.store) == before


def test_import_scores_into_a_scoped_round_is_all_or_nothing(services, small):
    _move(services, small, [(1, "Shortlist")])
    services.open_round(small.id, lane_id=small.lanes["Shortlist"])
    inside = ScoreEntry(small.people["Ana"], small.proposals[1], small.criteria["Core"], 3)
    outside = ScoreEntry(small.people["Ana"], small.proposals[0], small.criteria["Core"], 3)
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="Alpha"):
        services.import_scores(small.id, [inside, outside], round_number=1)
    assert snapshot(services.store) == before
    change = services.import_scores(small.id, [inside], round_number=1, reveal=True)
    assert change.detail["round"] == 1


def test_results_of_a_scoped_round_rank_only_what_it_covers(services, small):
    _move(services, small, [(1, "Shortlist"), (3, "Shortlist")])
    round_id = services.open_round(small.id, lane_id=small.lanes["Shortlist"]).subject
    _score(services, small, round_id, 3, value=5)
    services.close_round(round_id)
    services.reveal_round(round_id)
    rows = services.results(small.id).rows
    assert [(r.rank, r.title) for r in rows] == [(1, "Delta"), (None, "Bravo")]
    assert rows[0].lane_id == small.lanes["Shortlist"]
    assert services.cut_line(small.id, top=5).selected == (small.proposals[3],)


def test_a_deleted_then_restored_card_is_covered_again(services, small):
    round_id = services.open_round(small.id, proposal_ids=small.proposals[:2]).subject
    _score(services, small, round_id, 1)
    before = content(services.store)
    deleted = services.delete_proposals([small.proposals[1]])
    assert deleted.detail["cards"][0]["covered_by"] == [round_id]
    assert services.round_scope(round_id) == {small.proposals[0]}
    services.undelete_proposals(deleted.detail, deleted.sealed)
    assert content(services.store) == before
    assert services.round_scope(round_id) == set(small.proposals[:2])


# -- the countdown ---------------------------------------------------------------------------


def test_a_round_opened_with_minutes_has_a_deadline(services, small):
    start = datetime.now(UTC)
    change = services.open_round(small.id, minutes=5)
    view = services.workshop(small.id).rounds[0]
    assert view.deadline_at.tzinfo is not None
    assert (
        start + timedelta(minutes=5) <= view.deadline_at <= datetime.now(UTC) + timedelta(minutes=5)
    )
    assert change.detail["deadline_at"] == view.deadline_at.isoformat()
    assert 290 < view.seconds_left() <= 300
    assert view.seconds_left(view.deadline_at + timedelta(seconds=1)) == 0.0


def test_set_round_timer_and_its_inverse(services, small):
    round_id = services.open_round(small.id).subject
    started = one_event(services, lambda: services.set_round_timer(round_id, 2))
    assert started.kind == "round.timer"
    assert started.detail["old"] is None
    deadline = services.workshop(small.id).rounds[0].deadline_at
    assert started.detail["new"] == deadline.isoformat()

    stopped = services.set_round_timer(round_id, None)
    assert stopped.detail == {"number": 1, "old": deadline.isoformat(), "new": None}
    assert services.workshop(small.id).rounds[0].deadline_at is None

    # The undo, from the ISO text, expecting what the change left.
    services.set_round_deadline(round_id, stopped.detail["old"], expect=stopped.detail["new"])
    assert services.workshop(small.id).rounds[0].deadline_at == deadline
    services.set_round_deadline(round_id, deadline.replace(tzinfo=None))  # naive is UTC
    assert services.workshop(small.id).rounds[0].deadline_at == deadline


def test_the_undo_of_a_timer_refuses_a_countdown_changed_since(services, small):
    round_id = services.open_round(small.id).subject
    started = services.set_round_timer(round_id, 2)
    services.set_round_timer(round_id, 10)  # someone else, since
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="changed by someone else"):
        services.set_round_deadline(round_id, started.detail["old"], expect=started.detail["new"])
    assert snapshot(services.store) == before


@pytest.mark.parametrize("minutes", [0, -3, 24 * 60 + 1, float("nan")])
def test_set_round_timer_refuses_silly_lengths(services, small, minutes):
    round_id = services.open_round(small.id).subject
    before = snapshot(services.store)
    with pytest.raises(ServiceError):
        services.set_round_timer(round_id, minutes)
    with pytest.raises(ServiceError, match="not a time"):
        services.set_round_deadline(round_id, "at half past")
    assert snapshot(services.store) == before


def test_only_an_open_round_runs_a_countdown(services, small):
    round_id = services.open_round(small.id).subject
    services.close_round(round_id)
    with pytest.raises(ServiceError, match="only an open round"):
        services.set_round_timer(round_id, 5)


# -- reopen, reveal, discard -------------------------------------------------------------------


def test_reopen_undoes_close_but_nothing_undoes_a_reveal(services, small):
    round_id = services.open_round(small.id).subject
    services.close_round(round_id)
    change = one_event(services, lambda: services.reopen_round(round_id))
    assert change.kind == "round.reopened"
    assert change.detail["closed_at"] is not None
    view = services.workshop(small.id).rounds[0]
    assert (view.status, view.closed_at) == ("open", None)
    _score(services, small, round_id)  # it takes scores again
    with pytest.raises(ServiceError, match="already open"):
        services.reopen_round(round_id)

    services.close_round(round_id)
    services.reveal_round(round_id)
    with pytest.raises(ServiceError, match="reveal cannot be undone"):
        services.reopen_round(round_id)
    assert not hasattr(services, "unreveal_round")
    assert "cannot be undone" in services.reveal_round.__doc__


def test_reopen_waits_for_the_open_round(services, small):
    first = services.open_round(small.id).subject
    services.close_round(first)
    services.open_round(small.id)
    with pytest.raises(ServiceError, match="Round 2 is open"):
        services.reopen_round(first)


def test_discard_undoes_an_open_round_nobody_voted_in(services, small):
    before = content(services.store)
    opened = services.open_round(small.id, proposal_ids=small.proposals[:2], minutes=3)
    discarded = one_event(services, lambda: services.discard_round(opened.subject))
    assert discarded.detail["covers"] == sorted(small.proposals[:2])
    assert content(services.store) == before
    again = services.open_round(small.id)
    assert again.detail["number"] == 1

    _score(services, small, again.subject)
    with pytest.raises(ServiceError, match="already holds votes"):
        services.discard_round(again.subject)
    services.close_round(again.subject)
    with pytest.raises(ServiceError, match="only an open round"):
        services.discard_round(again.subject)


# -- the entry grid's read ---------------------------------------------------------------------


def test_sealed_entries_is_the_one_read_of_unrevealed_values(services, small):
    round_id = services.open_round(small.id).subject
    ana, bao, core = small.people["Ana"], small.people["Bao"], small.criteria["Core"]
    alpha, bravo = small.proposals[:2]
    services.record_score(round_id, ana, alpha, core, 4)
    services.record_score(round_id, bao, alpha, core, 2)
    services.record_score(round_id, ana, bravo, core, 5)
    assert services.sealed_entries(round_id) == SealedEntries(
        round_id,
        "score",
        scores={(ana, alpha, core): 4, (bao, alpha, core): 2, (ana, bravo, core): 5},
    )
    assert services.sealed_entries(round_id, proposal_id=alpha).scores == {
        (ana, alpha, core): 4,
        (bao, alpha, core): 2,
    }
    assert services.sealed_entries(round_id, participant_id=ana, proposal_id=bravo).scores == {
        (ana, bravo, core): 5
    }
    assert services.sealed_entries(round_id).dots == {}
    assert "The one way to read values before a round is revealed" in (
        services.sealed_entries.__doc__ or ""
    )
    # Everyone else gets keys and counts, never values.
    assert services.entry_keys(round_id) == {
        (ana, alpha, core),
        (bao, alpha, core),
        (ana, bravo, core),
    }
    assert services.entry_keys(round_id, participant_id=bao) == {(bao, alpha, core)}
    assert services.round_progress(round_id) == {alpha: 2, bravo: 1}  # counts only
    with pytest.raises(ServiceError, match="stay hidden until the reveal"):
        services.revealed_entries(round_id)
    services.close_round(round_id)
    with pytest.raises(ServiceError, match="stay hidden until the reveal"):
        services.revealed_entries(round_id)
    services.reveal_round(round_id)
    assert services.revealed_entries(round_id) == services.sealed_entries(round_id)
    with pytest.raises(NotFound):
        services.sealed_entries(999)
    with pytest.raises(NotFound):
        services.entry_keys(999)


# -- set_scores --------------------------------------------------------------------------------


def test_set_scores_sets_and_clears_in_one_step_and_undoes_exactly(services, small):
    round_id = services.open_round(small.id).subject
    ana, bao, core = small.people["Ana"], small.people["Bao"], small.criteria["Core"]
    alpha, bravo = small.proposals[:2]
    services.record_score(round_id, ana, alpha, core, 4)
    services.record_score(round_id, bao, alpha, core, 2)
    before = content(services.store)

    change = one_event(
        services,
        lambda: services.set_scores(
            round_id, {(ana, alpha, core): 5, (bao, alpha, core): None, (ana, bravo, core): 1}
        ),
    )
    assert services.sealed_entries(round_id).scores == {
        (ana, alpha, core): 5,
        (ana, bravo, core): 1,
    }
    assert change.detail == {"round": 1, "count": 3}
    assert change.sealed == {
        "previous": [
            [ana, alpha, core, 4],
            [bao, alpha, core, 2],
            [ana, bravo, core, None],
        ]
    }
    new = {(ana, alpha, core): 5, (bao, alpha, core): None, (ana, bravo, core): 1}
    services.set_scores(
        round_id, {(p, q, c): old for p, q, c, old in change.sealed["previous"]}, expect=new
    )
    scores = [r[1:6] for r in content(services.store)["score"]]
    assert scores == [r[1:6] for r in before["score"]]


def test_the_undo_of_set_scores_refuses_a_cell_changed_since(services, small):
    round_id = services.open_round(small.id).subject
    ana, bao, core = small.people["Ana"], small.people["Bao"], small.criteria["Core"]
    alpha, bravo = small.proposals[:2]
    new = {(ana, alpha, core): 5, (bao, bravo, core): 2}
    change = services.set_scores(round_id, new)
    services.record_score(round_id, bao, bravo, core, 4)  # someone else, since
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="1 of those scores"):
        services.set_scores(
            round_id, {(p, q, c): old for p, q, c, old in change.sealed["previous"]}, expect=new
        )
    assert snapshot(services.store) == before  # Ana's score is not undone either


@pytest.mark.parametrize("bad", ["outside scale", "observer", "other workshop", "closed"])
def test_set_scores_is_all_or_nothing(services, small, other, bad):
    round_id = services.open_round(small.id).subject
    ana, core = small.people["Ana"], small.criteria["Core"]
    values = {(ana, small.proposals[0], core): 3}
    if bad == "outside scale":
        values[(ana, small.proposals[1], core)] = 9
    elif bad == "observer":
        values[(small.people["Olga"], small.proposals[1], core)] = 3
    elif bad == "other workshop":
        values[(ana, other.proposals[0], core)] = 3
    else:
        services.close_round(round_id)
    before = snapshot(services.store)
    with pytest.raises(ServiceError):
        services.set_scores(round_id, values)
    assert snapshot(services.store) == before
