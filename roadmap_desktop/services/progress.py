"""How far a round's voting has got, summed over its directors: how many have finished every
proposal of the round, how many have started, and how many entries are still missing.

Read from BallotServices.voter_progress (a few aggregate queries, never a value), so the Score
tab's header, the question before closing a round and the phones' panel count the same way.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from roadmap_desktop.services.ballots import Progress


@dataclass(frozen=True, slots=True)
class RoundTally:
    """Attributes:
    done, partly, not_started: how many directors (and counted facilitators) have given
        every entry the round expects of them, some, or none.
    missing: the entries still to give (in a dot round, the dots still to spend).
    unfinished: the names of those not done, in the participants' order.
    """

    done: int = 0
    partly: int = 0
    not_started: int = 0
    missing: int = 0
    unfinished: tuple[str, ...] = ()

    @property
    def voters(self) -> int:
        return self.done + self.partly + self.not_started


def tally(progress: Sequence[Progress]) -> RoundTally:
    """Sums voter_progress: states as Progress.state says them, missing entries never
    negative (a director who gave more than expected, e.g. on a card archived since, owes
    nothing)."""
    states = [p.state for p in progress]
    return RoundTally(
        done=states.count("done"),
        partly=states.count("partly"),
        not_started=states.count("not started"),
        missing=sum(max(0, p.expected - p.given) for p in progress),
        unfinished=tuple(p.name for p in progress if p.state != "done"),
    )
