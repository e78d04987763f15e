"""The roadmap poster: the Roadmap lane's projects at a glance, on one large landscape page.

A grid of category bands (with their quota counts, "7 / 7") × domain columns (colour, shape
and name); each card shows the project's title, its department and its score badge from the
latest revealed round (no badge before a reveal: no export shows a round's values early).
The header holds the workshop's title and date, the criteria with their questions, a legend
and, if given, the city's logo.

Rendered by resources/templates/poster.typ with the data as JSON (sys.inputs), so any title
prints exactly as typed. The template keeps cards readable (on 36 × 24 in: titles ≥ 24 pt,
departments ≥ 16 pt): a crowded cell's cards flow into more columns and its domain column
widens before anything shrinks; it records how the cards fitted (metadata <poster-fit>), and
make_poster() turns a fit below those sizes into a warning the CLI and the dialog show. The
PDF is tagged (PDF/UA-1): the name as H1, a heading per band and per cell, a list per cell.
make_tiled() splits the same poster over Letter or A4 sheets, with overlap, crop marks and a
"Row r, column c" label, for offices without a plotter: the poster is made once and its one
PDF page placed on every sheet, so the text stays text.
"""

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from roadmap_desktop import APP_NAME
from roadmap_desktop.export import glyphs, wording
from roadmap_desktop.export.typst_render import RenderError, render, render_and_query
from roadmap_desktop.words import Message, Num, _, formats, n_, p_

if TYPE_CHECKING:
    from typst import PDFStandard

    from roadmap_desktop.services import Services
    from roadmap_desktop.services.views import ResultRow, WorkshopInfo

PT_PER_IN = 72.0
PT_PER_MM = 72.0 / 25.4

# Landscape (width, height) in points; arch-d (36 × 24 in) is the default.
PAPERS: dict[str, tuple[float, float]] = {
    "arch-d": (36 * PT_PER_IN, 24 * PT_PER_IN),
    "arch-e": (48 * PT_PER_IN, 36 * PT_PER_IN),
    "a1": (841 * PT_PER_MM, 594 * PT_PER_MM),
    "a0": (1189 * PT_PER_MM, 841 * PT_PER_MM),
    "tabloid": (17 * PT_PER_IN, 11 * PT_PER_IN),
}
# Translators: paper sizes; "in" is inches. Keep the sizes' names (ARCH D, A1).
PAPER_LABELS: dict[str, Message] = {
    "arch-d": _("36 × 24 in (ARCH D)"),
    "arch-e": _("48 × 36 in (ARCH E)"),
    "a1": _("A1 (841 × 594 mm)"),
    "a0": _("A0 (1189 × 841 mm)"),
    "tabloid": _("17 × 11 in (tabloid)"),
}
# Portrait (width, height) in points of the sheets a tiled poster prints on.
SHEETS: dict[str, tuple[float, float]] = {
    "letter": (8.5 * PT_PER_IN, 11 * PT_PER_IN),
    "a4": (210 * PT_PER_MM, 297 * PT_PER_MM),
}
SHEET_MARGIN_IN = 0.5  # room for crop marks and the label; inside any printer's margins

# The domains' small shapes, in the domains' order, as on the board and in the charts.
SHAPES = ("circle", "square", "triangle", "diamond", "hexagon", "star")
NO_DOMAIN_COLOUR = "#8A949E"
LOGO_TYPES = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"}
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")

OutputFormat = Literal["pdf", "png"]


def _colour(value: str) -> str:
    """A #RRGGBB colour for Typst; anything else (a typo in settings) becomes neutral grey."""
    text = (value or "").strip()
    if len(text) == 4 and text.startswith("#"):  # #abc → #aabbcc
        text = "#" + "".join(ch * 2 for ch in text[1:])
    return text.upper() if _HEX.fullmatch(text) else NO_DOMAIN_COLOUR


def _long_date(value: str | date | datetime | None) -> str:
    """2026-03-18 → "March 18, 2026"; text that is not an ISO date is shown as typed."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return formats.long_date(value)
    text = value.strip()
    try:
        return _long_date(date.fromisoformat(text))
    except ValueError:
        return text


def _count_label(count: int, quota: int | None) -> str:
    if quota is None:
        return formats.number(count)
    return f"{formats.number(count)} / {formats.number(quota)}"


def _band_words(count: int, quota: int | None, over: bool) -> str:
    """What the band's big count stands for: "projects · quota 7 — over the quota"."""
    if quota is None:
        # Translators: under a band's big count of projects ("7").
        return str(n_("project", "projects", count))
    if over:
        # Translators: under a band's big count ("9 / 7"): the count is above the quota.
        return str(
            n_(
                "project · quota {quota} — over the quota",
                "projects · quota {quota} — over the quota",
                count,
                quota=Num(quota),
            )
        )
    # Translators: under a band's big count ("5 / 7").
    return str(n_("project · quota {quota}", "projects · quota {quota}", count, quota=Num(quota)))


def _score_text(row: "ResultRow | None", method: str) -> str | None:
    if row is None or row.score is None:
        return None
    if method == "dots":
        return formats.number(row.score)
    return formats.number(row.score, 1)


def _badge_text(row: "ResultRow | None", method: str) -> str | None:
    """The badge's text: the score, marked † when carried from an earlier round."""
    text = _score_text(row, method)
    if text is not None and row is not None and row.score_round is not None:
        return text + CARRIED_MARK
    return text


def _score_note(info: "WorkshopInfo", results: Any) -> str:
    """What the badges mean, or why there are none."""
    if results is None:
        return str(
            _(
                "No scoring round has been revealed yet, so the cards carry no scores: values "
                "are shown only after the reveal."
            )
        )
    r = results.round
    told: dict[str, object] = {"round": r.number, "when": _long_date(r.revealed_at)}
    if r.method == "dots":
        said = (
            _("Badge: dots each project received in round {round}, revealed {when}.", **told)
            if r.revealed_at
            else _("Badge: dots each project received in round {round}.", **told)
        )
        return str(said)
    criteria = results.criteria or info.criteria
    if criteria:
        told["low"] = Num(min(c.scale_min for c in criteria))
        told["high"] = Num(max(c.scale_max for c in criteria))
    median = info.aggregation == "median"
    # Translators: what a card's score badge shows: "Badge: the mean of the directors'
    # weighted scores on a 1–5 scale, round 2, revealed March 18, 2026."
    if criteria and r.revealed_at:
        said = (
            _(
                "Badge: the median of the directors' weighted scores on a {low}–{high} scale, "
                "round {round}, revealed {when}.",
                **told,
            )
            if median
            else _(
                "Badge: the mean of the directors' weighted scores on a {low}–{high} scale, "
                "round {round}, revealed {when}.",
                **told,
            )
        )
    elif criteria:
        said = (
            _(
                "Badge: the median of the directors' weighted scores on a {low}–{high} scale, "
                "round {round}.",
                **told,
            )
            if median
            else _(
                "Badge: the mean of the directors' weighted scores on a {low}–{high} scale, "
                "round {round}.",
                **told,
            )
        )
    elif r.revealed_at:
        said = (
            _(
                "Badge: the median of the directors' weighted scores, round {round}, "
                "revealed {when}.",
                **told,
            )
            if median
            else _(
                "Badge: the mean of the directors' weighted scores, round {round}, "
                "revealed {when}.",
                **told,
            )
        )
    else:
        said = (
            _("Badge: the median of the directors' weighted scores, round {round}.", **told)
            if median
            else _("Badge: the mean of the directors' weighted scores, round {round}.", **told)
        )
    return str(said)


def _record_results(services: "Services", workshop_id: int, round_number: int | None) -> Any:
    """The ranking of round_number, else of the round of record (services.record_results:
    scores a round did not cover carried from an earlier one); None when nothing has been
    revealed. A round asked for by number that is hidden or missing raises ServiceError."""
    from roadmap_desktop.services.errors import ServiceError

    if round_number is not None:
        return services.record_results(workshop_id, round_number)
    info = services.workshop(workshop_id)
    if not any(r.revealed for r in info.rounds):
        return None
    try:
        return services.record_results(workshop_id)
    except ServiceError:
        return None


CARRIED_MARK = "†"  # on a badge whose score the round of record carries from an earlier round


def _carried_note(results: Any, shown: set[int]) -> str:
    """The one line that explains the † on badges, or "" when no shown card carries one."""
    rounds = sorted(
        {r.score_round for r in results.rows if r.score_round and r.proposal_id in shown}
    )
    if not rounds:
        return ""
    # Translators: explains the mark {mark} on a badge; {rounds} is "1" or "1, 2".
    said = n_(
        "{mark} Score from round {rounds}: round {round} did not score that project.",
        "{mark} Score from rounds {rounds}: round {round} did not score that project.",
        len(rounds),
        mark=CARRIED_MARK,
        rounds=", ".join(map(str, rounds)),
        round=results.round.number,
    )
    return " " + str(said)


def _document_title(services: "Services", workshop_id: int) -> str:
    return services.workshop(workshop_id).name


def poster_data(
    services: "Services", workshop_id: int, *, round_number: int | None = None
) -> dict[str, Any]:
    """Everything the poster shows, as plain JSON-ready values (the template's only input).

    Keys: title, date, subtitle, description, lane, project_count, criteria [{name,
    question}], domains [{name, color, shape}], bands [{name, count, quota, count_label,
    over, cells: one list of cards per domain}], score_note, scored (a round was revealed),
    round (its number or None). A card is {id, title, department, score (text or None),
    color, shape}. Cards keep their order on the board. Raises ServiceError when the workshop
    has no Roadmap lane, or round_number is hidden or missing.

    The scores are round_number's, else the round of record's (services.record_results); a
    score carried from an earlier round is marked "4.0†" and score_note says so.
    """
    from roadmap_desktop.services.errors import ServiceError  # here: the CLI's --help stays light

    info = services.workshop(workshop_id)
    lane = next((x for x in info.lanes if x.kind == "roadmap"), None)
    if lane is None:
        raise ServiceError(
            _(
                "“{workshop}” has no Roadmap lane (a lane of kind “roadmap”), so there is no "
                "roadmap to print. Add one, or set a lane's kind to roadmap.",
                workshop=info.name,
            )
        )
    cards = services.board(workshop_id).cards.get(lane.id, ())
    glyphs.note_workshop(info, cards, participants=False)  # the export names what prints as □
    results = _record_results(services, workshop_id, round_number)
    rows = {row.proposal_id: row for row in results.rows} if results is not None else {}
    method = results.round.method if results is not None else "score"

    domains: list[dict[str, Any]] = [
        {"id": d.id, "name": d.name, "color": _colour(d.color), "shape": SHAPES[i % len(SHAPES)]}
        for i, d in enumerate(info.domains)
    ]
    known_domains = {d["id"] for d in domains}
    if any(c.domain_id not in known_domains for c in cards):
        domains.append(
            {"id": None, "name": str(_("No domain")), "color": NO_DOMAIN_COLOUR, "shape": ""}
        )
    column = {d["id"]: i for i, d in enumerate(domains)}

    bands: list[dict[str, Any]] = [
        {"id": c.id, "name": c.name, "quota": c.quota} for c in info.categories
    ]
    known_categories = {b["id"] for b in bands}
    if any(c.category_id not in known_categories for c in cards):
        bands.append({"id": None, "name": str(_("No category")), "quota": None})
    band_of = {b["id"]: i for i, b in enumerate(bands)}
    cells: list[list[list[dict[str, Any]]]] = [[[] for _ in domains] for _ in bands]
    for card in cards:
        d = domains[column[card.domain_id if card.domain_id in known_domains else None]]
        cells[band_of[card.category_id if card.category_id in known_categories else None]][
            column[d["id"]]
        ].append(
            {
                "id": card.id,
                "title": card.title,
                "department": card.department,
                "score": _badge_text(rows.get(card.id), method),
                "color": d["color"],
                "shape": d["shape"],
            }
        )
    for band, band_cells in zip(bands, cells, strict=True):
        count = sum(len(cell) for cell in band_cells)
        band.update(
            count=count,
            count_label=_count_label(count, band["quota"]),
            over=(over := band["quota"] is not None and count > band["quota"]),
            words=_band_words(count, band["quota"], over),
            cells=band_cells,
        )
    for item in (*domains, *bands):
        item.pop("id")

    count = len(cards)
    return {
        "lang": wording.language(),
        "words": _template_words(),
        "title": info.name,
        "date": _long_date(info.date),
        # Translators: the poster's subtitle under the workshop's name.
        "subtitle": str(
            n_(
                "Innovation Roadmap — {n} project",
                "Innovation Roadmap — {n} projects",
                count,
                n=Num(count),
            )
        ),
        # Translators: the poster's footer; {lane} is the Roadmap lane's name.
        "footer": str(
            n_(
                "Cards: the {n} project in the board's “{lane}” lane, by category (rows) and "
                "domain (columns).",
                "Cards: the {n} projects in the board's “{lane}” lane, by category (rows) and "
                "domain (columns).",
                count,
                n=Num(count),
                lane=lane.name,
            )
        ),
        "app": APP_NAME,
        "description": info.description,
        "lane": lane.name,
        "project_count": count,
        "criteria": [{"name": c.name, "question": c.question} for c in info.criteria],
        "domains": domains,
        "bands": bands,
        "scored": results is not None,
        "round": results.round.number if results is not None else None,
        "score_note": _score_note(info, results)
        + (_carried_note(results, {c.id for c in cards}) if results is not None else ""),
    }


def paper_size(paper: str) -> tuple[float, float]:
    """(width, height) in points of a poster paper, landscape; ValueError for unknown names."""
    try:
        return PAPERS[paper]
    except KeyError:
        raise ValueError(
            str(
                _(
                    "Unknown poster paper {paper}; choose one of {papers}.",
                    paper=repr(paper),
                    papers=", ".join(PAPERS),
                )
            )
        ) from None


def _page(paper: str) -> dict[str, Any]:
    width, height = paper_size(paper)
    return {"name": paper, "label": str(PAPER_LABELS[paper]), "width": width, "height": height}


def _logo_file(logo: Path | None) -> tuple[str | None, dict[str, bytes]]:
    if logo is None:
        return None, {}
    suffix = logo.suffix.casefold()
    if suffix not in LOGO_TYPES:
        raise RenderError(
            str(
                _(
                    "The logo {name} is not an image the poster can use: choose a PNG, JPEG, "
                    "GIF, SVG or WebP file.",
                    name=logo.name,
                )
            )
        )
    name = "logo" + suffix
    try:
        content = logo.read_bytes()
    except OSError as exc:
        raise RenderError(
            str(_("Could not read the logo {path}: {cause}.", path=logo, cause=exc.strerror or exc))
        ) from exc
    return name, {name: content}


def _poster_input(
    services: "Services", workshop_id: int, paper: str, logo: Path | None, **data_options: Any
) -> tuple[dict[str, Any], dict[str, bytes]]:
    page = _page(paper)  # an unknown paper fails before any work
    logo_name, files = _logo_file(logo)
    data = poster_data(services, workshop_id, **data_options)
    data["page"] = page
    data["logo"] = logo_name
    return data, files


def png_ppi(paper: str) -> float:
    """A resolution for slides: 72–100 ppi, about 2,500 pixels across for small papers."""
    width_in = paper_size(paper)[0] / PT_PER_IN
    return max(72.0, min(100.0, round(2560 / width_in)))


PDF_STANDARDS: list["PDFStandard"] = ["ua-1"]  # tagged, so it can go out with the agenda
FIT_LABEL = "poster-fit"  # the template's record of how the cards fitted


@dataclass(frozen=True)
class Poster:
    """A made poster: the PDF (or one PNG image), and what the user should be told.

    `warnings` are sentences, e.g. that the cards only fit at less than readable sizes;
    `fit` is the template's own record (card scale, title and department sizes in points,
    card columns per cell, the most crowded cells)."""

    content: bytes
    warnings: tuple[str, ...] = ()
    fit: dict[str, Any] = field(default_factory=dict)


def _bigger_paper(paper: str) -> str | None:
    width, height = PAPERS[paper]
    bigger = [p for p, (w, h) in PAPERS.items() if w * h > width * height]
    return min(bigger, key=lambda p: PAPERS[p][0] * PAPERS[p][1]) if bigger else None


def fit_warnings(fit: dict[str, Any] | None, data: dict[str, Any], paper: str) -> list[str]:
    """Sentences for the user when the cards could not be printed at readable sizes."""
    if not fit or fit.get("readable", True):
        return []
    projects = int(data["project_count"])
    said: list[Message] = [
        # Translators: {paper} is a paper size ("36 × 24 in (ARCH D)"); the sizes are in points.
        n_(
            "The poster's {n} project does not fit on {paper} at readable sizes (project "
            "titles {title_min} pt, departments {department_min} pt): titles print at "
            "{title} pt and departments at {department} pt.",
            "The poster's {n} projects do not fit on {paper} at readable sizes (project "
            "titles {title_min} pt, departments {department_min} pt): titles print at "
            "{title} pt and departments at {department} pt.",
            projects,
            n=Num(projects),
            paper=PAPER_LABELS[paper],
            title_min=Num(fit["min_title_pt"], 0),
            department_min=Num(fit["min_department_pt"], 0),
            title=Num(fit["title_pt"], 1),
            department=Num(fit["department_pt"], 1),
        )
    ]
    crowded = fit.get("crowded") or []
    if crowded:
        top = crowded[0]
        count = int(top["count"])
        # Translators: {band} is a category's name, {domain} a domain's.
        said.append(
            n_(
                "The most crowded cell is “{band}” × “{domain}” with {n} project.",
                "The most crowded cell is “{band}” × “{domain}” with {n} projects.",
                count,
                band=top["band"],
                domain=top["domain"],
                n=Num(count),
            )
        )
    bigger = _bigger_paper(paper)
    said.append(
        _(
            "Print on a larger paper such as {paper}, or move projects out of the Roadmap lane, "
            "to keep them readable.",
            paper=PAPER_LABELS[bigger],
        )
        if bigger
        else _("Move projects out of the Roadmap lane to keep them readable.")
    )
    return [" ".join(str(x) for x in said)]


def make_poster(
    services: "Services",
    workshop_id: int,
    *,
    paper: str = "arch-d",
    logo: Path | None = None,
    output_format: OutputFormat = "pdf",
    ppi: float | None = None,
    **data_options: Any,
) -> Poster:
    """The poster as a one-page tagged PDF (PDF/UA-1), or as one PNG image (at `ppi`,
    default png_ppi(paper)), with warnings when the cards do not fit at readable sizes.

    `data_options` go to poster_data. Raises ValueError for an unknown paper, ServiceError
    when the workshop has no Roadmap lane and RenderError when the document cannot be made
    (e.g. the logo is not an image)."""
    data, files = _poster_input(services, workshop_id, paper, logo, **data_options)
    return poster_from_data(data, files, output_format=output_format, ppi=ppi)


def poster_from_data(
    data: dict[str, Any],
    files: dict[str, bytes] | None = None,
    *,
    output_format: OutputFormat = "pdf",
    ppi: float | None = None,
) -> Poster:
    """make_poster() from poster_data()'s dict with "page" (see _page) and "logo" (a name in
    `files`, or None) added."""
    paper = str(data["page"]["name"])
    if output_format == "png" and ppi is None:
        ppi = png_ppi(paper)
    result, fit = render_and_query(
        "poster.typ",
        data,
        FIT_LABEL,
        files=files or {},
        output_format=output_format,
        ppi=ppi if output_format == "png" else None,
        pdf_standards=PDF_STANDARDS if output_format == "pdf" else None,
    )
    if isinstance(result, list):
        if len(result) != 1:
            raise RenderError(
                str(
                    _(
                        "The poster came out as {n} pages instead of one.",
                        n=Num(len(result)),
                    )
                )
            )
        result = result[0]
    return Poster(result, tuple(fit_warnings(fit, data, paper)), fit or {})


def render_poster(
    services: "Services",
    workshop_id: int,
    *,
    paper: str = "arch-d",
    logo: Path | None = None,
    output_format: OutputFormat = "pdf",
    ppi: float | None = None,
) -> bytes | list[bytes]:
    """make_poster()'s document alone (its warnings dropped)."""
    return make_poster(
        services, workshop_id, paper=paper, logo=logo, output_format=output_format, ppi=ppi
    ).content


@dataclass(frozen=True)
class TilePlan:
    """How a poster is split over sheets; lengths in points.

    Each sheet shows a window of the poster (window_w × window_h) inside a margin; windows
    start every step_x / step_y, so neighbours share `overlap` of the poster.
    """

    sheet: str
    sheet_w: float
    sheet_h: float
    landscape: bool
    margin: float
    window_w: float
    window_h: float
    overlap: float
    step_x: float
    step_y: float
    rows: int
    columns: int

    @property
    def count(self) -> int:
        return self.rows * self.columns

    def as_data(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "sheet_w": self.sheet_w,
            "sheet_h": self.sheet_h,
            "margin": self.margin,
            "window_w": self.window_w,
            "window_h": self.window_h,
            "overlap": self.overlap,
            "step_x": self.step_x,
            "step_y": self.step_y,
            "rows": self.rows,
            "columns": self.columns,
        }


def tile_plan(paper: str = "arch-d", sheet: str = "letter", overlap_in: float = 0.5) -> TilePlan:
    """The fewest sheets (portrait or landscape, portrait on a tie) that cover the poster."""
    poster_w, poster_h = paper_size(paper)
    if sheet not in SHEETS:
        raise ValueError(
            str(
                _(
                    "Unknown sheet {sheet}; choose one of {sheets}.",
                    sheet=repr(sheet),
                    sheets=", ".join(SHEETS),
                )
            )
        )
    margin = SHEET_MARGIN_IN * PT_PER_IN
    overlap = overlap_in * PT_PER_IN
    short, long = SHEETS[sheet]
    if not 0 <= overlap <= min(short, long) / 2 - margin:
        raise ValueError(
            str(
                _(
                    "The overlap must be between 0 and 3 inches (got {overlap}).",
                    overlap=Num(overlap_in),
                )
            )
        )
    plans = []
    for landscape in (False, True):
        sheet_w, sheet_h = (long, short) if landscape else (short, long)
        window_w, window_h = sheet_w - 2 * margin, sheet_h - 2 * margin
        step_x, step_y = window_w - overlap, window_h - overlap
        columns = max(1, math.ceil((poster_w - overlap - 0.01) / step_x))
        rows = max(1, math.ceil((poster_h - overlap - 0.01) / step_y))
        plans.append(
            TilePlan(
                sheet,
                sheet_w,
                sheet_h,
                landscape,
                margin,
                window_w,
                window_h,
                overlap,
                step_x,
                step_y,
                rows,
                columns,
            )
        )
    return min(plans, key=lambda p: p.count)  # min keeps the first (portrait) on a tie


def make_tiled(
    services: "Services",
    workshop_id: int,
    *,
    sheet: str = "letter",
    paper: str = "arch-d",
    overlap_in: float = 0.5,
    logo: Path | None = None,
    **data_options: Any,
) -> Poster:
    """The poster at full size split over Letter or A4 sheets (one PDF page each), row by
    row: each sheet shows its window of the poster 1:1 with crop marks at the window's
    corners, ticks where the overlap with a neighbour ends, and a "Row r, column c" label.

    The poster is made once, as a PDF, and each sheet places that one page shifted and
    clipped (text stays text): laying the poster out again per sheet took 1.3–2 GB."""
    plan = tile_plan(paper, sheet, overlap_in)
    made = make_poster(services, workshop_id, paper=paper, logo=logo, **data_options)
    title = _document_title(services, workshop_id)
    data = {
        "lang": wording.language(),
        # Translators: the title of the poster printed over many sheets.
        "title": str(
            n_(
                "{title} — poster on {n} sheet",
                "{title} — poster on {n} sheets",
                plan.count,
                title=title,
                n=Num(plan.count),
            )
        ),
        "page": _page(paper),
        "tiles": plan.as_data(),
        "words": _tiled_words(title, str(PAPER_LABELS[paper])),
    }
    result = render("poster_tiled.typ", data, files={"poster.pdf": made.content})
    assert isinstance(result, bytes)
    return Poster(result, made.warnings, made.fit)


def render_tiled(
    services: "Services",
    workshop_id: int,
    *,
    sheet: str = "letter",
    paper: str = "arch-d",
    overlap_in: float = 0.5,
    logo: Path | None = None,
) -> bytes:
    """make_tiled()'s document alone (its warnings dropped)."""
    return make_tiled(
        services, workshop_id, sheet=sheet, paper=paper, overlap_in=overlap_in, logo=logo
    ).content


def _template_words() -> dict[str, str]:
    """The words poster.typ prints of its own, in the current language."""
    return {
        # Translators: the image description of the city's logo; {title} the workshop's name.
        "logo_of": str(_("Logo of {title}")),
        # Translators: a heading above the criteria, printed in capitals.
        "judged_on": str(_("Judged on")),
        # Translators: a heading above the domains' legend, printed in capitals.
        "domains": str(p_("poster legend", "Domains")),
        # Translators: the sample badge in the legend.
        "score": str(p_("poster badge", "score")),
        # Translators: the corner above the categories' column, printed in capitals.
        "category": str(p_("poster corner", "Category")),
    }


def _tiled_words(title: str, paper: str) -> dict[str, str]:
    """The words poster_tiled.typ prints of its own; {row}, {column}, {rows} and {columns}
    are filled in per sheet."""
    return {
        # Translators: on each sheet of a tiled poster; the numbers are filled in.
        "where": str(_("Row {row}, column {column} of {rows} × {columns}")),
        "alt": str(
            _(
                "Row {row}, column {column} of the poster {title}",
                row="{row}",  # filled in per sheet by the template
                column="{column}",
                title=title,
            )
        ),
        # Translators: {paper} is a paper size ("36 × 24 in (ARCH D)").
        "paper": str(_("{paper} poster, 1:1", paper=paper)),
        "trim_left": str(
            _("trim the left edge at the marks and glue over the neighbor's dashed overlap")
        ),
        "trim_top": str(
            _("trim the top edge at the marks and glue over the neighbor's dashed overlap")
        ),
        "trim_both": str(
            _("trim the left and top edge at the marks and glue over the neighbor's dashed overlap")
        ),
    }
