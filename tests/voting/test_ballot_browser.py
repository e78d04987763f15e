"""The phone ballot in a real browser (Debian's chromium, headless, at a phone's viewport
with touch), against a real ballot server on a loopback port.

What it checks, as a director holding a phone would see it:
- a personal link opens the director's own ballot: their name, every proposal as a
  `fieldset` whose `legend` is its title, each criterion a group named by the criterion
  holding one radio per point of its scale ("1".."5");
- a tapped choice is stored (read back through the services) and the status line says
  "Saved"; with the network gone a choice waits on the phone and says so, and when the
  network is back it is sent and stored once; a choice whose answer was lost is sent again
  with the same id and applied once; a choice the server refuses says why and is never
  shown as saved;
- a reload shows the director's own choices; another director's phone shows none of them;
- a forged link gets a 403 page and no ballot; the join page (pick your name, type your
  code) opens the ballot, and a wrong code is refused;
- a title that looks like markup is shown as typed and runs nothing;
- a dot round counts the dots left and disables what is beyond them;
- every choice is a target of 44 px or more and the page never scrolls sideways;
- the round closing is shown live ("voting has closed");
- axe-core finds no violation on the ballot (scoring and dot round) or the join page.

No sleeps: every wait is Playwright's own (expect, expect_response) with a generous timeout,
so a busy machine is slower, never wrong.
"""

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Locator,
    Page,
    Route,
    expect,
)

from tests.services.helpers import events, table_rows
from tests.voting.conftest import WAIT_MS, Room

PHONE: dict[str, Any] = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
    "locale": "en-GB",
}
MARKUP_TITLE = "<img src=x onerror=alert(1)>"


def _new_phone(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(**PHONE)
    context.set_default_timeout(WAIT_MS)
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[BrowserContext]:
    """A fresh phone: its own storage (so its own device id), touch, a phone's screen."""
    yield from _new_phone(browser)


@pytest.fixture
def other_phone(browser: Browser) -> Iterator[BrowserContext]:
    """A second phone, for a second director."""
    yield from _new_phone(browser)


# -- helpers -------------------------------------------------------------------------------


def open_ballot(context: BrowserContext, url: str, name: str) -> Page:
    """Opens a ballot link and waits until the director's ballot is shown."""
    page = context.new_page()
    page.goto(url)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Ballot for {name}")
    expect(page.locator("fieldset.proposal").first).to_be_visible()
    return page


def proposal(page: Page, title: str) -> Locator:
    return page.get_by_role("group", name=title, exact=True)


def radio(page: Page, title: str, criterion: str, value: int) -> Locator:
    """The radio for `value` in a proposal's criterion group (found by accessible names)."""
    group = proposal(page, title).get_by_role("group", name=criterion, exact=True)
    return group.get_by_role("radio", name=str(value), exact=True)


def tap(page: Page, title: str, criterion: str, value: int) -> None:
    """Taps the label of a choice, as a thumb would."""
    group = proposal(page, title).get_by_role("group", name=criterion, exact=True)
    group.locator("label").get_by_text(str(value), exact=True).tap()


def status(page: Page) -> Locator:
    return page.get_by_role("status")


def scores_of(room: Room, name: str) -> dict[tuple[int, int], int]:
    """(proposal, criterion) → value of one director's scores, read through the services."""
    person = room.small.people[name]
    sealed = room.services.sealed_entries(room.round_id, participant_id=person)
    return {(q, c): v for (_, q, c), v in sealed.scores.items()}


def cell(room: Room, title: str, criterion: str) -> tuple[int, int]:
    index = ("Alpha", "Bravo", "Charlie", "Delta", "Echo").index(title)
    return room.small.proposals[index], room.small.criteria[criterion]


def score_events(room: Room, name: str, title: str, criterion: str) -> int:
    """How many times the audit log says one director's cell was scored."""
    q, c = cell(room, title, criterion)
    person = room.small.people[name]
    return sum(
        1
        for _, kind, _, payload in events(room.services.store)
        if kind == "score.recorded"
        and (payload["subject"], payload["participant"], payload["criterion"]) == (q, person, c)
    )


def no_violations(page: Page) -> None:
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


# -- the tests -----------------------------------------------------------------------------


def test_a_link_opens_the_directors_own_ballot(room: Room, phone: BrowserContext) -> None:
    page = open_ballot(phone, room.link("Ana"), "Ana")
    legends = page.locator("fieldset.proposal > legend")
    expect(legends).to_have_text(["Alpha", "Bravo", "Charlie", "Delta", "Echo"])
    alpha = proposal(page, "Alpha")
    for criterion, low, high in (("Important", 1, 5), ("Core", 1, 5), ("Achievable", 0, 10)):
        group = alpha.get_by_role("group", name=criterion, exact=True)
        expect(group.get_by_role("radio")).to_have_count(high - low + 1)
        for value in (low, high):
            expect(group.get_by_role("radio", name=str(value), exact=True)).not_to_be_checked()
    expect(page.locator("input:checked")).to_have_count(0)
    expect(page.get_by_text("Round 1", exact=True)).to_be_visible()
    sizes = page.locator(".choice label").evaluate_all(
        "labels => labels.map(l => [l.getBoundingClientRect().width,"
        " l.getBoundingClientRect().height])"
    )
    assert len(sizes) == 5 * (5 + 5 + 11)
    assert min(min(w, h) for w, h in sizes) >= 44  # a thumb's target, every one
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_tapped_choice_is_saved_and_stored(room: Room, phone: BrowserContext) -> None:
    page = open_ballot(phone, room.link("Ana"), "Ana")
    tap(page, "Alpha", "Important", 4)
    expect(status(page)).to_have_text("Saved")
    expect(radio(page, "Alpha", "Important", 4)).to_be_checked()
    expect(proposal(page, "Alpha").locator(".state")).to_have_text("Saved")
    assert scores_of(room, "Ana") == {cell(room, "Alpha", "Important"): 4}
    tap(page, "Alpha", "Important", 2)  # a changed mind: the new value replaces the old
    expect(radio(page, "Alpha", "Important", 2)).to_be_checked()
    expect(radio(page, "Alpha", "Important", 4)).not_to_be_checked()
    expect(page.locator(".state.waiting")).to_have_count(0)  # the answer has come back
    assert scores_of(room, "Ana") == {cell(room, "Alpha", "Important"): 2}


def test_a_choice_made_offline_waits_and_is_stored_once_back_online(
    room: Room, phone: BrowserContext
) -> None:
    page = open_ballot(phone, room.link("Ana"), "Ana")
    tap(page, "Alpha", "Important", 3)
    expect(status(page)).to_have_text("Saved")

    phone.set_offline(True)
    tap(page, "Bravo", "Core", 5)
    expect(radio(page, "Bravo", "Core", 5)).to_be_checked()  # the phone keeps it
    waiting = re.compile("Waiting for the network")
    expect(proposal(page, "Bravo").locator(".state")).to_have_text(waiting)
    expect(status(page)).to_have_text(waiting)  # never a stale "Saved"
    assert cell(room, "Bravo", "Core") not in scores_of(room, "Ana")

    phone.set_offline(False)
    expect(status(page)).to_have_text("Saved")
    expect(proposal(page, "Bravo").locator(".state")).to_have_text("Saved")
    assert scores_of(room, "Ana") == {
        cell(room, "Alpha", "Important"): 3,
        cell(room, "Bravo", "Core"): 5,
    }
    assert score_events(room, "Ana", "Bravo", "Core") == 1
    assert len(table_rows(room.services.store, "ballot_submission")) == 2
    assert page.evaluate(
        "Object.keys(localStorage).filter(k => k.indexOf('queue') >= 0)"
        ".map(k => localStorage.getItem(k))"
    ) == ["[]"]


def test_a_choice_whose_answer_was_lost_is_applied_once(room: Room, phone: BrowserContext) -> None:
    """The server stored the choice but the phone never heard: the phone sends it again with
    the same id, the server acknowledges it without applying it twice."""
    page = open_ballot(phone, room.link("Ana"), "Ana")
    sent: list[str] = []

    def lose_first_answer(route: Route) -> None:
        sent.append(route.request.post_data_json["id"])
        if len(sent) == 1:
            route.fetch()  # the server gets it and stores it ...
            route.abort("connectionreset")  # ... and the answer is lost on the way back
        else:
            route.continue_()

    page.route("**/choice", lose_first_answer)
    tap(page, "Charlie", "Achievable", 7)
    expect(status(page)).to_have_text("Saved")
    expect(proposal(page, "Charlie").locator(".state")).to_have_text("Saved")
    assert len(sent) == 2 and sent[0] == sent[1]
    assert scores_of(room, "Ana") == {cell(room, "Charlie", "Achievable"): 7}
    assert score_events(room, "Ana", "Charlie", "Achievable") == 1
    assert len(table_rows(room.services.store, "ballot_submission")) == 1


def test_a_refused_choice_says_why_and_is_not_shown_as_saved(
    room: Room, phone: BrowserContext
) -> None:
    """The server refuses a choice for good (here a stand-in answer: the rules of the store
    refuse it): the phone says why, shows what the server holds, and never calls it saved."""
    page = open_ballot(phone, room.link("Ana"), "Ana")
    page.route(
        "**/choice",
        lambda route: route.fulfill(
            status=409, json={"saved": False, "error": "Bravo is not in this round."}
        ),
    )
    with page.expect_response(re.compile(r"/ballot$")):  # it reads the truth again
        tap(page, "Bravo", "Core", 4)
    expect(radio(page, "Bravo", "Core", 4)).not_to_be_checked()  # the truth is shown ...
    refused = "Not saved: Bravo is not in this round."
    expect(proposal(page, "Bravo").locator(".state")).to_have_text(refused)  # ... and why
    expect(status(page)).to_have_text(refused)
    assert scores_of(room, "Ana") == {}
    assert (
        page.evaluate(
            "localStorage.getItem(Object.keys(localStorage)"
            ".filter(k => k.indexOf('queue') >= 0)[0])"
        )
        == "[]"
    )


def test_a_reload_shows_ones_own_choices(room: Room, phone: BrowserContext) -> None:
    page = open_ballot(phone, room.link("Ana"), "Ana")
    tap(page, "Alpha", "Important", 5)
    expect(status(page)).to_have_text("Saved")
    tap(page, "Delta", "Achievable", 0)
    expect(proposal(page, "Delta").locator(".state")).to_have_text("Saved")
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ballot for Ana")
    expect(radio(page, "Alpha", "Important", 5)).to_be_checked()
    expect(radio(page, "Delta", "Achievable", 0)).to_be_checked()
    expect(page.locator("input:checked")).to_have_count(2)


def test_another_director_sees_none_of_ones_choices(
    room: Room, phone: BrowserContext, other_phone: BrowserContext
) -> None:
    ana = open_ballot(phone, room.link("Ana"), "Ana")
    tap(ana, "Alpha", "Important", 5)
    tap(ana, "Bravo", "Core", 1)
    expect(proposal(ana, "Bravo").locator(".state")).to_have_text("Saved")
    expect(proposal(ana, "Alpha").locator(".state")).to_have_text("Saved")

    bao = other_phone.new_page()
    with bao.expect_response(re.compile(r"/ballot$")) as answer:
        bao.goto(room.link("Bao"))
    data = answer.value.json()
    assert data["voter"] == "Bao"
    assert data["scores"] == [] and data["dots"] == []
    assert "Ana" not in json.dumps(data)
    expect(bao.get_by_role("heading", level=1)).to_have_text("Ballot for Bao")
    expect(bao.locator("fieldset.proposal")).to_have_count(5)
    expect(bao.locator("input:checked")).to_have_count(0)

    tap(bao, "Alpha", "Important", 2)  # Bao's own choice does not touch Ana's
    expect(status(bao)).to_have_text("Saved")
    expect(bao.locator("input:checked")).to_have_count(1)
    assert scores_of(room, "Bao") == {cell(room, "Alpha", "Important"): 2}
    assert scores_of(room, "Ana") == {
        cell(room, "Alpha", "Important"): 5,
        cell(room, "Bravo", "Core"): 1,
    }
    ana.reload()
    expect(radio(ana, "Alpha", "Important", 5)).to_be_checked()
    expect(ana.locator("input:checked")).to_have_count(2)


def test_a_forged_link_gets_a_403_page_and_no_ballot(room: Room, phone: BrowserContext) -> None:
    page = phone.new_page()
    forged = room.links["Ana"].token[:-4] + "AAAA"
    answer = page.goto(f"{room.url}/b/{forged}")
    assert answer is not None and answer.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("No ballot here")
    expect(page.get_by_text("does not open a ballot")).to_be_visible()
    expect(page.locator("fieldset")).to_have_count(0)
    expect(page.locator("input")).to_have_count(0)
    data = page.request.get(
        f"{room.url}/b/{forged}/ballot", headers={"X-Ballot-Device": "forged-phone-0001"}
    )
    assert data.status == 403
    assert "proposals" not in data.text() and "Alpha" not in data.text()


def test_the_join_page_opens_the_ballot_with_a_name_and_code(
    room: Room, phone: BrowserContext
) -> None:
    page = phone.new_page()
    page.goto(room.url + "/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Join the vote")
    expect(page.get_by_text("Pick your name and type the code")).to_be_visible()
    names = page.get_by_label("Your name")
    expect(names.locator("option")).to_have_text(["Ana", "Bao"])

    names.select_option(label="Ana")  # a wrong code first: refused, no ballot
    page.get_by_label("Your code").fill("WRONG1")
    page.get_by_role("button", name="Open my ballot").tap()
    expect(page.get_by_role("alert")).to_have_text(re.compile("do not match"))
    expect(page.locator("fieldset")).to_have_count(0)

    page.get_by_label("Your name").select_option(label="Ana")
    code = room.links["Ana"].code
    page.get_by_label("Your code").fill(code.lower())  # typed in small letters: still it
    page.get_by_role("button", name="Open my ballot").tap()
    expect(page).to_have_url(room.link("Ana"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ballot for Ana")
    expect(page.locator("fieldset.proposal")).to_have_count(5)
    tap(page, "Echo", "Core", 3)
    expect(status(page)).to_have_text("Saved")
    assert scores_of(room, "Ana") == {cell(room, "Echo", "Core"): 3}


def test_a_title_that_looks_like_markup_is_shown_as_typed(
    room: Room, phone: BrowserContext
) -> None:
    room.services.update_proposal(room.small.proposals[0], title=MARKUP_TITLE)
    dialogs: list[str] = []
    page = phone.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(room.link("Ana"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ballot for Ana")
    legend = page.locator("fieldset.proposal > legend").first
    expect(legend).to_have_text(MARKUP_TITLE)
    expect(page.get_by_role("group", name=MARKUP_TITLE, exact=True)).to_have_count(1)
    expect(page.locator("img")).to_have_count(0)
    tap(page, MARKUP_TITLE, "Important", 1)  # and it can be voted on like any other
    expect(status(page)).to_have_text("Saved")
    assert dialogs == []


def test_a_dot_round_counts_dots_left_and_disables_what_is_beyond_them(
    dot_room: Room, phone: BrowserContext
) -> None:
    room = dot_room
    page = open_ballot(phone, room.link("Ana"), "Ana")
    left = page.locator("#dots-left")
    expect(left).to_have_text("5 dots left")
    alpha = proposal(page, "Alpha").get_by_role("group", name="Dots", exact=True)
    expect(alpha.get_by_role("radio")).to_have_count(6)  # 0..5
    expect(proposal(page, "Alpha").get_by_role("group", name="Important")).to_have_count(0)

    tap(page, "Alpha", "Dots", 3)
    expect(status(page)).to_have_text("Saved")
    expect(left).to_have_text("2 dots left")
    for value in range(6):  # Bravo: 0..2 still possible, 3..5 beyond the dots left
        choice = radio(page, "Bravo", "Dots", value)
        if value <= 2:
            expect(choice).to_be_enabled()
        else:
            expect(choice).to_be_disabled()
    for value in range(6):  # Alpha: its own 3 can move to anything up to 5
        expect(radio(page, "Alpha", "Dots", value)).to_be_enabled()

    tap(page, "Bravo", "Dots", 2)
    expect(proposal(page, "Bravo").locator(".state")).to_have_text("Saved")
    expect(left).to_have_text("0 dots left")
    expect(radio(page, "Charlie", "Dots", 1)).to_be_disabled()
    expect(radio(page, "Charlie", "Dots", 0)).to_be_enabled()
    expect(page.locator("#done")).to_be_visible()
    sealed = room.services.sealed_entries(room.round_id, participant_id=room.small.people["Ana"])
    alpha_id, bravo_id = room.small.proposals[:2]
    assert {q: n for (_, q), n in sealed.dots.items() if n} == {alpha_id: 3, bravo_id: 2}
    assert room.services.dots_left(room.round_id, room.small.people["Ana"]) == 0


def test_the_round_closing_is_shown_live(room: Room, phone: BrowserContext) -> None:
    page = open_ballot(phone, room.link("Ana"), "Ana")
    tap(page, "Alpha", "Important", 4)
    expect(status(page)).to_have_text("Saved")
    room.services.close_round(room.round_id)
    closed = re.compile("Voting has closed")
    expect(page.locator("#ballot")).to_have_text(closed)
    expect(status(page)).to_have_text(closed)
    expect(page.locator("fieldset")).to_have_count(0)
    expect(page.locator("input")).to_have_count(0)


def test_the_scoring_ballot_has_no_accessibility_violations(
    room: Room, phone: BrowserContext
) -> None:
    page = open_ballot(phone, room.link("Ana"), "Ana")
    tap(page, "Alpha", "Important", 3)  # a checked choice, its saved line and the status
    expect(status(page)).to_have_text("Saved")
    no_violations(page)


def test_the_dot_ballot_has_no_accessibility_violations(
    dot_room: Room, phone: BrowserContext
) -> None:
    page = open_ballot(phone, dot_room.link("Ana"), "Ana")
    tap(page, "Alpha", "Dots", 4)  # some choices disabled, one checked
    expect(page.locator("#dots-left")).to_have_text("1 dot left")
    expect(radio(page, "Bravo", "Dots", 2)).to_be_disabled()
    no_violations(page)


def test_the_join_page_has_no_accessibility_violations(room: Room, phone: BrowserContext) -> None:
    page = phone.new_page()
    page.goto(room.url + "/")
    expect(page.get_by_label("Your name")).to_be_visible()
    no_violations(page)
    page.get_by_label("Your code").fill("WRONG1")  # and with its refusal shown
    page.get_by_role("button", name="Open my ballot").tap()
    expect(page.get_by_role("alert")).to_be_visible()
    no_violations(page)
