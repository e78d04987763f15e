"""Directors vote from their phones: join links, the phone a link is used on, a director's
own ballot, and the choices the phones send.

A join link carries a secret of 192 bits; a short code stands in for it on the "pick your
name, type your code" page. Secrets are compared in constant time. The first phone that uses
a link keeps it; the facilitator can give a director a new link (the old one stops working)
or release the phone (the link then works on the next phone, never again on that one).

A choice from a phone carries an id the phone made: the same choice sent again (after a
dropped connection) is acknowledged and not applied twice. Each choice is checked and
written inside one write transaction, with the same rules as the entry grid's (services/
entries.py); nothing a phone reads ever holds another director's choices.
"""

import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.entries import EntryServices
from roadmap_desktop.services.errors import ServiceError
from roadmap_desktop.services.rounds import scope_ids
from roadmap_desktop.services.views import CriterionView, ProposalView, RoundView
from roadmap_desktop.store.tables import (
    BallotSubmission,
    BallotToken,
    Criterion,
    DotVote,
    Participant,
    Proposal,
    Round,
    Score,
    utc_now,
)
from roadmap_desktop.words import _

SECRET_BYTES = 24  # 192 bits: far beyond guessing, even at the server's rate limit
CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud, typed on a phone
CODE_LENGTH = 6
_SUBMISSION_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")
_DEVICE = re.compile(r"[A-Za-z0-9_-]{8,64}")

_T: Any = BallotToken.__table__  # type: ignore[attr-defined]
_SUB: Any = BallotSubmission.__table__  # type: ignore[attr-defined]
_LIVE_TOKEN = sa_select(
    _T.c.id, _T.c.participant_id, _T.c.secret, _T.c.device, _T.c.released_device
).where(
    _T.c.secret_digest == bindparam("digest"),
    _T.c.workshop_id == bindparam("w"),
    _T.c.revoked_at.is_(None),
)
_SEEN = sa_select(_SUB.c.id).where(_SUB.c.token_id == bindparam("t"), _SUB.c.id == bindparam("id"))


class BallotRefused(ServiceError):
    """A phone was refused: an unknown or revoked link, another phone's link, a closed
    round. The message is what the phone may show; it never says which link exists."""


@dataclass(frozen=True, slots=True)
class BallotLink:
    """A director's join link: the secret for the URL and the short code."""

    participant_id: int
    name: str
    token: str
    code: str
    joined: bool  # a phone has used it


@dataclass(frozen=True, slots=True)
class Voter:
    """The director a phone speaks for."""

    token_id: int
    participant_id: int
    name: str
    workshop_id: int


@dataclass(frozen=True, slots=True)
class Ballot:
    """What one director's phone shows: the open round (None: none open), its proposals and
    criteria, and this director's own choices so far (nobody else's)."""

    voter: Voter
    round: RoundView | None
    proposals: tuple[ProposalView, ...]
    criteria: tuple[CriterionView, ...]
    scores: dict[tuple[int, int], int]  # (proposal, criterion) → value
    dots: dict[int, int]  # proposal → dots
    dots_left: int | None


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a director has got in a round: entries given of those expected (dots spent
    of the round's dots in a dot round). Never a value."""

    participant_id: int
    name: str
    given: int
    expected: int

    @property
    def state(self) -> str:
        """ "done", "partly" or "not started"."""
        if self.given <= 0:
            return "not started"
        return "done" if self.given >= self.expected else "partly"


def new_secret() -> str:
    return secrets.token_urlsafe(SECRET_BYTES)


def new_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _i in range(CODE_LENGTH))


def clean_code(text: str) -> str:
    """A typed code as stored: capitals, no spaces or dashes."""
    return "".join(ch for ch in str(text).upper() if ch.isalnum())


class BallotServices(EntryServices):
    # -- links ----------------------------------------------------------------------------

    def ballot_links(self, workshop_id: int) -> list[BallotLink]:
        """The directors' live join links, in the workshop's order (directors without one
        yet are missing: issue_ballot_links makes them)."""
        with self._read() as s:
            self._workshop(s, workshop_id)
            rows = s.exec(
                select(BallotToken, Participant)
                .join(Participant, col(Participant.id) == col(BallotToken.participant_id))
                .where(
                    BallotToken.workshop_id == workshop_id, col(BallotToken.revoked_at).is_(None)
                )
                .order_by(col(Participant.position))
            ).all()
            return [
                BallotLink(p.id, p.name, t.secret, t.code, t.device is not None)  # type: ignore[arg-type]
                for t, p in rows
            ]

    def issue_ballot_links(self, workshop_id: int) -> Change:
        """A join link for every director who has none yet; detail["participants"] lists
        them (the secrets are never in a change)."""
        with self._write() as s:
            self._workshop(s, workshop_id)
            have = set(
                s.exec(
                    select(BallotToken.participant_id).where(
                        BallotToken.workshop_id == workshop_id,
                        col(BallotToken.revoked_at).is_(None),
                    )
                ).all()
            )
            directors = s.exec(
                select(Participant)
                .where(Participant.workshop_id == workshop_id, Participant.role == "director")
                .order_by(col(Participant.position))
            ).all()
            fresh = [p.id for p in directors if p.id not in have]
            for pid in fresh:
                assert pid is not None
                s.add(_token(workshop_id, pid))
            return self._commit(
                s,
                Change(
                    ChangeKind.BALLOTS_ISSUED,
                    workshop_id,
                    Affects.DEVICES,
                    detail={"participants": fresh},
                ),
            )

    def reissue_ballot_link(self, participant_id: int) -> Change:
        """A new join link for a director (a lost phone, a lost card): the old link stops
        working at once."""
        with self._write() as s:
            person = self._get(s, Participant, participant_id, "participant")
            if person.role != "director":
                raise ServiceError(
                    _("{name} is not a director; only directors vote by phone.", name=person.name)
                )
            s.execute(
                update(_T)
                .where(_T.c.participant_id == participant_id, _T.c.revoked_at.is_(None))
                .values(revoked_at=utc_now())
            )
            s.add(_token(person.workshop_id, participant_id))
            return self._commit(
                s,
                Change(
                    ChangeKind.BALLOT_REISSUED,
                    person.workshop_id,
                    Affects.DEVICES,
                    subject=participant_id,
                ),
            )

    def release_ballot_device(self, participant_id: int) -> Change:
        """Frees a director's link from the phone it was used on: it works on the next phone
        that opens it, and never again on that one."""
        with self._write() as s:
            person = self._get(s, Participant, participant_id, "participant")
            token = s.exec(
                select(BallotToken).where(
                    BallotToken.participant_id == participant_id,
                    col(BallotToken.revoked_at).is_(None),
                )
            ).first()
            if token is None or token.device is None:
                raise ServiceError(_("{name}'s link is not in use on any phone.", name=person.name))
            token.released_device, token.device = token.device, None
            s.add(token)
            return self._commit(
                s,
                Change(
                    ChangeKind.BALLOT_DEVICE_RELEASED,
                    person.workshop_id,
                    Affects.DEVICES,
                    subject=participant_id,
                ),
            )

    # -- a phone ------------------------------------------------------------------------------

    def ballot_voter(self, workshop_id: int, token: str, device: str) -> Voter:
        """The director a phone speaks for, from the secret in its link and the device id it
        made. The first phone to use a link keeps it (one event). BallotRefused otherwise."""
        device = _device(device)
        with self._read() as s:
            found = _match(s, workshop_id, token)
            if found.device is not None:
                if not hmac.compare_digest(found.device, device):
                    raise BallotRefused(_ELSEWHERE)
                return _voter(s, workshop_id, found)
        with self._write_fast() as c:  # a first use: bound under the write lock
            found = _match(c, workshop_id, token)
            if found.device is not None:  # another request bound it a moment ago
                if not hmac.compare_digest(found.device, device):
                    raise BallotRefused(_ELSEWHERE)
                return _voter(c, workshop_id, found)
            if found.released_device is not None and hmac.compare_digest(
                found.released_device, device
            ):
                raise BallotRefused(_RELEASED)
            c.execute(update(_T).where(_T.c.id == found.id).values(device=device))
            voter = _voter(c, workshop_id, found)
            self._commit(
                c,
                Change(
                    ChangeKind.BALLOT_DEVICE_BOUND,
                    workshop_id,
                    Affects.DEVICES,
                    subject=voter.participant_id,
                ),
            )
            return voter

    def is_ballot_link(self, workshop_id: int, token: str) -> bool:
        """Whether `token` is a live link of the workshop (its page may be served)."""
        with self._read() as s:
            try:
                _match(s, workshop_id, token)
            except BallotRefused:
                return False
            return True

    def ballot_join(self, workshop_id: int, participant_id: int, code: str) -> str:
        """The secret of a director's link, for the "pick your name, type your code" page;
        BallotRefused when the code is not that director's."""
        typed = clean_code(code)
        with self._read() as s:
            token = s.exec(
                select(BallotToken).where(
                    BallotToken.workshop_id == workshop_id,
                    BallotToken.participant_id == participant_id,
                    col(BallotToken.revoked_at).is_(None),
                )
            ).first()
            # Compared even when there is no such link, so a wrong name costs what a wrong
            # code costs.
            expected = token.code if token is not None else new_code()
            if not hmac.compare_digest(expected.encode(), typed.encode()) or token is None:
                raise BallotRefused(_("That name and code do not match. Ask the facilitator."))
            return token.secret

    def ballot_names(self, workshop_id: int) -> list[tuple[int, str]]:
        """(participant id, name) of the directors who have a link: the join page's list."""
        return [(link.participant_id, link.name) for link in self.ballot_links(workshop_id)]

    def ballot(self, voter: Voter) -> Ballot:
        """What the voter's phone shows: the open round and only the voter's own choices."""
        with self._read() as s:
            r = s.exec(
                select(Round).where(Round.workshop_id == voter.workshop_id, Round.status == "open")
            ).first()
            if r is None:
                return Ballot(voter, None, (), (), {}, {}, None)
            from roadmap_desktop.services.rows import criterion_view, proposal_view, round_view

            covered = scope_ids(s, r)
            cards = s.exec(
                select(Proposal)
                .where(Proposal.workshop_id == voter.workshop_id, col(Proposal.archived).is_(False))
                .order_by(col(Proposal.lane_id), col(Proposal.sort_key))
            ).all()
            proposals = tuple(proposal_view(p) for p in cards if covered is None or p.id in covered)
            criteria: tuple[CriterionView, ...] = ()
            scores: dict[tuple[int, int], int] = {}
            dots: dict[int, int] = {}
            left = None
            if r.method == "score":
                criteria = tuple(
                    criterion_view(c)
                    for c in s.exec(
                        select(Criterion)
                        .where(Criterion.workshop_id == voter.workshop_id)
                        .order_by(col(Criterion.position))
                    ).all()
                )
                own = s.execute(
                    sa_select(
                        col(Score.proposal_id), col(Score.criterion_id), col(Score.value)
                    ).where(
                        col(Score.round_id) == r.id,
                        col(Score.participant_id) == voter.participant_id,
                    )
                ).all()
                scores = {(int(q), int(c)): int(v) for q, c, v in own}
            else:
                own_dots = s.execute(
                    sa_select(col(DotVote.proposal_id), col(DotVote.dots)).where(
                        col(DotVote.round_id) == r.id,
                        col(DotVote.participant_id) == voter.participant_id,
                    )
                ).all()
                dots = {int(q): int(n) for q, n in own_dots}
                left = max((r.dots_per_participant or 0) - sum(dots.values()), 0)
            return Ballot(voter, round_view(r), proposals, criteria, scores, dots, left)

    def submit_ballot(
        self,
        workshop_id: int,
        token: str,
        device: str,
        submission_id: str,
        proposal_id: int,
        criterion_id: int | None,
        value: int | None,
    ) -> Change | None:
        """Records one choice a phone sent: a score (criterion_id, value; None clears it) or
        dots (criterion_id None, value the dots), all checked and written in one write
        transaction with the submission's id. None when that id has been applied already
        (the phone sent it again): acknowledged, not applied twice."""
        if not isinstance(submission_id, str) or not _SUBMISSION_ID.fullmatch(submission_id):
            raise ServiceError(_("A choice needs an id of 8 to 64 letters, digits, - or _."))
        with self._write_fast() as s:
            found = _match(s, workshop_id, token)
            if found.device is None or not hmac.compare_digest(found.device, _device(device)):
                raise BallotRefused(_ELSEWHERE)
            if s.execute(_SEEN, {"t": found.id, "id": submission_id}).first() is not None:
                return None
            r = s.execute(
                sa_select(col(Round.id), col(Round.method)).where(
                    col(Round.workshop_id) == workshop_id, col(Round.status) == "open"
                )
            ).first()
            if r is None:
                raise BallotRefused(_("Voting has closed: no round is open."))
            round_id, method = int(r[0] or 0), str(r[1])
            participant = int(found.participant_id)
            if method == "dots":
                if (
                    criterion_id is not None
                    or not isinstance(value, int)
                    or isinstance(value, bool)
                ):
                    raise ServiceError(_("A dot round takes a number of dots for a proposal."))
                change = self._dots_in(s, round_id, participant, proposal_id, value)
            else:
                if criterion_id is None:
                    raise ServiceError(_("A scoring round takes a score for a criterion."))
                if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
                    raise ServiceError(_("A score is a whole number."))
                # A phone that clears a score it never gave has nothing to clear: no error.
                change = self._score_in(
                    s, round_id, participant, proposal_id, criterion_id, value, missing_ok=True
                )
            s.execute(
                insert(_SUB),
                {"id": submission_id, "token_id": found.id, "received_at": utc_now()},
            )
            # The phone's id in the change lets the server tell that phone it knows already.
            change = replace(change, detail={**change.detail, "submission": submission_id})
            return self._commit(s, change)

    # -- progress -------------------------------------------------------------------------

    def voter_progress(self, round_id: int) -> list[Progress]:
        """For each director (and a counted facilitator), how far they have got in the
        round: entries given of those expected, or dots spent of the round's dots. Read in
        a few aggregate queries: the window asks after every few phone choices."""
        from roadmap_desktop.domain.rules import counts_in_results

        with self._read() as s:
            r = self._get(s, Round, round_id, "round")
            ws = self._workshop(s, r.workshop_id)
            people = [
                (int(pid), str(name))
                for pid, name, role in s.execute(
                    sa_select(col(Participant.id), col(Participant.name), col(Participant.role))
                    .where(col(Participant.workshop_id) == r.workshop_id)
                    .order_by(col(Participant.position))
                ).all()
                if counts_in_results(role, count_facilitator_scores=ws.count_facilitator_scores)
            ]
            if r.method == "dots":
                query = (
                    sa_select(col(DotVote.participant_id), func.sum(DotVote.dots))
                    .where(col(DotVote.round_id) == round_id)
                    .group_by(col(DotVote.participant_id))
                )
                expected = r.dots_per_participant or 0
            else:
                covered = scope_ids(s, r)
                live = [
                    col(Proposal.workshop_id) == r.workshop_id,
                    col(Proposal.archived).is_(False),
                ]
                if covered is not None:
                    live.append(col(Proposal.id).in_(covered))
                cards = s.execute(sa_select(func.count()).where(*live)).scalar_one()
                criteria = s.execute(
                    sa_select(func.count()).where(col(Criterion.workshop_id) == r.workshop_id)
                ).scalar_one()
                query = (
                    sa_select(col(Score.participant_id), func.count())
                    .join(Proposal, col(Proposal.id) == col(Score.proposal_id))
                    .where(col(Score.round_id) == round_id, *live)
                    .group_by(col(Score.participant_id))
                )
                expected = int(cards) * int(criteria)
            given = {int(p): int(n or 0) for p, n in s.execute(query).all()}
            return [Progress(pid, name, given.get(pid, 0), expected) for pid, name in people]


# -- helpers ---------------------------------------------------------------------------------

_UNKNOWN = _("This link does not open a ballot. Ask the facilitator for yours.")
_ELSEWHERE = _(
    "This link is in use on another phone. Ask the facilitator to release it or for a new one."
)
_RELEASED = _("This phone's link was released. Ask the facilitator for a new one.")


def _token(workshop_id: int, participant_id: int) -> BallotToken:
    secret = new_secret()
    return BallotToken(
        workshop_id=workshop_id,
        participant_id=participant_id,
        secret=secret,
        secret_digest=digest(secret),
        code=new_code(),
    )


def _match(s: Connection | Session, workshop_id: int, token: str) -> Any:
    """The live token row whose secret is `token`; BallotRefused when none is. The row is
    found by the secret's SHA-256 (how long the index takes says nothing about the
    secret), then the secret is compared in constant time."""
    offered = str(token).encode()
    row = s.execute(_LIVE_TOKEN, {"digest": digest(offered), "w": workshop_id}).first()
    if row is None or not hmac.compare_digest(row.secret.encode(), offered):
        raise BallotRefused(_UNKNOWN)
    return row


def digest(secret: str | bytes) -> str:
    """What the store keeps to find a link by: SHA-256 of its secret, hex."""
    raw = secret.encode() if isinstance(secret, str) else secret
    return hashlib.sha256(raw).hexdigest()


def _device(device: object) -> str:
    text = str(device or "")
    if not _DEVICE.fullmatch(text):
        raise BallotRefused(_("This phone did not say who it is; reload the page."))
    return text


def _voter(s: Connection | Session, workshop_id: int, row: Any) -> Voter:
    name = s.execute(
        sa_select(col(Participant.name)).where(col(Participant.id) == row.participant_id)
    ).scalar_one()
    return Voter(int(row.id), int(row.participant_id), str(name), workshop_id)


def links_csv_rows(links: Sequence[BallotLink], base_url: str) -> list[tuple[str, str]]:
    """(participant, url) rows of `serve-ballots --links`."""
    return [(link.name, f"{base_url.rstrip('/')}/b/{link.token}") for link in links]


__all__ = ["Ballot", "BallotLink", "BallotRefused", "BallotServices", "Progress", "Voter"]
