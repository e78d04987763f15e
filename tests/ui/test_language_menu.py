"""View ▸ Language: the system's language or one of ours, saved for the next start, with an
offer to restart now (the restart itself is the starter's job: replaced here)."""

import sys

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton

from roadmap_desktop import words
from roadmap_desktop.app import open_services
from roadmap_desktop.services import Services
from roadmap_desktop.ui import language_menu, translation
from roadmap_desktop.ui.main_window import MainWindow


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    """What a restart would have started (nothing is started)."""
    calls: list[tuple[str, list[str]]] = []

    def start(program: str, arguments: list[str]) -> bool:
        calls.append((program, arguments))
        return True

    monkeypatch.setattr(language_menu, "start_detached", start)
    return calls


def choices(window: MainWindow) -> list[QAction]:
    menu = window.findChild(QMenu, "languageMenu")
    return [a for a in menu.actions() if not a.isSeparator()]


def restart_box(window: MainWindow, qtbot) -> QMessageBox:
    box = window.findChild(QMessageBox, "languageRestart")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    return box


def test_the_menu_offers_the_system_then_every_language_by_its_own_name(window: MainWindow):
    shown = choices(window)
    assert [a.objectName() for a in shown] == [
        "language-system",
        *(f"language-{code}" for code in words.available()),
    ]
    assert [a.text() for a in shown[1:]] == [words.native_name(c) for c in words.available()]
    assert "Español" in [a.text() for a in shown] and "Tiếng Việt" in [a.text() for a in shown]
    assert all(a.isCheckable() for a in shown)
    assert [a.isChecked() for a in shown] == [True] + [False] * len(words.available())
    assert shown[0].actionGroup() is not None and shown[0].actionGroup().isExclusive()


def test_following_the_system_names_the_systems_language(
    qtbot, services: Services, demo: int, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(translation, "system_language", lambda: "vi")
    win = MainWindow(services, open_store=open_services)
    qtbot.addWidget(win)
    assert win.findChild(QAction, "language-system").text() == "Follow the system (Tiếng Việt)"


def test_the_saved_choice_is_checked(qtbot, services: Services, demo: int):
    translation.save_language("vi")
    win = MainWindow(services, open_store=open_services)
    qtbot.addWidget(win)
    assert [a.objectName() for a in choices(win) if a.isChecked()] == ["language-vi"]


def test_choosing_a_language_saves_it_and_later_keeps_the_window(
    window: MainWindow, qtbot, started: list
):
    window.findChild(QAction, "language-es").trigger()
    assert translation.saved_language() == "es"
    assert window.findChild(QAction, "language-es").isChecked()
    box = restart_box(window, qtbot)
    assert box.text() == "Roadmap Desktop will appear in Español the next time it starts."
    now = box.findChild(QPushButton, "languageRestartNow")
    later = box.findChild(QPushButton, "languageRestartLater")
    assert (now.text(), later.text()) == ("Restart now", "Later")
    later.click()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "languageRestart") is None)
    assert started == []
    assert window.isVisible()


def test_restart_now_starts_the_same_command_and_closes_the_window(
    window: MainWindow, qtbot, started: list
):
    window.findChild(QAction, "language-vi").trigger()
    restart_box(window, qtbot).findChild(QPushButton, "languageRestartNow").click()
    assert translation.saved_language() == "vi"
    assert started == [language_menu.restart_command()]
    assert started[0][0] == sys.executable
    qtbot.waitUntil(lambda: not window.isVisible())


def test_following_the_system_again_saves_an_empty_setting(
    window: MainWindow, qtbot, started: list
):
    translation.save_language("es")
    window.findChild(QAction, "language-system").trigger()
    assert translation.saved_language() == ""
    box = restart_box(window, qtbot)
    language = words.native_name(translation.chosen_language())
    assert box.text() == f"Roadmap Desktop will appear in {language} the next time it starts."
    box.findChild(QPushButton, "languageRestartLater").click()


def test_the_restart_command_is_this_one_without_its_lang(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "orig_argv", ["python3", "-m", "roadmap_desktop", "--lang", "es"])
    assert language_menu.restart_command() == (sys.executable, ["-m", "roadmap_desktop"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["RoadmapDesktop", "--lang=vi", "store.sqlite"])
    assert language_menu.restart_command() == (sys.executable, ["store.sqlite"])
