"""The phone ballot in the phone's language, in a real browser (Debian's chromium, headless):
- a phone whose browser speaks Vietnamese gets the ballot and the join page in Vietnamese,
  `<html lang="vi">`; switching to Español on the page turns it Spanish, and the choice
  stays with the phone (a reload, the bare link again) whatever its browser says;
- the wiring, proved now with the pseudo-language (qps: every catalog word bracketed and
  40 % longer): every word on the page came through the catalogs, the workshop's own titles
  and criteria are shown as typed, the picker switches and is remembered;
- at a phone's size (360×640 and 320×568) the pseudo-language's longer words never make the
  page scroll sideways, nothing is clipped and no text runs out of its button or label.

Spanish and Vietnamese words arrive with the lead's merge of the catalogs: until then the
tests that expect them fail on their first Spanish or Vietnamese word (nothing is skipped).
"""

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from roadmap_desktop.words.pseudo import is_pseudo
from tests.voting.conftest import WAIT_MS, Room
from tests.voting.test_ballot_browser import proposal, radio, status, tap


def _phone(browser: Browser, locale: str, width: int = 390, height: int = 844) -> BrowserContext:
    context = browser.new_context(
        viewport={"width": width, "height": height},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale=locale,  # the browser's Accept-Language
    )
    context.set_default_timeout(WAIT_MS)
    return context


@pytest.fixture
def vietnamese_phone(browser: Browser) -> Iterator[BrowserContext]:
    context = _phone(browser, "vi-VN")
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def english_phone(browser: Browser) -> Iterator[BrowserContext]:
    context = _phone(browser, "en-US")
    try:
        yield context
    finally:
        context.close()


def heading(page: Page):
    return page.get_by_role("heading", level=1)


def html_lang(page: Page) -> str:
    return str(page.evaluate("document.documentElement.lang"))


def picker(page: Page):
    return page.locator("nav.languages")


def tap_dots(page: Page, title: str, value: int) -> None:
    """Taps a dot choice (its group's name is the page's word for "Dots", in any language)."""
    choices = proposal(page, title).locator("fieldset.criterion label")
    choices.get_by_text(str(value), exact=True).tap()


def wait_for_ballot(page: Page, name: str) -> None:
    expect(heading(page)).to_contain_text(name)
    expect(page.locator("fieldset.proposal").first).to_be_visible()


# -- Vietnamese and Spanish ------------------------------------------------------------------


def test_a_vietnamese_phone_gets_the_ballot_in_vietnamese(
    room: Room, vietnamese_phone: BrowserContext
) -> None:
    page = vietnamese_phone.new_page()
    page.goto(room.link("Ana"))
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    wait_for_ballot(page, "Ana")
    expect(picker(page).get_by_role("link", name="Tiếng Việt")).to_have_attribute(
        "aria-current", "true"
    )
    expect(heading(page)).to_have_text("Phiếu của Ana")
    expect(page.get_by_text("Vòng 1", exact=True)).to_be_visible()
    tap(page, "Alpha", "Important", 4)  # the workshop's own words stay as typed
    expect(status(page)).to_have_text("Đã lưu")
    expect(proposal(page, "Alpha").locator(".state")).to_have_text("Đã lưu")

    join = vietnamese_phone.new_page()
    join.goto(room.url + "/")
    expect(join.locator("html")).to_have_attribute("lang", "vi")
    expect(heading(join)).to_have_text("Tham gia bỏ phiếu")
    expect(join.get_by_role("button")).to_have_text("Mở phiếu")
    expect(join.get_by_label("Họ tên")).to_be_visible()


def test_switching_to_spanish_on_the_page_is_kept_on_the_phone(
    room: Room, vietnamese_phone: BrowserContext
) -> None:
    page = vietnamese_phone.new_page()
    page.goto(room.link("Ana"))
    wait_for_ballot(page, "Ana")
    tap(page, "Bravo", "Core", 2)
    expect(page.locator(".state.saved")).to_have_count(1)
    picker(page).get_by_role("link", name="Español").tap()
    expect(page.locator("html")).to_have_attribute("lang", "es")  # the wiring: now
    wait_for_ballot(page, "Ana")
    expect(radio(page, "Bravo", "Core", 2)).to_be_checked()  # nothing lost in the switch
    expect(picker(page).get_by_role("link", name="Español")).to_have_attribute(
        "aria-current", "true"
    )
    expect(heading(page)).to_have_text("Boleta de Ana")  # the words: after the merge
    page.reload()
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(heading(page)).to_have_text("Boleta de Ana")
    page.goto(room.link("Ana"))  # the bare link again: the phone's choice, not its browser's
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(heading(page)).to_have_text("Boleta de Ana")
    tap(page, "Alpha", "Important", 5)
    expect(status(page)).to_have_text("Guardado")


# -- the wiring, with the pseudo-language --------------------------------------------------

# Every visible text of ours on the ballot page; the rest is the workshop's data or digits.
OURS = "h1, #round, #dots-left, .state:not(:empty), #status:not(:empty), #done, p.note"


def _pseudo_everywhere(page: Page) -> None:
    texts = page.locator(OURS).evaluate_all(
        "nodes => nodes.filter(n => n.getClientRects().length).map(n => n.textContent)"
    )
    assert texts, "nothing of ours is shown"
    for text in texts:
        assert is_pseudo(text), text
    assert is_pseudo(page.title())
    label = picker(page).get_attribute("aria-label")
    assert label is not None and is_pseudo(label)


def test_every_word_on_the_ballot_came_through_the_catalogs(
    room: Room, english_phone: BrowserContext
) -> None:
    page = english_phone.new_page()
    page.goto(room.link("Ana") + "?lang=qps")
    expect(page.locator("html")).to_have_attribute("lang", "qps")
    wait_for_ballot(page, "Ana")
    assert is_pseudo(heading(page).inner_text())
    legends = page.locator("fieldset.proposal > legend")
    expect(legends).to_have_text(["Alpha", "Bravo", "Charlie", "Delta", "Echo"])  # as typed
    alpha = proposal(page, "Alpha")
    for criterion in ("Important", "Core", "Achievable"):
        expect(alpha.get_by_role("group", name=criterion, exact=True)).to_have_count(1)
    tap(page, "Alpha", "Core", 3)
    expect(status(page)).to_have_text(re.compile("⟦.*⟧"))
    expect(alpha.locator(".state")).to_have_text(re.compile("⟦.*⟧"))
    _pseudo_everywhere(page)

    # Refused by the server: its sentence comes in the phone's language too.
    page.route(
        "**/choice",
        lambda route: route.fulfill(status=409, json={"saved": False, "error": "Nope."}),
    )
    tap(page, "Bravo", "Core", 4)
    refused = proposal(page, "Bravo").locator(".state.refused")
    expect(refused).to_have_text(re.compile(r"^⟦.*⟧$"))
    assert "Nope." in refused.inner_text()  # the server's sentence within the page's own

    page.reload()  # the choice is the phone's: kept
    expect(page.locator("html")).to_have_attribute("lang", "qps")
    wait_for_ballot(page, "Ana")
    expect(radio(page, "Alpha", "Core", 3)).to_be_checked()
    picker(page).get_by_role("link", name="English").tap()  # and switched back
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(heading(page)).to_have_text("Ballot for Ana")
    page.goto(room.link("Ana"))
    expect(heading(page)).to_have_text("Ballot for Ana")


def test_the_dot_ballot_counts_in_the_pages_language(
    dot_room: Room, english_phone: BrowserContext
) -> None:
    page = english_phone.new_page()
    page.goto(dot_room.link("Ana") + "?lang=qps")
    wait_for_ballot(page, "Ana")
    left = page.locator("#dots-left")
    expect(left).to_contain_text("5")
    assert is_pseudo(left.inner_text())
    tap_dots(page, "Alpha", 4)
    expect(left).to_contain_text("1")
    assert is_pseudo(left.inner_text())
    tap_dots(page, "Bravo", 1)
    expect(page.locator("#done")).to_be_visible()
    dots = proposal(page, "Alpha").locator("fieldset.criterion > legend")
    assert is_pseudo(dots.inner_text())  # "Dots", the page's word
    expect(left).to_contain_text("0")
    _pseudo_everywhere(page)


# -- a phone's size, the longer words --------------------------------------------------------

# What a reader would see as broken: the page scrolling sideways, an element past the screen's
# edge, a box that hides what it holds, text that runs out of its button, link or label.
LAYOUT_PROBLEMS = """() => {
  const problems = [];
  const width = window.innerWidth;
  if (document.documentElement.scrollWidth > width) {
    problems.push("the page scrolls sideways: " + document.documentElement.scrollWidth);
  }
  const named = (node) => node.tagName.toLowerCase() + (node.id ? "#" + node.id : "") +
    (node.className ? "." + String(node.className).trim().split(/\\s+/).join(".") : "") +
    " “" + (node.textContent || "").trim().slice(0, 50) + "”";
  for (const node of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    if (!node.getClientRects().length || style.visibility === "hidden" ||
        style.opacity === "0" || box.width === 0 || box.height === 0) { continue; }
    if (box.right > width + 1 || box.left < -1) { problems.push("past the edge: " + named(node)); }
    const hides = [style.overflowX, style.overflowY].some((v) => v !== "visible");
    if (hides && !["INPUT", "SELECT", "TEXTAREA"].includes(node.tagName) &&
        (node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1)) {
      problems.push("clipped: " + named(node));
    }
    if (node.matches("button, a, label, legend, h1, .status, .state, .done, .dots-left, .round")) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (line.width === 0) { continue; }
        if (line.left < box.left - 1 || line.right > box.right + 1 ||
            line.top < box.top - 1 || line.bottom > box.bottom + 1) {
          problems.push("text out of its box: " + named(node));
          break;
        }
      }
    }
  }
  return problems;
}"""

SIZES = [(360, 640), (320, 568)]


def _no_layout_problems(page: Page, what: str) -> None:
    problems = page.evaluate(LAYOUT_PROBLEMS)
    assert problems == [], f"{what}: {problems}"


@pytest.fixture(params=SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def small_phone(request: Any, browser: Browser) -> Iterator[BrowserContext]:
    width, height = request.param
    context = _phone(browser, "en-US", width, height)
    try:
        yield context
    finally:
        context.close()


def test_the_pseudo_language_scoring_ballot_fits_a_small_phone(
    room: Room, small_phone: BrowserContext
) -> None:
    room.services.set_round_timer(room.round_id, 5)  # the longest round line: with its clock
    page = small_phone.new_page()
    page.goto(room.link("Ana") + "?lang=qps")
    wait_for_ballot(page, "Ana")
    expect(page.locator("#round")).to_contain_text(":")
    _no_layout_problems(page, "the ballot")
    tap(page, "Alpha", "Important", 5)
    expect(status(page)).to_be_visible()
    expect(proposal(page, "Alpha").locator(".state.saved")).to_have_count(1)
    _no_layout_problems(page, "a saved choice")
    small_phone.set_offline(True)
    tap(page, "Bravo", "Core", 2)  # the longest line: waiting for the network
    expect(proposal(page, "Bravo").locator(".state.waiting")).to_have_count(1)
    expect(status(page)).to_contain_text("⟦")
    _no_layout_problems(page, "a choice waiting for the network")
    small_phone.set_offline(False)
    expect(proposal(page, "Bravo").locator(".state.saved")).to_have_count(1)
    room.services.close_round(room.round_id)
    expect(page.locator("fieldset")).to_have_count(0)
    _no_layout_problems(page, "the round closed")


def test_the_pseudo_language_dot_ballot_fits_a_small_phone(
    dot_room: Room, small_phone: BrowserContext
) -> None:
    page = small_phone.new_page()
    page.goto(dot_room.link("Ana") + "?lang=qps")
    wait_for_ballot(page, "Ana")
    tap_dots(page, "Alpha", 5)
    expect(page.locator("#done")).to_be_visible()  # the thank-you, the longest text
    _no_layout_problems(page, "the dot ballot, every dot spent")


def test_the_pseudo_language_join_and_refusal_pages_fit_a_small_phone(
    room: Room, small_phone: BrowserContext
) -> None:
    page = small_phone.new_page()
    page.goto(room.url + "/?lang=qps")
    expect(page.locator("html")).to_have_attribute("lang", "qps")
    assert is_pseudo(page.get_by_role("button").inner_text())
    _no_layout_problems(page, "the join page")
    page.get_by_role("combobox").select_option(label="Ana")
    page.get_by_role("textbox").fill("WRONG1")
    page.get_by_role("button").tap()
    expect(page.get_by_role("alert")).to_be_visible()
    _no_layout_problems(page, "the join page with a refusal")
    page.goto(room.url + "/b/forged")
    expect(page.locator("html")).to_have_attribute("lang", "qps")
    expect(page.locator(".refused")).to_contain_text("⟦")
    _no_layout_problems(page, "a forged link")
