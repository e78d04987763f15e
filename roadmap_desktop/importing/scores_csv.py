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
from roadmap_desktop.services.views import ProposalView, WorkshopInfo

COLUMNS = ("participant", "proposal", "criterion", "score")
_WHOLE = re.compile(r"[+-]?\d+")


class _Names:
    """Finds one thing by name (ignoring case and spacing) or, failing that, by id."""

    def __init__(self, what: str, items: list[tuple[int, str]]) -> None:
        self.what = what
        self.by_id = {i: name for i, name in items}
        self.by_name: dict[str, list[int]] = {}
        for i, name in items:
            self.by_name.setdefault(name_key(name), []).append(i)

    def find(self, text: str) -> tuple[int | None, str | None]:
        """(id, None) when found, else (None, the problem)."""
        key = name_key(text)
        text = clean_line(text)  # as echoed in a message: no control characters
        if not key:
            return None, f"the {self.what} is empty"
        matches = self.by_name.get(key, [])
        if len(matches) == 1:
            return matches[0], None
        if len(matches) > 1:
            return None, f"{len(matches)} {self.what}s are called “{text}”; use the id instead"
        if key.isdigit() and int(key) in self.by_id:
            return int(key), None
        return None, f"no {self.what} “{text}” in this workshop"


def read_scores_csv(
    path: Path, info: WorkshopInfo, proposals: list[ProposalView]
) -> list[ScoreEntry]:
    """The file's scores resolved to ids, or ImportRejected listing every problem."""
    text = read_utf8(path)
    reader = iter(Records(path, text, sniff_dialect(text)))
    first = next(reader, None)
    if first is None:
        raise ImportRejected(
            path, [Problem(None, None, "is empty; expected a header row: " + ", ".join(COLUMNS))]
        )
    columns = [clean_line(h).casefold() for h in first[1]]
    problems = [
        Problem(1, name, f"unknown column; expected {', '.join(COLUMNS)}")
        for name in columns
        if name not in COLUMNS
    ]
    problems += [Problem(1, name, "missing column") for name in COLUMNS if name not in columns]
    problems += [Problem(1, name, "appears twice") for name in COLUMNS if columns.count(name) > 1]
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
                    f"is one row too many: a scores file holds at most {MAX_SCORE_ROWS:,} "
                    "scores; split it into smaller files",
                )
            )
            break
        if len(record) != len(columns):
            problems.append(
                Problem(row_number, None, f"has {len(record)} fields, expected {len(columns)}")
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
                    f"{person.name} is an observer; observers do not score",
                )
            )
            continue
        raw = clean_line(record[at["score"]])
        criterion = criteria.get(found.get("criterion", -1))
        if not _WHOLE.fullmatch(raw):
            scale = f" from {criterion.scale_min} to {criterion.scale_max}" if criterion else ""
            what = "is empty" if not raw else f"“{raw}” is not a whole number"
            problems.append(Problem(row_number, "score", f"{what}; expected a whole number{scale}"))
            continue
        value = int(raw)
        if criterion is not None and not criterion.scale_min <= value <= criterion.scale_max:
            problems.append(
                Problem(
                    row_number,
                    "score",
                    f"{value} is outside {criterion.name}'s scale "
                    f"{criterion.scale_min}–{criterion.scale_max}",
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
                    f"duplicates row {seen[key]} (same participant, proposal and criterion)",
                )
            )
            continue
        seen[key] = row_number
        entries.append(ScoreEntry(key[0], key[1], key[2], value))
    if problems:
        raise ImportRejected(path, problems)
    if not entries:
        raise ImportRejected(path, [Problem(None, None, "has a header but no scores")])
    return entries
