"""Undo commands: each holds what it needs to redo and undo, and calls only services.

A command is recorded (`record`) after its first service call succeeded, so a refused change
never reaches the history; the base class skips the first redo() that the push makes, for
every command. A later undo or redo tells the service what it expects to find, so it never
overwrites what someone else did since: such a Conflict is reported and the command leaves
the history. Any other refusal (a busy store, a full disk) is reported too, and the history
steps back to where it was, so the same undo or redo can be tried again.
"""

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from roadmap_desktop.services import Change, Conflict, Problem, Services
from roadmap_desktop.services.board import card_fields

Report = Callable[[str], None]

TITLE_CHARS = 40  # a proposal's title in the history is cut here, with an ellipsis


def quoted(title: str) -> str:
    """A proposal's title as the history shows it: in quotes, on one line, at most
    TITLE_CHARS, cut after a whole word where it can be ("Pedestrian-first signal timing
    at 60…")."""
    text = " ".join(title.split())
    if len(text) > TITLE_CHARS:
        cut = text[: TITLE_CHARS - 1]
        space = cut.rfind(" ")
        text = (cut[:space] if space > TITLE_CHARS // 2 else cut).rstrip(" ,;:—-") + "…"
    return QCoreApplication.translate("commands", "“{title}”").format(title=text)


class Counts(QObject):
    """The counts the history names. English has no catalog: its singular and plural are two
    numerus messages, each of which a translation gives all its language's forms. (A class's
    self.tr: pyside6-lupdate reads a module-level translate() with a count as no numerus.)"""

    def proposals(self, n: int) -> str:
        return self.tr("%n proposal", "", n) if n == 1 else self.tr("%n proposals", "", n)

    def cards(self, n: int) -> str:
        return self.tr("%n card", "", n) if n == 1 else self.tr("%n cards", "", n)


@cache
def _counts() -> Counts:
    return Counts()


def count_of(n: int) -> str:
    """ "1 proposal", "3 proposals"."""
    return _counts().proposals(n)


def cards_of(n: int) -> str:
    """ "1 card", "3 cards"."""
    return _counts().cards(n)


def move_text(change: Change, lane_names: Mapping[int, str], titles: Mapping[int, str]) -> str:
    """What a move did, for the history: "Move “Drone responders” from Inbox to Roadmap",
    "Reorder “Drone responders” in Inbox", "Move 2 cards to Roadmap", "Reorder 2 cards in
    Roadmap" (every card stayed in its lane). titles: the moved cards' titles by id."""
    before = {int(w["id"]): int(w["lane"]) for w in change.detail.get("from", ())}
    after = [(int(w["id"]), int(w["lane"])) for w in change.detail.get("to", ())]
    translate = QCoreApplication.translate
    if not after:
        return translate("commands", "Move cards")
    lane = after[0][1]
    into = lane_names.get(lane) or translate("commands", "another lane")
    came_from = {before.get(pid) for pid, _lane in after}
    if len(after) > 1:
        cards = cards_of(len(after))
        if came_from == {lane}:
            return translate("commands", "Reorder {cards} in {lane}").format(cards=cards, lane=into)
        return translate("commands", "Move {cards} to {lane}").format(cards=cards, lane=into)
    pid = after[0][0]
    if pid not in titles:
        if before.get(pid) == lane:
            return translate("commands", "Reorder a card in {lane}").format(lane=into)
        return translate("commands", "Move a card to {lane}").format(lane=into)
    card = quoted(titles[pid])
    source = before.get(pid)
    if source == lane:
        return translate("commands", "Reorder {card} in {lane}").format(card=card, lane=into)
    if source in lane_names:
        return translate("commands", "Move {card} from {source} to {lane}").format(
            card=card, source=lane_names[source], lane=into
        )
    return translate("commands", "Move {card} to {lane}").format(card=card, lane=into)


class ServiceCommand(QUndoCommand):
    """The base of every command. Subclasses implement again() (redo's service call) and
    back() (undo's), each returning the Change the store committed.

    Attributes:
        services: the use cases the command calls.
        stack: the undo stack it was recorded on (set by `record`).
    """

    def __init__(self, services: Services, text: str, report: Report) -> None:
        super().__init__(text)
        self.services = services
        self.stack: QUndoStack | None = None
        self._report = report
        self._skip: str | None = "redo"  # the change was made before the command was pushed

    def again(self) -> Change:
        raise NotImplementedError

    def back(self) -> Change:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip == "redo":
            self._skip = None
            return
        self._run(self.again, "redo")

    def undo(self) -> None:
        if self._skip == "undo":
            self._skip = None
            return
        self._run(self.back, "undo")

    def _run(self, call: Callable[[], Change], direction: str) -> None:
        try:
            call()
        except Conflict as exc:
            self._report(self._refused(direction, exc))
            self.setObsolete(True)
        except Problem as exc:
            self._report(self._refused(direction, exc))
            self._step_back(direction)

    def _refused(self, direction: str, exc: Exception) -> str:
        """ "Could not undo “Move card to Shortlist”: …" (the base of every command: a
        literal context, whatever the subclass)."""
        if direction == "undo":
            text = QCoreApplication.translate(
                "ServiceCommand", "Could not undo “{step}”: {problem}"
            )
        else:
            text = QCoreApplication.translate(
                "ServiceCommand", "Could not redo “{step}”: {problem}"
            )
        return text.format(step=self.text(), problem=exc)

    def _step_back(self, direction: str) -> None:
        """Puts the history back where it was: the stack has already moved past this
        command, so the opposite move is made next, as a no-op for this command."""
        stack = self.stack
        if stack is None:
            self.setObsolete(True)
            return
        self._skip = "redo" if direction == "undo" else "undo"
        QTimer.singleShot(0, stack.redo if direction == "undo" else stack.undo)


def record(stack: QUndoStack, command: ServiceCommand) -> ServiceCommand:
    """Pushes a command whose change is already made (its first redo does nothing)."""
    command.stack = stack
    stack.push(command)
    return command


class MoveCardsCommand(ServiceCommand):
    """Moves cards; undo puts each back exactly where it was, redo where the move put it.
    landed(change), when given, hears where the cards went (the board selects them)."""

    def __init__(
        self,
        services: Services,
        done: Change,
        text: str,
        report: Report,
        landed: Callable[[Change], None] | None = None,
    ) -> None:
        super().__init__(services, text, report)
        self._before = list(done.detail["from"])
        self._after = list(done.detail["to"])
        self._landed = landed

    def again(self) -> Change:
        done = self.services.place_proposals(self._after, expect=self._before)
        self._after = list(done.detail["to"])
        return self._tell(done)

    def back(self) -> Change:
        done = self.services.place_proposals(self._before, expect=self._after)
        self._before = list(done.detail["to"])
        return self._tell(done)

    def _tell(self, done: Change) -> Change:
        if self._landed is not None:
            self._landed(done)
        return done


class EditProposalCommand(ServiceCommand):
    """Changes a proposal's fields; undo writes the old values back. The history says which
    fields of which proposal ("Edit cost and timeframe of “Drone responders”")."""

    def __init__(
        self,
        services: Services,
        proposal_id: int,
        done: Change,
        report: Report,
        title: str = "",
    ) -> None:
        super().__init__(services, edit_text(title, list(done.detail["new"])), report)
        self._id = proposal_id
        self._old, self._new = dict(done.detail["old"]), dict(done.detail["new"])

    def again(self) -> Change:
        return self.services.update_proposal(self._id, expect=self._old, **self._new)

    def back(self) -> Change:
        return self.services.update_proposal(self._id, expect=self._new, **self._old)


def field_name(field: str) -> str:
    """A proposal's field as the history names it ("cost", "timeframe")."""
    translate = QCoreApplication.translate
    names = {
        "title": translate("commands", "title"),
        "summary": translate("commands", "summary"),
        "department": translate("commands", "department"),
        "domain_id": translate("commands", "domain"),
        "category_id": translate("commands", "category"),
        "cost": translate("commands", "cost"),
        "funding": translate("commands", "budget rule"),
        "timeframe": translate("commands", "timeframe"),
    }
    return names.get(field, field)


def edit_text(title: str, fields: list[str]) -> str:
    """ "Edit title of “Drone responders”", "Edit cost and timeframe of “…”"; more than three
    fields: "Edit “…”"."""
    translate = QCoreApplication.translate
    names = [field_name(f) for f in fields]
    if not names or len(names) > 3:
        if title:
            return translate("commands", "Edit {card}").format(card=quoted(title))
        return translate("commands", "Edit proposal")
    if len(names) == 1:
        listed = names[0]
    elif len(names) == 2:
        # Translators: two fields of a proposal, as in "Edit cost and timeframe of …".
        listed = translate("commands", "{first} and {second}").format(
            first=names[0], second=names[1]
        )
    else:
        listed = translate("commands", "{first}, {second} and {third}").format(
            first=names[0], second=names[1], third=names[2]
        )
    if title:
        return translate("commands", "Edit {fields} of {card}").format(
            fields=listed, card=quoted(title)
        )
    return translate("commands", "Edit {fields} of the proposal").format(fields=listed)


class CreatedCommand(ServiceCommand):
    """Something the user created (proposals, a lane): undo removes it, redo brings it back,
    same ids, from the record its removal returned."""

    def __init__(
        self,
        services: Services,
        text: str,
        remove: Callable[[], Change],
        restore: Callable[[Change], Change],
        report: Report,
    ) -> None:
        super().__init__(services, text, report)
        self._remove, self._restore = remove, restore
        self._record: Change | None = None

    def again(self) -> Change:
        assert self._record is not None
        return self._restore(self._record)

    def back(self) -> Change:
        self._record = self._remove()
        return self._record


class RemovedCommand(ServiceCommand):
    """Something the user removed (proposals, a lane): undo restores it from the removal's
    record, redo removes it again."""

    def __init__(
        self,
        services: Services,
        text: str,
        done: Change,
        remove: Callable[[Change], Change],
        restore: Callable[[Change], Change],
        report: Report,
    ) -> None:
        super().__init__(services, text, report)
        self._record = done
        self._remove, self._restore = remove, restore

    def again(self) -> Change:
        self._record = self._remove(self._record)
        return self._record

    def back(self) -> Change:
        return self._restore(self._record)


def created_proposal(
    services: Services, proposal_id: int, text: str, report: Report
) -> CreatedCommand:
    """Undo deletes the new card, unless someone has edited it or voted on it since."""
    fields = card_fields(services.proposal(proposal_id))
    return CreatedCommand(
        services,
        text,
        lambda: services.delete_proposals(
            [proposal_id], expect={proposal_id: {"fields": fields, "entries": 0}}
        ),
        lambda record: services.undelete_proposals(record.detail, record.sealed),
        report,
    )


def deleted_proposals(
    services: Services, done: Change, text: str, report: Report
) -> RemovedCommand:
    """Undo brings the cards back with their votes; redo deletes them again, unless someone
    has edited them or voted on them since."""

    def again(record: Change) -> Change:
        cards = record.detail["cards"]
        expect = {
            int(c["id"]): {"fields": card_fields(c), "entries": int(c.get("entries", 0))}
            for c in cards
        }
        return services.delete_proposals(list(expect), expect=expect)

    return RemovedCommand(
        services,
        text,
        done,
        again,
        lambda record: services.undelete_proposals(record.detail, record.sealed),
        report,
    )


class ArchiveCommand(ServiceCommand):
    """Cards archived, or archived cards put back; each undoes the other exactly."""

    def __init__(self, services: Services, done: Change, text: str, report: Report) -> None:
        super().__init__(services, text, report)
        self._ids = list(done.proposals)
        self._archived = done.kind == "proposals.archived"
        self._places = list(done.detail["places"])

    def _archive(self) -> Change:
        done = self.services.archive_proposals(self._ids)
        self._places = list(done.detail["places"])
        return done

    def _unarchive(self) -> Change:
        return self.services.unarchive_proposals(self._ids, places=self._places)

    def again(self) -> Change:
        return self._archive() if self._archived else self._unarchive()

    def back(self) -> Change:
        return self._unarchive() if self._archived else self._archive()


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

    def again(self) -> Change:
        return self._call(self._lane, self._new, expect=self._old)

    def back(self) -> Change:
        return self._call(self._lane, self._old, expect=self._new)


class MoveLaneCommand(ServiceCommand):
    """A lane moved left or right; the history names it ("Move lane Roadmap left")."""

    def __init__(self, services: Services, done: Change, report: Report, name: str = "") -> None:
        super().__init__(services, _move_lane_text(done, name), report)
        assert done.subject is not None
        self._lane = done.subject
        self._from, self._to = done.detail["from_position"], done.detail["to_position"]

    def again(self) -> Change:
        return self.services.move_lane(self._lane, self._to)

    def back(self) -> Change:
        return self.services.move_lane(self._lane, self._from)


class ImportProposalsCommand(ServiceCommand):
    """A whole import as one step: undo removes what it added and restores what it updated
    (refused if someone has changed those since); redo imports the same rows again. The
    history says how many, from where ("Import 12 proposals from depts.csv, update 2")."""

    def __init__(
        self, services: Services, workshop_id: int, arguments: dict, done: Change, report: Report
    ) -> None:
        super().__init__(services, import_text(done), report)
        self._workshop, self._arguments, self._done = workshop_id, arguments, done

    def again(self) -> Change:
        self._done = self.services.import_proposals(self._workshop, **self._arguments)
        return self._done

    def back(self) -> Change:
        return self.services.undo_proposal_import(self._done.detail)


def _move_lane_text(done: Change, name: str) -> str:
    translate = QCoreApplication.translate
    left = done.detail["to_position"] < done.detail["from_position"]
    if name:
        if left:
            return translate("commands", "Move lane {lane} left").format(lane=name)
        return translate("commands", "Move lane {lane} right").format(lane=name)
    if left:
        return translate("commands", "Move lane left")
    return translate("commands", "Move lane right")


def import_text(done: Change) -> str:
    translate = QCoreApplication.translate
    added = int(done.detail.get("added", 0))
    updated = len(done.detail.get("updated", ()))
    source = done.detail.get("source") or ""
    if added and updated:
        text = (
            translate("commands", "Import {proposals} from {file}, update {updated}")
            if source
            else translate("commands", "Import {proposals}, update {updated}")
        )
        return text.format(proposals=count_of(added), file=source, updated=updated)
    if updated:
        text = (
            translate("commands", "Update {proposals} from {file}")
            if source
            else translate("commands", "Update {proposals}")
        )
        return text.format(proposals=count_of(updated), file=source)
    text = (
        translate("commands", "Import {proposals} from {file}")
        if source
        else translate("commands", "Import {proposals}")
    )
    return text.format(proposals=count_of(added), file=source)


class ConfigureCommand(ServiceCommand):
    """Workshop ▸ Settings applied: undo puts the settings, criteria and participants back as
    they were, unless someone has changed them since."""

    def __init__(self, services: Services, done: Change, text: str, report: Report) -> None:
        super().__init__(services, text, report)
        assert done.workshop_id is not None
        self._workshop = done.workshop_id
        self._before: Mapping[str, Any] = done.detail["before"]
        self._after: Mapping[str, Any] = done.detail["after"]

    def _apply(self, wanted: Mapping[str, Any], expect: Mapping[str, Any]) -> Change:
        return self.services.configure_workshop(self._workshop, **wanted, expect=expect)

    def again(self) -> Change:
        done = self._apply(self._after, self._before)
        self._after = done.detail["after"]
        return done

    def back(self) -> Change:
        done = self._apply(self._before, self._after)
        self._before = done.detail["after"]
        return done
