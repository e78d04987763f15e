"""The schema revisions this version knows, so opening a store needs no Alembic import.

Keep in step with db/versions/ (a test checks): the last entry is the head.
"""

REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
)
HEAD = REVISIONS[-1]

# The triggers a store at HEAD holds (`check` says when one is missing: a dropped trigger
# would let a rule or the audit log's protection go unnoticed).
TRIGGERS: frozenset[str] = frozenset(
    {
        "event_no_delete",
        "event_no_update",
        "tr_event_chain",  # an event follows the newest one and is never a replacement
        "tr_dot_budget_insert",
        "tr_dot_budget_update",
        "tr_dot_vote_round_open_delete",
        "tr_dot_vote_round_open_insert",
        "tr_dot_vote_round_open_update",
        "tr_dot_vote_voter_insert",
        "tr_dot_vote_voter_update",
        "tr_proposal_link_workshop_insert",  # a dependency links two proposals of one workshop
        "tr_proposal_link_workshop_update",
        "tr_round_kept",
        "tr_tie_order_workshop_insert",  # a settled tie orders the workshop's own proposals
        "tr_tie_order_workshop_update",
        "tr_round_revealed_final",
        "tr_score_in_scale_insert",
        "tr_score_in_scale_update",
        "tr_score_round_open_delete",
        "tr_score_round_open_insert",
        "tr_score_round_open_update",
        "tr_score_voter_insert",
        "tr_score_voter_update",
    }
)

# The triggers a PostgreSQL store at HEAD holds besides TRIGGERS: its change notices (0009;
# SQLite has none, other copies poll the file's audit log).
PG_TRIGGERS: frozenset[str] = frozenset({"tr_event_notify"})

# How a constraint is named (0010): a later revision drops one by this name on both back ends
# (on SQLite, batch mode given naming_convention=NAMING names the reflected unnamed keys so).
NAMING: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
