"""What a caller hands a service to create things: plain, validated-on-use descriptions,
and the rule a domain's colour is held to wherever one enters the store."""

import re
from dataclasses import dataclass, field

from roadmap_desktop import words
from roadmap_desktop.domain import defaults, rules
from roadmap_desktop.words import _

# What a domain's colour is written as: every screen, chart and document reads #rgb and
# #rrggbb alike, while a name ("transparent", "red") or CSS ("red; x") means something
# else, or nothing, to one of them.
_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
DEFAULT_DOMAIN_COLOUR = "#999999"  # the store's default, a neutral grey


def is_colour(text: str) -> bool:
    """Whether text is a colour as domains keep it: #rgb or #rrggbb."""
    return isinstance(text, str) and _HEX_COLOUR.fullmatch(text.strip()) is not None


def clean_domain_colour(color: str, domain: str) -> str:
    """The colour of the domain named domain, trimmed; anything but #rgb or #rrggbb is
    refused (RuleError) with a sentence naming the domain."""
    if not is_colour(color):
        raise rules.RuleError(
            _(
                "The colour of the domain “{domain}” is written #rrggbb, like #0072B2 (got "
                "{value}).",
                domain=domain,
                value=repr(str(color)),
            )
        )
    return color.strip()


@dataclass(frozen=True)
class DomainSpec:
    """A domain; short_name is what a narrow card shows (empty: the model's default for the
    name, if it has one)."""

    name: str
    color: str = "#999999"
    short_name: str = ""


@dataclass(frozen=True)
class CategorySpec:
    """A category; short_name as for DomainSpec."""

    name: str
    quota: int | None = None
    short_name: str = ""


@dataclass(frozen=True)
class CriterionSpec:
    name: str
    question: str = ""
    weight: float = 1.0
    scale_min: int = defaults.SCALE[0]
    scale_max: int = defaults.SCALE[1]


@dataclass(frozen=True)
class LaneSpec:
    name: str
    kind: str = ""
    limit: int | None = None


@dataclass(frozen=True)
class ParticipantSpec:
    name: str
    role: str = "director"
    department: str = ""


@dataclass(frozen=True)
class ProposalSpec:
    """A proposal to add; domain, category and lane are given by name (None: unset / Inbox)."""

    title: str
    summary: str = ""
    department: str = ""
    domain: str | None = None
    category: str | None = None
    cost: float | None = None
    timeframe: str = ""
    lane: str | None = None


@dataclass(frozen=True)
class WorkshopSpec:
    """A whole new workshop; `san_jose` fills in the city's model."""

    name: str
    description: str = ""
    date: str = ""
    aggregation: str = "mean"
    discuss_threshold: float = 1.0
    count_facilitator_scores: bool = False
    vote_record: str = "named"
    domains: tuple[DomainSpec, ...] = ()
    categories: tuple[CategorySpec, ...] = ()
    criteria: tuple[CriterionSpec, ...] = ()
    lanes: tuple[LaneSpec, ...] = ()
    participants: tuple[ParticipantSpec, ...] = field(default=())

    @classmethod
    def san_jose(
        cls, name: str, *, language: str | None = None, **settings: object
    ) -> "WorkshopSpec":
        """The San José model: five domains, three categories (7/13/1) with their short
        labels, three criteria with their questions, four lanes, all in `language` (None:
        the current language, words.current()). Settings (description, date, participants,
        …) override the defaults."""
        with words.using(language):
            base: dict[str, object] = {
                "domains": tuple(
                    DomainSpec(n, c, defaults.default_short_name("domain", n))
                    for n, c in defaults.model_domains()
                ),
                "categories": tuple(
                    CategorySpec(n, q, defaults.default_short_name("category", n))
                    for n, q in defaults.model_categories()
                ),
                "criteria": tuple(CriterionSpec(n, q) for n, q in defaults.model_criteria()),
                "lanes": tuple(LaneSpec(n, k) for n, k in defaults.model_lanes()),
            }
        base.update(settings)
        return cls(name=name, **base)  # type: ignore[arg-type]
