"""Notes on proposals: what was said about a proposal in the discussion, and who raised it.

A note is kept with its proposal (deleting the proposal deletes its notes) and is never
edited: a wrong note is removed and written again. Each change's detail is the whole note
(id, proposal_id, author, text, created_at), so remove_note(subject) undoes add_note and
restore_note(detail) undoes remove_note, or redoes add_note, under the note's own id and
time. Notes are public the moment they are written: the audit log keeps their text.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from roadmap_desktop.domain import rules
from roadmap_desktop.domain.timer import as_utc
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import Conflict, NotFound, ServiceError
from roadmap_desktop.store.tables import Proposal, ProposalNote
from roadmap_desktop.words import Num, _

# A note is a point made in the room, not a report: the presenter and the packet print it
# whole, so it has to stay readable there.
NOTE_MAX = 1000


@dataclass(frozen=True, slots=True)
class NoteView:
    """One note on a proposal; created_at is time-zone aware, in UTC."""

    id: int
    proposal_id: int
    author: str
    text: str
    created_at: datetime


def clean_note(text: object) -> str:
    """The note's text as kept (domain.rules.clean_text); refuses a blank or overlong one."""
    cleaned = rules.clean_text(str(text))
    if not cleaned:
        raise rules.RuleError(_("A note needs some text."))
    if len(cleaned) > NOTE_MAX:
        raise rules.RuleError(
            _(
                "A note is at most {n} characters (this one has {count}).",
                n=Num(NOTE_MAX),
                count=Num(len(cleaned)),
            )
        )
    return cleaned


def _view(row: ProposalNote) -> NoteView:
    assert row.id is not None
    return NoteView(row.id, row.proposal_id, row.author, row.text, as_utc(row.created_at))


def _record(row: ProposalNote) -> dict[str, Any]:
    """The whole note as a change's detail (JSON-ready)."""
    note = _view(row)
    return {
        "id": note.id,
        "proposal_id": note.proposal_id,
        "author": note.author,
        "text": note.text,
        "created_at": note.created_at.isoformat(),
    }


class NoteServices(ServiceBase):
    def add_note(self, proposal_id: int, text: str, *, author: str = "") -> Change:
        """A note on the proposal, now; author says who raised it ("" for nobody named).
        subject is the note's id and detail the whole note."""
        with self._write() as s:
            proposal = self._get(s, Proposal, proposal_id, "proposal")
            row = ProposalNote(
                proposal_id=proposal_id, author=rules.clean_line(author), text=clean_note(text)
            )
            s.add(row)
            s.flush()
            return self._commit(s, self._change(ChangeKind.PROPOSAL_NOTE_ADDED, proposal, row))

    def remove_note(self, note_id: int) -> Change:
        """Removes a note; detail is the whole note, so restore_note(detail) brings it back."""
        with self._write() as s:
            row = s.get(ProposalNote, note_id)
            if row is None:
                raise NotFound(_("That note is no longer there."))
            proposal = self._get(s, Proposal, row.proposal_id, "proposal")
            change = self._change(ChangeKind.PROPOSAL_NOTE_REMOVED, proposal, row)
            s.delete(row)
            return self._commit(s, change)

    def restore_note(self, note: Mapping[str, Any]) -> Change:
        """Puts a removed note back under its old id, author, text and time (the detail of
        remove_note's or add_note's change). Refused (Conflict) when that note is there."""
        try:
            note_id, proposal_id = int(note["id"]), int(note["proposal_id"])
            author, text = str(note.get("author", "")), str(note["text"])
            created = note.get("created_at")
            # An ISO string as a change's detail holds it; None (or anything else) refused.
            at = created if isinstance(created, datetime) else datetime.fromisoformat(str(created))
        except (KeyError, TypeError, ValueError) as exc:
            raise ServiceError(_("That is not the record of a note.")) from exc
        with self._write() as s:
            proposal = self._get(s, Proposal, proposal_id, "proposal")
            if s.get(ProposalNote, note_id) is not None:
                raise Conflict(_("That note is there already."))
            row = ProposalNote(
                id=note_id,
                proposal_id=proposal_id,
                author=rules.clean_line(author),
                text=clean_note(text),
                created_at=as_utc(at),
            )
            s.add(row)
            s.flush()
            change = self._change(ChangeKind.PROPOSAL_NOTE_ADDED, proposal, row, restored=True)
            return self._commit(s, change)

    def notes(self, workshop_id: int) -> dict[int, list[NoteView]]:
        """Each proposal of the workshop that has notes (archived ones too) → its notes,
        oldest first."""
        with self._read() as s:
            rows = _workshop_notes(s, workshop_id)
        out: dict[int, list[NoteView]] = {}
        for row in rows:
            out.setdefault(row.proposal_id, []).append(_view(row))
        return out

    @staticmethod
    def _change(
        kind: ChangeKind, proposal: Proposal, row: ProposalNote, *, restored: bool = False
    ) -> Change:
        assert proposal.id is not None
        detail = _record(row) | ({"restored": True} if restored else {})
        return Change(
            kind,
            proposal.workshop_id,
            Affects.BOARD,
            subject=row.id,
            proposals=(proposal.id,),
            lanes=(proposal.lane_id,),
            detail=detail,
        )


def _workshop_notes(s: Session, workshop_id: int) -> list[ProposalNote]:
    return list(
        s.exec(
            select(ProposalNote)
            .join(Proposal, col(Proposal.id) == col(ProposalNote.proposal_id))
            .where(Proposal.workshop_id == workshop_id)
            .order_by(col(ProposalNote.created_at), col(ProposalNote.id))
        ).all()
    )
