"""Undo commands for dependencies between proposals ("A needs B", "A excludes B").

Adding a dependency undoes by removing it, or, when it replaced a link of the other kind
between the same two proposals, by putting that kind back; removing one undoes by adding it
again. The link services take no `expect`, so before an undo or a redo each command reads
the workshop's links and refuses (Conflict: reported, the command leaves the history) when
someone else has changed that link since: their change stays, as with every other command.
"""

from PySide6.QtCore import QCoreApplication

from roadmap_desktop.services import Change, Conflict, Services
from roadmap_desktop.ui.commands import Report, ServiceCommand, quoted


def link_text(kind: str, title: str, other: str) -> str:
    """ "“Drone responders” needs “Radio upgrade”", "“A” excludes “B”" (the history)."""
    translate = QCoreApplication.translate
    if kind == "needs":
        return translate("LinkCommand", "{card} needs {other}").format(
            card=quoted(title), other=quoted(other)
        )
    return translate("LinkCommand", "{card} excludes {other}").format(
        card=quoted(title), other=quoted(other)
    )


def unlink_text(title: str, other: str) -> str:
    """ "Remove the dependency between “A” and “B”" (the history)."""
    return QCoreApplication.translate(
        "UnlinkCommand", "Remove the dependency between {card} and {other}"
    ).format(card=quoted(title), other=quoted(other))


def _changed_since() -> Conflict:
    return Conflict(
        QCoreApplication.translate(
            "LinkCommand",
            "That dependency has been changed by someone else since; their change stays.",
        )
    )


class _LinkBase(ServiceCommand):
    """What both commands share: the two proposals, and a check of the link as it is now."""

    def __init__(self, services: Services, done: Change, text: str, report: Report) -> None:
        super().__init__(services, text, report)
        self._workshop = done.workshop_id
        self._proposal = int(done.detail["proposal"])
        self._other = int(done.detail["other"])

    def _expect(self, kind: str | None) -> None:
        """Refuses (Conflict) unless the link between the two is of this kind (None: none)."""
        if self._workshop is None:
            return
        found = next(
            (
                link.kind
                for link in self.services.links(self._workshop)
                if (link.proposal_id, link.other_id) == (self._proposal, self._other)
            ),
            None,
        )
        if found != kind:
            raise _changed_since()

    def _link(self, kind: str) -> Change:
        return self.services.link_proposals(self._proposal, self._other, kind)

    def _unlink(self) -> Change:
        return self.services.unlink_proposals(self._proposal, self._other)


class LinkCommand(_LinkBase):
    """A dependency added, or changed to the other kind: undo removes it or puts the old
    kind back; redo links again.

    done is link_proposals' Change (detail "proposal", "other", "kind", "old")."""

    def __init__(
        self, services: Services, done: Change, report: Report, title: str, other: str
    ) -> None:
        kind = str(done.detail["kind"])
        super().__init__(services, done, link_text(kind, title, other), report)
        self._kind = kind
        old = done.detail.get("old")
        self._old: str | None = str(old) if old is not None else None

    def again(self) -> Change:
        self._expect(self._old)
        return self._link(self._kind)

    def back(self) -> Change:
        self._expect(self._kind)
        return self._unlink() if self._old is None else self._link(self._old)


class UnlinkCommand(_LinkBase):
    """A dependency removed: undo adds it again, of the kind it was; redo removes it.

    done is unlink_proposals' Change (detail "proposal", "other", "kind")."""

    def __init__(
        self, services: Services, done: Change, report: Report, title: str, other: str
    ) -> None:
        super().__init__(services, done, unlink_text(title, other), report)
        self._kind = str(done.detail["kind"])

    def again(self) -> Change:
        self._expect(self._kind)
        return self._unlink()

    def back(self) -> Change:
        self._expect(None)
        return self._link(self._kind)
