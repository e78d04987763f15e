"""The workshop's use cases: the only code that changes the store.

Every change is one method, one transaction and one audit event, and returns a Change that
listeners also receive after the commit.
"""

from roadmap_desktop.services.board import BoardServices
from roadmap_desktop.services.changes import Change
from roadmap_desktop.services.criteria import CriterionServices
from roadmap_desktop.services.errors import NotFound, ServiceError
from roadmap_desktop.services.lanes import LaneServices
from roadmap_desktop.services.people import ParticipantServices
from roadmap_desktop.services.proposal_import import ProposalImportServices
from roadmap_desktop.services.results import ResultServices
from roadmap_desktop.services.rounds import RoundServices, ScoreEntry
from roadmap_desktop.services.workshops import WorkshopServices


class Services(
    WorkshopServices,
    ProposalImportServices,  # before BoardServices, whose bulk insert it reuses
    BoardServices,
    LaneServices,
    RoundServices,
    ResultServices,
    CriterionServices,
    ParticipantServices,
):
    """All use cases over one open store; the GUI, the CLI and the ballot server share it."""


__all__ = ["Change", "NotFound", "ScoreEntry", "ServiceError", "Services"]
