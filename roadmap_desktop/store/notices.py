"""Change notices from a PostgreSQL store: another laptop's commit heard within milliseconds.

Migration 0009 makes every event committed send `NOTIFY roadmap_events, '<event id>'`
(delivered at commit, in commit order). A `Listener` holds a connection of its own, in
autocommit (a LISTEN inside an open transaction would hear nothing until it ended), outside
SQLAlchemy's pool (a pooled connection is handed to other work and reset between uses), and
calls `notice(event_id)` for each one. The caller then re-reads the audit log past the last
event it saw (services.poll_changes): a notice is a hint to look, never the change itself.

Notices sent while the listener was disconnected are lost, so after every (re)connection the
listener LISTENs again and calls `notice(None)`, "re-read everything". A lost connection is
retried with a growing pause, and told through `state(False)` / `state(True)` so the window
can say so. SQLite stores have no notices: `listener_for` gives None for them (other copies
on a file poll its audit log).
"""

import contextlib
import logging
import select
import socket
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import make_url

from roadmap_desktop.store.engine import Store

log = logging.getLogger(__name__)

CHANNEL = "roadmap_events"  # as migration 0009's trigger sends it
APPLICATION_NAME = "roadmap-desktop-notices"  # how the server's pg_stat_activity names it
RETRY_FIRST_S = 0.5  # the first pause after a lost connection; doubled each time, up to …
RETRY_MAX_S = 5.0  # … this: a server back after a restart is heard within seconds
# A quiet connection is asked whether it is alive this often: a laptop whose network went
# away sees no end of its socket, only silence. The TCP keepalives and user timeout below
# bound how long that question can hang.
IDLE_CHECK_S = 10.0
CONNECT_TIMEOUT_S = 5
_KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,  # ms; Linux only (libpq ignores it elsewhere)
}

Notice = Callable[[int | None], None]
State = Callable[[bool], None]


def connect_args(address: str, *, application_name: str = APPLICATION_NAME) -> dict[str, Any]:
    """psycopg's keyword arguments for the store at address (a postgresql+psycopg URL):
    host, port, role, password, database and the URL's own query (sslmode, a socket's
    folder as host=…), with this connection's name and keepalives."""
    url = make_url(address)
    args: dict[str, Any] = dict(_KEEPALIVES)
    for key, value in url.query.items():
        args[key] = value[-1] if isinstance(value, tuple) else value
    named = {
        "host": url.host,
        "port": url.port,
        "user": url.username,
        "password": url.password,
        "dbname": url.database,
    }
    args.update({k: v for k, v in named.items() if v is not None})
    args["application_name"] = application_name
    args["connect_timeout"] = CONNECT_TIMEOUT_S
    return args


class Listener:
    """Hears the store's change notices on a daemon thread until stop().

    notice(event_id) is called on the listener's thread for each event committed (by any
    process, this one included), and notice(None) after each LISTEN (the first one too: a
    change committed before it was heard by nobody). state(False) is called once when the
    connection is lost (or the first one fails), state(True) when it is back. A callback
    that raises is logged; the listener goes on.

    Attributes:
        listening: set while the connection LISTENs (tests and benches wait on it).
    """

    def __init__(
        self,
        address: str,
        notice: Notice,
        state: State | None = None,
        *,
        application_name: str = APPLICATION_NAME,
        retry_first_s: float = RETRY_FIRST_S,
        retry_max_s: float = RETRY_MAX_S,
    ) -> None:
        self._args = connect_args(address, application_name=application_name)
        self._notice = notice
        self._state = state
        self._retry = (retry_first_s, retry_max_s)
        self.listening = threading.Event()
        self._connected = True  # the store was just opened: reachable until told otherwise
        self._stopping = threading.Event()
        # stop() writes a byte here, so a wait on the connection's socket ends at once.
        self._wake_r, self._wake_w = socket.socketpair()
        self._thread = threading.Thread(target=self._run, name="store-notices", daemon=True)

    def __repr__(self) -> str:  # the arguments hold the password: never shown
        return f"<Listener {self._args.get('application_name')!r}>"

    @property
    def connected(self) -> bool:
        return self._connected

    def start(self) -> "Listener":
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Ends the thread (within a moment: the wait is woken), closing its connection."""
        self._stopping.set()
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        if self._thread.is_alive():
            self._thread.join(timeout)
        if self._thread.is_alive():
            return  # still closing its connection (a hung network): it ends on its own
        for sock in (self._wake_r, self._wake_w):
            sock.close()

    # -- the thread -------------------------------------------------------------------

    def _run(self) -> None:
        import psycopg  # the optional extra: only PostgreSQL stores get here

        pause = self._retry[0]
        while not self._stopping.is_set():
            try:
                conn = psycopg.connect(autocommit=True, **self._args)
            except psycopg.Error as exc:
                log.info("Change notices: cannot connect (%s)", type(exc).__name__)
                self._report(False)
            else:
                pause = self._retry[0]
                try:
                    with conn:
                        self._listen(conn)
                except psycopg.Error as exc:
                    log.info("Change notices: connection lost (%s)", type(exc).__name__)
                    self._report(False)
                finally:
                    self.listening.clear()
            if self._sleep(pause):
                return
            pause = min(pause * 2, self._retry[1])

    def _listen(self, conn: Any) -> None:
        """LISTENs, re-reads, then hears notices until stop() (returns) or a lost
        connection (psycopg raises)."""
        conn.execute(f"LISTEN {CHANNEL}")
        self.listening.set()
        self._report(True)
        self._call(None)
        while not self._stopping.is_set():
            ready, _, _ = select.select([conn.fileno(), self._wake_r], [], [], IDLE_CHECK_S)
            if self._stopping.is_set():
                return
            if not ready:
                conn.execute("SELECT 1")  # alive? (its answer may bring notices: drained below)
            for notify in conn.notifies(timeout=0):
                payload = notify.payload
                self._call(int(payload) if payload.isdigit() else None)

    def _sleep(self, seconds: float) -> bool:
        """Waits before the next try; True when stop() came meanwhile."""
        if self._stopping.is_set():
            return True
        with contextlib.suppress(OSError, ValueError):
            select.select([self._wake_r], [], [], seconds)
        return self._stopping.is_set()

    def _call(self, event_id: int | None) -> None:
        try:
            self._notice(event_id)
        except Exception:
            log.exception("A change notice's listener failed")

    def _report(self, connected: bool) -> None:
        if connected == self._connected:
            return
        self._connected = connected
        if self._state is None:
            return
        try:
            self._state(connected)
        except Exception:
            log.exception("A change notice's state listener failed")


def listener_for(store: Store, notice: Notice, state: State | None = None) -> Listener | None:
    """A Listener (not yet started) for a PostgreSQL store; None for SQLite, which has no
    notices."""
    if store.engine.dialect.name != "postgresql":
        return None
    return Listener(store.address, notice, state)
