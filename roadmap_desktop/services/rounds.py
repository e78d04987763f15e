"""Round use cases: open, close and reveal rounds; record, clear and import scores.

Values of a round stay inside the store until it is revealed: before that, services only
say how many have voted (round_progress), never what they gave.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert
from sqlmodel import Session, select

from roadmap_desktop.domain import rules
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.changes import Change
from roadmap_desktop.services.errors import NotFound, ServiceError
from roadmap_desktop.services.rows import round_view
from roadmap_desktop.services.views import RoundView
from roadmap_desktop.store.tables import Criterion, Participant, Proposal, Round, Score, utc_now


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
        self, workshop_id: int, *, method: str = "score", dots: int | None = None
    ) -> Change:
        """Opens the next round; only one round is open at a time."""
        if method not in ("score", "dots"):
            raise ServiceError(f"A round scores criteria or spreads dots (got {method!r}).")
        if method == "dots" and (dots is None or dots < 1):
            raise ServiceError("A dot-voting round needs at least one dot per director.")
        with self._session() as s:
            self._workshop(s, workshop_id)
            r = self._new_round(s, workshop_id, method, dots)
            return self._commit(
                s,
                Change(
                    "round.opened",
                    workshop_id,
                    subject=r.id,
                    rounds=(r.id,),
                    detail={"number": r.number},
                ),
            )  # type: ignore[arg-type]

    def close_round(self, round_id: int) -> Change:
        return self._advance(round_id, "open", "closed")

    def reveal_round(self, round_id: int) -> Change:
        return self._advance(round_id, "closed", "revealed")

    def round_by_number(self, workshop_id: int, number: int) -> RoundView:
        with self._session() as s:
            r = s.exec(
                select(Round).where(Round.workshop_id == workshop_id, Round.number == number)
            ).first()
            if r is None:
                raise NotFound(f"This workshop has no round {number}.")
            return round_view(r)

    def round_progress(self, round_id: int) -> dict[int, int]:
        """Proposal id → how many participants have scored it so far (no values)."""
        with self._session() as s:
            query = (
                select(Score.proposal_id, func.count(func.distinct(Score.participant_id)))
                .where(Score.round_id == round_id)
                .group_by(Score.proposal_id)
            )
            return dict(s.exec(query).all())  # type: ignore[arg-type]

    def record_score(
        self, round_id: int, participant_id: int, proposal_id: int, criterion_id: int, value: int
    ) -> Change:
        """Records (or replaces) one score in an open round; detail holds the previous value."""
        with self._session() as s:
            r = self._open_score_round(s, round_id)
            participant, _proposal, criterion = self._score_key(
                s, r.workshop_id, participant_id, proposal_id, criterion_id
            )
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

    def import_scores(
        self,
        workshop_id: int,
        entries: Sequence[ScoreEntry],
        *,
        round_number: int | None = None,
        reveal: bool = False,
        source: str = "",
    ) -> Change:
        """Records many scores at once, all or nothing, in round_number (created if missing;
        default: a new round). reveal closes and reveals the round in the same transaction."""
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
                p.id for p in s.exec(select(Proposal).where(Proposal.workshop_id == workshop_id))
            }
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
        s: Session, workshop_id: int, method: str, dots: int | None, number: int | None = None
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
        r = Round(workshop_id=workshop_id, number=number, method=method, dots_per_participant=dots)
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
        participant = self._get(s, Participant, participant_id, "participant")
        proposal = self._get(s, Proposal, proposal_id, "proposal")
        criterion = self._get(s, Criterion, criterion_id, "criterion")
        for row, what in (
            (participant, "participant"),
            (proposal, "proposal"),
            (criterion, "criterion"),
        ):
            self._owned(row, workshop_id, what)
        if participant.role == "observer":
            raise ServiceError(f"{participant.name} is an observer; observers do not score.")
        if proposal.archived:
            raise ServiceError(f"“{proposal.title}” is archived; restore it before scoring it.")
        return participant, proposal, criterion
