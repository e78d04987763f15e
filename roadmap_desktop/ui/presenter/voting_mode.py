"""The presenter's Voting mode: the round and what is being scored, a big countdown, how many
directors are done (a count, never a value, never per proposal), and, while phones can
vote, the room's Wi-Fi and the join page as QR codes with the "type your code" fallback."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QImage

from roadmap_desktop.export.join_cards import WifiNetwork
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.board.card_layout import wrap_words
from roadmap_desktop.ui.presenter.counts import counts
from roadmap_desktop.ui.presenter.scene import Box, Picture, Scene, Type, line, paragraph
from roadmap_desktop.ui.presenter.snapshot import Snapshot
from roadmap_desktop.ui.scoring.countdown import Countdown

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Joining:
    """How phones join, while voting to devices is on."""

    url: str  # the join page, "http://192.168.1.20:8765"
    wifi: WifiNetwork | None


def what_is_scored(snap: Snapshot) -> str:
    r = snap.open_round
    if r is None:
        return ""
    if r.method == "dots":
        return counts().place_dots(r.dots_per_participant or 0)
    names = [c.name for c in snap.info.criteria]
    asked = "".join(names)
    if len(names) > 1:
        #: The end of a list: "Important, Core and Achievable".
        asked = translate("presenter_voting", "{names} and {last}").format(
            names=", ".join(names[:-1]), last=names[-1]
        )
    return translate("presenter_voting", "Score each proposal: {criteria}").format(criteria=asked)


def lay_out_voting(
    scene: Scene,
    kind: Type,
    snap: Snapshot,
    rect: QRectF,
    countdown: Countdown | None,
    joining: Joining | None,
    qr: "QrMaker",
) -> None:
    r = snap.open_round
    left = rect
    if joining is not None:
        side = min(rect.width() * 0.42, rect.height() * 0.62 * (2 if joining.wifi else 1))
        left = QRectF(rect.left(), rect.top(), rect.width() - side - kind.unit, rect.height())
        _lay_out_join(
            scene,
            kind,
            joining,
            QRectF(left.right() + kind.unit, rect.top(), side, rect.height()),
            qr,
        )
    x, width = left.left(), left.width()
    y = left.top() + kind.unit * 0.5
    if r is None:
        nothing = translate("presenter_voting", "No round is open")
        y = line(scene, kind, nothing, x, y, width, scale=2.2, bold=True, role="round")
        paragraph(
            scene,
            kind,
            translate("presenter_voting", "Open a round on the Score tab to start voting."),
            x,
            y,
            width,
            2,
            colour=theme.MUTED,
        )
        return
    title = translate("presenter_voting", "Round {number}").format(number=r.number)
    y = line(scene, kind, title, x, y, width, scale=2.2, bold=True, role="round")
    y = paragraph(scene, kind, what_is_scored(snap), x, y, width, 3, scale=1.2, role="asked")
    covered = len(snap.cards) if r.scope == "all" else None
    if covered is not None:
        y = line(
            scene,
            kind,
            counts().proposals(covered),
            x,
            y,
            width,
            colour=theme.MUTED,
            role="covered",
        )
    y += kind.unit
    if countdown is not None:
        y = line(
            scene,
            kind,
            countdown.text(),
            x,
            y,
            width,
            scale=4.0,
            bold=True,
            colour=theme.WARNING if countdown.urgent else theme.INK,
            role="countdown",
        )
    done, total = snap.tally.done, snap.tally.voters
    if total:
        y += kind.unit * 0.5
        y = line(
            scene,
            kind,
            counts().directors_done(done, total),
            x,
            y,
            width,
            scale=1.6,
            bold=True,
            role="progress",
        )
        bar = QRectF(x, y + kind.unit * 0.3, min(width, kind.unit * 30), kind.unit * 0.9)
        scene.add(Box(bar, "#E4E7EB", bar.height() / 2))
        if done:
            scene.add(
                Box(
                    QRectF(bar.left(), bar.top(), bar.width() * done / total, bar.height()),
                    theme.ACCENT,
                    bar.height() / 2,
                )
            )
        y = bar.bottom() + kind.unit * 0.4
        partly = snap.tally.partly
        if partly:
            line(
                scene,
                kind,
                translate("presenter_voting", "{count} on their way").format(count=partly),
                x,
                y,
                width,
                colour=theme.MUTED,
                role="partly",
            )


class QrMaker:
    """QR images by text and size, made once (a code costs milliseconds; a repaint none)."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, int], QImage] = {}

    def image(self, text: str, size: int) -> QImage:
        from roadmap_desktop.ui.qr import qr_pixmap

        key = (text, size)
        if key not in self._made:
            self._made.clear() if len(self._made) > 8 else None
            self._made[key] = qr_pixmap(text, size).toImage()
        return self._made[key]


def _lay_out_join(scene: Scene, kind: Type, joining: Joining, rect: QRectF, qr: QrMaker) -> None:
    from roadmap_desktop.export.join_cards import wifi_payload

    scene.add(Box(rect, "#FFFFFF", 12, theme.MUTED))
    pad = kind.unit * 0.6
    x, width = rect.left() + pad, rect.width() - 2 * pad
    y = rect.top() + pad
    heading = translate("presenter_voting", "Vote from your phone")
    y = line(scene, kind, heading, x, y, width, scale=1.2, bold=True, role="join heading")
    _f, metrics = kind.font(1.0)
    steps = []
    wifi = joining.wifi
    if wifi is not None:
        if wifi.password:
            network = translate("presenter_voting", "1. Wi-Fi “{network}” · password {password}")
        else:
            network = translate("presenter_voting", "1. Wi-Fi “{network}”")
        caption = network.format(network=wifi.ssid, password=wifi.password)
        steps.append((caption, wifi_payload(wifi), "wifiCode"))
        scan = translate("presenter_voting", "2. Scan your join card or this code")
    else:
        scan = translate("presenter_voting", "Scan your join card or this code")
    steps.append((scan, f"{joining.url}/", "joinCode"))
    # The codes take what the words leave: the captions as they wrap, the address and how.
    text_rows = sum(len(wrap_words(c, metrics, width, 2)) for c, _p, _n in steps) + 2
    gaps = pad * 0.5 * len(steps)
    room = rect.bottom() - pad - y - text_rows * metrics.lineSpacing() - gaps
    size = int(max(80, min(width, room / len(steps))))
    for caption, payload, name in steps:
        y = paragraph(scene, kind, caption, x, y, width, 2, role="join step")
        image = qr.image(payload, size)
        side = min(image.width(), size)
        scene.add(Picture(QRectF(x + (width - side) / 2, y, side, side), image, name))
        y += side + pad * 0.5
    y = line(scene, kind, f"{joining.url}/", x, y, width, bold=True, role="join url")
    line(
        scene,
        kind,
        translate("presenter_voting", "pick your name, type your code"),
        x,
        y,
        width,
        colour=theme.MUTED,
        role="join how",
    )
