"""The Results tab built in a language, on the demo workshop, for the tests that read its
words (languages, mnemonics)."""

from collections.abc import Iterator
from contextlib import contextmanager

from pytestqt.qtbot import QtBot

from roadmap_desktop import words
from roadmap_desktop.services import Services
from roadmap_desktop.ui import translation
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.results import ResultsPanel


@contextmanager
def panel_in(language: str, qtbot: QtBot, services: Services, demo: int) -> Iterator[ResultsPanel]:
    """The panel, shown at 1280×760 with the demo's round 1 revealed, in that language;
    English again afterwards."""
    assert translation.install(language) == language
    try:
        widget = ResultsPanel(services, Ask(None))
        qtbot.addWidget(widget)
        widget.resize(1280, 760)
        widget.set_workshop(demo)
        widget.show()
        qtbot.waitExposed(widget)
        yield widget
    finally:
        translation.install(words.ENGLISH)
