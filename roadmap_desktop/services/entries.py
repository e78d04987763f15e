"""Entries of an open round: scores on criteria and spread dots, typed one at a time, set in
a batch, imported from paper ballots; and the one door to their values before the reveal.

Entries change only in an open round, and the store holds that too (triggers), so nothing
(an undo, a restore, an import) ever changes a closed or revealed round's record. Each entry
is an upsert inside a write transaction that holds the store's write lock, so two devices
sending the same cell at once both land, one after the other, and a dot budget checked in
the transaction cannot be exceeded. Values never travel on the change feed: they are in a
change's `sealed` part, for its caller's undo only (the audit log records that an entry
was made, never its value).

Before the reveal, values are read only through `sealed_entries`: for the facilitator's
entry grid with "Show entered values", and for a director's own ballot.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, NoReturn

from sqlalchemy import Connection, bindparam, func, true
from sqlalchemy import select as sa_select
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from roadmap_desktop.domain import rules
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import Conflict, ServiceError
from roadmap_desktop.services.rounds import new_round, scope_ids
from roadmap_desktop.store.tables import (
    Criterion,
    DotVote,
    Participant,
    Proposal,
    Round,
    RoundProposal,
    Score,
    utc_now,
)
from roadmap_desktop.words import Message, Num, _, n_

ScoreKey = tuple[int, int, int]  # participant, proposal, criterion
DotKey = tuple[int, int]  # participant, proposal


class _Any:
    """ "Whatever is there": an entry call that expects nothing in particular."""

    def __repr__(self) -> str:
        return "ANY"


ANY: Final = _Any()


@dataclass(frozen=True, slots=True)
class ScoreEntry:
    """One score to import, already resolved to ids."""

    participant_id: int
    proposal_id: int
    criterion_id: int
    value: int


@dataclass(frozen=True, slots=True)
class SealedEntries:
    """A round's entries with their values: (participant, proposal, criterion) → score, or
    (participant, proposal) → dots in a dot round."""

    round_id: int
    method: str
    scores: dict[ScoreKey, int] = field(default_factory=dict)
    dots: dict[DotKey, int] = field(default_factory=dict)


class EntryServices(ServiceBase):
    # -- the one door to values before the reveal ------------------------------------------

    def sealed_entries(
        self,
        round_id: int,
        *,
        participant_id: int | None = None,
        proposal_id: int | None = None,
    ) -> SealedEntries:
        """The round's entries WITH their values, optionally of one participant and/or one
        proposal.

        The one way to read values before a round is revealed. It is for the facilitator's
        entry grid on the laptop when "Show entered values" is ticked (to check a paper
        ballot), and for a director's own ballot (participant_id: theirs only). Nothing meant
        for the projector, the presenter, an export or another director may call it: they
        get entry_keys and round_progress, which carry no values.
        """
        with self._read() as s:
            r = self._get(s, Round, round_id, "round")
            return _sealed(s, r, participant_id, proposal_id)

    def entry_keys(
        self,
        round_id: int,
        *,
        participant_id: int | None = None,
        proposal_id: int | None = None,
    ) -> frozenset[tuple[int, ...]]:
        """Which entries the round holds, without their values: (participant, proposal,
        criterion) keys, or (participant, proposal) in a dot round."""
        with self._read() as s:
            r = self._get(s, Round, round_id, "round")
            table: Any = DotVote if r.method == "dots" else Score
            columns = [table.participant_id, table.proposal_id]
            if r.method != "dots":
                columns.append(table.criterion_id)
            query = sa_select(*columns).where(table.round_id == round_id)
            if participant_id is not None:
                query = query.where(table.participant_id == participant_id)
            if proposal_id is not None:
                query = query.where(table.proposal_id == proposal_id)
            return frozenset(tuple(int(x) for x in row) for row in s.execute(query).all())

    def revealed_entries(self, round_id: int) -> SealedEntries:
        """A revealed round's entries with their values (they are public once revealed)."""
        with self._read() as s:
            r = self._get(s, Round, round_id, "round")
            if r.status != "revealed":
                raise ServiceError(
                    _(
                        "Round {number} is open, not revealed: its values stay hidden until "
                        "the reveal.",
                        number=r.number,
                    )
                    if r.status == "open"
                    else _(
                        "Round {number} is closed, not revealed: its values stay hidden until "
                        "the reveal.",
                        number=r.number,
                    )
                )
            return _sealed(s, r, None, None)

    def dots_left(self, round_id: int, participant_id: int) -> int:
        """How many of the round's dots per participant this participant has not yet given."""
        with self._read() as s:
            r = self._get(s, Round, round_id, "round")
            if r.method != "dots":
                raise ServiceError(
                    _("Round {number} scores criteria; it has no dots.", number=r.number)
                )
            participant = self._get(s, Participant, participant_id, "participant")
            self._owned(participant, r.workshop_id, "participant")
            return max((r.dots_per_participant or 0) - _dots_given(s, round_id, participant_id), 0)

    # -- scores ---------------------------------------------------------------------------

    def record_score(
        self,
        round_id: int,
        participant_id: int,
        proposal_id: int,
        criterion_id: int,
        value: int,
        *,
        expect: int | _Any | None = ANY,
    ) -> Change:
        """Records (or replaces) one score in an open round. sealed["previous"] holds the
        value it replaced (None: none), so record_score(…, previous, expect=value) or
        clear_score(…, expect=value) undoes it; expect is the value the cell must hold now
        (None: empty), else Conflict and the newer value stays."""
        with self._write_fast() as s:
            change = self._score_in(
                s, round_id, participant_id, proposal_id, criterion_id, value, expect
            )
            return self._commit(s, change)

    def _score_in(
        self,
        s: Connection,
        round_id: int,
        participant_id: int,
        proposal_id: int,
        criterion_id: int,
        value: int | None,
        expect: object = ANY,
        *,
        missing_ok: bool = False,
    ) -> Change:
        """Records (value) or clears (None) one score inside the caller's write transaction;
        the change to commit. missing_ok: clearing an empty cell is no error."""
        cell = {"r": round_id, "p": participant_id, "q": proposal_id, "c": criterion_id}
        found = s.execute(_SCORE_CONTEXT, cell).first()
        if found is None:
            self._missing(round_id, participant_id, proposal_id, criterion_id)
        _check_vote(found, "score")
        previous = found.previous
        if expect is not ANY and previous != expect:
            raise Conflict(
                _(
                    "{name}'s score on “{title}” has been changed by someone else since; their "
                    "value stays.",
                    name=found.participant,
                    title=found.title,
                )
            )
        detail = {"participant": participant_id, "criterion": criterion_id}
        if value is None:
            if previous is None and expect is ANY and not missing_ok:
                raise ServiceError(_("There is no score there to clear."))
            if previous is not None:
                s.execute(_SCORE_DELETE, cell)
            return _entry_change(
                ChangeKind.SCORE_CLEARED,
                found.workshop_id,
                round_id,
                proposal_id,
                detail,
                {"previous": previous},
            )
        rules.check_score(value, found.scale_min, found.scale_max, found.criterion)
        s.execute(
            _SCORE_UPSERT[_dialect(s)],
            _score_row(round_id, participant_id, proposal_id, criterion_id, value),
        )
        return _entry_change(
            ChangeKind.SCORE_RECORDED,
            found.workshop_id,
            round_id,
            proposal_id,
            detail,
            {"value": value, "previous": previous},
        )

    def _missing(
        self, round_id: int, participant_id: int, proposal_id: int, criterion_id: int | None
    ) -> NoReturn:
        """Says which of an entry's round, participant, proposal or criterion is gone (or
        belongs elsewhere): the slow path of a refused entry."""
        with self._read() as s:
            r = self._get(s, Round, round_id, "round")
            participant = self._get(s, Participant, participant_id, "participant")
            proposal = self._get(s, Proposal, proposal_id, "proposal")
            self._owned(participant, r.workshop_id, "participant")
            self._owned(proposal, r.workshop_id, "proposal")
            if criterion_id is not None:
                self._owned(
                    self._get(s, Criterion, criterion_id, "criterion"), r.workshop_id, "criterion"
                )
        raise ServiceError(_("That entry names something of another workshop."))

    def clear_score(
        self,
        round_id: int,
        participant_id: int,
        proposal_id: int,
        criterion_id: int,
        *,
        expect: int | _Any | None = ANY,
    ) -> Change:
        """Removes one score of an open round; sealed["previous"] holds its value."""
        with self._write_fast() as s:
            change = self._score_in(
                s, round_id, participant_id, proposal_id, criterion_id, None, expect
            )
            return self._commit(s, change)

    def set_scores(
        self,
        round_id: int,
        values: Mapping[ScoreKey, int | None],
        *,
        expect: Mapping[ScoreKey, int | None] | None = None,
    ) -> Change:
        """Sets many scores of an open scoring round at once, all or nothing:
        (participant, proposal, criterion) → value, or None to clear that score.
        sealed["previous"] lists [participant, proposal, criterion, old value or None], so
        set_scores(round_id, {…: old}, expect={…: value}) undoes it — e.g. the undo of a
        batch of paper ballots in one step. expect names what cells must hold now; one
        changed since makes it a Conflict and nothing changes."""
        with self._write() as s:
            r = _open_round(s, self._get(s, Round, round_id, "round"), "score")
            people = _workshop_rows(s, Participant, r.workshop_id)
            items = _workshop_rows(s, Proposal, r.workshop_id)
            criteria = _workshop_rows(s, Criterion, r.workshop_id)
            scope = scope_ids(s, r)
            existing = _round_scores(s, round_id)
            if expect is not None:
                changed = [k for k, v in expect.items() if existing.get(_key(k)) != v]
                if changed:
                    raise Conflict(
                        n_(
                            "{n} of those scores has been changed by someone else since; its "
                            "value stays and nothing was changed.",
                            "{n} of those scores have been changed by someone else since; their "
                            "values stay and nothing was changed.",
                            len(changed),
                            n=Num(len(changed)),
                        )
                    )
            previous: list[list[int | None]] = []
            upserts: list[dict[str, object]] = []
            clears: list[ScoreKey] = []
            for raw, value in values.items():
                p, q, c = _key(raw)
                participant, proposal, criterion = people.get(p), items.get(q), criteria.get(c)
                if participant is None or proposal is None or criterion is None:
                    raise ServiceError(
                        _(
                            "A score names a participant, proposal or criterion that is not in "
                            "this workshop."
                        )
                    )
                if participant.role == "observer":
                    raise ServiceError(
                        _(
                            "{name} is an observer; observers do not vote.",
                            name=participant.name,
                        )
                    )
                if scope is not None and q not in scope:
                    raise ServiceError(_outside(proposal.title, r.number))
                previous.append([p, q, c, existing.get((p, q, c))])
                if value is None:
                    if (p, q, c) in existing:
                        clears.append((p, q, c))
                    continue
                rules.check_score(value, criterion.scale_min, criterion.scale_max, criterion.name)
                upserts.append(_score_row(round_id, p, q, c, value))
            _clear_scores(s, round_id, clears)
            _upsert_many(s, upserts)
            return self._commit(
                s,
                Change(
                    ChangeKind.SCORES_SET,
                    r.workshop_id,
                    Affects.ENTRIES,
                    subject=round_id,
                    rounds=(round_id,),
                    proposals=tuple(sorted({_key(k)[1] for k in values})),
                    detail={"round": r.number, "count": len(values)},
                    sealed={"previous": previous},
                ),
            )

    def import_scores(
        self,
        workshop_id: int,
        entries: Sequence[ScoreEntry],
        *,
        round_number: int | None = None,
        reveal: bool = False,
        source: str = "",
    ) -> Change:
        """Records many scores at once, all or nothing, in round_number (created if missing,
        covering every proposal; default: a new round). An open round takes the scores only
        for proposals it covers and stays open; reveal closes and reveals the round in the
        same transaction. sealed["values"] lists [participant, proposal, criterion, value]
        of every score it recorded and sealed["previous"] the values it replaced (a cell not
        listed there was empty), so set_scores undoes it exactly."""
        self.store.safeguard("before-import")
        with self._write() as s:
            self._workshop(s, workshop_id)
            r = None
            created = False
            if round_number is not None:
                r = s.exec(
                    select(Round).where(
                        Round.workshop_id == workshop_id, Round.number == round_number
                    )
                ).first()
            if r is None:
                r = new_round(s, workshop_id, "score", None, number=round_number)
                created = True
            else:
                _open_round(s, r, "score", importing=True)
            assert r.id is not None
            participants = _workshop_rows(s, Participant, workshop_id)
            proposals = _workshop_rows(s, Proposal, workshop_id)
            criteria = _workshop_rows(s, Criterion, workshop_id)
            scope = scope_ids(s, r)
            existing = _round_scores(s, r.id)
            rows: list[dict[str, object]] = []
            seen: set[ScoreKey] = set()
            for e in entries:
                participant = participants.get(e.participant_id)
                criterion = criteria.get(e.criterion_id)
                if participant is None or criterion is None or e.proposal_id not in proposals:
                    raise ServiceError(
                        _("A score names a participant, proposal or criterion of another workshop.")
                    )
                if participant.role == "observer":
                    raise ServiceError(
                        _(
                            "{name} is an observer; observers do not score.",
                            name=participant.name,
                        )
                    )
                if scope is not None and e.proposal_id not in scope:
                    raise ServiceError(_outside(proposals[e.proposal_id].title, r.number))
                rules.check_score(e.value, criterion.scale_min, criterion.scale_max, criterion.name)
                key = (e.participant_id, e.proposal_id, e.criterion_id)
                if key in seen:
                    raise ServiceError(_("The same score is given twice in one import."))
                seen.add(key)
                rows.append(_score_row(r.id, *key, e.value))
            _upsert_many(s, rows)
            if reveal:
                now = utc_now()
                r.status, r.closed_at, r.revealed_at = "closed", r.closed_at or now, None
                s.add(r)
                s.flush()
                if r.scope == "all":
                    ids = [p for p, row in proposals.items() if not row.archived]
                    s.execute(
                        RoundProposal.__table__.delete().where(  # type: ignore[attr-defined]
                            RoundProposal.__table__.c.round_id == r.id  # type: ignore[attr-defined]
                        )
                    )
                    if ids:
                        s.execute(
                            RoundProposal.__table__.insert(),  # type: ignore[attr-defined]
                            [{"round_id": r.id, "proposal_id": p} for p in ids],
                        )
                r.status, r.revealed_at = "revealed", now
                s.add(r)
            replaced = sum(
                1 for e in entries if (e.participant_id, e.proposal_id, e.criterion_id) in existing
            )
            return self._commit(
                s,
                Change(
                    ChangeKind.SCORES_IMPORTED,
                    workshop_id,
                    Affects.ENTRIES
                    | (Affects.ROUNDS if created or reveal else Affects.NONE)
                    | (Affects.RESULTS if reveal else Affects.NONE),
                    subject=r.id,
                    rounds=(r.id,),
                    proposals=tuple(sorted({e.proposal_id for e in entries})),
                    detail={
                        "round": r.number,
                        "count": len(entries),
                        "replaced": replaced,
                        "revealed": reveal,
                        "source": source,
                    },
                    sealed={
                        # Only the cells it replaced: the others were empty.
                        "previous": [[*k, existing[k]] for k in sorted(seen) if k in existing],
                        "values": [
                            [e.participant_id, e.proposal_id, e.criterion_id, e.value]
                            for e in entries
                        ],
                    },
                ),
            )

    # -- dots -----------------------------------------------------------------------------

    def record_dots(
        self,
        round_id: int,
        participant_id: int,
        proposal_id: int,
        dots: int,
        *,
        expect: int | _Any = ANY,
    ) -> Change:
        """Sets how many dots a participant puts on a proposal in an open dot-voting round;
        0 takes them all back. Refused if the participant's dots in the round would exceed
        the round's dots per participant (checked inside the write transaction, and held by
        the store). sealed["previous"] holds the dots it replaced (0: none), so
        record_dots(…, previous, expect=dots) undoes it."""
        if isinstance(dots, bool) or not isinstance(dots, int) or dots < 0:
            raise ServiceError(
                _("Dots are counted in whole numbers from 0 (got {value}).", value=repr(dots))
            )
        with self._write_fast() as s:
            change = self._dots_in(s, round_id, participant_id, proposal_id, dots, expect)
            return self._commit(s, change)

    def _dots_in(
        self,
        s: Connection,
        round_id: int,
        participant_id: int,
        proposal_id: int,
        dots: int,
        expect: object = ANY,
    ) -> Change:
        """Sets one participant's dots on one proposal inside the caller's write transaction;
        the change to commit."""
        cell = {"r": round_id, "p": participant_id, "q": proposal_id}
        found = s.execute(_DOTS_CONTEXT, cell).first()
        if found is None:
            self._missing(round_id, participant_id, proposal_id, None)
        _check_vote(found, "dots")
        previous = int(found.previous or 0)
        if expect is not ANY and previous != expect:
            raise Conflict(
                _(
                    "{name}'s dots on “{title}” have been changed by someone else since; "
                    "theirs stay.",
                    name=found.participant,
                    title=found.title,
                )
            )
        if dots == 0 and previous == 0 and expect is ANY:
            raise ServiceError(_("There are no dots there to take back."))
        allowed = found.allowed or 0
        elsewhere = int(found.given or 0) - previous
        if elsewhere + dots > allowed:
            left = max(allowed - elsewhere, 0)
            raise ServiceError(
                n_(
                    "{name} has {left} of {allowed} dot left; {dots} on “{title}” is too many.",
                    "{name} has {left} of {allowed} dots left; {dots} on “{title}” is too many.",
                    allowed,
                    name=found.participant,
                    left=Num(left),
                    allowed=Num(allowed),
                    dots=Num(dots),
                    title=found.title,
                )
            )
        if dots == 0:
            s.execute(_DOTS_DELETE, cell)
        else:
            s.execute(
                _DOTS_UPSERT[_dialect(s)],
                {
                    "round_id": round_id,
                    "proposal_id": proposal_id,
                    "participant_id": participant_id,
                    "dots": dots,
                    "recorded_at": utc_now(),
                },
            )
        return _entry_change(
            ChangeKind.DOTS_RECORDED,
            found.workshop_id,
            round_id,
            proposal_id,
            {"participant": participant_id},
            {"dots": dots, "previous": previous},
        )

    # -- helpers -----------------------------------------------------------------------------


# What one entry needs to know, in one read inside its write transaction: the round, the
# voter, the proposal (and whether the round covers it), the criterion and the cell as it is.
_R: Any = Round.__table__  # type: ignore[attr-defined]
_PA: Any = Participant.__table__  # type: ignore[attr-defined]
_PR: Any = Proposal.__table__  # type: ignore[attr-defined]
_CR: Any = Criterion.__table__  # type: ignore[attr-defined]
_SC: Any = Score.__table__  # type: ignore[attr-defined]
_DV: Any = DotVote.__table__  # type: ignore[attr-defined]
_RP: Any = RoundProposal.__table__  # type: ignore[attr-defined]
_COVERED = (
    sa_select(func.count())
    .where(_RP.c.round_id == _R.c.id, _RP.c.proposal_id == _PR.c.id)
    .scalar_subquery()
    .label("covered")
)
_VOTE_COLUMNS = (
    _R.c.workshop_id,
    _R.c.number,
    _R.c.status,
    _R.c.method,
    _R.c.scope,
    _PA.c.name.label("participant"),
    _PA.c.role,
    _PA.c.workshop_id.label("voter_workshop"),
    _PR.c.title,
    _PR.c.archived,
    _PR.c.workshop_id.label("proposal_workshop"),
    _COVERED,
)
_SCORE_CONTEXT = (
    sa_select(
        *_VOTE_COLUMNS,
        _CR.c.name.label("criterion"),
        _CR.c.scale_min,
        _CR.c.scale_max,
        _CR.c.workshop_id.label("criterion_workshop"),
        sa_select(_SC.c.value)
        .where(
            _SC.c.round_id == _R.c.id,
            _SC.c.participant_id == _PA.c.id,
            _SC.c.proposal_id == _PR.c.id,
            _SC.c.criterion_id == _CR.c.id,
        )
        .scalar_subquery()
        .label("previous"),
    )
    # One row of four rows picked by id: joined on nothing else, deliberately.
    .select_from(_R.join(_PA, true()).join(_PR, true()).join(_CR, true()))
    .where(
        _R.c.id == bindparam("r"),
        _PA.c.id == bindparam("p"),
        _PR.c.id == bindparam("q"),
        _CR.c.id == bindparam("c"),
    )
)
_DOTS_CELL = (_DV.c.round_id == _R.c.id, _DV.c.participant_id == _PA.c.id)
_DOTS_CONTEXT = (
    sa_select(
        *_VOTE_COLUMNS,
        _R.c.dots_per_participant.label("allowed"),
        sa_select(_DV.c.dots)
        .where(*_DOTS_CELL, _DV.c.proposal_id == _PR.c.id)
        .scalar_subquery()
        .label("previous"),
        sa_select(func.sum(_DV.c.dots)).where(*_DOTS_CELL).scalar_subquery().label("given"),
    )
    .select_from(_R.join(_PA, true()).join(_PR, true()))
    .where(_R.c.id == bindparam("r"), _PA.c.id == bindparam("p"), _PR.c.id == bindparam("q"))
)
_SCORE_DELETE = _SC.delete().where(
    _SC.c.round_id == bindparam("r"),
    _SC.c.participant_id == bindparam("p"),
    _SC.c.proposal_id == bindparam("q"),
    _SC.c.criterion_id == bindparam("c"),
)
_DOTS_DELETE = _DV.delete().where(
    _DV.c.round_id == bindparam("r"),
    _DV.c.participant_id == bindparam("p"),
    _DV.c.proposal_id == bindparam("q"),
)
_SCORE_KEYS = ("round_id", "proposal_id", "participant_id", "criterion_id")
_DOT_KEYS = ("round_id", "proposal_id", "participant_id")


def _upsert_statement(dialect: Any, table: Any, keys: Sequence[str], updates: Sequence[str]) -> Any:
    statement = dialect.insert(table)
    return statement.on_conflict_do_update(
        index_elements=list(keys), set_={k: statement.excluded[k] for k in updates}
    )


# An entry is an upsert: two devices sending the same cell at once both land, in turn.
_SCORE_UPSERT = {
    name: _upsert_statement(d, _SC, _SCORE_KEYS, ("value", "recorded_at"))
    for name, d in (("sqlite", sqlite), ("postgresql", postgresql))
}
_DOTS_UPSERT = {
    name: _upsert_statement(d, _DV, _DOT_KEYS, ("dots", "recorded_at"))
    for name, d in (("sqlite", sqlite), ("postgresql", postgresql))
}


def _dialect(s: Session | Connection) -> str:
    name = s.dialect.name if isinstance(s, Connection) else s.get_bind().dialect.name
    return "postgresql" if name == "postgresql" else "sqlite"


def _check_vote(found: Any, method: str) -> None:
    """The rules of one vote, from its context row (a ServiceError with the sentence)."""
    if not (found.workshop_id == found.voter_workshop == found.proposal_workshop) or (
        method == "score" and found.criterion_workshop != found.workshop_id
    ):
        raise ServiceError(
            _("That entry names a participant, proposal or criterion of another workshop.")
        )
    if found.status != "open":
        raise ServiceError(_not_open(found.number, found.status, method))
    if found.method != method:
        if method == "dots":
            raise ServiceError(
                _("Round {number} scores criteria; it takes no dots.", number=found.number)
            )
        raise ServiceError(_("Round {number} is a dot-voting round.", number=found.number))
    if found.role == "observer":
        raise ServiceError(
            _("{name} is an observer; observers do not vote.", name=found.participant)
        )
    if found.archived:
        raise ServiceError(
            _("“{title}” is archived; restore it before scoring it.", title=found.title)
        )
    if found.scope != "all" and not found.covered:
        raise ServiceError(_outside(found.title, found.number))


def _open_round(s: Session, r: Round, method: str, *, importing: bool = False) -> Round:
    if r.status != "open":
        raise ServiceError(_not_open(r.number, r.status, "import" if importing else method))
    if r.method != method:
        if method == "dots":
            raise ServiceError(
                _("Round {number} scores criteria; it takes no dots.", number=r.number)
            )
        raise ServiceError(
            _("Round {number} is a dot-voting round, not a scoring round.", number=r.number)
        )
    return r


def _not_open(number: int, status: str, doing: str) -> Message:
    """Round number is closed or revealed (status), so nothing can be given in it: doing is
    "score", "dots" or "import" (scores imported)."""
    revealed = status == "revealed"
    if doing == "dots":
        if revealed:
            return _(
                "Round {number} is revealed; dots can only be given in an open round.",
                number=number,
            )
        return _(
            "Round {number} is closed; dots can only be given in an open round.", number=number
        )
    if doing == "import":
        if revealed:
            return _(
                "Round {number} is revealed; scores can only go into an open round.",
                number=number,
            )
        return _("Round {number} is closed; scores can only go into an open round.", number=number)
    if revealed:
        return _(
            "Round {number} is revealed; scores can only be given in an open round.",
            number=number,
        )
    return _("Round {number} is closed; scores can only be given in an open round.", number=number)


def _entry_change(
    kind: ChangeKind,
    workshop_id: int,
    round_id: int,
    proposal_id: int,
    detail: dict[str, Any],
    sealed: dict[str, Any],
) -> Change:
    """The change of one entry: its cell in detail, its values sealed."""
    return Change(
        kind,
        workshop_id,
        Affects.ENTRIES,
        subject=proposal_id,
        proposals=(proposal_id,),
        rounds=(round_id,),
        detail=detail,
        sealed=sealed,
    )


def _score_cell(round_id: int, p: int, q: int, c: int) -> tuple[Any, ...]:
    return (
        Score.round_id == round_id,
        Score.participant_id == p,
        Score.proposal_id == q,
        Score.criterion_id == c,
    )


def _score_row(round_id: int, p: int, q: int, c: int, value: int) -> dict[str, object]:
    return {
        "round_id": round_id,
        "participant_id": p,
        "proposal_id": q,
        "criterion_id": c,
        "value": value,
        "recorded_at": utc_now(),
    }


def _key(raw: Sequence[int]) -> ScoreKey:
    p, q, c = (int(x) for x in raw)
    return p, q, c


def _round_scores(s: Session, round_id: int) -> dict[ScoreKey, int]:
    query = sa_select(
        col(Score.participant_id), col(Score.proposal_id), col(Score.criterion_id), col(Score.value)
    ).where(col(Score.round_id) == round_id)
    return {(int(a), int(b), int(c)): int(v) for a, b, c, v in s.execute(query).all()}


def _clear_scores(s: Session, round_id: int, keys: Sequence[ScoreKey]) -> None:
    for p, q, c in keys:
        s.execute(_SC.delete().where(*_score_cell(round_id, p, q, c)))


def _upsert_many(s: Session, rows: Sequence[Mapping[str, object]]) -> None:
    if rows:
        s.execute(_SCORE_UPSERT[_dialect(s)], list(rows))


def _workshop_rows(s: Session, table: Any, workshop_id: int) -> dict[int, Any]:
    return {row.id: row for row in s.exec(select(table).where(table.workshop_id == workshop_id))}


def _dots_given(s: Session, round_id: int, participant_id: int) -> int:
    query = sa_select(func.coalesce(func.sum(DotVote.dots), 0)).where(
        col(DotVote.round_id) == round_id, col(DotVote.participant_id) == participant_id
    )
    return int(s.execute(query).scalar_one())


def _sealed(
    s: Session, r: Round, participant_id: int | None, proposal_id: int | None
) -> SealedEntries:
    assert r.id is not None
    if r.method == "dots":
        dot_query = sa_select(
            col(DotVote.participant_id), col(DotVote.proposal_id), col(DotVote.dots)
        ).where(col(DotVote.round_id) == r.id)
        if participant_id is not None:
            dot_query = dot_query.where(col(DotVote.participant_id) == participant_id)
        if proposal_id is not None:
            dot_query = dot_query.where(col(DotVote.proposal_id) == proposal_id)
        dots = {(int(a), int(b)): int(n) for a, b, n in s.execute(dot_query).all()}
        return SealedEntries(r.id, r.method, dots=dots)
    query = sa_select(
        col(Score.participant_id), col(Score.proposal_id), col(Score.criterion_id), col(Score.value)
    ).where(col(Score.round_id) == r.id)
    if participant_id is not None:
        query = query.where(col(Score.participant_id) == participant_id)
    if proposal_id is not None:
        query = query.where(col(Score.proposal_id) == proposal_id)
    scores = {(int(a), int(b), int(c)): int(v) for a, b, c, v in s.execute(query).all()}
    return SealedEntries(r.id, r.method, scores=scores)


def _outside(title: str, number: int) -> Message:
    return _(
        "“{title}” is not among the proposals round {number} covers; only those chosen when "
        "it opened can get votes.",
        title=title,
        number=number,
    )
