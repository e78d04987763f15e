"""The results CSV (rank, proposal, …, one mean per criterion) and the raw scores CSV.

Both are machine-readable: other tools (and our own import of paper ballots) read them, so
their column headers and yes/no cells stay English and stable whatever the app's language.
Only the data (titles, names, the criteria's names as columns) is as the workshop wrote it.
The workbook (results_xlsx) is the one a person reads in their language.
"""

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path

from roadmap_desktop.export.tabular import number, write_csv
from roadmap_desktop.services.views import Results, ScoreRecord

RESULT_COLUMNS = (
    "rank",
    "proposal",
    "domain",
    "category",
    "lane",
    "score",
    "n",
    "spread",
    "discuss",
)
SCORE_COLUMNS = ("round", "participant", "proposal", "criterion", "score", "counted")


BUDGET_COLUMNS = ("cost", "funded")


def write_results_csv(
    results: Results,
    path: Path,
    *,
    funded: tuple[Mapping[int, float | None], AbstractSet[int]] | None = None,
) -> int:
    """The ranking; with funded (each proposal's cost, and the proposals the best roadmap
    under a budget funds), also the cost and funded (yes/no) columns."""
    header = [*RESULT_COLUMNS, *(c.name for c in results.criteria)]
    if funded is not None:
        header += BUDGET_COLUMNS
    costs, chosen = funded if funded is not None else ({}, frozenset())
    rows = (
        [
            "" if r.rank is None else r.rank,
            r.title,
            r.domain,
            r.category,
            r.lane,
            number(r.score),
            r.n,
            number(r.spread),
            "yes" if r.discuss else "no",
            *(number(m) for m in r.criterion_means),
            *(
                (number(costs.get(r.proposal_id)), "yes" if r.proposal_id in chosen else "no")
                if funded is not None
                else ()
            ),
        ]
        for r in results.rows
    )
    return write_csv(path, header, rows)


def write_scores_csv(record: Sequence[ScoreRecord], path: Path) -> int:
    rows = (
        [s.round, s.participant, s.proposal, s.criterion, s.score, "yes" if s.counted else "no"]
        for s in record
    )
    return write_csv(path, SCORE_COLUMNS, rows)
