"""Turns table rows into the read-only views that leave the services layer."""

from roadmap_desktop.domain.timer import as_utc
from roadmap_desktop.services.views import (
    CriterionView,
    LaneView,
    ParticipantView,
    ProposalView,
    RoundView,
)
from roadmap_desktop.store.tables import Criterion, Lane, Participant, Proposal, Round


def round_view(r: Round) -> RoundView:
    assert r.id is not None
    return RoundView(
        id=r.id,
        number=r.number,
        method=r.method,
        status=r.status,
        dots_per_participant=r.dots_per_participant,
        opened_at=r.opened_at,
        closed_at=r.closed_at,
        revealed_at=r.revealed_at,
        scope=r.scope,
        deadline_at=None if r.deadline_at is None else as_utc(r.deadline_at),
    )


def criterion_view(c: Criterion) -> CriterionView:
    assert c.id is not None
    return CriterionView(c.id, c.name, c.question, c.weight, c.scale_min, c.scale_max)


def participant_view(p: Participant) -> ParticipantView:
    assert p.id is not None
    return ParticipantView(p.id, p.name, p.role, p.department)


def lane_view(lane: Lane) -> LaneView:
    assert lane.id is not None
    return LaneView(lane.id, lane.name, lane.kind, lane.limit, lane.color)


# The columns of a ProposalView, in its field order, for reads that skip the ORM.
PROPOSAL_VIEW_COLUMNS = tuple(
    getattr(Proposal, "sort_key" if f == "key" else f) for f in ProposalView.__dataclass_fields__
)


def proposal_view(p: Proposal) -> ProposalView:
    assert p.id is not None
    return ProposalView(
        id=p.id,
        lane_id=p.lane_id,
        key=p.sort_key,
        title=p.title,
        summary=p.summary,
        department=p.department,
        domain_id=p.domain_id,
        category_id=p.category_id,
        cost=p.cost,
        timeframe=p.timeframe,
        archived=p.archived,
        funding=p.funding,
    )
