"""The Score tab and the presenter in another language: under the pseudo language (every
text the catalog knows lengthened and bracketed, ui/translation.py) the round bar, the entry
grid's headers, the phones panel and the presenter's modes show translated words, and the
countdown's urgency and "Time's up" are state, not English words."""

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from roadmap_desktop import words
from roadmap_desktop.services import Services
from roadmap_desktop.ui import theme, translation
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.council_tab import CouncilTab
from roadmap_desktop.ui.presenter import MODES, PresenterWindow
from roadmap_desktop.ui.record_round import LATEST, fill_setting_combo, record_text
from roadmap_desktop.ui.scoring import ScoringPanel
from roadmap_desktop.ui.scoring.countdown import Countdown
from roadmap_desktop.words.pseudo import is_pseudo

HEADER = Qt.ItemDataRole.AccessibleTextRole


@pytest.fixture
def pseudo() -> Iterator[None]:
    translation.install(words.PSEUDO)
    try:
        yield
    finally:
        translation.install(words.ENGLISH)


@pytest.fixture
def panel(pseudo, qtbot, services: Services, demo: int) -> ScoringPanel:
    """A Score tab built in the pseudo language over the demo, round 2 open with a timer."""
    services.open_round(demo, minutes=5)
    host = QWidget()
    qtbot.addWidget(host)
    built = ScoringPanel(services, QUndoStack(host), Ask(host), host)
    built.set_workshop(demo)
    built.show()
    return built


def test_the_round_bar_speaks_the_language(panel: ScoringPanel):
    bar = panel.round_bar
    for button in (
        bar.open_button,
        bar.close_button,
        bar.reopen_button,
        bar.reveal_button,
        bar.timer_button,
    ):
        assert is_pseudo(button.text()), button.objectName()
        assert is_pseudo(button.accessibleName()), button.objectName()
    assert is_pseudo(bar.reveal_button.toolTip())
    # "Round 2 · open · 36 proposals": every word of the line, the numbers as they are.
    pieces = bar.status.text().split(" · ")
    assert len(pieces) >= 3 and all(is_pseudo(piece) for piece in pieces), pieces
    assert "2" in pieces[0]
    assert is_pseudo(bar.accessibleName()) and is_pseudo(bar.clock.accessibleName())


def test_the_grid_headers_and_cells_speak_the_language(panel: ScoringPanel):
    model = panel.grid_model
    assert model.columnCount() == 3
    for column in range(model.columnCount()):
        said = model.headerData(column, Qt.Orientation.Horizontal, HEADER)
        assert is_pseudo(said) and model.column(column).name in said
    cell = model.data(model.index(0, 0), HEADER)  # nothing entered yet
    assert is_pseudo(cell)
    assert is_pseudo(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    assert is_pseudo(panel.grid.accessibleName())
    assert is_pseudo(panel.summary.text())
    assert is_pseudo(panel.mode_combo.itemText(0)) and is_pseudo(panel.mode_combo.itemText(1))


def test_a_dot_round_names_its_column_in_the_language(pseudo, qtbot, services: Services, demo: int):
    services.open_round(demo, method="dots", dots=3)
    host = QWidget()
    qtbot.addWidget(host)
    panel = ScoringPanel(services, QUndoStack(host), Ask(host), host)
    panel.set_workshop(demo)
    panel.show()
    model = panel.grid_model
    assert model.mode == "dots"
    assert is_pseudo(model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
    assert is_pseudo(model.headerData(0, Qt.Orientation.Horizontal, HEADER))
    assert is_pseudo(panel.summary.text()) and "3" in panel.summary.text()


def test_the_phones_panel_speaks_the_language(panel: ScoringPanel):
    devices = panel.devices
    assert is_pseudo(devices.title())
    assert is_pseudo(devices.switch.text()) and is_pseudo(devices.status.text())
    assert is_pseudo(devices.cards.text()) and is_pseudo(devices.wifi.text())
    header = devices.people.headerItem()
    assert all(is_pseudo(header.text(column)) for column in range(3))
    states = [
        devices.people.topLevelItem(i).text(2) for i in range(devices.people.topLevelItemCount())
    ]
    assert states and all(is_pseudo(state) for state in states)


def test_the_countdown_is_state_in_any_language(panel: ScoringPanel):
    """Urgency and "Time's up" come from the time left, not from the words shown."""
    bar = panel.round_bar
    deadline = panel.round.deadline_at
    bar.update_countdown(deadline - timedelta(minutes=4, seconds=59))
    assert panel.countdown_text() == "04:59"
    assert not panel.countdown_urgent() and not bar.clock.property("urgent")
    bar.update_countdown(deadline - timedelta(seconds=42))
    assert panel.countdown_text() == "00:42"
    assert panel.countdown_urgent() and theme.WARNING in bar.clock.styleSheet()
    bar.update_countdown(deadline + timedelta(seconds=1))
    shown = panel.countdown()
    assert shown is not None and shown.over and shown.urgent
    assert is_pseudo(panel.countdown_text())  # "Time's up", in the language
    assert panel.countdown_urgent() and theme.WARNING in bar.clock.styleSheet()
    assert is_pseudo(bar.clock.accessibleDescription())


@pytest.fixture
def presenter(pseudo, services: Services, demo: int) -> Iterator[PresenterWindow]:
    services.open_round(demo, minutes=5)
    window = PresenterWindow(services, demo)
    window.set_countdown(Countdown(299.0))
    yield window
    window.close()


def texts(window: PresenterWindow, role: str) -> list[str]:
    return [t.text for t in window.lay_out(1366, 768).texts() if t.role == role]


@pytest.mark.parametrize("mode", list(MODES))
def test_the_presenter_modes_speak_the_language(presenter: PresenterWindow, mode: str):
    presenter.set_mode(mode)
    status = " ".join(texts(presenter, "status"))
    assert is_pseudo(status)
    # The mode's name closes the status line, in the language.
    assert status.split(" · ")[-1].startswith("⟦")
    presenter.scene()
    assert is_pseudo(presenter.canvas.accessibleName())
    clock = texts(presenter, "countdown")[0]
    assert is_pseudo(clock) and "04:59" in clock


def test_the_voting_mode_speaks_the_language(presenter: PresenterWindow):
    presenter.set_mode("voting")
    for role in ("round", "asked", "covered", "progress"):
        shown = texts(presenter, role)
        assert shown and all(is_pseudo(text) for text in shown), role


def test_the_presenter_countdown_is_state_in_any_language(presenter: PresenterWindow):
    presenter.set_mode("voting")
    scene = presenter.lay_out(1366, 768)
    header, big = [t for t in scene.texts() if t.role == "countdown"]
    assert big.text == "04:59" and big.colour == theme.INK and header.colour == theme.INK
    presenter.set_countdown(Countdown(42.0))
    header, big = [t for t in presenter.lay_out(1366, 768).texts() if t.role == "countdown"]
    assert big.text == "00:42" and big.colour == theme.WARNING and header.colour == theme.WARNING
    presenter.set_countdown(Countdown(0.0))
    header, big = [t for t in presenter.lay_out(1366, 768).texts() if t.role == "countdown"]
    assert is_pseudo(big.text) and is_pseudo(header.text)  # "Time's up", in the language
    assert big.colour == theme.WARNING and header.colour == theme.WARNING


# -- the Council tab and the round of record ----------------------------------------------------


def test_the_council_tab_speaks_the_language_and_keeps_the_local_zone(pseudo, qtbot):
    tab = CouncilTab()
    qtbot.addWidget(tab)
    labels = [label.text() for label in tab.findChildren(QLabel)]
    assert labels and all(is_pseudo(text) for text in labels), labels
    for field in tab.fields.values():
        assert is_pseudo(field.accessibleName()) and is_pseudo(field.placeholderText())
    zone = tab.findChild(QComboBox, "councilTimeZone")
    assert is_pseudo(zone.itemText(0))  # "This computer's time zone"
    zone.setCurrentIndex(0)
    assert tab.values()["time_zone"] == ""  # the item's data, whatever it says
    zone.setCurrentIndex(zone.findData("America/Los_Angeles"))
    assert tab.values()["time_zone"] == "America/Los_Angeles"
    zone.setEditText("Europe/Madrid")
    assert tab.values()["time_zone"] == "Europe/Madrid"


def test_the_round_of_record_speaks_the_language(pseudo, qtbot, services: Services, demo: int):
    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_setting_combo(combo, services.workshop(demo))
    items = [combo.itemText(i) for i in range(combo.count())]
    assert len(items) >= 2 and all(is_pseudo(text) for text in items), items
    assert combo.itemData(0) == LATEST and "1" in items[1]
    assert is_pseudo(record_text(None)) and is_pseudo(record_text(1))
