"""The Results tab's mnemonics in each language: what is on screen at once (the panel's rows —
round, sort, exports, the cut line, apply, the tie bar —, the tab bar of its views, and the
page of the view shown) never gives one Alt+letter to two controls. The key is Qt's own
(QKeySequence.mnemonic), so "ư" and "u" are two keys only where Qt makes them two."""

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QStackedWidget, QTabWidget, QWidget

from roadmap_desktop import words
from roadmap_desktop.services import Services
from roadmap_desktop.ui.results import ResultsPanel
from tests.ui.results_panels import panel_in

LANGUAGES = ("en", "es", "vi")
PAGES = range(6)  # Table, Charts, Agreement, What-if weights, Budget, Scenarios


@pytest.fixture(params=LANGUAGES)
def panel(request, qtbot, services: Services, demo: int) -> Iterator[ResultsPanel]:
    """The Results tab built in each language, on the demo (round 1 revealed)."""
    with panel_in(request.param, qtbot, services, demo) as widget:
        yield widget


def on_screen(widget: QWidget, root: QWidget) -> bool:
    """Not on a page of a stack (a tab widget's pages, the empty/results stack) other than
    the current one. Widgets hidden for now (the tie bar without a tie) still count: they
    show on the same screen when they show."""
    child: QWidget = widget
    parent = child.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not child:
            return False
        child, parent = parent, parent.parentWidget()
    return True


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Qt's mnemonic key → the texts that claim it, for what is on screen under root."""
    found: dict[str, list[str]] = defaultdict(list)

    def claim(text: str, what: str) -> None:
        key = QKeySequence.mnemonic(text)
        if not key.isEmpty():
            found[key.toString(QKeySequence.SequenceFormat.PortableText)].append(f"{what} {text!r}")

    for widget in root.findChildren(QWidget):
        if not on_screen(widget, root):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            claim(widget.text(), f"label for {widget.buddy().objectName() or 'a field'}")
        elif isinstance(widget, QAbstractButton):
            claim(widget.text(), widget.objectName() or type(widget).__name__)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                claim(widget.tabText(i), f"{widget.objectName()} tab")
    return found


@pytest.mark.parametrize("page", PAGES)
def test_no_two_controls_on_screen_share_a_mnemonic(panel: ResultsPanel, page: int):
    views = panel.views
    assert views.objectName() == "resultsViews" and views.count() == len(PAGES)
    views.setCurrentIndex(page)
    panel.top_radio.setChecked(True)  # top 21 ties at the line: the tie bar is there
    found = mnemonics(panel)
    assert found, "no mnemonics found: the panel was not built"
    clashes = {key: texts for key, texts in found.items() if len(texts) > 1}
    assert not clashes, f"{words.current()}, page {views.tabText(page)!r}: " + "; ".join(
        f"{key}: {', '.join(texts)}" for key, texts in sorted(clashes.items())
    )


def test_the_panel_is_built_in_the_language(panel: ResultsPanel):
    english = "&Apply to board…"
    if words.current() == words.ENGLISH:
        assert panel.apply_button.text() == english
    else:
        assert panel.apply_button.text() != english
