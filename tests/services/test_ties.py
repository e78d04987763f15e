"""Ties settled in the app: by hand with a reason, by a runoff round, undone; the ranking and
the cut line follow the settled order."""

import pytest

from roadmap_desktop.services import Conflict, ScoreEntry, ServiceError
from tests.services.helpers import one_event

TITLES = ("Alpha", "Bravo", "Charlie", "Delta", "Echo")
# Core scores of Ana and Bao: Bravo and Charlie tie at 4.
FIRST = {"Alpha": (5, 5), "Bravo": (4, 4), "Charlie": (4, 4), "Delta": (1, 5)}


def _reveal(services, small, votes, proposals=None) -> int:
    ids = dict(zip(TITLES, small.proposals, strict=True))
    if proposals is not None:
        services.open_round(small.id, proposal_ids=[ids[t] for t in proposals])
    entries = [
        ScoreEntry(small.people[person], ids[title], small.criteria["Core"], value)
        for title, values in votes.items()
        for person, value in zip(("Ana", "Bao"), values, strict=True)
    ]
    open_round = services.open_round_of(small.id)
    number = open_round.number if open_round is not None else None
    return services.import_scores(small.id, entries, round_number=number, reveal=True).detail[
        "round"
    ]


def _titles(services, small, ids, number=1):
    names = {r.proposal_id: r.title for r in services.results(small.id, number).rows}
    return [names[i] for i in ids]


def test_a_tie_settled_by_hand_orders_the_ranking_and_clears_the_cut(services, small):
    ids = dict(zip(TITLES, small.proposals, strict=True))
    _reveal(services, small, FIRST)
    assert _titles(services, small, services.cut_line(small.id, top=2).tied_below) == ["Charlie"]
    change = one_event(
        services,
        lambda: services.settle_tie(
            small.id, 1, [ids["Charlie"], ids["Bravo"]], "Charlie serves more residents."
        ),
    )
    rows = services.results(small.id, 1).rows
    assert [(r.title, r.rank) for r in rows[:3]] == [("Alpha", 1), ("Charlie", 2), ("Bravo", 3)]
    line = services.cut_line(small.id, top=2)
    assert _titles(services, small, line.selected) == ["Alpha", "Charlie"]
    assert line.tied_below == ()
    [first, second] = services.tie_orders(small.id, 1)
    assert (first.proposal_id, first.place, first.reason) == (
        ids["Charlie"],
        1,
        "Charlie serves more residents.",
    )
    assert second.place == 2
    # Undo: the plain ranking again; redo: the settlement again.
    detail = change.detail
    services.place_tie_order(small.id, 1, detail["proposals"], detail["old"], expect=detail["new"])
    assert services.tie_orders(small.id, 1) == []
    assert services.cut_line(small.id, top=2).tied_below
    services.place_tie_order(small.id, 1, detail["proposals"], detail["new"], expect=detail["old"])
    assert len(services.tie_orders(small.id, 1)) == 2
    with pytest.raises(Conflict):  # someone changed it since
        services.place_tie_order(
            small.id, 1, detail["proposals"], detail["new"], expect=detail["old"]
        )


def test_only_a_real_tie_with_a_reason_is_settled(services, small):
    ids = dict(zip(TITLES, small.proposals, strict=True))
    _reveal(services, small, FIRST)
    with pytest.raises(ServiceError):
        services.settle_tie(small.id, 1, [ids["Bravo"], ids["Charlie"]], "   ")
    with pytest.raises(Conflict):
        services.settle_tie(small.id, 1, [ids["Alpha"], ids["Bravo"]], "Because.")
    with pytest.raises(ServiceError):
        services.settle_tie(small.id, 1, [ids["Bravo"], ids["Echo"]], "Echo is unscored.")
    with pytest.raises(ServiceError):
        services.settle_tie(small.id, 1, [ids["Bravo"]], "One is no tie.")
    assert services.tie_orders(small.id) == []


def test_a_runoff_round_on_the_tied_proposals_settles_the_order(services, small):
    ids = dict(zip(TITLES, small.proposals, strict=True))
    _reveal(services, small, FIRST)
    runoff = _reveal(
        services, small, {"Bravo": (3, 3), "Charlie": (5, 4)}, proposals=("Bravo", "Charlie")
    )
    assert runoff == 2
    services.settle_from_runoff(small.id, 1, runoff, [ids["Bravo"], ids["Charlie"]])
    rows = services.results(small.id, 1).rows
    assert [r.title for r in rows[:3]] == ["Alpha", "Charlie", "Bravo"]
    orders = services.tie_orders(small.id, 1)
    assert {o.runoff_round for o in orders} == {2}
    assert "runoff" in orders[0].reason
    # A runoff that ties them again settles nothing.
    again = _reveal(
        services, small, {"Bravo": (4, 4), "Charlie": (4, 4)}, proposals=("Bravo", "Charlie")
    )
    with pytest.raises(ServiceError):
        services.settle_from_runoff(small.id, 1, again, [ids["Bravo"], ids["Charlie"]])


def test_a_what_if_with_the_workshops_weights_keeps_a_settled_tie(services, small):
    ids = dict(zip(TITLES, small.proposals, strict=True))
    _reveal(services, small, FIRST)
    services.settle_tie(small.id, 1, [ids["Charlie"], ids["Bravo"]], "Charlie serves more.")
    assert services.what_if(small.id, 1).results_for({}) == services.results(small.id, 1)
