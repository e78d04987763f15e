"""Finds the files that ship with the app (resources/ and db/) in a wheel, a checkout or a bundle.

In a wheel and in the PyInstaller bundle they sit inside the package; in a source checkout
(editable install, tests) they sit at the top of the repository, beside the package.
"""

from importlib.resources import files
from pathlib import Path


def _top(name: str) -> Path:
    inside = Path(str(files("roadmap_desktop"))) / name
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parent.parent / name


def resource(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource("demo", "demo_workshop.json")."""
    return _top("resources").joinpath(*parts)


def migrations_dir() -> Path:
    """The Alembic environment (env.py and versions/)."""
    return _top("db")
