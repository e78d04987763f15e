"""What a card shows beyond its own fields: domains, categories, the rounds' state, and the
dependencies between proposals (in its tooltip).

Shared by every lane model of a board, so a reveal or a new score updates all cards at once.
"""

from dataclasses import dataclass, field
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

from roadmap_desktop.services import Problem, Services
from roadmap_desktop.services.views import (
    CategoryView,
    DomainView,
    LinkView,
    ProposalView,
    ResultRow,
    Results,
    WorkshopInfo,
)
from roadmap_desktop.words import formats

translate = QCoreApplication.translate

# Small shapes drawn beside the domain colour, so colour is never the only cue.
SHAPES = ("circle", "square", "triangle", "diamond", "hexagon", "star")


@dataclass
class CardContext:
    """Attributes:
    domains, categories: by id.
    results: each proposal's result in the round of record's ranking
        (services.record_results; empty before any reveal).
    result_rounds: proposal id → the number of the round its result is from.
    carried: the proposals whose score the round of record carries from an earlier round
        (it did not cover them): their badge says "from round 1".
    latest_round: the number of the workshop's latest round (0: none); a result from an
        earlier round says which round it is from.
    voted: for the open round, how many participants have scored each proposal; None when no
        round is open, and in a dot round before its reveal (where the dots went is its
        result).
    open_round: the open round's id, if one is open; open_number its number.
    in_round: the proposals the open round covers; None: every card (or no round open).
        A card outside the round shows no progress.
    voters: how many participants count in this workshop.
    scale_max: the top of the criteria's scale, for "4.2 of 5".
    links: the workshop's dependencies (services.links), by each proposal they name, either
        end: read once per refresh, never per paint.
    titles: proposal id → title, for the tooltip's "Needs: …" (the board fills it when it
        loads its cards).
    """

    domains: dict[int, DomainView] = field(default_factory=dict)
    categories: dict[int, CategoryView] = field(default_factory=dict)
    results: dict[int, ResultRow] = field(default_factory=dict)
    result_rounds: dict[int, int] = field(default_factory=dict)
    carried: set[int] = field(default_factory=set)
    latest_round: int = 0
    voted: dict[int, int] | None = None
    open_round: int | None = None
    open_number: int | None = None
    in_round: set[int] | None = None
    voters: int = 0
    scale_max: int = 5
    links: dict[int, list[LinkView]] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)

    def set_links(self, links: list[LinkView]) -> None:
        self.links = {}
        for link in links:
            self.links.setdefault(link.proposal_id, []).append(link)
            self.links.setdefault(link.other_id, []).append(link)

    def dependencies(self, card: ProposalView) -> str:
        """The tooltip's line of the card's dependencies: "Needs: A, B; Excludes: C; Needed
        by: D" (empty: none). "Excludes" goes both ways (never both), whichever end it was
        recorded on; an archived proposal's title is not on the board: named as such."""
        needs: list[str] = []
        excludes: list[str] = []
        needed_by: list[str] = []
        for link in self.links.get(card.id, ()):
            mine = link.proposal_id == card.id
            other = link.other_id if mine else link.proposal_id
            known = self.titles.get(other)
            title = (
                translate("card_context", "“{title}”").format(title=known)
                if known is not None
                else translate("card_context", "an archived proposal")
            )
            if link.kind == "excludes":
                excludes.append(title)
            else:
                (needs if mine else needed_by).append(title)
        parts = []
        if needs:
            parts.append(translate("card_context", "Needs: {titles}").format(titles=_listed(needs)))
        if excludes:
            parts.append(
                translate("card_context", "Excludes: {titles}").format(titles=_listed(excludes))
            )
        if needed_by:
            parts.append(
                translate("card_context", "Needed by: {titles}").format(titles=_listed(needed_by))
            )
        return "; ".join(parts)

    def tooltip(self, card: ProposalView) -> str:
        """The card's tooltip: title, the budget rule and dependencies, then the summary."""
        head = [card.title]
        if rule := funding_sentence(card.funding):
            head.append(rule)
        if links := self.dependencies(card):
            head.append(links)
        text = "\n".join(head)
        return f"{text}\n\n{card.summary}".strip() if card.summary else text

    def shape_of(self, domain_id: int | None) -> str:
        ids = list(self.domains)
        return SHAPES[ids.index(domain_id) % len(SHAPES)] if domain_id in self.domains else ""

    def counting(self, card: ProposalView) -> bool:
        """Whether the card shows the open round's "n of N voted"."""
        return self.voted is not None and (self.in_round is None or card.id in self.in_round)

    def _scored(self, card: ProposalView) -> ResultRow | None:
        result = self.results.get(card.id)
        return result if result is not None and result.score is not None else None

    def earlier_round(self, card: ProposalView) -> int | None:
        """The number of the round the card's result is from, when a later round exists."""
        number = self.result_rounds.get(card.id)
        return number if number is not None and number < self.latest_round else None

    def _whose(self, card: ProposalView, earlier: int) -> str:
        """The badge's whose: "from round 1" for a score carried into the round of record
        from an earlier round, else "round 1"."""
        if card.id in self.carried:
            return translate("card_context", "from round {number}").format(number=earlier)
        return translate("card_context", "round {number}").format(number=earlier)

    def badge(self, card: ProposalView) -> tuple[str, str]:
        """(big text, small text) of the card's score badge; values only after a reveal.
        A card the open round is counting says how many voted, and what it scored before
        ("3 of 14 voted · was 4.2"); a result from an earlier round says whose it is
        ("4.2", "round 1 · 12 votes", or "round 1 · discuss · 12 votes"); one the round of
        record carries from an earlier round says so ("from round 1 · 12 votes")."""
        result = self._scored(card)
        if self.counting(card):
            assert self.voted is not None
            note = _voted(self.voted.get(card.id, 0), self.voters)
            if result is not None and result.score is not None:
                was = translate("card_context", "was {score}").format(score=_score(result.score))
                note = f"{note} · {was}"
            return "", note
        if result is None or result.score is None:
            return "", ""
        discuss = [discuss_flag()] if result.discuss else []
        if (earlier := self.earlier_round(card)) is not None:
            # Most telling first, as a narrow card cuts from the end: whose, discuss, votes.
            parts = [self._whose(card, earlier), *discuss, _votes(result.n)]
        else:
            parts = [_votes(result.n), *discuss]
        return _score(result.score), " · ".join(parts)

    def describe(self, card: ProposalView) -> str:
        """The sentence a screen reader speaks: "Smart streetlights — Safe — Pilot — 4.2 of 5,
        12 votes" (a result from an earlier round: "round 1: 4.2 of 5, 12 votes")."""
        parts = [card.title]
        if card.domain_id in self.domains:
            parts.append(self.domains[card.domain_id].name)
        if card.category_id in self.categories:
            parts.append(self.categories[card.category_id].name)
        if self.counting(card):
            assert self.voted is not None
            voted, voters = self.voted.get(card.id, 0), self.voters
            if self.open_number:
                parts.append(
                    translate("card_context", "{voted} of {voters} voted in round {number}").format(
                        voted=voted, voters=voters, number=self.open_number
                    )
                )
            else:
                parts.append(_voted(voted, voters))
        result = self._scored(card)
        if result is not None and result.score is not None:
            votes = translate("card_context", "{score} of {top}, {votes}").format(
                score=_score(result.score), top=self.scale_max, votes=_votes(result.n)
            )
            if (earlier := self.earlier_round(card)) is not None:
                votes = translate("card_context", "{round}: {votes}").format(
                    round=self._whose(card, earlier), votes=votes
                )
            if result.discuss:
                votes = translate("card_context", "{votes}, to discuss").format(votes=votes)
            parts.append(votes)
        if card.department:
            parts.append(card.department)
        if rule := funding_sentence(card.funding):
            parts.append(rule)
        if links := self.dependencies(card):
            parts.append(links)
        return " — ".join(parts)


def discuss_flag() -> str:
    """The badge's flag for a proposal the directors are divided on (card_layout keeps it
    when a note is cut, card_delegate paints it in the warning colour)."""
    return translate("card_context", "discuss")


def funding_mark(funding: str) -> tuple[str, str]:
    """The card's budget mark, (name, short label): ("Must fund", "Must fund"), ("Must not
    fund", "Must not"), or ("", "") for a card with no rule."""
    if funding == "must":
        text = translate("card_context", "Must fund")
        return text, text
    if funding == "never":
        # Translators: the short form of "Must not fund", on a narrow card.
        return translate("card_context", "Must not fund"), translate("card_context", "Must not")
    return "", ""


def funding_sentence(funding: str) -> str:
    """The tooltip's and the screen reader's words for the budget rule (empty: none)."""
    if funding == "must":
        return translate("card_context", "Always funded under a budget")
    if funding == "never":
        return translate("card_context", "Never funded under a budget")
    return ""


def _listed(titles: list[str]) -> str:
    return ", ".join(titles)


def _score(score: float) -> str:
    return formats.number(score, 1)


def _voted(voted: int, voters: int) -> str:
    return translate("card_context", "{voted} of {voters} voted").format(voted=voted, voters=voters)


class VoteCount(QObject):
    """ "1 vote", "12 votes". English has no catalog: its singular and plural are two numerus
    messages. (A class's self.tr: pyside6-lupdate reads a module-level translate() with a
    count as no numerus.)"""

    def votes(self, n: int) -> str:
        return self.tr("%n vote", "", n) if n == 1 else self.tr("%n votes", "", n)


@cache
def _vote_count() -> VoteCount:
    return VoteCount()


def _votes(n: int) -> str:
    return _vote_count().votes(n)


def read_context(
    ctx: CardContext,
    services: Services,
    workshop_id: int,
    *,
    counting: bool,
    info: WorkshopInfo | None = None,
    latest: Results | None = None,
) -> None:
    """Fills a board's card context from the store. counting: the open round's "n of N
    voted" per card (the facilitator's board); the room's screen never shows it. info and
    latest (services.record_results of the workshop), when the caller has just read them,
    are not read again."""
    info = info if info is not None else services.workshop(workshop_id)
    ctx.domains = {d.id: d for d in info.domains}
    ctx.categories = {c.id: c for c in info.categories}
    ctx.voters = len(info.voters)
    ctx.scale_max = max((c.scale_max for c in info.criteria), default=5)
    open_round = next((r for r in info.rounds if r.status == "open"), None)
    # A dot round's per-card count would show where the dots went: none until the reveal.
    counted = counting and open_round is not None and open_round.method != "dots"
    ctx.voted = services.round_progress(open_round.id) if counted and open_round else None
    ctx.open_round = open_round.id if open_round else None
    ctx.open_number = open_round.number if open_round else None
    # Cards outside a round on a lane or a selection show no "0 of N voted".
    ctx.in_round = services.round_scope(open_round.id) if counted and open_round else None
    ctx.latest_round = max((r.number for r in info.rounds), default=0)
    ctx.set_links(services.links(workshop_id))
    # The round of record's ranking (the setting, else the latest revealed round): every
    # card keeps a score, one a later round did not cover carried from an earlier round.
    # Nothing revealed: no values.
    ctx.results, ctx.result_rounds, ctx.carried = {}, {}, set()
    if not any(r.revealed for r in info.rounds):
        return
    try:
        record = latest if latest is not None else services.record_results(workshop_id)
    except Problem:  # e.g. the round of record discarded in another window: no values
        return
    for row in record.rows:
        ctx.results[row.proposal_id] = row
        ctx.result_rounds[row.proposal_id] = row.score_round or record.round.number
        if row.score_round is not None:
            ctx.carried.add(row.proposal_id)
    # The service carries scores between rounds of one method only: a card a dot round left
    # out keeps its latest score from a round of the other method, as it did before.
    missing = {pid for pid, row in ctx.results.items() if row.score is None}
    others = (r for r in info.rounds if r.revealed and r.method != record.round.method)
    for revealed in sorted(others, key=lambda r: -r.number):
        if not missing:
            break
        for row in services.results(workshop_id, revealed.number).rows:
            if row.proposal_id in missing and row.score is not None:
                ctx.results[row.proposal_id] = row
                ctx.result_rounds[row.proposal_id] = revealed.number
                ctx.carried.add(row.proposal_id)
                missing.discard(row.proposal_id)
