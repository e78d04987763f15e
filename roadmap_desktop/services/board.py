"""Board use cases: read the lanes and cards, add, edit, move, archive and delete proposals.

Positions within a lane are dense (0, 1, 2, …) over the unarchived cards; a move shifts the
neighbours with two set-based UPDATEs, so it costs the same in a lane of 10 or 1,000.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from roadmap_desktop.domain import rules
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.changes import Change
from roadmap_desktop.services.errors import ServiceError
from roadmap_desktop.services.rows import lane_view, proposal_view
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.services.views import BoardView, ProposalView
from roadmap_desktop.store.tables import Category, Domain, Lane, Proposal

EDITABLE_FIELDS = (
    "title",
    "summary",
    "department",
    "domain_id",
    "category_id",
    "cost",
    "timeframe",
)


def _live_in_lane(lane_id: int) -> tuple[Any, ...]:
    return (Proposal.lane_id == lane_id, col(Proposal.archived).is_(False))


class BoardServices(ServiceBase):
    def board(self, workshop_id: int) -> BoardView:
        with self._session() as s:
            self._workshop(s, workshop_id)
            lanes = s.exec(
                select(Lane).where(Lane.workshop_id == workshop_id).order_by(Lane.position)
            ).all()
            cards: dict[int, list[ProposalView]] = {lane.id: [] for lane in lanes}  # type: ignore[misc]
            query = (
                select(Proposal)
                .where(Proposal.workshop_id == workshop_id, col(Proposal.archived).is_(False))
                .order_by(Proposal.lane_id, Proposal.position)
            )
            for p in s.exec(query).all():
                cards[p.lane_id].append(proposal_view(p))
            return BoardView(
                workshop_id=workshop_id,
                lanes=tuple(lane_view(x) for x in lanes),
                cards={lane: tuple(ps) for lane, ps in cards.items()},
            )

    def proposal(self, proposal_id: int) -> ProposalView:
        with self._session() as s:
            return proposal_view(self._get(s, Proposal, proposal_id, "proposal"))

    def add_proposal(self, workshop_id: int, spec: ProposalSpec) -> Change:
        """Adds one proposal at the end of its lane (the Inbox unless the spec names a lane)."""
        return self._add_proposals(workshop_id, [spec], single=True)

    def add_proposals(self, workshop_id: int, specs: Sequence[ProposalSpec]) -> Change:
        """Adds proposals in one transaction, each at the end of its lane; names of domains,
        categories and lanes must exist in the workshop."""
        return self._add_proposals(workshop_id, specs, single=False)

    def _add_proposals(
        self, workshop_id: int, specs: Sequence[ProposalSpec], *, single: bool
    ) -> Change:
        # One proposal is logged (and told to listeners) as the Change its caller gets back.
        with self._session() as s:
            self._workshop(s, workshop_id)
            domains = self._by_name(s, Domain, workshop_id)
            categories = self._by_name(s, Category, workshop_id)
            lanes = self._by_name(s, Lane, workshop_id)
            default_lane = self._default_lane(s, workshop_id)
            next_position: dict[int, int] = {}
            created: list[Proposal] = []
            for spec in specs:
                lane = default_lane if spec.lane is None else self._lookup(lanes, spec.lane, "lane")
                assert lane.id is not None
                if lane.id not in next_position:
                    next_position[lane.id] = self._lane_size(s, lane.id)
                p = Proposal(
                    workshop_id=workshop_id,
                    lane_id=lane.id,
                    position=next_position[lane.id],
                    title=rules.clean_name(spec.title, "proposal"),
                    summary=spec.summary.strip(),
                    department=" ".join(spec.department.split()),
                    domain_id=None
                    if spec.domain is None
                    else self._lookup(domains, spec.domain, "domain").id,
                    category_id=None
                    if spec.category is None
                    else self._lookup(categories, spec.category, "category").id,
                    cost=spec.cost,
                    timeframe=spec.timeframe.strip(),
                )
                next_position[lane.id] += 1
                created.append(p)
            s.add_all(created)
            s.flush()
            ids = tuple(p.id for p in created)  # type: ignore[misc]
            if single:
                change = Change(
                    "proposal.created",
                    workshop_id,
                    subject=ids[0],
                    proposals=ids,
                    lanes=tuple(next_position),
                )
            else:
                change = Change(
                    "proposals.created",
                    workshop_id,
                    proposals=ids,
                    lanes=tuple(next_position),
                    detail={"count": len(ids)},
                )
            return self._commit(s, change)

    def update_proposal(self, proposal_id: int, **fields: object) -> Change:
        """Changes the named fields (title, summary, department, domain_id, category_id, cost,
        timeframe); detail holds old and new values for undo."""
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise ServiceError(f"Proposals have no field {', '.join(sorted(unknown))}.")
        with self._session() as s:
            p = self._get(s, Proposal, proposal_id, "proposal")
            if "title" in fields:
                fields["title"] = rules.clean_name(str(fields["title"]), "proposal")
            for key, table, what in (
                ("domain_id", Domain, "domain"),
                ("category_id", Category, "category"),
            ):
                if fields.get(key) is not None:
                    self._owned(self._get(s, table, int(fields[key]), what), p.workshop_id, what)  # type: ignore[call-overload]
            old = {k: getattr(p, k) for k in fields}
            for key, value in fields.items():
                setattr(p, key, value)
            return self._commit(
                s,
                Change(
                    "proposal.updated",
                    p.workshop_id,
                    subject=proposal_id,
                    proposals=(proposal_id,),
                    lanes=(p.lane_id,),
                    detail={"old": old, "new": fields},
                ),
            )

    def move_proposal(self, proposal_id: int, lane_id: int, position: int) -> Change:
        """Puts a card at position (clamped) in lane; detail holds where it came from."""
        with self._session() as s:
            p = self._get(s, Proposal, proposal_id, "proposal")
            if p.archived:
                raise ServiceError(f"“{p.title}” is archived; restore it before moving it.")
            lane = self._get(s, Lane, lane_id, "lane")
            self._owned(lane, p.workshop_id, "lane")
            old_lane, old_position = p.lane_id, p.position
            self._close_gap(s, old_lane, old_position)
            size = self._lane_size(s, lane_id, without=proposal_id)
            position = max(0, min(position, size))
            s.execute(
                update(Proposal)
                .where(
                    *_live_in_lane(lane_id),
                    Proposal.position >= position,
                    Proposal.id != proposal_id,
                )
                .values(position=Proposal.position + 1)
            )
            p.lane_id, p.position = lane_id, position
            s.add(p)
            return self._commit(
                s,
                Change(
                    "proposal.moved",
                    p.workshop_id,
                    subject=proposal_id,
                    proposals=(proposal_id,),
                    lanes=tuple(dict.fromkeys((old_lane, lane_id))),
                    detail={
                        "from_lane": old_lane,
                        "from_position": old_position,
                        "to_lane": lane_id,
                        "to_position": position,
                    },
                ),
            )

    def set_archived(self, proposal_id: int, archived: bool) -> Change:
        """Archives a card (it leaves the board, keeps its scores) or restores it to the end of
        its lane."""
        with self._session() as s:
            p = self._get(s, Proposal, proposal_id, "proposal")
            if p.archived == archived:
                raise ServiceError(
                    f"“{p.title}” is already {'archived' if archived else 'on the board'}."
                )
            if archived:
                self._close_gap(s, p.lane_id, p.position)
                p.position = -1
            else:
                p.position = self._lane_size(s, p.lane_id)
            p.archived = archived
            s.add(p)
            kind = "proposal.archived" if archived else "proposal.restored"
            return self._commit(
                s,
                Change(
                    kind,
                    p.workshop_id,
                    subject=proposal_id,
                    proposals=(proposal_id,),
                    lanes=(p.lane_id,),
                ),
            )

    def delete_proposal(self, proposal_id: int) -> Change:
        """Deletes a proposal and its scores; detail keeps its fields for the record."""
        with self._session() as s:
            p = self._get(s, Proposal, proposal_id, "proposal")
            snapshot = p.model_dump(exclude={"created_at"})
            if not p.archived:
                self._close_gap(s, p.lane_id, p.position)
            s.delete(p)
            return self._commit(
                s,
                Change(
                    "proposal.deleted",
                    p.workshop_id,
                    subject=proposal_id,
                    proposals=(proposal_id,),
                    lanes=(p.lane_id,),
                    detail=snapshot,
                ),
            )

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _close_gap(s: Session, lane_id: int, position: int) -> None:
        s.execute(
            update(Proposal)
            .where(*_live_in_lane(lane_id), Proposal.position > position)
            .values(position=Proposal.position - 1)
        )

    @staticmethod
    def _lane_size(s: Session, lane_id: int, without: int | None = None) -> int:
        query = select(func.count()).select_from(Proposal).where(*_live_in_lane(lane_id))
        if without is not None:
            query = query.where(Proposal.id != without)
        return s.exec(query).one()

    @staticmethod
    def _by_name(s: Session, table: type, workshop_id: int) -> dict[str, Any]:
        return {
            rules.name_key(row.name): row
            for row in s.exec(select(table).where(table.workshop_id == workshop_id)).all()
        }

    @staticmethod
    def _lookup(named: dict[str, Any], name: str, what: str) -> Any:
        row = named.get(rules.name_key(name))
        if row is None:
            known = ", ".join(r.name for r in named.values())
            raise ServiceError(f"This workshop has no {what} “{name}” (it has: {known}).")
        return row

    @staticmethod
    def _default_lane(s: Session, workshop_id: int) -> Lane:
        lanes = s.exec(
            select(Lane).where(Lane.workshop_id == workshop_id).order_by(Lane.position)
        ).all()
        if not lanes:
            raise ServiceError("This workshop has no lanes to put proposals in.")
        return next((lane for lane in lanes if lane.kind == "inbox"), lanes[0])
