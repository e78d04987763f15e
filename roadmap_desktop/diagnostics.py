"""Diagnostics: the rotating log file, crash reports and the top-level error handlers.

Everything goes to the app's data folder (locations.data_dir()): `logs/roadmap-desktop.log`
(rotated at 1 MB, five kept), `logs/faulthandler.log` (a hard crash's stacks, written by the
interpreter itself) and `crash-reports/crash-YYYYmmdd-HHMMSS.txt`: the time, the versions, the
traceback and the log's last lines. A report holds no workshop data beyond what was logged.
The report and the log are for support: English, whatever the window's language; only the
sentences a person reads on the screen go through the catalogs.
"""

import faulthandler
import logging
import logging.handlers
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from roadmap_desktop import APP_NAME, locations
from roadmap_desktop.versions import versions
from roadmap_desktop.words import _

LOG_NAME = "roadmap-desktop.log"
LOG_BYTES, LOG_KEPT = 1_000_000, 5
FAULT_NAME = "faulthandler.log"
TAIL_LINES = 200

log = logging.getLogger("roadmap_desktop")
_fault_file: IO[str] | None = None  # kept open: faulthandler writes to it when the process dies


def logs_dir() -> Path:
    folder = locations.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def reports_dir() -> Path:
    folder = locations.data_dir() / "crash-reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def start_logging() -> Path:
    """The rotating log file (once per process); returns its path."""
    path = logs_dir() / LOG_NAME
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in log.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_BYTES, backupCount=LOG_KEPT, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def _log_tail(lines: int = TAIL_LINES) -> list[str]:
    path = logs_dir() / LOG_NAME
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", errors="replace") as handle:
        return [line.rstrip("\n") for line in deque(handle, maxlen=lines)]


def write_crash_report(
    exc: BaseException, where: str = "the window", *, tb: TracebackType | None = None
) -> Path:
    """Writes a crash report for exc and returns its path (never raises for a full disk: then
    the report goes to the temporary folder)."""
    now = datetime.now()
    trace = "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
    log.error("unexpected error in %s:\n%s", where, trace.rstrip())
    body = [
        f"{APP_NAME} crash report, {now.isoformat(timespec='seconds')}",
        f"Where: {where}",
        "",
        *(f"{name}: {value}" for name, value in versions().items()),
        "",
        trace.rstrip(),
        "",
        f"The log's last {TAIL_LINES} lines:",
        *_log_tail(),
        "",
    ]
    name = f"crash-{now:%Y%m%d-%H%M%S-%f}.txt"
    try:
        path = reports_dir() / name
        path.write_text("\n".join(body), encoding="utf-8")
    except OSError:
        import tempfile

        path = Path(tempfile.gettempdir()) / name
        path.write_text("\n".join(body), encoding="utf-8")
    return path


def keep_last_hard_crash() -> Path | None:
    """If the last run died hard (faulthandler wrote its stacks), moves that file into the
    reports folder and returns it; call before enable_faulthandler()."""
    fault = logs_dir() / FAULT_NAME
    if not fault.is_file() or fault.stat().st_size == 0:
        return None
    kept = reports_dir() / f"hard-crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
    fault.replace(kept)
    log.warning("the last run ended in a hard crash; its stacks are in %s", kept)
    return kept


def enable_faulthandler() -> Path:
    """A hard crash (a segfault in a library) writes every thread's stack to the log folder."""
    global _fault_file
    path = logs_dir() / FAULT_NAME
    if _fault_file is None:
        _fault_file = path.open("w", encoding="utf-8")
        faulthandler.enable(_fault_file, all_threads=True)
    return path


def install_handlers(on_crash: Callable[[Path], None]) -> None:
    """Unexpected exceptions on any thread are written to a report, then on_crash(report)
    runs (the window shows its dialog; it must not raise). KeyboardInterrupt is left alone."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        report = write_crash_report(exc, tb=tb)
        try:
            on_crash(report)
        except Exception:  # the handler itself failed: the report is written, say so here
            said = _("{app}: an unexpected error; report: {report}", app=APP_NAME, report=report)
            print(said, file=sys.stderr)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
