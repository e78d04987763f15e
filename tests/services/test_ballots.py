"""Directors' phones through the services: join links, the phone a link is bound to, a
director's own ballot, choices checked inside the write transaction and applied once."""

import threading

import pytest

from roadmap_desktop.services import BallotRefused, ServiceError, Services
from roadmap_desktop.services.ballots import CODE_LENGTH, CODE_LETTERS, clean_code
from tests.services.helpers import Small, make_small

PHONE_A = "phone-of-ana-0001"
PHONE_B = "phone-of-bao-0002"


def _links(services: Services, small: Small) -> dict[str, str]:
    services.issue_ballot_links(small.id)
    return {link.name: link.token for link in services.ballot_links(small.id)}


@pytest.fixture
def links(services: Services, small: Small) -> dict[str, str]:
    return _links(services, small)


@pytest.fixture
def scoring(services: Services, small: Small) -> int:
    return int(services.open_round(small.id).subject or 0)


def _send(services, small, token, device, sid, proposal, criterion, value):
    return services.submit_ballot(small.id, token, device, sid, proposal, criterion, value)


# -- links ---------------------------------------------------------------------------------


def test_every_director_gets_one_secret_link_and_a_short_code(services, small, links):
    issued = services.ballot_links(small.id)
    assert [link.name for link in issued] == ["Ana", "Bao"]  # not the facilitator, not Olga
    for link in issued:
        assert len(link.token) >= 32  # 24 random bytes, URL-safe: 192 bits
        assert len(link.code) == CODE_LENGTH and set(link.code) <= set(CODE_LETTERS)
        assert not link.joined
    assert len({link.token for link in issued}) == 2

    services.issue_ballot_links(small.id)  # again: nobody's link changes
    assert services.ballot_links(small.id) == issued


def test_a_director_added_later_gets_a_link_when_links_are_issued_again(services, small, links):
    services.add_participant(small.id, "Cleo", role="director")
    change = services.issue_ballot_links(small.id)
    assert [link.name for link in services.ballot_links(small.id)] == ["Ana", "Bao", "Cleo"]
    assert len(change.detail["participants"]) == 1
    assert all(link.token not in str(change.payload()) for link in services.ballot_links(small.id))


def test_the_first_phone_keeps_the_link(services, small, links):
    voter = services.ballot_voter(small.id, links["Ana"], PHONE_A)
    assert (voter.name, voter.participant_id) == ("Ana", small.people["Ana"])
    assert services.ballot_voter(small.id, links["Ana"], PHONE_A) == voter
    with pytest.raises(BallotRefused, match="another phone"):
        services.ballot_voter(small.id, links["Ana"], PHONE_B)
    assert [link.joined for link in services.ballot_links(small.id)] == [True, False]


def test_two_phones_racing_for_one_link_leave_it_with_one(services, small, links):
    outcomes: list[str] = []
    start = threading.Barrier(6)

    def open_on(device: str) -> None:
        start.wait()
        try:
            services.ballot_voter(small.id, links["Ana"], device)
            outcomes.append(device)
        except BallotRefused:
            outcomes.append("refused")

    threads = [threading.Thread(target=open_on, args=(f"phone-{i:08d}",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("refused") == 5


def test_a_released_link_works_on_the_next_phone_and_never_again_on_the_old_one(
    services, small, links
):
    services.ballot_voter(small.id, links["Ana"], PHONE_A)
    services.release_ballot_device(small.people["Ana"])
    assert not services.ballot_links(small.id)[0].joined
    with pytest.raises(BallotRefused, match="released"):
        services.ballot_voter(small.id, links["Ana"], PHONE_A)
    assert services.ballot_voter(small.id, links["Ana"], PHONE_B).name == "Ana"
    with pytest.raises(ServiceError, match="not in use"):
        services.release_ballot_device(small.people["Bao"])


def test_a_new_link_stops_the_old_one_at_once(services, small, links, scoring):
    services.ballot_voter(small.id, links["Ana"], PHONE_A)
    services.reissue_ballot_link(small.people["Ana"])
    fresh = services.ballot_links(small.id)[0].token
    assert fresh != links["Ana"]
    for refused in (
        lambda: services.ballot_voter(small.id, links["Ana"], PHONE_A),
        lambda: _send(
            services,
            small,
            links["Ana"],
            PHONE_A,
            "s-00000001",
            small.proposals[0],
            small.criteria["Core"],
            3,
        ),
    ):
        with pytest.raises(BallotRefused, match="does not open a ballot"):
            refused()
    assert services.ballot_voter(small.id, fresh, PHONE_A).name == "Ana"
    with pytest.raises(ServiceError, match="not a director"):
        services.reissue_ballot_link(small.people["Olga"])


@pytest.mark.parametrize(
    "token", ["", "x", "A" * 32, "../../etc/passwd", "' OR 1=1 --", "é" * 40, "\x00" * 8]
)
def test_an_unknown_link_opens_nothing(services, small, links, token):
    with pytest.raises(BallotRefused, match="does not open a ballot"):
        services.ballot_voter(small.id, token, PHONE_A)


def test_another_workshops_link_opens_nothing_here(services, small, links):
    other = make_small(services, "Other workshop", titles=("Zulu",))
    theirs = _links(services, other)
    with pytest.raises(BallotRefused):
        services.ballot_voter(small.id, theirs["Ana"], PHONE_A)
    with pytest.raises(BallotRefused):
        services.ballot_voter(other.id, links["Ana"], PHONE_A)


@pytest.mark.parametrize("device", ["", "short", "has space in it", "x" * 65, None])
def test_a_phone_must_say_who_it_is(services, small, links, device):
    with pytest.raises(BallotRefused, match="did not say who it is"):
        services.ballot_voter(small.id, links["Ana"], device)


def test_the_code_on_the_card_gives_the_link(services, small, links):
    code = services.ballot_links(small.id)[0].code
    typed = " ".join(code.lower()[i : i + 3] for i in (0, 3))
    assert clean_code(typed) == code
    assert services.ballot_join(small.id, small.people["Ana"], typed) == links["Ana"]
    for person, wrong in ((small.people["Ana"], "AAAAAA"), (small.people["Bao"], code)):
        with pytest.raises(BallotRefused, match="do not match"):
            services.ballot_join(small.id, person, wrong)
    with pytest.raises(BallotRefused, match="do not match"):
        services.ballot_join(small.id, small.people["Olga"], code)  # no link at all
    assert services.ballot_names(small.id) == [
        (small.people["Ana"], "Ana"),
        (small.people["Bao"], "Bao"),
    ]


# -- a ballot ---------------------------------------------------------------------------------


def test_a_ballot_holds_the_open_round_and_only_its_directors_choices(
    services, small, links, scoring
):
    ana = services.ballot_voter(small.id, links["Ana"], PHONE_A)
    assert services.ballot(ana).scores == {}
    _send(services, small, links["Ana"], PHONE_A, "a-00000001", small.proposals[0],
          small.criteria["Core"], 4)  # fmt: skip
    services.record_score(
        scoring, small.people["Bao"], small.proposals[0], small.criteria["Core"], 1
    )
    ballot = services.ballot(ana)
    assert ballot.round is not None and ballot.round.id == scoring
    assert [p.title for p in ballot.proposals] == ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    assert [c.name for c in ballot.criteria] == ["Important", "Core", "Achievable"]
    assert ballot.scores == {(small.proposals[0], small.criteria["Core"]): 4}
    assert ballot.dots_left is None


def test_without_an_open_round_a_ballot_is_empty(services, small, links):
    ana = services.ballot_voter(small.id, links["Ana"], PHONE_A)
    ballot = services.ballot(ana)
    assert ballot.round is None and ballot.proposals == () and ballot.scores == {}


def test_a_scoped_round_shows_only_its_proposals(services, small, links):
    services.open_round(small.id, proposal_ids=list(small.proposals[:2]))
    ana = services.ballot_voter(small.id, links["Ana"], PHONE_A)
    assert [p.id for p in services.ballot(ana).proposals] == list(small.proposals[:2])
    with pytest.raises(ServiceError):
        _send(services, small, links["Ana"], PHONE_A, "a-00000001", small.proposals[4],
              small.criteria["Core"], 4)  # fmt: skip


# -- choices ----------------------------------------------------------------------------------


def test_a_choice_sent_twice_is_applied_once(services, small, links, scoring):
    services.ballot_voter(small.id, links["Ana"], PHONE_A)
    cell = (small.proposals[0], small.criteria["Important"])
    first = _send(services, small, links["Ana"], PHONE_A, "sub-0000001", *cell, 2)
    _send(services, small, links["Ana"], PHONE_A, "sub-0000002", *cell, 5)
    again = _send(services, small, links["Ana"], PHONE_A, "sub-0000001", *cell, 2)  # late resend
    assert first is not None and again is None
    own = services.sealed_entries(scoring, participant_id=small.people["Ana"]).scores
    assert own == {(small.people["Ana"], *cell): 5}


def test_a_phone_clears_a_choice(services, small, links, scoring):
    services.ballot_voter(small.id, links["Ana"], PHONE_A)
    cell = (small.proposals[1], small.criteria["Core"])
    _send(services, small, links["Ana"], PHONE_A, "sub-0000001", *cell, 3)
    _send(services, small, links["Ana"], PHONE_A, "sub-0000002", *cell, None)
    _send(services, small, links["Ana"], PHONE_A, "sub-0000003", *cell, None)  # nothing there
    assert services.entry_keys(scoring) == frozenset()


@pytest.mark.parametrize(
    ("proposal", "criterion", "value", "message"),
    [
        (0, "Core", 6, "scored 1–5; 6 is outside"),
        (0, "Core", 0, "scored 1–5; 0 is outside"),
        (0, "Achievable", 11, "scored 0–10; 11 is outside"),
        (0, None, 3, "score for a criterion"),
        (-1, "Core", 3, "proposal"),
        (0, -1, 3, "criterion"),
        (0, "Core", True, "whole number"),
        (0, "Core", 2.5, "whole number"),
        (0, "Core", "3", "whole number"),
    ],
)
def test_every_field_of_a_choice_is_checked(
    services, small, links, scoring, proposal, criterion, value, message
):
    services.ballot_voter(small.id, links["Ana"], PHONE_A)
    p = small.proposals[0] if proposal == 0 else 10_000
    c = small.criteria.get(criterion, 10_000) if isinstance(criterion, str) else criterion
    with pytest.raises(ServiceError, match=message):
        _send(services, small, links["Ana"], PHONE_A, "sub-0000001", p, c, value)
    assert services.entry_keys(scoring) == frozenset()


def test_another_workshops_criterion_or_proposal_is_refused(services, small, links, scoring):
    other = make_small(services, "Other workshop", titles=("Zulu",))
    services.ballot_voter(small.id, links["Ana"], PHONE_A)
    for p, c in (
        (other.proposals[0], small.criteria["Core"]),
        (small.proposals[0], other.criteria["Core"]),
    ):
        with pytest.raises(ServiceError):
            _send(services, small, links["Ana"], PHONE_A, "sub-0000001", p, c, 3)
    assert services.entry_keys(scoring) == frozenset()


@pytest.mark.parametrize("sid", ["", "short", "has space", "x" * 65, 12345678, None])
def test_a_choice_needs_a_proper_id(services, small, links, scoring, sid):
    services.ballot_voter(small.id, links["Ana"], PHONE_A)
    with pytest.raises(ServiceError, match="needs an id"):
        _send(services, small, links["Ana"], PHONE_A, sid, small.proposals[0],
              small.criteria["Core"], 3)  # fmt: skip


def test_a_choice_from_another_phone_or_before_binding_is_refused(services, small, links, scoring):
    args = (small.proposals[0], small.criteria["Core"], 3)
    with pytest.raises(BallotRefused):  # not yet bound: a choice alone binds nothing
        _send(services, small, links["Ana"], PHONE_A, "sub-0000001", *args)
    services.ballot_voter(small.id, links["Ana"], PHONE_A)
    with pytest.raises(BallotRefused, match="another phone"):
        _send(services, small, links["Ana"], PHONE_B, "sub-0000002", *args)
    assert services.entry_keys(scoring) == frozenset()


def test_once_the_round_closes_every_choice_is_refused(services, small, links, scoring):
    services.ballot_voter(small.id, links["Ana"], PHONE_A)
    services.close_round(scoring)
    with pytest.raises(BallotRefused, match="closed"):
        _send(services, small, links["Ana"], PHONE_A, "sub-0000001", small.proposals[0],
              small.criteria["Core"], 3)  # fmt: skip


def test_dots_within_the_budget_only(services, small, links):
    r = int(services.open_round(small.id, method="dots", dots=3).subject or 0)
    ana = services.ballot_voter(small.id, links["Ana"], PHONE_A)
    token = links["Ana"]
    _send(services, small, token, PHONE_A, "dot-0000001", small.proposals[0], None, 2)
    assert services.ballot(ana).dots_left == 1
    with pytest.raises(ServiceError, match="dot"):
        _send(services, small, token, PHONE_A, "dot-0000002", small.proposals[1], None, 2)
    with pytest.raises(ServiceError, match="number of dots"):
        _send(services, small, token, PHONE_A, "dot-0000003", small.proposals[1],
              small.criteria["Core"], 1)  # fmt: skip
    _send(services, small, token, PHONE_A, "dot-0000004", small.proposals[0], None, 0)
    _send(services, small, token, PHONE_A, "dot-0000005", small.proposals[1], None, 3)
    ballot = services.ballot(ana)
    assert (ballot.dots, ballot.dots_left) == ({small.proposals[1]: 3}, 0)
    assert services.sealed_entries(r).dots == {(small.people["Ana"], small.proposals[1]): 3}


def test_many_choices_at_once_from_every_phone_lose_nothing(services, small, links, scoring):
    """Two phones, five threads each, every choice sent twice: each cell holds the last
    value its director chose, and every submission is recorded once."""
    phones = {"Ana": PHONE_A, "Bao": PHONE_B}
    for name, device in phones.items():
        services.ballot_voter(small.id, links[name], device)
    cells = [(p, c) for p in small.proposals for c in small.criteria.values()]
    start = threading.Barrier(10)
    failures: list[BaseException] = []

    def send(name: str, part: int) -> None:
        start.wait()
        try:
            for i, (p, c) in enumerate(cells[part::5]):
                sid = f"{name}-{part}-{i:04d}"
                for _ in range(2):
                    _send(services, small, links[name], phones[name], sid, p, c, 1 + i % 5)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=send, args=(n, k)) for n in phones for k in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    scores = services.sealed_entries(scoring).scores
    assert len(scores) == 2 * len(cells)
    expected = {
        (small.people[n], p, c): 1 + i % 5
        for n in phones
        for k in range(5)
        for i, (p, c) in enumerate(cells[k::5])
    }
    assert scores == expected


# -- progress ---------------------------------------------------------------------------------


def test_progress_says_how_far_each_director_is_never_a_value(services, small, links, scoring):
    services.ballot_voter(small.id, links["Ana"], PHONE_A)
    progress = {p.name: p for p in services.voter_progress(scoring)}
    assert {n: p.state for n, p in progress.items()} == {"Ana": "not started", "Bao": "not started"}
    assert progress["Ana"].expected == len(small.proposals) * len(small.criteria)
    _send(services, small, links["Ana"], PHONE_A, "sub-0000001", small.proposals[0],
          small.criteria["Core"], 3)  # fmt: skip
    services.set_scores(
        scoring,
        {(small.people["Bao"], p, c): 1 for p in small.proposals for c in small.criteria.values()},
    )
    progress = {p.name: p for p in services.voter_progress(scoring)}
    assert (progress["Ana"].state, progress["Ana"].given) == ("partly", 1)
    assert progress["Bao"].state == "done"


def test_dot_progress_counts_dots_spent(services, small, links):
    r = int(services.open_round(small.id, method="dots", dots=3).subject or 0)
    services.record_dots(r, small.people["Ana"], small.proposals[0], 1)
    services.record_dots(r, small.people["Bao"], small.proposals[1], 3)
    states = {p.name: (p.state, p.given, p.expected) for p in services.voter_progress(r)}
    assert states == {"Ana": ("partly", 1, 3), "Bao": ("done", 3, 3)}


def test_one_phones_ids_say_nothing_about_anothers(services, small, links, scoring):
    services.ballot_voter(small.id, links["Ana"], PHONE_A)
    services.ballot_voter(small.id, links["Bao"], PHONE_B)
    cell = (small.proposals[0], small.criteria["Core"])
    assert _send(services, small, links["Ana"], PHONE_A, "same-id-01", *cell, 2) is not None
    assert _send(services, small, links["Bao"], PHONE_B, "same-id-01", *cell, 4) is not None
    assert services.sealed_entries(scoring).scores == {
        (small.people["Ana"], *cell): 2,
        (small.people["Bao"], *cell): 4,
    }
