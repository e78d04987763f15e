"""The San José model a new workshop starts from: domains, categories, criteria and lanes.

Colours are the Okabe–Ito colour-blind-safe palette (DESIGN.md); always shown with a label.
Short labels are what a narrow card shows when the full name does not fit; a name without
one is short enough as it is.
"""

DOMAINS: tuple[tuple[str, str], ...] = (
    ("Safe", "#0072B2"),
    ("Inclusive", "#E69F00"),
    ("User-friendly", "#56B4E9"),
    ("Sustainable", "#009E73"),
    ("Demonstration", "#CC79A7"),
)

CATEGORIES: tuple[tuple[str, int | None], ...] = (
    ("Implementation at scale", 7),
    ("Strategy / demonstration / pilot", 13),
    ("Capacity building", 1),
)

# Short labels by name, for the San José model's domains and categories (and any workshop
# that uses the same names).
DOMAIN_SHORT_NAMES: dict[str, str] = {
    "User-friendly": "Friendly",
    "Demonstration": "Demo",
}
CATEGORY_SHORT_NAMES: dict[str, str] = {
    "Implementation at scale": "At scale",
    "Strategy / demonstration / pilot": "Pilot",
    "Capacity building": "Capacity",
}
_SHORT_NAMES = {"domain": DOMAIN_SHORT_NAMES, "category": CATEGORY_SHORT_NAMES}


def _key(name: str) -> str:
    return " ".join(str(name).split()).casefold()


def default_short_name(kind: str, name: str) -> str:
    """The default short label of a domain or category (kind "domain" or "category") named
    name, ignoring case and spacing: "Pilot" for "Strategy / demonstration / pilot"; empty
    when the model has none (the name is shown as it is)."""
    labels = _SHORT_NAMES.get(kind)
    if labels is None:
        raise ValueError(f"Only domains and categories have short labels (got {kind!r}).")
    key = _key(name)
    return next((short for full, short in labels.items() if _key(full) == key), "")


CRITERIA: tuple[tuple[str, str], ...] = (
    ("Important", "Does the problem cause our residents or businesses real pain or annoyance?"),
    ("Core", "Is this a problem the City can and should solve?"),
    ("Achievable", "Can it be solved at scale with technology or a better process?"),
)
SCALE = (1, 5)

LANES: tuple[tuple[str, str], ...] = (
    ("Inbox", "inbox"),
    ("Shortlist", "shortlist"),
    ("Roadmap", "roadmap"),
    ("Parked", "parked"),
)
