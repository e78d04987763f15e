"""Ties settled in the app: the facilitator orders proposals that share a score in a revealed
round, by hand with a written reason or by a runoff round's result, and the ranking, the cut
line and the packet follow that order.

A settlement is rows of tie_order (workshop, round, proposal → place, reason, runoff round).
Each change's detail holds what its inverse needs: place_tie_order(workshop, round,
detail["proposals"], detail["old"], expect=detail["new"]) undoes settle_tie.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from roadmap_desktop.domain.ranking import TIE_DECIMALS
from roadmap_desktop.domain.rules import clean_text
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import Conflict, ServiceError
from roadmap_desktop.services.results import ResultServices
from roadmap_desktop.store.tables import TieOrder, utc_now
from roadmap_desktop.words import _


@dataclass(frozen=True, slots=True)
class TieOrderView:
    """One proposal's place in a settled tie of a round."""

    round_number: int
    proposal_id: int
    place: int
    reason: str
    runoff_round: int | None
    settled_at: datetime


def _row(t: TieOrder) -> dict[str, Any]:
    return {
        "proposal": t.proposal_id,
        "place": t.place,
        "reason": t.reason,
        "runoff_round": t.runoff_round,
        "settled_at": t.settled_at.isoformat(),
    }


def _rows_of(
    s: Session, workshop_id: int, number: int, proposals: Sequence[int]
) -> list[dict[str, Any]]:
    found = s.exec(
        select(TieOrder)
        .where(
            TieOrder.workshop_id == workshop_id,
            TieOrder.round_number == number,
            col(TieOrder.proposal_id).in_(list(proposals)),
        )
        .order_by(col(TieOrder.place), col(TieOrder.proposal_id))
    ).all()
    return [_row(t) for t in found]


class TieServices(ResultServices):
    def settle_tie(
        self,
        workshop_id: int,
        round_number: int,
        order: Sequence[int],
        reason: str,
        *,
        runoff_round: int | None = None,
    ) -> Change:
        """Orders proposals that share a score in revealed round round_number: order[0]
        first. The reason is printed in the packet; runoff_round names the round whose
        result settled it, if one did. Refused unless the proposals really tie there (the
        check reads the round inside this write)."""
        ids = [int(p) for p in order]
        if len(ids) < 2 or len(set(ids)) != len(ids):
            raise ServiceError(_("Settling a tie orders two or more different proposals."))
        with self._write() as s:
            text = clean_text(reason)
            if not text:
                raise ServiceError(_("Settling a tie by hand needs a written reason."))
            ranking = self._ranking(s, workshop_id, round_number, settled=False)
            scores = {r.proposal: r.result.score for r in ranking.ranked}
            if any(scores.get(p) is None for p in ids):
                raise ServiceError(_("Only scored proposals of that round can tie."))
            if len({round(scores[p], TIE_DECIMALS) for p in ids}) != 1:  # type: ignore[arg-type]
                raise Conflict(_("Those proposals do not share a score in that round."))
            old = _rows_of(s, workshop_id, round_number, ids)
            now = utc_now()
            new = [
                {
                    "proposal": p,
                    "place": place,
                    "reason": text,
                    "runoff_round": runoff_round,
                    "settled_at": now.isoformat(),
                }
                for place, p in enumerate(ids, start=1)
            ]
            self._place(s, workshop_id, round_number, ids, new)
            return self._commit(
                s,
                Change(
                    ChangeKind.TIE_SETTLED,
                    workshop_id,
                    Affects.RESULTS,
                    subject=workshop_id,
                    proposals=tuple(ids),
                    detail={"round": round_number, "proposals": ids, "old": old, "new": new},
                ),
            )

    def place_tie_order(
        self,
        workshop_id: int,
        round_number: int,
        proposals: Sequence[int],
        rows: Sequence[Mapping[str, Any]],
        *,
        expect: Sequence[Mapping[str, Any]] | None = None,
    ) -> Change:
        """Makes the settlement of these proposals in the round exactly `rows` (none: not
        settled): the undo and redo of settle_tie. With expect, refused (Conflict) when the
        store no longer holds those rows."""
        ids = [int(p) for p in proposals]
        with self._write() as s:
            self._workshop(s, workshop_id)
            now = _rows_of(s, workshop_id, round_number, ids)
            if expect is not None and now != list(expect):
                raise Conflict(
                    _("That tie has been settled again by someone else since; their order stays.")
                )
            self._place(s, workshop_id, round_number, ids, rows)
            return self._commit(
                s,
                Change(
                    ChangeKind.TIE_PLACED,
                    workshop_id,
                    Affects.RESULTS,
                    subject=workshop_id,
                    proposals=tuple(ids),
                    detail={"round": round_number, "proposals": ids, "old": now, "new": list(rows)},
                ),
            )

    @staticmethod
    def _place(
        s: Session,
        workshop_id: int,
        number: int,
        ids: Sequence[int],
        rows: Sequence[Mapping[str, Any]],
    ) -> None:
        for old in s.exec(
            select(TieOrder).where(
                TieOrder.workshop_id == workshop_id,
                TieOrder.round_number == number,
                col(TieOrder.proposal_id).in_(list(ids)),
            )
        ).all():
            s.delete(old)
        s.flush()
        for row in rows:
            s.add(
                TieOrder(
                    workshop_id=workshop_id,
                    round_number=number,
                    proposal_id=int(row["proposal"]),
                    place=int(row["place"]),
                    reason=str(row["reason"]),
                    runoff_round=row.get("runoff_round"),
                    settled_at=datetime.fromisoformat(str(row["settled_at"])),
                )
            )

    def settle_from_runoff(
        self, workshop_id: int, round_number: int, runoff_round: int, proposals: Sequence[int]
    ) -> Change:
        """Settles the tie of `proposals` in round_number by revealed round runoff_round's
        ranking of them (refused when the runoff ties them too)."""
        runoff = self.results(workshop_id, runoff_round)
        rows = {r.proposal_id: r for r in runoff.rows}
        missing = [p for p in proposals if p not in rows or rows[p].rank is None]
        if missing:
            raise ServiceError(
                _("Round {number} did not score every tied proposal.", number=runoff_round)
            )
        place = {r.proposal_id: i for i, r in enumerate(runoff.rows)}
        order = sorted(proposals, key=place.__getitem__)
        ranks = [rows[p].rank for p in order]
        if len(set(ranks)) != len(ranks):
            raise ServiceError(_("The runoff (round {number}) tied them too.", number=runoff_round))
        return self.settle_tie(
            workshop_id,
            round_number,
            order,
            str(_("Settled by the runoff, round {number}.", number=runoff_round)),
            runoff_round=runoff_round,
        )

    def tie_orders(self, workshop_id: int, round_number: int | None = None) -> list[TieOrderView]:
        """The settled ties of a round (every round: None), by round, then place."""
        with self._read() as s:
            query = select(TieOrder).where(TieOrder.workshop_id == workshop_id)
            if round_number is not None:
                query = query.where(TieOrder.round_number == round_number)
            found = s.exec(
                query.order_by(
                    col(TieOrder.round_number), col(TieOrder.reason), col(TieOrder.place)
                )
            ).all()
            return [
                TieOrderView(
                    t.round_number, t.proposal_id, t.place, t.reason, t.runoff_round, t.settled_at
                )
                for t in found
            ]
