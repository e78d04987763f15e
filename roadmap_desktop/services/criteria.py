"""Criterion use cases: add, change, reorder, remove and restore a workshop's scoring questions.

Criteria are ordered (dense positions) and their names are unique in a workshop, ignoring case
and spacing. Each change's detail holds what its inverse needs: add_criterion ↔
remove_criterion(subject), remove_criterion ↔ restore_criterion(detail), update_criterion ↔
update_criterion(id, **detail["old"]), move_criterion ↔ move_criterion(id, from_position).
A criterion that holds scores cannot be removed, nor its scale narrowed past them.
"""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from roadmap_desktop.domain import rules
from roadmap_desktop.services.base import ServiceBase, expect_fields
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import Conflict, ServiceError
from roadmap_desktop.services.ordering import clamp, in_order, move_to, renumber
from roadmap_desktop.store.tables import Criterion, Round, Score
from roadmap_desktop.words import Num, _, n_

_FIELDS = ("id", "workshop_id", "name", "question", "weight", "scale_min", "scale_max", "position")
_EDITABLE = ("name", "question", "weight", "scale_min", "scale_max")


def _check_number(value: object, what: str, kind: Any) -> None:
    """Refuses a value that is not a number (kind int: a whole number); what is "weight",
    "lowest score" or "highest score"."""
    if isinstance(value, bool) or not isinstance(value, kind):
        got = repr(value)
        if what == "lowest score":
            raise rules.RuleError(
                _("A criterion's lowest score is a whole number (got {value}).", value=got)
            )
        if what == "highest score":
            raise rules.RuleError(
                _("A criterion's highest score is a whole number (got {value}).", value=got)
            )
        raise rules.RuleError(_("A criterion's weight is a number (got {value}).", value=got))


class CriterionServices(ServiceBase):
    def add_criterion(
        self,
        workshop_id: int,
        name: str,
        *,
        question: str = "",
        weight: float = 1.0,
        scale_min: int = 1,
        scale_max: int = 5,
        position: int | None = None,
    ) -> Change:
        """A new criterion at position (clamped; default: the end). subject is its id, so
        remove_criterion(subject) undoes it."""
        with self._write() as s:
            self._workshop(s, workshop_id)
            name = rules.clean_name(name, "criterion")
            _check_number(weight, "weight", int | float)
            _check_number(scale_min, "lowest score", int)
            _check_number(scale_max, "highest score", int)
            rules.check_weight(weight)
            rules.check_scale(scale_min, scale_max)
            criteria = in_order(s, Criterion, workshop_id)
            _refuse_taken_name(criteria, name)
            at = clamp(position, len(criteria))
            row = Criterion(
                workshop_id=workshop_id,
                name=name,
                question=question.strip(),
                weight=float(weight),
                scale_min=scale_min,
                scale_max=scale_max,
                position=at,
            )
            s.add(row)
            renumber([*criteria[:at], row, *criteria[at:]])
            s.flush()
            return self._commit(
                s,
                Change(
                    ChangeKind.CRITERION_ADDED,
                    workshop_id,
                    Affects.SETTINGS | Affects.RESULTS | Affects.ENTRIES,
                    subject=row.id,
                    detail={f: getattr(row, f) for f in _FIELDS if f != "workshop_id"},
                ),
            )

    def update_criterion(
        self, criterion_id: int, *, expect: Mapping[str, Any] | None = None, **fields: Any
    ) -> Change:
        """Changes any of name, question, weight, scale_min, scale_max. detail["old"] and
        detail["new"] hold the values, so update_criterion(id, expect=detail["new"],
        **detail["old"]) undoes it (refused, as a Conflict, when someone has changed them
        since). A changed weight changes the results of every round, revealed ones too; a
        scale may not leave out a score already given."""
        with self._write() as s:
            row = self._get(s, Criterion, criterion_id, "criterion")
            expect_fields(
                row,
                expect,
                _(
                    "The criterion “{name}” has been changed by someone else since; their "
                    "change stays.",
                    name=row.name,
                ),
            )
            others = [c for c in in_order(s, Criterion, row.workshop_id) if c.id != row.id]
            fields = clean_criterion_fields(s, row, fields, others)
            old = {k: getattr(row, k) for k in fields}
            for key, value in fields.items():
                setattr(row, key, value)
            s.add(row)
            return self._commit(
                s,
                Change(
                    ChangeKind.CRITERION_UPDATED,
                    row.workshop_id,
                    Affects.SETTINGS | Affects.RESULTS | Affects.ENTRIES,
                    subject=criterion_id,
                    detail={"old": old, "new": fields},
                ),
            )

    def move_criterion(self, criterion_id: int, position: int) -> Change:
        """Puts the criterion at position (clamped) in the workshop's order; detail holds
        from_position and to_position."""
        with self._write() as s:
            row = self._get(s, Criterion, criterion_id, "criterion")
            old, at = move_to(s, Criterion, row, position)
            return self._commit(
                s,
                Change(
                    ChangeKind.CRITERION_MOVED,
                    row.workshop_id,
                    Affects.SETTINGS | Affects.RESULTS | Affects.ENTRIES,
                    subject=criterion_id,
                    detail={"from_position": old, "to_position": at},
                ),
            )

    def remove_criterion(self, criterion_id: int) -> Change:
        """Removes a criterion nobody has scored; detail["criterion"] holds its fields and
        position, so restore_criterion(detail) undoes it."""
        self.store.safeguard("before-remove-criterion")
        with self._write() as s:
            row = self._get(s, Criterion, criterion_id, "criterion")
            refuse_scored_removal(s, row)
            criteria = in_order(s, Criterion, row.workshop_id)
            record = {f: getattr(row, f) for f in _FIELDS}
            record["position"] = criteria.index(row)
            s.delete(row)
            renumber([c for c in criteria if c.id != criterion_id])
            return self._commit(
                s,
                Change(
                    ChangeKind.CRITERION_REMOVED,
                    row.workshop_id,
                    Affects.SETTINGS | Affects.RESULTS | Affects.ENTRIES,
                    subject=criterion_id,
                    detail={"criterion": record},
                ),
            )

    def restore_criterion(self, detail: Mapping[str, Any]) -> Change:
        """Undoes remove_criterion: the criterion comes back under its old id, fields and
        position. Refused if the id or the name has been taken since."""
        with self._write() as s:
            try:
                record = dict(detail["criterion"])
                criterion_id, workshop_id = int(record["id"]), int(record["workshop_id"])
                weight = float(record.get("weight", 1.0))
                low, high = int(record.get("scale_min", 1)), int(record.get("scale_max", 5))
            except (KeyError, TypeError, ValueError) as exc:
                raise ServiceError(_("That is not the record of a removed criterion.")) from exc
            self._workshop(s, workshop_id)
            name = rules.clean_name(record.get("name", ""), "criterion")
            if s.get(Criterion, criterion_id) is not None:
                raise Conflict(
                    _(
                        "Criterion #{id} exists again, so “{name}” cannot come back under its "
                        "old number.",
                        id=criterion_id,
                        name=name,
                    )
                )
            rules.check_weight(weight)
            rules.check_scale(low, high)
            criteria = in_order(s, Criterion, workshop_id)
            _refuse_taken_name(criteria, name)
            at = clamp(record.get("position"), len(criteria))
            row = Criterion(
                id=criterion_id,
                workshop_id=workshop_id,
                name=name,
                question=str(record.get("question", "")),
                weight=weight,
                scale_min=low,
                scale_max=high,
                position=at,
            )
            s.add(row)
            renumber([*criteria[:at], row, *criteria[at:]])
            s.flush()
            return self._commit(
                s,
                Change(
                    ChangeKind.CRITERION_RESTORED,
                    workshop_id,
                    Affects.SETTINGS | Affects.RESULTS | Affects.ENTRIES,
                    subject=criterion_id,
                    detail={"name": name, "position": at},
                ),
            )


def clean_criterion_fields(
    s: Session, row: Criterion, fields: Mapping[str, Any], others: list[Criterion]
) -> dict[str, Any]:
    """The fields to set on an existing criterion, checked and cleaned: a known field, a
    name nobody else among `others` has, a weight above zero, a scale that runs upwards and
    keeps every score already given."""
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise ServiceError(
            n_(
                "Criteria have no field {names}.",
                "Criteria have no fields {names}.",
                len(unknown),
                names=", ".join(sorted(unknown)),
            )
        )
    out = dict(fields)
    if "name" in out:
        out["name"] = rules.clean_name(out["name"], "criterion")
        _refuse_taken_name(others, out["name"])
    if "question" in out:
        out["question"] = str(out["question"]).strip()
    if "weight" in out:
        _check_number(out["weight"], "weight", int | float)
        rules.check_weight(out["weight"])
        out["weight"] = float(out["weight"])
    for key, what in (("scale_min", "lowest score"), ("scale_max", "highest score")):
        if key in out:
            _check_number(out[key], what, int)
    low = out.get("scale_min", row.scale_min)
    high = out.get("scale_max", row.scale_max)
    rules.check_scale(low, high)
    if (low, high) != (row.scale_min, row.scale_max):
        _refuse_scores_outside(s, row, low, high)
    return out


def refuse_scored_removal(s: Session, row: Criterion) -> None:
    """A criterion that has been scored stays: its scores are part of the record."""
    assert row.id is not None
    count, numbers = _scores_of(s, row.id)
    if count:
        where = ", ".join(str(n) for n in numbers)
        if len(numbers) == 1:
            refusal = n_(
                "“{name}” holds {n} score (round {rounds}); a criterion that has been scored "
                "cannot be removed.",
                "“{name}” holds {n} scores (round {rounds}); a criterion that has been scored "
                "cannot be removed.",
                count,
                name=row.name,
                n=Num(count),
                rounds=where,
            )
        else:
            refusal = n_(
                "“{name}” holds {n} score (rounds {rounds}); a criterion that has been scored "
                "cannot be removed.",
                "“{name}” holds {n} scores (rounds {rounds}); a criterion that has been scored "
                "cannot be removed.",
                count,
                name=row.name,
                n=Num(count),
                rounds=where,
            )
        raise ServiceError(refusal)


def _refuse_taken_name(criteria: list[Criterion], name: str) -> None:
    for c in criteria:
        if rules.same_name(c.name, name):
            raise ServiceError(
                _("This workshop already has a criterion named “{name}”.", name=c.name)
            )


def _scores_of(s: Session, criterion_id: int) -> tuple[int, list[int]]:
    """How many scores the criterion holds, and the numbers of the rounds they are in."""
    query = (
        select(Round.number, func.count())
        .join(Score, col(Score.round_id) == col(Round.id))
        .where(Score.criterion_id == criterion_id)
        .group_by(col(Round.number))
        .order_by(col(Round.number))
    )
    rows = s.exec(query).all()
    return sum(n for _number, n in rows), [number for number, _n in rows]


def _refuse_scores_outside(s: Session, row: Criterion, low: int, high: int) -> None:
    query = select(func.count(), func.min(Score.value), func.max(Score.value)).where(
        Score.criterion_id == row.id, (Score.value < low) | (Score.value > high)
    )
    count, lowest, highest = s.exec(query).one()
    if count:
        if lowest == highest:
            refusal = n_(
                "{n} score of “{name}” ({value}) would fall outside {low}–{high}; keep the "
                "scale wide enough for the scores already given.",
                "{n} scores of “{name}” ({value}) would fall outside {low}–{high}; keep the "
                "scale wide enough for the scores already given.",
                count,
                n=Num(count),
                name=row.name,
                value=lowest,
                low=low,
                high=high,
            )
        else:
            refusal = n_(
                "{n} score of “{name}” ({lowest} to {highest}) would fall outside "
                "{low}–{high}; keep the scale wide enough for the scores already given.",
                "{n} scores of “{name}” ({lowest} to {highest}) would fall outside "
                "{low}–{high}; keep the scale wide enough for the scores already given.",
                count,
                n=Num(count),
                name=row.name,
                lowest=lowest,
                highest=highest,
                low=low,
                high=high,
            )
        raise ServiceError(refusal)
