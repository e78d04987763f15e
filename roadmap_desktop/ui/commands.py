"""Undo commands: each holds what it needs to redo and undo, and calls only services.

A command is pushed after its first service call succeeded (so a refused change never reaches
the history); a later redo or undo that the store refuses (say, the card was deleted since)
is reported and the command leaves the history.
"""

from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar

from PySide6.QtGui import QUndoCommand

from roadmap_desktop.services import Change, ServiceError, Services

Report = Callable[[str], None]


class ServiceCommand(QUndoCommand):
    def __init__(self, services: Services, text: str, report: Report) -> None:
        super().__init__(text)
        self.services = services
        self._report = report
        self._first = True

    def _run(self, call: Callable[[], object]) -> None:
        try:
            call()
        except ServiceError as exc:
            self._report(f"Could not {self.text().lower()}: {exc}")
            self.setObsolete(True)


class MoveCardsCommand(ServiceCommand):
    """Moves cards to a lane and position; undo puts each back exactly where it was."""

    def __init__(
        self,
        services: Services,
        ids: Sequence[int],
        lane_id: int,
        position: int,
        done: Change,
        text: str,
        report: Report,
    ) -> None:
        super().__init__(services, text, report)
        self._ids, self._lane, self._position = list(ids), lane_id, position
        self._origin = [(p["id"], p["lane"], p["position"]) for p in done.detail["from"]]

    def redo(self) -> None:
        if self._first:  # the move already happened when the command was made
            self._first = False
            return
        self._run(lambda: self.services.move_proposals(self._ids, self._lane, self._position))

    def undo(self) -> None:
        self._run(lambda: self.services.place_proposals(self._origin))


class EditProposalCommand(ServiceCommand):
    """Changes a proposal's fields; undo writes the old values back."""

    def __init__(self, services: Services, proposal_id: int, done: Change, report: Report) -> None:
        super().__init__(services, "Edit proposal", report)
        self._id = proposal_id
        self._old, self._new = dict(done.detail["old"]), dict(done.detail["new"])

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: self.services.update_proposal(self._id, **self._new))

    def undo(self) -> None:
        self._run(lambda: self.services.update_proposal(self._id, **self._old))


class CreatedCommand(ServiceCommand):
    """Something the user created (a proposal, a copy, a lane): undo removes it, redo
    restores it, same id, from the record its removal returned."""

    def __init__(
        self,
        services: Services,
        text: str,
        remove: Callable[[], Change],
        restore: Callable[[Mapping[str, Any]], Change],
        report: Report,
    ) -> None:
        super().__init__(services, text, report)
        self._remove, self._restore = remove, restore
        self._record: Change | None = None

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        record = self._record
        if record is not None:
            self._run(lambda: self._restore(record.detail))

    def undo(self) -> None:
        def remove() -> None:
            self._record = self._remove()

        self._run(remove)


class RemovedCommand(ServiceCommand):
    """Something the user removed (proposal, lane): undo restores it from the removal's
    record, redo removes it again."""

    def __init__(
        self,
        services: Services,
        text: str,
        done: Change,
        remove: Callable[[int], Change],
        restore: Callable[[Mapping[str, Any]], Change],
        report: Report,
    ) -> None:
        super().__init__(services, text, report)
        self._record = done
        self._remove, self._restore = remove, restore

    def redo(self) -> None:
        if self._first:
            self._first = False
            return

        def remove() -> None:
            assert self._record.subject is not None
            self._record = self._remove(self._record.subject)

        self._run(remove)

    def undo(self) -> None:
        self._run(lambda: self._restore(self._record.detail))


class ArchiveProposalCommand(ServiceCommand):
    """Archives a card or puts an archived one back; each undoes the other exactly."""

    def __init__(self, services: Services, done: Change, report: Report) -> None:
        archived = done.kind == "proposal.archived"
        super().__init__(services, "Archive proposal" if archived else "Restore proposal", report)
        assert done.subject is not None
        self._id, self._archived = done.subject, archived
        self._position = int(done.detail["position"])

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self._archived:
            self._run(lambda: self.services.set_archived(self._id, True))
        else:
            self._run(lambda: self.services.set_archived(self._id, False, position=self._position))

    def undo(self) -> None:
        if self._archived:
            self._run(lambda: self.services.set_archived(self._id, False, position=self._position))
        else:
            self._run(lambda: self.services.set_archived(self._id, True))


class LaneFieldCommand(ServiceCommand):
    """Renames a lane, sets its limit or recolours it; undo sets the old value."""

    CALLS: ClassVar[dict[str, str]] = {
        "lane.renamed": "rename_lane",
        "lane.limit_changed": "set_lane_limit",
        "lane.recoloured": "recolour_lane",
    }

    def __init__(self, services: Services, done: Change, text: str, report: Report) -> None:
        super().__init__(services, text, report)
        assert done.subject is not None
        self._lane = done.subject
        self._call = getattr(services, self.CALLS[done.kind])
        self._old, self._new = done.detail["old"], done.detail["new"]

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: self._call(self._lane, self._new))

    def undo(self) -> None:
        self._run(lambda: self._call(self._lane, self._old))


class MoveLaneCommand(ServiceCommand):
    def __init__(self, services: Services, done: Change, report: Report) -> None:
        super().__init__(services, "Move lane", report)
        assert done.subject is not None
        self._lane = done.subject
        self._from, self._to = done.detail["from_position"], done.detail["to_position"]

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: self.services.move_lane(self._lane, self._to))

    def undo(self) -> None:
        self._run(lambda: self.services.move_lane(self._lane, self._from))


class ImportProposalsCommand(ServiceCommand):
    """A whole import as one step: undo removes what it added and restores what it updated;
    redo imports the same rows again."""

    def __init__(
        self, services: Services, workshop_id: int, arguments: dict, done: Change, report: Report
    ) -> None:
        super().__init__(services, f"Import {done.detail.get('source') or 'proposals'}", report)
        self._workshop, self._arguments, self._done = workshop_id, arguments, done

    def redo(self) -> None:
        if self._first:
            self._first = False
            return

        def again() -> None:
            self._done = self.services.import_proposals(self._workshop, **self._arguments)

        self._run(again)

    def undo(self) -> None:
        self._run(lambda: self.services.undo_proposal_import(self._done.detail))
