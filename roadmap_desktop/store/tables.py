"""SQLModel tables of a workshop store; the Alembic migrations in db/ create exactly these."""

from datetime import UTC, datetime

from sqlalchemy import BigInteger, CheckConstraint, Column, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

# The order of a lane's cards: sparse keys, so a move rewrites one row, never its neighbours
# (see services/lane_keys.py). Unarchived cards of a lane never share a key.
LIVE_CARD = "archived = 0"
# The longest short label of a domain or category, in characters (as
# roadmap_desktop.domain.rules.SHORT_NAME_MAX; migration 0006 holds the same number).
SHORT_NAME_MAX = 24
# Ids are never reused (AUTOINCREMENT, migration 0007): an undo of a delete never finds its id
# taken by a newer row, and an event's id names one event for good.
NEVER_REUSED: dict[str, object] = {"sqlite_autoincrement": True}


def utc_now() -> datetime:
    return datetime.now(UTC)


class Workshop(SQLModel, table=True):
    __tablename__ = "workshop"
    __table_args__ = (
        UniqueConstraint("name", name="uq_workshop_name"),
        CheckConstraint("aggregation IN ('mean', 'median')", name="ck_workshop_aggregation"),
        CheckConstraint("vote_record IN ('named', 'anonymous')", name="ck_workshop_vote_record"),
        CheckConstraint("discuss_threshold >= 0", name="ck_workshop_threshold"),
        CheckConstraint("cut_rule IN ('', 'top', 'quota')", name="ck_workshop_cut_rule"),
        CheckConstraint("budget IS NULL OR budget >= 0", name="ck_workshop_budget"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str
    description: str = ""
    date: str = ""  # ISO date of the session, free text allowed ("March 2026")
    aggregation: str = "mean"  # "mean" or "median" of the participants' scores
    discuss_threshold: float = 1.0  # spread above this flags a proposal "discuss"
    count_facilitator_scores: bool = False
    vote_record: str = "named"  # "named" or "anonymous" in the council packet
    created_at: datetime = Field(default_factory=utc_now)
    # The revealed round the board's badges, the poster and the packet report, by number
    # (None: the latest revealed). Proposals it did not score carry an earlier round's score.
    record_round: int | None = None
    # The last cut line applied to the board: its round, rule ("top" or "quota"), N and when;
    # its proposals are in cut_proposal. Empty rule: no cut line applied.
    cut_round: int | None = None
    cut_rule: str = Field(default="", sa_column_kwargs={"server_default": ""})
    cut_top: int | None = None
    cut_applied_at: datetime | None = None
    # The council front section of the packet (migration 0008); empty: the packet's defaults.
    recommendation: str = Field(default="", sa_column_kwargs={"server_default": ""})
    action_requested: str = Field(default="", sa_column_kwargs={"server_default": ""})
    agenda_item: str = Field(default="", sa_column_kwargs={"server_default": ""})
    meeting_date: str = Field(default="", sa_column_kwargs={"server_default": ""})
    prepared_by: str = Field(default="", sa_column_kwargs={"server_default": ""})
    approved_by: str = Field(default="", sa_column_kwargs={"server_default": ""})
    time_zone: str = Field(default="", sa_column_kwargs={"server_default": ""})  # IANA; "": local
    # What the best roadmap under a budget may spend (migration 0011); None: no budget set.
    budget: float | None = None


class Lane(SQLModel, table=True):
    __tablename__ = "lane"
    __table_args__ = (
        UniqueConstraint("workshop_id", "name", name="uq_lane_name"),
        CheckConstraint(
            "kind IN ('inbox', 'shortlist', 'roadmap', 'parked', '')", name="ck_lane_kind"
        ),
        CheckConstraint('"limit" IS NULL OR "limit" >= 0', name="ck_lane_limit"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    name: str
    position: int = 0
    kind: str = ""  # "inbox", "shortlist", "roadmap", "parked" or "" for a user's own lane
    limit: int | None = None
    color: str = ""


class Domain(SQLModel, table=True):
    __tablename__ = "domain"
    __table_args__ = (
        UniqueConstraint("workshop_id", "name", name="uq_domain_name"),
        CheckConstraint(f"length(short_name) <= {SHORT_NAME_MAX}", name="ck_domain_short_name"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    name: str
    color: str = "#999999"
    position: int = 0
    # What a narrow card shows instead of the name ("Friendly"); empty: the name itself.
    short_name: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Category(SQLModel, table=True):
    __tablename__ = "category"
    __table_args__ = (
        UniqueConstraint("workshop_id", "name", name="uq_category_name"),
        CheckConstraint("quota IS NULL OR quota >= 0", name="ck_category_quota"),
        CheckConstraint(f"length(short_name) <= {SHORT_NAME_MAX}", name="ck_category_short_name"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    name: str
    quota: int | None = None
    position: int = 0
    # What a narrow card shows instead of the name ("Pilot"); empty: the name itself.
    short_name: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Proposal(SQLModel, table=True):
    __tablename__ = "proposal"
    __table_args__ = (
        Index(
            "uq_proposal_lane_order",
            "lane_id",
            "sort_key",
            unique=True,
            sqlite_where=text(LIVE_CARD),
            postgresql_where=text("NOT archived"),
        ),
        CheckConstraint("cost IS NULL OR cost >= 0", name="ck_proposal_cost"),
        CheckConstraint("funding IN ('', 'must', 'never')", name="ck_proposal_funding"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    lane_id: int = Field(foreign_key="lane.id", ondelete="RESTRICT")
    sort_key: int = Field(default=0, sa_type=BigInteger)
    title: str
    summary: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    department: str = ""
    domain_id: int | None = Field(default=None, foreign_key="domain.id", ondelete="SET NULL")
    category_id: int | None = Field(default=None, foreign_key="category.id", ondelete="SET NULL")
    cost: float | None = None
    timeframe: str = ""
    # The budget's rules (migration 0011): "must" always funded, "never" never, "" neither.
    funding: str = Field(default="", sa_column_kwargs={"server_default": ""})
    archived: bool = False
    created_at: datetime = Field(default_factory=utc_now)


class Criterion(SQLModel, table=True):
    __tablename__ = "criterion"
    __table_args__ = (
        UniqueConstraint("workshop_id", "name", name="uq_criterion_name"),
        CheckConstraint("weight > 0", name="ck_criterion_weight"),
        CheckConstraint("scale_min < scale_max", name="ck_criterion_scale"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    name: str
    question: str = ""
    weight: float = 1.0
    scale_min: int = 1
    scale_max: int = 5
    position: int = 0


class Participant(SQLModel, table=True):
    __tablename__ = "participant"
    __table_args__ = (
        UniqueConstraint("workshop_id", "name", name="uq_participant_name"),
        CheckConstraint(
            "role IN ('director', 'facilitator', 'observer')", name="ck_participant_role"
        ),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    name: str
    role: str = "director"  # "director", "facilitator" or "observer"
    department: str = ""
    position: int = 0


class Round(SQLModel, table=True):
    __tablename__ = "round"
    __table_args__ = (
        UniqueConstraint("workshop_id", "number", name="uq_round_number"),
        # At most one open round per workshop, whoever opens it.
        Index(
            "uq_round_one_open",
            "workshop_id",
            unique=True,
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
        CheckConstraint("status IN ('open', 'closed', 'revealed')", name="ck_round_status"),
        CheckConstraint(
            "(method = 'score' AND dots_per_participant IS NULL) OR "
            "(method = 'dots' AND dots_per_participant >= 1)",
            name="ck_round_method",
        ),
        CheckConstraint("scope IN ('all', 'lane', 'selection')", name="ck_round_scope"),
        CheckConstraint("number >= 1", name="ck_round_number"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    number: int
    method: str = "score"  # "score" (criteria) or "dots"
    dots_per_participant: int | None = None
    status: str = "open"  # "open" → "closed" → "revealed"
    opened_at: datetime = Field(default_factory=utc_now)
    closed_at: datetime | None = None
    revealed_at: datetime | None = None
    deadline_at: datetime | None = None  # the countdown's end (UTC), if the round has a timer
    # What the round covers, for display: "all" unarchived proposals, a "lane" or a
    # "selection"; the proposals of the last two are listed in round_proposal.
    scope: str = Field(default="all", sa_column_kwargs={"server_default": "all"})


class RoundProposal(SQLModel, table=True):
    """A proposal that a round covers. A round without rows here covers every unarchived
    proposal of its workshop (as every round of a store older than schema 0003 does)."""

    __tablename__ = "round_proposal"

    round_id: int = Field(foreign_key="round.id", ondelete="CASCADE", primary_key=True)
    proposal_id: int = Field(
        foreign_key="proposal.id", ondelete="CASCADE", primary_key=True, index=True
    )


class CutProposal(SQLModel, table=True):
    """A proposal the last applied cut line put on the roadmap, in rank order (position)."""

    __tablename__ = "cut_proposal"

    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", primary_key=True)
    proposal_id: int = Field(
        foreign_key="proposal.id", ondelete="CASCADE", primary_key=True, index=True
    )
    position: int


class ProposalLink(SQLModel, table=True):
    """A dependency between two proposals of one workshop, for the best roadmap under a
    budget: "needs" (the proposal is funded only with the other) or "excludes" (never both).
    tr_proposal_link_workshop refuses a link across workshops."""

    __tablename__ = "proposal_link"
    __table_args__ = (
        CheckConstraint("kind IN ('needs', 'excludes')", name="ck_proposal_link_kind"),
        CheckConstraint("proposal_id <> other_id", name="ck_proposal_link_other"),
    )

    proposal_id: int = Field(foreign_key="proposal.id", ondelete="CASCADE", primary_key=True)
    other_id: int = Field(
        foreign_key="proposal.id", ondelete="CASCADE", primary_key=True, index=True
    )
    kind: str


class ProposalNote(SQLModel, table=True):
    """What was said about a proposal in the discussion (who raised what), kept with it."""

    __tablename__ = "proposal_note"
    __table_args__ = (
        CheckConstraint("length(trim(text)) > 0", name="ck_proposal_note_text"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    proposal_id: int = Field(foreign_key="proposal.id", ondelete="CASCADE", index=True)
    author: str = Field(default="", sa_column_kwargs={"server_default": ""})
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utc_now)


class TieOrder(SQLModel, table=True):
    """A tie of a round's ranking settled by the facilitator: each tied proposal's place
    (1, 2, …) among them, the written reason, and the runoff round that settled it, if any.
    tr_tie_order_workshop keeps the proposals the workshop's own."""

    __tablename__ = "tie_order"
    __table_args__ = (
        CheckConstraint("place >= 1", name="ck_tie_order_place"),
        CheckConstraint("length(trim(reason)) > 0", name="ck_tie_order_reason"),
    )

    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", primary_key=True)
    round_number: int = Field(primary_key=True)
    proposal_id: int = Field(
        foreign_key="proposal.id", ondelete="CASCADE", primary_key=True, index=True
    )
    place: int
    reason: str = Field(sa_column=Column(Text, nullable=False))
    runoff_round: int | None = None
    settled_at: datetime = Field(default_factory=utc_now)


class Scenario(SQLModel, table=True):
    """A named what-if of a workshop: weights, cut rule, budget and overrides, as JSON."""

    __tablename__ = "scenario"
    __table_args__ = (
        UniqueConstraint("workshop_id", "name", name="uq_scenario_name"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    name: str
    spec: str = Field(default="{}", sa_column=Column(Text, nullable=False, server_default="{}"))
    created_at: datetime = Field(default_factory=utc_now)


class Score(SQLModel, table=True):
    __tablename__ = "score"
    __table_args__ = (
        UniqueConstraint(
            "round_id", "proposal_id", "participant_id", "criterion_id", name="uq_score_entry"
        ),
        # Covers the whole read of a round's scores, so ranking never visits the table.
        Index(
            "ix_score_round_cover",
            "round_id",
            "proposal_id",
            "participant_id",
            "criterion_id",
            "value",
        ),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="round.id", ondelete="CASCADE")
    proposal_id: int = Field(foreign_key="proposal.id", ondelete="CASCADE")
    participant_id: int = Field(foreign_key="participant.id", ondelete="CASCADE")
    criterion_id: int = Field(foreign_key="criterion.id", ondelete="CASCADE")
    value: int
    recorded_at: datetime = Field(default_factory=utc_now)


class DotVote(SQLModel, table=True):
    __tablename__ = "dot_vote"
    __table_args__ = (
        UniqueConstraint("round_id", "proposal_id", "participant_id", name="uq_dot_vote_entry"),
        CheckConstraint("dots >= 1", name="ck_dot_vote_dots"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="round.id", ondelete="CASCADE")
    proposal_id: int = Field(foreign_key="proposal.id", ondelete="CASCADE")
    participant_id: int = Field(foreign_key="participant.id", ondelete="CASCADE")
    dots: int
    recorded_at: datetime = Field(default_factory=utc_now)


class Event(SQLModel, table=True):
    """The audit log. Append-only: triggers in the migrations refuse UPDATE and DELETE, and
    tr_event_chain refuses an event that does not follow the newest one (or replaces one).

    Each event carries the SHA-256 of the event before it and of its own content
    (store/chain.py), so a changed, removed or replaced event shows; no two events follow the
    same one (uq_event_chain), so two writers cannot fork the record.

    workshop_id is deliberately not a foreign key, so the record outlives a deleted workshop.
    """

    __tablename__ = "event"
    __table_args__ = (UniqueConstraint("prev_hash", name="uq_event_chain"), NEVER_REUSED)

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int | None = Field(default=None, index=True)
    at: datetime = Field(default_factory=utc_now)
    kind: str
    payload: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    prev_hash: str  # the hash of the event before (chain.GENESIS for the first), hex
    hash: str  # chain.event_hash of prev_hash and this event's content, hex


class BallotToken(SQLModel, table=True):
    """A director's join link for the phone ballot: a secret of 128 bits and more, a short
    code for the "pick your name" page, and the device it was first used on.

    A token is revoked (revoked_at) when the facilitator issues a new one; a device is
    released when the director moves to another phone (the released one is refused).
    """

    __tablename__ = "ballot_token"
    __table_args__ = (
        # One live link per participant; revoked ones stay, so a lost phone is refused.
        Index(
            "uq_ballot_token_live",
            "participant_id",
            unique=True,
            sqlite_where=text("revoked_at IS NULL"),
            postgresql_where=text("revoked_at IS NULL"),
        ),
        # A phone's link is found by its secret's digest (the index never compares the
        # secret itself), then the secret is compared in constant time.
        UniqueConstraint("secret_digest", name="uq_ballot_token_digest"),
        NEVER_REUSED,
    )

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", ondelete="CASCADE", index=True)
    participant_id: int = Field(foreign_key="participant.id", ondelete="CASCADE")
    secret: str
    secret_digest: str  # SHA-256 of the secret, hex
    code: str
    device: str | None = None
    released_device: str | None = None
    issued_at: datetime = Field(default_factory=utc_now)
    revoked_at: datetime | None = None


class BallotSubmission(SQLModel, table=True):
    """A choice a phone sent, by the id the phone made for it: sent again after a dropped
    connection, it is acknowledged without being applied twice."""

    __tablename__ = "ballot_submission"

    # Keyed by link and id: one phone's ids say nothing about another's.
    token_id: int = Field(foreign_key="ballot_token.id", ondelete="CASCADE", primary_key=True)
    id: str = Field(primary_key=True, max_length=64)
    received_at: datetime = Field(default_factory=utc_now)
