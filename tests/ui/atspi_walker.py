"""Walks the app's AT-SPI tree as a screen reader does and prints one JSON line: the focusable,
showing controls counted, those without a name, and those with no size on screen.

Run with Debian's Python, which has python3-pyatspi: `/usr/bin/python3 atspi_walker.py NAME`,
inside the D-Bus session the app's accessibility bus runs on (tests/ui/test_atspi_audit.py).
Waits up to a minute for the application named NAME to appear."""

import json
import sys
import time

import pyatspi

CONTROLS = {
    "push button", "toggle button", "check box", "radio button", "combo box", "spin button",
    "text", "entry", "password text", "slider", "page tab", "list", "table", "tree",
    "tree table", "scroll bar", "dial", "link",
}  # fmt: skip
FIND_S = 60.0


def find_app(name: str):
    deadline = time.monotonic() + FIND_S
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and name.lower() in (app.name or "").lower():
                return app
        time.sleep(0.25)  # polling the bus: the app registers when it is ready
    return None


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        count = min(node.childCount, 400)  # big item views: their first rows are enough
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def main() -> int:
    app = find_app(sys.argv[1])
    if app is None:
        print(json.dumps({"error": f"no application named like {sys.argv[1]!r}"}))
        return 1
    controls, unnamed, invisible = [], [], []
    for node in walk(app):
        try:
            role = node.getRoleName()
            states = node.getState()
            if role not in CONTROLS or not states.contains(pyatspi.STATE_FOCUSABLE):
                continue
            if not states.contains(pyatspi.STATE_SHOWING):
                continue
            name = (node.name or "").strip()
            extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        except Exception:
            continue
        where = f"{role} in {(node.parent.name if node.parent is not None else '')!r}"
        controls.append(f"{role} {name!r}")
        if not name:
            unnamed.append(where)
        if extents.width <= 0 or extents.height <= 0:
            invisible.append(f"{where} {name!r}")
    print(json.dumps({"controls": controls, "unnamed": unnamed, "invisible": invisible}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
