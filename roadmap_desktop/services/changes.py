"""What a service call changed, in a typed vocabulary, and the feed that tells listeners.

Every change has a kind (ChangeKind, the name the audit log keeps) and flags (Affects) that
the service which made it fills in: what the change touches. Screens subscribe to flags,
never to kinds or their spelling, so a new kind of change reaches every screen it affects.

A change's `sealed` part holds values that must stay inside until a round is revealed (a
score, dots): it goes to the caller that made the change (its undo needs it), never to the
audit log, which records that an entry was made but not its value, nor to listeners, which
get `change.public()`. A reveal's event records how many entries the round holds and their
digest, so the log commits to the values once they are public.
"""

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import Flag, StrEnum, auto
from typing import Any

log = logging.getLogger(__name__)


class ChangeKind(StrEnum):
    """Every kind of change a service makes; the value is the audit log's name for it."""

    WORKSHOP_CREATED = "workshop.created"
    WORKSHOP_SETTINGS = "workshop.settings"
    WORKSHOP_CONFIGURED = "workshop.configured"
    WORKSHOP_IMPORTED = "workshop.imported"  # from a workshop file, as a new workshop
    WORKSHOP_SAVED_AS = "workshop.saved_as"  # the one event of a workshop file written
    WORKSHOP_RECORD_ROUND = "workshop.record_round"  # the round of record chosen
    WORKSHOP_COUNCIL = "workshop.council"  # the packet's council front section edited
    WORKSHOP_BUDGET = "workshop.budget"  # the budget of the best roadmap under a budget
    TIE_SETTLED = "tie.settled"  # proposals sharing a score ordered, by hand or by a runoff
    TIE_PLACED = "tie.placed"  # a settled tie undone or redone
    SCENARIO_SAVED = "scenario.saved"  # a named what-if: weights, cut rule, budget, marks
    SCENARIO_UPDATED = "scenario.updated"
    SCENARIO_DELETED = "scenario.deleted"
    SCENARIO_RESTORED = "scenario.restored"
    CUT_LINE_APPLIED = "cut_line.applied"
    CUT_LINE_PLACED = "cut_line.placed"  # an applied cut line undone or redone
    LANE_ADDED = "lane.added"
    LANE_RENAMED = "lane.renamed"
    LANE_LIMIT_CHANGED = "lane.limit_changed"
    LANE_RECOLOURED = "lane.recoloured"
    LANE_MOVED = "lane.moved"
    LANE_REMOVED = "lane.removed"
    LANE_RESTORED = "lane.restored"
    PROPOSAL_CREATED = "proposal.created"
    PROPOSALS_CREATED = "proposals.created"
    PROPOSAL_UPDATED = "proposal.updated"
    PROPOSAL_MOVED = "proposal.moved"
    PROPOSALS_MOVED = "proposals.moved"
    PROPOSALS_PLACED = "proposals.placed"
    PROPOSAL_DUPLICATED = "proposal.duplicated"
    PROPOSALS_ARCHIVED = "proposals.archived"
    PROPOSALS_RESTORED = "proposals.restored"
    PROPOSALS_DELETED = "proposals.deleted"
    PROPOSALS_UNDELETED = "proposals.undeleted"
    PROPOSALS_LINKED = "proposals.linked"  # a dependency: "needs" or "excludes"
    PROPOSALS_UNLINKED = "proposals.unlinked"
    PROPOSAL_NOTE_ADDED = "proposal.note_added"  # restored notes too (detail "restored")
    PROPOSAL_NOTE_REMOVED = "proposal.note_removed"
    PROPOSALS_IMPORTED = "proposals.imported"
    PROPOSALS_IMPORT_UNDONE = "proposals.import_undone"
    CRITERION_ADDED = "criterion.added"
    CRITERION_UPDATED = "criterion.updated"
    CRITERION_MOVED = "criterion.moved"
    CRITERION_REMOVED = "criterion.removed"
    CRITERION_RESTORED = "criterion.restored"
    PARTICIPANT_ADDED = "participant.added"
    PARTICIPANT_UPDATED = "participant.updated"
    PARTICIPANT_MOVED = "participant.moved"
    PARTICIPANT_REMOVED = "participant.removed"
    PARTICIPANT_RESTORED = "participant.restored"
    ROUND_OPENED = "round.opened"
    ROUND_DISCARDED = "round.discarded"
    ROUND_TIMER = "round.timer"
    ROUND_CLOSED = "round.closed"
    ROUND_REOPENED = "round.reopened"
    ROUND_REVEALED = "round.revealed"
    SCORE_RECORDED = "score.recorded"
    SCORE_CLEARED = "score.cleared"
    SCORES_SET = "scores.set"
    SCORES_IMPORTED = "scores.imported"
    DOTS_RECORDED = "dots.recorded"
    BALLOTS_ISSUED = "ballots.issued"
    BALLOT_REISSUED = "ballot.reissued"
    BALLOT_DEVICE_BOUND = "ballot.device_bound"
    BALLOT_DEVICE_RELEASED = "ballot.device_released"


class Affects(Flag):
    """What a change touches, so each screen redraws only for what it shows.

    BOARD: cards or lanes added, removed or edited (what a card or a lane header shows).
    ORDER: only where cards sit (a move): the board places them, nothing reloads; screens
        that list cards by lane (the ranking's lane column) catch up when shown.
    ENTRIES: votes in an open round: "n of N voted", the entry grid, a director's ballot.
    ROUNDS: a round opened, timed, closed, reopened or revealed.
    RESULTS: anything that can change the numbers of a revealed round's ranking (a reveal, a
        weight, a role, a card archived or deleted, …).
    SETTINGS: the workshop's own settings and vocabularies (criteria, domains, categories).
    PEOPLE: the participants: who they are, their roles, their order.
    WORKSHOPS: the store's list of workshops (a new one, a new name).
    DEVICES: the directors' join links and the phones they are used on.
    """

    NONE = 0
    BOARD = auto()
    ORDER = auto()
    ENTRIES = auto()
    ROUNDS = auto()
    RESULTS = auto()
    SETTINGS = auto()
    PEOPLE = auto()
    WORKSHOPS = auto()
    DEVICES = auto()

    @classmethod
    def named(cls, names: list[str]) -> "Affects":
        out = cls.NONE
        for name in names:
            out |= cls[name]
        return out

    def names(self) -> list[str]:
        return [f.name for f in type(self) if f and f in self and f.name]


@dataclass(frozen=True)
class Change:
    """One committed change: what the audit log records and what listeners are told.

    Attributes:
        kind: what happened.
        workshop_id: the workshop it happened in.
        affects: what it touches (filled in by the service that made it).
        subject: the id of the thing created or changed, when there is one.
        proposals, lanes, rounds: ids touched, so screens redraw only what they show.
        detail: JSON-ready facts, including what an undo needs (old places, old names, …).
        sealed: values that stay inside until a round is revealed (scores, dots); only the
            caller that made the change sees them (the audit log never does).
        event_id: the audit log's id for it (None until committed).
        external: True when another process made it (read back from the audit log).
    """

    kind: ChangeKind
    workshop_id: int | None
    affects: Affects = Affects.NONE
    subject: int | None = None
    proposals: tuple[int, ...] = ()
    lanes: tuple[int, ...] = ()
    rounds: tuple[int, ...] = ()
    detail: Mapping[str, Any] = field(default_factory=dict)
    sealed: Mapping[str, Any] = field(default_factory=dict, repr=False)
    event_id: int | None = None
    external: bool = False

    def payload(self) -> dict[str, Any]:
        """What the audit log keeps: everything but the kind, the workshop and the sealed
        values (the log is in every backup and copy; a value stays in the score table
        until its round is revealed)."""
        body: dict[str, Any] = {"subject": self.subject, **self.detail}
        for name in ("proposals", "lanes", "rounds"):
            if ids := getattr(self, name):
                body[name] = list(ids)
        body["affects"] = self.affects.names()
        return body

    def public(self) -> "Change":
        """The change without its sealed values: what listeners are told."""
        return replace(self, sealed={}) if self.sealed else self

    @classmethod
    def from_event(
        cls, event_id: int, kind: str, workshop_id: int | None, payload: Mapping[str, Any]
    ) -> "Change":
        """A change another process committed, read back from the audit log (which holds no
        sealed values)."""
        body = dict(payload)
        body.pop("sealed", None)
        subject = body.pop("subject", None)
        ids = {
            name: tuple(int(i) for i in body.pop(name, ()))
            for name in ("proposals", "lanes", "rounds")
        }
        affects = Affects.named(list(body.pop("affects", [])))
        return cls(
            ChangeKind(kind),
            workshop_id,
            affects,
            subject=subject,
            detail=body,
            event_id=event_id,
            external=True,
            proposals=ids["proposals"],
            lanes=ids["lanes"],
            rounds=ids["rounds"],
        )


Listener = Callable[[Change], None]


class ChangeFeed:
    """Listeners told of each committed change, without its sealed values, in the thread that
    committed it (a GUI must carry it over to its own thread: see ui/change_bridge.py)."""

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
        told = change.public()
        # The change is already committed: a failing listener must not make it look undone.
        for listener in list(self._listeners):
            try:
                listener(told)
            except Exception:
                log.exception("a listener failed on a %s change", change.kind.value)
