"""Whether the directors' phones can vote in the open round: the switch behind "Open voting
to devices", and the ballot server it runs.

The server runs only while a round is open and the facilitator has switched devices on: it
stops when the round closes (here, by undo, or on another laptop), when another workshop is
shown, when the facilitator switches it off and when the app quits. Starting and stopping
take a moment on the GUI thread (the server's own thread does the serving).
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from roadmap_desktop.services import Affects, Change, Problem, Services
from roadmap_desktop.voting import DEFAULT_PORT

if TYPE_CHECKING:  # aiohttp loads when phones are first let in, not with the window
    from roadmap_desktop.voting.server import BallotServer

HOST_KEY, PORT_KEY = "ballot/host", "ballot/port"


class PhoneVoting(QObject):
    """The ballot server of the workshop on show, on or off.

    Attributes:
        workshop_id: the workshop on show (None: none).
        server: the running server, or None when devices are off.

    Signals:
        state_changed(): switched on or off (url tells where, "" when off).
        message(str): something to tell the facilitator.
    """

    state_changed = Signal()
    message = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.workshop_id: int | None = None
        self.server: BallotServer | None = None

    @property
    def url(self) -> str:
        """Where phones join ("http://192.168.1.20:8710"), "" while devices are off."""
        return self.server.url if self.server is not None else ""

    @property
    def on(self) -> bool:
        return self.server is not None

    def set_workshop(self, workshop_id: int | None) -> None:
        if workshop_id != self.workshop_id:
            self.switch_off("")
        self.workshop_id = workshop_id

    def switch_on(self, host: str, port: int) -> bool:
        """Starts serving the open round's ballots on host:port; False (and a message) when
        there is no open round or the address cannot be used."""
        if self.workshop_id is None:
            return False
        if self.server is not None:
            return True
        try:
            opened = self.services.open_round_of(self.workshop_id)
            if opened is None:
                self.message.emit(self.tr("Open a round first: phones vote in the open round."))
                return False
            self.services.issue_ballot_links(self.workshop_id)
        except Problem as exc:
            self.message.emit(
                self.tr("Voting to devices did not start: {problem}").format(problem=exc)
            )
            return False
        from roadmap_desktop.voting.server import BallotServer, ServerError

        server = BallotServer(self.services, self.workshop_id, host, port)
        try:
            server.start()
        except ServerError as exc:
            server.close()
            self.message.emit(str(exc))
            return False
        self.server = server
        settings = QSettings()
        settings.setValue(HOST_KEY, host)
        settings.setValue(PORT_KEY, port)
        self.message.emit(
            self.tr("Phones can vote in round {number}: they join at {address}").format(
                number=opened.number, address=self.url
            )
        )
        self.state_changed.emit()
        return True

    def switch_off(self, why: str | None = None) -> None:
        """Stops the server (phones' streams end first); nothing stays bound. why: what to
        tell the facilitator ("" nothing; None: that voting to devices is off)."""
        if self.server is None:
            return
        if why is None:
            why = self.tr("Voting to devices is off.")
        server, self.server = self.server, None
        server.close()
        if why:
            self.message.emit(why)
        self.state_changed.emit()

    def apply(self, change: Change) -> None:
        """A round that closed (anywhere) ends voting to devices."""
        if (
            self.server is None
            or change.workshop_id != self.workshop_id
            or not change.affects & Affects.ROUNDS
        ):
            return
        try:
            still_open = self.services.open_round_of(self.server.workshop_id)
        except Problem:
            still_open = None
        if still_open is None:
            self.switch_off(self.tr("The round closed: phones can no longer vote."))

    def shutdown(self) -> None:
        """The app is quitting (or the store is replaced): stop for good."""
        self.switch_off("")


def remembered_address() -> tuple[str, int]:
    """The host and port used last time (the default port, no host, the first time)."""
    settings = QSettings()
    host = str(settings.value(HOST_KEY, "") or "")
    try:
        port = int(str(settings.value(PORT_KEY, DEFAULT_PORT)))
    except ValueError:
        port = DEFAULT_PORT
    return host, port
