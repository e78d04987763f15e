"""The budget and its rules: a workshop's budget, and dependencies between its proposals.

A proposal's must-fund or must-not mark is one of its fields (update_proposal(funding=…)).
Each change's detail holds what its inverse needs: set_budget(id, detail["old"],
expect=detail["new"]) undoes set_budget; unlink_proposals(proposal, other) undoes
link_proposals, and link_proposals(**detail) undoes unlink_proposals. That a dependency
links two proposals of one workshop is the store's rule (tr_proposal_link_workshop), so two
writers cannot break it between a read and a write.
"""

from sqlmodel import col, select

from roadmap_desktop.domain import rules
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import Conflict, NotFound, ServiceError
from roadmap_desktop.services.views import LinkView
from roadmap_desktop.store.tables import Proposal, ProposalLink
from roadmap_desktop.words import _

_NOT_SET = object()


class BudgetRuleServices(ServiceBase):
    def set_budget(
        self, workshop_id: int, amount: float | None, *, expect: object = _NOT_SET
    ) -> Change:
        """Sets the amount the best roadmap under a budget may spend (None: no budget).
        detail holds "old" and "new"; an undo passes expect=detail["new"] and is refused
        (Conflict) when someone has set another budget since."""
        with self._write() as s:
            amount = rules.check_budget(amount)
            ws = self._workshop(s, workshop_id)
            if expect is not _NOT_SET and ws.budget != expect:
                raise Conflict(
                    _("The budget has been changed by someone else since; their change stays.")
                )
            old, ws.budget = ws.budget, amount
            s.add(ws)
            return self._commit(
                s,
                Change(
                    ChangeKind.WORKSHOP_BUDGET,
                    workshop_id,
                    Affects.SETTINGS | Affects.RESULTS,  # the Results tab's budget plans
                    subject=workshop_id,
                    detail={"old": old, "new": amount},
                ),
            )

    def link_proposals(self, proposal: int, other: int, kind: str) -> Change:
        """Records that proposal needs other (funded only with it) or excludes it (never
        both). A link between the two that is already there is replaced."""
        if kind not in rules.LINK_KINDS:
            raise ServiceError(
                _("A dependency is “needs” or “excludes” (got {value}).", value=repr(kind))
            )
        if proposal == other:
            raise ServiceError(_("A proposal cannot depend on itself."))
        with self._write() as s:
            first = self._get(s, Proposal, proposal, "proposal")
            second = self._get(s, Proposal, other, "proposal")
            found = s.get(ProposalLink, (proposal, other))
            old = found.kind if found is not None else None
            if found is None:
                s.add(ProposalLink(proposal_id=proposal, other_id=other, kind=kind))
            else:
                found.kind = kind
                s.add(found)
            return self._commit(
                s,
                Change(
                    ChangeKind.PROPOSALS_LINKED,
                    first.workshop_id,
                    Affects.BOARD,
                    subject=proposal,
                    proposals=(proposal, other),
                    lanes=(first.lane_id, second.lane_id),
                    detail={"proposal": proposal, "other": other, "kind": kind, "old": old},
                ),
            )

    def unlink_proposals(self, proposal: int, other: int) -> Change:
        """Removes the dependency of proposal on other; detail holds it for a redo."""
        with self._write() as s:
            found = s.get(ProposalLink, (proposal, other))
            if found is None:
                raise NotFound(_("That dependency is no longer there."))
            first = self._get(s, Proposal, proposal, "proposal")
            kind = found.kind
            s.delete(found)
            return self._commit(
                s,
                Change(
                    ChangeKind.PROPOSALS_UNLINKED,
                    first.workshop_id,
                    Affects.BOARD,
                    subject=proposal,
                    proposals=(proposal, other),
                    lanes=(first.lane_id,),
                    detail={"proposal": proposal, "other": other, "kind": kind},
                ),
            )

    def links(self, workshop_id: int) -> list[LinkView]:
        """The workshop's dependencies, in the order of the proposals' ids."""
        with self._read() as s:
            rows = s.exec(
                select(ProposalLink)
                .join(Proposal, col(Proposal.id) == col(ProposalLink.proposal_id))
                .where(Proposal.workshop_id == workshop_id)
                .order_by(col(ProposalLink.proposal_id), col(ProposalLink.other_id))
            ).all()
            return [LinkView(r.proposal_id, r.other_id, r.kind) for r in rows]
