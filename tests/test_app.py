"""Which store the window opens: --db, a fresh demo, or the store used last (after --demo:
the demo, where the user left it). Every test has its own data folder and Qt's test
settings, never the user's."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from roadmap_desktop import app, cli, locations
from roadmap_desktop.services.specs import WorkshopSpec
from roadmap_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def data_folder(qapp: QApplication, tmp_path: Path, monkeypatch) -> Iterator[Path]:
    """This test's own data folder (the default and the demo store) and settings."""
    QStandardPaths.setTestModeEnabled(True)
    locations.name_application()
    folder = tmp_path / "data"
    folder.mkdir()
    settings = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(settings))
    monkeypatch.setattr(locations, "data_dir", lambda: folder)
    QSettings().clear()
    yield folder
    QSettings().clear()


@pytest.fixture
def start(qtbot) -> Iterator:
    """Starts the app as `roadmap-desktop [ARGS]` would, without running its event loop;
    quit() closes the window and its store, as quitting does."""
    opened: list[MainWindow] = []

    def start_app(db: str | None = None, **flags: bool) -> MainWindow:
        window = app.open_window(db, **flags)
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        opened.append(window)
        return window

    yield start_app
    for window in opened:
        window.close()
        window.services.store.close()


def quit_app(window: MainWindow) -> None:
    window.close()
    window.services.store.close()


def heading(window: MainWindow) -> str:
    return window.findChild(QLabel, "workshopHeading").text()


def test_demo_on_a_fresh_machine_writes_the_demo_and_opens_it(start, data_folder: Path):
    window = start(demo=True)
    assert (data_folder / locations.DEMO_FILE).is_file()
    assert window.services.store.path == data_folder / locations.DEMO_FILE
    assert window.windowTitle().startswith("Demo workshop — ")
    assert heading(window).startswith("Civic Innovation Cabinet")


def test_after_the_demo_the_app_starts_where_the_user_left_off(start, data_folder: Path):
    first = start(demo=True)
    services = first.services
    second = services.create_workshop(WorkshopSpec.san_jose("Rehearsal")).subject
    first.select_workshop(1)
    card = first.board_widget.views[0].lane_model.cards()[0]
    assert first.board_widget.move([card.id], first.board_widget.views[2].lane_model.lane.id, 0)
    first.select_workshop(second)
    quit_app(first)

    again = start()  # no store given: the one used last, on its last workshop
    assert again.services.store.path == data_folder / locations.DEMO_FILE
    assert again.windowTitle().startswith("Demo workshop — ")
    assert heading(again) == "Rehearsal"
    quit_app(again)

    fresh = start(demo=True)  # --demo again: a new demo, as shipped
    assert fresh.workshops.rowCount() == 1
    assert heading(fresh).startswith("Civic Innovation Cabinet")
    assert card.id in [c.id for c in fresh.board_widget.views[0].lane_model.cards()]


def test_without_a_store_it_opens_the_last_one_or_else_the_default(
    start, data_folder: Path, tmp_path: Path
):
    chosen = tmp_path / "council.sqlite"
    quit_app(start(str(chosen)))
    window = start()
    assert window.services.store.path == chosen
    assert not window.windowTitle().startswith("Demo")
    quit_app(window)
    chosen.unlink()  # moved away or deleted: the default store, never a new empty file there
    window = start()
    assert window.services.store.path == data_folder / locations.STORE_FILE
    assert not chosen.exists()


def test_demo_replaces_a_damaged_demo_store(start, data_folder: Path):
    (data_folder / locations.DEMO_FILE).write_bytes(b"not a database at all" * 10)
    assert heading(start(demo=True)).startswith("Civic Innovation Cabinet")


def test_a_store_that_cannot_open_is_explained(data_folder: Path, tmp_path: Path, monkeypatch):
    notes = tmp_path / "notes.sqlite"
    notes.write_bytes(b"not a database at all" * 10)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    assert app.open_window(str(notes)) is None
    assert len(said) == 1 and "not a Roadmap Desktop store" in said[0]


def test_the_command_line_opens_the_demo_or_the_last_store(monkeypatch):
    calls: list[tuple] = []
    monkeypatch.setattr(app, "run", lambda db, **flags: calls.append((db, flags)) or 0)
    assert cli.main(["--demo"]) == 0
    assert cli.main([]) == 0
    assert calls == [
        (None, {"demo": True, "language": None}),
        (None, {"demo": False, "language": None}),
    ]
    assert cli.main(["--lang", "es", "--demo"]) == 0
    assert calls[-1] == (None, {"demo": True, "language": "es"})


def _damage(path: Path) -> bytes:
    """Overwrites the middle of the store's pages (its header stays): a damaged store."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 2, len(data) - page, page * 3):
        data[start + 100 : start + 600] = b"\xa5" * 500
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_store_offers_its_newest_good_backup(start, tmp_path: Path, monkeypatch):
    from roadmap_desktop.services.demo import write_demo_store
    from roadmap_desktop.store.backups import list_backups, take_backup

    path = tmp_path / "room.sqlite"
    write_demo_store(path)
    take_backup(path, "round-closed")
    damaged = _damage(path)
    asked: list[str] = []
    monkeypatch.setattr(app, "offer_backup", lambda exc: asked.append(str(exc)) or True)
    window = start(str(path))
    assert len(asked) == 1 and "damaged" in asked[0] and "backup of" in asked[0]
    assert heading(window).startswith("Civic Innovation Cabinet"), "the backup is open"
    aside = [b for b in list_backups(path) if b.reason == "before-restore"]
    assert len(aside) == 1 and aside[0].path.read_bytes() == damaged, "the damaged file is kept"


def test_a_damaged_store_stays_untouched_when_the_backup_is_declined(tmp_path: Path, monkeypatch):
    from roadmap_desktop.services.demo import write_demo_store
    from roadmap_desktop.store.backups import take_backup

    path = tmp_path / "room.sqlite"
    write_demo_store(path)
    take_backup(path, "round-closed")
    damaged = _damage(path)
    said: list[str] = []
    monkeypatch.setattr(app, "offer_backup", lambda exc: False)
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    assert app.open_window(str(path)) is None
    assert len(said) == 1 and "damaged" in said[0]
    assert path.read_bytes() == damaged
