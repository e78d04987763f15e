"""Board use cases: read the lanes and cards, add, edit, move, duplicate, archive, delete and
restore proposals.

Positions within a lane are dense (0, 1, 2, …) over the unarchived cards (archived cards sit at
-1); a move shifts the neighbours with set-based UPDATEs, so it costs the same in a lane of 10
or 1,000. Every change's detail holds what its inverse needs: move_proposals ↔ place_proposals,
delete_proposal ↔ restore_proposal, duplicate_proposal ↔ delete_proposal.
"""

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, case, func, insert, update
from sqlmodel import Session, col, select

from roadmap_desktop.domain import rules
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.changes import Change
from roadmap_desktop.services.errors import NotFound, ServiceError
from roadmap_desktop.services.rows import PROPOSAL_VIEW_COLUMNS, lane_view, proposal_view
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.services.views import BoardView, ProposalView
from roadmap_desktop.store.tables import (
    Category,
    Criterion,
    Domain,
    DotVote,
    Lane,
    Participant,
    Proposal,
    Round,
    RoundProposal,
    Score,
    utc_now,
)

EDITABLE_FIELDS = (
    "title",
    "summary",
    "department",
    "domain_id",
    "category_id",
    "cost",
    "timeframe",
)


# Where a card goes: (proposal id, lane id, position), or {"id", "lane", "position"} as in the
# "from" and "to" lists of a move's detail.
Placement = tuple[int, int, int] | Mapping[str, Any]

_SCORE_FIELDS = ("id", "round_id", "participant_id", "criterion_id", "value", "recorded_at")
_DOT_FIELDS = ("id", "round_id", "participant_id", "dots", "recorded_at")
_COPY_SUFFIX = " (copy)"


def _live_in_lane(lane_id: int) -> tuple[Any, ...]:
    return (Proposal.lane_id == lane_id, col(Proposal.archived).is_(False))


def _relocation(
    kind: str, workshop_id: int, ids: Sequence[int], before: list, placed: list
) -> Change:
    """The change of a move or a placement: where each card was and where it is now."""
    return Change(
        kind,
        workshop_id,
        proposals=tuple(ids),
        lanes=_lanes_of(before, placed),
        detail={"from": before, "to": placed},
    )


class BoardServices(ServiceBase):
    def board(self, workshop_id: int) -> BoardView:
        with self._session() as s:
            self._workshop(s, workshop_id)
            lanes = s.exec(
                select(Lane).where(Lane.workshop_id == workshop_id).order_by(Lane.position)
            ).all()
            cards: dict[int, list[ProposalView]] = {lane.id: [] for lane in lanes}  # type: ignore[misc]
            # Plain rows, not ORM objects: the board of 1,000 cards opens in a third the time.
            query = (
                select(*PROPOSAL_VIEW_COLUMNS)
                .where(Proposal.workshop_id == workshop_id, col(Proposal.archived).is_(False))
                .order_by(Proposal.lane_id, Proposal.position)
            )
            for row in s.connection().execute(query):
                card = ProposalView(*row)
                cards[card.lane_id].append(card)
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
            ids, lanes = self._insert_proposals(s, workshop_id, specs)
            if single:
                change = Change(
                    "proposal.created",
                    workshop_id,
                    subject=ids[0],
                    proposals=ids,
                    lanes=lanes,
                )
            else:
                change = Change(
                    "proposals.created",
                    workshop_id,
                    proposals=ids,
                    lanes=lanes,
                    detail={"count": len(ids)},
                )
            return self._commit(s, change)

    def _insert_proposals(
        self, s: Session, workshop_id: int, specs: Sequence[ProposalSpec]
    ) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Inserts proposals, each at the end of its lane, in the caller's session (one bulk
        INSERT); returns their ids in spec order and the lanes they went into."""
        domains = self._by_name(s, Domain, workshop_id)
        categories = self._by_name(s, Category, workshop_id)
        lanes = self._by_name(s, Lane, workshop_id)
        default_lane = self._default_lane(s, workshop_id)
        next_position: dict[int, int] = {}
        now = utc_now()
        rows: list[dict[str, Any]] = []
        for spec in specs:
            lane = default_lane if spec.lane is None else self._lookup(lanes, spec.lane, "lane")
            assert lane.id is not None
            if lane.id not in next_position:
                next_position[lane.id] = self._lane_size(s, lane.id)
            rows.append(
                {
                    "workshop_id": workshop_id,
                    "lane_id": lane.id,
                    "position": next_position[lane.id],
                    "title": rules.clean_name(spec.title, "proposal"),
                    "summary": spec.summary.strip(),
                    "department": " ".join(spec.department.split()),
                    "domain_id": None
                    if spec.domain is None
                    else self._lookup(domains, spec.domain, "domain").id,
                    "category_id": None
                    if spec.category is None
                    else self._lookup(categories, spec.category, "category").id,
                    "cost": spec.cost,
                    "timeframe": spec.timeframe.strip(),
                    "archived": False,
                    "created_at": now,
                }
            )
            next_position[lane.id] += 1
        if not rows:
            return (), ()
        table = Proposal.__table__
        inserted = s.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True),  # type: ignore[arg-type, union-attr]
            rows,
        )
        return tuple(inserted.scalars()), tuple(next_position)

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

    def move_proposals(self, proposal_ids: Sequence[int], lane_id: int, position: int) -> Change:
        """Moves cards (from any lanes of one workshop) so they sit together, in the given order,
        from position (clamped) of lane; detail["from"] and detail["to"] list each card's old
        and new place as {"id", "lane", "position"} — place_proposals(detail["from"]) undoes it."""
        ids = _id_list(proposal_ids)
        with self._session() as s:
            workshop_id, cards = live_cards(s, ids)
            workshop_lanes(s, workshop_id, [lane_id])
            size = lane_sizes(s, [lane_id], cards)[lane_id]
            start = max(0, min(int(position), size))
            before = places(cards[i] for i in ids)
            placed = relocate(s, cards, [(pid, lane_id, start + i) for i, pid in enumerate(ids)])
            return self._commit(s, _relocation("proposals.moved", workshop_id, ids, before, placed))

    def place_proposals(self, placements: Sequence[Placement]) -> Change:
        """Puts each card at its (lane, position), as one change: the inverse of move_proposals
        and of itself. Cards are placed lane by lane in order of position, so the "from" list
        of an earlier move (or place) restores that board exactly; positions are clamped so
        every lane stays dense. detail["from"] / detail["to"] as for move_proposals."""
        wanted = [_placement(p) for p in placements]
        ids = _id_list([pid for pid, _lane, _pos in wanted])
        with self._session() as s:
            workshop_id, cards = live_cards(s, ids)
            workshop_lanes(s, workshop_id, [lane for _pid, lane, _pos in wanted])
            before = places(cards[i] for i in ids)
            placed = relocate(s, cards, wanted)
            return self._commit(
                s, _relocation("proposals.placed", workshop_id, ids, before, placed)
            )

    def duplicate_proposal(self, proposal_id: int) -> Change:
        """A copy of a card (not its scores) right after it, titled "… (copy)"; subject is the
        copy's id, so delete_proposal(subject) undoes it."""
        with self._session() as s:
            p = self._get(s, Proposal, proposal_id, "proposal")
            if p.archived:
                raise ServiceError(f"“{p.title}” is archived; restore it before duplicating it.")
            position = p.position + 1
            _shift(s, p.lane_id, [position], +1)
            copy = Proposal(
                workshop_id=p.workshop_id,
                lane_id=p.lane_id,
                position=position,
                title=rules.clean_name(p.title + _COPY_SUFFIX, "proposal"),
                summary=p.summary,
                department=p.department,
                domain_id=p.domain_id,
                category_id=p.category_id,
                cost=p.cost,
                timeframe=p.timeframe,
            )
            s.add(copy)
            s.flush()
            assert copy.id is not None
            return self._commit(
                s,
                Change(
                    "proposal.duplicated",
                    p.workshop_id,
                    subject=copy.id,
                    proposals=(copy.id,),
                    lanes=(p.lane_id,),
                    detail={
                        "original": proposal_id,
                        "title": copy.title,
                        "lane": p.lane_id,
                        "position": position,
                    },
                ),
            )

    def set_archived(
        self, proposal_id: int, archived: bool, *, position: int | None = None
    ) -> Change:
        """Archives a card (it leaves the board, keeps its scores) or puts it back at position
        of its lane (clamped; default: the end). Archiving records the card's position in
        detail["position"], so set_archived(id, False, position=…) undoes it exactly."""
        with self._session() as s:
            p = self._get(s, Proposal, proposal_id, "proposal")
            if p.archived == archived:
                raise ServiceError(
                    f"“{p.title}” is already {'archived' if archived else 'on the board'}."
                )
            if archived:
                was = p.position
                self._close_gap(s, p.lane_id, p.position)
                p.position = -1
            else:
                size = self._lane_size(s, p.lane_id)
                was = size if position is None else max(0, min(position, size))
                s.execute(
                    update(Proposal)
                    .where(*_live_in_lane(p.lane_id), Proposal.position >= was)
                    .values(position=Proposal.position + 1)
                )
                p.position = was
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
                    detail={"lane": p.lane_id, "position": was},
                ),
            )

    def archived_proposals(self, workshop_id: int) -> list[ProposalView]:
        """The workshop's archived proposals, by title."""
        with self._session() as s:
            self._workshop(s, workshop_id)
            rows = s.exec(
                select(Proposal).where(
                    Proposal.workshop_id == workshop_id, col(Proposal.archived).is_(True)
                )
            ).all()
            return sorted((proposal_view(p) for p in rows), key=lambda v: v.title.casefold())

    def delete_proposal(self, proposal_id: int) -> Change:
        """Deletes a proposal with its scores and dot votes. detail keeps its fields (id, lane,
        position, archived, created_at, …), under "scores" and "dot_votes" every row that
        went with it and under "covered_by" the rounds on a lane or a selection that covered
        it: restore_proposal(detail) brings it all back with the same ids."""
        with self._session() as s:
            p = self._get(s, Proposal, proposal_id, "proposal")
            snapshot: dict[str, Any] = p.model_dump(exclude={"created_at"})
            snapshot["created_at"] = _stamp(p.created_at)
            snapshot["scores"] = _dump_rows(
                s.exec(select(Score).where(Score.proposal_id == proposal_id).order_by(Score.id)),
                _SCORE_FIELDS,
            )
            snapshot["dot_votes"] = _dump_rows(
                s.exec(
                    select(DotVote).where(DotVote.proposal_id == proposal_id).order_by(DotVote.id)
                ),
                _DOT_FIELDS,
            )
            # The rounds on a lane or a selection that cover it: a restored card is covered again.
            snapshot["covered_by"] = sorted(
                s.exec(
                    select(RoundProposal.round_id).where(RoundProposal.proposal_id == proposal_id)
                ).all()
            )
            rounds = sorted({r["round_id"] for r in snapshot["scores"] + snapshot["dot_votes"]})
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
                    rounds=tuple(rounds),
                    detail=snapshot,
                ),
            )

    def restore_proposal(self, detail: Mapping[str, Any]) -> Change:
        """Undoes delete_proposal: re-inserts the proposal under its old id at its old place
        (clamped to its lane), with its scores and dot votes. Refused if that id has been
        taken since, or its lane has gone."""
        with self._session() as s:
            try:
                proposal_id, workshop_id = int(detail["id"]), int(detail["workshop_id"])
                lane_id, title = int(detail["lane_id"]), str(detail["title"])
            except (KeyError, TypeError, ValueError) as exc:
                raise ServiceError("That is not the record of a deleted proposal.") from exc
            self._workshop(s, workshop_id)
            if s.get(Proposal, proposal_id) is not None:
                raise ServiceError(
                    f"Proposal #{proposal_id} exists again, so “{title}” cannot come back "
                    "under its old number."
                )
            lane = self._get(s, Lane, lane_id, "lane")
            self._owned(lane, workshop_id, "lane")
            archived = bool(detail.get("archived", False))
            position = -1
            if not archived:
                position = max(0, min(int(detail.get("position", 0)), self._lane_size(s, lane_id)))
                _shift(s, lane_id, [position], +1)
            created = _parse_stamp(detail.get("created_at"))
            p = Proposal(
                id=proposal_id,
                workshop_id=workshop_id,
                lane_id=lane_id,
                position=position,
                title=rules.clean_name(title, "proposal"),
                summary=str(detail.get("summary", "")),
                department=str(detail.get("department", "")),
                domain_id=detail.get("domain_id"),
                category_id=detail.get("category_id"),
                cost=detail.get("cost"),
                timeframe=str(detail.get("timeframe", "")),
                archived=archived,
                **({} if created is None else {"created_at": created}),
            )
            s.add(p)
            s.flush()
            scores = [dict(r) for r in detail.get("scores", ())]
            dots = [dict(r) for r in detail.get("dot_votes", ())]
            self._check_record_owners(s, workshop_id, scores, dots)
            # A round discarded since covers nothing any more; the others cover the card again.
            covered_by = s.exec(
                select(Round.id).where(
                    Round.workshop_id == workshop_id,
                    col(Round.id).in_([int(r) for r in detail.get("covered_by", ())]),
                )
            ).all()
            if covered_by:
                s.execute(
                    insert(RoundProposal),
                    [{"round_id": r, "proposal_id": proposal_id} for r in covered_by],
                )
            _reinsert(s, Score, scores, proposal_id)
            _reinsert(s, DotVote, dots, proposal_id)
            rounds = sorted({int(r["round_id"]) for r in scores + dots})
            return self._commit(
                s,
                Change(
                    "proposal.undeleted",
                    workshop_id,
                    subject=proposal_id,
                    proposals=(proposal_id,),
                    lanes=(lane_id,),
                    rounds=tuple(rounds),
                    detail={
                        "title": p.title,
                        "lane": lane_id,
                        "position": position,
                        "scores": len(scores),
                        "dot_votes": len(dots),
                    },
                ),
            )

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _check_record_owners(
        s: Session, workshop_id: int, scores: list[dict[str, Any]], dots: list[dict[str, Any]]
    ) -> None:
        if not scores and not dots:
            return

        def ids(table: type) -> set[int]:
            return set(s.exec(select(table.id).where(table.workshop_id == workshop_id)).all())

        rounds, people = ids(Round), ids(Participant)
        criteria = ids(Criterion) if scores else set()
        for row in scores + dots:
            if (
                int(row["round_id"]) not in rounds
                or int(row["participant_id"]) not in people
                or ("criterion_id" in row and int(row["criterion_id"]) not in criteria)
            ):
                raise ServiceError(
                    "The proposal's scores name a round, participant or criterion that is no "
                    "longer in this workshop, so they cannot be restored."
                )

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


# -- moving several cards at once (also used by the lane services) -----------------------


def live_cards(s: Session, ids: Sequence[int]) -> tuple[int, dict[int, Proposal]]:
    """The workshop and the rows of cards about to move; refuses missing, archived or mixed."""
    rows = {p.id: p for p in s.exec(select(Proposal).where(col(Proposal.id).in_(ids))).all()}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise NotFound(f"The proposal #{missing[0]} does not exist (it may have been deleted).")
    if len({p.workshop_id for p in rows.values()}) > 1:
        raise ServiceError(
            "Those cards belong to different workshops; move them one board at a time."
        )
    archived = [rows[i] for i in ids if rows[i].archived]
    if archived:
        raise ServiceError(f"“{archived[0].title}” is archived; restore it before moving it.")
    return rows[ids[0]].workshop_id, rows  # type: ignore[return-value]


def workshop_lanes(s: Session, workshop_id: int, lane_ids: Iterable[int]) -> dict[int, Lane]:
    """The named lanes; refuses a lane that is missing or belongs to another workshop."""
    wanted = list(dict.fromkeys(int(i) for i in lane_ids))
    lanes = {x.id: x for x in s.exec(select(Lane).where(col(Lane.id).in_(wanted))).all()}
    for lane_id in wanted:
        if lane_id not in lanes:
            raise NotFound(f"The lane #{lane_id} does not exist (it may have been removed).")
        if lanes[lane_id].workshop_id != workshop_id:
            raise ServiceError("That lane belongs to another workshop.")
    return lanes  # type: ignore[return-value]


def lane_sizes(
    s: Session, lane_ids: Iterable[int], leaving: Mapping[int, Proposal]
) -> dict[int, int]:
    """Lane id → how many unarchived cards stay in it once the `leaving` cards are lifted out."""
    wanted = list(dict.fromkeys(lane_ids))
    counts = dict.fromkeys(wanted, 0)
    query = (
        select(Proposal.lane_id, func.count())
        .where(col(Proposal.lane_id).in_(wanted), col(Proposal.archived).is_(False))
        .group_by(Proposal.lane_id)
    )
    for lane_id, n in s.exec(query).all():
        counts[lane_id] = n
    for p in leaving.values():
        if p.lane_id in counts:
            counts[p.lane_id] -= 1
    return counts


def relocate(
    s: Session, cards: Mapping[int, Proposal], wanted: Sequence[tuple[int, int, int]]
) -> list[dict[str, int]]:
    """Moves the (unarchived, already checked) cards to their wanted places and returns where
    they landed, in the order wanted, as {"id", "lane", "position"}.

    All cards are lifted out first (one UPDATE per lane they leave closes the gaps), then put
    in lane by lane in order of wanted position (one UPDATE per lane opens the slots), so
    every lane stays dense and untouched cards keep their order. A wanted position past the
    end, or already taken by another moving card, is clamped to the next free slot.
    """
    by_lane: dict[int, list[int]] = {}
    for p in cards.values():
        by_lane.setdefault(p.lane_id, []).append(p.position)
    for lane_id, positions in by_lane.items():
        _shift(s, lane_id, sorted(positions), -1)

    order = {pid: i for i, (pid, _lane, _pos) in enumerate(wanted)}
    targets: dict[int, list[tuple[int, int]]] = {}
    for pid, lane_id, position in wanted:
        targets.setdefault(lane_id, []).append((position, pid))
    sizes = lane_sizes(s, targets, cards)
    landed: dict[int, tuple[int, int]] = {}
    for lane_id, asks in targets.items():
        asks.sort(key=lambda ask: (ask[0], order[ask[1]]))
        slots: list[int] = []
        for j, (position, pid) in enumerate(asks):
            slot = min(max(position, slots[-1] + 1 if slots else 0), sizes[lane_id] + j)
            slots.append(slot)
            landed[pid] = (lane_id, slot)
        # The card now at index q among those staying moves up by the number of slots
        # opened at or before it: slot j opens in front of index slot_j - j.
        _shift(s, lane_id, [slot - j for j, slot in enumerate(slots)], +1)

    table = Proposal.__table__
    s.execute(
        update(table)  # type: ignore[arg-type]
        .where(table.c.id == bindparam("b_id"))  # type: ignore[union-attr]
        .values(lane_id=bindparam("b_lane"), position=bindparam("b_position")),
        [
            {"b_id": pid, "b_lane": lane_id, "b_position": position}
            for pid, (lane_id, position) in landed.items()
        ],
    )
    return [
        {"id": pid, "lane": landed[pid][0], "position": landed[pid][1]}
        for pid, _lane, _pos in wanted
    ]


def places(cards: Iterable[Proposal]) -> list[dict[str, int]]:
    return [{"id": p.id, "lane": p.lane_id, "position": p.position} for p in cards]  # type: ignore[misc]


def _shift(s: Session, lane_id: int, marks: Sequence[int], step: int) -> None:
    """Moves each unarchived card of the lane by step × the number of marks it lies past.

    step -1 closes the gaps left at the sorted positions `marks` (a card counts the marks
    strictly below it); step +1 opens slots in front of the (non-decreasing) indexes `marks`
    (a card counts the marks at or below it). One UPDATE, whatever the number of marks.
    """
    if not marks:
        return
    position = col(Proposal.position)
    beyond = position.__gt__ if step < 0 else position.__ge__
    count = case(*[(beyond(mark), k + 1) for k, mark in reversed(list(enumerate(marks)))], else_=0)
    s.execute(
        update(Proposal)
        .where(*_live_in_lane(lane_id), beyond(marks[0]))
        .values(position=Proposal.position + step * count)
        .execution_options(synchronize_session=False)
    )


def _id_list(ids: Iterable[int]) -> list[int]:
    try:
        out = [int(i) for i in ids]
    except (TypeError, ValueError) as exc:
        raise ServiceError("Cards are named by their ids (whole numbers).") from exc
    if not out:
        raise ServiceError("Choose at least one card to move.")
    if len(set(out)) != len(out):
        raise ServiceError("The same card is listed twice; each card can only go to one place.")
    return out


def _placement(item: Placement) -> tuple[int, int, int]:
    try:
        if isinstance(item, Mapping):
            return int(item["id"]), int(item["lane"]), int(item["position"])
        pid, lane_id, position = item
        return int(pid), int(lane_id), int(position)
    except (KeyError, TypeError, ValueError) as exc:
        raise ServiceError(
            f"A place is a proposal, a lane and a position; {item!r} is not one."
        ) from exc


def _lanes_of(*placement_lists: Iterable[Mapping[str, int]]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(x["lane"] for xs in placement_lists for x in xs))


def _stamp(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse_stamp(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise ServiceError(f"{value!r} is not a time stamp.") from exc


def _dump_rows(rows: Iterable[Any], fields: Sequence[str]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        item = {f: getattr(row, f) for f in fields}
        item["recorded_at"] = _stamp(item["recorded_at"])
        out.append(item)
    return out


def _reinsert(s: Session, table: type, rows: list[dict[str, Any]], proposal_id: int) -> None:
    """Inserts score or dot rows back, keeping each old id unless another row has it now."""
    if not rows:
        return
    taken = set(
        s.exec(select(table.id).where(col(table.id).in_([int(r["id"]) for r in rows]))).all()
    )
    keep, fresh = [], []
    for row in rows:
        values = dict(row, proposal_id=proposal_id)
        values["recorded_at"] = _parse_stamp(values.get("recorded_at")) or utc_now()
        if int(values["id"]) in taken:
            del values["id"]
            fresh.append(values)
        else:
            keep.append(values)
    for batch in (keep, fresh):
        if batch:
            s.execute(insert(table), batch)
