"""Undo commands: each holds what it needs to redo and undo, and calls only services.

A command is pushed after its first service call succeeded (so a refused change never reaches
the history); a later redo or undo that the store refuses (say, the card was deleted since)
is reported and the command leaves the history.
"""

from collections.abc import Callable, Sequence

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
