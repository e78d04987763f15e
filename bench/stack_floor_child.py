"""Child process of the "board" benchmark's baseline: the floor our stack sets for opening a
window. Imports only PySide6.QtWidgets and sqlmodel, shows an empty QMainWindow (sized as the
app sizes its window) and quits at its first paint.

    QT_QPA_PLATFORM=offscreen python bench/stack_floor_child.py

Prints one JSON line to stdout: {"rss_kb": peak RSS in KB (see peak_rss_kb), "painted": bool}.
"""

import json
import sys

import sqlmodel  # noqa: F401  (the floor includes the store's stack)
from child_support import GIVE_UP_MS, FirstPaint, peak_rss_kb
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    room = window.screen().availableGeometry()  # the size the app's window opens at
    window.resize(int(room.width() * 0.92), int(room.height() * 0.9))
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(GIVE_UP_MS, lambda: app.exit(4))
    code = app.exec()
    rss_kb = peak_rss_kb()
    print(json.dumps({"rss_kb": rss_kb, "painted": watcher.painted}), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
