"""The main window: the store's workshops on the left, the chosen workshop's board on the
right; menus for files, editing (undo), proposals, lanes and the view."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QProgressDialog,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop import APP_NAME
from roadmap_desktop.importing.problems import ImportRejected
from roadmap_desktop.importing.sheet import Sheet, read_sheet, sheet_names
from roadmap_desktop.importing.template import write_template
from roadmap_desktop.services import Affects, Change, Problem, Services
from roadmap_desktop.services.views import CutLineView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.background import run_in_background
from roadmap_desktop.ui.board.board_widget import BoardWidget
from roadmap_desktop.ui.board.filter_bar import FilterBar
from roadmap_desktop.ui.board_actions import BoardActions
from roadmap_desktop.ui.change_bridge import ChangeBridge
from roadmap_desktop.ui.commands import ImportProposalsCommand, record
from roadmap_desktop.ui.connection_banner import ConnectionBanner
from roadmap_desktop.ui.cut_actions import apply_cut_line
from roadmap_desktop.ui.decide_actions import (
    adopt_weights,
    apply_plan,
    open_runoff,
    set_budget,
    settle_by_runoff,
    settle_tie,
)
from roadmap_desktop.ui.document_actions import DocumentActions
from roadmap_desktop.ui.guard import shielded
from roadmap_desktop.ui.import_dialog import ImportProposalsDialog
from roadmap_desktop.ui.last_place import last_workshop, remember_workshop
from roadmap_desktop.ui.results import ResultsPanel
from roadmap_desktop.ui.scoring import ScoringPanel
from roadmap_desktop.ui.store_actions import StoreActions
from roadmap_desktop.ui.store_banner import StoreBanner
from roadmap_desktop.ui.window_menus import DENSITIES, build_menus
from roadmap_desktop.ui.workshop_list import WORKSHOP_ID_ROLE, WorkshopListModel
from roadmap_desktop.ui.workshop_settings import open_workshop_settings
from roadmap_desktop.words import formats

if TYPE_CHECKING:  # the presenter loads when first shown, not with the window
    from PySide6.QtWidgets import QMenu, QUndoView

    from roadmap_desktop.ui.presenter import PresenterWindow
    from roadmap_desktop.ui.presenter_menu import PresenterMenu

RECENT_KEY = "main/recentStores"
RECENT_COUNT = 8
# What the heading above the tabs shows: the workshop's name, date and counts.
HEADING = Affects.BOARD | Affects.SETTINGS | Affects.PEOPLE | Affects.ROUNDS | Affects.WORKSHOPS

# Opens the store at a path or URL (the entry layer's job: see app.py); raises Problem.
StoreOpener = Callable[[str], Services]

# Windows opened by File ▸ Open stay referenced here until they close.
_opened: list["MainWindow"] = []


def recent_stores() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    paths = [value] if isinstance(value, str) else list(value or [])
    return [p for p in paths if p]


def remember_store(path: str) -> None:
    paths = [path, *(p for p in recent_stores() if p != path)][:RECENT_COUNT]
    QSettings().setValue(RECENT_KEY, paths)


def _day(iso: str) -> str:
    """A workshop's date as the window's language writes it ("March 18, 2026")."""
    try:
        return formats.long_date(date.fromisoformat(iso))
    except ValueError:
        return iso


class MainWindow(QMainWindow):
    """The facilitator's window over one open store.

    Attributes:
        services: the use cases over the open store.
        open_store: how File ▸ Open store… opens another store (given by the entry layer).
    """

    def __init__(
        self,
        services: Services,
        *,
        title_hint: str = "",
        open_store: StoreOpener | None = None,
        data_folder: Callable[[], Path] | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.open_store = open_store
        self.data_folder = data_folder
        self.setObjectName("mainWindow")
        where = title_hint or (
            services.store.path.name if services.store.path else services.store.url
        )
        self.setWindowTitle(self.tr("{store} — {app}").format(store=where, app=APP_NAME))
        self.setAccessibleName(APP_NAME)

        self.workshops = WorkshopListModel(services, self)

        self.workshop_list = QListView(objectName="workshopList")
        self.workshop_list.setAccessibleName(self.tr("Workshops"))
        self.workshop_list.setModel(self.workshops)
        self.workshop_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.workshop_list.setWordWrap(True)

        self.heading = QLabel(objectName="workshopHeading")
        self.heading.setAccessibleName(self.tr("Workshop"))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(objectName="workshopSummary")
        self.summary.setAccessibleName(self.tr("Workshop summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.ask = Ask(self)
        self.undo_stack = QUndoStack(self)
        self.board_widget = BoardWidget(services, self.undo_stack)
        self.board_widget.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(12, 12, 12, 12)
        # The round's countdown sits beside the heading, so it shows on every tab.
        self.countdown = QLabel(objectName="mainCountdown")
        self.countdown.setAccessibleName(self.tr("Time left in the round"))
        self.countdown.setFont(self.heading.font())
        self.countdown.hide()
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.countdown)
        self.banner = StoreBanner(services.store.path, read_only=services.store.read_only)
        layout.addWidget(self.banner)
        self.connection_banner = ConnectionBanner()  # a shared store out of reach
        layout.addWidget(self.connection_banner)
        layout.addLayout(heading_row)
        layout.addWidget(self.summary)
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.board_widget.set_filter)
        self.board_widget.filtered.connect(self.filter_bar.show_count)
        board_page = QWidget(objectName="boardPage")
        board_layout = QVBoxLayout(board_page)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addWidget(self.filter_bar)
        board_layout.addWidget(self.board_widget, 1)
        self.scoring = ScoringPanel(services, self.undo_stack, self.ask)
        self.scoring.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.results = ResultsPanel(services, self.ask, undo_stack=self.undo_stack)
        self.results.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.results.apply_to_board.connect(self.apply_to_roadmap)
        self._connect_decide()
        self.tabs = QTabWidget(objectName="mainTabs")
        self.tabs.setAccessibleName(self.tr("Board, scoring and results"))
        self.tabs.addTab(board_page, self.tr("&Board"))
        self.tabs.addTab(self.scoring, self.tr("&Score"))
        self.tabs.addTab(self.results, self.tr("&Results"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        splitter = self.splitter = QSplitter(objectName="mainSplitter")
        splitter.addWidget(self.workshop_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1100])
        self.setCentralWidget(splitter)

        self.board_actions = BoardActions(services, self.board_widget, self.undo_stack, self)
        self.documents = DocumentActions(self)
        self.store_actions = StoreActions(self)
        self.scoring.join_cards_requested.connect(self.documents.export_join_cards)
        self.board_actions.ask = self.ask
        self.presenter: PresenterWindow | None = None
        # The countdowns (beside the heading, on the presenter) follow the round bar's, once
        # a second, and only while the open round has a deadline.
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)
        self.recent_menu: QMenu
        self.history: QUndoView
        self.presenter_menu: PresenterMenu
        build_menus(self)
        ways_in = ("importProposals", "newProposal")  # what an empty board offers
        self.board_widget.set_empty_actions([self.findChild(QAction, n) for n in ways_in])
        if services.store.path is not None:
            remember_store(str(services.store.path))
        store = str(services.store.path or services.store.url)
        self.statusBar().showMessage(self.tr("Store: {store}").format(store=store))
        self.bridge = ChangeBridge(services, self)
        self.bridge.changed.connect(self._on_change)
        self.bridge.problem.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.bridge.connection.connect(self.connection_banner.show_connected)
        self.workshop_list.selectionModel().selectionChanged.connect(self._on_workshop_chosen)
        room = self.screen().availableGeometry()
        self.resize(int(room.width() * 0.92), int(room.height() * 0.9))
        self._restore()

    # -- files and workshops ----------------------------------------------------------------

    @shielded
    def new_workshop(self) -> None:
        from roadmap_desktop.ui.workshop_wizard import NewWorkshopWizard

        wizard = NewWorkshopWizard(self.services, self)
        if self.ask.wizard(wizard) and wizard.created_id is not None:
            self.select_workshop(wizard.created_id)

    @shielded
    def import_proposals(self, path: str | None = None) -> None:
        """Reads a spreadsheet off the GUI thread (with progress), then shows the mapping,
        decisions, preview and report; the import is one undoable step."""
        workshop = self.current_workshop()
        if workshop is None:
            self.statusBar().showMessage(self.tr("Create or choose a workshop first."), 8000)
            return
        path = path or self.ask.import_path()
        if not path:
            return
        reading = self.tr("Reading {file}…").format(file=Path(path).name)
        progress = QProgressDialog(reading, "", 0, 0, self)
        progress.setObjectName("importProgress")
        progress.setCancelButton(None)
        progress.setMinimumDuration(400)  # small files never flash a dialog
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def advance(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))

        def failed(exc: Exception) -> None:
            progress.close()
            lines = exc.lines() if isinstance(exc, ImportRejected) else [str(exc)]
            self.ask.warn(self.tr("Cannot import"), "\n".join(lines))

        def read(sheet: Sheet) -> None:
            progress.close()
            self._review_import(workshop, Path(path), sheet)

        self._import_job = run_in_background(
            lambda report: read_sheet(Path(path), None, report),
            on_done=read,
            on_error=failed,
            on_progress=advance,
            parent=self,
        )

    def _review_import(self, workshop: int, path: Path, sheet: Sheet) -> None:
        info = self.services.workshop(workshop)
        existing = [c for v in self.board_widget.views for c in v.lane_model.cards()]
        existing += self.services.archived_proposals(workshop)
        dialog = ImportProposalsDialog(
            sheet,
            info,
            existing,
            sheets=sheet_names(path),
            read_sheet=lambda name: read_sheet(path, name),
            write_template=self.save_template,
            parent=self,
        )
        if not self.ask.import_dialog(dialog) or dialog.plan is None:
            return
        plan = dialog.plan
        arguments = {
            "domains": plan.new_domains,
            "categories": plan.new_categories,
            "add": [spec for _row, spec in plan.add],
            "update": list(plan.update),
            "source": path.name,
        }
        try:
            done = self.services.import_proposals(workshop, **arguments)
        except Problem as exc:
            self.ask.warn(self.tr("Nothing was imported"), str(exc))
            return
        record(
            self.undo_stack,
            ImportProposalsCommand(
                self.services, workshop, arguments, done, self.board_widget.message.emit
            ),
        )
        added, updated = len(plan.add), len(plan.update)
        # English has no catalog: its singular and plural are two numerus messages.
        if updated:
            text = (
                self.tr("Imported %n proposal from {file}, updated {updated}.", "", added)
                if added == 1
                else self.tr("Imported %n proposals from {file}, updated {updated}.", "", added)
            )
        elif added == 1:
            text = self.tr("Imported %n proposal from {file}.", "", added)
        else:
            text = self.tr("Imported %n proposals from {file}.", "", added)
        self.statusBar().showMessage(text.format(file=path.name, updated=updated), 10000)

    def save_template(self) -> None:
        path = self.ask.save_path(
            self.tr("Save an import template"),
            "proposals-template.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            write_template(Path(path))
            self.statusBar().showMessage(
                self.tr("Saved the template to {path}.").format(path=path), 8000
            )

    @shielded
    def workshop_settings(self) -> None:
        """Results settings, criteria and participants of the current workshop; one undo step."""
        workshop = self.current_workshop()
        if workshop is not None:
            open_workshop_settings(self, self.services, self.undo_stack, workshop, self.ask)

    @shielded
    def open_store_dialog(self) -> None:
        path = self.ask.store_path(self.tr("Open a Roadmap Desktop store"))
        if path:
            self.open_store_file(path)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_stores():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_store_file(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def open_store_file(self, path: str) -> "MainWindow | None":
        """Opens another store in a new window that replaces this one; a store that cannot
        be opened is explained and this window stays."""
        if self.open_store is None:
            self.statusBar().showMessage(self.tr("This window cannot open other stores."), 8000)
            return None
        try:
            services = self.open_store(path)
        except Problem as exc:
            self.ask.warn(self.tr("Cannot open the store"), str(exc))
            return None
        window = MainWindow(services, open_store=self.open_store, data_folder=self.data_folder)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _opened.append(window)
        window.destroyed.connect(lambda *_: services.store.close())
        window.destroyed.connect(lambda *_: _opened.remove(window) if window in _opened else None)
        window.show()
        self.close()
        return window

    @shielded
    def present(self) -> None:
        """Opens (or brings back) the presenter view of the current workshop."""
        self.scoring.hide_values()  # the projector is coming: entered values back to ✓
        workshop = self.current_workshop()
        if workshop is None:
            return
        if self.presenter is None:
            from roadmap_desktop.ui.presenter import PresenterWindow  # loaded on first show

            self.presenter = PresenterWindow(self.services, workshop, self.scoring.phones)
            self.presenter.destroyed.connect(lambda *_: setattr(self, "presenter", None))
            self.presenter_menu.attach(self.presenter)
        elif self.presenter.workshop_id != workshop:
            self.presenter.show_workshop(workshop)
        self.presenter.present(self)
        self.presenter.raise_()
        self._tick()

    @shielded
    def _tick(self) -> None:
        text = self.scoring.countdown_text()
        self.countdown.setVisible(bool(text))
        self.countdown.setText(text)
        urgent = self.scoring.round_bar.countdown_urgent()
        self.countdown.setStyleSheet(f"color: {theme.WARNING if urgent else theme.INK};")
        if self.presenter is not None:
            self.presenter.set_countdown(self.scoring.countdown())
        if text and not self._clock.isActive():
            self._clock.start()
        elif not text:
            self._clock.stop()

    # -- state ----------------------------------------------------------------------------

    def select_workshop(self, workshop_id: int) -> None:
        row = self.workshops.row_of(workshop_id)
        if row >= 0:
            self.workshop_list.setCurrentIndex(self.workshops.index(row))

    def current_workshop(self) -> int | None:
        return self.board_widget.workshop_id

    def set_density(self, name: str) -> None:
        self.board_widget.set_density(name)
        QSettings().setValue("board/density", name)

    def zoom(self, factor: float | None) -> None:
        zoom = 1.0 if factor is None else self.board_widget.delegate.zoom * factor
        self.board_widget.set_zoom(zoom)
        QSettings().setValue("board/zoom", self.board_widget.delegate.zoom)

    @shielded
    def _on_workshop_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show(indexes[0].data(WORKSHOP_ID_ROLE) if indexes else None)

    def reload(self) -> None:
        """Reads the whole store again: its content was replaced (a backup restored)."""
        current = self.current_workshop()
        self.workshops.refresh()
        if current is None or self.workshops.row_of(current) < 0:
            first = self.workshops.index(0) if self.workshops.rowCount() else None
            current = first.data(WORKSHOP_ID_ROLE) if first is not None else None
        self._show(current, reload=True)
        if current is not None:
            self.select_workshop(current)

    def _show(self, workshop_id: int | None, *, reload: bool = False) -> None:
        if reload or workshop_id != self.board_widget.workshop_id:
            if not reload:  # (a restore keeps its own step: see ui/store_actions.py)
                self.undo_stack.clear()  # the history belongs to the workshop it was made in
            self.filter_bar.clear()
            self.board_widget.load(workshop_id)
            self.scoring.set_workshop(workshop_id)
            self.results.set_workshop(workshop_id)
            self._tick()
        if workshop_id is None:
            self.heading.setText(self.tr("No workshop yet"))
            self.summary.setText(self.tr("Create one with File ▸ New workshop… (Ctrl+Shift+N)."))
            return
        info = self.services.workshop(workshop_id)
        cards = [c for v in self.board_widget.views for c in v.lane_model.cards()]
        self.filter_bar.set_choices(info.domains, info.categories, [c.department for c in cards])
        self.heading.setText(info.name)
        revealed = [r for r in info.rounds if r.revealed]
        count = sum(v.model().rowCount() for v in self.board_widget.views)
        voters, rounds = len(info.voters), len(info.rounds)
        parts = [
            _day(info.date),
            self.tr("%n proposal", "", count) if count == 1 else self.tr("%n proposals", "", count),
            self.tr("%n director voting", "", voters)
            if voters == 1
            else self.tr("%n directors voting", "", voters),
            self.tr("%n round", "", rounds) if rounds == 1 else self.tr("%n rounds", "", rounds),
        ]
        if revealed:
            parts.append(self.tr("round {number} revealed").format(number=revealed[-1].number))
        self.summary.setText(" · ".join(p for p in parts if p))
        remember_workshop(self.services, workshop_id)

    def _on_change(self, change: Change) -> None:
        """Every committed change, on the GUI thread: each screen takes what it shows. A
        store that cannot be read just now is said in the status bar, never a traceback."""
        try:
            self._follow(change)
        except Problem as exc:
            self.statusBar().showMessage(
                self.tr("Could not show the latest change: {problem}").format(problem=exc), 8000
            )

    def _follow(self, change: Change) -> None:
        if change.affects & Affects.WORKSHOPS:
            current = self.current_workshop()
            self.workshops.refresh()
            if current is not None:
                self.select_workshop(current)
        if change.workshop_id == self.current_workshop():
            self.board_widget.apply(change)
            self.scoring.apply(change)
            self.results.apply(change)
            if change.affects & HEADING:
                self._show(change.workshop_id)
            if change.affects & Affects.ROUNDS:
                self._tick()

    @shielded
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.scoring:
            view = self.board_widget.active_view()
            lane = view.lane_model.lane.id if view is not None else None
            self.scoring.set_context(lane, self.board_widget.selected_ids())

    @shielded
    def apply_to_roadmap(self, line: CutLineView) -> None:
        """Results ▸ Apply to board: the cut line to the Roadmap lane, recorded, undoable."""
        board = self.board_widget
        apply_cut_line(self.services, board, self.undo_stack, line, board.message.emit)

    def _connect_decide(self) -> None:
        """The Results tab's what-if weights and budget plans, as undoable steps."""
        report = self.statusBar().showMessage
        views = self.results

        def workshop() -> int | None:
            return views.workshop_id

        views.whatif.adopt.connect(
            lambda w: (
                workshop() is not None
                and adopt_weights(self.services, self.undo_stack, workshop(), w, report)
            )  # type: ignore[arg-type]
        )
        views.budget.set_budget.connect(
            lambda amount: (
                workshop() is not None
                and set_budget(self.services, self.undo_stack, workshop(), amount, report)
            )  # type: ignore[arg-type]
        )
        views.budget.apply_plan.connect(
            lambda ids: apply_plan(self.services, self.board_widget, self.undo_stack, ids, report)
        )
        for signal, act in (
            (views.ties.settle, settle_tie),
            (views.ties.settle_by_runoff, settle_by_runoff),
            (views.ties.runoff, open_runoff),
        ):
            signal.connect(
                lambda request, act=act: (
                    workshop() is not None
                    and act(self.services, self.undo_stack, workshop(), request, report)
                )  # type: ignore[operator]
            )

    def _restore(self) -> None:
        settings = QSettings()
        density = str(settings.value("board/density", "normal"))
        if density in DENSITIES:
            self.board_widget.set_density(density)
            action = self.findChild(QAction, f"density-{density}")
            if action is not None:
                action.setChecked(True)
        self.board_widget.set_zoom(float(settings.value("board/zoom", 1.0)))
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for key, restore in (
            ("main/state", self.restoreState),
            ("main/splitter", self.splitter.restoreState),
        ):
            value = settings.value(key)
            if value is not None:
                restore(value)
        last = last_workshop(self.services)
        wanted = last if last is not None and self.workshops.row_of(last) >= 0 else None
        if wanted is None and self.workshops.rowCount() > 0:
            wanted = self.workshops.index(0).data(WORKSHOP_ID_ROLE)
        if wanted is None:
            self._show(None)
        else:
            self.select_workshop(wanted)

    def closeEvent(self, event) -> None:  # noqa: ANN001  (Qt override keeps Qt's name)
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())  # docks: the undo history
        settings.setValue("main/splitter", self.splitter.saveState())
        if self.presenter is not None:
            self.presenter.close()
        self.scoring.phones.shutdown()  # no ballot server outlives its window
        self.banner.release()
        self.bridge.stop()  # no change notices for a closed window
        super().closeEvent(event)
