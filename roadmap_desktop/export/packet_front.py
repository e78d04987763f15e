"""The council packet's front section: what a council agenda needs before the detail.

A one-page executive summary of every roadmap project (department, category, score, cost,
timeframe) with the total cost; the fiscal impact by category and by department, with the
projects that have no estimate counted and named; the recommendation and the action
requested (the workshop's council fields, or default wording); agenda item, meeting date and
signature lines; and the cut line: whether the roadmap equals the last cut applied, every
deviation, and the ties at the line with how they were settled.

Also the packet's clock: every time the packet prints is shown in the workshop's time zone
(its council setting; the computer's zone when none is set), through stamp().
"""

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import dates as babel_dates

from roadmap_desktop.domain.timer import as_utc
from roadmap_desktop.export import wording
from roadmap_desktop.export.charts import ChartRow
from roadmap_desktop.services.errors import ServiceError
from roadmap_desktop.services.views import (
    CutLineView,
    ProposalView,
    ResultRow,
    Results,
    WorkshopInfo,
)
from roadmap_desktop.words import Message, Num, _, formats, n_

if TYPE_CHECKING:
    from roadmap_desktop.services import Services

NO_VALUE = "—"
NOT_SCORED = _("not scored")
NO_ESTIMATE = _("no estimate")
NO_DEPARTMENT = _("no department")
NO_CATEGORY = _("no category")
DEFAULT_ACTION = _(
    "Accept the roadmap and direct staff to return with implementation plans and funding requests."
)
SELECTED_MARK = "✓"  # DejaVu Sans draws it; the caption and the alt text say what it means
# Ranking rows as the cut line marks them (front["marks"], one per ranking row).
SELECTED, TIED = "selected", "tied"

# The zone the packet being made prints its times in. A context variable rather than an
# argument: every formatter of packet.py stamps times, and the zone is one per packet.
_ZONE: ContextVar[tzinfo | None] = ContextVar("packet_zone", default=None)


# -- time zone ------------------------------------------------------------------------------


def zone_of(name: str) -> tzinfo:
    """The IANA zone name's zone; "" (or a name this computer does not know) the computer's
    own zone."""
    if name.strip():
        try:
            return ZoneInfo(name.strip())
        except (ZoneInfoNotFoundError, ValueError):
            pass  # stored on another computer with other zone data: fall back, never fail
    local = datetime.now(UTC).astimezone().tzinfo
    return local if local is not None else UTC


@contextmanager
def times_in(name: str) -> Iterator[tzinfo]:
    """Within the block, stamp() shows times in this IANA zone ("" the computer's)."""
    token = _ZONE.set(zone_of(name))
    try:
        yield _ZONE.get() or UTC
    finally:
        _ZONE.reset(token)


def stamp(moment: datetime | None, *, zone: bool = True) -> str:
    """A moment as the packet prints it, in the packet's zone: "2 Dec 2026, 9:14 AM PST"
    (zone=False: without the zone's abbreviation, where a heading names the zone)."""
    if moment is None:
        return NO_VALUE
    here = as_utc(moment).astimezone(_ZONE.get() or zone_of(""))
    where = formats.locale()
    if where.language == "en":
        # San José's English: the day first, as a council agenda writes it.
        day = babel_dates.format_date(here, "d MMM y", locale=where)
        text = f"{day}, {babel_dates.format_time(here, 'h:mm a', locale=where)}"
    else:
        # Translators: a moment: {date} "2 dic 2026", {time} "9:14". Reorder freely.
        text = str(
            _("{date}, {time}", date=formats.short_date(here), time=formats.time_of_day(here))
        )
    return f"{text} {here.tzname() or ''}".rstrip() if zone else text


def zone_name(name: str) -> str:
    """The zone as the packet names it: the IANA name, or the computer's zone's."""
    if name.strip():
        try:
            ZoneInfo(name.strip())
            return name.strip()
        except (ZoneInfoNotFoundError, ValueError):
            pass
    local = datetime.now(UTC).astimezone()
    # Translators: where the workshop sets no time zone; {zone} is "PST".
    return str(_("the computer's time zone ({zone})", zone=local.tzname() or "UTC"))


# -- the front section ----------------------------------------------------------------------


@dataclass(frozen=True)
class Front:
    """The front section's data (JSON-ready) and the cut line as the ranking shows it.

    Attributes:
        data: front["…"] for packet.typ.
        marks: one per row of the reported ranking: SELECTED (the cut puts it on the
            roadmap), TIED (tied with a selected one at the line, left below it) or "".
        line_after: for a "top" cut drawn on the reported round, the number of rows above
            the line (Figure 1's and the table's rule), else None.
    """

    data: dict[str, Any]
    marks: tuple[str, ...] = ()
    line_after: int | None = None
    tied: frozenset[int] = field(default_factory=frozenset)

    def mark_bars(self, bars: Sequence[ChartRow]) -> tuple[ChartRow, ...]:
        """Figure 1's bars (the first rows of the ranking, in order) with a quota cut's
        selected proposals marked by SELECTED_MARK before the title; a top cut draws its
        line instead (line_after), so its bars are returned as they are."""
        if self.line_after is not None or not self.marks:
            return tuple(bars)
        return tuple(
            replace(bar, title=f"{SELECTED_MARK} {bar.title}") if mark == SELECTED else bar
            for bar, mark in zip(bars, self.marks, strict=False)
        )

    def chart_note(self, shown: int) -> str:
        """What Figure 1's caption and alt text add about the cut line."""
        if self.line_after is not None and 0 < self.line_after < shown:
            return " " + str(
                _(
                    "The dashed line is the cut line: the top {n} are above it.",
                    n=Num(self.line_after),
                )
            )
        if self.line_after is None and SELECTED in self.marks[:shown]:
            # Translators: {mark} is the check mark drawn before a selected proposal's title.
            return " " + str(
                _(
                    "{mark} marks the proposals the cut line by category quotas selects.",
                    mark=SELECTED_MARK,
                )
            )
        return ""


def front_data(services: "Services", workshop_id: int, results: Results | None) -> Front:
    """The packet's council front section for this workshop, with results the round the
    packet reports (None: no round revealed)."""
    info = services.workshop(workshop_id)
    board = services.board(workshop_id)
    archived = services.archived_proposals(workshop_id)
    cards = [c for lane in board.lanes for c in board.cards.get(lane.id, ())]
    roadmap_lanes = [lane for lane in board.lanes if lane.kind == "roadmap"]
    roadmap = [c for lane in roadmap_lanes for c in board.cards.get(lane.id, ())]
    titles = {p.id: p.title for p in [*cards, *archived]}
    by_proposal = {row.proposal_id: row for row in results.rows} if results else {}
    categories: dict[int | None, str] = {c.id: c.name for c in info.categories}
    dots = results is not None and results.round.method == "dots"

    projects = [
        _project(i, p, categories, by_proposal.get(p.id), results is not None, dots)
        for i, p in enumerate(roadmap, start=1)
    ]
    costed = [p for p in roadmap if p.cost is not None]
    missing = [p.title for p in roadmap if p.cost is None]
    total = sum(p.cost or 0 for p in costed)
    council = info.council
    cut = _cut_section(services, workshop_id, info, roadmap, titles, results)
    data: dict[str, Any] = {
        "meta": [
            [str(_("Agenda item")), council.agenda_item],
            [str(_("Meeting date")), council.meeting_date],
            [str(_("From")), info.name],
        ],
        "recommendation": council.recommendation or default_recommendation(info, len(roadmap)),
        "action": council.action_requested or str(DEFAULT_ACTION),
        "projects": projects,
        "groups": _groups(roadmap, projects, info),
        "score_head": str(_("Dots") if dots else _("Score")),
        "total": money(total) if costed else NO_VALUE,
        "total_line": _total_line(len(roadmap), len(costed), total, missing),
        "no_estimate": missing,
        "fiscal_text": _fiscal_text(len(roadmap), len(costed), total, missing),
        "by_category": _subtotals(
            roadmap, lambda p: categories.get(p.category_id, str(NO_CATEGORY)), info
        ),
        "by_department": _subtotals(roadmap, lambda p: p.department or str(NO_DEPARTMENT), None),
        "signatures": [
            {"role": str(_("Prepared by")), "name": council.prepared_by},
            {"role": str(_("Approved by")), "name": council.approved_by},
        ],
        # Translators: under the signature lines; {zone} is a time zone's name.
        "zone_line": str(
            _("Times in this packet are in {zone}.", zone=zone_name(council.time_zone))
        ),
        "zone": zone_name(council.time_zone),
        "cut": cut.data,
    }
    return Front(data, cut.marks, cut.line_after, cut.tied)


def default_recommendation(info: WorkshopInfo, projects: int) -> str:
    """The recommendation when the facilitator has written none."""
    # The workshop's year names the period the cabinet planned; without a date, say so.
    try:
        year: int | None = date.fromisoformat(info.date.strip()).year
    except ValueError:
        year = None
    if year is None:
        return str(
            n_(
                "Approve the project on the roadmap as the cabinet's priorities for the coming "
                "year.",
                "Approve the {n} projects on the roadmap as the cabinet's priorities for the "
                "coming year.",
                projects,
                n=Num(projects),
            )
        )
    # Translators: {year} is a year ("2026"); {n} the number of projects.
    return str(
        n_(
            "Approve the project on the roadmap as the cabinet's priorities for {year}.",
            "Approve the {n} projects on the roadmap as the cabinet's priorities for {year}.",
            projects,
            n=Num(projects),
            year=year,
        )
    )


def _project(
    number: int,
    p: ProposalView,
    categories: Mapping[int | None, str],
    row: ResultRow | None,
    revealed: bool,
    dots: bool,
) -> dict[str, Any]:
    scored = revealed and row is not None and row.score is not None
    if not revealed or row is None or row.score is None:
        score = str(NOT_SCORED) if revealed else NO_VALUE
    else:
        score = formats.number(row.score, 0 if dots else 2)
        if row.score_round is not None:  # carried from an earlier round
            score = str(_("{score} (round {round})", score=score, round=row.score_round))
    return {
        "number": formats.number(number),
        "title": p.title,
        "department": p.department or str(NO_DEPARTMENT),
        "category": categories.get(p.category_id, str(NO_CATEGORY)),
        "score": score,
        "unscored": revealed and not scored,  # "not scored" is said in italics
        "cost": money(p.cost),
        "estimated": p.cost is not None,
        "timeframe": p.timeframe or NO_VALUE,
    }


def _groups(
    roadmap: Sequence[ProposalView], projects: Sequence[dict[str, str]], info: WorkshopInfo
) -> list[dict[str, Any]]:
    """The summary's projects by category (the workshop's order), each group with its count
    and cost: a category column would not leave the titles room to fit the page."""
    order = {c.name: i for i, c in enumerate(info.categories)}
    names = sorted({p["category"] for p in projects}, key=lambda n: (order.get(n, len(order)), n))
    out = []
    for name in names:
        pairs = [(v, p) for v, p in zip(roadmap, projects, strict=True) if p["category"] == name]
        known = [v.cost for v, _ in pairs if v.cost is not None]
        told = {
            "category": name,
            "projects": _projects(len(pairs)),
            "cost": money(sum(known)),
            "missing": Num(len(pairs) - len(known)),
        }
        # Translators: a group's head in the executive summary: "Pilot: 7 projects, $2.1 M
        # (1 without an estimate)".
        if known and len(known) < len(pairs):
            head = _("{category}: {projects}, {cost} ({missing} without an estimate)", **told)
        elif known:
            head = _("{category}: {projects}, {cost}", **told)
        elif len(known) < len(pairs):
            head = _("{category}: {projects} ({missing} without an estimate)", **told)
        else:
            head = _("{category}: {projects}", **told)
        out.append({"head": str(head), "rows": [p for _v, p in pairs]})
    return out


def money(value: float | None) -> str:
    """A cost as a council reads it: $18.29 M from a million up, else whole dollars."""
    if value is None:
        return str(NO_ESTIMATE)
    if abs(value) >= 1_000_000:
        # Translators: a cost in millions of US dollars, "$18.29 M"; {amount} is the number
        # of millions. Place the currency and the word for millions as your readers write them.
        return str(_("${amount} M", amount=Num(value / 1_000_000, 2)))
    return formats.money(value)


def _projects(n: int) -> Message:
    return n_("{n} project", "{n} projects", n, n=Num(n))


def _total_line(count: int, costed: int, total: float, missing: Sequence[str]) -> str:
    if not count:
        return str(_("No project is on the roadmap yet."))
    told = {
        "projects": _projects(count),
        "total": money(total),
        "costed": Num(costed),
        "n": Num(len(missing)),
        "missing": _join(missing),
    }
    if not missing:
        # Translators: {projects} is "21 projects", {total} "$18.29 M".
        return str(_("Total cost of the {projects}: {total}.", **told))
    # Translators: {costed} projects have a cost estimate; {n} have none: {missing} names them.
    return str(
        n_(
            "Total cost of the {projects}: {total} for the {costed} with an estimate; {n} has "
            "no estimate ({missing}).",
            "Total cost of the {projects}: {total} for the {costed} with an estimate; {n} have "
            "no estimate ({missing}).",
            len(missing),
            **told,
        )
    )


def _fiscal_text(count: int, costed: int, total: float, missing: Sequence[str]) -> str:
    if not count:
        return str(_("No project is on the roadmap, so the roadmap has no fiscal impact yet."))
    told = {
        "projects": _projects(count),
        "total": money(total),
        "dollars": formats.money(total),
        "n": Num(len(missing)),
        "missing": _join(missing),
    }
    # Translators: {projects} is "21 projects"; {total} "$18.29 M" and {dollars} the same in
    # whole dollars, "$18,290,000".
    if costed == 1:
        cost = _(
            "The roadmap's {projects} cost {total} ({dollars}) as the sponsoring departments "
            "estimated it.",
            **told,
        )
    else:
        cost = _(
            "The roadmap's {projects} cost {total} ({dollars}) as the sponsoring departments "
            "estimated them.",
            **told,
        )
    if missing:
        gaps = n_(
            "{n} project has no estimate and is not in the total: {missing}.",
            "{n} projects have no estimate and are not in the total: {missing}.",
            len(missing),
            **told,
        )
    else:
        gaps = _("Every project has an estimate.")
    commits = _("Approving the roadmap commits no funds: each project returns with its request.")
    return " ".join(str(x) for x in (cost, gaps, commits))


def _subtotals(
    roadmap: Sequence[ProposalView], key: Any, info: WorkshopInfo | None
) -> list[dict[str, str]]:
    """Count, estimated cost and the projects without an estimate, per group: categories in
    the workshop's order, departments by cost (largest first)."""
    groups: dict[str, list[ProposalView]] = {}
    if info is not None:
        for c in info.categories:
            groups[c.name] = []
    for p in roadmap:
        groups.setdefault(key(p), []).append(p)
    items = [(name, ps) for name, ps in groups.items() if ps]
    if info is None:
        items.sort(key=lambda item: (-sum(p.cost or 0 for p in item[1]), item[0].casefold()))
    out = []
    for name, ps in items:
        missing = [p.title for p in ps if p.cost is None]
        out.append(
            {
                "name": name,
                "count": formats.number(len(ps)),
                "cost": money(sum(p.cost or 0 for p in ps)) if len(missing) < len(ps) else "",
                # Translators: the projects of a group that have no cost estimate.
                "missing": str(_("no estimate: {projects}", projects=_join(missing)))
                if missing
                else "",
            }
        )
    return out


# -- the cut line ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cut:
    data: dict[str, Any]
    marks: tuple[str, ...] = ()
    line_after: int | None = None
    tied: frozenset[int] = frozenset()


def _cut_section(
    services: "Services",
    workshop_id: int,
    info: WorkshopInfo,
    roadmap: Sequence[ProposalView],
    titles: Mapping[int, str],
    results: Results | None,
) -> _Cut:
    """Whether the roadmap equals the last cut line applied, every deviation, and the ties at
    the line. With no cut applied, the workshop's quota cut of the reported round stands in
    (said so), so the ranking still shows where the line falls."""
    comparison = services.roadmap_vs_cut(workshop_id)
    applied = comparison.cut
    on_roadmap = [p.id for p in roadmap]
    line: CutLineView | None = None
    if applied is not None:
        selected = list(applied.selected)
        round_number, rule, top = applied.round, applied.rule, applied.top
        added, removed = list(comparison.added), list(comparison.removed)
        rule_text = _rule_text(rule, top)
        # Translators: {when} is a date and time; {rule} is "the top 12 overall" or "each
        # category's top proposals by its quota"; {proposals} "21 proposals".
        lead = str(
            _(
                "The cut line was applied to the board on {when}: {rule} in round {round}, "
                "selecting {proposals}.",
                when=stamp(applied.applied_at),
                rule=rule_text,
                round=round_number,
                proposals=_proposals(len(selected)),
            )
        )
        equal = comparison.equal
        verdict = str(
            _("The roadmap equals that cut line.")
            if equal
            else _("The roadmap differs from that cut line: the facilitator moved cards by hand.")
        )
        # Translators: {proposals} lists proposals' titles.
        added_label = _("Added by hand: {proposals}")
        removed_label = _("Taken off: {proposals}")
        try:
            line = (
                services.cut_line(workshop_id, round_number, top=top)
                if rule == "top"
                else services.cut_line(workshop_id, round_number, by_quota=True)
            )
        except ServiceError:
            line = None  # the round is no longer revealed or scored: no ties to report
    elif results is not None and any(c.quota is not None for c in info.categories):
        round_number, rule, top = results.round.number, "quota", None
        try:
            line = services.cut_line(workshop_id, round_number, by_quota=True)
        except ServiceError:
            line = None
        selected = list(line.selected) if line else []
        chosen, here = set(selected), set(on_roadmap)
        added = [p for p in on_roadmap if p not in chosen]
        removed = [p for p in selected if p not in here]
        lead = " ".join(
            (
                str(_("No cut line has been applied to the board.")),
                str(
                    _(
                        "By the category quotas, round {round}'s cut line would select "
                        "{proposals}.",
                        round=round_number,
                        proposals=_proposals(len(selected)),
                    )
                ),
            )
        )
        equal = not added and not removed
        verdict = str(
            _("The roadmap holds exactly those proposals.")
            if equal
            else _("The roadmap differs from it, as listed below.")
        )
        added_label = _("On the roadmap, not selected: {proposals}")
        removed_label = _("Selected, not on the roadmap: {proposals}")
        rule_text = _rule_text(rule, top)
    else:
        text = str(
            _(
                "No cut line has been applied to the board, and the categories have no quotas "
                "to draw one by: the roadmap is as the room placed it."
            )
            if results is not None
            else _("No round has been revealed, so no cut line has been drawn.")
        )
        return _Cut({"lead": text, "verdict": "", "deviations": [], "ties": [], "settled": ""})

    deviations = []
    if added:
        shown = _join(titles.get(p, f"#{p}") for p in added)
        deviations.append(str(replace(added_label, params={"proposals": shown})))
    if removed:
        shown = _join(titles.get(p, f"#{p}") for p in removed)
        deviations.append(str(replace(removed_label, params={"proposals": shown})))

    ties, settled, tied_ids = _ties(services, workshop_id, line, on_roadmap, titles, results)
    marks: tuple[str, ...] = ()
    line_after = None
    if results is not None:
        chosen = set(selected)
        marks = tuple(
            SELECTED if r.proposal_id in chosen else TIED if r.proposal_id in tied_ids else ""
            for r in results.rows
        )
        if rule == "top" and round_number == results.round.number and top:
            above = 0
            for mark in marks:
                if mark != SELECTED:
                    break
                above += 1
            line_after = above or None
    return _Cut(
        {
            "lead": lead,
            "rule": rule_text,
            "round": str(round_number),
            "equal": equal,
            "verdict": verdict,
            "deviations": deviations,
            "ties": ties,
            "settled": settled,
            "marking": str(
                _("In the ranking, the rule under a row is the cut line.")
                if line_after
                # Translators: “makes the cut” is the ranking's mark (the same words).
                else _("In the ranking, “makes the cut” marks the proposals it selects.")
            )
            if marks
            else "",
        },
        marks,
        line_after,
        frozenset(tied_ids),
    )


def _rule_text(rule: str, top: int | None) -> str:
    # Translators: a cut line's rule, as the object of a sentence: "The cut line was applied
    # to the board on …: the top 12 overall in round 1, selecting 12 proposals."
    if rule == "top":
        return str(_("the top {n} overall", n=Num(top or 0)))
    return str(_("each category's top proposals by its quota"))


def _ties(
    services: "Services",
    workshop_id: int,
    line: CutLineView | None,
    on_roadmap: Sequence[int],
    titles: Mapping[int, str],
    results: Results | None,
) -> tuple[list[list[str]], str, set[int]]:
    """The ties at the line: each proposal left just below it with the selected ones it
    shares a rank with (for a quota cut, in its category), whether each is on the roadmap
    now, and a sentence on how they were settled."""
    if line is None or not line.tied_below:
        return [], "", set()
    rows: Sequence[ResultRow] = (
        results.rows
        if results is not None and results.round.number == line.round.number
        else services.results(workshop_id, line.round.number).rows
    )
    by_id = {r.proposal_id: r for r in rows}
    here = set(on_roadmap)
    below = [by_id[p] for p in line.tied_below if p in by_id]
    group: list[tuple[ResultRow, str]] = []
    for b in below:
        for p in line.selected:
            a = by_id.get(p)
            if a is None or a.rank != b.rank:
                continue
            if line.rule == "quota" and a.category_id != b.category_id:
                continue
            if all(a is not x for x, _ in group):
                group.append((a, "above"))
    group += [(b, "below") for b in below]
    table = [
        [
            titles.get(r.proposal_id, r.title),
            r.category or str(NO_CATEGORY),
            formats.number(r.rank) if r.rank is not None else NO_VALUE,
            NO_VALUE if r.score is None else formats.number(r.score, 2),
            side,  # "above" or "below": the state; the words follow the row
            wording.yes_no(r.proposal_id in here),
            str(_("above the line") if side == "above" else _("below the line")),
        ]
        for r, side in group
    ]
    kept = [titles.get(r.proposal_id, r.title) for r, _side in group if r.proposal_id in here]
    left = [titles.get(r.proposal_id, r.title) for r, _side in group if r.proposal_id not in here]
    said = [
        _("Settled by: the facilitator's roadmap."),
        _("On the roadmap now: {proposals}.", proposals=_join(kept))
        if kept
        else _("None of them is on the roadmap now."),
    ]
    if left:
        said.append(_("Not on the roadmap: {proposals}.", proposals=_join(left)))
    settled = " ".join(str(x) for x in said)
    return table, settled, {b.proposal_id for b in below}


# -- words ----------------------------------------------------------------------------------


def _proposals(n: int) -> Message:
    return n_("{n} proposal", "{n} proposals", n, n=Num(n))


def _join(items: Any) -> str:
    return wording.join(items)
