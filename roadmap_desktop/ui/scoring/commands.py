"""Undo commands of the scoring panel: scores, dots, opening, timing, closing and reopening
rounds, and paper ballots imported as one step.

Like every command in the app (see ui/commands.py) each is recorded after its first service
call succeeded. A command names its round by workshop and number, not by id: undoing "open
round" discards the round and redoing it opens a new one with the same number, and the
commands above it in the history still find it. An undo or redo of an entry expects the
value it left there: a value someone else has entered since (a director's phone) stays.

Command texts name who and what, never a value: the undo history can be on the projector
before the reveal. A reveal is not a command: it cannot be undone.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from roadmap_desktop.services import Change, Services
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

    def _on_round(self, call: Callable[[int], Change]) -> Change:
        return call(self.round.id(self.services))


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
        self._new: int = done.sealed["value"]
        self._old: int | None = done.sealed["previous"]

    def again(self) -> Change:
        p, q, c = self.key
        return self._on_round(
            lambda r: self.services.record_score(r, p, q, c, self._new, expect=self._old)
        )

    def back(self) -> Change:
        p, q, c = self.key
        old = self._old
        if old is None:
            return self._on_round(lambda r: self.services.clear_score(r, p, q, c, expect=self._new))
        return self._on_round(
            lambda r: self.services.record_score(r, p, q, c, old, expect=self._new)
        )


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
        self._old: int = done.sealed["previous"]

    def again(self) -> Change:
        p, q, c = self.key
        return self._on_round(lambda r: self.services.clear_score(r, p, q, c, expect=self._old))

    def back(self) -> Change:
        p, q, c = self.key
        return self._on_round(
            lambda r: self.services.record_score(r, p, q, c, self._old, expect=None)
        )


class DotsCommand(RoundServiceCommand):
    """A participant's dots on one proposal set (0 takes them all back); undo sets the number
    it replaced."""

    def __init__(
        self, services: Services, round_ref: RoundRef, done: Change, text: str, report: Report
    ) -> None:
        super().__init__(services, round_ref, text, report)
        assert done.subject is not None
        self.key = (int(done.detail["participant"]), done.subject)
        self._new: int = done.sealed["dots"]
        self._old: int = done.sealed["previous"]

    def _set(self, dots: int, expect: int) -> Change:
        p, q = self.key
        return self._on_round(lambda r: self.services.record_dots(r, p, q, dots, expect=expect))

    def again(self) -> Change:
        return self._set(self._new, self._old)

    def back(self) -> Change:
        return self._set(self._old, self._new)


class RoundCommand(RoundServiceCommand):
    """Closes or reopens a round; each undoes the other."""

    def __init__(
        self, services: Services, round_ref: RoundRef, action: str, text: str, report: Report
    ) -> None:
        super().__init__(services, round_ref, text, report)
        if action not in ("close", "reopen"):
            raise ValueError(f"a round command closes or reopens (got {action!r})")
        self._action = action

    def _do(self, action: str) -> Change:
        call = self.services.close_round if action == "close" else self.services.reopen_round
        return self._on_round(call)

    def again(self) -> Change:
        return self._do(self._action)

    def back(self) -> Change:
        return self._do("reopen" if self._action == "close" else "close")


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
        text = QCoreApplication.translate("scoring_commands", "Open round {number}")
        super().__init__(services, round_ref, text.format(number=round_ref.number), report)
        self._options = dict(options)

    def again(self) -> Change:
        return self.services.open_round(self.round.workshop_id, **self._options)

    def back(self) -> Change:
        return self._on_round(self.services.discard_round)


class TimerCommand(RoundServiceCommand):
    """A round's countdown set, changed or stopped; undo puts back the deadline it had."""

    def __init__(
        self, services: Services, round_ref: RoundRef, done: Change, text: str, report: Report
    ) -> None:
        super().__init__(services, round_ref, text, report)
        self._old: str | None = done.detail["old"]
        self._new: str | None = done.detail["new"]

    def again(self) -> Change:
        return self._on_round(
            lambda r: self.services.set_round_deadline(r, self._new, expect=self._old)
        )

    def back(self) -> Change:
        return self._on_round(
            lambda r: self.services.set_round_deadline(r, self._old, expect=self._new)
        )


class ImportBallotsCommand(RoundServiceCommand):
    """Paper ballots imported into an open round as one step.

    Undo and redo are exact and one transaction each (set_scores), from the values before and
    after that the import's own transaction recorded; a cell someone has changed since makes
    the whole undo (or redo) a Conflict, and nothing changes.
    """

    def __init__(
        self, services: Services, round_ref: RoundRef, done: Change, source: str, report: Report
    ) -> None:
        text = QCoreApplication.translate("scoring_commands", "Import ballots from {file}")
        super().__init__(services, round_ref, text.format(file=source), report)
        self._after: dict[ScoreKey, int | None] = _cells(done.sealed["values"])
        replaced = _cells(done.sealed["previous"])  # the cells not listed were empty
        self._before: dict[ScoreKey, int | None] = {k: replaced.get(k) for k in self._after}
        self.fresh = [k for k in self._after if self._before.get(k) is None]
        self.replaced = [
            k for k in self._after if self._before.get(k) not in (None, self._after[k])
        ]

    def again(self) -> Change:
        return self._on_round(
            lambda r: self.services.set_scores(r, self._after, expect=self._before)
        )

    def back(self) -> Change:
        return self._on_round(
            lambda r: self.services.set_scores(r, self._before, expect=self._after)
        )


def _cells(rows: Sequence[Sequence[Any]]) -> dict[ScoreKey, int | None]:
    return {(int(p), int(q), int(c)): (None if v is None else int(v)) for p, q, c, v in rows}
