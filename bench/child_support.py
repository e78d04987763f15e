"""What both start-up children of the board benchmark share: a first-paint watcher that quits
the app, and the process's own peak memory. Imports only Qt's core, which both load anyway."""

from peak_memory import peak_rss_kb  # noqa: F401  (the children import it from here)
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

GIVE_UP_MS = 60_000  # no paint by then: exit non-zero instead of hanging the benchmark


class FirstPaint(QObject):
    """Quits the application right after the first paint of the widget it watches.

    Attributes:
        painted: whether that paint happened.
    """

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, QCoreApplication.quit)
        return False
