"""Results of revealed rounds: gathers the record and hands it to the domain's scoring,
ranking, cut lines and agreement measures.

Services compute nothing themselves; a round that is not revealed yields no values here.
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from roadmap_desktop.domain import agreement
from roadmap_desktop.domain.agreement import compare_rounds
from roadmap_desktop.domain.ranking import CutLine, Ranked, cut_by_quota, cut_top, rank, tiers
from roadmap_desktop.domain.rules import counts_in_results
from roadmap_desktop.domain.scoring import (
    ProposalScore,
    ScoreColumns,
    score_proposals,
    tally_dots,
    unscored,
)
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.errors import NotFound, ServiceError
from roadmap_desktop.services.rounds import scope_ids
from roadmap_desktop.services.rows import criterion_view, round_view
from roadmap_desktop.services.views import (
    CutLineView,
    MovementRow,
    ResultRow,
    Results,
    RoundView,
    ScoreRecord,
)
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
    TieOrder,
)
from roadmap_desktop.words import Num, _


@dataclass(frozen=True, slots=True)
class _Ranking:
    """A revealed round ranked by the domain, with the rows it was ranked from."""

    round: Round
    criteria: list[Criterion]
    proposals: dict[int, Proposal]  # the unarchived proposals the round covers
    ranked: list[Ranked]
    # In the round of record's ranking: proposal → the earlier round its score comes from.
    carried: dict[int, int] = field(default_factory=dict)
    # The participants whose scores count under the workshop's settings.
    counted: frozenset[int | None] = frozenset()
    # Proposal → its place in a tie the facilitator settled in this round.
    settled: Mapping[int, int] = field(default_factory=dict)


def tied_at_line(ranking: _Ranking, line: CutLine, *, by_quota: bool) -> tuple[int, ...]:
    """The proposals of the ties at a cut line, both sides of it, in rank order: those just
    below it and those above sharing their rank (under quotas, in the same category)."""
    rank_of = {r.proposal: r.rank for r in ranking.ranked}
    category = {pid: p.category_id for pid, p in ranking.proposals.items()}
    tied = set(line.tied_below)
    for below in line.tied_below:
        tied.update(
            s
            for s in line.selected
            if rank_of[s] == rank_of[below] and (not by_quota or category[s] == category[below])
        )
    return tuple(r.proposal for r in ranking.ranked if r.proposal in tied)


def counted_scores(
    s: Session, r: Round, live: set[int | None], counted: set[int | None]
) -> ScoreColumns:
    """Round r's scores that count: by participants whose scores count, on the live proposals."""
    # 90,000 score rows: the driver's plain tuples, without a Row or an ORM object per
    # score (those cost more than the scoring itself at that size).
    query = select(Score.participant_id, Score.proposal_id, Score.criterion_id, Score.value).where(
        Score.round_id == r.id
    )
    rows = s.connection().execute(query).cursor.fetchall()
    return ScoreColumns.from_rows([row for row in rows if row[0] in counted and row[1] in live])


class ResultServices(ServiceBase):
    def results(self, workshop_id: int, round_number: int | None = None) -> Results:
        """The ranking of a revealed round (default: the latest revealed one). A round on a
        lane or a selection ranks only the proposals it covers."""
        with self._read() as s:
            return self._results_of(s, workshop_id, self._ranking(s, workshop_id, round_number))

    def record_results(self, workshop_id: int, round_number: int | None = None) -> Results:
        """The ranking the board, the poster and the packet report: of round_number, else the
        workshop's round of record, else the latest revealed round. Every unarchived
        proposal is ranked: one the round did not cover carries its score from the latest
        earlier revealed round (of the same method) that scored it, and its row says which
        (score_round)."""
        with self._read() as s:
            ws = self._workshop(s, workshop_id)
            number = round_number if round_number is not None else ws.record_round
            ranking = self._ranking(s, workshop_id, number, carry=True)
            return self._results_of(s, workshop_id, ranking)

    def _results_of(self, s: Session, workshop_id: int, ranking: _Ranking) -> Results:
        named: tuple[Any, ...] = (Domain, Category, Lane)
        names = {
            table: {
                row.id: row.name
                for row in s.exec(select(table).where(table.workshop_id == workshop_id))
            }
            for table in named
        }
        criteria = ranking.criteria
        out = []
        for entry in ranking.ranked:
            p = ranking.proposals[entry.proposal]
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
                    domain_id=p.domain_id,
                    category_id=p.category_id,
                    lane_id=p.lane_id,
                    score_round=ranking.carried.get(entry.proposal),
                )
            )
        return Results(
            round=round_view(ranking.round),
            criteria=tuple(criterion_view(c) for c in criteria),
            rows=tuple(out),
        )

    def cut_line(
        self,
        workshop_id: int,
        round_number: int | None = None,
        *,
        top: int | None = None,
        by_quota: bool = False,
    ) -> CutLineView:
        """The proposals a cut line puts on the roadmap: the top `top` overall, or (by_quota)
        each category's top q by its quota. Unscored proposals never make the cut; ties
        across the line are listed in tied_below for the facilitator to settle. Apply it with
        move_proposals(view.selected, view.roadmap_lane_id, position)."""
        if by_quota == (top is not None):
            raise ServiceError(_("Draw the cut line either at a top N or by category quotas."))
        if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 0):
            raise ServiceError(
                _("The cut line's N is a whole number from 0 (got {value}).", value=repr(top))
            )
        with self._read() as s:
            ranking = self._ranking(s, workshop_id, round_number)
            if by_quota:
                categories = s.exec(
                    select(Category)
                    .where(Category.workshop_id == workshop_id)
                    .order_by(col(Category.position))
                ).all()
                line = cut_by_quota(
                    ranking.ranked,
                    {pid: p.category_id for pid, p in ranking.proposals.items()},
                    {c.id: c.quota for c in categories},  # type: ignore[misc]
                )
            else:
                line = cut_top(ranking.ranked, top)  # type: ignore[arg-type]
            roadmap = s.exec(
                select(Lane.id)
                .where(Lane.workshop_id == workshop_id, Lane.kind == "roadmap")
                .order_by(col(Lane.position))
            ).first()
            return CutLineView(
                round=round_view(ranking.round),
                rule="quota" if by_quota else "top",
                top=top,
                selected=line.selected,
                tied_below=line.tied_below,
                roadmap_lane_id=roadmap,
                tied=tied_at_line(ranking, line, by_quota=by_quota),
            )

    def compare_rounds(
        self, workshop_id: int, first_number: int, second_number: int
    ) -> list[MovementRow]:
        """How each proposal moved from round first_number to round second_number (both
        revealed): the biggest change of score first (domain.agreement.compare_rounds)."""
        with self._read() as s:
            before = self._ranking(s, workshop_id, first_number)
            after = self._ranking(s, workshop_id, second_number)
            return [
                MovementRow(
                    proposal_id=m.proposal,
                    title=m.title,
                    rank_before=m.rank_before,
                    rank_after=m.rank_after,
                    score_before=m.score_before,
                    score_after=m.score_after,
                    delta=m.delta,
                )
                for m in compare_rounds(before.ranked, after.ranked)
            ]

    def most_divided(
        self, workshop_id: int, round_number: int | None = None, *, k: int = 5
    ) -> list[ResultRow]:
        """The "discuss" list: the k proposals of a revealed round whose participants
        disagree most (spread descending; see domain.agreement.most_divided)."""
        if isinstance(k, bool) or not isinstance(k, int) or k < 0:
            raise ServiceError(
                _(
                    "The discuss list holds a whole number of proposals (got {value}).",
                    value=repr(k),
                )
            )
        results = self.results(workshop_id, round_number)
        by_id = {row.proposal_id: row for row in results.rows}
        picked = agreement.most_divided(
            [
                ProposalScore(row.proposal_id, row.score, row.n, row.spread, row.discuss)
                for row in results.rows
            ],
            k,
        )
        return [by_id[p.proposal] for p in picked]

    def result_tiers(
        self, workshop_id: int, thresholds: Sequence[float], round_number: int | None = None
    ) -> dict[int, int | None]:
        """Proposal id → tier (0 = best) of a revealed round by score thresholds, given in any
        order; None for an unscored proposal (see domain.ranking.tiers)."""
        try:
            cuts = [float(t) for t in thresholds]
            if not all(math.isfinite(t) for t in cuts):
                raise ValueError
        except (TypeError, ValueError) as exc:
            raise ServiceError(
                _(
                    "Tier thresholds are scores, like {high} or {low}.",
                    high=Num(4, 1),
                    low=Num(3.5, 1),
                )
            ) from exc
        with self._read() as s:
            ranking = self._ranking(s, workshop_id, round_number)
            return tiers([r.result for r in ranking.ranked], cuts)

    def score_record(
        self, workshop_id: int, round_number: int | None = None
    ) -> tuple[list[ScoreRecord], list[RoundView]]:
        """The raw scores of one revealed round, or of every revealed round; also returns the
        rounds left out because they are not revealed yet."""
        with self._read() as s:
            ws = self._workshop(s, workshop_id)
            rounds = s.exec(
                select(Round).where(Round.workshop_id == workshop_id).order_by(col(Round.number))
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
            # Plain rows, not Score objects: a packet's record can hold 50,000 scores.
            rows = s.execute(
                sa_select(
                    col(Score.round_id),
                    col(Score.proposal_id),
                    col(Score.participant_id),
                    col(Score.criterion_id),
                    col(Score.value),
                ).where(col(Score.round_id).in_(list(shown)))
            ).all()
            rows = sorted(
                rows,
                key=lambda sc: (
                    shown[sc[0]],
                    sc[1],
                    order[sc[2]],
                    criteria[sc[3]].position,
                ),
            )
            counts = {
                pid: counts_in_results(p.role, count_facilitator_scores=ws.count_facilitator_scores)
                for pid, p in people.items()
            }
            record = [
                ScoreRecord(
                    round=shown[round_id],
                    participant=people[participant].name,
                    proposal=proposals[proposal].title,
                    criterion=criteria[criterion].name,
                    score=value,
                    # Archived proposals leave the results, so their scores do not count.
                    counted=not proposals[proposal].archived and counts[participant],
                )
                for round_id, proposal, participant, criterion, value in rows
            ]
            return record, hidden

    def _ranking(
        self,
        s: Session,
        workshop_id: int,
        round_number: int | None,
        *,
        carry: bool = False,
        settled: bool = True,
    ) -> _Ranking:
        """Gathers a revealed round's votes that count and hands them to the domain. With
        carry, every unarchived proposal is ranked, those the round did not cover with the
        score of the latest earlier revealed round of the same method that scored them.
        Ties the facilitator settled in this round order their proposals (settled=False:
        the plain ranking, as votes alone make it)."""
        ws = self._workshop(s, workshop_id)
        r = self._revealed_round(s, workshop_id, round_number)
        criteria = s.exec(
            select(Criterion)
            .where(Criterion.workshop_id == workshop_id)
            .order_by(col(Criterion.position))
        ).all()
        every = s.exec(
            select(Proposal).where(
                Proposal.workshop_id == workshop_id, col(Proposal.archived).is_(False)
            )
        ).all()
        counted = {
            p.id
            for p in s.exec(select(Participant).where(Participant.workshop_id == workshop_id))
            if counts_in_results(p.role, count_facilitator_scores=ws.count_facilitator_scores)
        }

        def covered_by(one: Round) -> list[Proposal]:
            ids = scope_ids(s, one)
            return list(every) if ids is None else [p for p in every if p.id in ids]

        proposals = covered_by(r)
        scored = self._scored(s, ws, r, proposals, criteria, counted)
        carried: dict[int, int] = {}
        if carry:
            covered = {q.id for q in proposals}  # once: per proposal it made opening O(n²)
            left = {p.id: p for p in every if p.id not in covered}
            earlier = s.exec(
                select(Round)
                .where(
                    Round.workshop_id == workshop_id,
                    Round.status == "revealed",
                    Round.method == r.method,
                    Round.number < r.number,
                )
                .order_by(col(Round.number).desc())
            ).all()
            for before in earlier:
                if not left:
                    break
                theirs = [p for p in covered_by(before) if p.id in left]
                if not theirs:
                    continue
                for pid, result in self._scored(s, ws, before, theirs, criteria, counted).items():
                    if result.score is not None and result.n > 0:
                        scored[pid] = result
                        carried[pid] = before.number
                        del left[pid]
            proposals = list(every)
        places = (
            {
                t.proposal_id: t.place
                for t in s.exec(
                    select(TieOrder).where(
                        TieOrder.workshop_id == workshop_id, TieOrder.round_number == r.number
                    )
                )
            }
            if settled
            else {}
        )
        ranked = rank(
            [scored.get(p.id) or unscored(p.id) for p in proposals],  # type: ignore[arg-type]
            {p.id: p.title for p in proposals},  # type: ignore[misc]
            places,
        )
        return _Ranking(
            r,
            list(criteria),
            {p.id: p for p in proposals},  # type: ignore[misc]
            ranked,
            carried,
            frozenset(counted),
            places,
        )

    @staticmethod
    def _scored(
        s: Session,
        ws: Any,
        r: Round,
        proposals: Sequence[Proposal],
        criteria: Sequence[Criterion],
        counted: set[int | None],
    ) -> dict[int, ProposalScore]:
        """The scores (or dot tallies) of round r's counted votes on the given proposals."""
        live = {p.id for p in proposals}
        if r.method == "dots":
            dots = s.exec(
                select(DotVote.participant_id, DotVote.proposal_id, DotVote.dots).where(
                    DotVote.round_id == r.id
                )
            ).all()
            return dict(tally_dots([d for d in dots if d[0] in counted and d[1] in live]))
        return dict(
            score_proposals(
                counted_scores(s, r, live, counted),
                {c.id: c.weight for c in criteria},  # type: ignore[misc]
                aggregation=ws.aggregation,
                discuss_threshold=ws.discuss_threshold,
            )
        )

    @staticmethod
    def _revealed_round(s: Session, workshop_id: int, number: int | None) -> Round:
        query = select(Round).where(Round.workshop_id == workshop_id)
        if number is None:
            r = s.exec(
                query.where(Round.status == "revealed").order_by(col(Round.number).desc())
            ).first()
            if r is None:
                raise ServiceError(
                    _("No round has been revealed yet, so there are no results to show.")
                )
            return r
        r = s.exec(query.where(Round.number == number)).first()
        if r is None:
            raise NotFound(_("This workshop has no round {number}.", number=number))
        if r.status != "revealed":
            raise ServiceError(
                _(
                    "Round {number} is open, not revealed: its values stay hidden until the "
                    "reveal.",
                    number=number,
                )
                if r.status == "open"
                else _(
                    "Round {number} is closed, not revealed: its values stay hidden until the "
                    "reveal.",
                    number=number,
                )
            )
        return r
