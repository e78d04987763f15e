"""How far a round's voting has got, summed: what the Score tab's header and the question
before closing a round say. Counts only, from voter_progress; no Qt."""

from roadmap_desktop.services.ballots import Progress
from roadmap_desktop.services.progress import RoundTally, tally


def _fill(services, round_id, person, proposals, criteria):
    services.set_scores(round_id, {(person, p, c): 3 for p in proposals for c in criteria})


def test_a_half_filled_round_counts_directors_done_partly_and_not_started(services, small):
    picked = small.proposals[:2]
    round_id = services.open_round(small.id, proposal_ids=list(picked)).subject
    criteria = list(small.criteria.values())
    _fill(services, round_id, small.people["Ana"], picked, criteria)  # every proposal
    _fill(services, round_id, small.people["Bao"], picked[:1], criteria[:1])  # one entry
    voters = [p.name for p in services.voter_progress(round_id)]
    counted = len(voters)
    expected = len(picked) * len(criteria)

    t = tally(services.voter_progress(round_id))

    assert (t.done, t.partly, t.not_started) == (1, 1, counted - 2)
    assert t.voters == counted
    assert t.missing == (expected - 1) + (counted - 2) * expected
    assert t.unfinished == tuple(n for n in voters if n != "Ana")


def test_a_finished_round_has_nothing_missing(services, small):
    round_id = services.open_round(small.id, lane_id=small.lanes["Inbox"]).subject
    for progress in services.voter_progress(round_id):
        _fill(services, round_id, progress.participant_id, small.proposals, small.criteria.values())
    t = tally(services.voter_progress(round_id))
    assert t.done == t.voters > 0
    assert (t.partly, t.not_started, t.missing, t.unfinished) == (0, 0, 0, ())


def test_a_dot_round_counts_the_dots_not_given(services, small):
    round_id = services.open_round(small.id, method="dots", dots=3).subject
    services.record_dots(round_id, small.people["Ana"], small.proposals[0], 3)
    services.record_dots(round_id, small.people["Bao"], small.proposals[1], 1)
    t = tally(services.voter_progress(round_id))
    others = t.voters - 2
    assert (t.done, t.partly, t.not_started) == (1, 1, others)
    assert t.missing == 2 + 3 * others


def test_more_than_expected_owes_nothing():
    t = tally([Progress(1, "Ana", 7, 6), Progress(2, "Bao", 0, 6)])
    assert t == RoundTally(done=1, partly=0, not_started=1, missing=6, unfinished=("Bao",))
