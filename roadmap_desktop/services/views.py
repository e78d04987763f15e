"""Read-only snapshots that services hand out: the UI and exports never see a session or row."""

from dataclasses import dataclass
from datetime import datetime

from roadmap_desktop.domain.rules import counts_in_results


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


@dataclass(frozen=True, slots=True)
class CategoryView:
    id: int
    name: str
    quota: int | None


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

    @property
    def revealed(self) -> bool:
        return self.status == "revealed"


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
    id: int
    lane_id: int
    position: int
    title: str
    summary: str
    department: str
    domain_id: int | None
    category_id: int | None
    cost: float | None
    timeframe: str
    archived: bool


@dataclass(frozen=True, slots=True)
class BoardView:
    """The lanes of a workshop with their cards in order (archived proposals left out)."""

    workshop_id: int
    lanes: tuple[LaneView, ...]
    cards: dict[int, tuple[ProposalView, ...]]  # lane id → proposals by position


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


@dataclass(frozen=True, slots=True)
class Results:
    round: RoundView
    criteria: tuple[CriterionView, ...]
    rows: tuple[ResultRow, ...]


@dataclass(frozen=True, slots=True)
class ScoreRecord:
    """One score as the record keeps it; counted says whether it enters the results."""

    round: int
    participant: str
    proposal: str
    criterion: str
    score: int
    counted: bool
