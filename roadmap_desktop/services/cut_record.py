"""The cut line applied to the board: moving its proposals onto the Roadmap lane and
recording which round, rule and proposals it came from, in one transaction; and the
roadmap compared with it, for the packet's "does the roadmap equal the cut?"."""

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, update
from sqlmodel import Session, col, select

from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.board import Placement, moved_in, placed_in
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import Conflict, ServiceError
from roadmap_desktop.services.views import AppliedCut, CutComparison, CutLineView
from roadmap_desktop.store.tables import CutProposal, Lane, Proposal, Workshop, utc_now
from roadmap_desktop.words import _

CUT_RULES = ("top", "quota")


def applied_cut(s: Session, ws: Workshop) -> AppliedCut | None:
    """The workshop's last applied cut line, as the store holds it."""
    if not ws.cut_rule or ws.cut_round is None:
        return None
    ids = s.exec(
        select(CutProposal.proposal_id)
        .where(CutProposal.workshop_id == ws.id)
        .order_by(col(CutProposal.position))
    ).all()
    return AppliedCut(ws.cut_round, ws.cut_rule, ws.cut_top, tuple(ids), ws.cut_applied_at)


def cut_record(cut: AppliedCut | None) -> dict[str, Any] | None:
    """An applied cut as the JSON an undo command keeps (and place_cut_line takes)."""
    if cut is None:
        return None
    return {
        "round": cut.round,
        "rule": cut.rule,
        "top": cut.top,
        "selected": list(cut.selected),
        "applied_at": cut.applied_at.isoformat() if cut.applied_at else None,
    }


def _parse_cut(record: Mapping[str, Any] | None) -> AppliedCut | None:
    if record is None:
        return None
    try:
        rule = str(record["rule"])
        if rule not in CUT_RULES:
            raise ValueError(rule)
        top = record.get("top")
        stamp = record.get("applied_at")
        return AppliedCut(
            round=int(record["round"]),
            rule=rule,
            top=None if top is None else int(top),
            selected=tuple(int(p) for p in record["selected"]),
            applied_at=datetime.fromisoformat(stamp) if stamp else None,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ServiceError(_("Not a cut line record: {record}.", record=repr(record))) from exc


_CUT = CutProposal.__table__  # type: ignore[attr-defined]
_WORKSHOP = Workshop.__table__  # type: ignore[attr-defined]


def _read_cut(conn: Connection, workshop_id: int) -> AppliedCut | None:
    row = conn.execute(
        select(_WORKSHOP.c.cut_round, _WORKSHOP.c.cut_rule, _WORKSHOP.c.cut_top)
        .add_columns(_WORKSHOP.c.cut_applied_at)
        .where(_WORKSHOP.c.id == workshop_id)
    ).one()
    if not row.cut_rule or row.cut_round is None:
        return None
    ids = conn.execute(
        select(_CUT.c.proposal_id)
        .where(_CUT.c.workshop_id == workshop_id)
        .order_by(_CUT.c.position)
    ).scalars()
    return AppliedCut(row.cut_round, row.cut_rule, row.cut_top, tuple(ids), row.cut_applied_at)


def _with_cut(
    conn: Connection, moved: Change, cut: AppliedCut | None, kind: ChangeKind | None = None
) -> Change:
    """Writes the cut record in the move's own transaction; the move's Change with the old
    and new records in its detail."""
    workshop_id = moved.workshop_id
    assert workshop_id is not None  # a move always names its workshop
    old = _read_cut(conn, workshop_id)
    if cut is not None and cut.selected:
        known = set(
            conn.execute(
                select(Proposal.id).where(
                    Proposal.workshop_id == workshop_id, col(Proposal.id).in_(cut.selected)
                )
            ).scalars()
        )
        if any(p not in known for p in cut.selected):
            raise Conflict(_("A proposal of that cut line has been deleted since."))
    conn.execute(delete(_CUT).where(_CUT.c.workshop_id == workshop_id))
    conn.execute(
        update(_WORKSHOP)
        .where(_WORKSHOP.c.id == workshop_id)
        .values(
            cut_round=cut.round if cut else None,
            cut_rule=cut.rule if cut else "",
            cut_top=cut.top if cut else None,
            cut_applied_at=cut.applied_at if cut else None,
        )
    )
    if cut is not None and cut.selected:
        conn.execute(
            insert(_CUT),
            [
                {"workshop_id": workshop_id, "proposal_id": p, "position": i}
                for i, p in enumerate(cut.selected)
            ],
        )
    return Change(
        kind or moved.kind,
        workshop_id,
        moved.affects | Affects.SETTINGS,
        proposals=moved.proposals,
        lanes=moved.lanes,
        detail={**moved.detail, "cut": {"old": cut_record(old), "new": cut_record(cut)}},
    )


class CutRecordServices(ServiceBase):
    def apply_cut_line(self, line: CutLineView, position: int = 0) -> Change:
        """Moves the cut line's proposals together into the Roadmap lane from `position`, in
        rank order, and records the cut (its round, rule, N and proposals): one transaction,
        one change. detail["from"] and ["to"] are the cards' places (as move_proposals),
        detail["cut"] the old and new records: place_cut_line(detail["from"],
        detail["cut"]["old"], expect=detail["to"]) undoes it."""
        if line.roadmap_lane_id is None:
            raise ServiceError(_("This workshop has no Roadmap lane to apply the cut line to."))
        if not line.selected:
            raise ServiceError(_("No proposal is above the cut line."))
        new = AppliedCut(line.round.number, line.rule, line.top, tuple(line.selected), utc_now())
        ids = [int(p) for p in line.selected]
        with self._write_fast() as conn:
            moved = moved_in(conn, ids, line.roadmap_lane_id, position, ChangeKind.CUT_LINE_APPLIED)
            return self._commit(conn, _with_cut(conn, moved, new))

    def place_cut_line(
        self,
        placements: Sequence[Placement],
        cut: Mapping[str, Any] | None,
        *,
        expect: Sequence[Mapping[str, Any]] | None = None,
    ) -> Change:
        """Puts the cards at their places (as place_proposals) and the cut record back to
        `cut` (None: no cut applied), as one change: the undo and redo of apply_cut_line."""
        record = _parse_cut(cut)
        with self._write_fast() as conn:
            placed = placed_in(conn, placements, expect)
            return self._commit(conn, _with_cut(conn, placed, record, ChangeKind.CUT_LINE_PLACED))

    def roadmap_vs_cut(self, workshop_id: int) -> CutComparison:
        """The Roadmap lane's cards against the last applied cut line: which were added by
        hand and which the cut selected are no longer there."""
        with self._read() as s:
            ws = self._workshop(s, workshop_id)
            cut = applied_cut(s, ws)
            lane = s.exec(
                select(Lane.id)
                .where(Lane.workshop_id == workshop_id, Lane.kind == "roadmap")
                .order_by(col(Lane.position))
            ).first()
            if cut is None:
                return CutComparison(None, lane)
            on_roadmap = (
                [
                    int(p or 0)
                    for p in s.exec(
                        select(Proposal.id)
                        .where(Proposal.lane_id == lane, col(Proposal.archived).is_(False))
                        .order_by(col(Proposal.sort_key))
                    ).all()
                ]
                if lane is not None
                else []
            )
            chosen = set(cut.selected)
            here = set(on_roadmap)
            return CutComparison(
                cut,
                lane,
                added=tuple(p for p in on_roadmap if p not in chosen),
                removed=tuple(p for p in cut.selected if p not in here),
            )
