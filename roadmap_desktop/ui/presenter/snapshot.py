"""What the presenter shows of a workshop, read once per change: the board, the rounds, how
far the directors have got (counts, never values), the latest revealed round's ranking,
cut line and most divided proposals, and the notes written on the proposals."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from roadmap_desktop.services import Problem, Services
from roadmap_desktop.services.notes import NoteView
from roadmap_desktop.services.progress import RoundTally, tally
from roadmap_desktop.services.views import (
    BoardView,
    CutLineView,
    ProposalView,
    ResultRow,
    Results,
    RoundView,
    WorkshopInfo,
)
from roadmap_desktop.ui.presenter.counts import counts

DIVIDED = 3  # the most divided proposals the reveal ends with, one at a time


@dataclass(frozen=True)
class Snapshot:
    info: WorkshopInfo
    board: BoardView
    open_round: RoundView | None
    tally: RoundTally  # how far the open round's directors have got (empty: none open)
    results: Results | None  # the latest revealed round
    above_cut: frozenset[int]  # proposals the roadmap's quotas (or its limit) would take
    cut_after: int | None  # with a top-N line: how many rows are above it
    divided: tuple[ResultRow, ...]
    # Each proposal's notes from the discussion, oldest first (a proposal without: absent).
    notes: Mapping[int, Sequence[NoteView]] = field(default_factory=dict)

    @property
    def cards(self) -> list[ProposalView]:
        """Every card in board order (lanes left to right, each top to bottom)."""
        return [c for lane in self.board.lanes for c in self.board.cards.get(lane.id, ())]

    def round_line(self) -> str:
        """Which round is where: "Round 2 open · 11 of 14 directors done"."""
        translate = QCoreApplication.translate
        rounds = self.info.rounds
        if self.open_round is not None:
            r = self.open_round
            parts = [translate("presenter_snapshot", "Round {number} open").format(number=r.number)]
            if self.tally.voters:
                parts.append(counts().directors_done(self.tally.done, self.tally.voters))
            return " · ".join(parts)
        if not rounds:
            return translate("presenter_snapshot", "No round yet")
        last = rounds[-1]
        if last.revealed:
            return translate("presenter_snapshot", "Round {number} revealed").format(
                number=last.number
            )
        return translate("presenter_snapshot", "Round {number} closed").format(number=last.number)


def read_snapshot(services: Services, workshop_id: int) -> Snapshot:
    info = services.workshop(workshop_id)
    board = services.board(workshop_id)
    open_round = next((r for r in info.rounds if r.status == "open"), None)
    counted = RoundTally()
    if open_round is not None:
        counted = tally(services.voter_progress(open_round.id))
    results: Results | None = None
    above: frozenset[int] = frozenset()
    cut_after: int | None = None
    divided: tuple[ResultRow, ...] = ()
    if any(r.revealed for r in info.rounds):
        results = services.results(workshop_id)
        roadmap = next((lane for lane in info.lanes if lane.kind == "roadmap"), None)
        quotas = any(c.quota is not None for c in info.categories)
        line: CutLineView | None = None
        try:
            if quotas:
                line = services.cut_line(workshop_id, by_quota=True)
            else:
                top = roadmap.limit if roadmap is not None and roadmap.limit else None
                line = services.cut_line(workshop_id, top=top) if top is not None else None
        except Problem:
            line = None
        if line is not None:
            above = frozenset(line.selected)
            if line.rule == "top":
                cut_after = len(line.selected)
        divided = tuple(r for r in services.most_divided(workshop_id, k=DIVIDED) if r.discuss)
    notes = services.notes(workshop_id)
    return Snapshot(
        info, board, open_round, counted, results, above, cut_after, divided, notes=notes
    )
