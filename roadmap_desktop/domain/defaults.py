"""The San José model a new workshop starts from: domains, categories, criteria and lanes.

Colours are the Okabe–Ito colour-blind-safe palette (DESIGN.md); always shown with a label.
Short labels are what a narrow card shows when the full name does not fit; a name without
one is short enough as it is.

The model's words are messages (the city's own words in each language: `model_domains()` and
the others render them in the current language, or the one `words.using` chose); DOMAINS,
CATEGORIES, CRITERIA and LANES are the same model in English, as data.
"""

from collections.abc import Iterable, Iterator

from roadmap_desktop import words
from roadmap_desktop.words import Message, p_

# The San José model's domains are adjectives that describe the city the proposal helps build.
_DOMAINS: tuple[tuple[Message, str], ...] = (
    # Translators: a San José domain, an adjective for the city: "a safe city".
    (p_("domain", "Safe"), "#0072B2"),
    # Translators: a San José domain, an adjective for the city: "an inclusive city".
    (p_("domain", "Inclusive"), "#E69F00"),
    # Translators: a San José domain, an adjective for the city: "a city easy to deal with".
    (p_("domain", "User-friendly"), "#56B4E9"),
    # Translators: a San José domain, an adjective for the city: "a sustainable city".
    (p_("domain", "Sustainable"), "#009E73"),
    # Translators: a San José domain: the city as a place to demonstrate new technology.
    (p_("domain", "Demonstration"), "#CC79A7"),
)

_CATEGORIES: tuple[tuple[Message, int | None], ...] = (
    # Translators: a San José category of proposal: rolled out across the whole city.
    (p_("category", "Implementation at scale"), 7),
    # Translators: a San José category of proposal: a plan, a demonstration or a pilot.
    (p_("category", "Strategy / demonstration / pilot"), 13),
    # Translators: a San José category of proposal: building the City staff's skills.
    (p_("category", "Capacity building"), 1),
)

# Short labels by the English name, for the San José model's domains and categories (and any
# workshop that uses the same names, in any language): what a narrow card shows.
_DOMAIN_SHORT_NAMES: dict[str, Message] = {
    # Translators: the short label of the domain "User-friendly", on a narrow card.
    "User-friendly": p_("domain short label", "Friendly"),
    # Translators: the short label of the domain "Demonstration", on a narrow card.
    "Demonstration": p_("domain short label", "Demo"),
}
_CATEGORY_SHORT_NAMES: dict[str, Message] = {
    # Translators: the short label of the category "Implementation at scale", on a narrow card.
    "Implementation at scale": p_("category short label", "At scale"),
    # Translators: the short label of the category "Strategy / demonstration / pilot".
    "Strategy / demonstration / pilot": p_("category short label", "Pilot"),
    # Translators: the short label of the category "Capacity building", on a narrow card.
    "Capacity building": p_("category short label", "Capacity"),
}

_CRITERIA: tuple[tuple[Message, Message], ...] = (
    (
        # Translators: a San José criterion: how much the problem matters to residents.
        p_("criterion", "Important"),
        p_(
            "criterion question",
            "Does the problem cause our residents or businesses real pain or annoyance?",
        ),
    ),
    (
        # Translators: a San José criterion: whether the problem is the City's to solve.
        p_("criterion", "Core"),
        p_("criterion question", "Is this a problem the City can and should solve?"),
    ),
    (
        # Translators: a San José criterion: whether the problem can be solved.
        p_("criterion", "Achievable"),
        p_(
            "criterion question",
            "Can it be solved at scale with technology or a better process?",
        ),
    ),
)
SCALE = (1, 5)
ROADMAP_SIZE = 21  # the San José roadmap's size: the top N when no Roadmap lane has a limit


def roadmap_top(limits: Iterable[int | None]) -> int:
    """The top N a cut line draws by default: the first limit of the workshop's Roadmap
    lanes (in board order) that is set, else the San José roadmap's 21."""
    return next((limit for limit in limits if limit), ROADMAP_SIZE)


_LANES: tuple[tuple[Message, str], ...] = (
    # Translators: a board column: where new proposals arrive.
    (p_("lane", "Inbox"), "inbox"),
    # Translators: a board column: the proposals kept for a closer look.
    (p_("lane", "Shortlist"), "shortlist"),
    # Translators: a board column: the proposals the cabinet puts on the city's roadmap.
    (p_("lane", "Roadmap"), "roadmap"),
    # Translators: a board column: the proposals set aside for now.
    (p_("lane", "Parked"), "parked"),
)

# The model in English, as data (the ids are the city's English words).
DOMAINS: tuple[tuple[str, str], ...] = tuple((m.msgid, c) for m, c in _DOMAINS)
CATEGORIES: tuple[tuple[str, int | None], ...] = tuple((m.msgid, q) for m, q in _CATEGORIES)
CRITERIA: tuple[tuple[str, str], ...] = tuple((m.msgid, q.msgid) for m, q in _CRITERIA)
LANES: tuple[tuple[str, str], ...] = tuple((m.msgid, k) for m, k in _LANES)
DOMAIN_SHORT_NAMES: dict[str, str] = {f: s.msgid for f, s in _DOMAIN_SHORT_NAMES.items()}
CATEGORY_SHORT_NAMES: dict[str, str] = {f: s.msgid for f, s in _CATEGORY_SHORT_NAMES.items()}


def model_domains() -> tuple[tuple[str, str], ...]:
    """The model's domains (name, colour), named in the current language."""
    return tuple((str(m), c) for m, c in _DOMAINS)


def model_categories() -> tuple[tuple[str, int | None], ...]:
    """The model's categories (name, quota), named in the current language."""
    return tuple((str(m), q) for m, q in _CATEGORIES)


def model_criteria() -> tuple[tuple[str, str], ...]:
    """The model's criteria (name, question), in the current language."""
    return tuple((str(m), str(q)) for m, q in _CRITERIA)


def model_lanes() -> tuple[tuple[str, str], ...]:
    """The model's lanes (name, kind), named in the current language."""
    return tuple((str(m), k) for m, k in _LANES)


def _key(name: str) -> str:
    return " ".join(str(name).split()).casefold()


def _languages() -> Iterator[str]:
    """Where a name is looked for: the current language first, then English, then the rest."""
    seen: set[str] = set()
    for code in (words.current(), words.ENGLISH, *words.available()):
        if code not in seen:
            seen.add(code)
            yield code


def _model_name(pairs: tuple[tuple[Message, object], ...], name: str) -> tuple[int, str] | None:
    """Which of the model's names `name` is (its place in pairs) and in which language."""
    key = _key(name)
    for code in _languages():
        for at, (full, _other) in enumerate(pairs):
            if _key(full.render(code)) == key:
                return at, code
    return None


def default_short_name(kind: str, name: str) -> str:
    """The default short label of a domain or category (kind "domain" or "category") named
    name, ignoring case and spacing, in the language the name is written in: "Pilot" for
    "Strategy / demonstration / pilot", "Demo" for "Demostración"; empty when the model has
    none (the name is shown as it is)."""
    names: tuple[tuple[Message, object], ...]
    if kind == "domain":
        names, labels = _DOMAINS, _DOMAIN_SHORT_NAMES
    elif kind == "category":
        names, labels = _CATEGORIES, _CATEGORY_SHORT_NAMES
    else:
        raise ValueError(f"Only domains and categories have short labels (got {kind!r}).")
    found = _model_name(names, name)
    if found is None:
        return ""
    at, code = found
    label = labels.get(names[at][0].msgid)
    return "" if label is None else label.render(code)


def model_criterion(name: str) -> str | None:
    """The English name of the model's criterion called `name` in any language, ignoring
    case and spacing ("Important" for "Importante" or "Quan trọng"); None when it is not one
    of the model's. For code that gives the model's criteria a role (a chart's axes)."""
    found = _model_name(_CRITERIA, name)
    return None if found is None else _CRITERIA[found[0]][0].msgid


def quadrant_axes(names: list[str]) -> tuple[str, str, str]:
    """The criteria quadrant's x, y and bubble size: the model's Important, Achievable and
    Core (by the workshop's own names, in whatever language it was made), else the first,
    the last and the second criteria; ("", "", "") without criteria. The packet's chart and
    the window's draw the same quadrant."""
    found = {model_criterion(name): name for name in names}
    if {"Important", "Achievable", "Core"} <= found.keys():
        return found["Important"], found["Achievable"], found["Core"]
    if not names:
        return "", "", ""
    x = names[0]
    y = names[-1] if len(names) > 1 else x
    size = names[1] if len(names) > 2 else x
    return x, y, size
