"""The main window's menu bar: File, Edit, Workshop, the board's Proposal and Lane menus,
Round, View (with Presenter and Language) and Help. Every action has an objectName that
tests and the shortcuts sheet find it by; the texts are the window's language."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QUndoView

from roadmap_desktop.ui.help_menu import add_help_menu
from roadmap_desktop.ui.language_menu import add_language_menu
from roadmap_desktop.ui.presenter_menu import PresenterMenu
from roadmap_desktop.ui.scoring.round_menu import round_menu

if TYPE_CHECKING:
    from roadmap_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate
DENSITIES = ("compact", "normal", "large")


def _action(
    window: "MainWindow",
    name: str,
    text: str,
    keys: str | QKeySequence.StandardKey | None,
    slot: Callable[[], object],
) -> QAction:
    action = QAction(text, window, objectName=name)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(slot)
    return action


def build_menus(window: "MainWindow") -> None:
    _file_menu(window)
    _edit_menu(window)
    workshop_menu = window.menuBar().addMenu(translate("window_menus", "&Workshop"))
    workshop_menu.setObjectName("workshopMenu")
    workshop_menu.addAction(
        _action(
            window,
            "workshopSettings",
            translate("window_menus", "&Settings…"),
            "Ctrl+,",
            window.workshop_settings,
        )
    )
    for menu in window.board_actions.menus():
        window.menuBar().addMenu(menu)
    window.menuBar().addMenu(round_menu(window.scoring, window))
    _view_menu(window)
    add_help_menu(window, window.data_folder)


def _file_menu(window: "MainWindow") -> None:
    documents = window.documents
    file_menu = window.menuBar().addMenu(translate("window_menus", "&File"))
    file_menu.setObjectName("fileMenu")
    for name, text, keys, slot in (
        (
            "newWorkshop",
            translate("window_menus", "&New workshop…"),
            "Ctrl+Shift+N",
            window.new_workshop,
        ),
        (
            "openStore",
            translate("window_menus", "&Open store…"),
            QKeySequence.StandardKey.Open,
            window.open_store_dialog,
        ),
        (
            "importProposals",
            translate("window_menus", "&Import proposals…"),
            "Ctrl+I",
            window.import_proposals,
        ),
    ):
        file_menu.addAction(_action(window, name, text, keys, slot))
    export_menu = file_menu.addMenu(translate("window_menus", "&Export"))
    export_menu.setObjectName("exportMenu")
    for name, text, keys, slot in (
        (
            "exportPoster",
            translate("window_menus", "Roadmap &poster…"),
            "Ctrl+Shift+P",
            documents.export_poster,
        ),
        (
            "exportPosterTiled",
            translate("window_menus", "Poster on &Letter sheets…"),
            None,
            lambda: documents.export_poster(tiled="letter"),
        ),
        (
            "exportPosterA4",
            translate("window_menus", "Poster on &A4 sheets…"),
            None,
            lambda: documents.export_poster(tiled="a4"),
        ),
        (
            "exportPosterPng",
            translate("window_menus", "Poster as PN&G for slides…"),
            None,
            lambda: documents.export_poster(png=True),
        ),
        (
            "exportPacket",
            translate("window_menus", "&Council packet…"),
            "Ctrl+Shift+E",
            documents.export_packet,
        ),
        (
            "chooseLogo",
            translate("window_menus", "Choose a &logo for the poster…"),
            None,
            documents.choose_logo,
        ),
    ):
        export_menu.addAction(_action(window, name, text, keys, slot))
    export_menu.addSeparator()
    export_menu.addAction(
        _action(
            window,
            "exportResults",
            translate("window_menus", "&Results…"),
            None,
            lambda: (window.tabs.setCurrentWidget(window.results), window.results.export_csv()),
        )
    )
    file_menu.addAction(
        _action(
            window,
            "importScores",
            translate("window_menus", "Import paper &ballots…"),
            "Ctrl+Shift+I",
            lambda: window.scoring.import_ballots(),
        )
    )
    window.store_actions.add_to(file_menu)
    window.recent_menu = file_menu.addMenu(translate("window_menus", "Open &recent"))
    window.recent_menu.setObjectName("recentMenu")
    window.recent_menu.aboutToShow.connect(window.fill_recent)
    file_menu.addAction(
        _action(
            window,
            "printPacket",
            translate("window_menus", "&Print packet…"),
            QKeySequence.StandardKey.Print,
            lambda: documents.export_packet(print_it=True),
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(
        _action(
            window,
            "quitAction",
            translate("window_menus", "&Quit"),
            QKeySequence.StandardKey.Quit,
            window.close,
        )
    )


def _edit_menu(window: "MainWindow") -> None:
    edit_menu = window.menuBar().addMenu(translate("window_menus", "&Edit"))
    edit_menu.setObjectName("editMenu")
    stack = window.undo_stack
    # Undo and redo name the step they would take: "Undo Move “Drone responders” to Roadmap".
    undo = stack.createUndoAction(window, translate("window_menus", "&Undo"))
    undo.setObjectName("undoAction")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window, translate("window_menus", "&Redo"))
    redo.setObjectName("redoAction")
    # Both habits everywhere; the platform's own keys, each once (a key listed twice is
    # an "ambiguous shortcut" that does nothing).
    keys: list[QKeySequence] = []
    for key in (
        QKeySequence("Ctrl+Shift+Z"),
        QKeySequence("Ctrl+Y"),
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
    ):
        if key not in keys:
            keys.append(key)
    redo.setShortcuts(keys)
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    edit_menu.addAction(
        _action(
            window,
            "findAction",
            translate("window_menus", "&Find…"),
            QKeySequence.StandardKey.Find,
            window.filter_bar.focus_search,
        )
    )
    edit_menu.addSeparator()
    window.history = QUndoView(stack)
    window.history.setObjectName("historyView")
    window.history.setAccessibleName(translate("window_menus", "Undo history"))
    window.history.setEmptyLabel(translate("window_menus", "Workshop opened"))
    dock = QDockWidget(translate("window_menus", "History"), window, objectName="historyDock")
    dock.setWidget(window.history)
    dock.hide()
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    history = dock.toggleViewAction()
    history.setObjectName("historyAction")
    history.setText(translate("window_menus", "&History"))
    history.setShortcut(QKeySequence("Ctrl+H"))
    edit_menu.addAction(history)


def _view_menu(window: "MainWindow") -> None:
    view_menu = window.menuBar().addMenu(translate("window_menus", "&View"))
    view_menu.setObjectName("viewMenu")
    view_menu.addAction(
        _action(
            window, "presentAction", translate("window_menus", "&Present"), "F5", window.present
        )
    )
    window.presenter_menu = PresenterMenu(window)
    view_menu.addMenu(window.presenter_menu)
    view_menu.addSeparator()
    tabs = (
        ("showBoard", translate("window_menus", "&Board")),
        ("showScore", translate("window_menus", "&Score")),
        ("showResults", translate("window_menus", "&Results")),
    )
    for number, (name, text) in enumerate(tabs, start=1):
        view_menu.addAction(
            _action(
                window,
                name,
                text,
                f"Ctrl+{number}",
                lambda _c=False, i=number - 1: window.tabs.setCurrentIndex(i),
            )
        )
    view_menu.addSeparator()
    densities = QActionGroup(window)
    density_texts = {
        "compact": translate("window_menus", "Compact cards"),
        "normal": translate("window_menus", "Normal cards"),
        "large": translate("window_menus", "Large cards"),
    }
    for name in DENSITIES:
        action = QAction(density_texts[name], window, objectName=f"density-{name}", checkable=True)
        action.setChecked(name == "normal")
        action.triggered.connect(lambda _checked, n=name: window.set_density(n))
        densities.addAction(action)
        view_menu.addAction(action)
    view_menu.addSeparator()
    for name, text, keys, factor in (
        ("zoomIn", translate("window_menus", "Zoom &in"), ["Ctrl+=", "Ctrl++"], 1.15),
        ("zoomOut", translate("window_menus", "Zoom &out"), ["Ctrl+-"], 1 / 1.15),
    ):
        action = QAction(text, window, objectName=name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked, f=factor: window.zoom(f))
        view_menu.addAction(action)
    reset = QAction(
        translate("window_menus", "&Actual size"),
        window,
        objectName="zoomReset",
        shortcut=QKeySequence("Ctrl+0"),
    )
    reset.triggered.connect(lambda: window.zoom(None))
    view_menu.addAction(reset)
    view_menu.addSeparator()
    add_language_menu(window, view_menu)
