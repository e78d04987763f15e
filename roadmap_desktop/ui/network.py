"""The laptop's addresses on the room's network, for the ballot server to listen on.

Qt's QNetworkInterface lists them on every OS (QtNetwork ships in PySide6-Essentials, and
needs no QApplication, so `serve-ballots` uses it too). The room's Wi-Fi router gives the
laptop a private IPv4 address; those come first, then other IPv4 addresses, then IPv6,
and loopback last (only this laptop reaches it: for a rehearsal).
"""

import ipaddress
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QNetworkInterface

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class LanAddress:
    """One address the server can listen on: the IP and the interface it belongs to."""

    ip: str
    interface: str
    loopback: bool = False

    @property
    def label(self) -> str:
        if self.loopback:
            return QCoreApplication.translate(
                "network", "{address} — this laptop only (a rehearsal)"
            ).format(address=self.ip)
        return f"{self.ip} — {self.interface}"


def lan_addresses() -> list[LanAddress]:
    """The addresses of interfaces that are up, the likeliest room network first."""
    found: list[LanAddress] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not (state & flags.IsUp and state & flags.IsRunning):
            continue
        loopback = bool(state & flags.IsLoopBack)
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.isLinkLocal():
                continue  # fe80::/169.254: not what a phone can be given as a link
            text = address.toString().split("%")[0]
            found.append(LanAddress(text, interface.humanReadableName(), loopback))
    if not any(a.ip == LOOPBACK for a in found):
        found.append(LanAddress(LOOPBACK, "lo", True))
    return sorted(found, key=_rank)


def _rank(address: LanAddress) -> tuple[int, str]:
    ip = ipaddress.ip_address(address.ip)
    if address.loopback or ip.is_loopback:
        order = 4
    elif ip.version == 4 and ip.is_private:
        order = 0
    elif ip.version == 4:
        order = 1
    else:
        order = 2
    return order, address.interface


__all__ = ["LOOPBACK", "LanAddress", "lan_addresses"]
