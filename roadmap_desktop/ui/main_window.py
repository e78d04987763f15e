"""The main window: the store's workshops on the left, the chosen workshop's lanes and
proposals on the right (read-only until the interactive board lands)."""

from PySide6.QtCore import QItemSelection, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop import APP_NAME, __version__
from roadmap_desktop.services import Change, Services
from roadmap_desktop.ui.change_bridge import ChangeBridge
from roadmap_desktop.ui.overview_models import WORKSHOP_ID_ROLE, BoardTreeModel, WorkshopListModel


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
        self.board = BoardTreeModel(services, self)

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

        self.board_tree = QTreeView(objectName="boardTree")
        self.board_tree.setAccessibleName("Lanes and proposals")
        self.board_tree.setModel(self.board)
        self.board_tree.setAlternatingRowColors(True)
        self.board_tree.setUniformRowHeights(True)
        self.board_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.board_tree.header()
        header.setStretchLastSection(False)
        # The title gets the room; the department is cut short before the title is.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        for column in range(2, len(BoardTreeModel.HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.board_tree, 1)
        splitter = QSplitter(objectName="mainSplitter")
        splitter.addWidget(self.workshop_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1000])
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
        return self.board.workshop_id

    def _on_workshop_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show(indexes[0].data(WORKSHOP_ID_ROLE) if indexes else None)

    def _show(self, workshop_id: int | None) -> None:
        self.board.load(workshop_id)
        self.board_tree.expandAll()
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
        count = sum(
            self.board.rowCount(self.board.index(i, 0)) for i in range(self.board.rowCount())
        )
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
            self._show(change.workshop_id)

    def _restore(self) -> None:
        settings = QSettings()
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
