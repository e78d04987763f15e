"""Carries the services' after-commit notifications into Qt as a signal."""

from PySide6.QtCore import QObject, Signal

from roadmap_desktop.services import Change, Services


class ChangeBridge(QObject):
    """Re-emits every committed Change as a Qt signal.

    Signals:
        changed(Change): a service call committed this change.
    """

    changed = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        unsubscribe = services.subscribe(self._relay)
        # The closure holds no reference to self, so it still works while self is destroyed.
        self.destroyed.connect(lambda *_: unsubscribe())

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)
