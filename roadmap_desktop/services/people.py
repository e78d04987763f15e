"""Participant use cases: add, change, reorder, remove and restore the people of a workshop.

A participant is a director (votes), a facilitator (votes; counted only if the workshop's
count_facilitator_scores says so) or an observer (never votes). Names are unique in a
workshop, ignoring case and spacing; the order (dense positions) is the order of the entry
grid. Each change's detail holds what its inverse needs: add_participant ↔
remove_participant(subject), remove_participant ↔ restore_participant(detail),
update_participant ↔ update_participant(id, **detail["old"]), move_participant ↔
move_participant(id, from_position). Someone who has voted cannot be removed or made an
observer.
"""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from roadmap_desktop.domain import rules
from roadmap_desktop.services.base import ServiceBase, expect_fields
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import Conflict, ServiceError
from roadmap_desktop.services.ordering import clamp, in_order, move_to, renumber
from roadmap_desktop.services.rows import participant_view
from roadmap_desktop.services.views import ParticipantView
from roadmap_desktop.store.tables import DotVote, Participant, Score
from roadmap_desktop.words import Message, Num, _, n_

_FIELDS = ("id", "workshop_id", "name", "role", "department", "position")
_EDITABLE = ("name", "role", "department")


class ParticipantServices(ServiceBase):
    def participants(self, workshop_id: int) -> list[ParticipantView]:
        """The workshop's participants in order."""
        with self._read() as s:
            self._workshop(s, workshop_id)
            return [participant_view(p) for p in in_order(s, Participant, workshop_id)]

    def add_participant(
        self,
        workshop_id: int,
        name: str,
        *,
        role: str = "director",
        department: str = "",
        position: int | None = None,
    ) -> Change:
        """A new participant at position (clamped; default: the end). subject is the id, so
        remove_participant(subject) undoes it."""
        with self._write() as s:
            self._workshop(s, workshop_id)
            name = rules.clean_name(name, "participant")
            rules.check_role(role)
            people = in_order(s, Participant, workshop_id)
            _refuse_taken_name(people, name)
            at = clamp(position, len(people))
            row = Participant(
                workshop_id=workshop_id,
                name=name,
                role=role,
                department=" ".join(str(department).split()),
                position=at,
            )
            s.add(row)
            renumber([*people[:at], row, *people[at:]])
            s.flush()
            return self._commit(
                s,
                Change(
                    ChangeKind.PARTICIPANT_ADDED,
                    workshop_id,
                    Affects.PEOPLE | Affects.RESULTS | Affects.ENTRIES,
                    subject=row.id,
                    detail={f: getattr(row, f) for f in _FIELDS if f != "workshop_id"},
                ),
            )

    def update_participant(
        self, participant_id: int, *, expect: Mapping[str, Any] | None = None, **fields: Any
    ) -> Change:
        """Changes any of name, role, department. detail["old"] and detail["new"] hold the
        values, so update_participant(id, expect=detail["new"], **detail["old"]) undoes it
        (refused, as a Conflict, when someone has changed them since). Someone who has voted
        cannot become an observer (observers never vote)."""
        with self._write() as s:
            row = self._get(s, Participant, participant_id, "participant")
            expect_fields(
                row,
                expect,
                _(
                    "{name} has been changed by someone else since; their change stays.",
                    name=row.name,
                ),
            )
            others = [p for p in in_order(s, Participant, row.workshop_id) if p.id != row.id]
            fields = clean_participant_fields(s, row, fields, others)
            old = {k: getattr(row, k) for k in fields}
            for key, value in fields.items():
                setattr(row, key, value)
            s.add(row)
            return self._commit(
                s,
                Change(
                    ChangeKind.PARTICIPANT_UPDATED,
                    row.workshop_id,
                    Affects.PEOPLE | Affects.RESULTS | Affects.ENTRIES,
                    subject=participant_id,
                    detail={"old": old, "new": fields},
                ),
            )

    def move_participant(self, participant_id: int, position: int) -> Change:
        """Puts the participant at position (clamped) in the workshop's order; detail holds
        from_position and to_position."""
        with self._write() as s:
            row = self._get(s, Participant, participant_id, "participant")
            old, at = move_to(s, Participant, row, position)
            return self._commit(
                s,
                Change(
                    ChangeKind.PARTICIPANT_MOVED,
                    row.workshop_id,
                    Affects.PEOPLE | Affects.RESULTS | Affects.ENTRIES,
                    subject=participant_id,
                    detail={"from_position": old, "to_position": at},
                ),
            )

    def remove_participant(self, participant_id: int) -> Change:
        """Removes a participant who has not voted; detail["participant"] holds the fields and
        position, so restore_participant(detail) undoes it."""
        with self._write() as s:
            row = self._get(s, Participant, participant_id, "participant")
            refuse_voter_removal(s, row)
            people = in_order(s, Participant, row.workshop_id)
            record = {f: getattr(row, f) for f in _FIELDS}
            record["position"] = people.index(row)
            s.delete(row)
            renumber([p for p in people if p.id != participant_id])
            return self._commit(
                s,
                Change(
                    ChangeKind.PARTICIPANT_REMOVED,
                    row.workshop_id,
                    Affects.PEOPLE | Affects.RESULTS | Affects.ENTRIES,
                    subject=participant_id,
                    detail={"participant": record},
                ),
            )

    def restore_participant(self, detail: Mapping[str, Any]) -> Change:
        """Undoes remove_participant: the participant comes back under the old id, fields and
        position. Refused if the id or the name has been taken since."""
        with self._write() as s:
            try:
                record = dict(detail["participant"])
                participant_id, workshop_id = int(record["id"]), int(record["workshop_id"])
            except (KeyError, TypeError, ValueError) as exc:
                raise ServiceError(_("That is not the record of a removed participant.")) from exc
            self._workshop(s, workshop_id)
            name = rules.clean_name(record.get("name", ""), "participant")
            if s.get(Participant, participant_id) is not None:
                raise Conflict(
                    _(
                        "Participant #{id} exists again, so {name} cannot come back under the "
                        "old number.",
                        id=participant_id,
                        name=name,
                    )
                )
            role = str(record.get("role", "director"))
            rules.check_role(role)
            people = in_order(s, Participant, workshop_id)
            _refuse_taken_name(people, name)
            at = clamp(record.get("position"), len(people))
            row = Participant(
                id=participant_id,
                workshop_id=workshop_id,
                name=name,
                role=role,
                department=str(record.get("department", "")),
                position=at,
            )
            s.add(row)
            renumber([*people[:at], row, *people[at:]])
            s.flush()
            return self._commit(
                s,
                Change(
                    ChangeKind.PARTICIPANT_RESTORED,
                    workshop_id,
                    Affects.PEOPLE | Affects.RESULTS | Affects.ENTRIES,
                    subject=participant_id,
                    detail={"name": name, "position": at},
                ),
            )


def clean_participant_fields(
    s: Session, row: Participant, fields: Mapping[str, Any], others: list[Participant]
) -> dict[str, Any]:
    """The fields to set on an existing participant, checked and cleaned: a known field, a
    name nobody else among `others` has, a role, and no observer who has voted."""
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise ServiceError(
            n_(
                "Participants have no field {names}.",
                "Participants have no fields {names}.",
                len(unknown),
                names=", ".join(sorted(unknown)),
            )
        )
    out = dict(fields)
    if "name" in out:
        out["name"] = rules.clean_name(out["name"], "participant")
        _refuse_taken_name(others, out["name"])
    if "department" in out:
        out["department"] = " ".join(str(out["department"]).split())
    if "role" in out:
        rules.check_role(out["role"])
        if out["role"] == "observer" and row.role != "observer":
            assert row.id is not None
            votes = _votes_of(s, row.id)
            if any(votes):
                raise ServiceError(_stays_a_voter(row.name, votes))
    return out


def refuse_voter_removal(s: Session, row: Participant) -> None:
    """Someone who has voted stays on the workshop's record."""
    assert row.id is not None
    votes = _votes_of(s, row.id)
    if any(votes):
        raise ServiceError(_stays_on_record(row.name, votes))


def _refuse_taken_name(people: list[Participant], name: str) -> None:
    for p in people:
        if rules.same_name(p.name, name):
            raise ServiceError(
                _("This workshop already has a participant named {name}.", name=p.name)
            )


def _votes_of(s: Session, participant_id: int) -> tuple[int, int]:
    """How many scores and dot votes the participant has given, in any round."""
    scores = s.exec(
        select(func.count()).select_from(Score).where(Score.participant_id == participant_id)
    ).one()
    dots = s.exec(
        select(func.count()).select_from(DotVote).where(DotVote.participant_id == participant_id)
    ).one()
    return scores, dots


def _dots_on(dots: int) -> Message:
    # Translators: part of "{name} has {n} scores and {dots} on record": how many proposals
    # the participant has given dots to.
    return n_("dots on {n} proposal", "dots on {n} proposals", dots, n=Num(dots))


def _stays_a_voter(name: str, votes: tuple[int, int]) -> Message:
    """Why someone who has voted cannot become an observer."""
    scores, dots = votes
    if scores and dots:
        return n_(
            "{name} has {n} score and {dots} on record; an observer does not vote, so someone "
            "who has voted stays a director or facilitator.",
            "{name} has {n} scores and {dots} on record; an observer does not vote, so someone "
            "who has voted stays a director or facilitator.",
            scores,
            name=name,
            n=Num(scores),
            dots=_dots_on(dots),
        )
    if scores:
        return n_(
            "{name} has {n} score on record; an observer does not vote, so someone who has "
            "voted stays a director or facilitator.",
            "{name} has {n} scores on record; an observer does not vote, so someone who has "
            "voted stays a director or facilitator.",
            scores,
            name=name,
            n=Num(scores),
        )
    return n_(
        "{name} has dots on {n} proposal on record; an observer does not vote, so someone who "
        "has voted stays a director or facilitator.",
        "{name} has dots on {n} proposals on record; an observer does not vote, so someone "
        "who has voted stays a director or facilitator.",
        dots,
        name=name,
        n=Num(dots),
    )


def _stays_on_record(name: str, votes: tuple[int, int]) -> Message:
    """Why someone who has voted cannot be removed."""
    scores, dots = votes
    if scores and dots:
        return n_(
            "{name} has {n} score and {dots} on record; someone who has voted cannot be "
            "removed from the workshop's record.",
            "{name} has {n} scores and {dots} on record; someone who has voted cannot be "
            "removed from the workshop's record.",
            scores,
            name=name,
            n=Num(scores),
            dots=_dots_on(dots),
        )
    if scores:
        return n_(
            "{name} has {n} score on record; someone who has voted cannot be removed from the "
            "workshop's record.",
            "{name} has {n} scores on record; someone who has voted cannot be removed from the "
            "workshop's record.",
            scores,
            name=name,
            n=Num(scores),
        )
    return n_(
        "{name} has dots on {n} proposal on record; someone who has voted cannot be removed "
        "from the workshop's record.",
        "{name} has dots on {n} proposals on record; someone who has voted cannot be removed "
        "from the workshop's record.",
        dots,
        name=name,
        n=Num(dots),
    )
