"""What a service call changed, and the listeners that hear about it after each commit."""

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One committed change: what the audit log records and what listeners are told.

    Attributes:
        kind: what happened, e.g. "proposal.moved", "score.recorded", "round.revealed".
        workshop_id: the workshop it happened in.
        subject: the id of the thing created or changed, when there is one.
        proposals, lanes, rounds: ids touched, so screens redraw only what they show.
        detail: JSON-ready facts, including what an undo needs (old lane and position, …).
    """

    kind: str
    workshop_id: int | None
    subject: int | None = None
    proposals: tuple[int, ...] = ()
    lanes: tuple[int, ...] = ()
    rounds: tuple[int, ...] = ()
    detail: Mapping[str, Any] = field(default_factory=dict)

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"subject": self.subject, **self.detail}
        for name in ("proposals", "lanes", "rounds"):
            if ids := getattr(self, name):
                body[name] = list(ids)
        return body


Listener = Callable[[Change], None]

# Scores and dots given in an open round: they move only the "n of N voted" counts, never a
# revealed ranking (record_score and record_dots refuse any round that is not open).
ENTRY_KINDS = ("score.recorded", "score.cleared", "scores.set", "dots.recorded")


class ChangeFeed:
    """Listeners told of each change after it is committed, in the calling thread."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Adds a listener; returns the call that removes it (calling it again does nothing)."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        # The change is already committed: a failing listener must not make it look undone.
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                log.exception("listener %r failed on %s", listener, change.kind)
