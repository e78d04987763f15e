"""Where the user left off, per store: the workshop last shown in each store (QSettings),
so a store opened again opens on its own last workshop, not on another store's."""

import json

from PySide6.QtCore import QSettings

from roadmap_desktop.services import Services

LAST_WORKSHOPS_KEY = "main/lastWorkshops"  # JSON: {store: workshop id}, most recent last
REMEMBERED_STORES = 32


def store_key(services: Services) -> str:
    """How the settings name a store: its file, or its URL (shown without a password)."""
    store = services.store
    return str(store.path) if store.path is not None else store.url


def _remembered() -> dict[str, int]:
    raw = QSettings().value(LAST_WORKSHOPS_KEY, "")
    try:
        value = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, int)}


def last_workshop(services: Services) -> int | None:
    """The workshop last shown in this store, if any (it may since have gone)."""
    return _remembered().get(store_key(services))


def remember_workshop(services: Services, workshop_id: int | None) -> None:
    """Remembers the workshop shown in this store (the latest REMEMBERED_STORES stores)."""
    if workshop_id is None:
        return
    remembered = _remembered()
    key = store_key(services)
    if list(remembered)[-1:] == [key] and remembered[key] == workshop_id:
        return  # already the latest: no write
    remembered.pop(key, None)
    remembered[key] = int(workshop_id)
    kept = dict(list(remembered.items())[-REMEMBERED_STORES:])
    QSettings().setValue(LAST_WORKSHOPS_KEY, json.dumps(kept, ensure_ascii=False))
