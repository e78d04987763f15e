"""Board use cases: read the lanes and cards, add, edit, move, duplicate, archive, delete and
restore proposals.

Cards are ordered within a lane by sparse keys (services/lane_keys.py): a move rewrites the
cards that move and nothing else, in a lane of 10 or 10,000. Every change's detail holds
what its inverse needs, and the inverse is told what it expects to find, so an undo never
overwrites what someone else did since (Conflict): move_proposals ↔ place_proposals,
delete_proposals ↔ undelete_proposals, archive_proposals ↔ unarchive_proposals,
update_proposal ↔ update_proposal(expect=…).
"""

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, or_, update
from sqlmodel import Session, col, select

from roadmap_desktop.domain import rules
from roadmap_desktop.services.base import ServiceBase, expect_fields, missing
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import Conflict, NotFound, ServiceError
from roadmap_desktop.services.lane_keys import (
    LIVE,
    Placer,
    Spot,
    append_keys,
    live_cards,
    parse_spot,
    spot_of,
    workshop_lanes,
)
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
    ProposalLink,
    ProposalNote,
    Round,
    RoundProposal,
    Score,
    TieOrder,
    utc_now,
)
from roadmap_desktop.words import Message, _, n_

EDITABLE_FIELDS = (
    "title",
    "summary",
    "department",
    "domain_id",
    "category_id",
    "cost",
    "timeframe",
    "funding",
)

# Where a card goes: {"id", "lane", "key"} (exactly there, as in a change's "from" and "to"),
# or (proposal id, lane id, index) / {"id", "lane", "position"} (at that index of the lane).
Placement = tuple[int, int, int] | Mapping[str, Any]

_SCORE_FIELDS = (
    "id",
    "round_id",
    "proposal_id",
    "participant_id",
    "criterion_id",
    "value",
    "recorded_at",
)
_DOT_FIELDS = ("id", "round_id", "proposal_id", "participant_id", "dots", "recorded_at")
_COPY_SUFFIX = " (copy)"
_CARD_FIELDS = ("lane_id", *EDITABLE_FIELDS)


class BoardServices(ServiceBase):
    def board(self, workshop_id: int) -> BoardView:
        with self._read() as s:
            self._workshop(s, workshop_id)
            lanes = s.exec(
                select(Lane).where(Lane.workshop_id == workshop_id).order_by(col(Lane.position))
            ).all()
            cards: dict[int, list[ProposalView]] = {lane.id: [] for lane in lanes}  # type: ignore[misc]
            # Plain rows, not ORM objects: the board of 1,000 cards opens in a third the time.
            query = (
                select(*PROPOSAL_VIEW_COLUMNS)
                .where(Proposal.workshop_id == workshop_id, LIVE)
                .order_by(col(Proposal.lane_id), col(Proposal.sort_key))
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
        with self._read() as s:
            return proposal_view(self._get(s, Proposal, proposal_id, "proposal"))

    def archived_proposals(self, workshop_id: int) -> list[ProposalView]:
        """The workshop's archived proposals, by title."""
        with self._read() as s:
            self._workshop(s, workshop_id)
            rows = s.exec(
                select(Proposal).where(
                    Proposal.workshop_id == workshop_id, col(Proposal.archived).is_(True)
                )
            ).all()
            return sorted((proposal_view(p) for p in rows), key=lambda v: v.title.casefold())

    # -- adding and editing -------------------------------------------------------------

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
        with self._write() as s:
            self._workshop(s, workshop_id)
            ids, lanes = self._insert_proposals(s, workshop_id, specs)
            kind = ChangeKind.PROPOSAL_CREATED if single else ChangeKind.PROPOSALS_CREATED
            return self._commit(
                s,
                Change(
                    kind,
                    workshop_id,
                    Affects.BOARD | Affects.RESULTS,
                    subject=ids[0] if single else None,
                    proposals=ids,
                    lanes=lanes,
                    detail={} if single else {"count": len(ids)},
                ),
            )

    def _insert_proposals(
        self, s: Session, workshop_id: int, specs: Sequence[ProposalSpec]
    ) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Inserts proposals, each at the end of its lane, in the caller's session (one bulk
        INSERT); returns their ids in spec order and the lanes they went into."""
        domains = self._by_name(s, Domain, workshop_id)
        categories = self._by_name(s, Category, workshop_id)
        lanes = self._by_name(s, Lane, workshop_id)
        default_lane = self._default_lane(s, workshop_id)
        chosen: list[int] = []
        for spec in specs:
            lane = default_lane if spec.lane is None else self._lookup(lanes, spec.lane, "lane")
            assert lane.id is not None
            chosen.append(lane.id)
        keys = {
            lane_id: iter(append_keys(s, lane_id, chosen.count(lane_id)))
            for lane_id in dict.fromkeys(chosen)
        }
        now = utc_now()
        rows: list[dict[str, Any]] = []
        for spec, lane_id in zip(specs, chosen, strict=True):
            rows.append(
                {
                    "workshop_id": workshop_id,
                    "lane_id": lane_id,
                    "sort_key": next(keys[lane_id]),
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
        if not rows:
            return (), ()
        table = Proposal.__table__  # type: ignore[attr-defined]
        inserted = s.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True),
            rows,
        )
        return tuple(inserted.scalars()), tuple(keys)

    def update_proposal(
        self, proposal_id: int, *, expect: Mapping[str, object] | None = None, **fields: object
    ) -> Change:
        """Changes the named fields (title, summary, department, domain_id, category_id, cost,
        timeframe); detail holds old and new values, so update_proposal(id,
        expect=detail["new"], **detail["old"]) undoes it — refused (Conflict) when someone
        has changed those fields since."""
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise ServiceError(
                n_(
                    "Proposals have no field {fields}.",
                    "Proposals have no fields {fields}.",
                    len(unknown),
                    fields=", ".join(sorted(unknown)),
                )
            )
        with self._write() as s:
            p = self._get(s, Proposal, proposal_id, "proposal")
            expect_fields(p, expect, _changed(p.title))
            if "title" in fields:
                fields["title"] = rules.clean_name(str(fields["title"]), "proposal")
            if "funding" in fields:
                fields["funding"] = rules.check_funding(fields["funding"])
            for key, table, what in (
                ("domain_id", Domain, "domain"),
                ("category_id", Category, "category"),
            ):
                if fields.get(key) is not None:
                    self._owned(self._get(s, table, int(fields[key]), what), p.workshop_id, what)  # type: ignore[call-overload]
            old = {k: getattr(p, k) for k in fields}
            for key, value in fields.items():
                setattr(p, key, value)
            s.add(p)
            return self._commit(
                s,
                Change(
                    ChangeKind.PROPOSAL_UPDATED,
                    p.workshop_id,
                    Affects.BOARD | Affects.RESULTS,
                    subject=proposal_id,
                    proposals=(proposal_id,),
                    lanes=(p.lane_id,),
                    detail={"old": old, "new": fields},
                ),
            )

    # -- moving -------------------------------------------------------------------------

    def move_proposal(self, proposal_id: int, lane_id: int, position: int) -> Change:
        """Puts one card at index `position` (clamped) of lane; as move_proposals."""
        return self._move([proposal_id], lane_id, position, ChangeKind.PROPOSAL_MOVED)

    def move_proposals(self, proposal_ids: Sequence[int], lane_id: int, position: int) -> Change:
        """Moves cards (from any lanes of one workshop) so they sit together, in the given
        order, from index `position` (clamped; counted among the lane's cards that do not
        move) of lane. detail["from"] and detail["to"] list each card's old and new place as
        {"id", "lane", "key"}: place_proposals(detail["from"], expect=detail["to"]) undoes
        it."""
        return self._move(_id_list(proposal_ids), lane_id, position, ChangeKind.PROPOSALS_MOVED)

    def _move(self, ids: list[int], lane_id: int, position: int, kind: ChangeKind) -> Change:
        with self._write_fast() as s:
            return self._commit(s, moved_in(s, ids, lane_id, position, kind))

    def place_proposals(
        self,
        placements: Sequence[Placement],
        *,
        expect: Sequence[Mapping[str, Any]] | None = None,
    ) -> Change:
        """Puts each card at its place, as one change: the inverse of move_proposals and of
        itself. A place {"id", "lane", "key"} is exact (as close as the cards there now
        allow); (id, lane, index) puts the card at that index, lanes filled in order of
        index. expect lists where the cards must be now ({"id", "lane", "key"}): a card
        someone has moved since makes it a Conflict, and nothing moves."""
        with self._write_fast() as s:
            return self._commit(s, placed_in(s, placements, expect))

    def duplicate_proposal(self, proposal_id: int) -> Change:
        """A copy of a card (not its scores) right after it, titled "… (copy)"; subject is the
        copy's id, so delete_proposals([subject]) undoes it."""
        with self._write() as s:
            p = self._get(s, Proposal, proposal_id, "proposal")
            if p.archived:
                raise ServiceError(
                    _("“{title}” is archived; restore it before duplicating it.", title=p.title)
                )
            copy = Proposal(
                workshop_id=p.workshop_id,
                lane_id=p.lane_id,
                sort_key=0,
                archived=True,  # placed below, then brought onto the board
                title=rules.clean_name(p.title + _COPY_SUFFIX, "proposal"),
                summary=p.summary,
                department=p.department,
                domain_id=p.domain_id,
                category_id=p.category_id,
                cost=p.cost,
                timeframe=p.timeframe,
                funding=p.funding,
            )
            s.add(copy)
            s.flush()
            assert copy.id is not None
            after = s.exec(
                select(func.min(Proposal.sort_key)).where(
                    Proposal.lane_id == p.lane_id, LIVE, Proposal.sort_key > p.sort_key
                )
            ).one()
            placer = Placer(s, [copy.id], revive=[copy.id])
            placer.into_gap(p.lane_id, [copy.id], p.sort_key, after)
            landed = placer.write()[copy.id]
            return self._commit(
                s,
                Change(
                    ChangeKind.PROPOSAL_DUPLICATED,
                    p.workshop_id,
                    Affects.BOARD | Affects.RESULTS,
                    subject=copy.id,
                    proposals=(copy.id,),
                    lanes=(p.lane_id,),
                    detail={"original": proposal_id, "title": copy.title, **landed.record()},
                ),
            )

    # -- archiving ----------------------------------------------------------------------

    def archive_proposals(self, proposal_ids: Sequence[int]) -> Change:
        """Takes cards off the board (they keep their scores). detail["places"] holds where
        each was, so unarchive_proposals(ids, places=detail["places"]) undoes it exactly."""
        ids = _id_list(proposal_ids)
        with self._write() as s:
            already = [p for p in self._cards(s, ids).values() if p.archived]
            if already:
                raise ServiceError(_("“{title}” is already archived.", title=already[0].title))
            workshop_id, cards = live_cards(s, ids)
            places = [spot_of(cards[i]).record() for i in ids]
            table = Proposal.__table__  # type: ignore[attr-defined]
            s.connection().execute(update(table).where(table.c.id.in_(ids)).values(archived=True))
            return self._commit(
                s,
                Change(
                    ChangeKind.PROPOSALS_ARCHIVED,
                    workshop_id,
                    Affects.BOARD | Affects.RESULTS,
                    proposals=tuple(ids),
                    lanes=tuple(dict.fromkeys(p["lane"] for p in places)),
                    detail={"places": places},
                ),
            )

    def unarchive_proposals(
        self, proposal_ids: Sequence[int], *, places: Sequence[Mapping[str, Any]] | None = None
    ) -> Change:
        """Puts archived cards back on the board: at the places archive_proposals recorded
        (as close as the cards there now allow), else at the end of their lanes."""
        ids = _id_list(proposal_ids)
        with self._write() as s:
            rows = self._cards(s, ids)
            workshop_id = _one_workshop(rows.values())
            on_board = [p for p in rows.values() if not p.archived]
            if on_board:
                raise ServiceError(_("“{title}” is already on the board.", title=on_board[0].title))
            spots = {w.id: w for w in (parse_spot(x) for x in places or ())}
            lanes = workshop_lanes(
                s, workshop_id, [spots[i].lane if i in spots else rows[i].lane_id for i in ids]
            )
            placer = Placer(s, ids, revive=ids)
            placer.at_keys([spots[i] for i in ids if i in spots])
            for pid in ids:
                if pid not in spots:
                    lane_id = rows[pid].lane_id
                    placer.into_gap(lane_id, [pid], _last_planned(s, placer, lane_id), None)
            landed = placer.write()
            return self._commit(
                s,
                Change(
                    ChangeKind.PROPOSALS_RESTORED,
                    workshop_id,
                    Affects.BOARD | Affects.RESULTS,
                    proposals=tuple(ids),
                    lanes=tuple(lanes),
                    detail={"places": [landed[i].record() for i in ids]},
                ),
            )

    # -- deleting -----------------------------------------------------------------------

    def delete_proposals(
        self,
        proposal_ids: Sequence[int],
        *,
        expect: Mapping[int, Mapping[str, Any]] | None = None,
    ) -> Change:
        """Deletes proposals with their scores and dot votes (entries of an open round only:
        a card scored in a closed or revealed round is part of its record; archive it).
        detail["cards"] keeps each card's fields and place, its entries and the rounds on a
        lane or a selection that covered it: undelete_proposals(detail) brings it all back
        with the same ids. expect maps a card's id to {"fields": …, "entries": n}: an undo
        or redo refuses (Conflict) when someone has edited the card or voted on it since."""
        ids = _id_list(proposal_ids)
        with self._write() as s:
            rows = self._cards(s, ids)
            workshop_id = _one_workshop(rows.values())
            records = [self._card_record(s, rows[i]) for i in ids]
            for record in records:
                if expect is not None and record["id"] in expect:
                    _expect_card(rows[record["id"]], record, expect[record["id"]])
            self._refuse_closed_entries(s, rows, records)
            for p in rows.values():
                s.delete(p)
            rounds = sorted({e["round_id"] for r in records for e in r["scores"] + r["dot_votes"]})
            entries = any(r["scores"] or r["dot_votes"] for r in records)
            return self._commit(
                s,
                Change(
                    ChangeKind.PROPOSALS_DELETED,
                    workshop_id,
                    Affects.BOARD
                    | Affects.RESULTS
                    | (Affects.ENTRIES if entries else Affects.NONE),
                    proposals=tuple(ids),
                    lanes=tuple(dict.fromkeys(r["lane_id"] for r in records)),
                    rounds=tuple(rounds),
                    detail={"cards": [_public_record(r) for r in records]},
                    sealed={"entries": [_sealed_record(r) for r in records]},
                ),
            )

    def undelete_proposals(self, detail: Mapping[str, Any], sealed: Mapping[str, Any]) -> Change:
        """Undoes delete_proposals from its change (detail and sealed): each card comes back
        under its old id at its old place, with its entries. Refused if an id has been taken
        since, a lane has gone, or an entry's round is no longer open (a closed round's
        record never changes)."""
        try:
            cards = [dict(c) for c in detail["cards"]]
            entries = {int(e["id"]): e for e in sealed.get("entries", ())}
            ids = [int(c["id"]) for c in cards]
        except (KeyError, TypeError, ValueError) as exc:
            raise ServiceError(_("That is not the record of deleted proposals.")) from exc
        with self._write() as s:
            workshop_ids = {int(c["workshop_id"]) for c in cards}
            if len(workshop_ids) != 1:
                raise ServiceError(_("That is not the record of deleted proposals."))
            workshop_id = workshop_ids.pop()
            self._workshop(s, workshop_id)
            taken = s.exec(select(Proposal.id).where(col(Proposal.id).in_(ids))).all()
            if taken:
                title = next(c["title"] for c in cards if int(c["id"]) == taken[0])
                raise Conflict(
                    _(
                        "Proposal #{id} exists again, so “{title}” cannot come back under its "
                        "old number.",
                        id=taken[0],
                        title=title,
                    )
                )
            workshop_lanes(s, workshop_id, [int(c["lane_id"]) for c in cards])
            for card in cards:
                self._insert_deleted(s, workshop_id, card)
            s.flush()
            scores = [
                dict(r) for c in cards for r in entries.get(int(c["id"]), {}).get("scores", ())
            ]
            dots = [
                dict(r) for c in cards for r in entries.get(int(c["id"]), {}).get("dot_votes", ())
            ]
            self._check_record_owners(s, workshop_id, scores, dots)
            self._refuse_closed_rounds(s, scores + dots)
            covered = [(int(r), int(c["id"])) for c in cards for r in c.get("covered_by", ())]
            still = set(
                s.exec(
                    select(Round.id).where(
                        Round.workshop_id == workshop_id,
                        col(Round.id).in_([r for r, _p in covered]),
                    )
                ).all()
            )
            if covered_now := [(r, p) for r, p in covered if r in still]:
                s.execute(
                    insert(RoundProposal),
                    [{"round_id": r, "proposal_id": p} for r, p in covered_now],
                )
            _reinsert(s, Score, scores)
            _reinsert(s, DotVote, dots)
            _restore_kept(s, workshop_id, cards)
            live = [int(c["id"]) for c in cards if not c.get("archived")]
            placer = Placer(s, live, revive=live)
            placer.at_keys(
                [
                    Spot(int(c["id"]), int(c["lane_id"]), int(c["key"]))
                    for c in cards
                    if not c.get("archived")
                ]
            )
            landed = placer.write()
            rounds = sorted({int(r["round_id"]) for r in scores + dots})
            return self._commit(
                s,
                Change(
                    ChangeKind.PROPOSALS_UNDELETED,
                    workshop_id,
                    Affects.BOARD
                    | Affects.RESULTS
                    | (Affects.ENTRIES if scores or dots else Affects.NONE),
                    proposals=tuple(ids),
                    lanes=tuple(dict.fromkeys(int(c["lane_id"]) for c in cards)),
                    rounds=tuple(rounds),
                    detail={
                        "places": [landed[i].record() for i in live],
                        "scores": len(scores),
                        "dot_votes": len(dots),
                    },
                ),
            )

    # -- helpers ------------------------------------------------------------------------

    @staticmethod
    def _cards(s: Session, ids: Sequence[int]) -> dict[int, Proposal]:
        rows = {p.id: p for p in s.exec(select(Proposal).where(col(Proposal.id).in_(ids))).all()}
        for pid in ids:
            if pid not in rows:
                raise NotFound(missing("proposal", pid))
        return rows  # type: ignore[return-value]

    @staticmethod
    def _card_record(s: Session, p: Proposal) -> dict[str, Any]:
        record: dict[str, Any] = {
            "id": p.id,
            "workshop_id": p.workshop_id,
            "lane_id": p.lane_id,
            "key": p.sort_key,
            "archived": p.archived,
            "created_at": _stamp(p.created_at),
            **{f: getattr(p, f) for f in EDITABLE_FIELDS},
        }
        record["scores"] = _dump_rows(
            s.exec(select(Score).where(Score.proposal_id == p.id).order_by(col(Score.id))),
            _SCORE_FIELDS,
        )
        record["dot_votes"] = _dump_rows(
            s.exec(select(DotVote).where(DotVote.proposal_id == p.id).order_by(col(DotVote.id))),
            _DOT_FIELDS,
        )
        # The rounds on a lane or a selection that cover it: a restored card is covered again.
        record["covered_by"] = sorted(
            s.exec(select(RoundProposal.round_id).where(RoundProposal.proposal_id == p.id)).all()
        )
        # What the store deletes with the card, so an undo brings it back too: its
        # dependencies, the notes of the discussion, and its place in settled ties.
        record["links"] = [
            {"proposal": x.proposal_id, "other": x.other_id, "kind": x.kind}
            for x in s.exec(
                select(ProposalLink).where(
                    or_(col(ProposalLink.proposal_id) == p.id, col(ProposalLink.other_id) == p.id)
                )
            )
        ]
        record["notes"] = [
            {"id": n.id, "author": n.author, "text": n.text, "created_at": _stamp(n.created_at)}
            for n in s.exec(
                select(ProposalNote)
                .where(ProposalNote.proposal_id == p.id)
                .order_by(col(ProposalNote.id))
            )
        ]
        record["ties"] = [
            {
                "round": t.round_number,
                "place": t.place,
                "reason": t.reason,
                "runoff_round": t.runoff_round,
                "settled_at": _stamp(t.settled_at),
            }
            for t in s.exec(select(TieOrder).where(TieOrder.proposal_id == p.id))
        ]
        return record

    @staticmethod
    def _refuse_closed_entries(
        s: Session, rows: Mapping[int, Proposal], records: Sequence[Mapping[str, Any]]
    ) -> None:
        round_ids = {e["round_id"] for r in records for e in r["scores"] + r["dot_votes"]}
        if not round_ids:
            return
        closed = {
            r.id: r
            for r in s.exec(select(Round).where(col(Round.id).in_(list(round_ids)))).all()
            if r.status != "open"
        }
        for record in records:
            hit = [
                closed[e["round_id"]]
                for e in record["scores"] + record["dot_votes"]
                if e["round_id"] in closed
            ]
            if hit:
                r = hit[0]
                title = rows[record["id"]].title
                if r.status == "revealed":
                    refusal = _(
                        "“{title}” has votes in round {number}, which is revealed: its record "
                        "cannot change. Archive the proposal instead.",
                        title=title,
                        number=r.number,
                    )
                else:
                    refusal = _(
                        "“{title}” has votes in round {number}, which is closed: its record "
                        "cannot change. Archive the proposal instead.",
                        title=title,
                        number=r.number,
                    )
                raise ServiceError(refusal)

    @staticmethod
    def _refuse_closed_rounds(s: Session, entries: Sequence[Mapping[str, Any]]) -> None:
        round_ids = {int(e["round_id"]) for e in entries}
        if not round_ids:
            return
        for r in s.exec(select(Round).where(col(Round.id).in_(list(round_ids)))).all():
            if r.status != "open":
                if r.status == "revealed":
                    refusal = _(
                        "Round {number} has been revealed since, and bringing the proposal "
                        "back would change its votes; a closed round's record cannot change.",
                        number=r.number,
                    )
                else:
                    refusal = _(
                        "Round {number} has been closed since, and bringing the proposal back "
                        "would change its votes; a closed round's record cannot change.",
                        number=r.number,
                    )
                raise Conflict(refusal)

    @staticmethod
    def _insert_deleted(s: Session, workshop_id: int, card: Mapping[str, Any]) -> None:
        created = _parse_stamp(card.get("created_at"))
        s.add(
            Proposal(
                id=int(card["id"]),
                workshop_id=workshop_id,
                lane_id=int(card["lane_id"]),
                # Its old key (an archived card keeps it); back on the board (if it was
                # there) when placed, by the caller.
                sort_key=int(card.get("key", 0)),
                archived=True,
                title=rules.clean_name(str(card["title"]), "proposal"),
                summary=str(card.get("summary", "")),
                department=str(card.get("department", "")),
                domain_id=card.get("domain_id"),
                category_id=card.get("category_id"),
                cost=card.get("cost"),
                timeframe=str(card.get("timeframe", "")),
                funding=rules.check_funding(card.get("funding", "")),
                **({} if created is None else {"created_at": created}),
            )
        )

    @staticmethod
    def _check_record_owners(
        s: Session, workshop_id: int, scores: list[dict[str, Any]], dots: list[dict[str, Any]]
    ) -> None:
        if not scores and not dots:
            return

        def ids(table: Any) -> set[int]:
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
                    _(
                        "The proposal's scores name a round, participant or criterion that is "
                        "no longer in this workshop, so they cannot be restored."
                    )
                )

    @staticmethod
    def _by_name(s: Session, table: Any, workshop_id: int) -> dict[str, Any]:
        return {
            rules.name_key(row.name): row
            for row in s.exec(select(table).where(table.workshop_id == workshop_id)).all()
        }

    @staticmethod
    def _lookup(named: dict[str, Any], name: str, what: str) -> Any:
        row = named.get(rules.name_key(name))
        if row is None:
            known = ", ".join(r.name for r in named.values())
            raise ServiceError(_unknown(what, name, known))
        return row

    @staticmethod
    def _default_lane(s: Session, workshop_id: int) -> Lane:
        lanes = s.exec(
            select(Lane).where(Lane.workshop_id == workshop_id).order_by(col(Lane.position))
        ).all()
        if not lanes:
            raise ServiceError(_("This workshop has no lanes to put proposals in."))
        return next((lane for lane in lanes if lane.kind == "inbox"), lanes[0])


def _changed(title: str) -> Message:
    return _("“{title}” has been changed by someone else since; their change stays.", title=title)


def _unknown(what: str, name: str, known: str) -> Message:
    """The refusal of a name the workshop has no domain, category or lane by."""
    if what == "domain":
        return _("This workshop has no domain “{name}” (it has: {known}).", name=name, known=known)
    if what == "category":
        return _(
            "This workshop has no category “{name}” (it has: {known}).", name=name, known=known
        )
    return _("This workshop has no lane “{name}” (it has: {known}).", name=name, known=known)


def moved_in(
    s: Connection, ids: list[int], lane_id: int, position: int, kind: ChangeKind
) -> Change:
    """Moves cards inside the caller's write transaction; the Change to commit."""
    workshop_id, cards = live_cards(s, ids, into=lane_id)
    before = [spot_of(cards[i]) for i in ids]
    placer = Placer(s, ids)
    placer.at_index(lane_id, ids, int(position))
    landed = placer.write()
    return _relocation(kind, workshop_id, before, [landed[i] for i in ids])


def placed_in(
    s: Connection,
    placements: Sequence[Placement],
    expect: Sequence[Mapping[str, Any]] | None,
) -> Change:
    """Puts each card at its place inside the caller's write transaction (see
    place_proposals); the Change to commit."""
    exact: list[Spot] = []
    by_index: list[tuple[int, int, int]] = []
    for item in placements:
        if isinstance(item, Mapping) and "key" in item:
            exact.append(parse_spot(item))
        else:
            by_index.append(_index_placement(item))
    ids = _id_list([w.id for w in exact] + [pid for pid, _lane, _at in by_index])
    workshop_id, cards = live_cards(s, ids)
    workshop_lanes(s, workshop_id, [w.lane for w in exact] + [x[1] for x in by_index])
    if expect is not None:
        _expect_spots(cards, expect)
    before = [spot_of(cards[i]) for i in ids]
    placer = Placer(s, ids)
    if exact:
        placer.at_keys(exact)
    lanes: dict[int, list[tuple[int, int]]] = {}
    for pid, lane_id, index in by_index:
        lanes.setdefault(lane_id, []).append((pid, index))
    for lane_id, wanted in lanes.items():
        placer.at_indexes(lane_id, wanted)
    landed = placer.write()
    return _relocation(ChangeKind.PROPOSALS_PLACED, workshop_id, before, [landed[i] for i in ids])


def _relocation(
    kind: ChangeKind, workshop_id: int, before: list[Spot], after: list[Spot]
) -> Change:
    """The change of a move or a placement: where each card was and where it is now."""
    lanes = tuple(dict.fromkeys([w.lane for w in before] + [w.lane for w in after]))
    return Change(
        kind,
        workshop_id,
        Affects.ORDER,
        proposals=tuple(w.id for w in after),
        lanes=lanes,
        detail={"from": [w.record() for w in before], "to": [w.record() for w in after]},
    )


def _expect_spots(cards: Mapping[int, Any], expect: Sequence[Mapping[str, Any]]) -> None:
    for item in expect:
        spot = parse_spot(item)
        p = cards.get(spot.id)
        if p is not None and (p.lane_id, p.sort_key) != (spot.lane, spot.key):
            raise Conflict(
                _("“{title}” has been moved by someone else since; it stays there.", title=p.title)
            )


def _expect_card(p: Proposal, record: Mapping[str, Any], expected: Mapping[str, Any]) -> None:
    expect_fields(p, expected.get("fields"), _changed(p.title))
    entries = len(record["scores"]) + len(record["dot_votes"])
    if entries != int(expected.get("entries", entries)):
        raise Conflict(_("“{title}” has been voted on since; it stays.", title=p.title))


def card_fields(p: ProposalView | Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a card that an undo of its creation or deletion expects to find."""
    if isinstance(p, Mapping):
        return {f: p[f] for f in _CARD_FIELDS if f in p}
    return {f: getattr(p, f) for f in _CARD_FIELDS}


def _public_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """A deleted card's record without its entries' values (those are sealed)."""
    out = {k: v for k, v in record.items() if k not in ("scores", "dot_votes")}
    out["entries"] = len(record["scores"]) + len(record["dot_votes"])
    return out


def _sealed_record(record: Mapping[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], "scores": record["scores"], "dot_votes": record["dot_votes"]}


def _one_workshop(rows: Iterable[Proposal]) -> int:
    workshops = {p.workshop_id for p in rows}
    if len(workshops) > 1:
        raise ServiceError(
            _("Those cards belong to different workshops; act on one board at a time.")
        )
    return workshops.pop()


def _last_planned(s: Session, placer: Placer, lane_id: int) -> int | None:
    """The largest key in the lane counting the cards already planned into it."""
    from roadmap_desktop.services.lane_keys import last_key

    planned = [w.key for w in placer.landed.values() if w.lane == lane_id]
    current = last_key(s, lane_id, placer.moving)
    return max([k for k in (*planned, current) if k is not None], default=None)


def _id_list(ids: Iterable[int]) -> list[int]:
    try:
        out = [int(i) for i in ids]
    except (TypeError, ValueError) as exc:
        raise ServiceError(_("Cards are named by their ids (whole numbers).")) from exc
    if not out:
        raise ServiceError(_("Choose at least one card."))
    if len(set(out)) != len(out):
        raise ServiceError(_("The same card is listed twice; each card can only go to one place."))
    return out


def _index_placement(item: Placement) -> tuple[int, int, int]:
    try:
        if isinstance(item, Mapping):
            return int(item["id"]), int(item["lane"]), int(item["position"])
        pid, lane_id, position = item
        return int(pid), int(lane_id), int(position)
    except (KeyError, TypeError, ValueError) as exc:
        raise ServiceError(
            _("A place is a proposal, a lane and a position; {item} is not one.", item=repr(item))
        ) from exc


def _stamp(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse_stamp(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise ServiceError(_("{value} is not a time stamp.", value=repr(value))) from exc


def _restore_kept(s: Session, workshop_id: int, cards: Sequence[Mapping[str, Any]]) -> None:
    """Puts back what the store deleted with undeleted cards: links whose two proposals are
    both there again, notes (under their ids unless taken), places in settled ties."""
    present = set(
        s.exec(
            select(Proposal.id).where(
                Proposal.workshop_id == workshop_id,
                col(Proposal.id).in_(
                    [
                        int(x[k])
                        for c in cards
                        for x in c.get("links", ())
                        for k in ("proposal", "other")
                    ]
                ),
            )
        ).all()
    )
    links = {
        (int(x["proposal"]), int(x["other"])): str(x["kind"])
        for c in cards
        for x in c.get("links", ())
        if int(x["proposal"]) in present and int(x["other"]) in present
    }
    for (proposal, other), kind in links.items():
        if s.get(ProposalLink, (proposal, other)) is None:
            s.add(ProposalLink(proposal_id=proposal, other_id=other, kind=kind))
    notes = [(int(c["id"]), n) for c in cards for n in c.get("notes", ())]
    taken = set(
        s.exec(
            select(ProposalNote.id).where(
                col(ProposalNote.id).in_([int(n["id"]) for _p, n in notes])
            )
        ).all()
    )
    for proposal, n in notes:
        s.add(
            ProposalNote(
                id=None if int(n["id"]) in taken else int(n["id"]),
                proposal_id=proposal,
                author=str(n.get("author", "")),
                text=str(n["text"]),
                created_at=_parse_stamp(n.get("created_at")) or utc_now(),
            )
        )
    for c in cards:
        for t in c.get("ties", ()):
            if s.get(TieOrder, (workshop_id, int(t["round"]), int(c["id"]))) is None:
                s.add(
                    TieOrder(
                        workshop_id=workshop_id,
                        round_number=int(t["round"]),
                        proposal_id=int(c["id"]),
                        place=int(t["place"]),
                        reason=str(t["reason"]),
                        runoff_round=t.get("runoff_round"),
                        settled_at=_parse_stamp(t.get("settled_at")) or utc_now(),
                    )
                )


def _dump_rows(rows: Iterable[Any], fields: Sequence[str]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        item = {f: getattr(row, f) for f in fields}
        item["recorded_at"] = _stamp(item["recorded_at"])
        out.append(item)
    return out


def _reinsert(s: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    """Inserts score or dot rows back, keeping each old id unless another row has it now."""
    if not rows:
        return
    taken = set(
        s.exec(select(table.id).where(col(table.id).in_([int(r["id"]) for r in rows]))).all()
    )
    keep, fresh = [], []
    for row in rows:
        values = dict(row)
        values["recorded_at"] = _parse_stamp(values.get("recorded_at")) or utc_now()
        if int(values["id"]) in taken:
            del values["id"]
            fresh.append(values)
        else:
            keep.append(values)
    for batch in (keep, fresh):
        if batch:
            s.execute(insert(table), batch)
