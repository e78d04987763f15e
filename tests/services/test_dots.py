"""Dot voting: each voter spreads D dots; set, change and take back; tallied and ranked."""

import pytest

from roadmap_desktop.services import Conflict, NotFound, ServiceError
from tests.services.helpers import one_event, snapshot


@pytest.fixture
def dot_round(services, small) -> int:
    return services.open_round(small.id, method="dots", dots=5).subject


def test_record_dots_sets_changes_and_takes_back(services, small, dot_round):
    ana, alpha = small.people["Ana"], small.proposals[0]
    first = one_event(services, lambda: services.record_dots(dot_round, ana, alpha, 3))
    assert first.kind == "dots.recorded"
    assert (first.subject, first.rounds, first.proposals) == (alpha, (dot_round,), (alpha,))
    assert first.detail == {"participant": ana}
    assert first.sealed == {"dots": 3, "previous": 0}
    assert services.dots_left(dot_round, ana) == 2

    second = services.record_dots(dot_round, ana, alpha, 1)
    assert second.sealed["previous"] == 3
    assert services.dots_left(dot_round, ana) == 4
    assert services.sealed_entries(dot_round).dots == {(ana, alpha): 1}
    assert services.entry_keys(dot_round) == {(ana, alpha)}

    cleared = services.record_dots(dot_round, ana, alpha, 0)
    assert cleared.detail == {"participant": ana}
    assert cleared.sealed == {"dots": 0, "previous": 1}
    assert services.sealed_entries(dot_round).dots == {}
    assert services.dots_left(dot_round, ana) == 5
    with pytest.raises(ServiceError, match="no dots there"):
        services.record_dots(dot_round, ana, alpha, 0)


def test_a_participant_cannot_spend_more_dots_than_the_round_gives(services, small, dot_round):
    ana, bao = small.people["Ana"], small.people["Bao"]
    alpha, bravo = small.proposals[:2]
    services.record_dots(dot_round, ana, alpha, 4)
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="1 of 5 dots left"):
        services.record_dots(dot_round, ana, bravo, 2)
    assert snapshot(services.store) == before
    services.record_dots(dot_round, ana, alpha, 5)  # moving dots onto the same one is fine
    services.record_dots(dot_round, bao, alpha, 5)  # every voter has their own dots
    assert services.dots_left(dot_round, ana) == 0
    with pytest.raises(ServiceError, match="0 of 5"):
        services.record_dots(dot_round, ana, bravo, 1)
    assert services.sealed_entries(dot_round, participant_id=bao).dots == {(bao, alpha): 5}
    assert services.sealed_entries(dot_round, participant_id=bao).method == "dots"


@pytest.mark.parametrize(
    "case",
    ["negative", "not whole", "observer", "other participant", "other proposal", "archived"],
)
def test_record_dots_refuses_bad_votes(services, small, other, dot_round, case):
    ana, alpha = small.people["Ana"], small.proposals[0]
    services.archive_proposals([small.proposals[4]])
    args = {
        "negative": (ana, alpha, -1),
        "not whole": (ana, alpha, 1.5),
        "observer": (small.people["Olga"], alpha, 1),
        "other participant": (other.people["Ana"], alpha, 1),
        "other proposal": (ana, other.proposals[0], 1),
        "archived": (ana, small.proposals[4], 1),
    }[case]
    before = snapshot(services.store)
    with pytest.raises(ServiceError):
        services.record_dots(dot_round, *args)
    assert snapshot(services.store) == before


def test_dots_go_only_into_an_open_dot_round_in_scope(services, small):
    ana = small.people["Ana"]
    scoring = services.open_round(small.id).subject
    with pytest.raises(ServiceError, match="takes no dots"):
        services.record_dots(scoring, ana, small.proposals[0], 1)
    with pytest.raises(ServiceError, match="has no dots"):
        services.dots_left(scoring, ana)
    services.close_round(scoring)
    dots = services.open_round(small.id, method="dots", dots=3, proposal_ids=small.proposals[:1])
    with pytest.raises(ServiceError, match="not among"):
        services.record_dots(dots.subject, ana, small.proposals[1], 1)
    with pytest.raises(ServiceError, match="dot-voting round"):
        services.record_score(dots.subject, ana, small.proposals[0], small.criteria["Core"], 3)
    services.record_dots(dots.subject, ana, small.proposals[0], 3)
    services.close_round(dots.subject)
    with pytest.raises(ServiceError, match="closed"):
        services.record_dots(dots.subject, ana, small.proposals[0], 1)
    with pytest.raises(NotFound):
        services.record_dots(999, ana, small.proposals[0], 1)


def test_dot_progress_tally_and_ranking(services, small, dot_round):
    alpha, bravo, charlie = small.proposals[:3]
    for who, proposal, n in (
        ("Ana", alpha, 3),
        ("Ana", charlie, 2),
        ("Bao", alpha, 1),
        ("Bao", bravo, 4),
        ("Fran", bravo, 5),  # the facilitator: left out unless the workshop counts them
    ):
        services.record_dots(dot_round, small.people[who], proposal, n)
    # Per proposal, who dotted it is where the dots went: hidden until the reveal.
    with pytest.raises(ServiceError, match="show where the dots went"):
        services.round_progress(dot_round)
    services.close_round(dot_round)
    with pytest.raises(ServiceError, match="show where the dots went"):
        services.round_progress(dot_round)
    services.reveal_round(dot_round)
    assert services.round_progress(dot_round) == {alpha: 2, bravo: 2, charlie: 1}
    rows = services.results(small.id).rows
    assert [(r.rank, r.title, r.score, r.n) for r in rows[:3]] == [
        (1, "Alpha", 4.0, 2),
        (1, "Bravo", 4.0, 1),
        (3, "Charlie", 2.0, 1),
    ]
    services.update_workshop_settings(small.id, count_facilitator_scores=True)
    assert services.results(small.id).rows[0].title == "Bravo"
    assert services.cut_line(small.id, top=1).selected == (bravo,)


def test_an_undo_of_dots_refuses_dots_changed_since(services, small, dot_round):
    ana, alpha = small.people["Ana"], small.proposals[0]
    mine = services.record_dots(dot_round, ana, alpha, 2)
    services.record_dots(dot_round, ana, alpha, 4)  # from the director's device, since
    before = snapshot(services.store)
    with pytest.raises(Conflict, match="changed by someone else"):
        services.record_dots(
            dot_round, ana, alpha, mine.sealed["previous"], expect=mine.sealed["dots"]
        )
    assert snapshot(services.store) == before
    services.record_dots(dot_round, ana, alpha, 0, expect=4)  # what is there: fine
    assert services.sealed_entries(dot_round).dots == {}


def test_the_store_holds_the_dot_budget_too(services, small, dot_round):
    """Even a write that skips the service's own check cannot exceed the round's dots."""
    from sqlalchemy import insert

    from roadmap_desktop.store.tables import DotVote

    ana = small.people["Ana"]
    services.record_dots(dot_round, ana, small.proposals[0], 4)
    before = snapshot(services.store)
    with (
        pytest.raises(ServiceError, match="more dots than the round gives"),
        services._write() as s,
    ):
        s.execute(
            insert(DotVote).values(
                round_id=dot_round, proposal_id=small.proposals[1], participant_id=ana, dots=2
            )
        )
        s.commit()
    assert snapshot(services.store) == before
