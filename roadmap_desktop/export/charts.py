"""The charts of a round, drawn by matplotlib on a Figure the caller owns: the same code draws
on the screen (Qt canvas) and into documents (SVG). Each chart also has an alt text written
from the data, for screen readers and the accessible council packet."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from matplotlib.collections import PathCollection
from matplotlib.figure import Figure

from roadmap_desktop.services.views import DomainView, Results

INK = "#1F2933"
MUTED = "#52606D"
GRID = "#D5DAE1"
CUT = "#B3261E"
MARKERS = ("o", "s", "^", "D", "h", "*")  # the domain shapes of the board, in order


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
    shape: int = 0  # the domain's shape on the board (its position among the domains)


NO_DOMAIN_COLOUR = "#9AA5B1"


def chart_rows(results: Results, domains: Sequence[DomainView]) -> list[ChartRow]:
    """A round's results as the charts take them: each domain's colour and shape as on the
    board (the shape is the domain's position)."""
    by_id = {d.id: (i, d.color) for i, d in enumerate(domains)}
    by_name = {d.name: (i, d.color) for i, d in enumerate(domains)}
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
            )
        )
    return rows


def _short(title: str, width: int = 42) -> str:
    return title if len(title) <= width else title[: width - 1].rstrip() + "…"


def _style(ax) -> None:  # noqa: ANN001  (a matplotlib Axes)
    ax.tick_params(colors=INK, labelsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(GRID)


def ranking_bars(
    figure: Figure, rows: Sequence[ChartRow], *, cut: int | None = None, limit: int = 25
) -> None:
    """Scores as horizontal bars, best at the top, with each proposal's spread as an error
    bar, coloured by domain; a dashed line marks the cut."""
    figure.clear()
    ax = figure.add_subplot()
    scored = [r for r in rows if r.score is not None][:limit]
    scores = [r.score for r in scored if r.score is not None]  # every one, as a float
    ys = list(range(len(scored)))[::-1]
    ax.barh(
        ys,
        scores,
        xerr=[r.spread or 0 for r in scored],
        color=[r.colour for r in scored],
        error_kw={"ecolor": MUTED, "capsize": 2, "lw": 1},
        height=0.7,
    )
    ax.set_yticks(ys, [_short(r.title) for r in scored])
    ax.set_xlabel("Score (mean of directors' weighted scores) ± spread", color=INK)
    if cut is not None and 0 < cut < len(scored):
        y = ys[cut - 1] - 0.5
        ax.axhline(y, color=CUT, linestyle="--", linewidth=1.5)
        ax.text(
            ax.get_xlim()[1],
            y,
            f" cut line: top {cut}",
            color=CUT,
            va="bottom",
            ha="right",
            fontsize=9,
        )
    _style(ax)
    figure.tight_layout()


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
    colour by domain; the best-scored few are labelled."""
    figure.clear()
    ax = figure.add_subplot()
    points = [
        (r, at_x, at_y)
        for r in rows
        if (at_x := r.means.get(x)) is not None and (at_y := r.means.get(y)) is not None
    ]
    domains = list(dict.fromkeys(r.domain for r, _, _ in points))
    for domain in domains:
        mine = [point for point in points if point[0].domain == domain]
        first = mine[0][0]
        ax.scatter(
            [at_x for _, at_x, _ in mine],
            [at_y for _, _, at_y in mine],
            s=[40 * (r.means.get(size) or 1) ** 1.5 for r, _, _ in mine],
            c=first.colour,
            marker=MARKERS[first.shape % len(MARKERS)],
            alpha=0.8,
            edgecolors=INK,
            linewidths=0.5,
            label=domain or "No domain",
        )
    best = sorted(points, key=lambda point: -(point[0].score or 0))[:labels]
    for r, at_x, at_y in best:
        ax.annotate(
            _short(r.title, 28),
            (at_x, at_y),
            fontsize=8,
            color=INK,
            xytext=(4, 4),
            textcoords="offset points",
        )
    ax.set_xlabel(f"{x} (mean)", color=INK)
    ax.set_ylabel(f"{y} (mean)", color=INK)
    if points:
        legend = ax.legend(fontsize=8, frameon=False, loc="lower right")
        for handle in legend.legend_handles:  # one small marker each, not the bubble sizes
            if isinstance(handle, PathCollection):  # scatter's handles are copies of its own
                handle.set_sizes([40])
    ax.grid(color=GRID, linewidth=0.5)
    _style(ax)
    figure.tight_layout()


def counts(figure: Figure, rows: Sequence[ChartRow]) -> None:
    """How many proposals each domain has, split by category (stacked bars)."""
    figure.clear()
    ax = figure.add_subplot()
    domains = list(dict.fromkeys(r.domain or "No domain" for r in rows))
    categories = list(dict.fromkeys(r.category or "No category" for r in rows))
    bottom = [0] * len(domains)
    shades = ("#1F2933", "#52606D", "#9AA5B1", "#CBD2D9", "#E4E7EB")
    for i, category in enumerate(categories):
        heights = [
            sum(
                1
                for r in rows
                if (r.domain or "No domain") == d and (r.category or "No category") == category
            )
            for d in domains
        ]
        ax.bar(domains, heights, bottom=bottom, color=shades[i % len(shades)], label=category)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("Proposals", color=INK)
    ax.legend(fontsize=8, frameon=False)
    _style(ax)
    figure.tight_layout()


# -- alt texts ------------------------------------------------------------------------------


def describe_ranking(rows: Sequence[ChartRow], *, cut: int | None = None) -> str:
    scored = [r for r in rows if r.score is not None]
    if not scored:
        return "Bar chart of scores: no proposal has been scored."
    top = "; ".join(f"{r.title} {r.score:.2f}" for r in scored[:3])
    low = scored[-1]
    divided = [r.title for r in scored if r.discuss]
    text = (
        f"Bar chart of {len(scored)} proposals' scores, highest first. Top three: {top}. "
        f"Lowest: {low.title} {low.score:.2f}."
    )
    if cut:
        text += f" The cut line falls after the top {cut}."
    if divided:
        text += f" {len(divided)} marked to discuss for divided scores: {', '.join(divided[:5])}."
    return text


def describe_quadrant(
    rows: Sequence[ChartRow], *, x: str = "Important", y: str = "Achievable", size: str = "Core"
) -> str:
    points = [r for r in rows if r.means.get(x) is not None and r.means.get(y) is not None]
    if not points:
        return f"Scatter chart of {x} against {y}: no scores yet."
    both = [r for r in points if (r.means[x] or 0) >= 4 and (r.means[y] or 0) >= 4]
    text = (
        f"Scatter chart of {len(points)} proposals: {x} across, {y} up, bubble size {size}. "
        f"{len(both)} score 4 or more on both"
    )
    text += (": " + ", ".join(r.title for r in both[:6]) + ".") if both else "."
    return text


def describe_counts(rows: Sequence[ChartRow]) -> str:
    by_domain: dict[str, int] = {}
    for r in rows:
        by_domain[r.domain or "No domain"] = by_domain.get(r.domain or "No domain", 0) + 1
    parts = ", ".join(f"{d} {n}" for d, n in by_domain.items())
    return f"Bar chart of proposals per domain, split by category: {parts}."
