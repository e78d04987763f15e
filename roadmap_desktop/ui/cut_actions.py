"""Results ▸ "Apply to board": the cut line's proposals go to the top of the Roadmap lane in
rank order, and the store records which round and rule the cut came from (for the packet's
"does the roadmap equal the cut?"), as one change and one undoable step."""

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from roadmap_desktop.services import Change, Problem, Services
from roadmap_desktop.services.views import CutLineView
from roadmap_desktop.ui.board.board_widget import BoardWidget
from roadmap_desktop.ui.commands import MoveCardsCommand, Report, count_of, record


def cut_text(line: CutLineView, lane: str) -> str:
    """What the history calls an applied cut line: "Apply round 1's top 21 to Roadmap",
    "Apply round 2's category quotas (18 proposals) to Roadmap"."""
    translate = QCoreApplication.translate
    if line.rule == "top":
        return translate("cut_actions", "Apply round {number}'s top {count} to {lane}").format(
            number=line.round.number, count=len(line.selected), lane=lane
        )
    return translate(
        "cut_actions", "Apply round {number}'s category quotas ({proposals}) to {lane}"
    ).format(number=line.round.number, proposals=count_of(len(line.selected)), lane=lane)


class ApplyCutCommand(MoveCardsCommand):
    """An applied cut line: a move of cards that also carries the cut record. Undo puts every
    card back where it was and the cut record back to what it was (none, or an earlier cut);
    redo applies it again. landed(change) hears where the cards went (the board selects
    them)."""

    def __init__(
        self,
        services: Services,
        done: Change,
        text: str,
        report: Report,
        landed: Callable[[Change], None] | None = None,
    ) -> None:
        super().__init__(services, done, text, report, landed)
        cut = done.detail["cut"]
        self._old_cut: Mapping[str, Any] | None = cut["old"]
        self._new_cut: Mapping[str, Any] | None = cut["new"]

    def again(self) -> Change:
        done = self.services.place_cut_line(self._after, self._new_cut, expect=self._before)
        self._after = list(done.detail["to"])  # the keys the cards hold now
        return self._tell(done)

    def back(self) -> Change:
        done = self.services.place_cut_line(self._before, self._old_cut, expect=self._after)
        self._before = list(done.detail["to"])
        return self._tell(done)


def apply_cut_line(
    services: Services,
    board: BoardWidget,
    undo_stack: QUndoStack,
    line: CutLineView,
    report: Report,
) -> Change | None:
    """Applies the cut line through the service, records the undoable step, selects the
    moved cards and says what happened through report; None (with the reason reported) when
    the store refuses."""
    lanes = {v.lane_model.lane.id: v.lane_model.lane.name for v in board.views}
    lane = lanes.get(line.roadmap_lane_id or -1) or QCoreApplication.translate(
        "cut_actions", "Roadmap"
    )
    try:
        done = services.apply_cut_line(line)
    except Problem as exc:
        report(
            QCoreApplication.translate(
                "cut_actions", "The cut line was not applied: {problem}"
            ).format(problem=exc)
        )
        return None
    command = ApplyCutCommand(
        services, done, cut_text(line, lane), report, landed=board.select_landed
    )
    record(undo_stack, command)
    board.select_landed(done)
    report(
        QCoreApplication.translate(
            "cut_actions",
            "Moved {proposals} into {lane}: round {number}'s cut line is recorded for the packet.",
        ).format(proposals=count_of(len(line.selected)), lane=lane, number=line.round.number)
    )
    return done
