"""The presenter's top line on every screen: the workshop's name, which round is open and how
far it has got, and the countdown ("Round 2 · 04:59"), never wrapping, never clipped."""

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from roadmap_desktop.ui import theme
from roadmap_desktop.ui.presenter.scene import Rule, Scene, Type, line
from roadmap_desktop.ui.presenter.snapshot import Snapshot
from roadmap_desktop.ui.scoring.countdown import Countdown

MARGIN = 0.9  # of the type unit, around the screen's edge


def lay_out_header(
    scene: Scene,
    kind: Type,
    snap: Snapshot,
    rect: QRectF,
    countdown: Countdown | None,
    mode: str,
) -> QRectF:
    """Lays out the header at the top of rect (countdown: the open round's, None without
    one); returns what is left below it."""
    _font, small = kind.font(1.0)
    margin = kind.unit * MARGIN
    x, width = rect.left() + margin, rect.width() - 2 * margin
    y = rect.top() + margin * 0.6
    clock = ""
    if countdown is not None and snap.open_round is not None:
        urgent = countdown.urgent
        number = snap.open_round.number
        if countdown.over:
            #: The presenter's top right corner once the round's countdown has ended.
            clock = QCoreApplication.translate("presenter_header", "Round {number} · time's up")
            clock = clock.format(number=number)
        else:
            clock = QCoreApplication.translate("presenter_header", "Round {number} · {clock}")
            clock = clock.format(number=number, clock=countdown.clock)
        _f, metrics = kind.font(1.5, bold=True)
        clock_width = metrics.horizontalAdvance(clock)
        line(
            scene,
            kind,
            clock,
            x,
            y,
            width,
            scale=1.5,
            bold=True,
            right=True,
            colour=theme.WARNING if urgent else theme.INK,
            role="countdown",
        )
        title_width = width - clock_width - kind.unit * 1.5
    else:
        title_width = width
    # A long name steps down in size (never under the body size) before it is cut.
    scale = next(
        (
            s
            for s in (1.5, 1.3, 1.15)
            if kind.font(s, bold=True)[1].horizontalAdvance(snap.info.name) <= title_width
        ),
        1.0,
    )
    tall = kind.font(1.5, bold=True)[1]
    drop = tall.ascent() - kind.font(scale, bold=True)[1].ascent()  # on the clock's baseline
    line(scene, kind, snap.info.name, x, y + drop, title_width, scale=scale, bold=True, role="name")
    y += tall.lineSpacing()
    status = f"{snap.round_line()} · {mode}"
    y = line(scene, kind, status, x, y, width, colour=theme.MUTED, role="status")
    y += small.lineSpacing() * 0.3
    scene.add(Rule(QPointF(x, y), QPointF(x + width, y), theme.MUTED, 1.0))
    return QRectF(x, y + small.lineSpacing() * 0.5, width, rect.bottom() - y - margin)
