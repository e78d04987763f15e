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

from roadmap_desktop.domain.timer import as_utc
from roadmap_desktop.export.charts import ChartRow
from roadmap_desktop.services.errors import ServiceError
from roadmap_desktop.services.views import (
    CutLineView,
    ProposalView,
    ResultRow,
    Results,
    WorkshopInfo,
)

if TYPE_CHECKING:
    from roadmap_desktop.services import Services

NO_VALUE = "—"
NOT_SCORED = "not scored"
NO_ESTIMATE = "no estimate"
NO_DEPARTMENT = "no department"
NO_CATEGORY = "no category"
DEFAULT_ACTION = (
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
    hour = here.hour % 12 or 12
    text = f"{here.day} {here:%b %Y}, {hour}:{here:%M} {'AM' if here.hour < 12 else 'PM'}"
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
    return f"the computer's time zone ({local.tzname() or 'UTC'})"


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
            return f" The dashed line is the cut line: the top {self.line_after} are above it."
        if self.line_after is None and SELECTED in self.marks[:shown]:
            return f" {SELECTED_MARK} marks the proposals the cut line by category quotas selects."
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
            ["Agenda item", council.agenda_item],
            ["Meeting date", council.meeting_date],
            ["From", info.name],
        ],
        "recommendation": council.recommendation or default_recommendation(info, len(roadmap)),
        "action": council.action_requested or DEFAULT_ACTION,
        "projects": projects,
        "groups": _groups(roadmap, projects, info),
        "score_head": "Dots" if dots else "Score",
        "total": money(total) if costed else NO_VALUE,
        "total_line": _total_line(len(roadmap), len(costed), total, missing),
        "no_estimate": missing,
        "fiscal_text": _fiscal_text(len(roadmap), len(costed), total, missing),
        "by_category": _subtotals(
            roadmap, lambda p: categories.get(p.category_id, NO_CATEGORY), info
        ),
        "by_department": _subtotals(roadmap, lambda p: p.department or NO_DEPARTMENT, None),
        "signatures": [
            {"role": "Prepared by", "name": council.prepared_by},
            {"role": "Approved by", "name": council.approved_by},
        ],
        "zone": zone_name(council.time_zone),
        "cut": cut.data,
    }
    return Front(data, cut.marks, cut.line_after, cut.tied)


def default_recommendation(info: WorkshopInfo, projects: int) -> str:
    """The recommendation when the facilitator has written none."""
    period = _period(info)
    what = f"the {projects} projects" if projects != 1 else "the project"
    return f"Approve {what} on the roadmap as the cabinet's priorities for {period}."


def _period(info: WorkshopInfo) -> str:
    # The workshop's year names the period the cabinet planned; without a date, say so.
    try:
        return str(date.fromisoformat(info.date.strip()).year)
    except ValueError:
        return "the coming year"


def _project(
    number: int,
    p: ProposalView,
    categories: Mapping[int | None, str],
    row: ResultRow | None,
    revealed: bool,
    dots: bool,
) -> dict[str, str]:
    if not revealed or row is None or row.score is None:
        score = NOT_SCORED if revealed else NO_VALUE
    else:
        score = f"{row.score:.0f}" if dots else f"{row.score:.2f}"
        if row.score_round is not None:
            score += f" (round {row.score_round})"  # carried from an earlier round
    return {
        "number": str(number),
        "title": p.title,
        "department": p.department or NO_DEPARTMENT,
        "category": categories.get(p.category_id, NO_CATEGORY),
        "score": score,
        "cost": money(p.cost) if p.cost is not None else NO_ESTIMATE,
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
        head = f"{name}: {_count(len(pairs), 'project')}"
        if known:
            head += f", {money(sum(known))}"
        if len(known) < len(pairs):
            head += f" ({len(pairs) - len(known)} without an estimate)"
        out.append({"head": head, "rows": [p for _, p in pairs]})
    return out


def money(value: float | None) -> str:
    """A cost as a council reads it: $18.29 M from a million up, else whole dollars."""
    if value is None:
        return NO_ESTIMATE
    if abs(value) >= 1_000_000:
        return f"${value / 1_000_000:,.2f} M"
    return f"${value:,.0f}"


def _total_line(count: int, costed: int, total: float, missing: Sequence[str]) -> str:
    if not count:
        return "No project is on the roadmap yet."
    text = f"Total cost of the {_count(count, 'project')}: {money(total)}"
    if missing:
        text += f" for the {costed} with an estimate; {len(missing)} {_has(len(missing))} " + (
            f"no estimate ({_join(missing)})."
        )
    else:
        text += "."
    return text


def _fiscal_text(count: int, costed: int, total: float, missing: Sequence[str]) -> str:
    if not count:
        return "No project is on the roadmap, so the roadmap has no fiscal impact yet."
    text = (
        f"The roadmap's {_count(count, 'project')} cost {money(total)} (${total:,.0f}) as the "
        f"sponsoring departments estimated {'them' if costed != 1 else 'it'}"
    )
    if missing:
        text += (
            f"; {_count(len(missing), 'project')} {_has(len(missing))} no estimate and "
            f"{'is' if len(missing) == 1 else 'are'} not in the total: {_join(missing)}."
        )
    else:
        text += "; every project has an estimate."
    return text + " Approving the roadmap commits no funds: each project returns with its request."


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
                "count": str(len(ps)),
                "cost": money(sum(p.cost or 0 for p in ps)) if len(missing) < len(ps) else "",
                "missing": (f"{NO_ESTIMATE}: " + _join(missing)) if missing else "",
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
        lead = (
            f"The cut line was applied to the board on {stamp(applied.applied_at)}: "
            f"{rule_text} in round {round_number}, selecting {_count(len(selected), 'proposal')}."
        )
        equal = comparison.equal
        verdict = (
            "The roadmap equals that cut line."
            if equal
            else "The roadmap differs from that cut line: the facilitator moved cards by hand."
        )
        added_label, removed_label = "Added by hand", "Taken off"
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
        lead = (
            "No cut line has been applied to the board. By the category quotas, round "
            f"{round_number}'s cut line would select {_count(len(selected), 'proposal')}."
        )
        equal = not added and not removed
        verdict = (
            "The roadmap holds exactly those proposals."
            if equal
            else "The roadmap differs from it, as listed below."
        )
        added_label, removed_label = "On the roadmap, not selected", "Selected, not on the roadmap"
        rule_text = _rule_text(rule, top)
    else:
        text = (
            "No cut line has been applied to the board, and the categories have no quotas to "
            "draw one by: the roadmap is as the room placed it."
            if results is not None
            else "No round has been revealed, so no cut line has been drawn."
        )
        return _Cut({"lead": text, "verdict": "", "deviations": [], "ties": [], "settled": ""})

    deviations = []
    if added:
        deviations.append(f"{added_label}: " + _join(titles.get(p, f"#{p}") for p in added))
    if removed:
        deviations.append(f"{removed_label}: " + _join(titles.get(p, f"#{p}") for p in removed))

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
            "marking": (
                "In the ranking, the rule under a row is the cut line."
                if line_after
                else "In the ranking, “makes the cut” marks the proposals it selects."
            )
            if marks
            else "",
        },
        marks,
        line_after,
        frozenset(tied_ids),
    )


def _rule_text(rule: str, top: int | None) -> str:
    if rule == "top":
        return f"the top {top} overall"
    return "each category's top proposals by its quota"


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
            r.category or NO_CATEGORY,
            str(r.rank) if r.rank is not None else NO_VALUE,
            NO_VALUE if r.score is None else f"{r.score:.2f}",
            side,
            "yes" if r.proposal_id in here else "no",
        ]
        for r, side in group
    ]
    kept = [titles.get(r.proposal_id, r.title) for r, _ in group if r.proposal_id in here]
    left = [titles.get(r.proposal_id, r.title) for r, _ in group if r.proposal_id not in here]
    settled = "Settled by: the facilitator's roadmap. " + (
        f"On the roadmap now: {_join(kept)}." if kept else "None of them is on the roadmap now."
    )
    if left:
        settled += f" Not on the roadmap: {_join(left)}."
    return table, settled, {b.proposal_id for b in below}


# -- words ----------------------------------------------------------------------------------


def _count(n: int, word: str) -> str:
    return f"{n:,} {word if n == 1 else word + 's'}"


def _has(n: int) -> str:
    return "has" if n == 1 else "have"


def _join(items: Any) -> str:
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
