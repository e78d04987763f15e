"""What both start-up children of the board benchmark share: a first-paint watcher that quits
the app, and the process's own peak memory. Imports only Qt's core, which both load anyway."""

import resource
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

GIVE_UP_MS = 60_000  # no paint by then: exit non-zero instead of hanging the benchmark


def peak_rss_kb() -> int:
    """This process's peak resident memory in KB. On Linux, VmHWM from /proc/self/status: the
    peak of this program's own memory. (ru_maxrss is no good there: Linux carries the parent's
    peak across fork + exec, so a child started by a big benchmark process reports the
    parent's size.) Elsewhere ru_maxrss, which macOS gives in bytes."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


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
