"""Workshop use cases: create one from a spec, list, find, read its settings, change them."""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col, select

from roadmap_desktop.domain import defaults, rules
from roadmap_desktop.domain.scoring import AGGREGATIONS
from roadmap_desktop.services.base import ServiceBase, expect_fields
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.cut_record import applied_cut
from roadmap_desktop.services.errors import NotFound, ServiceError
from roadmap_desktop.services.rows import criterion_view, lane_view, round_view
from roadmap_desktop.services.specs import WorkshopSpec, clean_domain_colour
from roadmap_desktop.services.views import (
    COUNCIL_FIELDS,
    CategoryView,
    CouncilInfo,
    DomainView,
    ParticipantView,
    WorkshopInfo,
    WorkshopSummary,
)
from roadmap_desktop.store.tables import (
    Category,
    Criterion,
    Domain,
    Lane,
    Participant,
    Proposal,
    Round,
    Workshop,
)
from roadmap_desktop.words import _


def _check_settings(aggregation: str, discuss_threshold: float, vote_record: str) -> None:
    if aggregation not in AGGREGATIONS:
        raise rules.RuleError(
            _("Aggregation is mean or median (got {value}).", value=repr(aggregation))
        )
    if discuss_threshold < 0:
        raise rules.RuleError(_("The discuss threshold cannot be negative."))
    if vote_record not in rules.VOTE_RECORDS:
        raise rules.RuleError(
            _("The vote record is named or anonymous (got {value}).", value=repr(vote_record))
        )


def short_name_for(kind: str, name: str, given: str = "") -> str:
    """The short label a new domain or category (kind) named name gets: the one given,
    cleaned, or the San José model's default for the name (empty if it has none)."""
    label = rules.clean_short_name(given, f"“{name}”")
    return label or defaults.default_short_name(kind, name)


class WorkshopServices(ServiceBase):
    def create_workshop(self, spec: WorkshopSpec) -> Change:
        """A new workshop with its domains, categories, criteria, lanes and participants."""
        with self._write() as s:
            # Checked inside the session, so a broken rule comes out as a ServiceError.
            name = rules.clean_name(spec.name, "workshop")
            _check_settings(spec.aggregation, spec.discuss_threshold, spec.vote_record)
            if not spec.lanes:
                raise rules.RuleError(_("A workshop needs at least one lane."))
            if self._workshop_named(s, name) is not None:
                raise ServiceError(_("A workshop named “{name}” already exists.", name=name))
            ws = Workshop(
                name=name,
                description=spec.description,
                date=spec.date,
                aggregation=spec.aggregation,
                discuss_threshold=spec.discuss_threshold,
                count_facilitator_scores=spec.count_facilitator_scores,
                vote_record=spec.vote_record,
            )
            s.add(ws)
            s.flush()
            assert ws.id is not None
            rows: list[object] = []
            for i, d in enumerate(spec.domains):
                domain_name = rules.clean_name(d.name, "domain")
                rows.append(
                    Domain(
                        workshop_id=ws.id,
                        name=domain_name,
                        color=clean_domain_colour(d.color, domain_name),
                        position=i,
                        short_name=short_name_for("domain", domain_name, d.short_name),
                    )
                )
            for i, c in enumerate(spec.categories):
                rules.check_quota(c.quota)
                category_name = rules.clean_name(c.name, "category")
                rows.append(
                    Category(
                        workshop_id=ws.id,
                        name=category_name,
                        quota=c.quota,
                        position=i,
                        short_name=short_name_for("category", category_name, c.short_name),
                    )
                )
            for i, cr in enumerate(spec.criteria):
                rules.check_weight(cr.weight)
                rules.check_scale(cr.scale_min, cr.scale_max)
                rows.append(
                    Criterion(
                        workshop_id=ws.id,
                        name=rules.clean_name(cr.name, "criterion"),
                        question=cr.question,
                        weight=cr.weight,
                        scale_min=cr.scale_min,
                        scale_max=cr.scale_max,
                        position=i,
                    )
                )
            for i, lane in enumerate(spec.lanes):
                if lane.kind not in rules.LANE_KINDS:
                    raise rules.RuleError(_("Unknown lane kind {kind}.", kind=repr(lane.kind)))
                rows.append(
                    Lane(
                        workshop_id=ws.id,
                        name=rules.clean_name(lane.name, "lane"),
                        kind=lane.kind,
                        limit=lane.limit,
                        position=i,
                    )
                )
            for i, p in enumerate(spec.participants):
                rules.check_role(p.role)
                rows.append(
                    Participant(
                        workshop_id=ws.id,
                        name=rules.clean_name(p.name, "participant"),
                        role=p.role,
                        department=p.department,
                        position=i,
                    )
                )
            s.add_all(rows)
            s.flush()
            return self._commit(
                s,
                Change(
                    ChangeKind.WORKSHOP_CREATED,
                    ws.id,
                    Affects.WORKSHOPS,
                    subject=ws.id,
                    detail={"name": name},
                ),
            )

    def list_workshops(self) -> list[WorkshopSummary]:
        """Every workshop with its counts of (unarchived) proposals, participants and rounds."""

        def count(table: Any, *where: ColumnElement[bool]) -> dict[int, int]:
            query = select(table.workshop_id, func.count()).group_by(table.workshop_id)
            for clause in where:
                query = query.where(clause)
            return dict(s.exec(query).all())

        with self._read() as s:
            proposals = count(Proposal, col(Proposal.archived).is_(False))
            participants = count(Participant)
            rounds = count(Round)
            return [
                WorkshopSummary(
                    id=w.id,  # type: ignore[arg-type]
                    name=w.name,
                    proposals=proposals.get(w.id, 0),  # type: ignore[arg-type]
                    participants=participants.get(w.id, 0),  # type: ignore[arg-type]
                    rounds=rounds.get(w.id, 0),  # type: ignore[arg-type]
                )
                for w in s.exec(select(Workshop).order_by(col(Workshop.id))).all()
            ]

    def find_workshop(self, name_or_id: str | int) -> WorkshopSummary:
        """The workshop with that name (ignoring case and spacing) or, failing that, that id."""
        workshops = self.list_workshops()
        text = str(name_or_id)
        for w in workshops:
            if rules.same_name(w.name, text):
                return w
        for w in workshops:
            if text.strip().isdigit() and w.id == int(text):
                return w
        if not workshops:
            raise NotFound(_("No workshop “{name}” in this store. Workshops: none yet.", name=text))
        known = ", ".join(f"“{w.name}” ({w.id})" for w in workshops)
        raise NotFound(
            _("No workshop “{name}” in this store. Workshops: {known}.", name=text, known=known)
        )

    def workshop(self, workshop_id: int) -> WorkshopInfo:
        with self._read() as s:
            ws = self._workshop(s, workshop_id)

            def rows(table: Any, order: Any) -> list[Any]:
                return list(
                    s.exec(
                        select(table).where(table.workshop_id == workshop_id).order_by(order)
                    ).all()
                )

            return WorkshopInfo(
                id=workshop_id,
                name=ws.name,
                description=ws.description,
                date=ws.date,
                aggregation=ws.aggregation,
                discuss_threshold=ws.discuss_threshold,
                count_facilitator_scores=ws.count_facilitator_scores,
                vote_record=ws.vote_record,
                domains=tuple(
                    DomainView(d.id, d.name, d.color, d.short_name)
                    for d in rows(Domain, Domain.position)
                ),
                categories=tuple(
                    CategoryView(c.id, c.name, c.quota, c.short_name)
                    for c in rows(Category, Category.position)
                ),
                criteria=tuple(criterion_view(c) for c in rows(Criterion, Criterion.position)),
                participants=tuple(
                    ParticipantView(p.id, p.name, p.role, p.department)
                    for p in rows(Participant, Participant.position)
                ),
                lanes=tuple(lane_view(x) for x in rows(Lane, Lane.position)),
                rounds=tuple(round_view(r) for r in rows(Round, Round.number)),
                record_round=ws.record_round,
                council=CouncilInfo(**{f: getattr(ws, f) for f in COUNCIL_FIELDS}),
                cut=applied_cut(s, ws),
                budget=ws.budget,
            )

    def update_workshop_settings(
        self,
        workshop_id: int,
        *,
        aggregation: str | None = None,
        discuss_threshold: float | None = None,
        count_facilitator_scores: bool | None = None,
        vote_record: str | None = None,
        expect: Mapping[str, object] | None = None,
    ) -> Change:
        """Changes how results are computed and recorded; detail holds the old and new values
        (an undo passes expect=detail["new"]: settings someone has changed since stay)."""
        with self._write() as s:
            ws = self._workshop(s, workshop_id)
            expect_fields(
                ws,
                expect,
                _(
                    "The workshop's settings have been changed by someone else since; their "
                    "changes stay."
                ),
            )
            new = {
                "aggregation": aggregation,
                "discuss_threshold": discuss_threshold,
                "count_facilitator_scores": count_facilitator_scores,
                "vote_record": vote_record,
            }
            new = {k: v for k, v in new.items() if v is not None}
            old = {k: getattr(ws, k) for k in new}
            merged = {
                **{k: getattr(ws, k) for k in ("aggregation", "discuss_threshold", "vote_record")},
                **new,
            }
            _check_settings(
                merged["aggregation"], merged["discuss_threshold"], merged["vote_record"]
            )
            for key, value in new.items():
                setattr(ws, key, value)
            return self._commit(
                s,
                Change(
                    ChangeKind.WORKSHOP_SETTINGS,
                    workshop_id,
                    Affects.SETTINGS | Affects.RESULTS | Affects.ENTRIES,
                    subject=workshop_id,
                    detail={"old": old, "new": new},
                ),
            )

    @staticmethod
    def _workshop_named(s: Session, name: str) -> Workshop | None:
        for w in s.exec(select(Workshop)).all():
            if rules.same_name(w.name, name):
                return w
        return None
