"""Results of revealed rounds: gathers the record and hands it to the domain's scoring.

Services compute nothing themselves; a round that is not revealed yields no values here.
"""

from sqlmodel import Session, col, select

from roadmap_desktop.domain.ranking import rank
from roadmap_desktop.domain.rules import counts_in_results
from roadmap_desktop.domain.scoring import ScoreColumns, score_proposals, tally_dots, unscored
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.errors import NotFound, ServiceError
from roadmap_desktop.services.rows import criterion_view, round_view
from roadmap_desktop.services.views import ResultRow, Results, RoundView, ScoreRecord
from roadmap_desktop.store.tables import (
    Category,
    Criterion,
    Domain,
    DotVote,
    Lane,
    Participant,
    Proposal,
    Round,
    Score,
)


class ResultServices(ServiceBase):
    def results(self, workshop_id: int, round_number: int | None = None) -> Results:
        """The ranking of a revealed round (default: the latest revealed one)."""
        with self._session() as s:
            ws = self._workshop(s, workshop_id)
            r = self._revealed_round(s, workshop_id, round_number)
            criteria = s.exec(
                select(Criterion)
                .where(Criterion.workshop_id == workshop_id)
                .order_by(Criterion.position)
            ).all()
            proposals = s.exec(
                select(Proposal).where(
                    Proposal.workshop_id == workshop_id, col(Proposal.archived).is_(False)
                )
            ).all()
            counted = {
                p.id
                for p in s.exec(select(Participant).where(Participant.workshop_id == workshop_id))
                if counts_in_results(p.role, count_facilitator_scores=ws.count_facilitator_scores)
            }
            live = {p.id for p in proposals}
            if r.method == "dots":
                dots = s.exec(
                    select(DotVote.participant_id, DotVote.proposal_id, DotVote.dots).where(
                        DotVote.round_id == r.id
                    )
                ).all()
                scored = tally_dots([d for d in dots if d[0] in counted and d[1] in live])
            else:
                # 90,000 score rows: the driver's plain tuples, without a Row or an ORM object
                # per score (those cost more than the scoring itself at that size).
                query = select(
                    Score.participant_id, Score.proposal_id, Score.criterion_id, Score.value
                ).where(Score.round_id == r.id)
                rows = s.connection().execute(query).cursor.fetchall()
                scored = score_proposals(
                    ScoreColumns.from_rows(
                        [row for row in rows if row[0] in counted and row[1] in live]
                    ),  # type: ignore[misc]
                    {c.id: c.weight for c in criteria},  # type: ignore[misc]
                    aggregation=ws.aggregation,  # type: ignore[arg-type]
                    discuss_threshold=ws.discuss_threshold,
                )
            names = {
                table: {
                    row.id: row.name
                    for row in s.exec(select(table).where(table.workshop_id == workshop_id))
                }
                for table in (Domain, Category, Lane)
            }
            by_id = {p.id: p for p in proposals}
            ranked = rank(
                [scored.get(p.id) or unscored(p.id) for p in proposals],  # type: ignore[arg-type]
                {p.id: p.title for p in proposals},  # type: ignore[misc]
            )
            out = []
            for entry in ranked:
                p = by_id[entry.proposal]
                result = entry.result
                out.append(
                    ResultRow(
                        rank=entry.rank,
                        proposal_id=entry.proposal,
                        title=p.title,
                        domain=names[Domain].get(p.domain_id, ""),
                        category=names[Category].get(p.category_id, ""),
                        lane=names[Lane].get(p.lane_id, ""),
                        score=result.score,
                        n=result.n,
                        spread=result.spread,
                        discuss=result.discuss,
                        criterion_means=tuple(result.criterion_means.get(c.id) for c in criteria),  # type: ignore[arg-type]
                    )
                )
            return Results(
                round=round_view(r),
                criteria=tuple(criterion_view(c) for c in criteria),
                rows=tuple(out),
            )

    def score_record(
        self, workshop_id: int, round_number: int | None = None
    ) -> tuple[list[ScoreRecord], list[RoundView]]:
        """The raw scores of one revealed round, or of every revealed round; also returns the
        rounds left out because they are not revealed yet."""
        with self._session() as s:
            ws = self._workshop(s, workshop_id)
            rounds = s.exec(
                select(Round).where(Round.workshop_id == workshop_id).order_by(Round.number)
            ).all()
            if round_number is not None:
                rounds = [self._revealed_round(s, workshop_id, round_number)]
            hidden = [round_view(r) for r in rounds if r.status != "revealed"]
            shown = {r.id: r.number for r in rounds if r.status == "revealed"}
            people = {
                p.id: p
                for p in s.exec(select(Participant).where(Participant.workshop_id == workshop_id))
            }
            proposals = {
                p.id: p for p in s.exec(select(Proposal).where(Proposal.workshop_id == workshop_id))
            }
            criteria = {
                c.id: c
                for c in s.exec(select(Criterion).where(Criterion.workshop_id == workshop_id))
            }
            order = {pid: i for i, pid in enumerate(people)}
            rows = s.exec(select(Score).where(Score.round_id.in_(list(shown)))).all()  # type: ignore[union-attr]
            rows = sorted(
                rows,
                key=lambda sc: (
                    shown[sc.round_id],
                    sc.proposal_id,
                    order[sc.participant_id],
                    criteria[sc.criterion_id].position,
                ),
            )
            record = [
                ScoreRecord(
                    round=shown[sc.round_id],
                    participant=people[sc.participant_id].name,
                    proposal=proposals[sc.proposal_id].title,
                    criterion=criteria[sc.criterion_id].name,
                    score=sc.value,
                    # Archived proposals leave the results, so their scores do not count.
                    counted=not proposals[sc.proposal_id].archived
                    and counts_in_results(
                        people[sc.participant_id].role,
                        count_facilitator_scores=ws.count_facilitator_scores,
                    ),
                )
                for sc in rows
            ]
            return record, hidden

    @staticmethod
    def _revealed_round(s: Session, workshop_id: int, number: int | None) -> Round:
        query = select(Round).where(Round.workshop_id == workshop_id)
        if number is None:
            r = s.exec(
                query.where(Round.status == "revealed").order_by(Round.number.desc())
            ).first()  # type: ignore[attr-defined]
            if r is None:
                raise ServiceError(
                    "No round has been revealed yet, so there are no results to show."
                )
            return r
        r = s.exec(query.where(Round.number == number)).first()
        if r is None:
            raise NotFound(f"This workshop has no round {number}.")
        if r.status != "revealed":
            raise ServiceError(
                f"Round {number} is {r.status}, not revealed: its values stay hidden until "
                "the reveal."
            )
        return r
