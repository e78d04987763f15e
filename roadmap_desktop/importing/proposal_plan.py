"""Turns a sheet of proposals into a plan: which columns mean what, which rows become new
proposals or update existing ones, which domains and categories are new, and every problem
with its row and column — before anything is written.

Nothing in a cell is ever evaluated: "=SUM(1)" is a title like any other.
"""

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Literal

from roadmap_desktop.domain.rules import clean_line, clean_text, name_key
from roadmap_desktop.importing.limits import MAX_TITLE_CHARS
from roadmap_desktop.importing.limits import column_letter as column_letter  # its old home
from roadmap_desktop.importing.problems import Problem
from roadmap_desktop.importing.sheet import Sheet
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.services.views import ProposalView, WorkshopInfo
from roadmap_desktop.words import Message, Num, _, n_, p_

FIELDS = ("title", "summary", "department", "domain", "category", "cost", "timeframe", "lane")
OnDuplicate = Literal["skip", "update", "keep"]
LongTitles = Literal["refuse", "summary"]
ON_DUPLICATE: tuple[OnDuplicate, ...] = ("skip", "update", "keep")

# The fields an update may change (the lane never: updating a card does not move it).
UPDATE_FIELDS = ("title", "summary", "department", "domain", "category", "cost", "timeframe")

# Whole headers (after normalize_header) that name a field.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": (
        "title",
        "name",
        "project",
        "project name",
        "project title",
        "proposal",
        "proposal name",
        "proposal title",
        "initiative",
        "titulo",
        "nombre",
        "proyecto",
        "nombre del proyecto",
    ),
    "summary": (
        "summary",
        "description",
        "project description",
        "project summary",
        "details",
        "abstract",
        "descripcion",
        "resumen",
    ),
    "department": (
        "department",
        "dept",
        "sponsor",
        "sponsoring department",
        "sponsoring dept",
        "sponsor department",
        "lead department",
        "owner",
        "departamento",
    ),
    "domain": ("domain", "smart city domain", "vision domain", "outcome area", "dominio"),
    "category": ("category", "track", "roadmap track", "categoria"),
    "cost": ("cost", "estimated cost", "cost estimate", "budget", "costo", "coste"),
    "timeframe": ("timeframe", "time frame", "timeline", "duration", "schedule", "plazo"),
    "lane": ("lane", "board lane", "carril"),
}

# Words that name a field inside a longer header ("Estimated project cost (USD)"). Tried in
# this order, title last: "Project description" is a summary and "Department name" a
# department, not a title.
KEYWORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("summary", frozenset({"summary", "description", "descripcion", "resumen", "abstract"})),
    ("department", frozenset({"department", "dept", "sponsor", "sponsoring", "departamento"})),
    ("domain", frozenset({"domain", "dominio"})),
    ("category", frozenset({"category", "categoria", "track"})),
    ("cost", frozenset({"cost", "budget", "costo", "coste"})),
    ("timeframe", frozenset({"timeframe", "timeline", "duration", "plazo"})),
    ("lane", frozenset({"lane", "carril"})),
    ("title", frozenset({"title", "name", "project", "titulo", "nombre", "proyecto"})),
)

# Units and notes in a header that say nothing about which field it is.
_NOISE = frozenset({"usd", "us", "dollars", "optional", "required", "eur", "gbp"})

TITLE_NAMES = "title, name, project"  # headers: as the file writes them, not translated


def field_name(name: str) -> Message:
    """A field's name in a sentence ("the cost is a formula…")."""
    # Translators: the fields of a proposal, as a sentence names them ("the cost is …").
    return {
        "title": p_("field", "title"),
        "summary": p_("field", "summary"),
        "department": p_("field", "department"),
        "domain": p_("field", "domain"),
        "category": p_("field", "category"),
        "cost": p_("field", "cost"),
        "timeframe": p_("field", "timeframe"),
        "lane": p_("field", "lane"),
    }.get(name, Message(name))


def normalize_header(text: str) -> str:
    """Lower case, accents and punctuation dropped, single spaces: "Sponsoring Dept." →
    "sponsoring dept", "Estimated cost ($)" → "estimated cost", "Categoría" → "categoria"."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.sub(r"[\W_]+", " ", plain).split()
    return " ".join(w for w in words if w not in _NOISE)


@dataclass(frozen=True)
class Choices:
    """What the user decided (the command line decides with its options).

    Attributes:
        mapping: field → column index in the sheet, or None for "not imported"; fields left
            out are matched by header.
        domains, categories: an unknown value (as written in the file) → the name of an
            existing one to use instead, or None to create it. Values not listed are
            created, unless strict. Looked up ignoring case and spacing.
        on_duplicate: a row whose title matches a proposal already in the workshop (or an
            earlier row), ignoring case and spacing: skip it, update that proposal, or keep
            both.
        strict: unknown domain and category values are problems instead of new names (a
            value mapped to an existing name is fine).
        long_titles: a title over MAX_TITLE_CHARS is a problem ("refuse"), or is cut after a
            whole word and kept whole at the start of the summary ("summary").
    """

    mapping: Mapping[str, int | None] = field(default_factory=dict)
    domains: Mapping[str, str | None] = field(default_factory=dict)
    categories: Mapping[str, str | None] = field(default_factory=dict)
    on_duplicate: OnDuplicate = "skip"
    strict: bool = False
    long_titles: LongTitles = "refuse"


@dataclass(frozen=True)
class Duplicate:
    """A row whose title is already taken: by an existing proposal (existing_id) or by an
    earlier row of the file (earlier_row).

    Attributes:
        action: what the plan does with the row: "skipped"; "updated" (the existing
            proposal takes the row's values; with earlier_row alone, the row's values
            replace that earlier row's new proposal); "unchanged" (an update that would
            change nothing); "replaced" (an update that a later row of the same title
            replaces); "kept" (added as another proposal).
        earlier_row: for an update of an existing proposal, the earlier row whose update
            this row replaces, if any.
        archived: the existing proposal is archived (off the board).
    """

    row: int
    title: str
    existing_id: int | None
    earlier_row: int | None
    action: str = "skipped"
    archived: bool = False

    def describe(self) -> str:
        """One line for a report, e.g. "Skipped duplicate: “Title” (row 5)"."""
        said = {
            "skipped": _("Skipped duplicate"),
            "updated": _("Updated"),
            "unchanged": _("Unchanged duplicate"),
            "replaced": _("Replaced by a later row"),
            "kept": _("Kept duplicate"),
        }[self.action]
        rows = {"row": self.row, "earlier": self.earlier_row}
        if self.existing_id is None:
            if self.action == "updated":
                where = _("row {row}, replacing row {earlier}", **rows)
            else:
                where = _("row {row}, same title as row {earlier}", **rows)
        elif self.archived and self.earlier_row is not None:
            where = _("row {row}, an archived proposal, replacing row {earlier}", **rows)
        elif self.archived:
            where = _("row {row}, an archived proposal", **rows)
        elif self.earlier_row is not None:
            where = _("row {row}, replacing row {earlier}", **rows)
        else:
            where = _("row {row}", **rows)
        # Translators: what happened to a row, its title, and where it is, e.g.
        # "Skipped duplicate: “Parks” (row 5)".
        return str(_("{action}: “{title}” ({where})", action=said, title=self.title, where=where))


@dataclass(frozen=True)
class Plan:
    """Everything an import would do, for the preview, the report and the service call.

    Attributes:
        mapping: the mapping used (field → column or None).
        add: new proposals, in file order, with the row each came from; every spec names
            its lane (the default lane when the row leaves it empty).
        update: (existing proposal id, fields to change by name: only mapped fields that
            differ from the proposal's current values) pairs.
        new_domains, new_categories: names to create before adding.
        unknown_domains, unknown_categories: values in the file that the workshop lacks.
        duplicates: rows whose titles are taken, and what happened to them.
        problems: every problem; an import with problems writes nothing.
        headers: the sheet's header row; ignored_columns: headers no field uses.
        updated_rows: existing proposal id → the (last) row that updates it.
        shortened: the rows whose long title was cut, the whole of it moved to the summary.
    """

    source: str
    mapping: Mapping[str, int | None]
    add: tuple[tuple[int, ProposalSpec], ...] = ()
    update: tuple[tuple[int, Mapping[str, object]], ...] = ()
    new_domains: tuple[str, ...] = ()
    new_categories: tuple[str, ...] = ()
    unknown_domains: tuple[str, ...] = ()
    unknown_categories: tuple[str, ...] = ()
    duplicates: tuple[Duplicate, ...] = ()
    problems: tuple[Problem, ...] = ()
    headers: tuple[str, ...] = ()
    ignored_columns: tuple[str, ...] = ()
    updated_rows: Mapping[int, int] = field(default_factory=dict)
    shortened: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        """True when importing would write nothing."""
        return not (self.add or self.update or self.new_domains or self.new_categories)

    def report(self, workshop_name: str) -> list[str]:
        """What the import did (or, before it, will do), one line each: the count by lane,
        then the domains and categories created, the columns ignored and every duplicate.
        The first line reads e.g. Imported 34 proposals from depts.xlsx into “W” (Inbox 30,
        Shortlist 4)."""
        added = len(self.add)
        # Translators: a lane and how many new proposals land in it, e.g. "Inbox 30".
        lanes = ", ".join(
            str(_("{lane} {n}", lane=lane, n=Num(n))) for lane, n in self.lane_counts().items()
        )
        said = {"n": Num(added), "source": self.source, "workshop": workshop_name}
        if lanes:
            first = n_(
                "Imported {n} proposal from {source} into “{workshop}” ({lanes}).",
                "Imported {n} proposals from {source} into “{workshop}” ({lanes}).",
                added,
                lanes=lanes,
                **said,
            )
        else:
            first = n_(
                "Imported {n} proposal from {source} into “{workshop}”.",
                "Imported {n} proposals from {source} into “{workshop}”.",
                added,
                **said,
            )
        lines = [str(first)]
        lines += [str(_("Created domain: {name}", name=name)) for name in self.new_domains]
        lines += [str(_("Created category: {name}", name=name)) for name in self.new_categories]
        lines += [str(_("Ignored column: {name}", name=name)) for name in self.ignored_columns]
        lines += [d.describe() for d in self.duplicates]
        lines += [
            str(
                _(
                    "Row {row}: the title was too long; it was cut to {most} characters and "
                    "the whole title starts the summary.",
                    row=row,
                    most=MAX_TITLE_CHARS,
                )
            )
            for row in self.shortened
        ]
        return lines

    def lane_counts(self) -> dict[str, int]:
        """Lane name → how many new proposals land in it, in order of first landing."""
        counts: dict[str, int] = {}
        for _row, spec in self.add:
            lane = spec.lane or ""
            counts[lane] = counts.get(lane, 0) + 1
        return counts


# -- columns ---------------------------------------------------------------------------------


def match_columns(headers: Sequence[str]) -> dict[str, int | None]:
    """Each field → the column whose header names it (title/name/project, summary/
    description, department/sponsor, domain, category, cost, timeframe, lane), or None.

    Headers are compared ignoring case, spacing, accents and punctuation; a header that is
    a known name wins over one that merely contains a field's word; each column serves one
    field, and the leftmost column wins a tie."""
    return _match(headers, {}, set())


def _match(
    headers: Sequence[str], fixed: Mapping[str, int | None], used: set[int]
) -> dict[str, int | None]:
    normal = [normalize_header(h) for h in headers]
    found: dict[str, int | None] = dict(fixed)
    taken = set(used)
    for name in FIELDS:  # whole-header synonyms first
        if name in found:
            continue
        for i, header in enumerate(normal):
            if i not in taken and header in SYNONYMS[name]:
                found[name] = i
                taken.add(i)
                break
    for i, header in enumerate(normal):  # then a field's word inside a longer header
        if i in taken or not header:
            continue
        words = set(header.split())
        for name, keys in KEYWORDS:
            if name not in found and words & keys:
                found[name] = i
                taken.add(i)
                break
    return {name: found.get(name) for name in FIELDS}


# -- values ----------------------------------------------------------------------------------

_SCALE = {
    "k": 3,
    "thousand": 3,
    "m": 6,
    "mm": 6,
    "mn": 6,
    "million": 6,
    "b": 9,
    "bn": 9,
    "billion": 9,
}
_CURRENCY = re.compile(r"(?i)(us\$|usd|dollars?|eur|€|£|\$)")
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f']+")
_COST = re.compile(
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+)"
    r"(?P<scale>[a-z]+)?",
    re.IGNORECASE,
)


class CostError(ValueError):
    """A cost that cannot be read; the message is a sentence for the user."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))


def _not_a_cost(raw: str) -> CostError:
    return CostError(
        _(
            "“{text}” is not a cost; write a number such as 1250000, $1,250,000, 1 250 000, "
            "250k or 1.2M",
            text=raw,
        )
    )


def parse_cost(text: str) -> float | None:
    """A cost as written in a spreadsheet: "$1,250,000", "1.2M", "250k", "1 250 000",
    "1250000" (None for an empty cell). Raises CostError for anything else or below zero."""
    raw = str(text).strip()
    if not raw:
        return None
    body = _SPACES.sub("", _CURRENCY.sub("", raw))
    negative = False
    if body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1]
    if body[:1] in ("-", "\u2212"):
        negative, body = True, body[1:]
    elif body[:1] == "+":
        body = body[1:]
    body = _CURRENCY.sub("", body)
    match = _COST.fullmatch(body)
    scale = (match.group("scale") or "").casefold() if match else ""
    if match is None or (scale and scale not in _SCALE):
        raise _not_a_cost(raw)
    try:
        value = Decimal(match.group("number").replace(",", "")).scaleb(_SCALE.get(scale, 0))
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only numbers
        raise _not_a_cost(raw) from exc
    if not value.is_finite() or value > Decimal("1e15"):
        raise CostError(_("“{text}” is too large for a cost", text=raw))
    if negative and value != 0:
        raise CostError(_("the cost “{text}” is negative; costs are zero or more", text=raw))
    return float(value)


def uncalculated(name: str) -> Message:
    """A cell of the field that holds a formula never calculated."""
    return _(
        "the {field} is a formula that was never calculated, so the file holds no value for "
        "it; open the file in Excel or LibreOffice and save it, or paste values",
        field=field_name(name),
    )


def short_title(title: str) -> str:
    """A title cut to MAX_TITLE_CHARS after a whole word where it can be, with an ellipsis."""
    cut = title[: MAX_TITLE_CHARS - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > MAX_TITLE_CHARS // 2 else cut).rstrip(" ,;:—-") + "…"


def _with_title(long_title: str, summary: str) -> str:
    """The summary with a cut title's whole text in front of it (nothing lost)."""
    if not long_title:
        return summary
    return f"{long_title}\n\n{summary}" if summary else long_title


def _clean(text: str) -> str:
    return clean_line(text)


class _Vocabulary:
    """A workshop's domains or categories, and what the file's unknown values become."""

    def __init__(
        self,
        what: str,
        names: Sequence[str],
        choices: Mapping[str, str | None],
        *,
        strict: bool,
        column: str | None,
    ) -> None:
        self.what = what
        self.existing = {name_key(n): n for n in names}
        self.choices = {name_key(k): v for k, v in choices.items()}
        self.strict = strict
        self.column = column
        self.unknown: dict[str, str] = {}  # key → first spelling
        self.new: dict[str, str] = {}
        self.bad_choices: set[str] = set()

    def resolve(self, text: str, row: int, problems: list[Problem]) -> str | None:
        value = _clean(text)
        if not value:
            return None
        key = name_key(value)
        known = self.existing.get(key)
        if known is not None:
            return known
        self.unknown.setdefault(key, value)
        target = self.choices.get(key)
        if target is not None:
            existing = self.existing.get(name_key(target))
            if existing is not None:
                return existing
            if key not in self.bad_choices:
                self.bad_choices.add(key)
                problems.append(Problem(None, self.column, self._no_target(value, target)))
            return None
        if self.strict:
            problems.append(Problem(row, self.column, self._unknown(value)))
            return None
        return self.new.setdefault(key, value)

    def _no_target(self, value: str, target: str) -> Message:
        if self.what == "domain":
            return _(
                "“{value}” is to become the domain “{target}”, which this workshop does not have",
                value=value,
                target=target,
            )
        return _(
            "“{value}” is to become the category “{target}”, which this workshop does not have",
            value=value,
            target=target,
        )

    def _unknown(self, value: str) -> Message:
        have = ", ".join(self.existing.values())
        if self.what == "domain":
            if not have:
                return _("no domain “{value}” in this workshop (it has none)", value=value)
            return _(
                "no domain “{value}” in this workshop (it has: {have})", value=value, have=have
            )
        if not have:
            return _("no category “{value}” in this workshop (it has none)", value=value)
        return _("no category “{value}” in this workshop (it has: {have})", value=value, have=have)


# -- the plan --------------------------------------------------------------------------------


def _mapping(
    headers: Sequence[str], choices: Choices, problems: list[Problem]
) -> dict[str, int | None]:
    unknown = set(choices.mapping) - set(FIELDS)
    if unknown:
        raise ValueError(f"not fields, so not mapped: {', '.join(sorted(unknown))}")
    fixed: dict[str, int | None] = {}
    owner: dict[int, str] = {}
    for name in FIELDS:
        if name not in choices.mapping:
            continue
        index = choices.mapping[name]
        if index is None:
            fixed[name] = None
            continue
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(headers):
            problems.append(
                Problem(
                    1,
                    None,
                    _(
                        "the {field} is mapped to column {index}, which the sheet lacks",
                        field=field_name(name),
                        index=repr(index),
                    ),
                )
            )
            fixed[name] = None
            continue
        if index in owner:
            problems.append(
                Problem(
                    1,
                    headers[index] or None,
                    _(
                        "is mapped to both {first} and {second}; a column serves one field",
                        first=field_name(owner[index]),
                        second=field_name(name),
                    ),
                )
            )
            fixed[name] = None
            continue
        owner[index] = name
        fixed[name] = index
    return _match(headers, fixed, set(owner))


def plan_import(
    sheet: Sheet, info: WorkshopInfo, existing: Sequence[ProposalView], choices: Choices
) -> Plan:
    """The plan for importing the sheet into the workshop under the user's choices.

    existing: the workshop's proposals to check titles against (the command line passes the
    board's and the archived ones). Nothing is written; the plan's problems say why the
    import cannot go ahead, each with its row and column."""
    if choices.on_duplicate not in ON_DUPLICATE:
        raise ValueError(f"on_duplicate is skip, update or keep (got {choices.on_duplicate!r})")
    problems: list[Problem] = []
    headers = tuple(sheet.headers)
    mapping = _mapping(headers, choices, problems)

    def header(name: str) -> str | None:
        index = mapping[name]
        return None if index is None else (headers[index] or column_letter(index))

    if mapping["title"] is None:
        problems.append(
            Problem(1, None, _("no title column; name one of: {names}", names=TITLE_NAMES))
        )
    if not sheet.rows:
        problems.append(Problem(None, None, _("has a header but no proposals under it")))

    domains = _Vocabulary(
        "domain",
        [d.name for d in info.domains],
        choices.domains,
        strict=choices.strict,
        column=header("domain"),
    )
    categories = _Vocabulary(
        "category",
        [c.name for c in info.categories],
        choices.categories,
        strict=choices.strict,
        column=header("category"),
    )
    lanes = {name_key(lane.name): lane.name for lane in info.lanes}
    default_lane = next((x.name for x in info.lanes if x.kind == "inbox"), None)
    if default_lane is None and info.lanes:
        default_lane = info.lanes[0].name
    lane_list = ", ".join(x.name for x in info.lanes)

    domain_names = {d.id: d.name for d in info.domains}
    category_names = {c.id: c.name for c in info.categories}
    # A title's owner: prefer a card on the board to an archived one, then the oldest.
    owners: dict[str, ProposalView] = {}
    for p in sorted(existing, key=lambda v: (v.archived, v.id)):
        owners.setdefault(name_key(p.title), p)

    at = {name: mapping[name] for name in FIELDS}
    added: list[tuple[int, ProposalSpec]] = []
    added_at: dict[str, int] = {}  # title key → index in `added`
    updates: dict[int, dict[str, object]] = {}
    updated_rows: dict[int, int] = {}
    updating: dict[int, int] = {}  # existing id → index in `duplicates` of its last update
    duplicates: list[Duplicate] = []
    shortened: list[int] = []
    on_duplicate = choices.on_duplicate

    def cell(values: Sequence[str], name: str) -> str:
        index = at[name]
        if index is None or index >= len(values):
            return ""
        return values[index]

    for row, values in zip(sheet.row_numbers, sheet.rows, strict=True):
        for name in FIELDS:
            index = at[name]
            if index is not None and (row, index) in sheet.uncalculated:
                problems.append(Problem(row, header(name), uncalculated(name)))
        title = _clean(cell(values, "title"))
        long_title = ""
        if at["title"] is not None and not title:
            if (row, at["title"]) not in sheet.uncalculated:
                problems.append(Problem(row, header("title"), _("the title is empty")))
        elif len(title) > MAX_TITLE_CHARS and choices.long_titles == "summary":
            long_title, title = title, short_title(title)
            shortened.append(row)
        elif len(title) > MAX_TITLE_CHARS:
            problems.append(
                Problem(
                    row,
                    header("title"),
                    _(
                        "the title has {length} characters; a title is at most {most}: "
                        "shorten it and put the rest in the summary, or let the import do "
                        "that (the command line's --long-titles summary)",
                        length=Num(len(title)),
                        most=MAX_TITLE_CHARS,
                    ),
                )
            )
            title = ""
        cost: float | None = None
        try:
            cost = parse_cost(cell(values, "cost"))
        except CostError as exc:
            problems.append(Problem(row, header("cost"), str(exc)))
        lane_text = _clean(cell(values, "lane"))
        lane = default_lane
        if lane_text:
            lane = lanes.get(name_key(lane_text))
            if lane is None:
                problems.append(
                    Problem(
                        row,
                        header("lane"),
                        _(
                            "no lane “{lane}” in this workshop (it has: {lanes})",
                            lane=lane_text,
                            lanes=lane_list,
                        ),
                    )
                )
        domain = domains.resolve(cell(values, "domain"), row, problems)
        category = categories.resolve(cell(values, "category"), row, problems)
        if not title:
            continue
        spec = ProposalSpec(
            title=title,
            summary=_with_title(long_title, clean_text(cell(values, "summary"))),
            department=_clean(cell(values, "department")),
            domain=domain,
            category=category,
            cost=cost,
            timeframe=clean_line(cell(values, "timeframe")),
            lane=lane,
        )
        key = name_key(title)
        owner = owners.get(key)
        if owner is not None:
            action = {"skip": "skipped", "update": "updated", "keep": "kept"}[on_duplicate]
            earlier_row = None
            if on_duplicate == "keep":
                added.append((row, spec))
            elif on_duplicate == "update":
                if owner.id in updating:  # a later row's values replace an earlier row's
                    earlier = updating[owner.id]
                    earlier_row = duplicates[earlier].row
                    duplicates[earlier] = replace(duplicates[earlier], action="replaced")
                updates[owner.id] = {
                    name: getattr(spec, name) for name in UPDATE_FIELDS if at[name] is not None
                }
                updated_rows[owner.id] = row
                updating[owner.id] = len(duplicates)
            duplicates.append(Duplicate(row, title, owner.id, earlier_row, action, owner.archived))
            continue
        if key in added_at:
            earlier_row, _spec = added[added_at[key]]
            if on_duplicate == "keep":
                duplicates.append(Duplicate(row, title, None, earlier_row, "kept"))
                added.append((row, spec))
            elif on_duplicate == "update":
                duplicates.append(Duplicate(row, title, None, earlier_row, "updated"))
                added[added_at[key]] = (earlier_row, spec)
            else:
                duplicates.append(Duplicate(row, title, None, earlier_row, "skipped"))
            continue
        added_at[key] = len(added)
        added.append((row, spec))

    # Only what changes goes into an update; an update that changes nothing is "unchanged".
    by_id = {p.id: p for p in existing}
    update: list[tuple[int, Mapping[str, object]]] = []
    for proposal_id, fields in updates.items():
        current = by_id[proposal_id]
        now: dict[str, object] = {
            "title": current.title,
            "summary": current.summary,
            "department": current.department,
            "domain": None if current.domain_id is None else domain_names.get(current.domain_id),
            "category": None
            if current.category_id is None
            else category_names.get(current.category_id),
            "cost": current.cost,
            "timeframe": current.timeframe,
        }
        changed = {k: v for k, v in fields.items() if v != now[k]}
        if changed:
            update.append((proposal_id, changed))
        else:
            last = updating[proposal_id]
            duplicates[last] = replace(duplicates[last], action="unchanged")

    used = {i for i in mapping.values() if i is not None}
    return Plan(
        source=sheet.source,
        mapping=mapping,
        add=tuple(added),
        update=tuple(update),
        new_domains=tuple(domains.new.values()),
        new_categories=tuple(categories.new.values()),
        unknown_domains=tuple(domains.unknown.values()),
        unknown_categories=tuple(categories.unknown.values()),
        duplicates=tuple(duplicates),
        shortened=tuple(shortened),
        problems=tuple(problems),
        headers=headers,
        ignored_columns=tuple(h for i, h in enumerate(headers) if i not in used and h),
        updated_rows=updated_rows,
    )
