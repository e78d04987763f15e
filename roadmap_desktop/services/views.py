"""Read-only snapshots that services hand out: the UI and exports never see a session or row."""

from dataclasses import dataclass
from datetime import UTC, datetime

from roadmap_desktop.domain.defaults import quadrant_axes, roadmap_top
from roadmap_desktop.domain.rules import counts_in_results
from roadmap_desktop.domain.timer import seconds_left


@dataclass(frozen=True, slots=True)
class WorkshopSummary:
    id: int
    name: str
    proposals: int
    participants: int
    rounds: int


@dataclass(frozen=True, slots=True)
class DomainView:
    id: int
    name: str
    color: str
    short_name: str = ""  # for a narrow card ("Friendly"); empty: the name is short enough

    @property
    def short(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True, slots=True)
class CategoryView:
    id: int
    name: str
    quota: int | None
    short_name: str = ""  # for a narrow card ("Pilot"); empty: the name is short enough

    @property
    def short(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True, slots=True)
class CriterionView:
    id: int
    name: str
    question: str
    weight: float
    scale_min: int
    scale_max: int


@dataclass(frozen=True, slots=True)
class ParticipantView:
    id: int
    name: str
    role: str
    department: str


@dataclass(frozen=True, slots=True)
class LaneView:
    id: int
    name: str
    kind: str
    limit: int | None
    color: str


@dataclass(frozen=True, slots=True)
class RoundView:
    id: int
    number: int
    method: str
    status: str  # "open", "closed" or "revealed"
    dots_per_participant: int | None
    opened_at: datetime
    closed_at: datetime | None
    revealed_at: datetime | None
    scope: str = "all"  # "all" unarchived proposals, one "lane", or a "selection"
    deadline_at: datetime | None = None  # end of the countdown (UTC, time-zone aware)

    @property
    def revealed(self) -> bool:
        return self.status == "revealed"

    def seconds_left(self, now: datetime | None = None) -> float | None:
        """Seconds until the countdown ends (0.0 once past); None without a countdown."""
        if self.deadline_at is None:
            return None
        return seconds_left(self.deadline_at, datetime.now(UTC) if now is None else now)


COUNCIL_FIELDS = (
    "recommendation",
    "action_requested",
    "agenda_item",
    "meeting_date",
    "prepared_by",
    "approved_by",
    "time_zone",
)


@dataclass(frozen=True, slots=True)
class CouncilInfo:
    """What the packet's council front section says, as the facilitator filled it in (empty:
    the packet's default wording). time_zone is an IANA name; empty: the computer's zone."""

    recommendation: str = ""
    action_requested: str = ""
    agenda_item: str = ""
    meeting_date: str = ""
    prepared_by: str = ""
    approved_by: str = ""
    time_zone: str = ""


@dataclass(frozen=True, slots=True)
class AppliedCut:
    """The last cut line applied to the board.

    Attributes:
        round: the number of the revealed round it was drawn on.
        rule: "top" (the top n overall) or "quota" (each category's top q).
        top: n for the "top" rule, else None.
        selected: the proposals it put on the roadmap, in rank order.
        applied_at: when (UTC).
    """

    round: int
    rule: str
    top: int | None
    selected: tuple[int, ...]
    applied_at: datetime | None


@dataclass(frozen=True, slots=True)
class CutComparison:
    """The Roadmap lane against the last cut line applied (cut None: none applied yet).

    Attributes:
        added: on the roadmap, not selected by the cut (in lane order).
        removed: selected by the cut, no longer on the roadmap (in the cut's order).
    """

    cut: AppliedCut | None
    roadmap_lane_id: int | None
    added: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()

    @property
    def equal(self) -> bool:
        return self.cut is not None and not self.added and not self.removed


@dataclass(frozen=True, slots=True)
class WorkshopInfo:
    """A workshop's settings and vocabularies, in display order."""

    id: int
    name: str
    description: str
    date: str
    aggregation: str
    discuss_threshold: float
    count_facilitator_scores: bool
    vote_record: str
    domains: tuple[DomainView, ...]
    categories: tuple[CategoryView, ...]
    criteria: tuple[CriterionView, ...]
    participants: tuple[ParticipantView, ...]
    lanes: tuple[LaneView, ...]
    rounds: tuple[RoundView, ...]
    # The revealed round the board, the poster and the packet report (None: the latest).
    record_round: int | None = None
    council: CouncilInfo = CouncilInfo()
    cut: AppliedCut | None = None
    # What the best roadmap under a budget may spend (None: no budget set).
    budget: float | None = None

    @property
    def default_top(self) -> int:
        """The top N a cut line draws unless told otherwise: the Roadmap lane's limit, else
        21 (domain.defaults.roadmap_top)."""
        return roadmap_top(x.limit for x in self.lanes if x.kind == "roadmap")

    @property
    def quadrant_axes(self) -> tuple[str, str, str]:
        """The criteria quadrant's x, y and bubble-size criteria, as the window's chart and
        the packet's draw it (domain.defaults.quadrant_axes)."""
        return quadrant_axes([c.name for c in self.criteria])

    @property
    def voters(self) -> tuple[ParticipantView, ...]:
        """Participants whose scores count in the results under this workshop's settings."""
        return tuple(
            p
            for p in self.participants
            if counts_in_results(p.role, count_facilitator_scores=self.count_facilitator_scores)
        )


@dataclass(frozen=True, slots=True)
class ProposalView:
    """A card. key orders the cards of a lane (sparse: compare keys, never count them); its
    index on the board is its place in BoardView.cards."""

    id: int
    lane_id: int
    key: int
    title: str
    summary: str
    department: str
    domain_id: int | None
    category_id: int | None
    cost: float | None
    timeframe: str
    archived: bool
    funding: str = ""  # "must" (always funded under a budget), "never", or "" (neither)


@dataclass(frozen=True, slots=True)
class LinkView:
    """A dependency between two proposals: "needs" (proposal is funded only with other) or
    "excludes" (never both)."""

    proposal_id: int
    other_id: int
    kind: str


@dataclass(frozen=True, slots=True)
class BoardView:
    """The lanes of a workshop with their cards in order (archived proposals left out)."""

    workshop_id: int
    lanes: tuple[LaneView, ...]
    cards: dict[int, tuple[ProposalView, ...]]  # lane id → proposals in order


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One line of the ranking; criterion_means follow the workshop's criteria order."""

    rank: int | None
    proposal_id: int
    title: str
    domain: str
    category: str
    lane: str
    score: float | None
    n: int
    spread: float | None
    discuss: bool
    criterion_means: tuple[float | None, ...]
    domain_id: int | None = None
    category_id: int | None = None
    lane_id: int | None = None
    # In the round of record's ranking: the earlier round a score is carried from, for a
    # proposal the round did not cover; None when the score is the round's own.
    score_round: int | None = None


@dataclass(frozen=True, slots=True)
class Results:
    """The ranking of one revealed round: rows in display order (rank, then n, then title;
    unscored proposals last). A round on a lane or a selection ranks only what it covers."""

    round: RoundView
    criteria: tuple[CriterionView, ...]
    rows: tuple[ResultRow, ...]


@dataclass(frozen=True, slots=True)
class CutLineView:
    """What a cut line puts on the roadmap, for "Apply to board".

    Attributes:
        round: the revealed round it was drawn on.
        rule: "top" (the top n overall) or "quota" (each category's top q).
        top: n for the "top" rule, else None.
        selected: proposal ids above the line, in rank (display) order; applying the cut
            line is services.move_proposals(selected, roadmap_lane_id, position).
        tied_below: proposals just below the line sharing a rank with one above it: ties
            the facilitator settles before the roadmap is final.
        roadmap_lane_id: the workshop's Roadmap lane (the first of kind "roadmap"), if any.
    """

    round: RoundView
    rule: str
    top: int | None
    selected: tuple[int, ...]
    tied_below: tuple[int, ...]
    roadmap_lane_id: int | None
    # Every proposal of the tie at the line, either side of it, in rank order.
    tied: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class MovementRow:
    """One proposal from one round to another; delta = score_after − score_before."""

    proposal_id: int
    title: str
    rank_before: int | None
    rank_after: int | None
    score_before: float | None
    score_after: float | None
    delta: float | None

    @property
    def places(self) -> int | None:
        """Places climbed (negative: fell); None unless ranked in both rounds."""
        if self.rank_before is None or self.rank_after is None:
            return None
        return self.rank_before - self.rank_after


@dataclass(frozen=True, slots=True)
class ScoreRecord:
    """One score as the record keeps it; counted says whether it enters the results."""

    round: int
    participant: str
    proposal: str
    criterion: str
    score: int
    counted: bool
