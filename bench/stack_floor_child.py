"""Child process of the "board" benchmark's baseline: the floor our stack sets for opening a
window. Imports only PySide6.QtWidgets and sqlmodel, shows an empty QMainWindow (sized as the
app sizes its window) and quits at its first paint.

    QT_QPA_PLATFORM=offscreen python bench/stack_floor_child.py

Prints one JSON line to stdout: {"rss_kb": peak RSS in KB (see peak_rss_kb), "painted": bool}.
"""

import json
import resource
import sys

import sqlmodel  # noqa: F401  (the floor includes the store's stack)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

GIVE_UP_MS = 60_000
_state = {"painted": False}


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
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not _state["painted"]:
            _state["painted"] = True
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    room = window.screen().availableGeometry()
    window.resize(min(1280, int(room.width() * 0.92)), min(800, int(room.height() * 0.9)))
    watcher = FirstPaint(app)
    window.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(GIVE_UP_MS, lambda: app.exit(4))
    code = app.exec()
    rss_kb = peak_rss_kb()
    print(json.dumps({"rss_kb": rss_kb, **_state}), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
