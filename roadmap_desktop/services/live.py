"""Other laptops' changes as they commit, on a shared PostgreSQL store.

The store's change notices (store/notices.py) say that an event was committed; what
changed is read back by `Services.poll_changes`, which publishes it to the subscribers like
any change. This module hands the notices to the layers above, which may not touch the
store themselves (the window's ChangeBridge, the headless ballot server).
"""

from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.store.notices import Listener, Notice, State, listener_for

__all__ = ["Listener", "Notice", "State", "listen"]


def listen(services: ServiceBase, notice: Notice, state: State | None = None) -> Listener | None:
    """A started Listener on the services' store (notice(event_id | None) on its thread for
    each event committed, state(connected) when the connection is lost or back); None for a
    SQLite store, which has no notices (poll it). The caller stops it."""
    listener = listener_for(services.store, notice, state)
    return None if listener is None else listener.start()
