"""Undo commands of the scoring panel: scores, dots, opening, timing, closing and reopening
rounds, and paper ballots imported as one step.

Like every command in the app (see ui/commands.py) each is pushed after its first service call
succeeded, so its first redo does nothing. A command names its round by workshop and number,
not by id: undoing "open round" discards the round and redoing it opens a new one with the
same number, and the commands above it in the history still find it.

Command texts name who and what, never a value: the undo history can be on the projector
before the reveal. A reveal is not a command: it cannot be undone.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from roadmap_desktop.services import Change, ScoreEntry, Services
from roadmap_desktop.ui.commands import Report, ServiceCommand

ScoreKey = tuple[int, int, int]  # participant, proposal, criterion


@dataclass(frozen=True, slots=True)
class RoundRef:
    """A round as the history knows it: by workshop and number."""

    workshop_id: int
    number: int

    def id(self, services: Services) -> int:
        return services.round_by_number(self.workshop_id, self.number).id


class RoundServiceCommand(ServiceCommand):
    def __init__(self, services: Services, round_ref: RoundRef, text: str, report: Report) -> None:
        super().__init__(services, text, report)
        self.round = round_ref

    def _on_round(self, call: Callable[[int], object]) -> None:
        self._run(lambda: call(self.round.id(self.services)))


class RecordScoreCommand(RoundServiceCommand):
    """One score typed into the grid; undo puts back the value it replaced (or clears it)."""

    def __init__(
        self, services: Services, round_ref: RoundRef, done: Change, text: str, report: Report
    ) -> None:
        super().__init__(services, round_ref, text, report)
        assert done.subject is not None
        self.key: ScoreKey = (
            int(done.detail["participant"]),
            done.subject,
            int(done.detail["criterion"]),
        )
        self._new: int = done.detail["value"]
        self._old: int | None = done.detail["previous"]

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        p, q, c = self.key
        self._on_round(lambda r: self.services.record_score(r, p, q, c, self._new))

    def undo(self) -> None:
        p, q, c = self.key
        old = self._old
        if old is None:
            self._on_round(lambda r: self.services.clear_score(r, p, q, c))
        else:
            self._on_round(lambda r: self.services.record_score(r, p, q, c, old))


class ClearScoreCommand(RoundServiceCommand):
    """One score cleared from the grid; undo records it again."""

    def __init__(
        self, services: Services, round_ref: RoundRef, done: Change, text: str, report: Report
    ) -> None:
        super().__init__(services, round_ref, text, report)
        assert done.subject is not None
        self.key: ScoreKey = (
            int(done.detail["participant"]),
            done.subject,
            int(done.detail["criterion"]),
        )
        self._old: int = done.detail["previous"]

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        p, q, c = self.key
        self._on_round(lambda r: self.services.clear_score(r, p, q, c))

    def undo(self) -> None:
        p, q, c = self.key
        self._on_round(lambda r: self.services.record_score(r, p, q, c, self._old))


class DotsCommand(RoundServiceCommand):
    """A participant's dots on one proposal set (0 takes them all back); undo sets the number
    it replaced."""

    def __init__(
        self, services: Services, round_ref: RoundRef, done: Change, text: str, report: Report
    ) -> None:
        super().__init__(services, round_ref, text, report)
        assert done.subject is not None
        self.key = (int(done.detail["participant"]), done.subject)
        self._new: int = done.detail["dots"]
        self._old: int = done.detail["previous"]

    def _set(self, dots: int) -> None:
        p, q = self.key
        self._on_round(lambda r: self.services.record_dots(r, p, q, dots))

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._set(self._new)

    def undo(self) -> None:
        self._set(self._old)


class RoundCommand(RoundServiceCommand):
    """Closes or reopens a round; each undoes the other."""

    def __init__(
        self, services: Services, round_ref: RoundRef, action: str, text: str, report: Report
    ) -> None:
        super().__init__(services, round_ref, text, report)
        if action not in ("close", "reopen"):
            raise ValueError(f"a round command closes or reopens (got {action!r})")
        self._action = action

    def _do(self, action: str) -> None:
        call = self.services.close_round if action == "close" else self.services.reopen_round
        self._on_round(call)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._do(self._action)

    def undo(self) -> None:
        self._do("reopen" if self._action == "close" else "close")


class OpenRoundCommand(RoundServiceCommand):
    """A round opened; undo discards it (refused once anybody has voted: close it then),
    redo opens it again with the same options."""

    def __init__(
        self,
        services: Services,
        round_ref: RoundRef,
        options: Mapping[str, Any],
        report: Report,
    ) -> None:
        super().__init__(services, round_ref, f"Open round {round_ref.number}", report)
        self._options = dict(options)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(lambda: self.services.open_round(self.round.workshop_id, **self._options))

    def undo(self) -> None:
        self._on_round(self.services.discard_round)


class TimerCommand(RoundServiceCommand):
    """A round's countdown set, changed or stopped; undo puts back the deadline it had."""

    def __init__(
        self, services: Services, round_ref: RoundRef, done: Change, text: str, report: Report
    ) -> None:
        super().__init__(services, round_ref, text, report)
        self._old: str | None = done.detail["old"]
        self._new: str | None = done.detail["new"]

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._on_round(lambda r: self.services.set_round_deadline(r, self._new))

    def undo(self) -> None:
        self._on_round(lambda r: self.services.set_round_deadline(r, self._old))


class ImportBallotsCommand(RoundServiceCommand):
    """Paper ballots imported into an open round as one step.

    Undo is exact and one transaction (set_scores): the entries that were new are cleared and
    the values the import replaced are written back, both known from the round's entries read
    just before the import. Redo imports the same entries again.
    """

    def __init__(
        self,
        services: Services,
        round_ref: RoundRef,
        entries: Sequence[ScoreEntry],
        previous: Mapping[ScoreKey, int],
        source: str,
        report: Report,
    ) -> None:
        super().__init__(services, round_ref, f"Import ballots from {source}", report)
        self._entries = list(entries)
        self._source = source
        typed = {(e.participant_id, e.proposal_id, e.criterion_id): e.value for e in entries}
        self.fresh = [k for k in typed if k not in previous]
        self.replaced = [k for k in typed if k in previous and previous[k] != typed[k]]
        self._before: dict[ScoreKey, int | None] = {k: previous.get(k) for k in typed}

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(
            lambda: self.services.import_scores(
                self.round.workshop_id,
                self._entries,
                round_number=self.round.number,
                source=self._source,
            )
        )

    def undo(self) -> None:
        self._on_round(lambda r: self.services.set_scores(r, self._before))
