"""Carries the services' after-commit notifications into Qt, on the GUI thread.

A change committed on the GUI thread is delivered at once (the screens update before the
call that made it returns). A change committed on another thread (the ballot server's) is
queued to the GUI thread: no screen ever runs on a writer's thread. A change committed by
another process reaches us through a poll of the audit log, a few times a second.
"""

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from roadmap_desktop.services import Change, Problem, Services

POLL_MS = 400  # other processes' changes show within half a second


class ChangeBridge(QObject):
    """Re-emits every committed Change as a Qt signal in the GUI thread.

    Signals:
        changed(Change): a change was committed (here, on another thread, or elsewhere).
        problem(str): the store could not be read for other writers' changes.
    """

    changed = Signal(object)
    problem = Signal(str)
    _arrived = Signal(object)

    def __init__(
        self, services: Services, parent: QObject | None = None, *, poll_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self.services = services
        # Auto: direct when emitted on our thread, queued from any other.
        self._arrived.connect(self._deliver, Qt.ConnectionType.AutoConnection)
        unsubscribe = services.subscribe(self._relay)
        # The closure holds no reference to self, so it still works while self is destroyed.
        self.destroyed.connect(lambda *_: unsubscribe())
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

    def poll(self) -> None:
        """Reads what other processes have committed since the last poll."""
        try:
            self.services.poll_changes()
        except Problem as exc:
            self.problem.emit(str(exc))
