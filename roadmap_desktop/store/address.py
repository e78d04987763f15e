"""A store's address as it is shown, and what is said where a store is a database, not a file.

A store is named by a file path or an SQLAlchemy URL; a URL may hold a password
(`postgresql+psycopg://roadmap:secret@db.city.example/roadmap`). Whatever names a store in a
sentence, a log line, a window's title or an export goes through `shown`, so the password
never does: the URL is rendered with `***` in its place. A URL SQLAlchemy cannot read is
still shown without what sits between its user name and its host.
"""

import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

# user:password@ in a URL SQLAlchemy could not read: the password is what follows the colon.
_CREDENTIALS = re.compile(r"(://[^/@:]*):[^/@]*@")
HIDDEN = "***"  # as SQLAlchemy's render_as_string(hide_password=True) writes it


def is_url(target: str | Path) -> bool:
    """True when target is a URL (a path never holds "://")."""
    return "://" in str(target)


def parsed(target: str | Path) -> URL | None:
    """The URL target names, None for a path or a URL SQLAlchemy cannot read."""
    if not is_url(target):
        return None
    try:
        return make_url(str(target))
    except (ArgumentError, ValueError):
        return None


def shown(target: str | Path | None) -> str:
    """A store target as shown to a person or written to a log: a path as it is, a URL with
    its password hidden ("" for None)."""
    if target is None:
        return ""
    if not is_url(target):
        return str(target)
    url = parsed(target)
    if url is not None:
        return url.render_as_string(hide_password=True)
    return _CREDENTIALS.sub(rf"\1:{HIDDEN}@", str(target))


def is_postgresql(target: str | Path) -> bool:
    url = parsed(target)
    return url is not None and url.get_backend_name() == "postgresql"
