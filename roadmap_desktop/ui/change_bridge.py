"""Carries the services' after-commit notifications into Qt, on the GUI thread.

A change committed on the GUI thread is delivered at once (the screens update before the
call that made it returns). A change committed on another thread (the ballot server's) is
queued to the GUI thread: no screen ever runs on a writer's thread. A change committed by
another process reaches us through a read of the audit log (`poll`): on a shared PostgreSQL
store as soon as the store's change notice arrives (services/live.py), with a slower poll
kept as the fallback; on a SQLite file, a few times a second.
"""

import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from roadmap_desktop.services import Change, Problem, Services, live

POLL_MS = 400  # other processes' changes show within half a second
# On a shared store a notice says when to read; the poll only covers a notice gone astray.
NOTIFIED_POLL_MS = 2000


class _Mailbox:
    """What the listener's thread calls: it asks the GUI thread for one read at a time (a
    burst of notices is one read, which reads them all), and nothing once closed. It holds
    the bridge weakly: the listener's thread never keeps a bridge alive."""

    def __init__(self, bridge: "ChangeBridge") -> None:
        self._lock = threading.Lock()
        self._bridge: weakref.ref[ChangeBridge] | None = weakref.ref(bridge)
        self._queued = threading.Event()

    def _target(self) -> "ChangeBridge | None":
        return None if self._bridge is None else self._bridge()

    def notice(self, _event_id: int | None) -> None:
        with self._lock:
            bridge = self._target()
            if bridge is not None and not self._queued.is_set():
                self._queued.set()
                bridge._noticed.emit()

    def state(self, connected: bool) -> None:
        with self._lock:
            bridge = self._target()
            if bridge is not None:
                bridge._state.emit(connected)

    def taken(self) -> None:
        """The GUI thread reads now: a notice after this asks for another read."""
        self._queued.clear()

    def close(self) -> None:
        with self._lock:
            self._bridge = None


class ChangeBridge(QObject):
    """Re-emits every committed Change as a Qt signal in the GUI thread.

    Signals:
        changed(Change): a change was committed (here, on another thread, or elsewhere).
        problem(str): the store could not be read for other writers' changes.
        connection(bool): the shared store's connection was lost (False) or is back (True).
    """

    changed = Signal(object)
    problem = Signal(str)
    connection = Signal(bool)
    _arrived = Signal(object)
    _noticed = Signal()
    _state = Signal(bool)

    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        *,
        poll_ms: int | None = None,
        notices: bool = True,
    ) -> None:
        super().__init__(parent)
        self.services = services
        # Auto: direct when emitted on our thread, queued from any other.
        self._arrived.connect(self._deliver, Qt.ConnectionType.AutoConnection)
        self._noticed.connect(self._on_notice, Qt.ConnectionType.QueuedConnection)
        self._state.connect(self._on_state, Qt.ConnectionType.QueuedConnection)
        self.connected = True
        unsubscribe = services.subscribe(self._relay)
        self._mailbox = _Mailbox(self)
        self.listener = (
            live.listen(services, self._mailbox.notice, self._mailbox.state) if notices else None
        )
        # The closure holds no reference to self, so it still works while self is destroyed.
        mailbox, listener = self._mailbox, self.listener
        self.destroyed.connect(lambda *_: _stop(mailbox, listener, unsubscribe))
        if poll_ms is None:
            poll_ms = POLL_MS if self.listener is None else NOTIFIED_POLL_MS
        self.poller = QTimer(self, interval=poll_ms)
        self.poller.timeout.connect(self.poll)
        if poll_ms > 0:
            self.poller.start()

    def _relay(self, change: Change) -> None:
        # Runs in the committing thread; _deliver runs in ours.
        self._arrived.emit(change)

    @Slot(object)
    def _deliver(self, change: Change) -> None:
        self.changed.emit(change)

    @Slot()
    def _on_notice(self) -> None:
        self._mailbox.taken()
        self.poll()

    @Slot(bool)
    def _on_state(self, connected: bool) -> None:
        self.connected = connected
        self.connection.emit(connected)

    def poll(self) -> None:
        """Reads what other processes have committed since the last poll."""
        try:
            self.services.poll_changes()
        except Problem as exc:
            if self.connected:  # while the connection is lost, the banner says so
                self.problem.emit(str(exc))

    def stop(self) -> None:
        """Stops the polls and the change notices (the window closes)."""
        self.poller.stop()
        self._mailbox.close()
        if self.listener is not None:
            self.listener.stop()


def _stop(
    mailbox: _Mailbox, listener: live.Listener | None, unsubscribe: Callable[[], None]
) -> None:
    mailbox.close()
    if listener is not None:
        listener.stop()
    unsubscribe()
