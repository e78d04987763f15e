"""Slow work (reading a large spreadsheet) off the GUI thread: one helper with success and
failure callbacks, which run back on the GUI thread; the worker never touches a widget."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int], None]


class _Relay(QObject):
    """Carries a worker's results to the GUI thread (queued signals)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work(self._relay.progressed.emit)
        except Exception as exc:  # handed to the GUI thread, which decides what to say
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def run_in_background(
    work: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Progress | None = None,
    parent: QObject | None = None,
) -> QObject:
    """Runs work(progress) on the thread pool; the callbacks run on the GUI thread. Returns
    the relay object (keep it, or give a parent, until a callback has run)."""
    relay = _Relay(parent)
    relay.succeeded.connect(on_done)
    relay.failed.connect(on_error)
    if on_progress is not None:
        relay.progressed.connect(on_progress)
    relay.succeeded.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Job(work, relay))
    return relay
