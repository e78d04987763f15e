"""The Score tab's "Phones" panel: open voting to the directors' phones, on which network and
port, where they join, and how far each director has got ("done", "partly", "not started")
— never a value. A director's lost phone gets a new link or is released from here.

Progress is read again a moment after entries change, not once per entry: thirty phones
voting at once would otherwise keep the window busy reading.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.services import Affects, Change, Problem, Services
from roadmap_desktop.services.ballots import Progress
from roadmap_desktop.services.views import RoundView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.ask import Ask
from roadmap_desktop.ui.guard import shielded
from roadmap_desktop.ui.network import lan_addresses
from roadmap_desktop.ui.scoring.phones import PhoneVoting, remembered_address
from roadmap_desktop.ui.scoring.progress_text import and_more, voter_state
from roadmap_desktop.ui.scoring.wifi_dialog import WifiDialog, remember_wifi, room_wifi

PROGRESS_DELAY_MS = 250  # entries arriving together are counted once
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_COLOURS = {"done": "#1D6B38", "partly": theme.INK, "not started": theme.WARNING}


class DevicesPanel(QGroupBox):
    """Attributes:
        progress: how far each director has got in the round on show (voter_progress):
            read here, once a moment after entries change, for the whole Score tab.

    Signals:
        message(str): something to tell the user.
        join_cards_requested(str): print the join cards for phones joining at this address.
        progressed(): progress was read again.
    """

    message = Signal(str)
    join_cards_requested = Signal(str)
    progressed = Signal()

    def __init__(
        self, services: Services, phones: PhoneVoting, ask: Ask, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Phones"))
        self.setObjectName("devicesPanel")
        self.setAccessibleName(self.tr("Directors' phones"))
        self.services, self.phones, self.ask = services, phones, ask
        self.workshop_id: int | None = None
        self.round: RoundView | None = None
        self.progress: list[Progress] = []
        self.joined: dict[int, bool] = {}
        phones.state_changed.connect(self._show_state)
        phones.message.connect(self.message)

        self.switch = QPushButton(self.tr("Open voting to &devices"), objectName="devicesSwitch")
        self.switch.setCheckable(True)
        self.switch.setAccessibleName(self.tr("Open voting to devices"))
        self.switch.toggled.connect(self._switched)
        self.address = QComboBox(objectName="devicesAddress")
        self.address.setAccessibleName(self.tr("Network to serve the ballots on"))
        self.address.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.address.setMinimumContentsLength(14)
        self.port = QSpinBox(objectName="devicesPort")
        self.port.setRange(1024, 65535)
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setGroupSeparatorShown(False)
        self.status = QLabel(objectName="devicesStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Where phones join"))
        self.summary = QLabel(objectName="devicesSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("How far the directors have got"))

        self.people = QTreeWidget(objectName="directorProgress")
        self.people.setAccessibleName(self.tr("Directors"))
        self.people.setHeaderLabels(
            [self.tr("Director"), self.tr("Phone"), self.tr("Voting", "a director's progress")]
        )
        self.people.setRootIsDecorated(False)
        self.people.setUniformRowHeights(True)
        self.people.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        header = self.people.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.people.itemSelectionChanged.connect(self._refresh_buttons)

        self.reissue = QPushButton(self.tr("&New link…"), objectName="reissueLink")
        self.reissue.setAccessibleName(self.tr("Give the director a new link"))
        self.reissue.setToolTip(self.tr("A lost card or phone: the old link stops working at once"))
        self.reissue.clicked.connect(self.reissue_link)
        self.release = QPushButton(self.tr("Re&lease phone…"), objectName="releasePhone")
        self.release.setAccessibleName(self.tr("Release the director's phone"))
        self.release.setToolTip(self.tr("The link then works on the next phone that opens it"))
        self.release.clicked.connect(self.release_phone)
        self.cards = QPushButton(self.tr("Print &join cards…"), objectName="printJoinCards")
        self.cards.setAccessibleName(self.tr("Print join cards"))
        self.cards.clicked.connect(self._print_cards)
        self.wifi = QPushButton(self.tr("Room &Wi-Fi…"), objectName="roomWifi")
        self.wifi.setAccessibleName(self.tr("The room's Wi-Fi"))
        self.wifi.clicked.connect(self.edit_wifi)

        where = QGridLayout()
        network_label = QLabel(self.tr("Net&work:"))
        network_label.setBuddy(self.address)
        port_label = QLabel(self.tr("P&ort:"))
        port_label.setBuddy(self.port)
        where.addWidget(network_label, 0, 0)
        where.addWidget(self.address, 0, 1)
        where.addWidget(port_label, 0, 2)
        where.addWidget(self.port, 0, 3)
        where.setColumnStretch(1, 1)
        person_buttons = QHBoxLayout()
        person_buttons.addWidget(self.reissue)
        person_buttons.addWidget(self.release)
        room_buttons = QHBoxLayout()
        room_buttons.addWidget(self.cards)
        room_buttons.addWidget(self.wifi)
        layout = QVBoxLayout(self)
        layout.addWidget(self.switch)
        layout.addLayout(where)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.people, 1)
        layout.addLayout(person_buttons)
        layout.addLayout(room_buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self._later = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._later.setObjectName("devicesProgressTimer")
        self._later.timeout.connect(lambda: self.refresh(links=False))
        self._fill_addresses()
        self._show_state()

    # -- public interface ---------------------------------------------------------------

    def set_round(self, workshop_id: int | None, round_view: RoundView | None) -> None:
        """The workshop and the round the Score tab shows (the open one, else the latest)."""
        self.phones.set_workshop(workshop_id)
        self.workshop_id, self.round = workshop_id, round_view
        self.refresh()

    def apply(self, change: Change) -> None:
        if change.workshop_id != self.workshop_id:
            return
        self.phones.apply(change)
        # Rounds and people come back through set_round (the Score tab reloads for them).
        if change.affects & Affects.DEVICES:
            self.refresh()
        elif change.affects & Affects.ENTRIES and not self._later.isActive():
            self._later.start()

    def url(self) -> str:
        """Where phones join: the running server's address, else the one chosen."""
        if self.phones.url:
            return self.phones.url
        host = str(self.address.currentData() or "")
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port.value()}"

    # -- reading ------------------------------------------------------------------------

    @shielded
    def refresh(self, *, links: bool = True) -> None:
        """Reads the directors' progress (no values) and, unless only entries changed,
        their links again."""
        self._later.stop()
        self.progress = []
        if links or self.workshop_id is None:
            self.joined = {}
        if self.workshop_id is not None:
            try:
                if links:
                    self.joined = {
                        link.participant_id: link.joined
                        for link in self.services.ballot_links(self.workshop_id)
                    }
                if self.round is not None:
                    self.progress = self.services.voter_progress(self.round.id)
            except Problem as exc:
                self.message.emit(
                    self.tr("Could not read the phones' progress: {problem}").format(problem=exc)
                )
        self._fill_people()
        self._show_state()
        self.progressed.emit()

    def _fill_people(self) -> None:
        keep = self._selected()
        self.people.clear()
        for person in self.progress:
            joined = self.joined.get(person.participant_id)
            if joined is None:
                phone = "—"
            elif joined:
                phone = self.tr("joined", "a director's phone")
            else:
                phone = self.tr("not yet", "a director's phone")
            item = QTreeWidgetItem([person.name, phone, voter_state(person.state)])
            item.setData(0, PERSON_ROLE, person.participant_id)
            item.setForeground(2, QColor(STATE_COLOURS[person.state]))
            item.setToolTip(
                2,
                self.tr("{given} of %n entry(ies) given", "", person.expected).format(
                    given=person.given
                ),
            )
            self.people.addTopLevelItem(item)
            if person.participant_id == keep:
                item.setSelected(True)
        self._refresh_buttons()

    def _show_state(self) -> None:
        on, r = self.phones.on, self.round
        self.switch.blockSignals(True)
        self.switch.setChecked(on)
        self.switch.blockSignals(False)
        self.switch.setText(
            self.tr("Stop voting on &devices") if on else self.tr("Open voting to &devices")
        )
        # On is unmistakable from across the room: the accent colour, not a pressed look.
        self.switch.setStyleSheet(
            f"QPushButton {{ background: {theme.ACCENT}; color: white; font-weight: bold; "
            "padding: 6px; border-radius: 4px; }"
            if on
            else "QPushButton { font-weight: bold; padding: 6px; }"
        )
        can_open = r is not None and r.status == "open"
        self.switch.setEnabled(on or can_open)
        self.switch.setToolTip(
            self.tr("Phones vote in the open round over the room's network")
            if can_open or on
            else self.tr("Open a round first: phones vote in the open round")
        )
        self.address.setEnabled(not on)
        self.port.setEnabled(not on)
        if on:
            self.status.setText(self.tr("Phones join at {address}").format(address=self.phones.url))
            self.status.setStyleSheet(f"color: {theme.INK}; font-weight: bold;")
        else:
            self.status.setText(self.tr("Phones cannot vote: voting to devices is off."))
            self.status.setStyleSheet(f"color: {theme.MUTED};")
        self.summary.setText(self._summary())

    def _summary(self) -> str:
        if not self.progress:
            return ""
        states = [p.state for p in self.progress]
        phones = sum(1 for p in self.progress if self.joined.get(p.participant_id))
        waiting = [p.name for p in self.progress if p.state == "not started"]
        total = len(states)
        parts = [
            self.tr("{done} of {total} done").format(done=states.count("done"), total=total),
            self.tr("{count} partly").format(count=states.count("partly")),
            self.tr("{joined} of %n phone(s) joined", "", total).format(joined=phones),
        ]
        text = " · ".join(parts)
        if waiting:
            text += "\n" + self.tr("Not voted yet: {names}").format(names=and_more(waiting))
        return text

    def _fill_addresses(self) -> None:
        host, port = remembered_address()
        self.address.clear()
        for address in lan_addresses():
            self.address.addItem(address.label, address.ip)
        at = self.address.findData(host) if host else -1
        self.address.setCurrentIndex(max(at, 0))
        self.port.setValue(port)

    def _selected(self) -> int | None:
        items = self.people.selectedItems()
        return int(items[0].data(0, PERSON_ROLE)) if items else None

    def _refresh_buttons(self) -> None:
        person = self._selected()
        self.reissue.setEnabled(person is not None and person in self.joined)
        self.release.setEnabled(person is not None and bool(self.joined.get(person)))
        self.cards.setEnabled(self.workshop_id is not None)

    # -- actions ------------------------------------------------------------------------

    @shielded
    def _switched(self, on: bool) -> None:
        if on:
            self.phones.switch_on(str(self.address.currentData() or "127.0.0.1"), self.port.value())
        else:
            self.phones.switch_off()
        self.refresh()

    def _name(self, participant_id: int) -> str:
        return next((p.name for p in self.progress if p.participant_id == participant_id), "")

    @shielded
    def reissue_link(self) -> None:
        """A new link for the selected director, after asking: the old one stops at once
        (their card too: print a new one)."""
        self._on_selected(
            self.tr("Give {name} a new link?"),
            self.tr(
                "{name}'s current link and join card stop working at once; print a new card or "
                "read out the new code. Choices already made stay."
            ),
            self.services.reissue_ballot_link,
            self.tr("No new link: {problem}"),
            self.tr("{name} has a new link: print their join card again."),
        )

    @shielded
    def release_phone(self) -> None:
        """Frees the selected director's link from the phone it was first used on."""
        self._on_selected(
            self.tr("Release {name}'s phone?"),
            self.tr(
                "{name}'s link will work on the next phone that opens it, and never again on "
                "the phone it is on now."
            ),
            self.services.release_ballot_device,
            self.tr("Not released: {problem}"),
            self.tr("{name}'s link is free: open it on the new phone."),
        )

    def _on_selected(
        self, question: str, detail: str, act: Callable[[int], object], refused: str, done: str
    ) -> None:
        """Asks about the selected director ({name} in the sentences, {problem} in the
        refusal), then acts on them."""
        person = self._selected()
        if person is None:
            return
        name = self._name(person)
        if not self.ask.confirm(question.format(name=name), detail.format(name=name)):
            return
        try:
            act(person)
        except Problem as exc:
            self.message.emit(refused.format(name=name, problem=exc))
            return
        self.message.emit(done.format(name=name))

    @shielded
    def edit_wifi(self) -> None:
        dialog = WifiDialog(room_wifi(), self)
        try:
            if self.ask.wifi_dialog(dialog):
                remember_wifi(dialog.wifi())
                self.phones.state_changed.emit()  # the presenter redraws its codes
        finally:
            dialog.deleteLater()

    @shielded
    def _print_cards(self) -> None:
        if self.workshop_id is None:
            return
        try:
            self.services.issue_ballot_links(self.workshop_id)
        except Problem as exc:
            self.message.emit(self.tr("No join cards: {problem}").format(problem=exc))
            return
        self.join_cards_requested.emit(self.url())
