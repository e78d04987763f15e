"""Runs the ballot server: aiohttp on its own asyncio loop in a background thread.

The window (or `serve-ballots`) starts it on an address of the room's network and stops it
when voting to devices is switched off, the round closes or the app quits. Stopping ends the
phones' live streams first, then closes the listening socket and the loop; nothing is left
bound. The server reaches the store only through the services it is given; the changes they
commit (here, in the window, on another laptop) tell the phones to read again.
"""

import asyncio
import contextlib
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from aiohttp import web

from roadmap_desktop.services import Services, live
from roadmap_desktop.voting import DEFAULT_PORT
from roadmap_desktop.voting.app import Site, make_app
from roadmap_desktop.words import Message, _

__all__ = ["DEFAULT_PORT", "BallotServer", "ServerError"]
START_TIMEOUT_S = 15.0
POOL_THREADS = 4
STREAMS_END_S = 3.0  # how long the phones' streams get to send what is queued and end


class ServerError(Exception):
    """The ballot server could not start (the address is taken or not this machine's); its
    message is a sentence, rendered in the current language by str()."""

    def __init__(self, message: "str | Message") -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class Listening:
    host: str
    port: int

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


class BallotServer:
    """One workshop's ballots served on host:port until stop().

    Attributes:
        services: the use cases the server calls (shared with the window, thread-safe).
        workshop_id: the workshop whose open round the phones vote in.
        poll_s: how often to read other processes' changes (0: the window does it); on a
            shared PostgreSQL store, also at once on each change notice.
    """

    def __init__(
        self,
        services: Services,
        workshop_id: int,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        *,
        poll_s: float = 0.0,
    ) -> None:
        self.services = services
        self.workshop_id = workshop_id
        self.host, self.port = host, port
        self.poll_s = poll_s
        self.listening: Listening | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._started = threading.Event()
        self._stopping: asyncio.Event | None = None
        self._failure: BaseException | None = None
        self._pool = ThreadPoolExecutor(POOL_THREADS, thread_name_prefix="ballot-db")
        self._site = Site(services, workshop_id, self._pool)
        self._unsubscribe = services.subscribe(self._site.tell)

    @property
    def url(self) -> str:
        return self.listening.url if self.listening is not None else ""

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Listening:
        """Starts listening; returns where. ServerError with a sentence if it cannot."""
        if self.running:
            assert self.listening is not None
            return self.listening
        self._started.clear()
        self._failure = None
        self._thread = threading.Thread(target=self._run, name="ballot-server", daemon=True)
        self._thread.start()
        if not self._started.wait(START_TIMEOUT_S):
            raise ServerError(_("The ballot server did not start in time."))
        if self._failure is not None:
            self._thread.join(5)
            raise ServerError(_sentence(self._failure, self.host, self.port)) from self._failure
        assert self.listening is not None
        return self.listening

    def stop(self) -> None:
        """Ends the live streams, closes the socket and the loop; waits for the thread."""
        loop, stopping = self._loop, self._stopping
        if loop is not None and stopping is not None and loop.is_running():
            loop.call_soon_threadsafe(stopping.set)
        if self._thread is not None:
            self._thread.join(10)
        self._thread = None
        self.listening = None

    def close(self) -> None:
        """Stops, and lets go of the services and the thread pool for good."""
        self.stop()
        self._unsubscribe()
        self._pool.shutdown(wait=False, cancel_futures=True)

    # -- the thread ------------------------------------------------------------------------

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve())
        except BaseException as exc:  # told to start(), which raises it as a sentence
            self._failure = exc
            self._started.set()
        finally:
            with contextlib.suppress(Exception):
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._loop = None

    async def _serve(self) -> None:
        self._stopping = asyncio.Event()
        self._site.loop = asyncio.get_running_loop()
        runner = web.AppRunner(make_app(self._site), handle_signals=False, access_log=None)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port, reuse_address=True)
            await site.start()
            bound = runner.addresses  # port 0 asks the system for a free port: read it back
            port = int(bound[0][1]) if bound else self.port
            self.listening = Listening(self.host, port)
            self._started.set()
            poller = asyncio.create_task(self._poll()) if self.poll_s > 0 else None
            await self._stopping.wait()
            if poller is not None:
                poller.cancel()
            await self._site.end_streams(STREAMS_END_S)
        finally:
            await runner.cleanup()

    async def _poll(self) -> None:
        """Reads other processes' changes every poll_s, and at once when a shared store's
        change notice comes (services/live.py; the poll is then the fallback)."""
        loop = asyncio.get_running_loop()
        noticed = asyncio.Event()

        def notice(_event_id: int | None) -> None:  # on the listener's thread
            loop.call_soon_threadsafe(noticed.set)

        listener = live.listen(self.services, notice)
        try:
            while True:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(noticed.wait(), self.poll_s)
                noticed.clear()  # before the read: a notice during it asks for another
                with contextlib.suppress(Exception):
                    await loop.run_in_executor(self._pool, self.services.poll_changes)
        finally:
            if listener is not None:
                listener.stop()  # prompt: its wait is woken


def _sentence(exc: BaseException, host: str, port: int) -> Message:
    # A port is a port number (no grouping): passed as the digits it is.
    if isinstance(exc, OSError):
        if exc.errno in (98, 48, 10048):  # address in use (Linux, macOS, Windows)
            return _("Port {port} is in use on this laptop; choose another port.", port=str(port))
        if exc.errno in (99, 49, 10049):  # cannot assign requested address
            # Translators: {host} is a network address such as 192.168.1.20.
            return _("{host} is not an address of this laptop; choose another network.", host=host)
        # Translators: {problem} is the system's own words (often English).
        return _(
            "The ballot server could not listen on {host}:{port} ({problem}).",
            host=host,
            port=str(port),
            problem=exc.strerror or exc,
        )
    return _("The ballot server could not start ({problem}).", problem=exc)
