"""What a phone reads, in the phone's own language: the server's pages (join, refusal), the
ballot page (index.html, filled in here) and the words its script shows.

A phone's language is the one it chose on the page (the language picker: a link with
?lang=…, remembered in a cookie that only says a language), else the best of its
Accept-Language, else English. Every word is rendered on the server from the gettext
catalogs, inside `words.using(code)`; the script only puts the words it was given in place
(filling in {name}-style fields), and texts with a count come from the catalog's plural rule
for each count the page can show. Proposal titles and criteria are the workshop's own: shown
as typed.
"""

import html
import json
from string import Template

from aiohttp import web

from roadmap_desktop import words
from roadmap_desktop.bundled import resource
from roadmap_desktop.words import Num, _, n_, p_

LANG_PARAM = "lang"
LANG_COOKIE = "ballot_lang"
LANG_COOKIE_AGE_S = 400 * 24 * 3600  # a year and a bit: the next workshop still knows it


def chosen_language(asked: str | None) -> str | None:
    """The language a ?lang= or the cookie names, if we have it (the pseudo-language too: it
    shows nothing but the same words in brackets, for the layout tests)."""
    return words.normalize(asked[:16]) if asked else None


def language_of(query: str | None, cookie: str | None, accept: str | None) -> str:
    """The phone's language: its choice on the page, then its browser's, then English."""
    return chosen_language(query) or chosen_language(cookie) or words.negotiate(accept)


def picker(base: str = "") -> str:
    """The language picker: each language by its own name, as plain links (no script needed:
    the join page has none); the one in force is marked as current."""
    now = words.current()
    items = []
    for code in words.available():
        current = ' aria-current="true"' if code == now else ""
        name = html.escape(words.native_name(code))
        items.append(
            f'<li><a href="{html.escape(base)}?{LANG_PARAM}={code}" hreflang="{code}" '
            f'lang="{code}"{current}>{name}</a></li>'
        )
    # Translators: the accessible name of the list of languages at the top of the phone's page.
    label = html.escape(str(p_("language picker", "Language")))
    return f'<nav class="languages" aria-label="{label}"><ul>{"".join(items)}</ul></nav>'


def page(title: str, body: str, status: int = 200, *, base: str = "") -> web.Response:
    """A small server-made page (join, refusal); every name in it is escaped by the caller."""
    text = (
        f"<!doctype html><html lang='{words.current()}'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(title)}</title>"
        "<link rel='stylesheet' href='/static/ballot.css'></head>"
        f"<body>{picker(base)}<main class='page'><h1>{html.escape(title)}</h1>{body}</main>"
        "</body></html>"
    )
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def refused(reason: str, status: int = 403) -> web.Response:
    return page(str(_("No ballot here")), f"<p class='refused'>{html.escape(reason)}</p>", status)


def join(names: list[tuple[int, str]], problem: str = "", status: int = 200) -> web.Response:
    options = "".join(f"<option value='{pid}'>{html.escape(name)}</option>" for pid, name in names)
    note = f"<p class='refused' role='alert'>{html.escape(problem)}</p>" if problem else ""
    say = {
        "intro": _("Pick your name and type the code on your card."),
        "name": _("Your name"),
        # Translators: the six letters and digits printed on the director's join card.
        "code": _("Your code"),
        "open": _("Open my ballot"),
    }
    shown = {key: html.escape(str(text)) for key, text in say.items()}
    body = (
        f"<p>{shown['intro']}</p>"
        f"{note}<form method='post' action='/join' class='join'>"
        f"<label for='who'>{shown['name']}</label>"
        f"<select id='who' name='participant' required>{options}</select>"
        f"<label for='code'>{shown['code']}</label>"
        "<input id='code' name='code' autocomplete='off' autocapitalize='characters' "
        "spellcheck='false' maxlength='12' required>"
        f"<button type='submit'>{shown['open']}</button></form>"
    )
    # The join page answers a POST too (a refused code): its picker links go to "/".
    return page(str(_("Join the vote")), body, status, base="/")


def no_ballot() -> str:
    return str(_("This link does not open a ballot. Ask the facilitator for yours."))


def failed() -> str:
    return str(_("Something went wrong on the laptop; try again."))


def script_words() -> dict[str, str]:
    """The words ballot.js shows, rendered now (in the current language). Fields in braces
    are filled in by the script: {name} a director, {number} a round, {time} minutes and
    seconds ("4:05"), {reason} a sentence the server sent."""
    said: dict[str, str | words.Message] = {
        "saved": _("Saved"),
        "saving": _("Saving…"),
        "waiting": _("Waiting for the network — your choice is kept on this phone"),
        "closed": _("Voting has closed. Thank you."),
        "none": _("No round is open yet. This page will show the ballot when one opens."),
        "done": _(
            "Thank you — all your choices are saved. You can change them until the round closes."
        ),
        # Translators: {reason} is a whole sentence from the server, e.g. "The round has closed."
        "refused": _("Not saved: {reason}"),
        # Translators: the name of the group of choices 0, 1, 2… on a proposal in dot voting.
        "dots": p_("dot voting", "Dots"),
        # Translators: the ballot's heading; {name} is the director's name.
        "heading": _("Ballot for {name}"),
        "round": _("Round {number}"),
        # Translators: {time} is minutes and seconds, e.g. "4:05".
        "round_timed": _("Round {number} · {time} left"),
        "round_time_up": _("Round {number} · time is up"),
        "no_ballot": no_ballot(),
        "failed": failed(),
    }
    return {key: words.render(text) for key, text in said.items()}


def dots_left(dots: int) -> list[str]:
    """ "n dots left" for every n the page can show (0 to the round's dots), each with the
    catalog's plural form for that n: the script picks by index, never by an English rule."""
    return [str(n_("{n} dot left", "{n} dots left", left, n=Num(left))) for left in range(dots + 1)]


def ballot_page() -> str:
    """index.html in the current language: its own words, the picker, the script's words."""
    template = Template(resource("ballot", "index.html").read_text(encoding="utf-8"))
    return template.substitute(
        lang=words.current(),
        title=html.escape(str(_("Your ballot"))),
        languages=picker(),
        loading=html.escape(str(_("Opening your ballot…"))),
        noscript=html.escape(str(_("This ballot needs JavaScript switched on."))),
        words=html.escape(json.dumps(script_words(), ensure_ascii=False), quote=True),
    )
