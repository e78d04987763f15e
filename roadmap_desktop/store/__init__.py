"""The workshop store: SQLModel tables, the engine with its SQLite pragmas, migrations,
backups and checks."""

from roadmap_desktop.store.backups import Backup
from roadmap_desktop.store.engine import Store, open_store
from roadmap_desktop.store.errors import Problem, StoreError

__all__ = ["Backup", "Problem", "Store", "StoreError", "open_store"]
