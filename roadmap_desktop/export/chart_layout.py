"""Where a scatter chart's point labels go, and how far its axes reach so no marker is cut.

A deterministic, greedy placer in display space (pixels): the labels are placed one by one,
most important first; each tries candidate boxes in rings around its point (right-above
first, then the other seven directions, then the same further out) and takes the first that
lies inside the bounds and touches no label placed before it and no marker. A label that finds
no free spot takes the candidate with the least overlap, so it is never dropped. A label
further out than the first ring gets a leader line to its point.

The geometry (place) is plain arithmetic on boxes, so the same input always gives the same
layout, on screen and in the packet; place_point_labels applies it to matplotlib annotations.
No library is used: adjustText would do it by iterated repulsion and brings scipy, while a
dozen labels are placed well by this greedy search.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

# Candidate directions, in the order tried: (dx, dy) of the box's side facing the point.
DIRECTIONS = ((1, 1), (1, 0), (1, -1), (-1, 1), (-1, 0), (-1, -1), (0, 1), (0, -1))
RINGS = 24  # how far out a label may go, in steps of about two thirds of a label's height
CROWDED = 1e6  # the cost of touching another label: worse than covering any marker
GAP_PT = 2.0  # between a marker's edge and its label
PAD_PT = 1.5  # the light ground around a label's text
LEADER_COLOUR = "#52606D"


@dataclass(frozen=True)
class Box:
    """A rectangle in display space (pixels, y up)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def overlap(self, other: "Box") -> float:
        """The area the two boxes share (0 when they only touch)."""
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.y1, other.y1) - max(self.y0, other.y0)
        return w * h if w > 0 and h > 0 else 0.0

    def inside(self, bounds: "Box") -> bool:
        return (
            self.x0 >= bounds.x0
            and self.y0 >= bounds.y0
            and self.x1 <= bounds.x1
            and self.y1 <= bounds.y1
        )

    def hits(self, x: float, y: float, radius: float) -> float:
        """How deep the circle (a marker) reaches into the box; 0 when they are apart."""
        nearest_x = min(max(x, self.x0), self.x1)
        nearest_y = min(max(y, self.y0), self.y1)
        depth = radius - math.dist((x, y), (nearest_x, nearest_y))
        return depth * max(self.width, self.height) if depth > 0 else 0.0


@dataclass(frozen=True)
class Placement:
    """Where one label went: its box (text and ground) and whether it needs a leader line."""

    box: Box
    leader: bool
    clear: bool  # False: no free spot was found, this is the least overlapping one


def place(
    anchors: Sequence[tuple[float, float]],
    radii: Sequence[float],
    sizes: Sequence[tuple[float, float]],
    obstacles: Sequence[tuple[float, float, float]],
    bounds: Box,
    *,
    gap: float,
) -> list[Placement]:
    """A box for each label (in the given order, which is its priority): label i, of size
    sizes[i], beside the point anchors[i] whose marker has radius radii[i]; all in pixels.
    Boxes stay inside bounds and clear of one another and of the obstacles (the markers,
    circles as (x, y, radius))."""
    placed: list[Box] = []
    lines: list[tuple[tuple[float, float], tuple[float, float]]] = []  # leaders so far
    out: list[Placement] = []
    for (x, y), radius, (w, h) in zip(anchors, radii, sizes, strict=True):
        step = max(h * 2 / 3, 4.0)
        best: tuple[float, int, Box] | None = None
        chosen: Placement | None = None
        order = 0
        for ring in range(RINGS):
            distance = radius + gap + ring * step
            for dx, dy in DIRECTIONS:
                box = _candidate(x, y, w, h, distance, dx, dy)
                order += 1
                if not box.inside(bounds):
                    continue
                leader = _far(box, x, y, radius, gap)
                cost = sum(box.overlap(b) for b in placed) * CROWDED + sum(
                    box.hits(*circle) for circle in obstacles
                )
                # A leader line must not run through another label, nor a label over one.
                if leader and any(_crosses((x, y), _nearest(box, x, y), b) for b in placed):
                    cost += CROWDED
                if any(_crosses(a, b, box) for a, b in lines):
                    cost += CROWDED
                if cost == 0:
                    chosen = Placement(box, leader=leader, clear=True)
                    break
                cost += ring * step * h  # nearer is better among the covered ones
                if best is None or (cost, order) < (best[0], best[1]):
                    best = (cost, order, box)
            if chosen is not None:
                break
        if chosen is None:
            if best is None:  # nothing fits the bounds: keep it beside the point, clamped
                box = _clamp(_candidate(x, y, w, h, radius + gap, 1, 1), bounds)
                chosen = Placement(box, leader=False, clear=False)
            else:
                chosen = Placement(best[2], leader=_far(best[2], x, y, radius, gap), clear=False)
        placed.append(chosen.box)
        if chosen.leader:
            lines.append(((x, y), _nearest(chosen.box, x, y)))
        out.append(chosen)
    return out


def _candidate(x: float, y: float, w: float, h: float, d: float, dx: int, dy: int) -> Box:
    # The side (or corner) of the box facing the point sits d away from it.
    diagonal = dx != 0 and dy != 0
    reach = d / math.sqrt(2) if diagonal else d
    if dx > 0:
        x0 = x + reach
    elif dx < 0:
        x0 = x - reach - w
    else:
        x0 = x - w / 2
    if dy > 0:
        y0 = y + reach
    elif dy < 0:
        y0 = y - reach - h
    else:
        y0 = y - h / 2
    return Box(x0, y0, x0 + w, y0 + h)


def _nearest(box: Box, x: float, y: float) -> tuple[float, float]:
    return min(max(x, box.x0), box.x1), min(max(y, box.y0), box.y1)


def _far(box: Box, x: float, y: float, radius: float, gap: float) -> bool:
    """Whether the box is too far from its point to read as its label without a line."""
    return math.dist((x, y), _nearest(box, x, y)) > radius + gap * 2 + 1


def _crosses(a: tuple[float, float], b: tuple[float, float], box: Box) -> bool:
    """Whether the segment a–b runs through the box's inside (Liang–Barsky clipping)."""
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    low, high = 0.0, 1.0
    for p, q in ((-dx, ax - box.x0), (dx, box.x1 - ax), (-dy, ay - box.y0), (dy, box.y1 - ay)):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low >= high:
            return False
    return high - low > 1e-6


def _clamp(box: Box, bounds: Box) -> Box:
    x0 = min(max(box.x0, bounds.x0), max(bounds.x0, bounds.x1 - box.width))
    y0 = min(max(box.y0, bounds.y0), max(bounds.y0, bounds.y1 - box.height))
    return Box(x0, y0, x0 + box.width, y0 + box.height)


# -- matplotlib -----------------------------------------------------------------------------


def markers(ax: Any) -> list[tuple[float, float, float]]:
    """Every scatter marker of the axes as (x, y, radius) in pixels."""
    from matplotlib.collections import PathCollection

    scale = ax.figure.dpi / 72
    out = []
    for collection in ax.collections:
        if not isinstance(collection, PathCollection):
            continue
        sizes = collection.get_sizes()
        offsets = np.asarray(collection.get_offsets(), dtype=float).reshape(-1, 2)
        points = ax.transData.transform(offsets) if len(offsets) else offsets
        for i, (px, py) in enumerate(points):
            area = float(sizes[i % len(sizes)]) if len(sizes) else 36.0
            out.append((float(px), float(py), math.sqrt(area) / 2 * scale))
    return out


def pad_limits_for_markers(ax: Any) -> None:
    """Widen the axes' limits so that every scatter marker lies wholly inside them (a big
    bubble at the edge of the scale is not cut in half), and let markers draw past the axes
    should a later change of size bring an edge closer."""
    from matplotlib.collections import PathCollection

    scatters = [c for c in ax.collections if isinstance(c, PathCollection)]
    if not scatters:
        return
    points: list[tuple[float, float, float]] = []  # data x, data y, radius in pixels
    scale = ax.figure.dpi / 72
    for collection in scatters:
        collection.set_clip_on(False)
        sizes = collection.get_sizes()
        offsets = np.asarray(collection.get_offsets(), dtype=float).reshape(-1, 2)
        for i, (x, y) in enumerate(offsets):
            area = float(sizes[i % len(sizes)]) if len(sizes) else 36.0
            points.append((float(x), float(y), math.sqrt(area) / 2 * scale + 1))
    if not points:
        return
    box = ax.get_window_extent()
    for axis, (low, high), room, at in (
        ("x", ax.get_xlim(), box.width, 0),
        ("y", ax.get_ylim(), box.height, 1),
    ):
        values = [(p[at], p[2]) for p in points]
        for _ in range(3):  # the padding changes the scale; a few rounds settle it
            per_pixel = (high - low) / max(room, 1.0)
            low = min(low, min(v - r * per_pixel for v, r in values))
            high = max(high, max(v + r * per_pixel for v, r in values))
        if axis == "x":
            ax.set_xlim(low, high)
        else:
            ax.set_ylim(low, high)


def place_point_labels(ax: Any, labels: Sequence[Any]) -> list[Placement]:
    """Place these annotations of ax (in priority order) beside their points: inside the axes,
    clear of one another and of every marker, with a leader line when further out."""
    if not labels:
        return []
    figure = ax.figure
    scale = figure.dpi / 72
    found = markers(ax)
    radius_at: dict[tuple[float, float], float] = {}
    for px, py, r in found:
        key = (round(px, 1), round(py, 1))
        radius_at[key] = max(radius_at.get(key, 0.0), r)
    pad = PAD_PT * scale
    anchors, radii, sizes = [], [], []
    for label in labels:
        label.set_horizontalalignment("left")
        label.set_verticalalignment("bottom")
        label.set_zorder(5)  # above the bubbles
        label.set_in_layout(False)  # placed inside the axes: no reason to shrink them
        label.set_clip_on(False)
        px, py = ax.transData.transform(label.xy)
        text = label.get_window_extent()
        anchors.append((float(px), float(py)))
        radii.append(radius_at.get((round(px, 1), round(py, 1)), 0.0))
        sizes.append((text.width + 2 * pad, text.height + 2 * pad))
    frame = ax.get_window_extent()
    bounds = Box(frame.x0 + 1, frame.y0 + 1, frame.x1 - 1, frame.y1 - 1)
    placements = place(anchors, radii, sizes, found, bounds, gap=GAP_PT * scale)
    for label, (px, py), radius, spot in zip(labels, anchors, radii, placements, strict=True):
        label.set_bbox(
            {
                "facecolor": "white",
                "alpha": 0.85,
                "edgecolor": "none",
                "boxstyle": f"square,pad={PAD_PT / label.get_fontsize():.3f}",
            }
        )
        label.xyann = ((spot.box.x0 + pad - px) / scale, (spot.box.y0 + pad - py) / scale)
        _leader(label, radius / scale if spot.leader else None)
    return placements


def _leader(label: Any, shrink: float | None) -> None:
    """Give the annotation a thin leader line to its point (stopping shrink points short of
    it, at the marker's edge), or none. Annotation makes its line only when created with
    arrowprops, so a line decided later is made here as Annotation.__init__ makes it."""
    from matplotlib.patches import FancyArrowPatch

    if shrink is None:
        label.arrowprops = None
        label.arrow_patch = None
        return
    label.arrowprops = {
        "arrowstyle": "-",
        "color": LEADER_COLOUR,
        "linewidth": 0.6,
        "shrinkA": 0.0,
        "shrinkB": shrink,
    }
    label._arrow_relpos = (0.5, 0.5)  # from the middle of the label, cut at its ground
    patch = FancyArrowPatch(
        (0, 0),
        (1, 1),
        arrowstyle="-",
        color=LEADER_COLOUR,
        linewidth=0.6,
        shrinkA=0.0,
        shrinkB=shrink,
    )
    patch.set_figure(label.get_figure(root=False))
    label.arrow_patch = patch
