"""The unit of work every service method uses: one transaction, one event, told after commit.

A write begins before its first read (BEGIN IMMEDIATE on SQLite, see store/engine.py), so a
rule checked inside it (a dot budget, "one open round", a lane's order) holds however other
writers interleave. The store holds the same rules as constraints and triggers; a write that
breaks one anyway is refused with the sentence for that rule, found by its name.

Changes committed by another process reach this one through `poll_changes`, which reads the
audit log past the last event seen; changes this instance made are told at once, not twice.
"""

import json
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, SQLModel, col

from roadmap_desktop.domain.rules import RuleError
from roadmap_desktop.services.changes import Change, ChangeFeed, Listener
from roadmap_desktop.services.errors import Conflict, NotFound, ServiceError
from roadmap_desktop.services.lane_keys import connection
from roadmap_desktop.store import Store, chain
from roadmap_desktop.store.errors import constraint_name, explain
from roadmap_desktop.store.tables import Event, Workshop, utc_now
from roadmap_desktop.words import Message, _

T = TypeVar("T", bound=SQLModel)
_EVENTS: Any = Event.__table__  # type: ignore[attr-defined]
_APPEND = insert(_EVENTS).returning(_EVENTS.c.id)

# The sentence for each rule the store holds, by the rule's name.
_RULES: dict[str, Message] = {
    "uq_workshop_name": _("A workshop with that name already exists."),
    "uq_lane_name": _("This workshop already has a lane with that name."),
    "uq_domain_name": _("This workshop already has a domain with that name."),
    "uq_category_name": _("This workshop already has a category with that name."),
    "uq_criterion_name": _("This workshop already has a criterion with that name."),
    "uq_participant_name": _("This workshop already has a participant with that name."),
    "uq_round_one_open": _(
        "Another round is already open in this workshop; close it before opening another."
    ),
    "uq_round_number": _(
        "Another round with that number was opened at the same moment; try again."
    ),
    "uq_score_entry": _(
        "That score was recorded from another device at the same moment; try again."
    ),
    "uq_dot_vote_entry": _(
        "Those dots were given from another device at the same moment; try again."
    ),
    "uq_proposal_lane_order": _(
        "Another change put a card in that place at the same moment; try again."
    ),
    "ck_domain_short_name": _("A domain's short label is at most 24 characters."),
    "ck_category_short_name": _("A category's short label is at most 24 characters."),
    "tr_entry_round_not_open": _("That round is not open: its entries can no longer change."),
    "tr_entry_not_allowed": _(
        "That vote does not fit the round: observers do not vote, and a round takes only its "
        "own kind of vote."
    ),
    "tr_score_in_scale": _("That score is outside its criterion's scale."),
    "tr_dot_budget": _("That is more dots than the round gives each director."),
    "tr_round_revealed_final": _("A revealed round cannot be hidden again."),
    "tr_round_kept": _(
        "Only an open round can be discarded; a closed or revealed round stays on record."
    ),
    "tr_proposal_link_workshop": _("A dependency links two proposals of the same workshop."),
    "ck_proposal_link_other": _("A proposal cannot depend on itself."),
    "ck_proposal_funding": _("A proposal is marked must-fund, must-not or neither."),
    "ck_workshop_budget": _("The budget is an amount of zero or more."),
    "tr_tie_order_workshop": _("A settled tie orders proposals of its own workshop."),
    "ck_tie_order_reason": _("Settling a tie by hand needs a written reason."),
    "ck_proposal_note_text": _("A note needs some text."),
    "uq_scenario_name": _("Another scenario of this workshop has that name."),
    "uq_event_chain": _("Another change was recorded at the same moment; try again."),
    "tr_event_chain": _("Another change was recorded at the same moment; try again."),
    "fk": _("That change refers to something that no longer exists."),
}
# The same sentences in English (support reads them; the user is shown _rule_message's).
RULE_SENTENCES: dict[str, str] = {name: m.msgid for name, m in _RULES.items()}


def _rule_message(exc: IntegrityError) -> Message | None:
    name = constraint_name(exc)
    return _RULES.get(name) if name else None


def rule_sentence(exc: IntegrityError) -> str | None:
    """The sentence for the rule exc broke, in the current language; None for no rule of
    ours."""
    message = _rule_message(exc)
    return None if message is None else str(message)


class ServiceBase:
    """Holds the store and the change feed; subclasses add the use cases.

    Attributes:
        store: the open store; nothing outside services/ opens a session on it.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._feed = ChangeFeed()
        self._events = threading.Lock()
        self._own: set[int] = set()  # events this instance committed, not yet polled past
        self._seen = self._last_event_id()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Calls listener(change) after each committed change, in the committing thread (or
        in the thread that calls poll_changes, for another process's changes); returns the
        unsubscribe call."""
        return self._feed.subscribe(listener)

    # -- transactions ------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Session]:
        """A read-only session: one consistent snapshot of the store."""
        session = Session(self.store.engine, expire_on_commit=False)
        try:
            with self._errors(session):
                yield session
        finally:
            session.close()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A write transaction that holds the store's write lock from its first statement;
        whatever is refused inside it rolls back whole, as a ServiceError or StoreError."""
        session = Session(self.store.writer, expire_on_commit=False)
        try:
            with self._errors(session):
                yield session
        finally:
            session.close()

    @contextmanager
    def _write_fast(self) -> Iterator[Connection]:
        """A write transaction on a bare connection, for the calls a room makes many times a
        minute (a move, a score, dots): the same lock and guarantees as _write, without the
        ORM session's cost."""
        with self.store.writer.connect() as conn, self._errors(conn):
            yield conn

    @contextmanager
    def _errors(self, session: Session | Connection) -> Iterator[None]:
        try:
            yield
        except RuleError as exc:
            session.rollback()
            # The rule's sentence as it came (a Message renders where it is shown).
            raise ServiceError(exc.args[0] if len(exc.args) == 1 else str(exc)) from exc
        except IntegrityError as exc:
            session.rollback()
            sentence = _rule_message(exc)
            if sentence is None:
                raise explain(exc) from exc
            raise ServiceError(sentence) from exc
        except DBAPIError as exc:
            session.rollback()
            raise explain(exc) from exc
        except BaseException:
            session.rollback()
            raise

    def _commit(self, session: Session | Connection, change: Change) -> Change:
        """Appends the change to the audit log, chained to the newest event, commits, then
        tells the listeners."""
        conn = connection(session)
        payload = json.dumps(change.payload(), ensure_ascii=False, default=str)
        at = utc_now()
        # Read inside the write transaction (it holds the write lock), so no other writer's
        # event can come between the head read here and this one.
        prev = conn.exec_driver_sql(chain.SELECT_HEAD).scalar() or chain.GENESIS
        kind = change.kind.value
        event_id = conn.execute(
            _APPEND,
            {
                "workshop_id": change.workshop_id,
                "at": at,
                "kind": kind,
                "payload": payload,
                "prev_hash": prev,
                "hash": chain.event_hash(prev, change.workshop_id, at, kind, payload),
            },
        ).scalar_one()
        with self._events:
            self._own.add(event_id)
        try:
            session.commit()
        except BaseException:
            with self._events:
                self._own.discard(event_id)
            raise
        done = replace(change, event_id=event_id)
        self._feed.publish(done)
        return done

    # -- other writers ----------------------------------------------------------------

    def _last_event_id(self) -> int:
        with self._read() as s:
            return int(s.execute(select(func.coalesce(func.max(Event.id), 0))).scalar_one())

    def poll_changes(self) -> list[Change]:
        """Tells the listeners (and returns) the changes that other processes committed since
        the last poll, read back from the audit log, oldest first, without sealed values."""
        with self._events:
            with self._read() as s:
                rows = s.execute(
                    select(
                        col(Event.id), col(Event.kind), col(Event.workshop_id), col(Event.payload)
                    )
                    .where(col(Event.id) > self._seen)
                    .order_by(col(Event.id))
                ).all()
            found: list[Change] = []
            for event_id, kind, workshop_id, payload in rows:
                self._seen = max(self._seen, event_id)
                if event_id in self._own:
                    self._own.discard(event_id)
                    continue
                found.append(Change.from_event(event_id, kind, workshop_id, json.loads(payload)))
            self._own = {i for i in self._own if i > self._seen}
        for change in found:
            self._feed.publish(change)
        return found

    # -- the record ---------------------------------------------------------------------

    def audit_head(self) -> chain.Head | None:
        """The newest event of the store's audit log (its id, its hash and how many events
        the log holds), None for an empty log: a later copy of the store can be compared
        with it."""
        with self._read() as s:
            conn = s.connection()
            newest = conn.exec_driver_sql(
                "SELECT id, hash FROM event ORDER BY id DESC LIMIT 1"
            ).first()
            if newest is None:
                return None
            count = conn.exec_driver_sql("SELECT count(*) FROM event").scalar_one()
        return chain.Head(int(newest[0]), str(newest[1]), int(count))

    def verify_audit_log(self) -> list[str]:
        """What is wrong with the audit log, one sentence each (a few, then a count); empty
        when every event is as it was written and follows the one before it, and every
        revealed round still holds the entries its reveal recorded."""
        with self._read() as s:
            return chain.audit_problems(s.connection())

    def _with_entries_digest(self, s: Session, change: Change) -> Change:
        """A reveal's change that also records how many entries the round holds and their
        SHA-256: the values are public now, so the log commits to them (never before)."""
        assert change.subject is not None, "a reveal names its round"
        count, digest = chain.entries_digest(connection(s), change.subject)
        detail = {**change.detail, chain.ENTRIES: count, chain.ENTRIES_SHA256: digest}
        return replace(change, detail=detail)

    # -- helpers ------------------------------------------------------------------------

    @staticmethod
    def _get(session: Session, table: type[T], ident: int, what: str) -> T:
        """The row; NotFound when it is gone. what names its kind: "workshop", "proposal",
        "lane", "round", "participant", "criterion", "domain" or "category"."""
        row = session.get(table, ident)
        if row is None:
            raise NotFound(missing(what, ident))
        return row

    @staticmethod
    def _owned(row: SQLModel, workshop_id: int, what: str) -> None:
        if getattr(row, "workshop_id", None) != workshop_id:
            raise ServiceError(elsewhere(what))

    def _workshop(self, session: Session, workshop_id: int) -> Workshop:
        return self._get(session, Workshop, workshop_id, "workshop")


def missing(what: str, ident: int) -> Message:
    """The sentence for a thing of kind what (as _get names it) that does not exist."""
    match what:
        case "workshop":
            return _("The workshop #{id} does not exist (it may have been deleted).", id=ident)
        case "proposal":
            return _("The proposal #{id} does not exist (it may have been deleted).", id=ident)
        case "lane":
            return _("The lane #{id} does not exist (it may have been deleted).", id=ident)
        case "round":
            return _("The round #{id} does not exist (it may have been deleted).", id=ident)
        case "participant":
            return _("The participant #{id} does not exist (it may have been deleted).", id=ident)
        case "criterion":
            return _("The criterion #{id} does not exist (it may have been deleted).", id=ident)
        case "domain":
            return _("The domain #{id} does not exist (it may have been deleted).", id=ident)
        case "category":
            return _("The category #{id} does not exist (it may have been deleted).", id=ident)
    return _("The item #{id} does not exist (it may have been deleted).", id=ident)


def elsewhere(what: str) -> Message:
    """The sentence for a thing of kind what that belongs to another workshop."""
    match what:
        case "proposal":
            return _("That proposal belongs to another workshop.")
        case "lane":
            return _("That lane belongs to another workshop.")
        case "round":
            return _("That round belongs to another workshop.")
        case "participant":
            return _("That participant belongs to another workshop.")
        case "criterion":
            return _("That criterion belongs to another workshop.")
        case "domain":
            return _("That domain belongs to another workshop.")
        case "category":
            return _("That category belongs to another workshop.")
    return _("That item belongs to another workshop.")


def expect_fields(row: object, expected: Mapping[str, Any] | None, refusal: Message) -> None:
    """Refuses (Conflict, with the sentence refusal) when someone else has changed the fields
    an undo or a redo is about to write back: the newer values stay."""
    if not expected:
        return
    for key, value in expected.items():
        if getattr(row, key) != value:
            raise Conflict(refusal)
