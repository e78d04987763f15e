"""The presenter's "vote from your phone" strip, shown while voting to devices is on: the
room's Wi-Fi as a QR code, the join page as a QR code and an address ("pick your name, type
your code"), and how many directors are done — a count, never a value, and never a
per-proposal count (in a dot round that would show where the dots went)."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from roadmap_desktop.services import Affects, Change, Problem, Services
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.qr import QrCode
from roadmap_desktop.ui.scoring.phones import PhoneVoting
from roadmap_desktop.ui.scoring.wifi_dialog import room_wifi

CODE_PX = 150  # at least; up to a third of the screen's height on a big projector
CODE_SHARE = 0.3
TEXT_PT = 16  # on a 1080-line screen; in proportion on others, so the codes keep room
TEXT_LINES = 1080
PROGRESS_DELAY_MS = 250


class JoinStrip(QFrame):
    def __init__(
        self, services: Services, phones: PhoneVoting, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("joinStrip")
        self.setAccessibleName("Vote from your phone")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#joinStrip {{ background: white; border: 1px solid {theme.MUTED}; }}")
        self.services, self.phones = services, phones
        screen = parent.screen() if parent is not None else None
        lines = screen.availableGeometry().height() if screen is not None else TEXT_LINES
        self._points = max(10.0, min(TEXT_PT * 1.2, TEXT_PT * lines / TEXT_LINES))
        self.heading = self._text("joinHeading", "Vote from your phone", 1.3, bold=True)
        self.wifi_code = QrCode("wifiCode")
        self.wifi_text = self._text("wifiText", "")
        self.join_code = QrCode("joinCode")
        self.join_text = self._text("joinText", "")
        self.join_url = self._text("joinUrl", "", 1.15, bold=True)
        self.join_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.join_how = self._text("joinHow", "pick your name, type your code")
        self.progress = self._text("presenterProgress", "", 1.2, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        for widget in (
            self.heading,
            self.wifi_code,
            self.wifi_text,
            self.join_code,
            self.join_text,
            self.join_url,
            self.join_how,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.progress)
        self._later = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._later.timeout.connect(self.refresh_progress)
        phones.state_changed.connect(self.refresh)
        self.refresh()

    def _text(self, name: str, text: str, scale: float = 1.0, *, bold: bool = False) -> QLabel:
        label = QLabel(text, objectName=name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(self._points * scale)
        font.setBold(bold)
        label.setFont(font)
        label.setStyleSheet(f"color: {theme.INK};")
        return label

    def refresh(self) -> None:
        """Shown, with fresh codes, while phones can vote; hidden otherwise."""
        url = self.phones.url
        self.setVisible(bool(url))
        if not url:
            return
        screen = self.screen()
        height = screen.availableGeometry().height() if screen is not None else 0
        # The codes share what the words leave (the layout decides), up to this much each.
        size = max(CODE_PX, int(height * CODE_SHARE))
        self.setFixedWidth(size + 48)
        wifi = room_wifi()
        self.wifi_code.setVisible(wifi is not None)
        self.wifi_text.setVisible(wifi is not None)
        for code in (self.wifi_code, self.join_code):
            code.set_max(size)
        if wifi is not None:
            self.wifi_code.set_wifi(wifi, f"QR code to join the Wi-Fi network {wifi.ssid}")
            secret = f"\npassword: {wifi.password}" if wifi.password else ""
            self.wifi_text.setText(f"1. Join the Wi-Fi “{wifi.ssid}”{secret}")
        step = "2. " if wifi is not None else ""
        self.join_code.set_text(f"{url}/", f"QR code of the join page {url}/")
        self.join_text.setText(f"{step}Scan your join card or this code, or open")
        self.join_url.setText(f"{url}/")
        self.refresh_progress()

    def apply(self, change: Change) -> None:
        if not self.isVisible() or change.workshop_id != self.phones.workshop_id:
            return
        if change.affects & (Affects.ROUNDS | Affects.PEOPLE | Affects.DEVICES):
            self.refresh_progress()
        elif change.affects & Affects.ENTRIES and not self._later.isActive():
            self._later.start()

    def refresh_progress(self) -> None:
        self._later.stop()
        workshop = self.phones.workshop_id
        text = ""
        try:
            opened = self.services.open_round_of(workshop) if workshop is not None else None
            if opened is not None:
                progress = self.services.voter_progress(opened.id)
                done = sum(1 for p in progress if p.state == "done")
                text = f"{done} of {len(progress)} directors done"
        except Problem:
            text = ""
        self.progress.setText(text)
