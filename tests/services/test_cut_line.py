"""The cut line, applying it to the board, tiers, the discuss list and comparing rounds."""

import pytest

from roadmap_desktop.services import NotFound, ScoreEntry, ServiceError
from tests.services.helpers import content, lane_order, one_event, snapshot

# Core scores (weight 2, 1-5) of two directors per proposal; titles Alpha..Echo.
# Categories alternate: Alpha Scale, Bravo Pilot, Charlie Scale, Delta Pilot, Echo Scale.
FIRST = {"Alpha": (5, 5), "Bravo": (4, 4), "Charlie": (4, 4), "Delta": (1, 5)}
SECOND = {"Alpha": (3, 3), "Bravo": (5, 5), "Charlie": (4, 4), "Delta": (3, 3), "Echo": (2, 2)}


def _reveal(services, small, votes) -> int:
    titles = dict(zip(("Alpha", "Bravo", "Charlie", "Delta", "Echo"), small.proposals, strict=True))
    entries = [
        ScoreEntry(small.people[person], titles[title], small.criteria["Core"], value)
        for title, values in votes.items()
        for person, value in zip(("Ana", "Bao"), values, strict=True)
    ]
    return services.import_scores(small.id, entries, reveal=True).detail["round"]


def _titles(services, small, ids):
    names = {r.proposal_id: r.title for r in services.results(small.id, 1).rows}
    return [names[i] for i in ids]


def test_top_n_with_ties_below_the_line(services, small):
    _reveal(services, small, FIRST)
    line = services.cut_line(small.id, top=2)
    assert line.rule == "top"
    assert line.top == 2
    assert line.round.number == 1
    assert _titles(services, small, line.selected) == ["Alpha", "Bravo"]
    assert _titles(services, small, line.tied_below) == ["Charlie"]  # Bravo and Charlie tie
    assert line.roadmap_lane_id == small.lanes["Roadmap"]
    assert services.cut_line(small.id, 1, top=3).tied_below == ()
    # Unscored proposals never make the cut.
    assert len(services.cut_line(small.id, top=10).selected) == 4


def test_quotas_per_category(services, small):
    _reveal(services, small, FIRST)
    line = services.cut_line(small.id, by_quota=True)
    # Scale (quota 1): Alpha; Pilot (quota 2): Bravo, Delta — in rank order overall.
    assert line.rule == "quota"
    assert _titles(services, small, line.selected) == ["Alpha", "Bravo", "Delta"]
    assert line.tied_below == ()


@pytest.mark.parametrize(
    "kwargs", [{}, {"top": 2, "by_quota": True}, {"top": -1}, {"top": 1.5}, {"top": True}]
)
def test_the_cut_line_needs_one_rule(services, small, kwargs):
    _reveal(services, small, FIRST)
    with pytest.raises(ServiceError):
        services.cut_line(small.id, **kwargs)


def test_the_cut_line_needs_a_revealed_round(services, small):
    services.open_round(small.id)
    with pytest.raises(ServiceError, match="No round has been revealed"):
        services.cut_line(small.id, top=3)
    with pytest.raises(ServiceError, match="not revealed"):
        services.cut_line(small.id, 1, top=3)


def test_applying_the_cut_line_is_one_undoable_move_in_rank_order(services, small):
    _reveal(services, small, FIRST)
    services.move_proposal(small.proposals[4], small.lanes["Roadmap"], 0)  # Echo already there
    before = content(services.store)
    line = services.cut_line(small.id, top=3)
    applied = one_event(
        services, lambda: services.move_proposals(line.selected, line.roadmap_lane_id, 0)
    )
    roadmap = lane_order(services, small.id)[small.lanes["Roadmap"]]
    assert _titles(services, small, roadmap[:3]) == ["Alpha", "Bravo", "Charlie"]
    assert roadmap[3] == small.proposals[4]
    services.place_proposals(applied.detail["from"], expect=applied.detail["to"])
    assert content(services.store) == before


def test_result_rows_carry_the_ids_the_board_needs(services, small):
    _reveal(services, small, FIRST)
    row = services.results(small.id).rows[0]
    info = services.workshop(small.id)
    assert row.lane_id == small.lanes["Inbox"]
    assert row.domain_id == next(d.id for d in info.domains if d.name == row.domain)
    assert row.category_id == next(c.id for c in info.categories if c.name == row.category)


def test_tiers_by_threshold(services, small):
    _reveal(services, small, FIRST)
    tiers = services.result_tiers(small.id, [4.0, 4.5])
    by_title = dict(zip(_titles(services, small, tiers), tiers.values(), strict=True))
    assert by_title == {"Alpha": 0, "Bravo": 1, "Charlie": 1, "Delta": 2, "Echo": None}
    with pytest.raises(ServiceError, match="thresholds"):
        services.result_tiers(small.id, ["high"])


def test_the_discuss_list_is_the_most_divided(services, small):
    _reveal(services, small, FIRST)
    divided = services.most_divided(small.id, k=3)
    assert [r.title for r in divided] == ["Delta"]  # the only split vote (1 and 5)
    assert divided[0].spread == pytest.approx(2.0)
    assert services.most_divided(small.id, k=0) == []
    with pytest.raises(ServiceError):
        services.most_divided(small.id, k=-1)


def test_compare_two_revealed_rounds(services, small):
    _reveal(services, small, FIRST)
    _reveal(services, small, SECOND)
    moves = services.compare_rounds(small.id, 1, 2)
    assert [(m.title, m.delta) for m in moves] == [
        ("Alpha", -2.0),
        ("Bravo", 1.0),
        ("Charlie", 0.0),
        ("Delta", 0.0),
        ("Echo", None),  # unscored in round 1
    ]
    alpha = moves[0]
    assert (alpha.rank_before, alpha.rank_after, alpha.places) == (1, 3, -2)
    assert (alpha.score_before, alpha.score_after) == (5.0, 3.0)
    assert moves[-1].rank_before is None
    assert moves[-1].rank_after == 5


def test_compare_rounds_needs_both_revealed(services, small):
    _reveal(services, small, FIRST)
    services.import_scores(
        small.id, [ScoreEntry(small.people["Ana"], small.proposals[0], small.criteria["Core"], 3)]
    )
    before = snapshot(services.store)
    with pytest.raises(ServiceError, match="not revealed"):
        services.compare_rounds(small.id, 1, 2)
    with pytest.raises(NotFound):
        services.compare_rounds(small.id, 1, 7)
    assert snapshot(services.store) == before


def test_the_demo_cut_by_quota(services, demo):
    line = services.cut_line(demo, by_quota=True)
    info = services.workshop(demo)
    rows = {r.proposal_id: r for r in services.results(demo).rows}
    quotas = {c.name: c.quota for c in info.categories}
    for name, quota in quotas.items():
        chosen = [p for p in line.selected if rows[p].category == name]
        assert len(chosen) == min(quota or 0, sum(r.category == name for r in rows.values()))
    order = [r.proposal_id for r in services.results(demo).rows]
    assert list(line.selected) == sorted(line.selected, key=order.index)
