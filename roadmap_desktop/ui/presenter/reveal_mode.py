"""The presenter's Reveal mode, in steps the facilitator advances: the ranking appears one
proposal at a time (from the bottom up or the top down) with the cut line and the "discuss"
flags; then the Important × Achievable chart; then the most divided proposals, one at a
time, for discussion. Rows keep their places as they appear: nothing jumps."""

import io
import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QImage

from roadmap_desktop.domain.defaults import model_criterion
from roadmap_desktop.services.views import DomainView, ResultRow
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.presenter.counts import counts
from roadmap_desktop.ui.presenter.scene import (
    MIN_PT,
    Box,
    Picture,
    Rule,
    Scene,
    Type,
    chip,
    heading,
    line,
    paragraph,
)
from roadmap_desktop.ui.presenter.snapshot import Snapshot
from roadmap_desktop.words import formats

translate = QCoreApplication.translate

MAX_COLUMNS = 2
ROW_SPACING = 1.2  # a row's height, in lines
CHART_LABELS = 5  # the best-scored few named on the projector: more would cover the bubbles
CHART_DPI = 216  # matplotlib's 8 pt labels become 18 pt on the screen (8 × 216 / 96)


@dataclass(frozen=True)
class Step:
    kind: str  # "ranking", "chart" or "divided"
    count: int  # ranking: rows shown; divided: which proposal (0 first)


def reveal_steps(snap: Snapshot) -> list[Step]:
    if snap.results is None:
        return [Step("ranking", 0)]
    rows = len(snap.results.rows)
    steps = [Step("ranking", n) for n in range(rows + 1)]
    steps.append(Step("chart", 0))
    steps.extend(Step("divided", i) for i in range(len(snap.divided)))
    return steps


def lay_out_reveal(
    scene: Scene,
    kind: Type,
    snap: Snapshot,
    rect: QRectF,
    step: Step,
    *,
    top_down: bool,
    charts: "RevealCache",
) -> None:
    results = snap.results
    if results is None:
        line(
            scene,
            kind,
            translate("presenter_reveal", "No round revealed yet"),
            rect.left(),
            rect.top(),
            rect.width(),
            scale=2.0,
            bold=True,
            role="reveal",
        )
        paragraph(
            scene,
            kind,
            translate(
                "presenter_reveal",
                "Close the round and reveal it on the Score tab; the ranking then appears here, "
                "step by step.",
            ),
            rect.left(),
            rect.top() + kind.unit * 3.5,
            rect.width(),
            3,
            colour=theme.MUTED,
        )
        return
    if step.kind == "chart":
        _lay_out_chart(scene, kind, snap, rect, charts)
    elif step.kind == "divided":
        _lay_out_divided(scene, kind, snap, rect, step.count)
    else:
        _lay_out_ranking(scene, kind, snap, rect, step.count, top_down, charts)


def _lay_out_ranking(
    scene: Scene,
    kind: Type,
    snap: Snapshot,
    rect: QRectF,
    shown: int,
    top_down: bool,
    cache: "RevealCache",
) -> None:
    assert snap.results is not None
    rows = list(snap.results.rows)
    n = len(rows)
    title = translate("presenter_reveal", "Round {number}: the ranking").format(
        number=snap.results.round.number
    )
    y = heading(scene, kind, title, rect, "reveal title")
    _f, metrics = kind.font(1.0)
    room = rect.bottom() - y - metrics.lineSpacing() * 1.5  # a key line at the bottom
    # The rows step down in size (never under 18 pt) until the whole ranking fits on the
    # screen; only a ranking longer than that turns pages.
    scale = 1.0
    while True:
        row_height = kind.font(scale)[1].lineSpacing() * ROW_SPACING
        per_column = max(1, int(room // row_height))
        smaller = scale - 0.1
        if per_column * MAX_COLUMNS >= n or kind.unit * smaller < MIN_PT:
            break
        scale = smaller
    columns = min(MAX_COLUMNS, max(1, math.ceil(n / per_column)))
    page = per_column * columns
    first_shown = 0 if top_down else n - shown  # rows first_shown … last_shown - 1 are out
    last_shown = shown if top_down else n
    marks = _Marks(
        {d.id: (i, d) for i, d in enumerate(snap.info.domains)},
        any(r.discuss for r in rows),
        scale,
    )
    # A ranking longer than the screen slides: the newest row stays in view, with the rows
    # revealed just before it.
    newest = (shown - 1) if top_down else (n - shown)
    start = 0
    if n > page:
        start = max(0, min(newest - (page - 1) if top_down else newest, n - page))
    gap = kind.unit
    width = (rect.width() - gap * (columns - 1)) / columns
    for slot, index in enumerate(range(start, min(n, start + page))):
        column, row_in = divmod(slot, per_column)
        x = rect.left() + column * (width + gap)
        top = y + row_in * row_height
        if first_shown <= index < last_shown:
            place = QRectF(x, top, width, row_height)
            cell = (id(snap), index, place.x(), place.y(), width, kind.unit, scale)
            made = cache.rows.get(cell)
            if made is None:  # a row looks the same at every later step: laid out once
                one = Scene()
                _lay_out_row(one, kind, snap, rows[index], place, marks)
                made = cache.rows[cell] = one.items
            scene.items.extend(made)
        if (
            snap.cut_after is not None
            and index == snap.cut_after - 1
            and first_shown <= index < last_shown
        ):
            at = top + row_height - 2
            scene.add(Rule(QPointF(x, at), QPointF(x + width, at), theme.WARNING, 3.0, dashed=True))
    key = []
    if snap.cut_after is not None:
        key.append(counts().roadmap_line(snap.cut_after))
    elif snap.above_cut:
        #: The ranking's key: a bar beside each proposal the quotas take.
        key.append(translate("presenter_reveal", "bar: on the roadmap by its quotas"))
    if any(r.discuss for r in rows):
        key.append(translate("presenter_reveal", "discuss: directors disagree"))
    if n > page:
        key.append(
            translate("presenter_reveal", "{first}–{last} of {total}").format(
                first=start + 1, last=min(n, start + page), total=n
            )
        )
    if key:
        line(
            scene,
            kind,
            " · ".join(key),
            rect.left(),
            rect.bottom() - metrics.lineSpacing(),
            rect.width(),
            colour=theme.MUTED,
            role="key",
        )


@dataclass(frozen=True)
class _Marks:
    """What every row of one ranking shares: made once per step, not once per row."""

    domains: dict[int, tuple[int, DomainView]]
    flagged: bool  # some row is flagged "discuss": every row keeps room for the flag
    scale: float  # of the type unit: the rows' size


def _lay_out_row(
    scene: Scene, kind: Type, snap: Snapshot, row: ResultRow, rect: QRectF, marks: _Marks
) -> None:
    size = marks.scale
    _f, metrics = kind.font(size)
    top = rect.top() + (rect.height() - metrics.lineSpacing()) / 2
    if row.proposal_id in snap.above_cut and snap.cut_after is None:
        scene.add(
            Box(
                QRectF(rect.left(), rect.top() + 3, kind.unit * 0.25, rect.height() - 6),
                theme.ACCENT,
                2,
            )
        )
    x = rect.left() + kind.unit * 0.5
    rank = f"{row.rank}." if row.rank is not None else "–"
    rank_width = metrics.horizontalAdvance("000.")
    line(
        scene,
        kind,
        rank,
        x,
        top,
        rank_width,
        scale=size,
        right=True,
        colour=theme.MUTED,
        role="rank",
    )
    x += rank_width + kind.unit * 0.5
    domains = marks.domains
    if row.domain_id in domains:
        place, domain = domains[row.domain_id]
        x = chip(scene, kind, metrics, x, top, place, domain.color)
    no_votes = translate("presenter_reveal", "no votes")
    discuss = translate("presenter_reveal", "discuss", "a proposal the directors disagree on")
    score = formats.number(row.score, 1) if row.score is not None else no_votes
    flag = discuss if row.discuss else ""
    assert snap.results is not None
    _b, bold = kind.font(size, bold=True)
    flagged = marks.flagged
    flag_width = bold.horizontalAdvance(discuss) + 1 if flagged else 0.0
    score_width = bold.horizontalAdvance(no_votes) + 1
    right = rect.right() - kind.unit * 0.3
    if flag:
        line(
            scene,
            kind,
            flag,
            right - flag_width,
            top,
            flag_width,
            scale=size,
            colour=theme.WARNING,
            bold=True,
            role="flag",
        )
    right -= flag_width + (kind.unit * 0.8 if flag_width else 0)
    line(
        scene,
        kind,
        score,
        right - score_width,
        top,
        score_width,
        scale=size,
        right=True,
        bold=True,
        role="score",
    )
    right -= score_width + kind.unit * 0.8
    line(scene, kind, row.title, x, top, right - x, scale=size, role="title")


class RevealCache:
    """What the reveal's steps share: the Important × Achievable chart as an image of a
    given size, made once per round, and the ranking's rows, laid out once."""

    def __init__(self) -> None:
        self._made: dict[tuple, QImage] = {}
        self.rows: dict[tuple, list] = {}

    def forget(self) -> None:
        """A new snapshot: rows laid out for the old one go."""
        self.rows.clear()

    def quadrant(self, snap: Snapshot, width: int, height: int) -> QImage:
        from matplotlib.figure import Figure

        from roadmap_desktop.export.charts import chart_rows, quadrant

        assert snap.results is not None
        key = (snap.results, width, height)
        found = self._made.get(key)
        if found is None:
            names = [c.name for c in snap.info.criteria]
            x, y, size = [*names, "", "", ""][:3]
            axes = _model_axes(names)
            if axes is not None:
                x, y = axes
                size = next((n for n in names if n not in (x, y)), y)
            figure = Figure(figsize=(width / CHART_DPI, height / CHART_DPI), dpi=CHART_DPI)
            quadrant(
                figure,
                chart_rows(snap.results, snap.info.domains, snap.info.categories),
                x=x,
                y=y,
                size=size,
                labels=CHART_LABELS,
            )
            buffer = io.BytesIO()
            figure.savefig(buffer, format="png", dpi=CHART_DPI)
            found = QImage.fromData(buffer.getvalue())
            self._made.clear()
            self._made[key] = found
        return found


def _model_axes(names: list[str]) -> tuple[str, str] | None:
    """The workshop's names of the model's Important and Achievable criteria (in whatever
    language the workshop was made), or None when it lacks either."""
    found = {model_criterion(name): name for name in names}
    if "Important" in found and "Achievable" in found:
        return found["Important"], found["Achievable"]
    return None


def _lay_out_chart(
    scene: Scene, kind: Type, snap: Snapshot, rect: QRectF, charts: RevealCache
) -> None:
    names = [c.name for c in snap.info.criteria]
    axes = _model_axes(names)
    title = " × ".join(axes if axes is not None else names[:2])
    y = heading(scene, kind, title, rect, "chart title")
    height = int(rect.bottom() - y)
    width = int(min(rect.width(), height * 1.6))
    image = charts.quadrant(snap, width, height)
    scene.add(
        Picture(
            QRectF(rect.left() + (rect.width() - width) / 2, y, width, height),
            image,
            "quadrant chart",
        )
    )


def _lay_out_divided(scene: Scene, kind: Type, snap: Snapshot, rect: QRectF, index: int) -> None:
    row = snap.divided[index]
    x, width = rect.left(), rect.width()
    y = line(
        scene,
        kind,
        translate(
            "presenter_reveal", "To discuss: {number} of {count}, the directors disagree"
        ).format(number=index + 1, count=len(snap.divided)),
        x,
        rect.top(),
        width,
        scale=1.2,
        bold=True,
        colour=theme.WARNING,
        role="divided heading",
    )
    y += kind.unit * 0.5
    y = paragraph(
        scene, kind, row.title, x, y, width, 3, scale=2.2, bold=True, role="divided title"
    )
    y += kind.unit * 0.5
    parts = [p for p in (row.domain, row.category, row.lane) if p]
    y = paragraph(
        scene, kind, " · ".join(parts), x, y, width, 2, colour=theme.MUTED, role="divided facts"
    )
    summary = next((c.summary for c in snap.cards if c.id == row.proposal_id), "")
    if summary:
        y += kind.unit * 0.3
        y = paragraph(scene, kind, summary, x, y, width, 3, role="divided summary")
    y += kind.unit
    score = formats.number(row.score, 1) if row.score is not None else "–"
    spread = formats.number(row.spread, 1) if row.spread is not None else "–"
    y = line(
        scene,
        kind,
        " · ".join(
            (
                translate("presenter_reveal", "Score {score}").format(score=score),
                translate("presenter_reveal", "spread {spread}").format(spread=spread),
                counts().votes(row.n),
            )
        ),
        x,
        y,
        width,
        scale=1.6,
        bold=True,
        role="divided score",
    )
    assert snap.results is not None
    means = [
        f"{c.name} {formats.number(m, 1)}"
        for c, m in zip(snap.results.criteria, row.criterion_means, strict=True)
        if m is not None
    ]
    if means:
        paragraph(scene, kind, " · ".join(means), x, y, width, 2, scale=1.2, role="divided means")
