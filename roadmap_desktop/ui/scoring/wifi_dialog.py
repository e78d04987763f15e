"""The room's Wi-Fi, for the QR code on the presenter and on the join cards: a phone's camera
reads it and offers to join the network. Kept in the app's settings (it belongs to the
room, not to a workshop); nothing else is done with it."""

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from roadmap_desktop.export.join_cards import WifiNetwork
from roadmap_desktop.ui import theme

KEY = "ballot/wifi"
SECURITY = ("WPA", "WEP", "nopass")  # the Wi-Fi QR code's T: values


def security_name(value: str) -> str:
    """How the security choice reads in the dialog."""
    names = {
        "WPA": "WPA/WPA2/WPA3",
        "WEP": "WEP",
        "nopass": QCoreApplication.translate("WifiDialog", "Open network (no password)"),
    }
    return names.get(value, value)


def room_wifi() -> WifiNetwork | None:
    """The room's network as last entered, or None when none was (or it no longer makes
    sense: a settings file edited by hand)."""
    settings = QSettings()
    ssid = str(settings.value(f"{KEY}/ssid", "") or "")
    if not ssid:
        return None
    try:
        return WifiNetwork(
            ssid,
            str(settings.value(f"{KEY}/password", "") or ""),
            str(settings.value(f"{KEY}/security", "WPA") or "WPA"),
            str(settings.value(f"{KEY}/hidden", "false")).lower() == "true",
        )
    except ValueError:
        return None


def remember_wifi(wifi: WifiNetwork | None) -> None:
    settings = QSettings()
    settings.remove(KEY)
    if wifi is not None:
        settings.setValue(f"{KEY}/ssid", wifi.ssid)
        settings.setValue(f"{KEY}/password", wifi.password)
        settings.setValue(f"{KEY}/security", wifi.security)
        settings.setValue(f"{KEY}/hidden", "true" if wifi.hidden else "false")


class WifiDialog(QDialog):
    """Asks for the room's network name and password (blank name: no Wi-Fi QR code)."""

    def __init__(self, wifi: WifiNetwork | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wifiDialog")
        self.setWindowTitle(self.tr("The room's Wi-Fi"))
        self.setAccessibleName(self.tr("The room's Wi-Fi"))
        self.ssid = QLineEdit(wifi.ssid if wifi else "", objectName="wifiName")
        self.ssid.setAccessibleName(self.tr("Network name"))
        self.password = QLineEdit(wifi.password if wifi else "", objectName="wifiPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.security = QComboBox(objectName="wifiSecurity")
        self.security.setAccessibleName(self.tr("Security"))
        for value in SECURITY:
            self.security.addItem(security_name(value), value)
        self.security.setCurrentIndex(
            max(0, self.security.findData(wifi.security if wifi else "WPA"))
        )
        self.security.currentIndexChanged.connect(self._security_changed)
        self.hidden = QCheckBox(self.tr("The network is &hidden"), objectName="wifiHidden")
        self.hidden.setChecked(bool(wifi and wifi.hidden))
        note = QLabel(
            self.tr(
                "Phones scan this from the presenter screen or a join card to join the room's "
                "network. Leave the name blank for no Wi-Fi code."
            )
        )
        note.setWordWrap(True)
        self.problem = QLabel(objectName="wifiProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {theme.WARNING};")
        self.problem.hide()
        form = QFormLayout()
        for text, field in (
            (self.tr("&Network name:"), self.ssid),
            (self.tr("&Password:"), self.password),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow("", self.hidden)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._security_changed()

    def _security_changed(self) -> None:
        self.password.setEnabled(self.security.currentData() != "nopass")

    def wifi(self) -> WifiNetwork | None:
        """The network as entered (None: no name, no Wi-Fi code). ValueError says what is
        missing (a WPA network without its password)."""
        ssid = self.ssid.text().strip()
        if not ssid:
            return None
        security = str(self.security.currentData())
        password = "" if security == "nopass" else self.password.text()
        return WifiNetwork(ssid, password, security, self.hidden.isChecked())

    def accept(self) -> None:
        try:
            self.wifi()
        except ValueError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        super().accept()
