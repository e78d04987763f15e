"""What-if weights, the stability of the cut, the budget's rules and the best roadmap under a
budget, through the services (the arithmetic is tested in tests/domain)."""

import pytest

from roadmap_desktop.services import Conflict, ServiceError, StoreError
from roadmap_desktop.services.decide import parse_weights
from tests.services.helpers import event_count, one_event
from tests.services.helpers import reveal_two_criteria as _reveal


def _order(results):
    return [r.title for r in results.rows if r.rank is not None]


def test_what_if_with_the_workshops_weights_is_the_plain_ranking(services, small):
    _reveal(services, small)
    what_if = services.what_if(small.id)
    same = what_if.results_for({})
    assert same == services.results(small.id)


def test_what_if_re_ranks_and_changes_nothing(services, small, store):
    _reveal(services, small)
    before = event_count(store)
    what_if = services.what_if(small.id)
    assert _order(what_if.results) == ["Bravo", "Charlie", "Alpha", "Delta"]
    heavier = what_if.results_for({small.criteria["Important"]: 5})
    assert _order(heavier) == ["Alpha", "Charlie", "Bravo", "Delta"]
    # Important alone: Alpha 5, Charlie 3, Delta 2, Bravo 1.
    alone = what_if.results_for({small.criteria["Core"]: 0})
    assert [r.score for r in alone.rows[:1]] == [5.0]
    line = what_if.cut(heavier, top=1)
    assert [r.title for r in heavier.rows if r.proposal_id in line.selected] == ["Alpha"]
    assert event_count(store) == before  # nothing was written
    assert [c.weight for c in services.workshop(small.id).criteria] == [1.0, 2.0, 1.0]


def test_what_if_refuses_all_zero_weights(services, small):
    _reveal(services, small)
    what_if = services.what_if(small.id)
    zero = {c: 0 for c in small.criteria.values()}
    with pytest.raises(ServiceError):
        what_if.results_for(zero)


def test_stability_of_the_cut(services, small):
    _reveal(services, small)
    what_if = services.what_if(small.id)
    found = what_if.stability(top=1)
    ids = dict(zip(("Alpha", "Bravo", "Charlie", "Delta", "Echo"), small.proposals, strict=True))
    assert found[ids["Bravo"]].above and not found[ids["Delta"]].above
    # Delta is last whatever the weights; Bravo loses the top place when Important rises.
    assert found[ids["Delta"]].share == 1.0
    assert found[ids["Bravo"]].share < 1.0
    assert found[ids["Bravo"]].nearest is not None


def test_parse_weights_names_criteria_and_refuses_the_rest(services, small):
    criteria = services.workshop(small.id).criteria
    ids = {c.name: c.id for c in criteria}
    assert parse_weights("important=3, Core=1", criteria) == {
        ids["Important"]: 3.0,
        ids["Core"]: 1.0,
    }
    for bad in ("Urgent=2", "Core=-1", "Core=x", "Core"):
        with pytest.raises(ServiceError):
            parse_weights(bad, criteria)


def test_budget_is_a_setting_and_its_undo_is_refused_after_another_change(services, small):
    change = one_event(services, lambda: services.set_budget(small.id, 1_000_000))
    assert services.workshop(small.id).budget == 1_000_000
    assert change.detail == {"old": None, "new": 1_000_000.0}
    services.set_budget(small.id, 5)
    with pytest.raises(Conflict):
        services.set_budget(small.id, change.detail["old"], expect=change.detail["new"])
    with pytest.raises(ServiceError):
        services.set_budget(small.id, -1)


def test_funding_marks_and_links(services, small, other):
    a, b, c = small.proposals[:3]
    services.update_proposal(a, funding="must")
    with pytest.raises(ServiceError):
        services.update_proposal(a, funding="maybe")
    assert {p.id: p.funding for p in _cards(services, small)}[a] == "must"
    one_event(services, lambda: services.link_proposals(a, b, "needs"))
    change = services.link_proposals(a, b, "excludes")  # replaces the link
    assert change.detail["old"] == "needs"
    services.link_proposals(c, a, "needs")
    assert [(x.proposal_id, x.other_id, x.kind) for x in services.links(small.id)] == [
        (a, b, "excludes"),
        (c, a, "needs"),
    ]
    undone = one_event(services, lambda: services.unlink_proposals(a, b))
    assert undone.detail == {"proposal": a, "other": b, "kind": "excludes"}
    with pytest.raises(ServiceError):
        services.link_proposals(a, a, "needs")
    # Across workshops: the store's own rule refuses it.
    with pytest.raises((ServiceError, StoreError)):
        services.link_proposals(a, other.proposals[0], "needs")
    assert services.links(other.id) == []


def _cards(services, small):
    board = services.board(small.id)
    return [card for cards in board.cards.values() for card in cards]


def test_best_roadmap_under_a_budget(services, small):
    ids = _reveal(services, small)
    costs = {"Alpha": 50, "Bravo": 60, "Charlie": 40, "Delta": 10}
    for title, cost in costs.items():
        services.update_proposal(ids[title], cost=cost)
    with pytest.raises(ServiceError):
        services.budget_plans(small.id)  # no budget yet
    services.set_budget(small.id, 100)
    plans = services.budget_plans(small.id)
    titles = {v: k for k, v in ids.items()}
    # By rank: Bravo (60) then Charlie (40): 100 spent, then the money has run out.
    assert [titles[p] for p in plans.by_rank.funded] == ["Bravo", "Charlie"]
    # Scores: Bravo 3.67, Charlie 3, Alpha 2.33, Delta 2; the optimum within 100 is the same
    # here; with Bravo marked never it funds Charlie and Delta (Alpha and Charlie are both
    # in Scale, whose quota is 1).
    assert plans.optimum.total_score == pytest.approx(plans.by_rank.total_score)
    assert titles[next(iter(plans.optimum.never_funded))] == "Echo"  # unscored
    services.update_proposal(ids["Bravo"], funding="never")
    plans = services.budget_plans(small.id)
    assert sorted(titles[p] for p in plans.optimum.funded) == ["Charlie", "Delta"]
    # A rule the budget cannot keep is refused with a sentence naming the proposal.
    services.update_proposal(ids["Bravo"], funding="must")
    services.link_proposals(ids["Bravo"], ids["Alpha"], "needs")
    with pytest.raises(ServiceError, match="Bravo"):
        services.budget_plans(small.id, amount=100)
    assert services.budget_plans(small.id, amount=110).optimum.funded


def test_deleting_a_proposal_and_undoing_it_keeps_its_rules_notes_and_settled_ties(services, small):
    a, b, c = small.proposals[:3]
    services.update_proposal(a, funding="must")
    services.link_proposals(a, b, "needs")
    services.link_proposals(c, a, "excludes")
    services.add_note(a, "Needs the new radio system.", author="CIO")
    deleted = services.delete_proposals([a])
    assert services.links(small.id) == []
    services.undelete_proposals(deleted.detail, deleted.sealed)
    assert {(x.proposal_id, x.other_id, x.kind) for x in services.links(small.id)} == {
        (a, b, "needs"),
        (c, a, "excludes"),
    }
    [note] = services.notes(small.id)[a]
    assert (note.author, note.text) == ("CIO", "Needs the new radio system.")
    assert {p.id: p.funding for cards in services.board(small.id).cards.values() for p in cards}[
        a
    ] == "must"
