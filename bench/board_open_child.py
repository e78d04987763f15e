"""Child process of the "board" benchmark: opens the app on STORE the way the real entry does
(roadmap_desktop.cli.main → roadmap_desktop.app.run → MainWindow), and quits at the first paint
of the board's first lane.

    QT_QPA_PLATFORM=offscreen python bench/board_open_child.py STORE

The only hook is a wrapper around QApplication.exec, which app.run calls right after
window.show(): it puts a paint watcher on the first lane view's viewport, then runs the real
event loop. At the first QEvent.Paint there it posts QTimer.singleShot(0, app.quit). The parent
times from just before starting this process to its exit. Prints one JSON line to stdout:
{"rss_kb": peak RSS in KB (see peak_rss_kb), "cards": cards on the board, "painted": bool}.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_state: dict[str, object] = {"cards": 0}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: board_open_child.py STORE", file=sys.stderr)
        return 2
    # app.run imports PySide6.QtWidgets first anyway; importing it here costs nothing extra.
    from child_support import GIVE_UP_MS, FirstPaint, peak_rss_kb
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from roadmap_desktop.cli import main as entry  # what the roadmap-desktop command runs

    watcher = FirstPaint()

    real_exec = QApplication.exec

    def exec_until_first_paint(app: QApplication) -> int:
        window = next(
            (w for w in QApplication.topLevelWidgets() if hasattr(w, "board_widget")), None
        )
        views = window.board_widget.views if window is not None else []
        if not views:
            print("board_open_child: no board on screen", file=sys.stderr)
            return 3
        _state["cards"] = sum(v.model().rowCount() for v in views)
        views[0].viewport().installEventFilter(watcher)
        QTimer.singleShot(GIVE_UP_MS, lambda: app.exit(4))
        return real_exec()  # static in PySide6

    QApplication.exec = exec_until_first_paint  # type: ignore[method-assign]
    code = entry(["--db", argv[1]])
    rss_kb = peak_rss_kb()
    print(json.dumps({"rss_kb": rss_kb, "painted": watcher.painted, **_state}), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
