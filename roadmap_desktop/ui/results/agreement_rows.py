"""What the Results tab's agreement page and cut row show of a ranking: the most divided
proposals and how each is said, and the row's separator (kept out of results_panel.py, which
is full)."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFrame

from roadmap_desktop.domain import agreement
from roadmap_desktop.services.views import ResultRow
from roadmap_desktop.ui.results.ranking_model import scores_of

DIVIDED_COUNT = 5


def most_divided(rows: Sequence[ResultRow], count: int = DIVIDED_COUNT) -> list[ResultRow]:
    """The proposals the room disagrees on most (domain.agreement.most_divided on the rows
    shown): largest spread first, ties in rank order, two or more scores, never a spread
    of zero."""
    by_id = {r.proposal_id: r for r in rows}
    return [by_id[p.proposal] for p in agreement.most_divided(scores_of(rows), count)]


def divided_text(row: ResultRow) -> str:
    spread = QLocale().toString(float(row.spread or 0.0), "f", 2)
    if row.discuss:
        text = QCoreApplication.translate("results_panel", "{title} — spread {spread} — discuss")
    else:
        text = QCoreApplication.translate("results_panel", "{title} — spread {spread}")
    return text.format(title=row.title, spread=spread)


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
