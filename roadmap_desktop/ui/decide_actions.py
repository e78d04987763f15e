"""The window's undoable steps from the Results tab's What-if, Budget and tie views: adopting
what-if weights (a change of the workshop's criteria, undone as Workshop ▸ Settings is),
setting the budget, moving a budget plan's proposals onto the Roadmap lane, settling a tie
(by hand or by a runoff) and opening a runoff round."""

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from roadmap_desktop.services import Change, Problem, Services
from roadmap_desktop.ui.board.board_widget import BoardWidget
from roadmap_desktop.ui.commands import (
    ConfigureCommand,
    MoveCardsCommand,
    Report,
    ServiceCommand,
    count_of,
    record,
)


def _translate(text: str) -> str:
    return QCoreApplication.translate("decide_actions", text)


class BudgetCommand(ServiceCommand):
    """The workshop's budget set; undo puts the old amount back unless someone has set
    another since."""

    def __init__(self, services: Services, done: Change, text: str, report: Report) -> None:
        super().__init__(services, text, report)
        assert done.workshop_id is not None
        self._workshop = done.workshop_id
        self._old = done.detail["old"]
        self._new = done.detail["new"]

    def again(self) -> Change:
        return self.services.set_budget(self._workshop, self._new, expect=self._old)

    def back(self) -> Change:
        return self.services.set_budget(self._workshop, self._old, expect=self._new)


def adopt_weights(
    services: Services,
    undo_stack: QUndoStack,
    workshop_id: int,
    weights: Mapping[int, float],
    report: Report,
) -> Change | None:
    """Makes the what-if weights the workshop's own: one undoable change of its criteria."""
    try:
        criteria = services.configuration(workshop_id, ("criteria",))["criteria"]
        rows = [{**c, "weight": float(weights.get(c["id"], c["weight"]))} for c in criteria]
        done = services.configure_workshop(workshop_id, criteria=rows)
    except Problem as exc:
        report(_translate("The weights were not adopted: {problem}").format(problem=exc))
        return None
    text = _translate("Adopt the what-if weights")
    record(undo_stack, ConfigureCommand(services, done, text, report))
    report(_translate("The workshop's criteria now have the what-if weights."))
    return done


def set_budget(
    services: Services, undo_stack: QUndoStack, workshop_id: int, amount: float, report: Report
) -> Change | None:
    """Sets the workshop's budget as one undoable step."""
    try:
        done = services.set_budget(workshop_id, amount)
    except Problem as exc:
        report(_translate("The budget was not set: {problem}").format(problem=exc))
        return None
    record(undo_stack, BudgetCommand(services, done, _translate("Set the budget"), report))
    return done


def apply_plan(
    services: Services,
    board: BoardWidget,
    undo_stack: QUndoStack,
    proposals: Sequence[int],
    report: Report,
) -> Change | None:
    """Moves a budget plan's proposals to the top of the Roadmap lane, in rank order, as one
    undoable move. (A plan is not recorded as a cut line: the packet's cut-line record
    covers the top-N and quota rules.)"""
    lane = next(
        (v.lane_model.lane for v in board.views if v.lane_model.lane.kind == "roadmap"), None
    )
    if lane is None:
        report(_translate("This workshop has no Roadmap lane to apply the plan to."))
        return None
    try:
        done = services.move_proposals(list(proposals), lane.id, 0)
    except Problem as exc:
        report(_translate("The plan was not applied: {problem}").format(problem=exc))
        return None
    text = _translate("Apply the budget plan ({proposals}) to {lane}").format(
        proposals=count_of(len(proposals)), lane=lane.name
    )
    record(undo_stack, MoveCardsCommand(services, done, text, report, board.select_landed))
    board.select_landed(done)
    report(
        _translate("Moved {proposals} into {lane}.").format(
            proposals=count_of(len(proposals)), lane=lane.name
        )
    )
    return done


class TieCommand(ServiceCommand):
    """A tie settled; undo puts the round's earlier order of those proposals back (none, or
    an earlier settlement) unless someone has settled it again since."""

    def __init__(self, services: Services, done: Change, text: str, report: Report) -> None:
        super().__init__(services, text, report)
        assert done.workshop_id is not None
        self._workshop = done.workshop_id
        self._round = int(done.detail["round"])
        self._proposals = list(done.detail["proposals"])
        self._old = list(done.detail["old"])
        self._new = list(done.detail["new"])

    def _place(self, rows: list[Any], expect: list[Any]) -> Change:
        return self.services.place_tie_order(
            self._workshop, self._round, self._proposals, rows, expect=expect
        )

    def again(self) -> Change:
        return self._place(self._new, self._old)

    def back(self) -> Change:
        return self._place(self._old, self._new)


def settle_tie(
    services: Services,
    undo_stack: QUndoStack,
    workshop_id: int,
    request: tuple[int, Sequence[int], str],
    report: Report,
) -> Change | None:
    """Settles a tie by hand, (round, order, reason), as one undoable step."""
    number, order, reason = request
    try:
        done = services.settle_tie(workshop_id, number, list(order), reason)
    except Problem as exc:
        report(_translate("The tie was not settled: {problem}").format(problem=exc))
        return None
    text = _translate("Settle the tie in round {number}").format(number=number)
    record(undo_stack, TieCommand(services, done, text, report))
    report(_translate("The tie is settled; the packet prints the order and the reason."))
    return done


def settle_by_runoff(
    services: Services,
    undo_stack: QUndoStack,
    workshop_id: int,
    request: tuple[int, int, Sequence[int]],
    report: Report,
) -> Change | None:
    """Settles a tie by a revealed runoff round's result, (round, runoff, tied proposals)."""
    number, runoff, tied = request
    try:
        done = services.settle_from_runoff(workshop_id, number, runoff, list(tied))
    except Problem as exc:
        report(_translate("The tie was not settled: {problem}").format(problem=exc))
        return None
    text = _translate("Settle the tie in round {number} by round {runoff}").format(
        number=number, runoff=runoff
    )
    record(undo_stack, TieCommand(services, done, text, report))
    report(text)
    return done


def open_runoff(
    services: Services,
    undo_stack: QUndoStack,
    workshop_id: int,
    proposals: Sequence[int],
    report: Report,
) -> Change | None:
    """Opens a round on just the tied proposals (undone as any opened round: discarded)."""
    from roadmap_desktop.ui.scoring.commands import OpenRoundCommand, RoundRef

    options = {"proposal_ids": list(proposals)}
    try:
        done = services.open_round(workshop_id, proposal_ids=list(proposals))
    except Problem as exc:
        report(_translate("No runoff round opened: {problem}").format(problem=exc))
        return None
    number = int(done.detail["number"])
    record(undo_stack, OpenRoundCommand(services, RoundRef(workshop_id, number), options, report))
    report(
        _translate(
            "Runoff round {number} is open on the tied proposals: score it on the Score tab, "
            "reveal it, then settle the tie by it."
        ).format(number=number)
    )
    return done
