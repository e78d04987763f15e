"""The accessibility audit from outside the process, as a screen reader sees the app: on a
real X display (Xvfb), with a D-Bus session and Qt's accessibility bridge on, Debian's
python3-pyatspi walks the app's AT-SPI tree for the main window on each tab, each dialog and
the presenter. Every focusable control on screen has a name and a size. (Tab order is walked
inside the process: tests/ui/test_accessibility.py.)"""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
DEBIAN_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
STEP_S = 120  # give-up time for one step on a loaded machine
STEPS = [
    *(f"tab {i}" for i in range(3)),
    *(
        f"dialog {name}"
        for name in (
            "new-proposal",
            "open-round",
            "room-wifi",
            "shortcuts",
            "about",
            "paste-participants",
            "new-workshop",
            "settings-0",
            "settings-1",
            "settings-2",
            "settings-3",
        )
    ),
    "presenter",
]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="AT-SPI is Linux's")


def _line(process: subprocess.Popen, wanted: str) -> str:
    """The child's next stdout line, which must start with wanted."""
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith(wanted), f"wanted {wanted!r}, got {line!r}"
    return line


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> Iterator[dict[str, str]]:
    """Xvfb, a D-Bus session and the accessibility bus: the environment the app and the
    walker share."""
    for tool in ("Xvfb", "dbus-daemon", DEBIAN_PYTHON, BUS_LAUNCHER):
        assert shutil.which(tool) or Path(tool).exists(), (
            f"{tool} missing: sh tools/debian-packages test"
        )
    home = tmp_path_factory.mktemp("atspi-home")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as displays:
        display = displays.readline().strip()
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env = {
        **os.environ,
        "DISPLAY": f":{display}",
        "DBUS_SESSION_BUS_ADDRESS": address,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "NO_AT_BRIDGE": "0",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home),
    }
    launcher = subprocess.Popen(
        [BUS_LAUNCHER, "--launch-immediately"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield env
    finally:
        for process in (launcher, bus, xvfb):
            process.terminate()
            process.wait(30)
        bus.stdout.close()


@pytest.fixture(scope="module", params=["C.UTF-8", "es_ES.UTF-8"], ids=["English", "Spanish"])
def app(session: dict[str, str], request) -> Iterator[subprocess.Popen]:
    """The app in the system's language: English, then Spanish (LANG=es_ES.UTF-8)."""
    driver = subprocess.Popen(
        [sys.executable, str(HERE / "atspi_driver.py")],
        env={**session, "LANG": request.param},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    _line(driver, "started")
    driver.language = request.param  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        if driver.stdin is not None and driver.poll() is None:
            driver.stdin.write("quit\n")
            driver.stdin.flush()
        driver.wait(60)
        for pipe in (driver.stdin, driver.stdout):
            if pipe is not None:
                pipe.close()


def _walk(session: dict[str, str]) -> dict:
    done = subprocess.run(
        [DEBIAN_PYTHON, str(HERE / "atspi_walker.py"), "roadmap"],
        env={k: v for k, v in session.items() if not k.startswith("PYTHON")},
        capture_output=True,
        text=True,
        timeout=STEP_S,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def test_every_screen_read_from_outside_names_its_controls(app, session):
    failures: list[str] = []
    counted = 0
    seen: dict[str, list[str]] = {}
    for step in STEPS:
        assert app.stdin is not None
        app.stdin.write(step + "\n")
        app.stdin.flush()
        _line(app, f"ready {step}")
        found = _walk(session)
        seen[step] = found["controls"]
        counted += len(found["controls"])
        if not found["controls"]:
            failures.append(f"{step}: the screen reader found no control")
        failures += [f"{step}: a {u} has no name" for u in found["unnamed"]]
        failures += [f"{step}: a {i} has no size on screen" for i in found["invisible"]]
        if not step.startswith("tab"):
            app.stdin.write("close\n")
            app.stdin.flush()
            _line(app, "closed")
    assert not failures, "\n".join(failures)
    assert counted >= 100, f"only {counted} controls read: the walk missed the screens"
    tabs = {c for c in seen["tab 0"] if c.startswith("page tab ")}
    english = {"page tab 'Board'", "page tab 'Score'", "page tab 'Results'"}
    if app.language.startswith("es"):  # type: ignore[attr-defined]
        assert tabs and not tabs & english, f"the tabs a screen reader hears: {sorted(tabs)}"
        assert "page tab 'Tablero'" in tabs, sorted(tabs)
    else:
        assert english <= tabs, sorted(tabs)
