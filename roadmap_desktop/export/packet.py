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
from roadmap_desktop.export import glyphs, packet_front
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
from roadmap_desktop.services.views import (
    ParticipantView,
    ProposalView,
    ResultRow,
    Results,
    RoundView,
    ScoreRecord,
    WorkshopInfo,
)

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType
    from typst import PDFStandard

    from roadmap_desktop.services import Services
    from roadmap_desktop.store.chain import Head

TEMPLATE = "packet.typ"
PDF_STANDARDS: list["PDFStandard"] = ["ua-1"]
NOT_REVEALED = "No round has been revealed; scores appear after the reveal."
RANKING_BARS = 25  # bars in the ranking chart; the table below it lists every proposal
QUADRANT_LABELS = 8
DIVIDED = 5  # proposals in the summary's "most divided" list
TOP = 5  # proposals in the summary's "top of the ranking" list
NO_VALUE = "—"
# Said in words where a table would otherwise show an empty cell or a dash.
NOT_SCORED = "not scored"  # the proposal (or criterion) got no score in the round reported
NO_RANK = "none"  # an unscored proposal is listed last, without a rank
NO_ESTIMATE = "no estimate"  # a proposal without a cost
NO_QUOTA = "no quota"
ROLE_CODES = {"director": "D", "facilitator": "F", "observer": "O"}
ROLE_PLURALS = {"director": "directors", "facilitator": "facilitators", "observer": "observers"}
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
    data: dict[str, Any] = {
        "title": f"Council packet: {info.name}",
        "author": APP_NAME,
        "lang": "en",
        "workshop": {
            "name": info.name,
            "description": info.description,
            "date": _long_date(info.date),
        },
        "generated": _stamp(datetime.now(UTC)),
        "front": {**front.data, "marks": list(front.marks), "line_after": front.line_after},
        "app": f"{APP_NAME} {__version__}",
        "revealed": results is not None,
        "notice": "" if results is not None else NOT_REVEALED,
        "round": _round_line(results.round) if results else None,
        "summary": _summary(info, cards, roadmap, results, divided),
        "method": _method(info, cards),
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
    held = f"{rounds} scoring round{_s(rounds)}" if rounds else "no scoring round yet"
    when = f"On {_long_date(info.date)}, " if info.date else ""
    paragraphs = [
        f"{when}{_count(voters, 'voting participant')} of the {info.name} considered "
        f"{_count(len(cards), 'proposal')} against {_count(len(criteria), 'criterion', 'criteria')}"
        f"{' (' + _join(criteria) + ')' if criteria else ''}, in {held}."
    ]
    quota = sum(c.quota or 0 for c in info.categories)
    limit = sum(lane.limit or 0 for lane in info.lanes if lane.kind == "roadmap")
    room = f" of the {quota} the category quotas allow" if quota else ""
    if not room and limit:
        room = f" of a limit of {limit}"
    paragraphs.append(f"The roadmap holds {_count(len(roadmap), 'proposal')}{room}.")
    if results is None:
        paragraphs.append(NOT_REVEALED)
    else:
        r = results.round
        scored = sum(1 for row in results.rows if row.score is not None)
        paragraphs.append(
            f"This packet reports round {r.number}, revealed {_stamp(r.revealed_at)}: "
            f"{_count(scored, 'proposal')} received scores"
            + (
                f", {carried} of them carried from an earlier round that scored them."
                if (carried := sum(1 for row in results.rows if row.score_round))
                else "."
            )
        )
    facts = [
        ["Proposals on the board", f"{len(cards):,}"],
        ["On the roadmap", f"{len(roadmap):,}"],
        ["Voting participants", f"{voters:,}"],
        ["Criteria", _join(criteria) or NO_VALUE],
        ["Rounds", f"{rounds} ({_join(_round_states(info.rounds))})" if rounds else "none"],
    ]
    top: list[dict[str, str]] = []
    if results is not None:
        dots = results.round.method == "dots"
        for row in results.rows[:TOP]:
            if row.score is None:
                break
            top.append(
                {
                    "rank": str(row.rank),
                    "title": row.title,
                    "score": _carried(row, dots),
                    "lane": row.lane,
                }
            )
    return {
        "paragraphs": paragraphs,
        "facts": facts,
        "top": top,
        "divided": [
            {
                "title": row.title,
                "score": _value(row.score, False),
                "spread": _num(row.spread),
                "discuss": "yes" if row.discuss else "no",
            }
            for row in divided
        ],
        "threshold": _num(info.discuss_threshold),
        "score_head": "Dots" if results is not None and results.round.method == "dots" else "Score",
    }


def _method(info: WorkshopInfo, cards: Sequence[ProposalView]) -> dict[str, Any]:
    criteria = info.criteria
    weights = {c.weight for c in criteria}
    aggregation = "median" if info.aggregation == "median" else "mean"
    counts_by_role = {role: 0 for role in ROLE_CODES}
    for p in info.participants:
        counts_by_role[p.role] = counts_by_role.get(p.role, 0) + 1
    scoring = [
        "Each voting participant scores a proposal on "
        f"{_count(len(criteria), 'criterion', 'criteria')}, each on its own scale (above). "
        "A participant's score for the proposal is the weighted "
        "average of the criteria they scored: the sum of weight × score divided by the sum of "
        "the weights of those criteria"
        + (
            " (all weights are equal here, so it is the plain average)."
            if len(weights) <= 1
            else "."
        ),
        f"A proposal's score is the {aggregation} of its participants' scores; n is the number "
        "of participants who scored it. Its spread is the population standard deviation of "
        "those scores. A spread above "
        f"{_num(info.discuss_threshold)} marks the proposal “discuss”: the room was divided "
        "and the proposal deserves a conversation before the cut.",
        "Each criterion's column in the ranking is the mean of that criterion's scores over "
        "the participants who scored it.",
        "Proposals are ranked by score, highest first. Equal scores share a rank (1, 2, 2, 4); "
        "among equals, the proposal more participants scored comes first, then the title in "
        "alphabetical order. A proposal nobody scored is listed last, without a rank.",
    ]
    roles = (
        "Directors' scores count. The facilitator's own scores "
        + (
            "count as well."
            if info.count_facilitator_scores
            else "are recorded but left out of the results."
        )
        + " Observers do not vote."
    )
    scoring.append(roles)
    dot_rounds = [r for r in info.rounds if r.method == "dots"]
    for r in dot_rounds:
        scoring.append(
            f"Round {r.number} used dot voting: each director had "
            f"{_count(r.dots_per_participant or 0, 'dot')} to spread over the proposals; a "
            "proposal's tally of dots ranks it the same way."
        )
    quotas = [
        {"category": c.name, "quota": NO_QUOTA if c.quota is None else str(c.quota)}
        for c in info.categories
    ]
    with_quota = [c for c in info.categories if c.quota is not None]
    if with_quota:
        cut = (
            "The cut line turns the ranking into the roadmap by category: each category "
            "sends its top q proposals by rank, q being its quota ("
            + _join(f"{c.name}: {c.quota}" for c in with_quota)
            + "). Ties across the line are settled by the facilitator with the room. "
            "A proposal nobody scored never makes the cut."
        )
    else:
        cut = (
            "The cut line turns the ranking into the roadmap: the top N proposals overall, "
            "N chosen by the room. A proposal nobody scored never makes the cut."
        )
    people = [
        [(role if n == 1 else ROLE_PLURALS.get(role, role)).capitalize(), str(n)]
        for role, n in counts_by_role.items()
        if n
    ]
    record = (
        "The vote record (Appendix B) names each participant beside their scores."
        if info.vote_record == "named"
        else "The workshop keeps an anonymous vote record: in Appendix B participants appear "
        "as Director 1, Director 2, … in the order of the participant list."
    )
    return {
        "criteria": [
            {
                "name": c.name,
                "question": c.question or NO_VALUE,
                "weight": _num(c.weight, 2, trim=True),
                "scale": f"{c.scale_min} to {c.scale_max}",
            }
            for c in criteria
        ],
        "paragraphs": scoring,
        "quotas": quotas,
        "cut": cut,
        "people": people,
        "people_text": (
            f"{_count(len(info.participants), 'participant')} took part: "
            + _join(f"{n} {label.lower()}" for label, n in people)
            + f". The scores of {len(info.voters)} of them count in the results."
            if info.participants
            else "No participants are listed yet."
        ),
        "rounds_text": (
            f"{_count(len(info.rounds), 'round')} held: "
            + "; ".join(_round_sentence(r) for r in info.rounds)
            + "."
            if info.rounds
            else "No round has been opened yet."
        ),
        "record": record,
        "proposals": f"{len(cards):,}",
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
                "number": str(i),
                "title": p.title,
                "department": p.department,
                "domain": domain or "no domain",
                "category": category or "no category",
                "scored": result is not None and result.score is not None,
                "rank": NO_RANK if result is None or result.rank is None else str(result.rank),
                "score": NOT_SCORED if result is None else _carried(result, False),
            }
        )
    per_category = []
    for c in info.categories:
        n = sum(1 for p in roadmap if p.category_id == c.id)
        per_category.append(
            {
                "category": c.name,
                "count": str(n),
                "quota": NO_QUOTA if c.quota is None else str(c.quota),
            }
        )
    lane_names = _join(f"“{lane.name}”" for lane in lanes)
    if not lanes:
        text = "This workshop has no Roadmap lane, so no proposal is on the roadmap yet."
    elif roadmap:
        text = (
            f"The proposals in the {lane_names} lane{_s(len(lanes))} of the board, in the "
            "order the room placed them."
        ) + _carried_note([by_proposal[p.id] for p in roadmap if p.id in by_proposal])
    else:
        text = f"The {lane_names} lane is empty: no proposal is on the roadmap yet."
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
                "rank": NO_RANK if row.rank is None else str(row.rank),
                "title": row.title,
                "detail": " · ".join(x for x in (row.domain, row.category, row.lane) if x),
                "scored": row.score is not None,
                "score": NOT_SCORED if row.score is None else _carried(row, dots),
                "spread": _num(row.spread),
                "n": str(row.n),
                "discuss": "yes" if row.discuss else "",
                "means": []
                if dots
                else [NOT_SCORED if m is None else _num(m) for m in row.criterion_means],
            }
        )
    covered = len(results.rows) if covered is None else covered
    scope = {
        "all": "every proposal on the board",
        "lane": "the cards of one lane",
        "selection": "a selection of proposals",
    }.get(results.round.scope, "")
    return {
        "dots": dots,
        "criteria": criteria,
        "rows": rows,
        "text": (
            f"Round {results.round.number} ({'dot voting' if dots else 'scores'}) covered "
            f"{scope}: {_count(covered, 'proposal')}"
            + (f"; the ranking lists all {len(rows)}" if covered < len(rows) else "")
            + ", in rank order. The line under each title gives its domain, category and lane."
            + (
                ""
                if dots
                else " Score and spread are on the criteria's scale; “discuss” marks a "
                "divided room."
            )
            + _carried_note(results.rows)
        ),
    }


def _carried(row: ResultRow, dots: bool) -> str:
    """A score as the tables print it: "4.00", or "4.00 (round 1)" when the round of record
    did not cover the proposal and its score is carried from that earlier round."""
    text = _value(row.score, dots)
    return text if row.score_round is None else f"{text} (round {row.score_round})"


def _carried_note(rows: Sequence[ResultRow]) -> str:
    """The sentence that explains "(round 1)" after a score, or "" when none is carried."""
    carried = [row for row in rows if row.score_round is not None and row.score is not None]
    if not carried:
        return ""
    return (
        f" A score followed by a round, as in “(round {carried[0].score_round})”, is carried "
        "from that earlier round: the round reported did not cover the proposal "
        f"({len(carried)} here)."
    )


def _appendix(board: Any, archived: Sequence[ProposalView], names: _Names) -> list[dict[str, Any]]:
    def item(p: ProposalView) -> dict[str, Any]:
        domain, category = names.of(p)
        facts = [
            ["Department", p.department],
            ["Domain", domain],
            ["Category", category],
            ["Cost", _money(p.cost) or NO_ESTIMATE],
            ["Timeframe", p.timeframe],
        ]
        return {
            "title": p.title,
            "facts": [[k, v] for k, v in facts if v],
            "summary": p.summary,
        }

    groups = [
        {"lane": lane.name, "items": [item(p) for p in board.cards.get(lane.id, ())]}
        for lane in board.lanes
    ]
    if archived:
        groups.append({"lane": "Archived", "items": [item(p) for p in archived]})
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
        if not r.revealed:
            rounds.append(
                {
                    "heading": f"Round {r.number}",
                    "text": f"Round {r.number} is {r.status}: its scores stay sealed until "
                    "the reveal.",
                    "chunks": [],
                }
            )
            continue
        if r.method == "dots":
            grid = _dot_grid(dots.get(r.number, {}), by_id, titles)
            text = "Each cell is the number of dots the participant gave the proposal."
            size = _columns_that_fit(1, max(grid.widest, 9))
        else:
            grid = _score_grid([s for s in record if s.round == r.number], by_name, position)
            text = (
                "Each cell lists the participant's scores in criterion order ("
                + ", ".join(criteria)
                + "); a dash is a criterion left unscored; “not scored” marks a proposal "
                "the participant did not score."
                if len(criteria) > 1
                else "Each cell is the participant's score; “not scored” marks a proposal the "
                "participant did not score."
            )
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
                    "span": f"{heads[0]}–{heads[-1]}" if len(heads) > 1 else heads[0],
                    "rows": [
                        # None: the participant did not score it (the template says so)
                        [title + note, *(grid.cells[key].get(p.id, missing) for p in group)]
                        for key, title, note in grid.proposals
                    ],
                }
            )
        uncounted = [codes[p.id] for p in people if p.id not in counted]
        if uncounted:
            text += (
                f" Scores in column{_s(len(uncounted))} {_join(uncounted)} are recorded but "
                "not counted in the results."
            )
        if grid.archived:
            text += " A proposal marked (archived) has left the results; its scores do not count."
        if not chunks:
            text = "Nobody voted in this round."
        rounds.append({"heading": f"Round {r.number}", "text": text, "chunks": chunks})
    key = [
        [
            codes[p.id],
            labels[p.id],
            p.role.capitalize(),
            *([p.department or NO_VALUE] if named else []),
            "yes" if p.id in counted else "no",
        ]
        for p in info.participants
        if p.id in everyone
    ]
    if not any(r.revealed for r in info.rounds):
        intro = NOT_REVEALED
    else:
        intro = "Every score of every revealed round, as entered. " + (
            "The record is named, as the workshop chose: the key gives each column's participant."
            if named
            else "The record is anonymous, as the workshop chose: participants are numbered "
            "by role in the order of the participant list."
        )
    return {
        "named": named,
        "intro": intro,
        "key_heads": [
            "Column",
            "Participant",
            "Role",
            *(["Department"] if named else []),
            "Counted",
        ],
        "key": key,
        "rounds": rounds,
    }


@dataclass
class _Grid:
    people: set[int]
    proposals: list[tuple[int, str, str]]  # (key, title, note) in record order
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
            grid.proposals.append((current, s.proposal, ""))
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
        grid.proposals = [
            (key, t, " (archived)" if key in archived_keys else "") for key, t, _ in grid.proposals
        ]
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
            grid.proposals.append((proposal, titles.get(proposal, f"Proposal {proposal}"), ""))
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
        codes[p.id] = f"{ROLE_CODES.get(p.role, 'P')}{seen[p.role]}"
        labels[p.id] = p.name if named else f"{p.role.capitalize()} {seen[p.role]}"
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
    rounds = [
        [
            str(r.number),
            "dots" if r.method == "dots" else "scores",
            {"all": "all", "lane": "one lane", "selection": "selection"}.get(r.scope, r.scope),
            _stamp(r.opened_at, zone=False),
            _stamp(r.closed_at, zone=False),
            _stamp(r.revealed_at, zone=False),
            f"{scores_by_round.get(r.number, 0):,}" if r.revealed else "sealed",
        ]
        for r in info.rounds
    ]
    lanes = ", ".join(f"{lane.name} {len(board.cards.get(lane.id, ())):,}" for lane in board.lanes)
    on_board = sum(len(cards) for cards in board.cards.values())
    roles: dict[str, int] = {}
    for p in info.participants:
        roles[p.role] = roles.get(p.role, 0) + 1
    counted = sum(1 for s in record if s.counted)
    facts = [
        ["Proposals on the board", f"{on_board:,} ({lanes})" if board.lanes else f"{on_board:,}"],
        ["Archived proposals", f"{len(archived):,}"],
        [
            "Participants",
            _join(
                f"{n} {role if n == 1 else ROLE_PLURALS.get(role, role)}"
                for role, n in roles.items()
            )
            or "none",
        ],
        ["Criteria", f"{len(info.criteria)}"],
        ["Rounds", f"{len(info.rounds)}"],
    ]
    if record:
        facts.append(["Scores in the record", f"{len(record):,} ({counted:,} counted)"])
    if head is not None:
        facts.append(["Events in the store's audit log", f"{head.count:,}"])
        facts.append(["Newest event", f"#{head.event_id}, hash {head.short()}"])
    sealed = [r for r in info.rounds if not r.revealed]
    notes = [
        f"Times are in {packet_front.zone_name(info.council.time_zone)}, from the UTC the "
        "workshop's store records them in. Counts come from the "
        "workshop's store as it stood when this packet was made. A vote recorded is one "
        "participant's score for one criterion of one proposal (in a dot-voting round, the "
        "dots one participant gave one proposal)."
    ]
    if sealed:
        notes.append(
            _join(f"Round {r.number}" for r in sealed)
            + (" is" if len(sealed) == 1 else " are")
            + " not revealed: the packet shows none of "
            + ("its" if len(sealed) == 1 else "their")
            + " values."
        )
    if results is not None:
        notes.append(
            f"The ranking, the roadmap scores and the charts are from round {results.round.number}."
        )
    if head is not None:
        # The head pins the whole log: each event's hash covers the one before it.
        notes.append(
            f"The store's audit log held {_count(head.count, 'event')} when this packet was "
            f"made; the newest, #{head.event_id}, has the hash {head.hash}. Each event's hash "
            "covers the event before it, so a later copy of the store whose event "
            f"#{head.event_id} has this hash holds the same record up to it."
        )
    return {"rounds": rounds, "facts": facts, "notes": notes}


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
        what = "Dots" if dots else "Scores"
        shown = (
            f"the {len(bars)} highest-ranked proposals"
            if len(scored) > len(bars)
            else f"all {_count(len(bars), 'scored proposal')}"
        )
        out.append(
            _Chart(
                "ranking",
                "chart-ranking.svg",
                "Ranking",
                f"{what} of {shown} in round {results.round.number}"
                + ("" if dots else ", each with its spread as an error bar")
                + ". Each bar's color and hatch are its domain's, and the domain is named "
                "beside it." + (front.chart_note(len(bars)) if front else ""),
                describe_ranking(bars) + (front.chart_note(len(bars)) if front else ""),
                max(3.0, min(8.5, 1.0 + 0.26 * len(bars))),
                front.mark_bars(bars) if front else bars,  # the cut line's marks
                dots=dots,
                cut=front.line_after if front else None,
            )
        )
        x, y, size = _axes(info)
        if not dots and x:
            out.append(
                _Chart(
                    "quadrant",
                    "chart-quadrant.svg",
                    "Criteria",
                    f"Each proposal by its mean {x} (across) and {y} (up) in round "
                    f"{results.round.number}; bubble size is {size}. The "
                    f"{QUADRANT_LABELS} best-scored are labeled. Marker shapes are the domains.",
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
                "Proposals by domain",
                "How many proposals on the board each domain has, split by category.",
                describe_counts(board_rows),
                3.1,
                board_rows,
            )
        )
    return out


def _axes(info: WorkshopInfo) -> tuple[str, str, str]:
    """The quadrant's x, y and bubble-size criteria, as the scoring view picks them."""
    names = [c.name for c in info.criteria]
    if {"Important", "Achievable", "Core"} <= set(names):
        return "Important", "Achievable", "Core"
    if not names:
        return "", "", ""
    x = names[0]
    y = names[-1] if len(names) > 1 else x
    size = names[1] if len(names) > 2 else x
    return x, y, size


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


def _num(value: float | None, places: int = 2, *, trim: bool = False) -> str:
    if value is None:
        return NO_VALUE
    text = f"{value:.{places}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _value(score: float | None, dots: bool) -> str:
    if score is None:
        return NO_VALUE
    return f"{score:.0f}" if dots else f"{score:.2f}"


def _money(cost: float | None) -> str:
    if cost is None:
        return ""
    return f"${cost:,.0f}"


def _stamp(moment: datetime | None, *, zone: bool = True) -> str:
    return packet_front.stamp(moment, zone=zone)  # in the workshop's time zone


def _long_date(text: str) -> str:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return text
    return f"{day:%B} {day.day}, {day.year}"


def _count(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _join(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _round_states(rounds: Sequence[RoundView]) -> list[str]:
    states: dict[str, int] = {}
    for r in rounds:
        states[r.status] = states.get(r.status, 0) + 1
    return [f"{n} {status}" for status, n in states.items()]


def _round_sentence(r: RoundView) -> str:
    method = "dot voting" if r.method == "dots" else "scores"
    return f"round {r.number} ({method}) {r.status}"


def _round_line(r: RoundView) -> dict[str, str]:
    return {
        "number": str(r.number),
        "method": "dot voting" if r.method == "dots" else "scores",
        "revealed": _stamp(r.revealed_at),
        "label": f"Round {r.number}, revealed {_stamp(r.revealed_at)}",
    }
