"""The start page on a laptop with no store yet: the demo, a new workshop, or a store."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from roadmap_desktop import app, locations
from roadmap_desktop.ui.start_page import Start, StartPage


def page_shown(qtbot) -> StartPage:
    page = StartPage()
    qtbot.addWidget(page)
    page.open()
    qtbot.waitExposed(page)
    return page


def button(page: StartPage, choice: Start) -> QPushButton:
    return page.findChild(QPushButton, f"start-{choice.value}")


def test_the_three_choices_read_as_a_newcomer_needs_them(qtbot):
    page = page_shown(qtbot)
    texts = [button(page, c).text().replace("&", "") for c in Start]
    assert texts == ["Open the demo workshop", "New workshop…", "Open a store…"]
    button(page, Start.DEMO).click()
    assert page.choice is Start.DEMO and not page.isVisible()


def test_open_a_store_asks_for_the_file_and_stays_when_none_is_chosen(qtbot, monkeypatch):
    page = page_shown(qtbot)
    answers = iter([None, "/cabinet/workshops.sqlite"])
    monkeypatch.setattr(page.ask, "store_path", lambda _title: next(answers))

    button(page, Start.OPEN).click()
    assert page.choice is None and page.isVisible()
    button(page, Start.OPEN).click()
    assert page.choice is Start.OPEN and page.path == "/cabinet/workshops.sqlite"


@pytest.fixture
def empty_laptop(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setattr(locations, "data_dir", lambda: folder)
    monkeypatch.setattr(locations, "data_location", lambda: folder)
    monkeypatch.setattr(app, "watch_for_crashes", lambda _app: None)  # no global hooks here
    return folder


def test_it_shows_only_while_there_is_no_store(empty_laptop: Path):
    assert app.first_run()
    (empty_laptop / locations.STORE_FILE).write_bytes(b"")
    assert not app.first_run()


@pytest.mark.parametrize(
    ("choice", "path", "opened"),
    [
        (Start.DEMO, None, (None, True)),
        (Start.NEW, None, (None, False)),
        (Start.OPEN, "/cabinet/workshops.sqlite", ("/cabinet/workshops.sqlite", False)),
    ],
)
def test_the_choice_decides_what_the_app_opens(empty_laptop, monkeypatch, choice, path, opened):
    def chosen(page: StartPage) -> int:
        page.choice, page.path = choice, path
        return 1

    monkeypatch.setattr(StartPage, "exec", chosen)
    asked: list[tuple[str | None, bool]] = []
    monkeypatch.setattr(app, "open_window", lambda db, demo: asked.append((db, demo)))

    assert app.run(None) == 1  # open_window gave no window: the test stops there
    assert asked == [opened]


def test_closing_the_start_page_quits_without_a_store(empty_laptop, monkeypatch):
    monkeypatch.setattr(StartPage, "exec", lambda page: 0)
    monkeypatch.setattr(app, "open_window", lambda db, demo: pytest.fail("nothing to open"))

    assert app.run(None) == 0
    assert not (empty_laptop / locations.STORE_FILE).exists()
