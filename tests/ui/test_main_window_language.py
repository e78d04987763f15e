"""The window's words go through the catalog: under the pseudo language (every known text
bracketed and lengthened) every menu title, every action in the menus and every tab title
is pseudo; what is not is a text that never went through tr(). (The workshop's data and the
languages' own names are not ours to translate.)"""

from PySide6.QtWidgets import QMenu

from roadmap_desktop.app import open_services
from roadmap_desktop.services import Services
from roadmap_desktop.ui import translation
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.words.pseudo import is_pseudo


def _walk(menu: QMenu, path: str, found: list[str]) -> None:
    if not is_pseudo(menu.title()):
        found.append(f"menu {path}")
    for action in menu.actions():
        if action.isSeparator():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _walk(submenu, f"{path} ▸ {submenu.title()}", found)
            continue
        name = action.objectName()
        if name.startswith("language-") and name != "language-system":
            continue  # "Español", "Tiếng Việt": each language's own name (CLDR's)
        if not is_pseudo(action.text()):
            found.append(f"{path} ▸ {action.text()!r} ({name})")
        if action.statusTip() and not is_pseudo(action.statusTip()):
            found.append(f"{path} ▸ {action.text()!r}: status tip {action.statusTip()!r}")


def untranslated(window: MainWindow) -> list[str]:
    found: list[str] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            _walk(menu, menu.title(), found)
    tabs = window.tabs
    found += [
        f"tab {tabs.tabText(i)!r}" for i in range(tabs.count()) if not is_pseudo(tabs.tabText(i))
    ]
    return found


def test_every_menu_action_and_tab_goes_through_the_catalog(qtbot, services: Services, demo: int):
    translation.install("qps")
    try:
        window = MainWindow(services, open_store=open_services)
        qtbot.addWidget(window)
        assert untranslated(window) == []
        assert is_pseudo(window.windowTitle())
        assert is_pseudo(window.summary.text())
        assert window.heading.text().startswith("Civic Innovation Cabinet")  # the workshop's
        status = window.statusBar().currentMessage()
        assert is_pseudo(status)
    finally:
        translation.install("en")


def test_english_again_after_the_pseudo_language(qtbot, services: Services, demo: int):
    translation.install("qps")
    translation.install("en")
    window = MainWindow(services, open_store=open_services)
    qtbot.addWidget(window)
    assert untranslated(window) != []  # English: no text is bracketed
    assert window.menuBar().actions()[0].text() == "&File"
