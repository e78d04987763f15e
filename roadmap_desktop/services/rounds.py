"""Round use cases: open, time, close, reopen and reveal rounds; what a round covers; how far
its voting has got (counts only, never values).

A round covers every unarchived proposal (scope "all"), the cards of one lane when it opened
("lane") or a chosen few ("selection"). When a round over everything closes, the proposals
it covered are written down (round_proposal), so a card added or brought back later never
joins a closed or revealed round. Entries (scores and dots) are services/entries.py's.
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert
from sqlmodel import Session, col, select

from roadmap_desktop.domain.timer import as_utc, deadline_after
from roadmap_desktop.services.base import ServiceBase, missing
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import Conflict, NotFound, ServiceError
from roadmap_desktop.services.lane_keys import LIVE
from roadmap_desktop.services.rows import round_view
from roadmap_desktop.services.views import RoundView
from roadmap_desktop.store.tables import (
    DotVote,
    Lane,
    Proposal,
    Round,
    RoundProposal,
    Score,
    utc_now,
)
from roadmap_desktop.words import Message, _

_STATE = Affects.ROUNDS | Affects.ENTRIES


class RoundServices(ServiceBase):
    def open_round(
        self,
        workshop_id: int,
        *,
        method: str = "score",
        dots: int | None = None,
        lane_id: int | None = None,
        proposal_ids: Sequence[int] | None = None,
        minutes: float | None = None,
    ) -> Change:
        """Opens the next round; only one round is open at a time (the store holds that too).

        The round covers every unarchived proposal, or (lane_id) the cards of that lane as it
        opens, or (proposal_ids) a selection; RoundView.scope says which and round_scope
        lists them. method "dots" gives each director `dots` dots to spread. minutes starts
        a countdown (RoundView.deadline_at); the round still closes only when told to.
        discard_round(subject) undoes it while nobody has voted.
        """
        if method not in ("score", "dots"):
            raise ServiceError(
                _("A round scores criteria or spreads dots (got {value}).", value=repr(method))
            )
        if method == "dots" and (
            dots is None or isinstance(dots, bool) or not isinstance(dots, int) or dots < 1
        ):
            raise ServiceError(_("A dot-voting round needs at least one dot per director."))
        if method == "score" and dots is not None:
            raise ServiceError(_("Dots are for a dot-voting round; a scoring round has none."))
        if lane_id is not None and proposal_ids is not None:
            raise ServiceError(_("A round covers one lane or a selection of proposals, not both."))
        with self._write() as s:
            self._workshop(s, workshop_id)
            scope, covers = "all", []
            if lane_id is not None:
                scope, covers = "lane", self._lane_cards(s, workshop_id, lane_id)
            elif proposal_ids is not None:
                scope, covers = "selection", self._selection(s, workshop_id, proposal_ids)
            deadline = None if minutes is None else deadline_after(utc_now(), minutes)
            r = new_round(s, workshop_id, method, dots, scope=scope, deadline=deadline)
            if covers:
                s.execute(
                    insert(RoundProposal), [{"round_id": r.id, "proposal_id": p} for p in covers]
                )
            assert r.id is not None
            return self._commit(
                s,
                Change(
                    ChangeKind.ROUND_OPENED,
                    workshop_id,
                    _STATE,
                    subject=r.id,
                    rounds=(r.id,),
                    proposals=tuple(covers),
                    lanes=() if lane_id is None else (lane_id,),
                    detail={
                        "number": r.number,
                        "method": method,
                        "dots": dots,
                        "scope": scope,
                        "lane": lane_id,
                        "covers": len(covers) if covers else None,
                        "deadline_at": _stamp(deadline),
                    },
                ),
            )

    def discard_round(self, round_id: int) -> Change:
        """Removes an open round that nobody has voted in yet: the undo of open_round."""
        with self._write() as s:
            r = self._get(s, Round, round_id, "round")
            if r.status != "open":
                raise ServiceError(
                    _(
                        "Round {number} is revealed; only an open round can be discarded.",
                        number=r.number,
                    )
                    if r.status == "revealed"
                    else _(
                        "Round {number} is closed; only an open round can be discarded.",
                        number=r.number,
                    )
                )
            if _has_votes(s, round_id):
                raise ServiceError(
                    _(
                        "Round {number} already holds votes; close it instead of discarding it.",
                        number=r.number,
                    )
                )
            detail = {
                "number": r.number,
                "method": r.method,
                "dots": r.dots_per_participant,
                "scope": r.scope,
                "covers": sorted(scope_ids(s, r) or ()),
                "deadline_at": _stamp(r.deadline_at),
            }
            s.delete(r)
            return self._commit(
                s,
                Change(
                    ChangeKind.ROUND_DISCARDED,
                    r.workshop_id,
                    _STATE,
                    subject=round_id,
                    rounds=(round_id,),
                    detail=detail,
                ),
            )

    def set_round_timer(self, round_id: int, minutes: float | None) -> Change:
        """Starts (or restarts) the open round's countdown of `minutes` from now; None stops
        it. detail["old"] / detail["new"] hold the deadlines (ISO text or None), so
        set_round_deadline(round_id, detail["old"]) undoes it."""
        with self._write() as s:
            r = self._timed_round(s, round_id)
            deadline = None if minutes is None else deadline_after(utc_now(), minutes)
            return self._set_deadline(s, r, deadline)

    def set_round_deadline(
        self,
        round_id: int,
        deadline_at: datetime | str | None,
        *,
        expect: object = ...,
    ) -> Change:
        """Sets the open round's countdown to end at deadline_at (UTC if naive; ISO text
        accepted), or None for no countdown: the inverse of set_round_timer. expect (an
        undo's) is the deadline the round must still have."""
        deadline_at = _parse_moment(deadline_at)
        with self._write() as s:
            r = self._timed_round(s, round_id)
            if expect is not ...:
                current = None if r.deadline_at is None else as_utc(r.deadline_at)
                if current != _parse_moment(expect):
                    raise Conflict(
                        _(
                            "Round {number}'s countdown has been changed by someone else since; "
                            "theirs stays.",
                            number=r.number,
                        )
                    )
            return self._set_deadline(s, r, deadline_at)

    def close_round(self, round_id: int) -> Change:
        """Stops the voting; reopen_round(round_id) undoes it until the round is revealed.
        A round over every proposal writes down which ones it covered."""
        with self._write() as s:
            r = self._advance(s, round_id, "open", "closed")
            frozen = None
            if r.scope == "all":
                ids = s.exec(
                    select(Proposal.id).where(Proposal.workshop_id == r.workshop_id, LIVE)
                ).all()
                s.execute(delete(RoundProposal).where(RoundProposal.round_id == r.id))  # type: ignore[arg-type]
                if ids:
                    s.execute(
                        insert(RoundProposal), [{"round_id": r.id, "proposal_id": p} for p in ids]
                    )
                frozen = len(ids)
            done = self._commit(s, self._advanced(r, ChangeKind.ROUND_CLOSED, covered=frozen))
        self.store.safeguard("round-closed")
        return done

    def reopen_round(self, round_id: int) -> Change:
        """Opens a closed round again (the undo of close_round); refused while another round
        is open, and for a revealed round: a reveal cannot be undone."""
        with self._write() as s:
            r = self._get(s, Round, round_id, "round")
            if r.status == "revealed":
                raise ServiceError(
                    _(
                        "Round {number} has been revealed; a reveal cannot be undone, so the "
                        "round cannot be reopened. Open a new round to score again.",
                        number=r.number,
                    )
                )
            if r.status != "closed":
                raise ServiceError(_("Round {number} is already open.", number=r.number))
            still_open = s.exec(
                select(Round).where(Round.workshop_id == r.workshop_id, Round.status == "open")
            ).first()
            if still_open is not None:
                raise ServiceError(
                    _(
                        "Round {open} is open; close it before reopening round {number}.",
                        open=still_open.number,
                        number=r.number,
                    )
                )
            closed_at = r.closed_at
            r.status, r.closed_at = "open", None
            if r.scope == "all":  # open again over every proposal, as it began
                s.execute(delete(RoundProposal).where(RoundProposal.round_id == r.id))  # type: ignore[arg-type]
            s.add(r)
            return self._commit(
                s,
                Change(
                    ChangeKind.ROUND_REOPENED,
                    r.workshop_id,
                    _STATE,
                    subject=round_id,
                    rounds=(round_id,),
                    detail={"number": r.number, "closed_at": _stamp(closed_at)},
                ),
            )

    def reveal_round(self, round_id: int) -> Change:
        """Shows a closed round's values. A reveal cannot be undone: once the values have
        been on the projector, hiding them again would only pretend nobody saw them. There
        is deliberately no unreveal_round; to score again, open a new round."""
        with self._write() as s:
            r = self._advance(s, round_id, "closed", "revealed")
            revealed = self._advanced(r, ChangeKind.ROUND_REVEALED)
            done = self._commit(s, self._with_entries_digest(s, revealed))
        self.store.safeguard("round-revealed")
        return done

    # -- reading ------------------------------------------------------------------------

    def round_scope(self, round_id: int) -> set[int] | None:
        """The ids of the proposals the round covers; None when it covers every unarchived
        proposal of the workshop (an open round over everything)."""
        with self._read() as s:
            return scope_ids(s, self._get(s, Round, round_id, "round"))

    def round_by_number(self, workshop_id: int, number: int) -> RoundView:
        with self._read() as s:
            r = s.exec(
                select(Round).where(Round.workshop_id == workshop_id, Round.number == number)
            ).first()
            if r is None:
                raise NotFound(_("This workshop has no round {number}.", number=number))
            return round_view(r)

    def open_round_of(self, workshop_id: int) -> RoundView | None:
        """The workshop's open round, if one is open."""
        with self._read() as s:
            self._workshop(s, workshop_id)
            r = s.exec(
                select(Round).where(Round.workshop_id == workshop_id, Round.status == "open")
            ).first()
            return None if r is None else round_view(r)

    def round_progress(self, round_id: int) -> dict[int, int]:
        """Proposal id → how many participants have voted on it so far (scored at least one
        criterion, or given it a dot); never the values. Not for a dot round before its
        reveal: where the dots went is its result (voter_progress counts per director)."""
        with self._read() as s:
            r = self._get(s, Round, round_id, "round")
            if r.method == "dots" and r.status != "revealed":
                raise ServiceError(
                    _(
                        "Round {number} is a dot vote: how many voted on each proposal would "
                        "show where the dots went, so it stays hidden until the reveal.",
                        number=r.number,
                    )
                )
            table: Any = DotVote if r.method == "dots" else Score
            query = (
                select(table.proposal_id, func.count(func.distinct(table.participant_id)))
                .where(table.round_id == round_id)
                .group_by(table.proposal_id)
            )
            return {int(p): int(n) for p, n in s.exec(query).all()}

    # -- helpers ------------------------------------------------------------------------

    def _advance(self, s: Session, round_id: int, before: str, after: str) -> Round:
        r = self._get(s, Round, round_id, "round")
        if r.status != before:
            raise ServiceError(_cannot_advance(r.number, r.status, after))
        r.status = after
        if after == "closed":
            r.closed_at = utc_now()
        else:
            r.revealed_at = utc_now()
        s.add(r)
        return r

    @staticmethod
    def _advanced(r: Round, kind: ChangeKind, *, covered: int | None = None) -> Change:
        assert r.id is not None
        affects = _STATE | (Affects.RESULTS if kind is ChangeKind.ROUND_REVEALED else Affects.NONE)
        detail: dict[str, Any] = {"number": r.number}
        if covered is not None:
            detail["covered"] = covered
        return Change(kind, r.workshop_id, affects, subject=r.id, rounds=(r.id,), detail=detail)

    def _lane_cards(self, s: Session, workshop_id: int, lane_id: int) -> list[int]:
        lane = self._get(s, Lane, lane_id, "lane")
        self._owned(lane, workshop_id, "lane")
        cards = list(
            s.exec(
                select(Proposal.id)
                .where(Proposal.lane_id == lane_id, LIVE)
                .order_by(col(Proposal.sort_key))
            ).all()
        )
        if not cards:
            raise ServiceError(_("“{name}” holds no proposals to vote on.", name=lane.name))
        return [int(c) for c in cards if c is not None]  # (a primary key is never NULL)

    def _selection(self, s: Session, workshop_id: int, proposal_ids: Sequence[int]) -> list[int]:
        try:
            ids = list(dict.fromkeys(int(i) for i in proposal_ids))
        except (TypeError, ValueError) as exc:
            raise ServiceError(_("Proposals are named by their ids (whole numbers).")) from exc
        if not ids:
            raise ServiceError(_("Choose at least one proposal for the round."))
        rows = {p.id: p for p in s.exec(select(Proposal).where(col(Proposal.id).in_(ids))).all()}
        for pid in ids:
            if pid not in rows:
                raise NotFound(missing("proposal", pid))
            self._owned(rows[pid], workshop_id, "proposal")
            if rows[pid].archived:
                raise ServiceError(
                    _(
                        "“{title}” is archived; restore it before voting on it.",
                        title=rows[pid].title,
                    )
                )
        return ids

    def _timed_round(self, s: Session, round_id: int) -> Round:
        r = self._get(s, Round, round_id, "round")
        if r.status != "open":
            raise ServiceError(
                _(
                    "Round {number} is revealed; only an open round runs a countdown.",
                    number=r.number,
                )
                if r.status == "revealed"
                else _(
                    "Round {number} is closed; only an open round runs a countdown.",
                    number=r.number,
                )
            )
        return r

    def _set_deadline(self, s: Session, r: Round, deadline: datetime | None) -> Change:
        old = r.deadline_at
        r.deadline_at = deadline
        s.add(r)
        assert r.id is not None
        return self._commit(
            s,
            Change(
                ChangeKind.ROUND_TIMER,
                r.workshop_id,
                Affects.ROUNDS,
                subject=r.id,
                rounds=(r.id,),
                detail={"number": r.number, "old": _stamp(old), "new": _stamp(deadline)},
            ),
        )


# -- shared with the entry services ------------------------------------------------------------


def new_round(
    s: Session,
    workshop_id: int,
    method: str,
    dots: int | None,
    number: int | None = None,
    *,
    scope: str = "all",
    deadline: datetime | None = None,
) -> Round:
    """A new open round in the caller's write transaction; refused while another is open."""
    rounds = s.exec(select(Round).where(Round.workshop_id == workshop_id)).all()
    still_open = [r for r in rounds if r.status == "open"]
    if still_open:
        raise ServiceError(
            _(
                "Round {number} is still open; close it before opening another.",
                number=still_open[0].number,
            )
        )
    if number is None:
        number = max((r.number for r in rounds), default=0) + 1
    if number < 1:
        raise ServiceError(_("Rounds are numbered from 1 (got {value}).", value=number))
    r = Round(
        workshop_id=workshop_id,
        number=number,
        method=method,
        dots_per_participant=dots,
        scope=scope,
        deadline_at=deadline,
    )
    s.add(r)
    s.flush()
    return r


def scope_ids(s: Session, r: Round) -> set[int] | None:
    """The proposals a round covers; None for an open round over everything (and for a
    closed round over everything from a store older than schema 0004)."""
    if r.scope == "all" and r.status == "open":
        return None
    query = select(RoundProposal.proposal_id).where(RoundProposal.round_id == r.id)
    ids = {int(i) for i in s.exec(query).all()}
    if not ids and r.scope == "all":
        return None
    return ids


def _cannot_advance(number: int, status: str, after: str) -> Message:
    """Round number, being status, cannot become after ("closed" or "revealed")."""
    if after == "closed":
        if status == "revealed":
            return _("Round {number} is revealed; only an open round can be closed.", number=number)
        return _("Round {number} is closed; only an open round can be closed.", number=number)
    if status == "open":
        return _("Round {number} is open; only a closed round can be revealed.", number=number)
    return _("Round {number} is revealed; only a closed round can be revealed.", number=number)


def _has_votes(s: Session, round_id: int) -> bool:
    return any(
        s.exec(select(table.id).where(table.round_id == round_id).limit(1)).first() is not None
        for table in (Score, DotVote)
    )


def _parse_moment(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError as exc:
            raise ServiceError(_("{value} is not a time.", value=repr(value))) from exc
    if not isinstance(value, datetime):
        raise ServiceError(_("{value} is not a time.", value=repr(value)))
    return as_utc(value)


def _stamp(moment: datetime | None) -> str | None:
    return None if moment is None else as_utc(moment).isoformat()
