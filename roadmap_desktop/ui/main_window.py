"""The main window: the store's workshops on the left, the chosen workshop's lanes and
proposals on the right (read-only until the interactive board lands)."""

from PySide6.QtCore import QItemSelection, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop import APP_NAME, __version__
from roadmap_desktop.services import Change, Services
from roadmap_desktop.ui.board.board_widget import BoardWidget
from roadmap_desktop.ui.change_bridge import ChangeBridge
from roadmap_desktop.ui.workshop_list import WORKSHOP_ID_ROLE, WorkshopListModel


class MainWindow(QMainWindow):
    """The facilitator's window over one open store.

    Attributes:
        services: the use cases over the open store.
    """

    def __init__(self, services: Services, *, title_hint: str = "") -> None:
        super().__init__()
        self.services = services
        self.setObjectName("mainWindow")
        where = title_hint or (
            services.store.path.name if services.store.path else services.store.url
        )
        self.setWindowTitle(f"{where} — {APP_NAME}")
        self.setAccessibleName(APP_NAME)

        self.workshops = WorkshopListModel(services, self)

        self.workshop_list = QListView(objectName="workshopList")
        self.workshop_list.setAccessibleName("Workshops")
        self.workshop_list.setModel(self.workshops)
        self.workshop_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.workshop_list.setWordWrap(True)

        self.heading = QLabel(objectName="workshopHeading")
        self.heading.setAccessibleName("Workshop")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(objectName="workshopSummary")
        self.summary.setAccessibleName("Workshop summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.undo_stack = QUndoStack(self)
        self.board_widget = BoardWidget(services, self.undo_stack)
        self.board_widget.message.connect(lambda text: self.statusBar().showMessage(text, 8000))

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.board_widget, 1)
        splitter = QSplitter(objectName="mainSplitter")
        splitter.addWidget(self.workshop_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1100])
        self.setCentralWidget(splitter)

        self._build_menus()
        self.statusBar().showMessage(f"Store: {services.store.path or services.store.url}")
        self.bridge = ChangeBridge(services, self)
        self.bridge.changed.connect(self._on_change)
        self.workshop_list.selectionModel().selectionChanged.connect(self._on_workshop_chosen)
        room = self.screen().availableGeometry()
        self.resize(min(1280, int(room.width() * 0.92)), min(800, int(room.height() * 0.9)))
        self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self, objectName="quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setObjectName("undoAction")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setObjectName("redoAction")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self.history = QUndoView(self.undo_stack)
        self.history.setObjectName("historyView")
        self.history.setAccessibleName("Undo history")
        self.history.setEmptyLabel("Workshop opened")
        dock = QDockWidget("History", self, objectName="historyDock")
        dock.setWidget(self.history)
        dock.hide()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        history = dock.toggleViewAction()
        history.setText("&History")
        history.setShortcut(QKeySequence("Ctrl+H"))
        edit_menu.addAction(history)

        view_menu = self.menuBar().addMenu("&View")
        densities = QActionGroup(self)
        for name in ("compact", "normal", "large"):
            action = QAction(
                f"{name.capitalize()} cards", self, objectName=f"density-{name}", checkable=True
            )
            action.setChecked(name == "normal")
            action.triggered.connect(lambda _checked, n=name: self._set_density(n))
            densities.addAction(action)
            view_menu.addAction(action)
        view_menu.addSeparator()
        for text, keys, factor in (
            ("Zoom &in", ["Ctrl+=", "Ctrl++"], 1.15),
            ("Zoom &out", ["Ctrl+-"], 1 / 1.15),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(lambda _checked, f=factor: self._zoom(f))
            view_menu.addAction(action)
        reset = QAction("&Actual size", self, shortcut=QKeySequence("Ctrl+0"))
        reset.triggered.connect(lambda: self._zoom(None))
        view_menu.addAction(reset)

        help_menu = self.menuBar().addMenu("&Help")
        about = QAction(f"&About {APP_NAME}", self, objectName="aboutAction")
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\nRuns a city cabinet's priority-setting workshop on one "
            "laptop, offline.",
        )

    # -- state ----------------------------------------------------------------------------

    def select_workshop(self, workshop_id: int) -> None:
        row = self.workshops.row_of(workshop_id)
        if row >= 0:
            self.workshop_list.setCurrentIndex(self.workshops.index(row))

    def current_workshop(self) -> int | None:
        return self.board_widget.workshop_id

    def _set_density(self, name: str) -> None:
        self.board_widget.set_density(name)
        QSettings().setValue("board/density", name)

    def _zoom(self, factor: float | None) -> None:
        zoom = 1.0 if factor is None else self.board_widget.delegate.zoom * factor
        self.board_widget.set_zoom(zoom)
        QSettings().setValue("board/zoom", self.board_widget.delegate.zoom)

    def _on_workshop_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show(indexes[0].data(WORKSHOP_ID_ROLE) if indexes else None)

    def _show(self, workshop_id: int | None) -> None:
        if workshop_id != self.board_widget.workshop_id:
            self.undo_stack.clear()  # the history belongs to the workshop it was made in
            self.board_widget.load(workshop_id)
        if workshop_id is None:
            self.heading.setText("No workshop yet")
            self.summary.setText(
                "Create one with the command line (roadmap-desktop demo PATH) for now."
            )
            return
        info = self.services.workshop(workshop_id)
        self.heading.setText(info.name)
        revealed = [r for r in info.rounds if r.revealed]
        rounds = f"{len(info.rounds)} round(s)" + (
            f", round {revealed[-1].number} revealed" if revealed else ""
        )
        voters = len(info.voters)
        count = sum(v.model().rowCount() for v in self.board_widget.views)
        parts = [info.date, f"{count} proposals", f"{voters} directors voting", rounds]
        self.summary.setText(" · ".join(p for p in parts if p))
        QSettings().setValue("main/lastWorkshop", workshop_id)

    def _on_change(self, change: Change) -> None:
        if change.kind.startswith("workshop."):
            current = self.current_workshop()
            self.workshops.refresh()
            if current is not None:
                self.select_workshop(current)
        if change.workshop_id == self.current_workshop():
            self.board_widget.apply(change)
            if not change.kind.endswith(("moved", "placed")):
                self._show(change.workshop_id)

    def _restore(self) -> None:
        settings = QSettings()
        density = str(settings.value("board/density", "normal"))
        if density in ("compact", "normal", "large"):
            self.board_widget.set_density(density)
            action = self.findChild(QAction, f"density-{density}")
            if action is not None:
                action.setChecked(True)
        self.board_widget.set_zoom(float(settings.value("board/zoom", 1.0)))
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        last = settings.value("main/lastWorkshop")
        wanted = int(last) if last is not None and self.workshops.row_of(int(last)) >= 0 else None
        if wanted is None and self.workshops.rowCount() > 0:
            wanted = self.workshops.index(0).data(WORKSHOP_ID_ROLE)
        if wanted is None:
            self._show(None)
        else:
            self.select_workshop(wanted)

    def closeEvent(self, event) -> None:  # noqa: ANN001  (Qt override keeps Qt's name)
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
