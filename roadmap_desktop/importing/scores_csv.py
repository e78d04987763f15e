"""Scores from paper ballots: a CSV of participant, proposal, criterion, score.

Participants and proposals are named by name or id, criteria by name or id. The whole file is
checked first; any problem refuses it whole, one line per problem.
"""

import re
from pathlib import Path

from roadmap_desktop.domain.rules import clean_line, name_key
from roadmap_desktop.importing.csv_text import Records, read_utf8, sniff_dialect
from roadmap_desktop.importing.limits import MAX_SCORE_ROWS
from roadmap_desktop.importing.problems import ImportRejected, Problem
from roadmap_desktop.services import ScoreEntry
from roadmap_desktop.services.views import CriterionView, ProposalView, WorkshopInfo
from roadmap_desktop.words import Message, Num, _, n_

COLUMNS = ("participant", "proposal", "criterion", "score")
_WHOLE = re.compile(r"[+-]?\d+")


def _empty(what: str) -> Message:
    return {
        "participant": _("the participant is empty"),
        "proposal": _("the proposal is empty"),
        "criterion": _("the criterion is empty"),
    }[what]


def _many(what: str, count: int, name: str) -> Message:
    if what == "participant":
        return n_(
            "{n} participant is called “{name}”; use the id instead",
            "{n} participants are called “{name}”; use the id instead",
            count,
            n=Num(count),
            name=name,
        )
    if what == "proposal":
        return n_(
            "{n} proposal is called “{name}”; use the id instead",
            "{n} proposals are called “{name}”; use the id instead",
            count,
            n=Num(count),
            name=name,
        )
    return n_(
        "{n} criterion is called “{name}”; use the id instead",
        "{n} criteria are called “{name}”; use the id instead",
        count,
        n=Num(count),
        name=name,
    )


def _unknown(what: str, name: str) -> Message:
    return {
        "participant": _("no participant “{name}” in this workshop", name=name),
        "proposal": _("no proposal “{name}” in this workshop", name=name),
        "criterion": _("no criterion “{name}” in this workshop", name=name),
    }[what]


class _Names:
    """Finds one thing by name (ignoring case and spacing) or, failing that, by id."""

    def __init__(self, what: str, items: list[tuple[int, str]]) -> None:
        self.what = what  # participant, proposal or criterion
        self.by_id = {i: name for i, name in items}
        self.by_name: dict[str, list[int]] = {}
        for i, name in items:
            self.by_name.setdefault(name_key(name), []).append(i)

    def find(self, text: str) -> tuple[int | None, Message | None]:
        """(id, None) when found, else (None, the problem)."""
        key = name_key(text)
        text = clean_line(text)  # as echoed in a message: no control characters
        if not key:
            return None, _empty(self.what)
        matches = self.by_name.get(key, [])
        if len(matches) == 1:
            return matches[0], None
        if len(matches) > 1:
            return None, _many(self.what, len(matches), text)
        if key.isdigit() and int(key) in self.by_id:
            return int(key), None
        return None, _unknown(self.what, text)


def read_scores_csv(
    path: Path, info: WorkshopInfo, proposals: list[ProposalView]
) -> list[ScoreEntry]:
    """The file's scores resolved to ids, or ImportRejected listing every problem."""
    text = read_utf8(path)
    reader = iter(Records(path, text, sniff_dialect(text)))
    first = next(reader, None)
    if first is None:
        raise ImportRejected(
            path,
            [
                Problem(
                    None,
                    None,
                    _("is empty; expected a header row: {columns}", columns=", ".join(COLUMNS)),
                )
            ],
        )
    columns = [clean_line(h).casefold() for h in first[1]]
    problems = [
        Problem(1, name, _("unknown column; expected {columns}", columns=", ".join(COLUMNS)))
        for name in columns
        if name not in COLUMNS
    ]
    problems += [Problem(1, name, _("missing column")) for name in COLUMNS if name not in columns]
    problems += [
        Problem(1, name, _("appears twice")) for name in COLUMNS if columns.count(name) > 1
    ]
    if problems:
        raise ImportRejected(path, problems)
    at = {name: columns.index(name) for name in COLUMNS}

    voters = {p.id: p for p in info.participants}
    people = _Names("participant", [(p.id, p.name) for p in info.participants])
    items = _Names("proposal", [(p.id, p.title) for p in proposals])
    criteria = {c.id: c for c in info.criteria}
    questions = _Names("criterion", [(c.id, c.name) for c in info.criteria])

    entries: list[ScoreEntry] = []
    seen: dict[tuple[int, int, int], int] = {}
    for row_number, record in reader:
        if not any(cell.strip() for cell in record):
            continue
        if row_number > MAX_SCORE_ROWS + 1:
            problems.append(
                Problem(
                    row_number,
                    None,
                    _(
                        "is one row too many: a scores file holds at most {most} scores; "
                        "split it into smaller files",
                        most=Num(MAX_SCORE_ROWS),
                    ),
                )
            )
            break
        if len(record) != len(columns):
            problems.append(
                Problem(
                    row_number,
                    None,
                    n_(
                        "has {n} field, expected {expected}",
                        "has {n} fields, expected {expected}",
                        len(record),
                        n=Num(len(record)),
                        expected=len(columns),
                    ),
                )
            )
            continue
        found: dict[str, int] = {}
        for column, names in (
            ("participant", people),
            ("proposal", items),
            ("criterion", questions),
        ):
            ident, problem = names.find(record[at[column]])
            if problem:
                problems.append(Problem(row_number, column, problem))
            elif ident is not None:  # find gives an id whenever it gives no problem
                found[column] = ident
        person = voters.get(found.get("participant", -1))
        if person is not None and person.role == "observer":
            problems.append(
                Problem(
                    row_number,
                    "participant",
                    _("{name} is an observer; observers do not score", name=person.name),
                )
            )
            continue
        raw = clean_line(record[at["score"]])
        criterion = criteria.get(found.get("criterion", -1))
        if not _WHOLE.fullmatch(raw):
            problems.append(Problem(row_number, "score", _not_whole(raw, criterion)))
            continue
        value = int(raw)
        if criterion is not None and not criterion.scale_min <= value <= criterion.scale_max:
            problems.append(
                Problem(
                    row_number,
                    "score",
                    _(
                        "{value} is outside {criterion}'s scale {low}–{high}",
                        value=value,
                        criterion=criterion.name,
                        low=criterion.scale_min,
                        high=criterion.scale_max,
                    ),
                )
            )
            continue
        if len(found) < 3:
            continue
        key = (found["participant"], found["proposal"], found["criterion"])
        if key in seen:
            problems.append(
                Problem(
                    row_number,
                    None,
                    _(
                        "duplicates row {row} (same participant, proposal and criterion)",
                        row=seen[key],
                    ),
                )
            )
            continue
        seen[key] = row_number
        entries.append(ScoreEntry(key[0], key[1], key[2], value))
    if problems:
        raise ImportRejected(path, problems)
    if not entries:
        raise ImportRejected(path, [Problem(None, None, _("has a header but no scores"))])
    return entries


def _not_whole(raw: str, criterion: "CriterionView | None") -> Message:
    """An empty or unreadable score, with the criterion's scale when the row names one."""
    if criterion is None:
        if not raw:
            return _("is empty; expected a whole number")
        return _("“{text}” is not a whole number; expected a whole number", text=raw)
    scale = {"low": criterion.scale_min, "high": criterion.scale_max}
    if not raw:
        return _("is empty; expected a whole number from {low} to {high}", **scale)
    return _(
        "“{text}” is not a whole number; expected a whole number from {low} to {high}",
        text=raw,
        **scale,
    )
