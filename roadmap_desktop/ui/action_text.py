"""How an action is named to the user outside its menu: its text without the mnemonic's "&",
its shortcuts as the platform writes them, and the menus it sits in ("File ▸ Export").

The keyboard shortcuts sheet and the empty board's hint read these from the actions
themselves, so what they say follows the menus.
"""

import re

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

MENU_SEPARATOR = " ▸ "


def plain(text: str) -> str:
    """A menu text without its mnemonic: "&Import proposals…" → "Import proposals…", and
    "R&&D" → "R&D"."""
    return re.sub(r"&(.)", r"\1", text)


def keys_text(action: QAction) -> list[str]:
    """The action's shortcuts, each as the platform writes it ("Ctrl+I"; "⌘I" on a Mac)."""
    return [
        k.toString(QKeySequence.SequenceFormat.NativeText)
        for k in action.shortcuts()
        if not k.isEmpty()
    ]


def menu_path(action: QAction) -> list[str]:
    """The titles of the menus that lead from the menu bar to the action, outermost first
    (["File", "Export"]); empty when no menu of the menu bar holds it. (Context menus and
    the menu bar's overflow menu, which hold the same actions, are no way to it.)"""
    for menu in action.associatedObjects():
        if isinstance(menu, QMenu) and (path := _path_from_bar(menu, set())) is not None:
            return path
    return []


def _path_from_bar(menu: QMenu, seen: set[int]) -> list[str] | None:
    if id(menu) in seen:
        return None
    seen.add(id(menu))
    holders = menu.menuAction().associatedObjects()
    if any(isinstance(h, QMenuBar) for h in holders):
        return [plain(menu.title())]
    for holder in holders:
        if isinstance(holder, QMenu) and (path := _path_from_bar(holder, seen)) is not None:
            return [*path, plain(menu.title())]
    return None


def where_and_keys(action: QAction) -> str:
    """ "File ▸ Import proposals… (Ctrl+I)": the way to the action, as a sentence says it."""
    steps = [*menu_path(action), plain(action.text())]
    keys = keys_text(action)
    return MENU_SEPARATOR.join(steps) + (f" ({keys[0]})" if keys else "")
