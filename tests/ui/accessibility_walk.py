"""A keyboard and screen-reader audit of one shown window, the way its users meet it: every
control that Tab can reach has an accessible name (what a screen reader says), pressing Tab
from the first control reaches every such control, and nothing Tab stops at is invisible.

`audit(window)` returns an `Audit`; `check(window)` asserts it is clean."""

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QRadioButton,
    QScrollArea,
    QWidget,
)

# Views whose Tab walks cell to cell (tabKeyNavigation) take a press per cell; a window
# whose Tab does not come back to where it started within this many presses traps the user.
MAX_PRESSES = 3000


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '?'!s})"


def is_tab_stop(widget: QWidget, window: QWidget) -> bool:
    """Qt's own rule for where Tab stops: tab focus, enabled, shown, no focus proxy."""
    return (
        widget.window() is window
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isEnabled()
        and widget.isVisible()
        and widget.focusProxy() is None
    )


def tab_stops(window: QWidget) -> list[QWidget]:
    """The window itself (a presenter takes keys) and each control Tab may stop at."""
    return [w for w in [window, *window.findChildren(QWidget)] if is_tab_stop(w, window)]


def radio_peers(button: QRadioButton) -> list[QAbstractButton]:
    """The exclusive group a radio button is one of: Tab stops at its checked button, the
    arrow keys move within it."""
    group = button.group()
    if group is not None:
        return list(group.buttons()) if group.exclusive() else [button]
    if not button.autoExclusive() or button.parentWidget() is None:
        return [button]
    return [
        b
        for b in button.parentWidget().findChildren(QAbstractButton)
        if b.parentWidget() is button.parentWidget() and b.autoExclusive() and b.group() is None
    ]


def tab_must_reach(widget: QWidget) -> bool:
    """Whether Tab must stop at a tab stop: not at the unchecked radio buttons of a group
    that has a checked one."""
    if not isinstance(widget, QRadioButton) or widget.isChecked():
        return True
    return not any(b.isChecked() and b.isVisible() for b in radio_peers(widget))


def control_of(widget: QWidget) -> QWidget:
    """The control a user meets: a spin box or a combo box for its line edit, a view for its
    viewport."""
    parent = widget.parentWidget()
    while parent is not None:
        inner = parent.focusProxy() is widget or isinstance(parent, QAbstractSpinBox | QComboBox)
        if inner or (isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget):
            widget, parent = parent, parent.parentWidget()
        else:
            break
    return widget


def accessible_name(widget: QWidget) -> str:
    """What a screen reader calls the control. A combo box without a name of its own is
    called by its current item ("Safe"), which says nothing of what it chooses: no name."""
    if isinstance(widget, QComboBox) and not widget.accessibleName().strip():
        return ""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    return (iface.text(QAccessible.Text.Name) or "").strip()


def scrolls_into_view(widget: QWidget) -> bool:
    """Inside a scroll area, which scrolls a control into view when it takes focus."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def is_invisible(widget: QWidget) -> bool:
    """Tab stops here, yet nothing shows: no size, or clipped away by its parents."""
    if widget.width() <= 0 or widget.height() <= 0:
        return True
    return widget.visibleRegion().isEmpty() and not scrolls_into_view(widget)


def accessible_controls(window: QWidget) -> list[tuple[str, str]]:
    """(role, name) of each focusable, showing control in the window's accessible tree,
    as a screen reader walks it (items of views are named by their text; not walked)."""
    found: list[tuple[str, str]] = []
    item_views = {
        QAccessible.Role.Table,
        QAccessible.Role.List,
        QAccessible.Role.Tree,
        QAccessible.Role.PageTabList,
        QAccessible.Role.MenuBar,
    }

    def walk(iface: QAccessibleInterface | None, depth: int) -> None:
        if iface is None or not iface.isValid() or depth > 60:
            return
        state = iface.state()
        if state.focusable and not state.invisible and not state.disabled:
            found.append((iface.role().name, (iface.text(QAccessible.Text.Name) or "").strip()))
        if iface.role() in item_views:
            return
        for i in range(iface.childCount()):
            walk(iface.child(i), depth + 1)

    walk(QAccessible.queryAccessibleInterface(window), 0)
    return found


@dataclass
class Audit:
    controls: list[QWidget] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)
    unreached: list[str] = field(default_factory=list)
    invisible: list[str] = field(default_factory=list)
    trapped: str = ""
    accessible: list[tuple[str, str]] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        found = [f"{w} has no accessible name" for w in self.unnamed]
        found += [f"Tab never reaches {w}" for w in self.unreached]
        found += [f"Tab stops at {w}, which is invisible" for w in self.invisible]
        found += [self.trapped] if self.trapped else []
        found += [f"{role} without a name" for role, name in self.accessible if not name]
        return found


def tab_through(window: QWidget, first: QWidget) -> tuple[list[QWidget], str]:
    """Presses Tab from the first control until focus comes back to it; the widgets focus
    visited, in order, and what went wrong, if anything."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [first]
    for _ in range(MAX_PRESSES):
        current = QApplication.focusWidget()
        if current is None:
            return visited, "Tab left no widget with the focus"
        QTest.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now.window() is not window:
            return visited, f"Tab from {describe(current)} left the window"
        if now is first and (current is not first or len(visited) == 1):
            return visited, ""
        if now is not visited[-1]:
            visited.append(now)
    return visited, f"Tab never comes back to {describe(first)}: stuck in {describe(visited[-1])}"


def audit(window: QWidget, *, walk_tab: bool = True) -> Audit:
    """Audits the shown, active window as it is now."""
    QApplication.processEvents()
    result = Audit()
    stops = tab_stops(window)
    result.controls = stops
    for widget in stops:
        if not accessible_name(control_of(widget)):
            result.unnamed.append(describe(control_of(widget)))
        if widget is not window and is_invisible(widget):
            result.invisible.append(describe(widget))
    if stops and walk_tab:
        visited, result.trapped = tab_through(window, stops[0])
        seen = set(map(id, visited))
        result.unreached = [describe(w) for w in stops if id(w) not in seen and tab_must_reach(w)]
        result.invisible += [
            describe(w) for w in visited if is_invisible(w) and describe(w) not in result.invisible
        ]
    result.accessible = accessible_controls(window)
    return result


def check(window: QWidget, *, at_least: int = 1) -> Audit:
    """Asserts the window is clean; returns the audit (its counts go into the report)."""
    window.activateWindow()
    found = audit(window)
    assert len(found.controls) >= at_least, f"only {len(found.controls)} controls to audit"
    assert not found.problems, "\n".join(found.problems)
    return found
