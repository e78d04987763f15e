"""The charts of a round, drawn by matplotlib on a Figure the caller owns: the same code draws
on the screen (Qt canvas) and into documents (SVG). Each chart also has an alt text written
from the data, for screen readers and the accessible council packet.

Every chart ends with finish(): count axes get whole-number ticks only, the key (legend) goes
below the axes where it cannot cover data, and point labels keep clear of each other. Domains
always come in the workshop's order (a row's shape is its domain's position), each in its own
colour, so a domain looks and sorts the same in every chart, on screen and on paper.

Printed in black and white, colour alone would say nothing: each domain also has its own
hatch in the bars and its own marker shape in the scatter, each category its own hatch, and
the ranking names each bar's domain beside it."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from matplotlib.artist import Artist
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Annotation
from matplotlib.ticker import MaxNLocator

from roadmap_desktop.export.chart_fonts import use_bundled_fonts
from roadmap_desktop.export.chart_layout import pad_limits_for_markers, place_point_labels
from roadmap_desktop.export.glyphs import printable
from roadmap_desktop.services.specs import is_colour
from roadmap_desktop.services.views import CategoryView, DomainView, Results
from roadmap_desktop.words import Num, _, formats, n_

use_bundled_fonts()  # Chinese and emoji in labels draw as themselves, here and on screen

INK = "#1F2933"
MUTED = "#52606D"
GRID = "#D5DAE1"
CUT = "#B3261E"
MARKERS = ("o", "s", "^", "D", "h", "*")  # the domain shapes of the board, in order
SHADES = ("#1F2933", "#52606D", "#9AA5B1", "#CBD2D9", "#E4E7EB")  # categories, in order
# Hatches by position (the domain's in the ranking, the category's in the counts): with the
# shapes and the direct labels they tell the series apart on a greyscale printer.
HATCHES = ("", "////", "....", "xxxx", "\\\\\\\\", "++++", "oooo", "----")
DIRECT_FONT = 7
POINT_LABEL_CHARS = 24  # a scatter label's longest title: shorter labels find room nearer
# Rendered where a chart is drawn, in the language then in force (a key, a bar's label).
NO_DOMAIN = _("No domain")
NO_CATEGORY = _("No category")
KEY_COLUMNS = 6  # at most this many entries side by side in a key
KEY_FONT = 8


@dataclass(frozen=True)
class ChartRow:
    """One proposal as the charts need it (values only for a revealed round)."""

    title: str
    domain: str
    colour: str
    category: str
    score: float | None
    spread: float | None
    n: int
    discuss: bool = False
    means: dict[str, float | None] = field(default_factory=dict)  # criterion name → mean
    # The domain's position among the workshop's domains: its shape on the board and its
    # place in every key.
    shape: int = 0
    # The category's position among the workshop's categories (None: not known): its place
    # in every key and its shade.
    category_place: int | None = None

    def __post_init__(self) -> None:
        # A colour stored before colours were checked where they are entered ("transparent",
        # "red; x") draws grey: it must not stop a chart, on screen or in the packet.
        if not is_colour(self.colour):
            object.__setattr__(self, "colour", NO_DOMAIN_COLOUR)


NO_DOMAIN_COLOUR = "#9AA5B1"


def chart_rows(
    results: Results, domains: Sequence[DomainView], categories: Sequence[CategoryView] = ()
) -> list[ChartRow]:
    """A round's results as the charts take them: each domain's colour and shape as on the
    board (the shape is the domain's position), each category's position."""
    by_id = {d.id: (i, d.color) for i, d in enumerate(domains)}
    by_name = {d.name: (i, d.color) for i, d in enumerate(domains)}
    places = {c.id: i for i, c in enumerate(categories)}
    names = [c.name for c in results.criteria]
    rows = []
    for r in results.rows:
        found = by_id.get(r.domain_id) if r.domain_id is not None else None
        shape, colour = found or by_name.get(r.domain) or (0, NO_DOMAIN_COLOUR)
        rows.append(
            ChartRow(
                title=r.title,
                domain=r.domain,
                colour=colour,
                category=r.category,
                score=r.score,
                spread=r.spread,
                n=r.n,
                discuss=r.discuss,
                means=dict(zip(names, r.criterion_means, strict=True)),
                shape=shape,
                category_place=places.get(r.category_id) if r.category_id is not None else None,
            )
        )
    return rows


@dataclass(frozen=True)
class KeyEntry:
    """One domain (or category) as a key lists it."""

    name: str  # as shown ("No domain" for none)
    colour: str
    shape: int


def domain_key(rows: Iterable[ChartRow]) -> list[KeyEntry]:
    """The domains of these rows in the order every chart lists them: the workshop's order
    (whichever comes first in the data), then "No domain"; each with its colour and shape."""
    seen: dict[str, ChartRow] = {}
    for r in rows:
        seen.setdefault(r.domain, r)
    order = sorted(seen, key=lambda d: (not d, seen[d].shape))  # stable: ties keep data order
    none = str(NO_DOMAIN)
    return [KeyEntry(d or none, seen[d].colour, seen[d].shape) for d in order]


def category_key(rows: Iterable[ChartRow]) -> list[KeyEntry]:
    """The categories of these rows in the workshop's order, then "No category"; each with
    its shade and, as shape, its hatch's place (by its position among the workshop's
    categories, so both are the same in every chart)."""
    seen: dict[str, ChartRow] = {}
    for r in rows:
        seen.setdefault(r.category, r)
    last = len(seen)  # an unknown category after the known ones
    order = sorted(seen, key=lambda c: (not c, _or(seen[c].category_place, last)))
    places = [_or(seen[c].category_place, i) for i, c in enumerate(order)]
    none = str(NO_CATEGORY)
    return [
        KeyEntry(c or none, SHADES[place % len(SHADES)], place)
        for c, place in zip(order, places, strict=True)
    ]


def _or(value: int | None, default: int) -> int:
    return default if value is None else value


def hatch(place: int) -> str:
    """The hatch of the series at this position (a domain's or a category's): the first has
    none, the others a pattern each, round again after the last."""
    return HATCHES[place % len(HATCHES)]


def ink_on(colour: str) -> str:
    """Black-ish or white lines on this fill, whichever shows (a hatch on a dark bar)."""
    r, g, b = to_rgb(colour)
    return "#FFFFFF" if 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 else INK


def _swatch(colour: str, place: int) -> Patch:
    """A key's entry for a bar series: its colour and its hatch."""
    return Patch(facecolor=colour, hatch=hatch(place), hatchcolor=ink_on(colour), linewidth=0)


def _hatch_bars(bars: Iterable[Any], colours: Sequence[str], places: Sequence[int]) -> None:
    for bar, colour, place in zip(bars, colours, places, strict=True):
        bar.set_hatch(hatch(place))
        bar.set_hatchcolor(ink_on(colour))
        bar.set_linewidth(0)


@dataclass(frozen=True)
class BarMark:
    """A line across the ranking after the bar at this position (1 = after the best), with a
    label at its right end: the cut line, or any other mark a document needs."""

    after: int
    label: str
    colour: str = CUT
    style: str = "--"


def plain(value: str) -> str:
    """A name or title as matplotlib must be given it to print it as typed: "$…$" would be
    read as mathematics, so dollars are escaped; a character no bundled font draws becomes
    export.glyphs' marker (□) instead of a silent empty box and a "Glyph missing" warning."""
    return printable(value).replace("$", r"\$")


def _short(title: str, width: int = 42) -> str:
    return plain(title if len(title) <= width else title[: width - 1].rstrip() + "…")


def _style(ax) -> None:  # noqa: ANN001  (a matplotlib Axes)
    ax.tick_params(colors=INK, labelsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(GRID)


def ranking_bars(
    figure: Figure,
    rows: Sequence[ChartRow],
    *,
    cut: int | None = None,
    limit: int = 25,
    dots: bool = False,
    marks: Sequence[BarMark] = (),
    direct: bool = True,
) -> None:
    """Scores as horizontal bars, best at the top, with each proposal's spread as an error
    bar, coloured and hatched by domain (keyed below) and, with direct, the domain named at
    the end of each bar; a dashed line marks the cut (cut: after the top cut), and each of
    marks draws its line. A dot round (dots) counts dots: whole numbers across, and no error
    bars."""
    figure.clear()
    ax = figure.add_subplot()
    scored = [r for r in rows if r.score is not None][:limit]
    scores = [r.score for r in scored if r.score is not None]  # every one, as a float
    ys = list(range(len(scored)))[::-1]
    ends = [s + (0.0 if dots else r.spread or 0.0) for s, r in zip(scores, scored, strict=True)]
    colours = [r.colour for r in scored]
    bars = ax.barh(
        ys,
        scores,
        xerr=None if dots else [r.spread or 0 for r in scored],
        color=colours,
        error_kw={"ecolor": MUTED, "capsize": 2, "lw": 1},
        height=0.7,
    )
    _hatch_bars(bars, colours, [r.shape for r in scored])
    ax.set_yticks(ys, [_short(r.title) for r in scored])
    ax.set_xlabel(
        str(_("Dots given") if dots else _("Score (mean of directors' weighted scores) ± spread")),
        color=INK,
    )
    if direct and scored:
        # The domain beside each bar, so a grey print (or a reader who cannot tell the
        # colours apart) needs no key; the axis reaches far enough to hold the longest.
        for y, end, r in zip(ys, ends, scored, strict=True):
            ax.text(
                end,
                y,
                f"  {plain(r.domain or str(NO_DOMAIN))}",
                va="center",
                ha="left",
                fontsize=DIRECT_FONT,
                color=MUTED,
            )
        _room_for_direct_labels(figure, ax, max(ends))
    every = [*marks]
    if cut is not None:
        # Translators: the label of the ranking chart's cut line.
        every.insert(0, BarMark(cut, str(_("cut line: top {n}", n=Num(cut)))))
    for mark in every:
        if not 0 < mark.after < len(scored):
            continue
        at = ys[mark.after - 1] - 0.5
        ax.axhline(at, color=mark.colour, linestyle=mark.style, linewidth=1.5)
        ax.text(
            ax.get_xlim()[1],
            at,
            f" {plain(mark.label)}",
            color=mark.colour,
            va="bottom",
            ha="right",
            fontsize=9,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5, "alpha": 0.85},
        )
    _style(ax)
    key = [(_swatch(d.colour, d.shape), plain(d.name)) for d in domain_key(scored)]
    finish(figure, key=key, counts="x" if dots else "")


def _room_for_direct_labels(figure: Figure, ax: Any, end: float) -> None:
    """Widen the score axis so that the labels after the bars end inside the axes."""
    low, high = ax.get_xlim()
    ax.set_xlim(low, max(high, end))
    width = ax.get_window_extent().width
    texts = [t.get_window_extent().width for t in ax.texts]
    if width <= 0 or not texts:
        return
    share = min(0.45, max(texts) / width)  # the labels' part of the axes' width
    ax.set_xlim(low, max(high, end / (1 - share)))


def quadrant(
    figure: Figure,
    rows: Sequence[ChartRow],
    *,
    x: str = "Important",
    y: str = "Achievable",
    size: str = "Core",
    labels: int = 8,
) -> None:
    """Each proposal at (x mean, y mean), bubble area by the size criterion's mean, marker and
    colour by domain (keyed below); the best-scored few are labelled, clear of each other and
    of the bubbles (chart_layout), with a leader line when a label sits further out."""
    figure.clear()
    ax = figure.add_subplot()
    points = [
        (r, at_x, at_y)
        for r in rows
        if (at_x := r.means.get(x)) is not None and (at_y := r.means.get(y)) is not None
    ]
    key: list[tuple[Artist, str]] = []
    none = str(NO_DOMAIN)
    for domain in domain_key(r for r, _x, _y in points):
        mine = [p for p in points if (p[0].domain or none) == domain.name]
        marker = MARKERS[domain.shape % len(MARKERS)]
        ax.scatter(
            [at_x for _r, at_x, _y in mine],
            [at_y for _r, _x, at_y in mine],
            s=[40 * (r.means.get(size) or 1) ** 1.5 for r, _x, _y in mine],
            c=domain.colour,
            marker=marker,
            alpha=0.8,
            edgecolors=INK,
            linewidths=0.5,
            clip_on=False,  # a bubble at the edge of the scale is drawn whole
        )
        # One small marker each in the key, not the bubble sizes.
        handle = Line2D(
            [],
            [],
            linestyle="",
            marker=marker,
            markersize=6,
            markerfacecolor=domain.colour,
            markeredgecolor=INK,
            markeredgewidth=0.5,
            alpha=0.8,
        )
        key.append((handle, plain(domain.name)))
    best = sorted(points, key=lambda point: -(point[0].score or 0))[:labels]
    for r, at_x, at_y in best:  # best first: finish places them in this order
        ax.annotate(
            _short(r.title, POINT_LABEL_CHARS),
            (at_x, at_y),
            fontsize=8,
            color=INK,
            xytext=(4, 4),
            textcoords="offset points",
        ).set_in_layout(False)  # finish places it inside the axes
    # Translators: an axis of the criteria chart; {criterion} is a criterion's name.
    ax.set_xlabel(str(_("{criterion} (mean)", criterion=plain(x))), color=INK)
    ax.set_ylabel(str(_("{criterion} (mean)", criterion=plain(y))), color=INK)
    ax.grid(color=GRID, linewidth=0.5)
    _style(ax)
    finish(figure, key=key)


def counts(figure: Figure, rows: Sequence[ChartRow]) -> None:
    """How many proposals each domain has (the domains in the workshop's order), split by
    category (stacked bars in shades and hatches, keyed below); whole numbers up."""
    figure.clear()
    ax = figure.add_subplot()
    domains = [d.name for d in domain_key(rows)]
    categories = category_key(rows)
    no_domain, no_category = str(NO_DOMAIN), str(NO_CATEGORY)
    bottom = [0] * len(domains)
    key: list[tuple[Artist, str]] = []
    for category in categories:
        heights = [
            sum(
                1
                for r in rows
                if (r.domain or no_domain) == d and (r.category or no_category) == category.name
            )
            for d in domains
        ]
        bars = ax.bar(
            [plain(d) for d in domains],
            heights,
            bottom=bottom,
            color=category.colour,
        )
        _hatch_bars(bars, [category.colour] * len(domains), [category.shape] * len(domains))
        key.append((_swatch(category.colour, category.shape), plain(category.name)))
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel(str(_("Proposals")), color=INK)
    _style(ax)
    finish(figure, key=key, counts="y")


# -- finishing ------------------------------------------------------------------------------


def finish(figure: Figure, *, key: Sequence[tuple[Artist, str]] = (), counts: str = "") -> None:
    """The last touch of every chart, on screen and on paper (run again, it gives the same).

    - counts names the axes that count things ("x", "y" or "xy"): their ticks are whole
      numbers only (never 0.5 of a vote);
    - the key (handle, label) pairs — or the axes' own legend, if the chart made one — go
      below the axes, in as many columns as fit the width, and the axes are laid out above
      it: a key never covers data;
    - an axis label that would run off the figure's right edge ends at the axes' instead;
    - scatter markers are never cut by the axes: the limits reach past the biggest bubble;
    - point labels sit on a light ground inside the axes, clear of each other and of the
      markers, placed best first by chart_layout, with a leader line when further out.
    """
    if not figure.axes:
        return
    ax = figure.axes[0]
    for name in counts:
        axis = ax.xaxis if name == "x" else ax.yaxis
        axis.set_major_locator(MaxNLocator(integer=True))
    pairs = list(key)
    # The chart's own legend, or the key of an earlier finish: one key, laid out afresh.
    for old in [ax.get_legend(), *figure.legends]:
        if old is None:
            continue
        if not pairs:
            shown = zip(old.legend_handles, old.get_texts(), strict=True)
            pairs = _KEYS.get(old) or [(h, t.get_text()) for h, t in shown if h is not None]
        old.remove()
    handles = [handle for handle, _label in pairs]
    labels = [label for _handle, label in pairs]
    bottom = 0.0
    if handles:
        legend = _key_below(figure, handles, labels)
        gap = 6 * figure.dpi / 72  # points above the key, in pixels
        bottom = min(0.5, (legend.get_window_extent().y1 + gap) / figure.bbox.height)
    rect = (0.0, bottom, 1.0, 1.0)
    figure.tight_layout(rect=rect)
    label = ax.xaxis.label
    if label.get_text() and label.get_window_extent().x1 > figure.bbox.width:
        # Long tick labels on the left push a centred axis label off the right edge.
        ax.set_xlabel(label.get_text(), loc="right")
    pad_limits_for_markers(ax)
    notes = [t for t in ax.texts if isinstance(t, Annotation)]
    if notes:
        figure.tight_layout(rect=rect)  # the padded limits may change the tick labels
        place_point_labels(ax, notes)


_KEYS: "WeakKeyDictionary[Any, list[tuple[Any, str]]]" = WeakKeyDictionary()  # key → entries


def _key_below(figure: Figure, handles: list[Any], labels: list[str]) -> Any:
    """The key at the bottom of the figure, centred, in as many columns as fit its width,
    read in its order row by row (matplotlib fills a column before the next)."""
    room = figure.bbox.width * 0.98
    columns = min(len(labels), KEY_COLUMNS)
    while True:
        order = [i for column in range(columns) for i in range(column, len(labels), columns)]
        legend = figure.legend(
            [handles[i] for i in order],
            [labels[i] for i in order],
            loc="lower center",
            ncols=columns,
            fontsize=KEY_FONT,
            frameon=False,
            borderaxespad=0.3,
        )
        if columns == 1 or legend.get_window_extent().width <= room:
            _KEYS[legend] = list(zip(handles, labels, strict=True))  # in its own order
            return legend
        legend.remove()
        columns -= 1


# -- alt texts ------------------------------------------------------------------------------


def _score(value: float | None) -> str:
    return formats.number(value or 0, 2)


def describe_ranking(rows: Sequence[ChartRow], *, cut: int | None = None) -> str:
    scored = [r for r in rows if r.score is not None]
    if not scored:
        return str(_("Bar chart of scores: no proposal has been scored."))
    # Translators: a proposal and its score in a list: "Live 911 queue 4.50".
    top = "; ".join(
        str(_("{title} {score}", title=r.title, score=_score(r.score))) for r in scored[:3]
    )
    low = scored[-1]
    divided = [r.title for r in scored if r.discuss]
    said = [
        # Translators: the start of the ranking chart's description for screen readers.
        n_(
            "Bar chart of {n} proposal's score, highest first.",
            "Bar chart of {n} proposals' scores, highest first.",
            len(scored),
            n=Num(len(scored)),
        ),
        _("Top three: {top}.", top=top),
        _("Lowest: {title} {score}.", title=low.title, score=_score(low.score)),
    ]
    if cut:
        said.append(_("The cut line falls after the top {n}.", n=Num(cut)))
    if divided:
        said.append(
            n_(
                "{n} marked to discuss for divided scores: {proposals}.",
                "{n} marked to discuss for divided scores: {proposals}.",
                len(divided),
                n=Num(len(divided)),
                proposals=", ".join(divided[:5]),
            )
        )
    return " ".join(str(x) for x in said)


def describe_quadrant(
    rows: Sequence[ChartRow], *, x: str = "Important", y: str = "Achievable", size: str = "Core"
) -> str:
    points = [r for r in rows if r.means.get(x) is not None and r.means.get(y) is not None]
    if not points:
        # Translators: {x} and {y} are criteria's names.
        return str(_("Scatter chart of {x} against {y}: no scores yet.", x=x, y=y))
    both = [r for r in points if (r.means[x] or 0) >= 4 and (r.means[y] or 0) >= 4]
    start = n_(
        "Scatter chart of {n} proposal: {x} across, {y} up, bubble size {size}.",
        "Scatter chart of {n} proposals: {x} across, {y} up, bubble size {size}.",
        len(points),
        n=Num(len(points)),
        x=x,
        y=y,
        size=size,
    )
    told = {"n": Num(len(both)), "proposals": ", ".join(r.title for r in both[:6])}
    if both:
        high = n_(
            "{n} scores 4 or more on both: {proposals}.",
            "{n} score 4 or more on both: {proposals}.",
            len(both),
            **told,
        )
    else:
        high = _("None score 4 or more on both.")
    return f"{start} {high}"


def describe_counts(rows: Sequence[ChartRow]) -> str:
    none = str(NO_DOMAIN)
    by_domain = dict.fromkeys((d.name for d in domain_key(rows)), 0)  # as the chart orders them
    for r in rows:
        by_domain[r.domain or none] += 1
    parts = ", ".join(f"{d} {formats.number(n)}" for d, n in by_domain.items())
    # Translators: {counts} lists each domain with its count: "Safe 2, Inclusive 1".
    return str(_("Bar chart of proposals per domain, split by category: {counts}.", counts=parts))
