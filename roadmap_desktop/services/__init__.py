"""The workshop's use cases: the only code that changes the store.

Every change is one method, one transaction and one audit event, and returns a Change that
listeners also receive after the commit (without its sealed values).
"""

from roadmap_desktop.services.ballots import BallotRefused, BallotServices
from roadmap_desktop.services.board import BoardServices
from roadmap_desktop.services.budget_rules import BudgetRuleServices
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.configure import ConfigureServices
from roadmap_desktop.services.council import CouncilServices
from roadmap_desktop.services.criteria import CriterionServices
from roadmap_desktop.services.cut_record import CutRecordServices
from roadmap_desktop.services.decide import DecideServices
from roadmap_desktop.services.entries import ANY, EntryServices, ScoreEntry, SealedEntries
from roadmap_desktop.services.errors import Conflict, NotFound, Problem, ServiceError, StoreError
from roadmap_desktop.services.lanes import LaneServices
from roadmap_desktop.services.notes import NoteServices
from roadmap_desktop.services.people import ParticipantServices
from roadmap_desktop.services.proposal_import import ProposalImportServices
from roadmap_desktop.services.recovery import RecoveryServices
from roadmap_desktop.services.results import ResultServices
from roadmap_desktop.services.rounds import RoundServices
from roadmap_desktop.services.scenarios import ScenarioServices
from roadmap_desktop.services.ties import TieServices
from roadmap_desktop.services.workshop_file import WorkshopFileServices
from roadmap_desktop.services.workshops import WorkshopServices


class Services(
    WorkshopServices,
    WorkshopFileServices,
    ConfigureServices,
    ProposalImportServices,  # before BoardServices, whose bulk insert it reuses
    BoardServices,
    LaneServices,
    RoundServices,
    BallotServices,  # before EntryServices, whose in-transaction entries it reuses
    EntryServices,
    DecideServices,  # before ResultServices, whose ranking it reuses
    TieServices,
    ResultServices,
    BudgetRuleServices,
    NoteServices,
    ScenarioServices,  # reaches what_if through DecideServices, above
    CouncilServices,
    CutRecordServices,
    CriterionServices,
    ParticipantServices,
    RecoveryServices,
):
    """All use cases over one open store; the GUI, the CLI and the ballot server share it."""


__all__ = [
    "ANY",
    "Affects",
    "BallotRefused",
    "Change",
    "ChangeKind",
    "Conflict",
    "NotFound",
    "Problem",
    "ScoreEntry",
    "SealedEntries",
    "ServiceError",
    "Services",
    "StoreError",
]
