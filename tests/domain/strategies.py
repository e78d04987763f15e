"""Hypothesis strategies and an exact reference implementation of DESIGN.md "Scoring method".

The reference works in fractions.Fraction, one proposal and one participant at a time, so it
shares no code (and no float rounding) with the vectorised roadmap_desktop.domain.scoring.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from hypothesis import strategies as st

Row = tuple[int, int, int, int]  # (participant, proposal, criterion, value)


@dataclass(frozen=True)
class Workshop:
    weights: dict[int, int]
    proposals: tuple[int, ...]
    participants: tuple[int, ...]
    rows: tuple[Row, ...]


@st.composite
def workshops(draw: st.DrawFn, *, min_rows: int = 0) -> Workshop:
    """A small workshop: 1–3 criteria weighted 1–3, 1–5 proposals, 1–6 participants,
    values 1–5, any of which may be missing (a participant who skipped a criterion or a
    whole proposal). Ids are sparse and unordered so no code can lean on 0..n-1 ids."""
    criteria = draw(st.lists(st.integers(1, 60), min_size=1, max_size=3, unique=True))
    weights = {c: draw(st.integers(1, 3)) for c in criteria}
    proposals = tuple(draw(st.lists(st.integers(1, 500), min_size=1, max_size=5, unique=True)))
    participants = tuple(
        draw(st.lists(st.integers(1, 10_000), min_size=1, max_size=6, unique=True))
    )
    rows = []
    for proposal in proposals:
        for participant in participants:
            for criterion in criteria:
                value = draw(st.none() | st.integers(1, 5))
                if value is not None:
                    rows.append((participant, proposal, criterion, value))
    if len(rows) < min_rows:
        # Make sure there is something to score: the first possible score is present.
        rows.append((participants[0], proposals[0], criteria[0], draw(st.integers(1, 5))))
    return Workshop(weights, proposals, participants, tuple(rows))


@dataclass(frozen=True)
class Exact:
    score: Fraction
    n: int
    variance: Fraction  # spread² (population, ddof 0)
    criterion_means: dict[int, Fraction]


def median(values: Sequence[Fraction]) -> Fraction:
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def reference(rows: Sequence[Row], weights: Mapping[int, int], aggregation: str) -> dict:
    """DESIGN.md's scoring method, written out literally in exact arithmetic."""
    by_proposal: dict[int, dict[int, dict[int, Fraction]]] = {}
    for participant, proposal, criterion, value in rows:
        by_proposal.setdefault(proposal, {}).setdefault(participant, {})[criterion] = Fraction(
            value
        )
    out: dict[int, Exact] = {}
    for proposal, by_participant in by_proposal.items():
        scores = [
            sum(weights[c] * v for c, v in values.items()) / sum(weights[c] for c in values)
            for values in by_participant.values()
        ]
        mean = sum(scores, Fraction(0)) / len(scores)
        variance = sum(((s - mean) ** 2 for s in scores), Fraction(0)) / len(scores)
        centre = median(scores) if aggregation == "median" else mean
        criterion_means: dict[int, Fraction] = {}
        for criterion in weights:
            given = [v[criterion] for v in by_participant.values() if criterion in v]
            if given:
                criterion_means[criterion] = sum(given, Fraction(0)) / len(given)
        out[proposal] = Exact(centre, len(scores), variance, criterion_means)
    return out
