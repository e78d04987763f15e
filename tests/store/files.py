"""What the store tests build and compare on disk: a folder's files, and a foreign database."""

import sqlite3
from pathlib import Path


def files(folder: Path) -> dict[str, bytes]:
    """Every file of the folder by name, with its bytes: "nothing was written" compares two."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def foreign_wal_database(path: Path) -> Path:
    """Another program's SQLite database, in WAL mode, closed (so it has no -wal or -shm)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    with conn:
        conn.execute("CREATE TABLE employee (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    return path
