"""`roadmap-desktop --self-test`: proves an installed or frozen app works end to end.

What a city's IT department runs after copying the bundle to a laptop (and what CI runs on the
frozen folder): the demo workshop in a temporary folder, the window drawn on each tab, the
poster, the council packet and the results workbook exported and read back, the ballot
server started, asked for its page and stopped. Each step prints one line; the first failure
prints its sentence and the exit code is 1. Nothing is written outside the temporary folder:
not the user's settings, not the data folder.
"""

import os
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from roadmap_desktop.words import Message, Num, _, n_, p_

if TYPE_CHECKING:
    from roadmap_desktop.services import Services

EXIT_OK, EXIT_FAILED = 0, 1
MIN_PDF_BYTES = 10_000  # a poster or packet smaller than this lost its content


class SelfTestFailed(Exception):
    """One step's failure, said in a sentence."""


def _check(condition: bool, sentence: Message) -> None:
    if not condition:
        raise SelfTestFailed(sentence)


def _check_pdf(path: Path, what: Message) -> Message:
    data = path.read_bytes()
    # Translators: {what} is "poster" or "council packet".
    _check(data.startswith(b"%PDF-"), _("The {what} at {path} is not a PDF.", what=what, path=path))
    _check(b"%%EOF" in data[-1024:], _("The {what} at {path} is cut short.", what=what, path=path))
    _check(
        len(data) >= MIN_PDF_BYTES,
        _("The {what} at {path} is nearly empty.", what=what, path=path),
    )
    return _("{size} KB", size=Num(len(data) // 1024))


def _versions() -> str:
    """The versions Help ▸ About shows (Qt's among them: loaded here first), on one line."""
    import PySide6.QtCore  # noqa: F401

    from roadmap_desktop.versions import versions

    found = ", ".join(f"{name} {value}" for name, value in versions().items())
    if getattr(sys, "frozen", False):
        # Translators: the versions, then that the app runs from a bundle (PyInstaller).
        return str(_("{versions}, frozen", versions=found))
    return found


def _draw_tabs(services: "Services", folder: Path) -> str:
    """Shows the window over the demo and draws each tab (and each tab inside one): every
    picture must hold more than its background."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTabWidget

    from roadmap_desktop import words
    from roadmap_desktop.app import open_services
    from roadmap_desktop.ui import theme, translation
    from roadmap_desktop.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translation.install(words.current())  # the messages' language, its Qt catalogs loaded
    theme.apply(app)
    window = MainWindow(services, open_store=open_services)
    window.resize(1366, 768)
    window.show()
    drawn: list[str] = []
    # An exception in a slot (a chart whose library is missing from a bundle) only prints a
    # traceback; here it fails the step.
    raised: list[BaseException] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda _type, exc, _tb: raised.append(exc)
    try:
        tab_widgets = [window.tabs, *window.tabs.findChildren(QTabWidget)]
        for tabs in tab_widgets:
            for index in range(tabs.count()):
                if tabs is not window.tabs:
                    window.tabs.setCurrentWidget(_page_holding(window.tabs, tabs))
                tabs.setCurrentIndex(index)
                settled = _settle(app, window)
                name = tabs.tabText(index).replace("&", "")
                if raised:
                    error = raised[0]
                    raise SelfTestFailed(
                        _(
                            "Drawing the {tab} tab raised {error_type}: {error}",
                            tab=name,
                            error_type=type(error).__name__,
                            error=str(error),
                        )
                    )
                _check(settled, _("The {tab} tab's chart was not drawn.", tab=name))
                image = tabs.currentWidget().grab().toImage()  # the page alone, not its frame
                _check(not image.isNull(), _("The {tab} tab could not be drawn.", tab=name))
                colours = {
                    image.pixel(x, y)
                    for x in range(0, image.width(), 7)
                    for y in range(0, image.height(), 7)
                }
                _check(len(colours) > 2, _("The {tab} tab drew blank.", tab=name))
                drawn.append(name)
    finally:
        sys.excepthook = previous_hook
        window.close()
        app.processEvents()
    return ", ".join(drawn)


SETTLE_S = 60.0  # generous: a first chart loads matplotlib, on a busy laptop too


def _settle(app: "object", window: "object") -> bool:
    """Runs Qt's events until every chart on show has been drawn (charts draw after a short
    coalescing delay, and results may load in the background); False if one never was."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication, QWidget

    from roadmap_desktop.ui.results.chart_view import ChartView

    assert isinstance(app, QApplication) and isinstance(window, QWidget)
    deadline = QDeadlineTimer(int(SETTLE_S * 1000))

    def pending() -> bool:
        return any(
            view.timer.isActive() or view.canvas(view.current_name()) is None
            for view in window.findChildren(ChartView)
            if view.isVisible()
        )

    app.processEvents()
    while pending() and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return not pending()


def _page_holding(tabs: "object", inner: "object") -> "object":
    from PySide6.QtWidgets import QTabWidget, QWidget

    assert isinstance(tabs, QTabWidget) and isinstance(inner, QWidget)
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is inner or page.isAncestorOf(inner):
            return page
    return tabs.currentWidget()


def _export_poster(services: "Services", workshop_id: int, folder: Path) -> Message:
    from roadmap_desktop.export.poster import make_poster

    out = folder / "poster.pdf"
    out.write_bytes(make_poster(services, workshop_id).content)
    size = _check_pdf(out, p_("self-test", "poster"))
    return _("{file}, {size}", file=out.name, size=size)


def _export_packet(services: "Services", workshop_id: int, folder: Path) -> Message:
    from roadmap_desktop.export.packet import render_packet

    out = folder / "packet.pdf"
    out.write_bytes(render_packet(services, workshop_id))
    size = _check_pdf(out, p_("self-test", "council packet"))
    return _("{file}, {size}", file=out.name, size=size)


def _export_workbook(services: "Services", workshop_id: int, folder: Path) -> Message:
    from openpyxl import load_workbook

    from roadmap_desktop.export.results_xlsx import write_results_xlsx

    number = services.record_round_number(workshop_id)
    _check(number is not None, _("The demo workshop has no revealed round to export."))
    assert number is not None
    results = services.results(workshop_id, number)
    record, _hidden = services.score_record(workshop_id, number)
    out = folder / "results.xlsx"
    count = write_results_xlsx(results, out, record)
    book = load_workbook(out, read_only=True)
    rows = book.worksheets[0].max_row or 0
    book.close()
    _check(
        rows > count,
        n_(
            "The results workbook holds {rows} rows for {n} proposal.",
            "The results workbook holds {rows} rows for {n} proposals.",
            count,
            rows=rows,
            n=Num(count),
        ),
    )
    return n_("{file}, {n} proposal", "{file}, {n} proposals", count, file=out.name, n=Num(count))


def _serve_ballots(services: "Services", workshop_id: int) -> Message:
    from roadmap_desktop.voting.server import BallotServer

    if services.open_round_of(workshop_id) is None:
        services.open_round(workshop_id)
    services.issue_ballot_links(workshop_id)
    link = services.ballot_links(workshop_id)[0]
    server = BallotServer(services, workshop_id, "127.0.0.1", 0)
    try:
        listening = server.start()
        with urllib.request.urlopen(f"{listening.url}/b/{link.token}", timeout=30) as page:
            status, body = page.status, page.read()
        _check(status == 200 and b"<html" in body.lower(), _("The ballot page did not load."))
    finally:
        server.close()
    _check(not server.running, _("The ballot server did not stop."))
    return _("served a director's ballot at {url} and stopped", url=listening.url)


def run_self_test() -> int:
    """Runs every step in a temporary folder; prints one line each; 0 when all pass."""
    if not any(os.environ.get(v) for v in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a server or a CI box has no screen
    started = time.perf_counter()
    saved = dict(os.environ)
    try:
        with tempfile.TemporaryDirectory(prefix="roadmap-self-test-") as temp:
            folder = Path(temp)
            # Qt's and matplotlib's own folders too: the self-test leaves the user's alone.
            for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "MPLCONFIGDIR"):
                os.environ[name] = str(folder / name.lower())
            return _run_steps(folder, started)
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _run_steps(folder: Path, started: float) -> int:
    from roadmap_desktop.services import Services
    from roadmap_desktop.services.demo import write_demo_store
    from roadmap_desktop.store import open_store

    print(_("Self-test of {versions}", versions=_versions()))
    path = folder / "demo.sqlite"
    services: Services | None = None

    def demo() -> "str | Message":
        nonlocal services
        name = write_demo_store(path)
        services = Services(open_store(str(path)))
        return _("“{name}” in {folder}", name=name, folder=folder)

    def with_demo(
        step: Callable[["Services", int], "str | Message"],
    ) -> Callable[[], "str | Message"]:
        def run() -> "str | Message":
            assert services is not None
            return step(services, services.list_workshops()[0].id)

        return run

    # Translators: the self-test's steps, each printed as "ok window: …".
    steps: list[tuple[Message, Callable[[], str | Message]]] = [
        (p_("self-test step", "demo workshop"), demo),
        (
            p_("self-test step", "window"),
            with_demo(lambda s, _w: _draw_tabs(s, folder / "settings")),
        ),
        (p_("self-test step", "poster"), with_demo(lambda s, w: _export_poster(s, w, folder))),
        (
            p_("self-test step", "council packet"),
            with_demo(lambda s, w: _export_packet(s, w, folder)),
        ),
        (
            p_("self-test step", "results workbook"),
            with_demo(lambda s, w: _export_workbook(s, w, folder)),
        ),
        (p_("self-test step", "ballot server"), with_demo(_serve_ballots)),
    ]
    try:
        for name, step in steps:
            began = time.perf_counter()
            try:
                said = step()
            except Exception as exc:  # every failure is reported as the step's, then stops
                # Translators: "FAILED" and "ok" may stay as they are: scripts look for them.
                print(_("FAILED {step}: {error}", step=name, error=str(exc)), file=sys.stderr)
                return EXIT_FAILED
            seconds = Num(time.perf_counter() - began, 1)
            print(_("ok {step}: {said} ({seconds} s)", step=name, said=said, seconds=seconds))
    finally:
        if services is not None:
            services.store.close()
    print(
        n_(
            "Self-test passed: {n} step in {seconds} s.",
            "Self-test passed: {n} steps in {seconds} s.",
            len(steps),
            n=len(steps),
            seconds=Num(time.perf_counter() - started, 1),
        )
    )
    return EXIT_OK
