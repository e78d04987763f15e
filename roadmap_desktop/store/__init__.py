"""The workshop store: SQLModel tables, the engine with its SQLite pragmas, and migrations."""

from roadmap_desktop.store.engine import Store, open_store
from roadmap_desktop.store.errors import Problem, StoreError

__all__ = ["Problem", "Store", "StoreError", "open_store"]
