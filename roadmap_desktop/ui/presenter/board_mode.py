"""The presenter's Board mode: every lane side by side, fitted to the screen with no scroll
bars. Cards take the largest size at which every lane's cards fit (in several columns where
a lane is wide, as the Roadmap lane alone is); below the smallest readable size a lane shows
what fits and "+ 12 more"."""

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QFont

from roadmap_desktop.services.views import LaneView, ProposalView
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.board.card_context import CardContext
from roadmap_desktop.ui.board.card_layout import DENSITIES, CardType, Density, lay_out_card
from roadmap_desktop.ui.board.lane_view import lane_count, lane_tint, quota_counts
from roadmap_desktop.ui.presenter.counts import counts
from roadmap_desktop.ui.presenter.scene import Box, Card, Scene, Text, Type, line
from roadmap_desktop.ui.presenter.snapshot import Snapshot

# Cards on the wall, at 18 pt: a title of two lines (or one, where that makes every card fit)
# over one row of domain, category and the "discuss" flag; the score beside the title.
WALL = Density("wall", 18.0, 18.0, 2, False, 6)
WALL_ONE_LINE = Density("wall-1", 18.0, 18.0, 1, False, 6)
ZOOMS = (1.5, 1.3, 1.15, 1.0)  # the large card, from roomy down to 18 pt
MIN_CARD_PX = 290  # narrower, and a card's title keeps too few words
MAX_CARD_PX = 640  # wider, and the eye loses the line from a title to its score


@dataclass(frozen=True)
class Fit:
    kind: CardType
    columns: int  # per lane
    rows: int
    card_width: float
    card_height: float

    @property
    def capacity(self) -> int:
        return self.columns * self.rows


def choose_fit(
    base: QFont,
    lanes: Sequence[tuple[int, float]],
    lane_width: float,
    gap: float,
    cache: dict[tuple, CardType] | None = None,
) -> tuple[Fit, bool]:
    """The largest card size (and fewest columns) at which every lane's cards fit, given each
    lane's (cards, height for cards); else the smallest legible one, which does not (False).
    Fit.rows is for the tallest room; a lane with less room gets fewer (rows_in)."""
    cache = {} if cache is None else cache
    types = [(DENSITIES["large"], z) for z in ZOOMS] + [(WALL, 1.0), (WALL_ONE_LINE, 1.0)]
    tallest = max((h for _n, h in lanes), default=0.0)
    fallback = None
    for density, zoom in types:
        key = (base.key(), density.name, zoom)
        kind = cache.get(key) or cache.setdefault(key, CardType.make(base, density, zoom))
        card_height = kind.card_height()
        widest = max(1, int((lane_width + gap) // (MIN_CARD_PX * min(zoom, 1.2) + gap)))
        fit = None
        fewest = min(widest, max(1, math.ceil((lane_width + gap) / (MAX_CARD_PX * zoom + gap))))
        for columns in range(fewest, widest + 1):
            width = (lane_width - gap * (columns - 1)) / columns
            fit = Fit(kind, columns, rows_in(tallest, card_height), width, card_height)
            if all(n <= columns * rows_in(h, card_height) for n, h in lanes):
                return fit, True
        if density is WALL:
            fallback = fit  # one-line titles only when they make every card fit
    assert fallback is not None
    return fallback, False


def rows_in(height: float, card_height: float) -> int:
    return max(1, int(height // card_height))


def lay_out_board(
    scene: Scene,
    kind: Type,
    snap: Snapshot,
    context: CardContext,
    rect: QRectF,
    *,
    lane_ids: Sequence[int] | None = None,
    cache: dict[tuple, CardType] | None = None,
) -> None:
    lanes = [lane for lane in snap.board.lanes if lane_ids is None or lane.id in lane_ids]
    if not lanes:
        none = QCoreApplication.translate("presenter_board", "This workshop has no such lane.")
        line(scene, kind, none, rect.left(), rect.top(), rect.width())
        return
    gap = kind.unit * 0.7
    lane_width = (rect.width() - gap * (len(lanes) - 1)) / len(lanes)
    inner = lane_width - gap
    heads = [_head_height(kind, lane, snap, inner) for lane in lanes]
    rooms = [
        (len(snap.board.cards.get(lane.id, ())), rect.bottom() - rect.top() - h)
        for lane, h in zip(lanes, heads, strict=True)
    ]
    fit, _all = choose_fit(kind.base, rooms, inner, gap, cache)
    for i, lane in enumerate(lanes):
        x = rect.left() + i * (lane_width + gap)
        scene.add(Box(QRectF(x, rect.top(), lane_width, rect.height()), lane_tint(lane.color), 10))
        _lay_out_head(
            scene, kind, snap, lane, QRectF(x + gap / 2, rect.top() + gap / 3, inner, heads[i])
        )
        rows = rows_in(rooms[i][1], fit.card_height)
        _lay_out_cards(
            scene,
            kind,
            context,
            snap.board.cards.get(lane.id, ()),
            replace(fit, rows=rows),
            QPointF(x + gap / 2, rect.top() + heads[i]),
            gap,
        )


def _lay_out_cards(
    scene: Scene,
    kind: Type,
    context: CardContext,
    cards: Sequence[ProposalView],
    fit: Fit,
    at: QPointF,
    gap: float,
) -> None:
    shown = list(cards)
    more = 0
    if len(shown) > fit.capacity:
        more = len(shown) - (fit.capacity - 1)
        shown = shown[: fit.capacity - 1]
    rows_used = math.ceil(len(shown) / fit.columns) if shown else 0
    for n, card in enumerate(shown):
        # Column by column, as a lane reads: top to bottom, then the next column.
        column, row = divmod(n, max(rows_used, 1)) if fit.columns > 1 else (0, n)
        x = at.x() + column * (fit.card_width + gap)
        y = at.y() + row * fit.card_height
        domain = context.domains.get(card.domain_id) if card.domain_id is not None else None
        category = (
            context.categories.get(card.category_id) if card.category_id is not None else None
        )
        layout = lay_out_card(
            card,
            fit.kind,
            QRectF(0, 0, fit.card_width, fit.card_height),
            domain=domain,
            category=category,
            badge=context.badge(card),
        )
        scene.add(Card(QPointF(x, y), layout, card))
    if more:
        n = len(shown)
        column, row = divmod(n, max(rows_used, 1)) if fit.columns > 1 else (0, n)
        x = at.x() + column * (fit.card_width + gap) + 12
        y = at.y() + row * fit.card_height + 8
        line(scene, kind, counts().more(more), x, y, fit.card_width - 24, bold=True, role="more")


def _quota_chunks(
    snap: Snapshot, lane: LaneView, cards: Sequence[ProposalView]
) -> list[tuple[str, str, bool]]:
    """(label and count, short label and count, over) per category with a quota."""
    return [
        (f"{q.category.name} {q.count}", f"{q.category.short} {q.count}", q.over)
        for q in quota_counts(lane, snap.info.categories, cards)
    ]


def _head_height(kind: Type, lane: LaneView, snap: Snapshot, width: float) -> float:
    scratch = Scene()
    _lay_out_head(scratch, kind, snap, lane, QRectF(0, 0, width, 10_000))
    bottom = max((t.rect.bottom() for t in scratch.texts()), default=0.0)
    return bottom + kind.unit * 0.5


def _lay_out_head(scene: Scene, kind: Type, snap: Snapshot, lane: LaneView, rect: QRectF) -> None:
    """The lane's name and count on one line (the count is never cut), then its quotas, each
    "Pilot 9 / 13" kept whole on a line."""
    cards = snap.board.cards.get(lane.id, ())
    count, over = lane_count(lane, len(cards))
    _font, metrics = kind.font(1.15, bold=True)
    count_width = metrics.horizontalAdvance(count)
    colour = theme.WARNING if over else theme.INK
    y = rect.top()
    line(
        scene,
        kind,
        count,
        rect.left(),
        y,
        rect.width(),
        scale=1.15,
        bold=True,
        right=True,
        colour=colour,
        role="lane count",
    )
    line(
        scene,
        kind,
        lane.name,
        rect.left(),
        y,
        rect.width() - count_width - kind.unit,
        scale=1.15,
        bold=True,
        colour=colour,
        role="lane name",
    )
    y += metrics.lineSpacing()
    small, small_metrics = kind.font(1.0)
    x = rect.left()
    for full, short, over_quota in _quota_chunks(snap, lane, cards):
        colour = theme.WARNING if over_quota else theme.MUTED
        text = full if small_metrics.horizontalAdvance(full) <= rect.width() else short
        advance = small_metrics.horizontalAdvance(text)
        if x > rect.left() and x + advance > rect.right():
            x, y = rect.left(), y + small_metrics.lineSpacing()
        if advance > rect.width():
            line(scene, kind, text, x, y, rect.width(), colour=colour, role="quota")
            x = rect.right()
            continue
        scene.add(
            Text(
                QRectF(x, y, advance, small_metrics.lineSpacing()),
                text,
                full,
                small,
                colour,
                "quota",
            )
        )
        x += advance + kind.unit * 0.9
