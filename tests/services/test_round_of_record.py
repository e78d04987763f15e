"""The round of record: which revealed round the documents report, scores carried from
earlier rounds for proposals a later round did not cover, and the cut line applied."""

import pytest

from roadmap_desktop.services import Conflict, ServiceError, Services
from tests.helpers_record import second_round_on_inbox


def test_a_later_round_on_a_lane_carries_every_other_score(services: Services, demo: int):
    first = services.results(demo, 1)
    scored_first = {r.proposal_id: r.score for r in first.rows if r.score is not None}
    number = second_round_on_inbox(services, demo)
    own = services.results(demo, number)
    record = services.record_results(demo)
    assert record.round.number == number
    # Every unarchived proposal is ranked, not only the round's own.
    assert len(record.rows) == len(first.rows) > len(own.rows)
    inbox = {r.proposal_id for r in own.rows}
    for row in record.rows:
        if row.proposal_id in inbox:
            assert row.score_round is None
        else:
            assert row.score_round == 1
            assert row.score == scored_first[row.proposal_id]
    ranks = [r.rank for r in record.rows if r.rank is not None]
    assert ranks == sorted(ranks)


def test_the_round_of_record_is_a_setting(services: Services, demo: int):
    number = second_round_on_inbox(services, demo)
    assert services.record_round_number(demo) == number
    done = services.set_record_round(demo, 1)
    assert done.detail == {"old": {"record_round": None}, "new": {"record_round": 1}}
    assert services.workshop(demo).record_round == 1
    assert services.record_round_number(demo) == 1
    record = services.record_results(demo)
    assert record.round.number == 1
    assert all(r.score_round is None for r in record.rows)
    # An explicit round wins over the setting.
    assert services.record_results(demo, number).round.number == number
    # Undo, as the GUI's command does; a stale undo is refused.
    services.set_record_round(demo, None, expect=done.detail["new"])
    assert services.workshop(demo).record_round is None
    with pytest.raises(Conflict):
        services.set_record_round(demo, 1, expect={"record_round": 7})


def test_only_a_revealed_round_can_be_of_record(services: Services, demo: int):
    opened = services.open_round(demo)
    number = services.workshop(demo).rounds[-1].number
    with pytest.raises(ServiceError, match="only a revealed round"):
        services.set_record_round(demo, number)
    with pytest.raises(ServiceError, match="no round 99"):
        services.set_record_round(demo, 99)
    with pytest.raises(ServiceError):
        services.set_record_round(demo, True)  # type: ignore[arg-type]
    services.discard_round(opened.subject)


def test_applying_a_cut_records_its_round_and_the_roadmap_is_compared(
    services: Services, demo: int
):
    line = services.cut_line(demo, 1, by_quota=True)
    done = services.apply_cut_line(line)
    cut = services.workshop(demo).cut
    assert cut is not None
    assert (cut.round, cut.rule, cut.top) == (1, "quota", None)
    assert cut.selected == line.selected
    assert done.detail["cut"]["old"] is None
    assert done.detail["cut"]["new"]["selected"] == list(line.selected)
    board = services.board(demo)
    roadmap = [c.id for c in board.cards[line.roadmap_lane_id]]
    assert roadmap[: len(line.selected)] == list(line.selected)
    compared = services.roadmap_vs_cut(demo)
    assert compared.removed == ()
    assert compared.added == tuple(roadmap[len(line.selected) :])
    # A card taken off the roadmap by hand is a deviation.
    shortlist = next(x for x in services.workshop(demo).lanes if x.kind == "shortlist")
    services.move_proposals([line.selected[0]], shortlist.id, 0)
    assert services.roadmap_vs_cut(demo).removed == (line.selected[0],)


def test_undoing_a_cut_puts_cards_and_record_back(services: Services, demo: int):
    before = {k: [c.id for c in v] for k, v in services.board(demo).cards.items()}
    line = services.cut_line(demo, 1, top=5)
    done = services.apply_cut_line(line)
    undone = services.place_cut_line(
        done.detail["from"], done.detail["cut"]["old"], expect=done.detail["to"]
    )
    assert {k: [c.id for c in v] for k, v in services.board(demo).cards.items()} == before
    assert services.workshop(demo).cut is None
    assert services.roadmap_vs_cut(demo).cut is None
    # Redo.
    services.place_cut_line(
        undone.detail["from"], done.detail["cut"]["new"], expect=undone.detail["to"]
    )
    cut = services.workshop(demo).cut
    assert cut is not None and (cut.rule, cut.top) == ("top", 5)


def test_a_cut_line_with_nothing_selected_is_refused(services: Services, demo: int):
    line = services.cut_line(demo, 1, top=0)
    with pytest.raises(ServiceError, match="No proposal"):
        services.apply_cut_line(line)


def test_council_fields_are_cleaned_and_undoable(services: Services, demo: int):
    done = services.update_council(
        demo,
        {
            "agenda_item": "  Item 4.2 \n",
            "recommendation": "Approve the 21 projects.\n\nDirect staff to report back.",
            "time_zone": "America/Los_Angeles",
        },
    )
    council = services.workshop(demo).council
    assert council.agenda_item == "Item 4.2"
    assert council.recommendation.endswith("report back.")
    assert council.time_zone == "America/Los_Angeles"
    services.update_council(demo, done.detail["old"], expect=done.detail["new"])
    assert services.workshop(demo).council.agenda_item == ""


@pytest.mark.parametrize(
    "fields",
    [
        {"time_zone": "Mars/Olympus"},
        {"agenda": "x"},
        {"prepared_by": "x" * 201},
        {"approved_by": 3},
    ],
)
def test_council_fields_refuse_what_cannot_print(services: Services, demo: int, fields):
    with pytest.raises(ServiceError):
        services.update_council(demo, fields)
