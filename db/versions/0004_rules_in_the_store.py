"""The rules several writers must keep are held by the store itself.

- Every unique constraint gets a name, so a violation can be told in the right sentence.
- CHECKs on statuses, methods, roles, scopes, kinds, weights, scales, quotas and costs.
- At most one open round per workshop (a partial unique index).
- A lane's cards are ordered by sparse keys (`proposal.sort_key`, was the dense `position`):
  a move rewrites one row, never its neighbours, and no two unarchived cards of a lane share
  a key (a partial unique index).
- Triggers: entries (scores, dots) change only in an open round of their method, never from
  an observer, within the criterion's scale and the round's dots; a revealed round stays
  revealed and only an open round can be deleted.

Tables are rebuilt by batch mode with SQLite's foreign keys off (open_store does that), so
rebuilding a parent never cascades to its children.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from roadmap_desktop.store import triggers
from roadmap_desktop.store.triggers import Trigger

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Names for the unnamed unique constraints of 0001, as batch mode reflects them.
REFLECTED = {"uq": "uq_%(table_name)s_%(column_0_name)s"}
KEY_GAP = 1 << 20  # as roadmap_desktop.services.lane_keys.GAP at the time of this revision

UNIQUES = {
    "workshop": ("uq_workshop_name", ["name"]),
    "lane": ("uq_lane_name", ["workshop_id", "name"]),
    "domain": ("uq_domain_name", ["workshop_id", "name"]),
    "category": ("uq_category_name", ["workshop_id", "name"]),
    "criterion": ("uq_criterion_name", ["workshop_id", "name"]),
    "participant": ("uq_participant_name", ["workshop_id", "name"]),
    "round": ("uq_round_number", ["workshop_id", "number"]),
    "score": ("uq_score_entry", ["round_id", "proposal_id", "participant_id", "criterion_id"]),
    "dot_vote": ("uq_dot_vote_entry", ["round_id", "proposal_id", "participant_id"]),
}

CHECKS = {
    "workshop": [
        ("ck_workshop_aggregation", "aggregation IN ('mean', 'median')"),
        ("ck_workshop_vote_record", "vote_record IN ('named', 'anonymous')"),
        ("ck_workshop_threshold", "discuss_threshold >= 0"),
    ],
    "lane": [
        ("ck_lane_kind", "kind IN ('inbox', 'shortlist', 'roadmap', 'parked', '')"),
        ("ck_lane_limit", '"limit" IS NULL OR "limit" >= 0'),
    ],
    "category": [("ck_category_quota", "quota IS NULL OR quota >= 0")],
    "criterion": [
        ("ck_criterion_weight", "weight > 0"),
        ("ck_criterion_scale", "scale_min < scale_max"),
    ],
    "participant": [
        ("ck_participant_role", "role IN ('director', 'facilitator', 'observer')"),
    ],
    "round": [
        ("ck_round_status", "status IN ('open', 'closed', 'revealed')"),
        (
            "ck_round_method",
            "(method = 'score' AND dots_per_participant IS NULL) OR "
            "(method = 'dots' AND dots_per_participant >= 1)",
        ),
        ("ck_round_scope", "scope IN ('all', 'lane', 'selection')"),
        ("ck_round_number", "number >= 1"),
    ],
    "proposal": [("ck_proposal_cost", "cost IS NULL OR cost >= 0")],
    "dot_vote": [("ck_dot_vote_dots", "dots >= 1")],
}


def _entry_triggers(table: str, method: str) -> list[Trigger]:
    # Each trigger's message is a name the services tell in a sentence.
    status = "(SELECT status FROM round WHERE id = {side}.round_id)"
    wrong = (
        "(SELECT method FROM round WHERE id = NEW.round_id) <> '" + method + "'"
        " OR (SELECT role FROM participant WHERE id = NEW.participant_id) = 'observer'"
    )
    new, old = status.format(side="NEW"), status.format(side="OLD")
    return [
        Trigger(f"tr_{table}_round_open_insert", "BEFORE", "INSERT", table,
                f"{new} <> 'open'", "tr_entry_round_not_open"),
        Trigger(f"tr_{table}_round_open_update", "BEFORE", "UPDATE", table,
                f"{old} <> 'open' OR {new} <> 'open'", "tr_entry_round_not_open"),
        # A round being deleted is gone before its entries: only entries of a closed or
        # revealed round that still exists are protected.
        Trigger(f"tr_{table}_round_open_delete", "BEFORE", "DELETE", table,
                f"{old} IN ('closed', 'revealed')", "tr_entry_round_not_open"),
        Trigger(f"tr_{table}_voter_insert", "BEFORE", "INSERT", table, wrong,
                "tr_entry_not_allowed"),
        Trigger(f"tr_{table}_voter_update", "BEFORE", "UPDATE", table, wrong,
                "tr_entry_not_allowed"),
    ]  # fmt: skip


SCALE = (
    "NEW.value < (SELECT scale_min FROM criterion WHERE id = NEW.criterion_id) "
    "OR NEW.value > (SELECT scale_max FROM criterion WHERE id = NEW.criterion_id)"
)
BUDGET = (
    "(SELECT sum(dots) FROM dot_vote WHERE round_id = NEW.round_id "
    "AND participant_id = NEW.participant_id) > "
    "(SELECT dots_per_participant FROM round WHERE id = NEW.round_id)"
)

TRIGGERS = [
    *_entry_triggers("score", "score"),
    *_entry_triggers("dot_vote", "dots"),
    Trigger("tr_score_in_scale_insert", "BEFORE", "INSERT", "score", SCALE, "tr_score_in_scale"),
    Trigger("tr_score_in_scale_update", "BEFORE", "UPDATE", "score", SCALE, "tr_score_in_scale"),
    Trigger("tr_dot_budget_insert", "AFTER", "INSERT", "dot_vote", BUDGET, "tr_dot_budget"),
    Trigger("tr_dot_budget_update", "AFTER", "UPDATE", "dot_vote", BUDGET, "tr_dot_budget"),
    Trigger("tr_round_revealed_final", "BEFORE", "UPDATE OF status", "round",
            "OLD.status = 'revealed' AND NEW.status <> 'revealed'", "tr_round_revealed_final"),
    Trigger("tr_round_kept", "BEFORE", "DELETE", "round", "OLD.status <> 'open'",
            "tr_round_kept"),
]  # fmt: skip


def _rename_unique(table: str, name: str, columns: list[str]) -> None:
    """PostgreSQL named 0001's unique constraint itself (lane_workshop_id_name_key)."""
    for found in sa.inspect(op.get_bind()).get_unique_constraints(table):
        if found["column_names"] == columns and found["name"] != name:
            op.execute(f'ALTER TABLE "{table}" RENAME CONSTRAINT "{found["name"]}" TO "{name}"')


def _rebuild(table: str) -> None:
    unique = UNIQUES.get(table)
    sqlite = op.get_bind().dialect.name == "sqlite"
    if unique is not None and not sqlite:
        _rename_unique(table, *unique)
        unique = None
    named = {u["name"] for u in sa.inspect(op.get_bind()).get_unique_constraints(table)}
    # SQLite changes a table by copying it; PostgreSQL alters it in place (a copy there
    # could not drop a table other tables refer to).
    recreate = "always" if sqlite else "auto"
    with op.batch_alter_table(table, recreate=recreate, naming_convention=REFLECTED) as batch:
        if unique is not None and unique[0] not in named:  # (a store downgraded keeps it)
            name, columns = unique
            batch.drop_constraint(f"uq_{table}_{columns[0]}", type_="unique")
            batch.create_unique_constraint(name, columns)
        for name, condition in CHECKS.get(table, ()):
            batch.create_check_constraint(name, condition)
        if table == "proposal":
            batch.drop_index("ix_proposal_lane_position")
            batch.alter_column(
                "position", new_column_name="sort_key", existing_type=sa.Integer(),
                type_=sa.BigInteger(), existing_nullable=False,
            )  # fmt: skip


def upgrade() -> None:
    bind = op.get_bind()
    for table in (
        "workshop",
        "lane",
        "domain",
        "category",
        "criterion",
        "participant",
        "round",
        "proposal",
        "score",
        "dot_vote",
    ):
        _rebuild(table)
    # Dense positions become sparse keys in the same order (a store written by several
    # writers before this revision may hold equal positions: the id settles those).
    bind.execute(
        sa.text(
            "UPDATE proposal SET sort_key = ranked.n * :gap FROM (SELECT id, ROW_NUMBER() "
            "OVER (PARTITION BY lane_id ORDER BY sort_key, id) AS n FROM proposal "
            "WHERE archived = :no) AS ranked WHERE ranked.id = proposal.id"
        ),
        {"gap": KEY_GAP, "no": False},
    )
    bind.execute(sa.text("UPDATE proposal SET sort_key = 0 WHERE archived <> :no"), {"no": False})
    # A store written by several writers before this revision may hold two open rounds:
    # the older ones are closed, so the newest stays open.
    bind.execute(
        sa.text(
            "UPDATE round SET status = 'closed', closed_at = CURRENT_TIMESTAMP "
            "WHERE status = 'open' AND number < (SELECT max(number) FROM round AS r "
            "WHERE r.workshop_id = round.workshop_id AND r.status = 'open')"
        )
    )
    op.create_index(
        "uq_proposal_lane_order",
        "proposal",
        ["lane_id", "sort_key"],
        unique=True,
        sqlite_where=sa.text("archived = 0"),
        postgresql_where=sa.text("NOT archived"),
    )
    op.create_index(
        "uq_round_one_open",
        "round",
        ["workshop_id"],
        unique=True,
        sqlite_where=sa.text("status = 'open'"),
        postgresql_where=sa.text("status = 'open'"),
    )
    for trigger in TRIGGERS:
        triggers.create(bind, trigger)


def downgrade() -> None:
    bind = op.get_bind()
    for trigger in TRIGGERS:
        triggers.drop(bind, trigger.name, trigger.table)
    op.drop_index("uq_round_one_open", table_name="round")
    op.drop_index("uq_proposal_lane_order", table_name="proposal")
    bind.execute(
        sa.text(
            "UPDATE proposal SET sort_key = ranked.n - 1 FROM (SELECT id, ROW_NUMBER() "
            "OVER (PARTITION BY lane_id ORDER BY sort_key, id) AS n FROM proposal "
            "WHERE archived = :no) AS ranked WHERE ranked.id = proposal.id"
        ),
        {"no": False},
    )
    bind.execute(sa.text("UPDATE proposal SET sort_key = -1 WHERE archived <> :no"), {"no": False})
    for table, checks in CHECKS.items():
        recreate = "always" if bind.dialect.name == "sqlite" else "auto"
        with op.batch_alter_table(table, recreate=recreate) as batch:
            for name, _condition in checks:
                batch.drop_constraint(name, type_="check")
            if table == "proposal":
                batch.alter_column(
                    "sort_key", new_column_name="position", existing_type=sa.BigInteger(),
                    type_=sa.Integer(), existing_nullable=False,
                )  # fmt: skip
    op.create_index("ix_proposal_lane_position", "proposal", ["lane_id", "position"])
    # The unique constraints keep their names: the rules they hold are the same as before,
    # and batch mode cannot give a constraint back its lack of a name.
