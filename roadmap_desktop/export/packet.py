"""The council packet: a Letter-size, tagged PDF/UA-1 report of one workshop for the council
agenda — cover, summary, the method as this workshop's settings make it, the roadmap, the
full ranking, the charts (with alt text written from the data), every proposal, the vote
record and an audit summary.

Everything is read through services and handed to resources/templates/packet.typ as JSON
(sys.inputs), so a proposal titled `#panic("x")` or `= Heading` prints as typed. A round's
values appear only once it is revealed: before any reveal the packet still shows the method,
the proposals and the roadmap, and says that scores appear after the reveal.
"""

import io
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from roadmap_desktop import APP_NAME, __version__
from roadmap_desktop.export import (
    glyphs,
    packet_decide,
    packet_front,
    packet_notes,
    packet_scenarios,
    wording,
)
from roadmap_desktop.export.chart_fonts import use_bundled_fonts
from roadmap_desktop.export.charts import (
    NO_DOMAIN_COLOUR,
    ChartRow,
    chart_rows,
    counts,
    describe_counts,
    describe_quadrant,
    describe_ranking,
    quadrant,
    ranking_bars,
)
from roadmap_desktop.export.wording import yes_no
from roadmap_desktop.services.views import (
    ParticipantView,
    ProposalView,
    ResultRow,
    Results,
    RoundView,
    ScoreRecord,
    WorkshopInfo,
)
from roadmap_desktop.words import Message, Num, _, formats, n_, np_, p_

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType
    from typst import PDFStandard

    from roadmap_desktop.services import Services
    from roadmap_desktop.store.chain import Head

TEMPLATE = "packet.typ"
PDF_STANDARDS: list["PDFStandard"] = ["ua-1"]
NOT_REVEALED = _("No round has been revealed; scores appear after the reveal.")
RANKING_BARS = 25  # bars in the ranking chart; the table below it lists every proposal
QUADRANT_LABELS = 8
DIVIDED = 5  # proposals in the summary's "most divided" list
TOP = 5  # proposals in the summary's "top of the ranking" list
NO_VALUE = "—"
# Said in words where a table would otherwise show an empty cell or a dash.
# Translators: a table cell where a proposal (or a criterion) got no score in the round.
NOT_SCORED = _("not scored")
NO_ESTIMATE = _("no estimate")  # a proposal without a cost
NO_QUOTA = _("no quota")
# Translators: the vote record's column codes: D1, D2… for directors, F1 for the
# facilitator, O1 for observers. One or two capital letters.
ROLE_CODES = {
    "director": p_("column code", "D"),
    "facilitator": p_("column code", "F"),
    "observer": p_("column code", "O"),
}
# The vote record's grid: how many participant columns fit beside the proposal column.
RECORD_ROOM_PT = 340.0
DIGIT_PT, SPACE_PT, CELL_INSET_PT = 5.1, 2.6, 9.0


@dataclass(frozen=True)
class _Chart:
    name: str
    file: str
    title: str
    caption: str
    alt: str
    height: float  # inches, at 7 in wide
    rows: tuple[ChartRow, ...]
    axes: tuple[str, str, str] = ("", "", "")
    dots: bool = False  # a dot round's ranking counts dots
    cut: int | None = None  # the ranking's cut line: after this many bars


@dataclass(frozen=True)
class _Packet:
    data: dict[str, Any]
    charts: tuple[_Chart, ...]


# -- entry points ---------------------------------------------------------------------------


def packet_data(
    services: "Services", workshop_id: int, round_number: int | None = None
) -> dict[str, Any]:
    """Everything the packet prints, as JSON-ready plain data (numbers already formatted).

    round_number picks the revealed round to report (default: the latest revealed one); a
    round that is not revealed raises ServiceError, as the results do. Without any revealed
    round the packet shows no values and says so (data["notice"]).
    """
    return _gather(services, workshop_id, round_number).data


def render_packet(
    services: "Services", workshop_id: int, *, round_number: int | None = None
) -> bytes:
    """The council packet as a tagged PDF/UA-1 document (Letter, fonts embedded)."""
    pdf, _pages = render_packet_with_pages(services, workshop_id, round_number=round_number)
    return pdf


def render_packet_with_pages(
    services: "Services",
    workshop_id: int,
    *,
    round_number: int | None = None,
    ppi: float | None = None,
) -> tuple[bytes, list[bytes]]:
    """The packet's PDF and, when ppi is given, its pages as PNG images (for a preview or a
    printer) from the same data and charts."""
    from roadmap_desktop.export.typst_render import render

    packet = _gather(services, workshop_id, round_number)
    files = {chart.file: chart_svg(chart) for chart in packet.charts}
    pdf = render(TEMPLATE, packet.data, files=files, pdf_standards=PDF_STANDARDS)
    assert isinstance(pdf, bytes)
    pages: list[bytes] = []
    if ppi is not None:
        images = render(TEMPLATE, packet.data, files=files, output_format="png", ppi=ppi)
        pages = images if isinstance(images, list) else [images]
    return pdf, pages


# -- gathering ------------------------------------------------------------------------------


def _gather(services: "Services", workshop_id: int, round_number: int | None) -> _Packet:
    # Every time the packet prints is in the workshop's time zone (packet_front.stamp).
    with packet_front.times_in(services.workshop(workshop_id).council.time_zone):
        return _gather_in_zone(services, workshop_id, round_number)


def _gather_in_zone(services: "Services", workshop_id: int, round_number: int | None) -> _Packet:
    info = services.workshop(workshop_id)
    board = services.board(workshop_id)
    archived = services.archived_proposals(workshop_id)
    results: Results | None = None
    if round_number is not None or any(r.revealed for r in info.rounds):
        # The round of record's ranking (refuses a hidden round): every proposal, those the
        # round did not cover with the score of an earlier round (row.score_round).
        results = services.record_results(workshop_id, round_number)
    record: list[ScoreRecord] = []
    dots: dict[int, dict[tuple[int, int], int]] = {}
    if any(r.revealed for r in info.rounds):
        record, _hidden = services.score_record(workshop_id)
        for r in info.rounds:
            if r.revealed and r.method == "dots":  # revealed: its values are public now
                dots[r.number] = services.revealed_entries(r.id).dots
    divided: list[ResultRow] = []
    if results is not None and results.round.method == "score":
        divided = [
            row
            for row in services.most_divided(workshop_id, results.round.number, k=DIVIDED)
            if row.spread is not None
        ]
    names = _Names(info)
    cards = [card for lane in board.lanes for card in board.cards.get(lane.id, ())]
    glyphs.note_workshop(info, cards + list(archived))  # the export names what prints as □
    roadmap_lanes = [lane for lane in board.lanes if lane.kind == "roadmap"]
    roadmap = [card for lane in roadmap_lanes for card in board.cards.get(lane.id, ())]
    by_proposal = {row.proposal_id: row for row in results.rows} if results else {}
    scores_by_round: dict[int, int] = {}
    for s in record:
        scores_by_round[s.round] = scores_by_round.get(s.round, 0) + 1
    for number, given in dots.items():
        scores_by_round[number] = len(given)

    front = packet_front.front_data(services, workshop_id, results)
    charts = _charts(info, names, cards, results, front)
    generated = _stamp(datetime.now(UTC))
    app = f"{APP_NAME} {__version__}"
    data: dict[str, Any] = {
        "title": str(_("Council packet: {workshop}", workshop=info.name)),
        "author": APP_NAME,
        "lang": wording.language(),
        "words": _template_words(),
        "workshop": {
            "name": info.name,
            "description": info.description,
            "date": _long_date(info.date),
        },
        "generated": generated,
        # Translators: {app} is the program and its version, {when} the date and time.
        "prepared": str(
            _("Prepared from the workshop's record by {app} on {when}.", app=app, when=generated)
        ),
        "front": {**front.data, "marks": list(front.marks), "line_after": front.line_after},
        "app": app,
        "revealed": results is not None,
        "notice": "" if results is not None else str(NOT_REVEALED),
        "round": _round_line(results.round) if results else None,
        "summary": _summary(info, cards, roadmap, results, divided),
        "method": _method(info, cards),
        "stability": packet_decide.stability_data(services, info, results) if results else None,
        "budget": packet_decide.budget_data(services, info, results) if results else None,
        "ties": packet_decide.ties_data(services, workshop_id, results) if results else [],
        "notes": packet_notes.notes_data(services, workshop_id),
        "scenarios": (
            packet_scenarios.scenarios_data(services, workshop_id, results.round.number)
            if results
            else None
        ),
        "roadmap": _roadmap(info, names, roadmap_lanes, roadmap, by_proposal),
        "ranking": _ranking(results, _covered(services, results)) if results else None,
        "charts": [
            {"file": c.file, "title": c.title, "caption": c.caption, "alt": c.alt} for c in charts
        ],
        "proposals": _appendix(board, archived, names),
        "record": _record(info, record, dots, cards + archived),
        "audit": _audit(
            info, board, archived, record, scores_by_round, results, services.audit_head()
        ),
    }
    if data["notes"] and data["scenarios"] and data["scenarios"]["compared"]:
        # The compared scenarios are Appendix D; the notes follow them.
        data["words"]["appendix_notes"] = str(_("Appendix E: Notes from the discussion"))
    return _Packet(data, tuple(charts))


class _Names:
    """Names (and colours) of a workshop's domains and categories by id."""

    def __init__(self, info: WorkshopInfo) -> None:
        # Keyed by int | None: a proposal's domain or category may be None, found as nothing.
        self.domain: dict[int | None, str] = {d.id: d.name for d in info.domains}
        self.category: dict[int | None, str] = {c.id: c.name for c in info.categories}
        self.colour: dict[int | None, tuple[int, str]] = {
            d.id: (i, d.color) for i, d in enumerate(info.domains)
        }
        self.category_place: dict[int | None, int] = {
            c.id: i for i, c in enumerate(info.categories)
        }

    def of(self, p: ProposalView) -> tuple[str, str]:
        return self.domain.get(p.domain_id, ""), self.category.get(p.category_id, "")


# -- sections -------------------------------------------------------------------------------


def _summary(
    info: WorkshopInfo,
    cards: Sequence[ProposalView],
    roadmap: Sequence[ProposalView],
    results: Results | None,
    divided: Sequence[ResultRow],
) -> dict[str, Any]:
    voters = len(info.voters)
    rounds = len(info.rounds)
    criteria = [c.name for c in info.criteria]
    people = n_("{n} voting participant", "{n} voting participants", voters, n=Num(voters))
    proposals = _proposals(len(cards))
    judged = n_("{n} criterion", "{n} criteria", len(criteria), n=Num(len(criteria)))
    held = (
        n_("{n} scoring round", "{n} scoring rounds", rounds, n=Num(rounds))
        if rounds
        else _("no scoring round yet")
    )
    facts_of = {
        "voters": people,
        "workshop": info.name,
        "proposals": proposals,
        "criteria": judged,
        "names": _join(criteria),
        "rounds": held,
        "date": _long_date(info.date),
    }
    if info.date and criteria:
        # Translators: the packet's first sentence. {voters} "14 voting participants",
        # {workshop} the workshop's name, {proposals} "72 proposals", {criteria} "3 criteria",
        # {names} the criteria's names, {rounds} "2 scoring rounds" or "no scoring round yet".
        opening = _(
            "On {date}, {voters} of the {workshop} considered {proposals} against {criteria} "
            "({names}), in {rounds}.",
            **facts_of,
        )
    elif info.date:
        opening = _(
            "On {date}, {voters} of the {workshop} considered {proposals} against {criteria}, "
            "in {rounds}.",
            **facts_of,
        )
    elif criteria:
        opening = _(
            "{voters} of the {workshop} considered {proposals} against {criteria} ({names}), "
            "in {rounds}.",
            **facts_of,
        )
    else:
        opening = _(
            "{voters} of the {workshop} considered {proposals} against {criteria}, in {rounds}.",
            **facts_of,
        )
    paragraphs = [str(opening)]
    quota = sum(c.quota or 0 for c in info.categories)
    limit = sum(lane.limit or 0 for lane in info.lanes if lane.kind == "roadmap")
    held_now = _proposals(len(roadmap))
    if quota:
        # Translators: {proposals} is "21 proposals"; {quota} the sum of the categories' quotas.
        room = _(
            "The roadmap holds {proposals} of the {quota} the category quotas allow.",
            proposals=held_now,
            quota=Num(quota),
        )
    elif limit:
        room = _(
            "The roadmap holds {proposals} of a limit of {limit}.",
            proposals=held_now,
            limit=Num(limit),
        )
    else:
        room = _("The roadmap holds {proposals}.", proposals=held_now)
    paragraphs.append(str(room))
    if results is None:
        paragraphs.append(str(NOT_REVEALED))
    else:
        r = results.round
        scored = sum(1 for row in results.rows if row.score is not None)
        carried = sum(1 for row in results.rows if row.score_round)
        told = {
            "number": r.number,
            "when": _stamp(r.revealed_at),
            "n": Num(scored),
            "carried": Num(carried),
        }
        if carried:
            # Translators: {carried} of the {n} proposals took their score from an earlier
            # round (the round reported did not cover them).
            reported = n_(
                "This packet reports round {number}, revealed {when}: {n} proposal received "
                "scores, {carried} of them carried from an earlier round that scored them.",
                "This packet reports round {number}, revealed {when}: {n} proposals received "
                "scores, {carried} of them carried from an earlier round that scored them.",
                scored,
                **told,
            )
        else:
            reported = n_(
                "This packet reports round {number}, revealed {when}: {n} proposal received "
                "scores.",
                "This packet reports round {number}, revealed {when}: {n} proposals received "
                "scores.",
                scored,
                **told,
            )
        paragraphs.append(str(reported))
    facts = [
        [_("Proposals on the board"), _number(len(cards))],
        [_("On the roadmap"), _number(len(roadmap))],
        [_("Voting participants"), _number(voters)],
        [_("Criteria"), _join(criteria) or NO_VALUE],
        [
            _("Rounds"),
            # Translators: the number of rounds, then how many are in each state: "2 (1
            # revealed and 1 open)".
            _("{count} ({states})", count=Num(rounds), states=_join(_round_states(info.rounds)))
            if rounds
            else p_("rounds", "none"),
        ],
    ]
    top: list[dict[str, str]] = []
    if results is not None:
        dots = results.round.method == "dots"
        for row in results.rows[:TOP]:
            if row.score is None:
                break
            top.append(
                {
                    "rank": _number(row.rank or 0),
                    "title": row.title,
                    "score": _carried(row, dots),
                    "lane": row.lane,
                }
            )
    return {
        "paragraphs": paragraphs,
        "facts": _rendered(facts),
        "top": top,
        "divided": [
            {
                "title": row.title,
                "score": _value(row.score, False),
                "spread": _num(row.spread),
                "discuss": yes_no(row.discuss),
            }
            for row in divided
        ],
        "threshold": _num(info.discuss_threshold),
        "divided_text": _sentences(
            _("The proposals on which the participants' scores spread widest."),
            # Translators: “discuss” is the ranking's mark for a divided proposal.
            _(
                "A spread above {threshold} marks a proposal “discuss”.",
                threshold=_num(info.discuss_threshold),
            ),
        ),
        "score_head": str(
            _("Dots") if results is not None and results.round.method == "dots" else _("Score")
        ),
    }


def _method(info: WorkshopInfo, cards: Sequence[ProposalView]) -> dict[str, Any]:
    criteria = info.criteria
    weights = {c.weight for c in criteria}
    counts_by_role = {role: 0 for role in ROLE_CODES}
    for p in info.participants:
        counts_by_role[p.role] = counts_by_role.get(p.role, 0) + 1
    judged = n_("{n} criterion", "{n} criteria", len(criteria), n=Num(len(criteria)))
    threshold = _num(info.discuss_threshold)
    averaged = (
        _(
            "A participant's score for the proposal is the weighted average of the criteria "
            "they scored: the sum of weight × score divided by the sum of the weights of those "
            "criteria (all weights are equal here, so it is the plain average)."
        )
        if len(weights) <= 1
        else _(
            "A participant's score for the proposal is the weighted average of the criteria "
            "they scored: the sum of weight × score divided by the sum of the weights of those "
            "criteria."
        )
    )
    combined = (
        _(
            "A proposal's score is the median of its participants' scores; n is the number of "
            "participants who scored it."
        )
        if info.aggregation == "median"
        else _(
            "A proposal's score is the mean of its participants' scores; n is the number of "
            "participants who scored it."
        )
    )
    scoring = [
        _sentences(
            # Translators: {criteria} is "3 criteria"; "(above)" points to the table of criteria.
            _(
                "Each voting participant scores a proposal on {criteria}, each on its own scale "
                "(above).",
                criteria=judged,
            ),
            averaged,
        ),
        _sentences(
            combined,
            _("Its spread is the population standard deviation of those scores."),
            # Translators: “discuss” is the mark the ranking prints beside a divided proposal;
            # use the same word as that mark.
            _(
                "A spread above {threshold} marks the proposal “discuss”: the room was divided "
                "and the proposal deserves a conversation before the cut.",
                threshold=threshold,
            ),
        ),
        str(
            _(
                "Each criterion's column in the ranking is the mean of that criterion's scores "
                "over the participants who scored it."
            )
        ),
        _sentences(
            _("Proposals are ranked by score, highest first."),
            _(
                "Equal scores share a rank (1, 2, 2, 4); among equals, the proposal more "
                "participants scored comes first, then the title in alphabetical order."
            ),
            _("A proposal nobody scored is listed last, without a rank."),
        ),
        _sentences(
            _("Directors' scores count."),
            _("The facilitator's own scores count as well.")
            if info.count_facilitator_scores
            else _("The facilitator's own scores are recorded but left out of the results."),
            _("Observers do not vote."),
        ),
    ]
    for r in info.rounds:
        if r.method != "dots":
            continue
        given = r.dots_per_participant or 0
        scoring.append(
            str(
                n_(
                    "Round {number} used dot voting: each director had {n} dot to spread over "
                    "the proposals; a proposal's tally of dots ranks it the same way.",
                    "Round {number} used dot voting: each director had {n} dots to spread over "
                    "the proposals; a proposal's tally of dots ranks it the same way.",
                    given,
                    number=r.number,
                    n=Num(given),
                )
            )
        )
    quotas = [{"category": c.name, "quota": _quota(c.quota)} for c in info.categories]
    with_quota = [c for c in info.categories if c.quota is not None]
    never = _("A proposal nobody scored never makes the cut.")
    if with_quota:
        cut = _sentences(
            # Translators: {quotas} lists each category with its quota: "Pilot: 7, Scale: 5".
            _(
                "The cut line turns the ranking into the roadmap by category: each category "
                "sends its top q proposals by rank, q being its quota ({quotas}).",
                quotas=", ".join(
                    str(_("{category}: {quota}", category=c.name, quota=Num(c.quota or 0)))
                    for c in with_quota
                ),
            ),
            _("Ties across the line are settled by the facilitator with the room."),
            never,
        )
    else:
        cut = _sentences(
            _(
                "The cut line turns the ranking into the roadmap: the top N proposals overall, "
                "N chosen by the room."
            ),
            never,
        )
    people = [[_role_group(role, n), str(Num(n))] for role, n in counts_by_role.items() if n]
    record = (
        _("The vote record (Appendix B) names each participant beside their scores.")
        if info.vote_record == "named"
        else _(
            "The workshop keeps an anonymous vote record: in Appendix B participants appear as "
            "Director 1, Director 2, … in the order of the participant list."
        )
    )
    everyone = len(info.participants)
    if info.participants:
        # Translators: {roles} lists the roles: "14 directors and 1 facilitator"; {voters} how
        # many of the participants' scores count.
        people_text = n_(
            "{n} participant took part: {roles}. The scores of {voters} of them count in the "
            "results.",
            "{n} participants took part: {roles}. The scores of {voters} of them count in the "
            "results.",
            everyone,
            n=Num(everyone),
            roles=_join(_role_count(role, n) for role, n in counts_by_role.items() if n),
            voters=Num(len(info.voters)),
        )
    else:
        people_text = _("No participants are listed yet.")
    held = len(info.rounds)
    rounds_text = (
        n_(
            "{n} round held: {rounds}.",
            "{n} rounds held: {rounds}.",
            held,
            n=Num(held),
            rounds="; ".join(_round_sentence(r) for r in info.rounds),
        )
        if info.rounds
        else _("No round has been opened yet.")
    )
    return {
        "criteria": [
            {
                "name": c.name,
                "question": c.question or NO_VALUE,
                "weight": _number(round(c.weight, 2)),
                # Translators: a criterion's scale: "1 to 5".
                "scale": str(_("{low} to {high}", low=Num(c.scale_min), high=Num(c.scale_max))),
            }
            for c in criteria
        ],
        "paragraphs": scoring,
        "quotas": quotas,
        "cut": cut,
        "people": people,
        "people_text": str(people_text),
        "rounds_text": str(rounds_text),
        "record": str(record),
        "proposals": _number(len(cards)),
    }


def _roadmap(
    info: WorkshopInfo,
    names: _Names,
    lanes: Sequence[Any],
    roadmap: Sequence[ProposalView],
    by_proposal: dict[int, ResultRow],
) -> dict[str, Any]:
    rows = []
    for i, p in enumerate(roadmap, start=1):
        domain, category = names.of(p)
        result = by_proposal.get(p.id)
        rows.append(
            {
                "number": _number(i),
                "title": p.title,
                "department": p.department,
                "domain": domain or str(_("no domain")),
                "category": category or str(_("no category")),
                "scored": result is not None and result.score is not None,
                "rank": _rank(None if result is None else result.rank),
                "score": str(NOT_SCORED) if result is None else _carried(result, False),
            }
        )
    per_category = []
    for c in info.categories:
        n = sum(1 for p in roadmap if p.category_id == c.id)
        per_category.append({"category": c.name, "count": _number(n), "quota": _quota(c.quota)})
    # Translators: a lane's name as a sentence quotes it.
    lane_names = _join(str(_("“{lane}”", lane=lane.name)) for lane in lanes)
    if not lanes:
        text = str(_("This workshop has no Roadmap lane, so no proposal is on the roadmap yet."))
    elif roadmap:
        text = str(
            n_(
                "The proposals in the {lanes} lane of the board, in the order the room placed "
                "them.",
                "The proposals in the {lanes} lanes of the board, in the order the room placed "
                "them.",
                len(lanes),
                lanes=lane_names,
            )
        ) + _carried_note([by_proposal[p.id] for p in roadmap if p.id in by_proposal])
    else:
        text = str(
            _("The {lanes} lane is empty: no proposal is on the roadmap yet.", lanes=lane_names)
        )
    return {"text": text, "rows": rows, "per_category": per_category}


def _covered(services: "Services", results: Results) -> int:
    """How many proposals the reported round itself covered (the ranking lists all)."""
    scope = services.round_scope(results.round.id)
    return len(results.rows) if scope is None else len(scope)


def _ranking(results: Results, covered: int | None = None) -> dict[str, Any]:
    dots = results.round.method == "dots"
    criteria = [] if dots else [c.name for c in results.criteria]
    rows = []
    for row in results.rows:
        rows.append(
            {
                "rank": _rank(row.rank),
                "title": row.title,
                "detail": " · ".join(x for x in (row.domain, row.category, row.lane) if x),
                "scored": row.score is not None,
                "score": str(NOT_SCORED) if row.score is None else _carried(row, dots),
                "spread": _num(row.spread),
                "n": _number(row.n),
                "discuss": row.discuss,
                "means": []
                if dots
                else [str(NOT_SCORED) if m is None else _num(m) for m in row.criterion_means],
            }
        )
    covered = len(results.rows) if covered is None else covered
    # Translators: what a round covered, as the object of "covered": "Round 2 (scores)
    # covered every proposal on the board: 72 proposals…".
    scope = {
        "all": _("every proposal on the board"),
        "lane": _("the cards of one lane"),
        "selection": _("a selection of proposals"),
    }.get(results.round.scope, _("its proposals"))
    told = {
        "number": results.round.number,
        "method": _method_name(results.round.method),
        "scope": scope,
        "proposals": _proposals(covered),
        "total": Num(len(rows)),
    }
    if covered < len(rows):
        # Translators: {method} is "scores" or "dot voting"; {proposals} "10 proposals";
        # {total} how many the ranking lists.
        what = _(
            "Round {number} ({method}) covered {scope}: {proposals}; the ranking lists all "
            "{total}, in rank order.",
            **told,
        )
    else:
        what = _("Round {number} ({method}) covered {scope}: {proposals}, in rank order.", **told)
    text = _sentences(
        what,
        _("The line under each title gives its domain, category and lane."),
        None
        if dots
        else _("Score and spread are on the criteria's scale; “discuss” marks a divided room."),
    ) + _carried_note(results.rows)
    return {"dots": dots, "criteria": criteria, "rows": rows, "text": text}


def _carried(row: ResultRow, dots: bool) -> str:
    """A score as the tables print it: "4.00", or "4.00 (round 1)" when the round of record
    did not cover the proposal and its score is carried from that earlier round."""
    text = _value(row.score, dots)
    if row.score_round is None:
        return text
    # Translators: a score carried from an earlier round: "4.00 (round 1)".
    return str(_("{score} (round {round})", score=text, round=row.score_round))


def _carried_note(rows: Sequence[ResultRow]) -> str:
    """The sentence that explains "(round 1)" after a score (with a space before it), or ""
    when none is carried."""
    carried = [row for row in rows if row.score_round is not None and row.score is not None]
    if not carried:
        return ""
    # Translators: “(round {round})” is the mark after a carried score ("4.00 (round 1)"):
    # write it as that mark is written.
    return " " + str(
        _(
            "A score followed by a round, as in “(round {round})”, is carried from that "
            "earlier round: the round reported did not cover the proposal ({n} here).",
            round=carried[0].score_round,
            n=Num(len(carried)),
        )
    )


def _appendix(board: Any, archived: Sequence[ProposalView], names: _Names) -> list[dict[str, Any]]:
    def item(p: ProposalView) -> dict[str, Any]:
        domain, category = names.of(p)
        facts = [
            [_("Department"), p.department],
            [_("Domain"), domain],
            [_("Category"), category],
            [_("Cost"), _money(p.cost) or str(NO_ESTIMATE)],
            [_("Timeframe"), p.timeframe],
        ]
        return {
            "title": p.title,
            "facts": [[str(k), v] for k, v in facts if v],
            "summary": p.summary,
        }

    groups = [
        {"lane": lane.name, "items": [item(p) for p in board.cards.get(lane.id, ())]}
        for lane in board.lanes
    ]
    if archived:
        groups.append(
            {"lane": str(p_("proposals", "Archived")), "items": [item(p) for p in archived]}
        )
    return [g for g in groups if g["items"]]


def _record(
    info: WorkshopInfo,
    record: Sequence[ScoreRecord],
    dots: dict[int, dict[tuple[int, int], int]],
    proposals: Sequence[ProposalView],
) -> dict[str, Any]:
    """Appendix B: per revealed round, a grid of proposals × participants; one key to the
    columns for every round. A sealed round is named, never shown."""
    named = info.vote_record == "named"
    codes, labels = _codes(info.participants, named=named)
    by_name = {p.name: p for p in info.participants}
    by_id = {p.id: p for p in info.participants}
    titles = {p.id: p.title for p in proposals}
    criteria = [c.name for c in info.criteria]
    position = {name: i for i, name in enumerate(criteria)}
    counted = {p.id for p in info.voters}
    widest = max((c.scale_max for c in info.criteria), default=9)
    rounds: list[dict[str, Any]] = []
    everyone: set[int] = set()
    for r in info.rounds:
        heading = str(_("Round {number}", number=r.number))
        if not r.revealed:
            sealed = (
                _(
                    "Round {number} is open: its scores stay sealed until the reveal.",
                    number=r.number,
                )
                if r.status == "open"
                else _(
                    "Round {number} is closed: its scores stay sealed until the reveal.",
                    number=r.number,
                )
            )
            rounds.append({"heading": heading, "text": str(sealed), "chunks": []})
            continue
        if r.method == "dots":
            grid = _dot_grid(dots.get(r.number, {}), by_id, titles)
            said = [_("Each cell is the number of dots the participant gave the proposal.")]
            size = _columns_that_fit(1, max(grid.widest, 9))
        else:
            grid = _score_grid([s for s in record if s.round == r.number], by_name, position)
            said = [
                # Translators: “not scored” is what an empty cell of the grid says.
                _(
                    "Each cell lists the participant's scores in criterion order ({criteria}); a "
                    "dash is a criterion left unscored; “not scored” marks a proposal the "
                    "participant did not score.",
                    criteria=", ".join(criteria),
                )
                if len(criteria) > 1
                else _(
                    "Each cell is the participant's score; “not scored” marks a proposal the "
                    "participant did not score."
                )
            ]
            size = _columns_that_fit(len(criteria), widest)
        people = [p for p in info.participants if p.id in grid.people]
        everyone.update(p.id for p in people)
        size = _balanced(len(people), size)
        chunks = []
        missing = "0" if r.method == "dots" else None  # no dots given; or not scored
        for start in range(0, len(people), size):
            group = people[start : start + size]
            heads = [codes[p.id] for p in group]
            chunks.append(
                {
                    "heads": heads,
                    "span": (span := f"{heads[0]}–{heads[-1]}" if len(heads) > 1 else heads[0]),
                    # Translators: a heading of the vote record's grid; {span} is "D1–D7".
                    "heading": str(_("Scores: columns {span}", span=span)),
                    "rows": [
                        # None: the participant did not score it (the template says so)
                        [
                            str(_("{title} (archived)", title=title)) if archived else title,
                            *(grid.cells[key].get(p.id, missing) for p in group),
                        ]
                        for key, title, archived in grid.proposals
                    ],
                }
            )
        uncounted = [codes[p.id] for p in people if p.id not in counted]
        if uncounted:
            said.append(
                n_(
                    "Scores in column {columns} are recorded but not counted in the results.",
                    "Scores in columns {columns} are recorded but not counted in the results.",
                    len(uncounted),
                    columns=_join(uncounted),
                )
            )
        if grid.archived:
            # Translators: "(archived)" as in the mark "{title} (archived)".
            said.append(
                _("A proposal marked (archived) has left the results; its scores do not count.")
            )
        text = _sentences(*said) if chunks else str(_("Nobody voted in this round."))
        rounds.append({"heading": heading, "text": text, "chunks": chunks})
    key = [
        [
            codes[p.id],
            labels[p.id],
            _role_name(p.role),
            *([p.department or NO_VALUE] if named else []),
            yes_no(p.id in counted),
        ]
        for p in info.participants
        if p.id in everyone
    ]
    if not any(r.revealed for r in info.rounds):
        intro = str(NOT_REVEALED)
    else:
        intro = _sentences(
            _("Every score of every revealed round, as entered."),
            _(
                "The record is named, as the workshop chose: the key gives each column's "
                "participant."
            )
            if named
            else _(
                "The record is anonymous, as the workshop chose: participants are numbered by "
                "role in the order of the participant list."
            ),
        )
    return {
        "named": named,
        "intro": intro,
        "key_heads": _rendered(
            [
                _("Column"),
                _("Participant"),
                _("Role"),
                *([_("Department")] if named else []),
                _("Counted"),
            ]
        ),
        "key": key,
        "rounds": rounds,
    }


@dataclass
class _Grid:
    people: set[int]
    proposals: list[tuple[int, str, bool]]  # (key, title, archived) in record order
    cells: dict[int, dict[int, str]]  # proposal key → participant id → cell text
    archived: bool = False
    widest: int = 1


def _score_grid(
    record: Iterable[ScoreRecord],
    by_name: dict[str, ParticipantView],
    position: dict[str, int],
) -> _Grid:
    """The round's scores as proposals × participants, each cell the criteria in order.

    The record comes sorted by proposal, participant and criterion and names proposals by
    title; a title seen again after another proposal, or a participant's criterion seen
    twice, starts a new proposal (two proposals may share a title)."""
    grid = _Grid(set(), [], {})
    values: dict[int, dict[int, list[str]]] = {}
    current: int | None = None
    title = None
    seen: set[tuple[int, str]] = set()
    archived_keys: set[int] = set()
    width = len(position)
    for s in record:
        person = by_name.get(s.participant)
        pid = person.id if person is not None else -(abs(hash(s.participant)) % 10**6) - 1
        if current is None or s.proposal != title or (pid, s.criterion) in seen:
            current = len(grid.proposals)
            title = s.proposal
            seen = set()
            grid.proposals.append((current, s.proposal, False))
            values[current] = {}
        seen.add((pid, s.criterion))
        if not s.counted and person is not None and person.role == "director":
            archived_keys.add(current)  # a director's score left out: the proposal is archived
        grid.people.add(pid)
        cells = values[current].setdefault(pid, [NO_VALUE] * width)
        at = position.get(s.criterion)
        if at is not None:
            cells[at] = str(s.score)
    for key, entered in values.items():
        grid.cells[key] = {pid: " ".join(v) for pid, v in entered.items()}
    if archived_keys:
        grid.archived = True
        grid.proposals = [(key, t, key in archived_keys) for key, t, _archived in grid.proposals]
    return grid


def _dot_grid(
    given: dict[tuple[int, int], int],
    by_id: dict[int, ParticipantView],
    titles: dict[int, str],
) -> _Grid:
    grid = _Grid(set(), [], {})
    for (person, proposal), n in sorted(given.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        if not n:
            continue
        if proposal not in grid.cells:
            shown = titles.get(proposal) or str(_("Proposal {number}", number=proposal))
            grid.proposals.append((proposal, shown, False))
            grid.cells[proposal] = {}
        grid.cells[proposal][person] = str(n)
        grid.people.add(person)
        grid.widest = max(grid.widest, n)
    grid.people &= set(by_id)
    return grid


def _codes(
    participants: Sequence[ParticipantView], *, named: bool
) -> tuple[dict[int, str], dict[int, str]]:
    """Column codes (D1, D2, …, F1) and the key's label for each participant: the name, or
    for an anonymous record the role and number ("Director 1")."""
    seen: dict[str, int] = {}
    codes, labels = {}, {}
    for p in participants:
        seen[p.role] = seen.get(p.role, 0) + 1
        code = ROLE_CODES.get(p.role, p_("column code", "P"))
        codes[p.id] = f"{code}{seen[p.role]}"
        labels[p.id] = p.name if named else _numbered(p.role, seen[p.role])
    return codes, labels


def _columns_that_fit(criteria: int, scale_max: int) -> int:
    digits = len(str(abs(scale_max)))
    cell = criteria * digits * DIGIT_PT + max(0, criteria - 1) * SPACE_PT + CELL_INSET_PT
    return max(1, min(14, int(RECORD_ROOM_PT // max(cell, 24.0))))


def _balanced(count: int, most: int) -> int:
    """Columns per table so that the tables of a round hold about the same number."""
    if count <= most:
        return max(count, 1)
    tables = -(-count // most)
    return -(-count // tables)


def _audit(
    info: WorkshopInfo,
    board: Any,
    archived: Sequence[ProposalView],
    record: Sequence[ScoreRecord],
    scores_by_round: dict[int, int],
    results: Results | None,
    head: "Head | None",
) -> dict[str, Any]:
    covers = {
        "all": p_("round covers", "all"),
        "lane": p_("round covers", "one lane"),
        "selection": p_("round covers", "selection"),
    }
    rounds = [
        [
            _number(r.number),
            str(_method_name(r.method)),
            str(covers.get(r.scope, r.scope)),
            _stamp(r.opened_at, zone=False),
            _stamp(r.closed_at, zone=False),
            _stamp(r.revealed_at, zone=False),
            _number(scores_by_round.get(r.number, 0))
            if r.revealed
            else str(p_("round votes", "sealed")),
        ]
        for r in info.rounds
    ]
    lanes = ", ".join(
        f"{lane.name} {_number(len(board.cards.get(lane.id, ())))}" for lane in board.lanes
    )
    on_board = sum(len(cards) for cards in board.cards.values())
    roles: dict[str, int] = {}
    for p in info.participants:
        roles[p.role] = roles.get(p.role, 0) + 1
    counted = sum(1 for s in record if s.counted)
    facts: list[list[Any]] = [
        [
            _("Proposals on the board"),
            # Translators: the number of proposals, then each lane with its count.
            _("{count} ({lanes})", count=Num(on_board), lanes=lanes)
            if board.lanes
            else _number(on_board),
        ],
        [_("Archived proposals"), _number(len(archived))],
        [
            _("Participants"),
            _join(_role_count(role, n) for role, n in roles.items()) or p_("participants", "none"),
        ],
        [_("Criteria"), _number(len(info.criteria))],
        [_("Rounds"), _number(len(info.rounds))],
    ]
    if record:
        facts.append(
            [
                _("Scores in the record"),
                _("{count} ({counted} counted)", count=Num(len(record)), counted=Num(counted)),
            ]
        )
    if head is not None:
        facts.append([_("Events in the store's audit log"), _number(head.count)])
        facts.append(
            [
                _("Newest event"),
                _("#{event}, hash {hash}", event=head.event_id, hash=head.short()),
            ]
        )
    sealed = [r for r in info.rounds if not r.revealed]
    notes = [
        _sentences(
            # Translators: {zone} is a time zone's name ("America/Los_Angeles").
            _(
                "Times are in {zone}, from the UTC the workshop's store records them in.",
                zone=packet_front.zone_name(info.council.time_zone),
            ),
            _("Counts come from the workshop's store as it stood when this packet was made."),
            _(
                "A vote recorded is one participant's score for one criterion of one proposal "
                "(in a dot-voting round, the dots one participant gave one proposal)."
            ),
        )
    ]
    if sealed:
        hidden = _join(_("Round {number}", number=r.number) for r in sealed)
        # Translators: {rounds} lists the rounds: "Round 2" or "Round 2 and Round 3".
        notes.append(
            str(
                n_(
                    "{rounds} is not revealed: the packet shows none of its values.",
                    "{rounds} are not revealed: the packet shows none of their values.",
                    len(sealed),
                    rounds=hidden,
                )
            )
        )
    if results is not None:
        notes.append(
            str(
                _(
                    "The ranking, the roadmap scores and the charts are from round {number}.",
                    number=results.round.number,
                )
            )
        )
    if head is not None:
        # The head pins the whole log: each event's hash covers the one before it.
        notes.append(
            _sentences(
                n_(
                    "The store's audit log held {n} event when this packet was made; the "
                    "newest, #{event}, has the hash {hash}.",
                    "The store's audit log held {n} events when this packet was made; the "
                    "newest, #{event}, has the hash {hash}.",
                    head.count,
                    n=Num(head.count),
                    event=head.event_id,
                    hash=head.hash,
                ),
                _(
                    "Each event's hash covers the event before it, so a later copy of the store "
                    "whose event #{event} has this hash holds the same record up to it.",
                    event=head.event_id,
                ),
            )
        )
    return {"rounds": rounds, "facts": _rendered(facts), "notes": notes}


# -- charts ---------------------------------------------------------------------------------


def _charts(
    info: WorkshopInfo,
    names: _Names,
    cards: Sequence[ProposalView],
    results: Results | None,
    front: packet_front.Front | None = None,
) -> list[_Chart]:
    out: list[_Chart] = []
    board_rows = tuple(_board_row(p, names) for p in cards)
    if results is not None:
        rows = tuple(chart_rows(results, info.domains, info.categories))
        scored = [r for r in rows if r.score is not None]
        bars = tuple(scored[:RANKING_BARS])
        dots = results.round.method == "dots"
        told = {"n": Num(len(bars)), "round": results.round.number}
        if len(scored) > len(bars):
            shown = (
                _("Dots of the {n} highest-ranked proposals in round {round}.", **told)
                if dots
                else _(
                    "Scores of the {n} highest-ranked proposals in round {round}, each with its "
                    "spread as an error bar.",
                    **told,
                )
            )
        elif dots:
            shown = n_(
                "Dots of the {n} scored proposal in round {round}.",
                "Dots of all {n} scored proposals in round {round}.",
                len(bars),
                **told,
            )
        else:
            shown = n_(
                "Scores of the {n} scored proposal in round {round}, with its spread as an "
                "error bar.",
                "Scores of all {n} scored proposals in round {round}, each with its spread as "
                "an error bar.",
                len(bars),
                **told,
            )
        note = front.chart_note(len(bars)) if front else ""
        out.append(
            _Chart(
                "ranking",
                "chart-ranking.svg",
                str(_("Ranking")),
                _sentences(
                    shown,
                    _(
                        "Each bar's color and hatch are its domain's, and the domain is named "
                        "beside it."
                    ),
                )
                + note,
                describe_ranking(bars) + note,
                max(3.0, min(8.5, 1.0 + 0.26 * len(bars))),
                front.mark_bars(bars) if front else bars,  # the cut line's marks
                dots=dots,
                cut=front.line_after if front else None,
            )
        )
        x, y, size = info.quadrant_axes
        if not dots and x:
            out.append(
                _Chart(
                    "quadrant",
                    "chart-quadrant.svg",
                    str(p_("chart", "Criteria")),
                    _sentences(
                        # Translators: {x}, {y} and {size} are the names of criteria.
                        _(
                            "Each proposal by its mean {x} (across) and {y} (up) in round "
                            "{round}; bubble size is {size}.",
                            x=x,
                            y=y,
                            size=size,
                            round=results.round.number,
                        ),
                        _("The {n} best-scored are labeled.", n=Num(QUADRANT_LABELS)),
                        _("Marker shapes are the domains."),
                    ),
                    describe_quadrant(rows, x=x, y=y, size=size),
                    4.2,
                    rows,
                    axes=(x, y, size),
                )
            )
    if board_rows:
        out.append(
            _Chart(
                "counts",
                "chart-counts.svg",
                str(_("Proposals by domain")),
                str(_("How many proposals on the board each domain has, split by category.")),
                describe_counts(board_rows),
                3.1,
                board_rows,
            )
        )
    return out


def _board_row(p: ProposalView, names: _Names) -> ChartRow:
    domain, category = names.of(p)
    shape, colour = names.colour.get(p.domain_id, (0, NO_DOMAIN_COLOUR))
    place = names.category_place.get(p.category_id)
    return ChartRow(
        p.title, domain, colour, category, None, None, 0, shape=shape, category_place=place
    )


def chart_svg(chart: _Chart) -> bytes:
    """One chart drawn by export.charts into SVG, glyphs as paths (the PDF needs no font for
    them; the alt text carries the words). The charts finish themselves as on screen
    (charts.finish): the key below the chart, whole-number count axes, labels kept apart."""
    import matplotlib
    from matplotlib.figure import Figure

    style: dict[RcKeyType, Any] = {
        "svg.fonttype": "path",
        "svg.hashsalt": "roadmap-packet",
        "font.family": use_bundled_fonts(),  # DejaVu Sans, then Chinese and emoji
    }
    with matplotlib.rc_context(style), warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # tight_layout on very long labels
        figure = Figure(figsize=(7, chart.height), facecolor="white")
        if chart.name == "ranking":
            ranking_bars(figure, chart.rows, limit=RANKING_BARS, dots=chart.dots, cut=chart.cut)
        elif chart.name == "quadrant":
            x, y, size = chart.axes
            quadrant(figure, chart.rows, x=x, y=y, size=size, labels=QUADRANT_LABELS)
        else:
            counts(figure, chart.rows)
        out = io.BytesIO()
        figure.savefig(out, format="svg", metadata={"Date": None})
    return out.getvalue()


# -- formatting -----------------------------------------------------------------------------


def _num(value: float | None, places: int = 2) -> str:
    if value is None:
        return NO_VALUE
    return formats.number(value, places)


def _number(value: float) -> str:
    return formats.number(value)


def _value(score: float | None, dots: bool) -> str:
    if score is None:
        return NO_VALUE
    return formats.number(score, 0 if dots else 2)


def _rank(rank: int | None) -> str:
    # Translators: the rank of a proposal nobody scored (listed last, without a rank).
    return str(p_("rank", "none")) if rank is None else _number(rank)


def _quota(quota: int | None) -> str:
    return str(NO_QUOTA) if quota is None else _number(quota)


def _money(cost: float | None) -> str:
    if cost is None:
        return ""
    return formats.money(cost)


def _stamp(moment: datetime | None, *, zone: bool = True) -> str:
    return packet_front.stamp(moment, zone=zone)  # in the workshop's time zone


def _long_date(text: str) -> str:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return text
    return formats.long_date(day)


def _proposals(n: int) -> Message:
    return n_("{n} proposal", "{n} proposals", n, n=Num(n))


def _join(items: Iterable[str | Message]) -> str:
    return wording.join(items)


def _sentences(*said: Message | str | None) -> str:
    """Whole sentences, each its own message, one after the other."""
    return " ".join(str(s) for s in said if s is not None and str(s))


def _rendered(rows: Sequence[Any]) -> list[Any]:
    """Messages (and rows of them) as text, in the current language."""
    return [_rendered(r) if isinstance(r, list) else str(r) for r in rows]


def _method_name(method: str) -> Message:
    # Translators: how a round is voted, as the packet names it: "Round 2 (scores)".
    return _("dot voting") if method == "dots" else p_("round method", "scores")


def _role_name(role: str) -> str:
    return str(
        {
            "director": p_("role", "Director"),
            "facilitator": p_("role", "Facilitator"),
            "observer": p_("role", "Observer"),
        }.get(role, role.capitalize())
    )


def _numbered(role: str, n: int) -> str:
    """An anonymous participant as the key names them: "Director 1"."""
    if role == "director":
        return str(_("Director {n}", n=n))
    if role == "facilitator":
        return str(_("Facilitator {n}", n=n))
    if role == "observer":
        return str(_("Observer {n}", n=n))
    return f"{role.capitalize()} {n}"


def _role_group(role: str, n: int) -> str:
    """A role's name as a heading of its people: "Director", "Directors"."""
    if role == "director":
        return str(n_("Director", "Directors", n))
    if role == "facilitator":
        return str(n_("Facilitator", "Facilitators", n))
    if role == "observer":
        return str(n_("Observer", "Observers", n))
    return role.capitalize()


def _role_count(role: str, n: int) -> str:
    """ "14 directors", "1 facilitator"."""
    if role == "director":
        return str(n_("{n} director", "{n} directors", n, n=Num(n)))
    if role == "facilitator":
        return str(n_("{n} facilitator", "{n} facilitators", n, n=Num(n)))
    if role == "observer":
        return str(n_("{n} observer", "{n} observers", n, n=Num(n)))
    return f"{_number(n)} {role}"


def _round_states(rounds: Sequence[RoundView]) -> list[str]:
    states: dict[str, int] = {}
    for r in rounds:
        states[r.status] = states.get(r.status, 0) + 1
    said: list[Message | str] = []
    for status, n in states.items():
        if status == "open":
            said.append(np_("rounds", "{n} open", "{n} open", n, n=Num(n)))
        elif status == "closed":
            said.append(np_("rounds", "{n} closed", "{n} closed", n, n=Num(n)))
        elif status == "revealed":
            said.append(np_("rounds", "{n} revealed", "{n} revealed", n, n=Num(n)))
        else:
            said.append(f"{_number(n)} {status}")
    return [str(s) for s in said]


def _round_sentence(r: RoundView) -> str:
    told = {"number": r.number, "method": _method_name(r.method)}
    # Translators: one round in a list: "round 1 (scores) revealed".
    if r.status == "open":
        return str(_("round {number} ({method}) open", **told))
    if r.status == "closed":
        return str(_("round {number} ({method}) closed", **told))
    return str(_("round {number} ({method}) revealed", **told))


def _round_line(r: RoundView) -> dict[str, str]:
    when = _stamp(r.revealed_at)
    return {
        "number": str(r.number),
        "method": str(_method_name(r.method)),
        "revealed": when,
        "label": (label := str(_("Round {number}, revealed {when}", number=r.number, when=when))),
        "reported": str(_("Results reported: {round}", round=label)),
    }


def _template_words() -> dict[str, Any]:
    """Every word packet.typ prints of its own (headings, table heads, labels), in the
    current language."""
    said: dict[str, Any] = {
        "keywords": [_("council packet"), _("innovation roadmap")],
        # Translators: the packet's footer; {page} and {pages} are numbers.
        "page_of": _("Page {page} of {pages}"),
        # Translators: the cover's kicker above the workshop's name, in capitals.
        "kicker": _("COUNCIL PACKET"),
        "accessible": _(
            "This document is tagged for accessibility (PDF/UA-1); every chart carries a text "
            "description, and the tables behind the charts are included in full."
        ),
        "executive_summary": _("Executive summary"),
        "cut_firmness": _("How firm the cut line is"),
        "ties_settled": _("Ties settled"),
        **packet_notes.notes_words(),
        "under_budget": _("Under the budget"),
        # Translators: table heads: funded in the best roadmap under the budget / by rank.
        "in_best": _("Best roadmap"),
        "in_by_rank": _("By rank"),
        "plan": _("Plan"),
        "total_score": _("Total score"),
        "yes": yes_no(True),
        "agenda_item": _("Agenda item"),
        "meeting_date": _("Meeting date"),
        "recommendation": _("Recommendation"),
        "action_requested": _("Action requested"),
        # Translators: a table head: the project's number.
        "no": _("No."),
        "project": _("Project"),
        "department": _("Department"),
        "cost": _("Cost"),
        "timeframe": _("Timeframe"),
        "total": _("Total"),
        "signatures": _("Signatures"),
        "signature": _("Signature"),
        "date": p_("signature line", "Date"),
        "fiscal_impact": _("Fiscal impact"),
        "projects": _("Projects"),
        "without_estimate": _("Without an estimate"),
        "category": _("Category"),
        "cut_line_heading": _("The cut line"),
        "ties_heading": _("Ties at the line"),
        "ties_text": _(
            "Proposals sharing a rank across the line: the cut alone cannot choose between them."
        ),
        "proposal": _("Proposal"),
        "rank": _("Rank"),
        "score": _("Score"),
        "cut_line": _("Cut line"),
        "on_roadmap": _("On the roadmap"),
        "contents": _("Contents"),
        "summary": _("Summary"),
        "at_a_glance": _("At a glance"),
        "top_of_ranking": _("Top of the ranking"),
        "lane": _("Lane"),
        "most_divided": _("Most divided"),
        "spread": _("Spread"),
        # Translators: a table head: whether the proposal is marked “discuss”.
        "discuss_head": _("Discuss"),
        "method": _("Method"),
        "criteria": _("Criteria"),
        "criteria_text": _(
            "Every proposal was judged against the criteria below, each scored on its own scale."
        ),
        "criterion": _("Criterion"),
        "question": _("Question"),
        "weight": _("Weight"),
        "scale": _("Scale"),
        "scores_to_ranking": _("From scores to a ranking"),
        "categories_quotas": _("Categories, quotas and the cut line"),
        "quota": _("Quota"),
        "participants_rounds": _("Participants and rounds"),
        "the_roadmap": _("The roadmap"),
        "domain_category": _("Domain / category"),
        "by_category": _("By category"),
        "ranking": _("Ranking"),
        "ranking_later": _(
            "The ranking of the proposals appears here once the facilitator reveals a round."
        ),
        "dots": _("Dots"),
        # Translators: the ranking's column head for how many participants scored the
        # proposal (a statistician's n).
        "n": p_("number who scored", "n"),
        # Translators: the mark beside a divided proposal in the ranking.
        "discuss": p_("mark", "discuss"),
        "makes_cut": _("makes the cut"),
        "tied_cut": _("tied at the cut line"),
        "charts": _("Charts"),
        "charts_later": _(
            "Charts of scores appear here once a round is revealed; the chart of proposals by "
            "domain needs no scores."
        ),
        "charts_text": _(
            "The charts of the scoring view, drawn from the same data as the tables. Each has a "
            "text description for screen readers."
        ),
        "figure": _("Figure"),
        "appendix_a": _("Appendix A: Every proposal"),
        "appendix_a_text": _(
            "All proposals of the workshop by lane, in board order, with what the sponsoring "
            "department submitted."
        ),
        "appendix_b": _("Appendix B: Vote record"),
        "key_heading": _("Key to the columns"),
        "not_scored": NOT_SCORED,
        "appendix_c": _("Appendix C: Audit summary"),
        "rounds": _("Rounds"),
        "no_round": _("No round has been opened."),
        "round": p_("table head", "Round"),
        "method_head": p_("table head", "Method"),
        "covers": _("Covers"),
        "opened": _("Opened"),
        "closed": _("Closed"),
        "revealed": _("Revealed"),
        "votes_recorded": _("Votes recorded"),
        "counts": _("Counts"),
        "item": _("Item"),
        "count": _("Count"),
        "value": _("Value"),
    }
    return {k: [str(x) for x in v] if isinstance(v, list) else str(v) for k, v in said.items()}
