"""Nothing moves under the mouse when a count or a warning appears: the board's filter bar
keeps the room of its count, the Results header the room of its notes."""

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTabWidget,
    QWidget,
)

from roadmap_desktop.services import Services
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.results import ResultsPanel


def where(*widgets: QWidget) -> list[QRect]:
    """Each widget's rectangle in its window, once pending layout requests have run."""
    QApplication.processEvents()
    return [QRect(w.mapTo(w.window(), QPoint(0, 0)), w.size()) for w in widgets]


def test_the_filter_count_appearing_moves_nothing(window: MainWindow, qtbot):
    window.resize(1366, 768)
    field = window.findChild(QLineEdit, "filterText")
    count = window.findChild(QLabel, "filterCount")
    combos = [window.findChild(QComboBox, n) for n in ("filterDomain", "filterDepartment")]
    qtbot.waitUntil(lambda: field.isVisible())
    before = where(field, *combos, window.board_widget)
    assert count.text() == ""
    with qtbot.waitSignal(window.board_widget.filtered):
        qtbot.keyClicks(field, "drone")
    assert count.text() == "2 of 36 proposals match"
    assert where(field, *combos, window.board_widget) == before
    with qtbot.waitSignal(window.board_widget.filtered):
        field.clear()
    assert count.text() == "" and where(field, *combos, window.board_widget) == before


def test_the_tie_warning_and_the_cut_note_move_nothing_below_them(
    qtbot, services: Services, demo: int
):
    panel = ResultsPanel(services, Ask(None))
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.set_workshop(demo)
    panel.show()
    qtbot.waitExposed(panel)
    views = panel.findChild(QTabWidget, "resultsViews")
    tie = panel.findChild(QLabel, "tieNote")
    panel.top_spin.setValue(5)  # no tie at the line
    assert tie.isHidden()
    before = where(views)

    panel.top_spin.setValue(21)  # the demo ties at 21
    assert tie.isVisible() and "tie at the cut line" in tie.text()
    assert where(views) == before

    panel.findChild(QRadioButton, "quotaRadio").setChecked(True)  # a much longer note
    assert "by category quotas" in panel.findChild(QLabel, "cutNote").text()
    assert where(views) == before
