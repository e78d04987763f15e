"""What a card shows beyond its own fields: domains, categories, and the current round's state.

Shared by every lane model of a board, so a reveal or a new score updates all cards at once.
"""

from dataclasses import dataclass, field

from roadmap_desktop.services.views import CategoryView, DomainView, ProposalView, ResultRow

# Small shapes drawn beside the domain colour, so colour is never the only cue.
SHAPES = ("circle", "square", "triangle", "diamond", "hexagon", "star")


@dataclass
class CardContext:
    """Attributes:
    domains, categories: by id.
    results: the latest revealed round's result per proposal (empty before any reveal).
    voted: for the open round, how many participants have scored each proposal; None when no
        round is open.
    open_round: the open round's id, if one is open.
    voters: how many participants count in this workshop.
    scale_max: the top of the criteria's scale, for "4.2 of 5".
    """

    domains: dict[int, DomainView] = field(default_factory=dict)
    categories: dict[int, CategoryView] = field(default_factory=dict)
    results: dict[int, ResultRow] = field(default_factory=dict)
    voted: dict[int, int] | None = None
    open_round: int | None = None
    voters: int = 0
    scale_max: int = 5

    def shape_of(self, domain_id: int | None) -> str:
        ids = list(self.domains)
        return SHAPES[ids.index(domain_id) % len(SHAPES)] if domain_id in self.domains else ""

    def badge(self, card: ProposalView) -> tuple[str, str]:
        """(big text, small text) of the card's score badge; values only after a reveal."""
        if self.voted is not None:
            return "", f"{self.voted.get(card.id, 0)} of {self.voters} voted"
        result = self.results.get(card.id)
        if result is None or result.score is None:
            return "", ""
        return f"{result.score:.1f}", f"{result.n} votes" + (" · discuss" if result.discuss else "")

    def describe(self, card: ProposalView) -> str:
        """The sentence a screen reader speaks: "Smart streetlights — Safe — Pilot — 4.2 of 5,
        12 votes"."""
        parts = [card.title]
        if card.domain_id in self.domains:
            parts.append(self.domains[card.domain_id].name)
        if card.category_id in self.categories:
            parts.append(self.categories[card.category_id].name)
        if self.voted is not None:
            parts.append(f"{self.voted.get(card.id, 0)} of {self.voters} voted")
        elif (result := self.results.get(card.id)) is not None and result.score is not None:
            votes = f"{result.score:.1f} of {self.scale_max}, {result.n} votes"
            parts.append(votes + (", to discuss" if result.discuss else ""))
        if card.department:
            parts.append(card.department)
        return " — ".join(parts)
