"""The unit of work every service method uses: one session, one transaction, one event."""

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, SQLModel

from roadmap_desktop.domain.rules import RuleError
from roadmap_desktop.services.changes import Change, ChangeFeed, Listener
from roadmap_desktop.services.errors import NotFound, ServiceError
from roadmap_desktop.store import Store
from roadmap_desktop.store.errors import explain
from roadmap_desktop.store.tables import Event, Workshop

T = TypeVar("T", bound=SQLModel)


class ServiceBase:
    """Holds the store and the change feed; subclasses add the use cases.

    Attributes:
        store: the open store; nothing outside services/ opens a session on it.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._feed = ChangeFeed()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Calls listener(change) after each committed change; returns the unsubscribe call."""
        return self._feed.subscribe(listener)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """A session whose failures come out as ServiceError or StoreError, never half-done."""
        session = Session(self.store.engine, expire_on_commit=False)
        try:
            yield session
        except RuleError as exc:
            session.rollback()
            raise ServiceError(str(exc)) from exc
        except IntegrityError as exc:
            session.rollback()
            raise ServiceError(_integrity_sentence(exc)) from exc
        except DBAPIError as exc:
            session.rollback()
            raise explain(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _commit(self, session: Session, change: Change) -> Change:
        """Appends the change to the audit log, commits, then tells the listeners."""
        session.add(
            Event(
                workshop_id=change.workshop_id,
                kind=change.kind,
                payload=json.dumps(change.payload(), ensure_ascii=False, default=str),
            )
        )
        session.commit()
        self._feed.publish(change)
        return change

    @staticmethod
    def _get(session: Session, table: type[T], ident: int, what: str) -> T:
        row = session.get(table, ident)
        if row is None:
            raise NotFound(f"The {what} #{ident} does not exist (it may have been deleted).")
        return row

    @staticmethod
    def _owned(row: SQLModel, workshop_id: int, what: str) -> None:
        if getattr(row, "workshop_id", None) != workshop_id:
            raise ServiceError(f"That {what} belongs to another workshop.")

    def _workshop(self, session: Session, workshop_id: int) -> Workshop:
        return self._get(session, Workshop, workshop_id, "workshop")


def _integrity_sentence(exc: IntegrityError) -> str:
    text = str(exc.orig).lower()
    if "unique" in text:
        return "That name is already taken in this workshop."
    if "foreign key" in text:
        return "That change refers to something that no longer exists."
    return f"The store refused the change ({exc.orig})."
