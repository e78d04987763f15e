"""Round use cases: open, time, close and reveal rounds; record, clear and import scores;
spread dots.

Values of a round stay inside the store until it is revealed: before that, services say how
many have voted (round_progress), never what they gave — with one deliberate exception,
entered_scores / entered_dots, which feed the facilitator's own entry grid on the laptop.

A round covers every unarchived proposal (scope "all"), the cards of one lane when it opened
("lane") or a chosen few ("selection"); scores and dots for anything else are refused.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from roadmap_desktop.domain import rules
from roadmap_desktop.domain.timer import as_utc, deadline_after
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.changes import Change
from roadmap_desktop.services.errors import NotFound, ServiceError
from roadmap_desktop.services.rows import round_view
from roadmap_desktop.services.views import RoundView
from roadmap_desktop.store.tables import (
    Criterion,
    DotVote,
    Lane,
    Participant,
    Proposal,
    Round,
    RoundProposal,
    Score,
    utc_now,
)


@dataclass(frozen=True, slots=True)
class ScoreEntry:
    """One score to import, already resolved to ids."""

    participant_id: int
    proposal_id: int
    criterion_id: int
    value: int


_ARTICLE = {"open": "an", "closed": "a"}


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
        """Opens the next round; only one round is open at a time.

        The round covers every unarchived proposal, or (lane_id) the cards of that lane as it
        opens, or (proposal_ids) a selection; RoundView.scope says which and round_scope
        lists them. method "dots" gives each director `dots` dots to spread. minutes starts
        a countdown (RoundView.deadline_at); the round still closes only when told to.
        discard_round(subject) undoes it while nobody has voted.
        """
        if method not in ("score", "dots"):
            raise ServiceError(f"A round scores criteria or spreads dots (got {method!r}).")
        if method == "dots" and (
            dots is None or isinstance(dots, bool) or not isinstance(dots, int) or dots < 1
        ):
            raise ServiceError("A dot-voting round needs at least one dot per director.")
        if method == "score" and dots is not None:
            raise ServiceError("Dots are for a dot-voting round; a scoring round has none.")
        if lane_id is not None and proposal_ids is not None:
            raise ServiceError("A round covers one lane or a selection of proposals, not both.")
        with self._session() as s:
            self._workshop(s, workshop_id)
            scope, covers = "all", []
            if lane_id is not None:
                scope, covers = "lane", self._lane_cards(s, workshop_id, lane_id)
            elif proposal_ids is not None:
                scope, covers = "selection", self._selection(s, workshop_id, proposal_ids)
            deadline = None if minutes is None else deadline_after(utc_now(), minutes)
            r = self._new_round(s, workshop_id, method, dots, scope=scope, deadline=deadline)
            if covers:
                s.execute(
                    insert(RoundProposal), [{"round_id": r.id, "proposal_id": p} for p in covers]
                )
            assert r.id is not None
            return self._commit(
                s,
                Change(
                    "round.opened",
                    workshop_id,
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
        with self._session() as s:
            r = self._get(s, Round, round_id, "round")
            if r.status != "open":
                raise ServiceError(
                    f"Round {r.number} is {r.status}; only an open round can be discarded."
                )
            if self._has_votes(s, round_id):
                raise ServiceError(
                    f"Round {r.number} already holds votes; close it instead of discarding it."
                )
            detail = {
                "number": r.number,
                "method": r.method,
                "dots": r.dots_per_participant,
                "scope": r.scope,
                "covers": sorted(self._scope_ids(s, r) or ()),
                "deadline_at": _stamp(r.deadline_at),
            }
            s.delete(r)
            return self._commit(
                s,
                Change(
                    "round.discarded",
                    r.workshop_id,
                    subject=round_id,
                    rounds=(round_id,),
                    detail=detail,
                ),
            )

    def set_round_timer(self, round_id: int, minutes: float | None) -> Change:
        """Starts (or restarts) the open round's countdown of `minutes` from now; None stops
        it. detail["old"] / detail["new"] hold the deadlines (ISO text or None), so
        set_round_deadline(round_id, detail["old"]) undoes it."""
        with self._session() as s:
            r = self._timed_round(s, round_id)
            deadline = None if minutes is None else deadline_after(utc_now(), minutes)
            return self._set_deadline(s, r, deadline)

    def set_round_deadline(self, round_id: int, deadline_at: datetime | str | None) -> Change:
        """Sets the open round's countdown to end at deadline_at (UTC if naive; ISO text
        accepted), or None for no countdown: the inverse of set_round_timer."""
        if isinstance(deadline_at, str):
            try:
                deadline_at = datetime.fromisoformat(deadline_at)
            except ValueError as exc:
                raise ServiceError(f"{deadline_at!r} is not a time.") from exc
        with self._session() as s:
            r = self._timed_round(s, round_id)
            return self._set_deadline(s, r, None if deadline_at is None else as_utc(deadline_at))

    def close_round(self, round_id: int) -> Change:
        """Stops the voting; reopen_round(round_id) undoes it until the round is revealed."""
        return self._advance(round_id, "open", "closed")

    def reopen_round(self, round_id: int) -> Change:
        """Opens a closed round again (the undo of close_round); refused while another round
        is open, and for a revealed round: a reveal cannot be undone."""
        with self._session() as s:
            r = self._get(s, Round, round_id, "round")
            if r.status == "revealed":
                raise ServiceError(
                    f"Round {r.number} has been revealed; a reveal cannot be undone, so the "
                    "round cannot be reopened. Open a new round to score again."
                )
            if r.status != "closed":
                raise ServiceError(f"Round {r.number} is already open.")
            still_open = s.exec(
                select(Round).where(Round.workshop_id == r.workshop_id, Round.status == "open")
            ).first()
            if still_open is not None:
                raise ServiceError(
                    f"Round {still_open.number} is open; close it before reopening "
                    f"round {r.number}."
                )
            closed_at = r.closed_at
            r.status, r.closed_at = "open", None
            s.add(r)
            return self._commit(
                s,
                Change(
                    "round.reopened",
                    r.workshop_id,
                    subject=round_id,
                    rounds=(round_id,),
                    detail={"number": r.number, "closed_at": _stamp(closed_at)},
                ),
            )

    def reveal_round(self, round_id: int) -> Change:
        """Shows a closed round's values. A reveal cannot be undone: once the values have
        been on the projector, hiding them again would only pretend nobody saw them. There
        is deliberately no unreveal_round; to score again, open a new round."""
        return self._advance(round_id, "closed", "revealed")

    def round_scope(self, round_id: int) -> set[int] | None:
        """The ids of the proposals the round covers; None when it covers every unarchived
        proposal of the workshop (scope "all")."""
        with self._session() as s:
            return self._scope_ids(s, self._get(s, Round, round_id, "round"))

    def round_by_number(self, workshop_id: int, number: int) -> RoundView:
        with self._session() as s:
            r = s.exec(
                select(Round).where(Round.workshop_id == workshop_id, Round.number == number)
            ).first()
            if r is None:
                raise NotFound(f"This workshop has no round {number}.")
            return round_view(r)

    def round_progress(self, round_id: int) -> dict[int, int]:
        """Proposal id → how many participants have voted on it so far (scored at least one
        criterion, or given it a dot); never the values."""
        with self._session() as s:
            r = self._get(s, Round, round_id, "round")
            table: Any = DotVote if r.method == "dots" else Score
            query = (
                select(table.proposal_id, func.count(func.distinct(table.participant_id)))
                .where(table.round_id == round_id)
                .group_by(table.proposal_id)
            )
            return dict(s.exec(query).all())  # type: ignore[arg-type]

    def entered_scores(
        self,
        round_id: int,
        *,
        proposal_id: int | None = None,
        participant_id: int | None = None,
    ) -> dict[tuple[int, int, int], int]:
        """(participant, proposal, criterion) → value of the round's scores so far, optionally
        of one proposal and/or one participant.

        The ONE deliberate read of values before the reveal: it feeds the facilitator's entry
        grid on the laptop, so a typed ballot can be checked and corrected. Nothing meant for
        the projector, the presenter view or the ballot server may call it; they get
        round_progress (counts only) until the round is revealed.
        """
        with self._session() as s:
            self._get(s, Round, round_id, "round")
            query = select(
                Score.participant_id, Score.proposal_id, Score.criterion_id, Score.value
            ).where(Score.round_id == round_id)
            if proposal_id is not None:
                query = query.where(Score.proposal_id == proposal_id)
            if participant_id is not None:
                query = query.where(Score.participant_id == participant_id)
            return {(a, b, c): v for a, b, c, v in s.exec(query).all()}

    def record_score(
        self, round_id: int, participant_id: int, proposal_id: int, criterion_id: int, value: int
    ) -> Change:
        """Records (or replaces) one score in an open round; detail["previous"] holds the value
        it replaced (None: there was none), so record_score(…, previous) or clear_score undoes
        it."""
        with self._session() as s:
            r = self._open_score_round(s, round_id)
            participant, proposal, criterion = self._score_key(
                s, r.workshop_id, participant_id, proposal_id, criterion_id
            )
            self._check_in_scope(s, r, proposal)
            rules.check_score(value, criterion.scale_min, criterion.scale_max, criterion.name)
            existing = s.exec(
                select(Score).where(
                    Score.round_id == round_id,
                    Score.proposal_id == proposal_id,
                    Score.participant_id == participant_id,
                    Score.criterion_id == criterion_id,
                )
            ).first()
            previous = existing.value if existing else None
            if existing is None:
                existing = Score(
                    round_id=round_id,
                    proposal_id=proposal_id,
                    participant_id=participant_id,
                    criterion_id=criterion_id,
                    value=value,
                )
            else:
                existing.value, existing.recorded_at = value, utc_now()
            s.add(existing)
            return self._commit(
                s,
                Change(
                    "score.recorded",
                    r.workshop_id,
                    subject=proposal_id,
                    proposals=(proposal_id,),
                    rounds=(round_id,),
                    detail={
                        "participant": participant.id,
                        "criterion": criterion.id,
                        "value": value,
                        "previous": previous,
                    },
                ),
            )

    def clear_score(
        self, round_id: int, participant_id: int, proposal_id: int, criterion_id: int
    ) -> Change:
        """Removes one score of an open round; detail["previous"] holds its value."""
        with self._session() as s:
            r = self._open_score_round(s, round_id)
            existing = s.exec(
                select(Score).where(
                    Score.round_id == round_id,
                    Score.proposal_id == proposal_id,
                    Score.participant_id == participant_id,
                    Score.criterion_id == criterion_id,
                )
            ).first()
            if existing is None:
                raise ServiceError("There is no score there to clear.")
            previous = existing.value
            s.delete(existing)
            return self._commit(
                s,
                Change(
                    "score.cleared",
                    r.workshop_id,
                    subject=proposal_id,
                    proposals=(proposal_id,),
                    rounds=(round_id,),
                    detail={
                        "participant": participant_id,
                        "criterion": criterion_id,
                        "previous": previous,
                    },
                ),
            )

    def set_scores(
        self, round_id: int, values: Mapping[tuple[int, int, int], int | None]
    ) -> Change:
        """Sets many scores of an open scoring round at once, all or nothing:
        (participant, proposal, criterion) → value, or None to clear that score.
        detail["previous"] lists [participant, proposal, criterion, old value or None], so
        set_scores(round_id, {(p, q, c): old for p, q, c, old in previous}) undoes it — e.g.
        the undo of a batch of paper ballots in one step."""
        with self._session() as s:
            r = self._open_score_round(s, round_id)
            people = self._workshop_rows(s, Participant, r.workshop_id)
            items = self._workshop_rows(s, Proposal, r.workshop_id)
            criteria = self._workshop_rows(s, Criterion, r.workshop_id)
            scope = self._scope_ids(s, r)
            existing = {
                (sc.participant_id, sc.proposal_id, sc.criterion_id): sc
                for sc in s.exec(select(Score).where(Score.round_id == round_id))
            }
            previous: list[list[int | None]] = []
            fresh: list[dict[str, object]] = []
            for key, value in values.items():
                p, q, c = (int(x) for x in key)
                participant, proposal, criterion = people.get(p), items.get(q), criteria.get(c)
                if participant is None or proposal is None or criterion is None:
                    raise ServiceError(
                        "A score names a participant, proposal or criterion that is not in "
                        "this workshop."
                    )
                if participant.role == "observer":
                    raise ServiceError(f"{participant.name} is an observer; observers do not vote.")
                if scope is not None and q not in scope:
                    raise ServiceError(_outside(proposal.title, r.number))
                row = existing.get((p, q, c))
                previous.append([p, q, c, None if row is None else row.value])
                if value is None:
                    if row is not None:
                        s.delete(row)
                    continue
                rules.check_score(value, criterion.scale_min, criterion.scale_max, criterion.name)
                if row is None:
                    fresh.append(
                        {
                            "round_id": round_id,
                            "participant_id": p,
                            "proposal_id": q,
                            "criterion_id": c,
                            "value": value,
                            "recorded_at": utc_now(),
                        }
                    )
                else:
                    row.value, row.recorded_at = value, utc_now()
                    s.add(row)
            if fresh:
                s.execute(insert(Score), fresh)
            return self._commit(
                s,
                Change(
                    "scores.set",
                    r.workshop_id,
                    subject=round_id,
                    rounds=(round_id,),
                    proposals=tuple(sorted({int(k[1]) for k in values})),
                    detail={"round": r.number, "count": len(values), "previous": previous},
                ),
            )

    def import_scores(
        self,
        workshop_id: int,
        entries: Sequence[ScoreEntry],
        *,
        round_number: int | None = None,
        reveal: bool = False,
        source: str = "",
    ) -> Change:
        """Records many scores at once, all or nothing, in round_number (created if missing,
        covering every proposal; default: a new round). An open round takes the scores only
        for proposals it covers. reveal closes and reveals the round in the same
        transaction."""
        with self._session() as s:
            self._workshop(s, workshop_id)
            r = None
            if round_number is not None:
                r = s.exec(
                    select(Round).where(
                        Round.workshop_id == workshop_id, Round.number == round_number
                    )
                ).first()
            if r is None:
                r = self._new_round(s, workshop_id, "score", None, number=round_number)
            elif r.status != "open":
                raise ServiceError(
                    f"Round {r.number} is {r.status}; scores can only go into an open round."
                )
            elif r.method != "score":
                raise ServiceError(f"Round {r.number} is a dot-voting round, not a scoring round.")
            assert r.id is not None
            participants = {
                p.id: p
                for p in s.exec(select(Participant).where(Participant.workshop_id == workshop_id))
            }
            proposals = {
                p.id: p.title
                for p in s.exec(select(Proposal).where(Proposal.workshop_id == workshop_id))
            }
            scope = self._scope_ids(s, r)
            criteria = {
                c.id: c
                for c in s.exec(select(Criterion).where(Criterion.workshop_id == workshop_id))
            }
            existing = {
                (sc.participant_id, sc.proposal_id, sc.criterion_id): sc
                for sc in s.exec(select(Score).where(Score.round_id == r.id))
            }
            fresh: list[dict[str, object]] = []
            replaced = 0
            for e in entries:
                participant = participants.get(e.participant_id)
                criterion = criteria.get(e.criterion_id)
                if participant is None or criterion is None or e.proposal_id not in proposals:
                    raise ServiceError(
                        "A score names a participant, proposal or criterion of another workshop."
                    )
                if participant.role == "observer":
                    raise ServiceError(
                        f"{participant.name} is an observer; observers do not score."
                    )
                if scope is not None and e.proposal_id not in scope:
                    raise ServiceError(_outside(proposals[e.proposal_id], r.number))
                rules.check_score(e.value, criterion.scale_min, criterion.scale_max, criterion.name)
                key = (e.participant_id, e.proposal_id, e.criterion_id)
                if key in existing:
                    existing[key].value = e.value
                    s.add(existing[key])
                    replaced += 1
                else:
                    fresh.append(
                        {
                            "round_id": r.id,
                            "participant_id": e.participant_id,
                            "proposal_id": e.proposal_id,
                            "criterion_id": e.criterion_id,
                            "value": e.value,
                            "recorded_at": utc_now(),
                        }
                    )
            if fresh:
                s.execute(insert(Score), fresh)
            if reveal:
                now = utc_now()
                r.status, r.closed_at, r.revealed_at = "revealed", r.closed_at or now, now
                s.add(r)
            return self._commit(
                s,
                Change(
                    "scores.imported",
                    workshop_id,
                    subject=r.id,
                    rounds=(r.id,),
                    proposals=tuple(sorted({e.proposal_id for e in entries})),
                    detail={
                        "round": r.number,
                        "count": len(entries),
                        "replaced": replaced,
                        "revealed": reveal,
                        "source": source,
                    },
                ),
            )

    # -- dot voting ----------------------------------------------------------------------

    def record_dots(
        self, round_id: int, participant_id: int, proposal_id: int, dots: int
    ) -> Change:
        """Sets how many dots a participant puts on a proposal in an open dot-voting round;
        0 takes them all back. Refused if the participant's dots in the round would exceed
        the round's dots per participant. detail["previous"] holds the dots it replaced
        (0: none), so record_dots(…, previous) undoes it."""
        if isinstance(dots, bool) or not isinstance(dots, int) or dots < 0:
            raise ServiceError(f"Dots are counted in whole numbers from 0 (got {dots!r}).")
        with self._session() as s:
            r = self._get(s, Round, round_id, "round")
            if r.status != "open":
                raise ServiceError(
                    f"Round {r.number} is {r.status}; dots can only be given in an open round."
                )
            if r.method != "dots":
                raise ServiceError(f"Round {r.number} scores criteria; it takes no dots.")
            participant, proposal = self._voter_and_proposal(
                s, r.workshop_id, participant_id, proposal_id
            )
            self._check_in_scope(s, r, proposal)
            existing = s.exec(
                select(DotVote).where(
                    DotVote.round_id == round_id,
                    DotVote.proposal_id == proposal_id,
                    DotVote.participant_id == participant_id,
                )
            ).first()
            previous = existing.dots if existing else 0
            if dots == 0 and existing is None:
                raise ServiceError("There are no dots there to take back.")
            allowed = r.dots_per_participant or 0
            elsewhere = self._dots_given(s, round_id, participant_id) - previous
            if elsewhere + dots > allowed:
                left = max(allowed - elsewhere, 0)
                raise ServiceError(
                    f"{participant.name} has {left} of {allowed} dots left; {dots} on "
                    f"“{proposal.title}” is too many."
                )
            if dots == 0:
                s.delete(existing)
            elif existing is None:
                s.add(
                    DotVote(
                        round_id=round_id,
                        proposal_id=proposal_id,
                        participant_id=participant_id,
                        dots=dots,
                    )
                )
            else:
                existing.dots, existing.recorded_at = dots, utc_now()
                s.add(existing)
            return self._commit(
                s,
                Change(
                    "dots.recorded",
                    r.workshop_id,
                    subject=proposal_id,
                    proposals=(proposal_id,),
                    rounds=(round_id,),
                    detail={"participant": participant_id, "dots": dots, "previous": previous},
                ),
            )

    def dots_left(self, round_id: int, participant_id: int) -> int:
        """How many of the round's dots per participant this participant has not yet given."""
        with self._session() as s:
            r = self._get(s, Round, round_id, "round")
            if r.method != "dots":
                raise ServiceError(f"Round {r.number} scores criteria; it has no dots.")
            participant = self._get(s, Participant, participant_id, "participant")
            self._owned(participant, r.workshop_id, "participant")
            return max(
                (r.dots_per_participant or 0) - self._dots_given(s, round_id, participant_id), 0
            )

    def entered_dots(
        self, round_id: int, *, participant_id: int | None = None
    ) -> dict[tuple[int, int], int]:
        """(participant, proposal) → dots given so far in the round. Like entered_scores, a
        deliberate read of unrevealed values for the facilitator's entry grid only."""
        with self._session() as s:
            self._get(s, Round, round_id, "round")
            query = select(DotVote.participant_id, DotVote.proposal_id, DotVote.dots).where(
                DotVote.round_id == round_id
            )
            if participant_id is not None:
                query = query.where(DotVote.participant_id == participant_id)
            return {(a, b): n for a, b, n in s.exec(query).all()}

    # -- helpers -------------------------------------------------------------------------

    def _advance(self, round_id: int, before: str, after: str) -> Change:
        with self._session() as s:
            r = self._get(s, Round, round_id, "round")
            if r.status != before:
                raise ServiceError(
                    f"Round {r.number} is {r.status}; "
                    f"only {_ARTICLE[before]} {before} round can be {after}."
                )
            r.status = after
            if after == "closed":
                r.closed_at = utc_now()
            else:
                r.revealed_at = utc_now()
            s.add(r)
            return self._commit(
                s,
                Change(
                    f"round.{after}",
                    r.workshop_id,
                    subject=round_id,
                    rounds=(round_id,),
                    detail={"number": r.number},
                ),
            )

    @staticmethod
    def _new_round(
        s: Session,
        workshop_id: int,
        method: str,
        dots: int | None,
        number: int | None = None,
        *,
        scope: str = "all",
        deadline: datetime | None = None,
    ) -> Round:
        rounds = s.exec(select(Round).where(Round.workshop_id == workshop_id)).all()
        still_open = [r for r in rounds if r.status == "open"]
        if still_open:
            raise ServiceError(
                f"Round {still_open[0].number} is still open; close it before opening another."
            )
        if number is None:
            number = max((r.number for r in rounds), default=0) + 1
        if number < 1:
            raise ServiceError(f"Rounds are numbered from 1 (got {number}).")
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

    def _open_score_round(self, s: Session, round_id: int) -> Round:
        r = self._get(s, Round, round_id, "round")
        if r.status != "open":
            raise ServiceError(
                f"Round {r.number} is {r.status}; scores can only be given in an open round."
            )
        if r.method != "score":
            raise ServiceError(f"Round {r.number} is a dot-voting round.")
        return r

    def _score_key(
        self, s: Session, workshop_id: int, participant_id: int, proposal_id: int, criterion_id: int
    ) -> tuple[Participant, Proposal, Criterion]:
        participant, proposal = self._voter_and_proposal(
            s, workshop_id, participant_id, proposal_id
        )
        criterion = self._get(s, Criterion, criterion_id, "criterion")
        self._owned(criterion, workshop_id, "criterion")
        return participant, proposal, criterion

    def _voter_and_proposal(
        self, s: Session, workshop_id: int, participant_id: int, proposal_id: int
    ) -> tuple[Participant, Proposal]:
        participant = self._get(s, Participant, participant_id, "participant")
        proposal = self._get(s, Proposal, proposal_id, "proposal")
        self._owned(participant, workshop_id, "participant")
        self._owned(proposal, workshop_id, "proposal")
        if participant.role == "observer":
            raise ServiceError(f"{participant.name} is an observer; observers do not vote.")
        if proposal.archived:
            raise ServiceError(f"“{proposal.title}” is archived; restore it before scoring it.")
        return participant, proposal

    @staticmethod
    def _workshop_rows(s: Session, table: Any, workshop_id: int) -> dict[int, Any]:
        return {
            row.id: row for row in s.exec(select(table).where(table.workshop_id == workshop_id))
        }

    @staticmethod
    def _scope_ids(s: Session, r: Round) -> set[int] | None:
        if r.scope == "all":
            return None
        query = select(RoundProposal.proposal_id).where(RoundProposal.round_id == r.id)
        return set(s.exec(query).all())

    @staticmethod
    def _check_in_scope(s: Session, r: Round, proposal: Proposal) -> None:
        # Rounds over everything (the usual case) cost no query here: fast entry stays fast.
        if r.scope != "all" and s.get(RoundProposal, (r.id, proposal.id)) is None:
            raise ServiceError(_outside(proposal.title, r.number))

    @staticmethod
    def _has_votes(s: Session, round_id: int) -> bool:
        return any(
            s.exec(select(table.id).where(table.round_id == round_id).limit(1)).first() is not None
            for table in (Score, DotVote)
        )

    @staticmethod
    def _dots_given(s: Session, round_id: int, participant_id: int) -> int:
        query = select(func.coalesce(func.sum(DotVote.dots), 0)).where(
            DotVote.round_id == round_id, DotVote.participant_id == participant_id
        )
        return int(s.exec(query).one())

    def _lane_cards(self, s: Session, workshop_id: int, lane_id: int) -> list[int]:
        lane = self._get(s, Lane, lane_id, "lane")
        self._owned(lane, workshop_id, "lane")
        cards = list(
            s.exec(
                select(Proposal.id)
                .where(Proposal.lane_id == lane_id, col(Proposal.archived).is_(False))
                .order_by(Proposal.position)
            ).all()
        )
        if not cards:
            raise ServiceError(f"“{lane.name}” holds no proposals to vote on.")
        return cards  # type: ignore[return-value]

    def _selection(self, s: Session, workshop_id: int, proposal_ids: Sequence[int]) -> list[int]:
        try:
            ids = list(dict.fromkeys(int(i) for i in proposal_ids))
        except (TypeError, ValueError) as exc:
            raise ServiceError("Proposals are named by their ids (whole numbers).") from exc
        if not ids:
            raise ServiceError("Choose at least one proposal for the round.")
        rows = {p.id: p for p in s.exec(select(Proposal).where(col(Proposal.id).in_(ids))).all()}
        for pid in ids:
            if pid not in rows:
                raise NotFound(f"The proposal #{pid} does not exist (it may have been deleted).")
            self._owned(rows[pid], workshop_id, "proposal")
            if rows[pid].archived:
                raise ServiceError(
                    f"“{rows[pid].title}” is archived; restore it before voting on it."
                )
        return ids

    def _timed_round(self, s: Session, round_id: int) -> Round:
        r = self._get(s, Round, round_id, "round")
        if r.status != "open":
            raise ServiceError(
                f"Round {r.number} is {r.status}; only an open round runs a countdown."
            )
        return r

    def _set_deadline(self, s: Session, r: Round, deadline: datetime | None) -> Change:
        old = r.deadline_at
        r.deadline_at = deadline
        s.add(r)
        return self._commit(
            s,
            Change(
                "round.timer",
                r.workshop_id,
                subject=r.id,
                rounds=(r.id,),  # type: ignore[arg-type]
                detail={"number": r.number, "old": _stamp(old), "new": _stamp(deadline)},
            ),
        )


def _stamp(moment: datetime | None) -> str | None:
    return None if moment is None else as_utc(moment).isoformat()


def _outside(title: str, number: int) -> str:
    return (
        f"“{title}” is not among the proposals round {number} covers; "
        "only those chosen when it opened can get votes."
    )
