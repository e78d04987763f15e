"""The line above the workshop that says the shared database cannot be reached.

On a shared PostgreSQL store the window hears other laptops' changes over a connection of
its own (services/live.py); when that connection is lost (the server restarts, the laptop
leaves the network) the window says so, and that what was saved is safe: every change the
window showed as done was committed on the server before it was shown. The connection is
retried on its own; the banner goes away when it is back.
"""

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QWidget


class ConnectionBanner(QLabel):
    """Hidden while the shared store is reachable; shown while it is not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setAccessibleName(self.tr("Connection to the shared database"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            "QLabel#connectionBanner { background: #FDE7E9; color: #4A0D12; padding: 6px 10px;"
            " border: 1px solid #E8A3AA; border-radius: 4px; }"
        )
        self.setText(
            self.tr(
                "The shared database cannot be reached. Nothing that was saved is lost; "
                "changes from other laptops will show again once it is back. Retrying…"
            )
        )
        self.hide()

    @Slot(bool)
    def show_connected(self, connected: bool) -> None:
        self.setVisible(not connected)
