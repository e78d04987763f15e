"""The San José model a new workshop starts from: domains, categories, criteria and lanes.

Colours are the Okabe–Ito colour-blind-safe palette (DESIGN.md); always shown with a label.
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
