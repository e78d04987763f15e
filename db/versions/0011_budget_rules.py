"""Decision support: the budget and its rules, notes on proposals, settled ties, scenarios.

- workshop.budget: the amount the best roadmap under a budget may spend (NULL: none set;
  ck_workshop_budget: zero or more).
- proposal.funding: '' (no mark), 'must' (always funded) or 'never' (never funded);
  ck_proposal_funding.
- proposal_link: "proposal needs other" or "proposal excludes other", between two proposals of
  one workshop (tr_proposal_link_workshop refuses a link across workshops; a proposal never
  links to itself, ck_proposal_link_other). Deleting either proposal deletes the link.

- proposal_note: what was said about a proposal in the discussion (who raised what), kept with
  it (deleted with it).
- tie_order: a tie in a round's ranking settled by the facilitator: the tied proposals' order
  (place 1, 2, …), the written reason, and the runoff round that settled it, if one did
  (tr_tie_order_workshop: the proposals are the workshop's own).
- scenario: a named what-if (weights, cut rule, budget, overrides) as JSON, one name per
  workshop.

Columns are added in place (ALTER TABLE ADD COLUMN with the CHECK, as 0006): batch mode would
copy `proposal` and DROP the original, which with foreign keys on SQLite deletes its scores.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

from roadmap_desktop.store import triggers
from roadmap_desktop.store.triggers import Trigger

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

ACROSS = (
    "(SELECT workshop_id FROM proposal WHERE id = NEW.proposal_id) <> "
    "(SELECT workshop_id FROM proposal WHERE id = NEW.other_id)"
)
TIE_ACROSS = "(SELECT workshop_id FROM proposal WHERE id = NEW.proposal_id) <> NEW.workshop_id"
RULES = [
    Trigger("tr_tie_order_workshop_insert", "BEFORE", "INSERT", "tie_order", TIE_ACROSS,
            "tr_tie_order_workshop"),
    Trigger("tr_tie_order_workshop_update", "BEFORE", "UPDATE", "tie_order", TIE_ACROSS,
            "tr_tie_order_workshop"),
    Trigger("tr_proposal_link_workshop_insert", "BEFORE", "INSERT", "proposal_link", ACROSS,
            "tr_proposal_link_workshop"),
    Trigger("tr_proposal_link_workshop_update", "BEFORE", "UPDATE", "proposal_link", ACROSS,
            "tr_proposal_link_workshop"),
]  # fmt: skip


def upgrade() -> None:
    bind = op.get_bind()
    real = "DOUBLE PRECISION" if bind.dialect.name == "postgresql" else "FLOAT"
    op.execute(
        f"ALTER TABLE workshop ADD COLUMN budget {real} "
        "CONSTRAINT ck_workshop_budget CHECK (budget IS NULL OR budget >= 0)"
    )
    op.execute(
        "ALTER TABLE proposal ADD COLUMN funding VARCHAR DEFAULT '' NOT NULL "
        "CONSTRAINT ck_proposal_funding CHECK (funding IN ('', 'must', 'never'))"
    )
    op.create_table(
        "proposal_link",
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.CheckConstraint("kind IN ('needs', 'excludes')", name="ck_proposal_link_kind"),
        sa.CheckConstraint("proposal_id <> other_id", name="ck_proposal_link_other"),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
            ondelete="CASCADE",
            name="fk_proposal_link_proposal_id_proposal",
        ),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["proposal.id"],
            ondelete="CASCADE",
            name="fk_proposal_link_other_id_proposal",
        ),
        sa.PrimaryKeyConstraint("proposal_id", "other_id", name="pk_proposal_link"),
    )
    op.create_index("ix_proposal_link_other_id", "proposal_link", ["other_id"])
    op.create_table(
        "proposal_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(), server_default="", nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("length(trim(text)) > 0", name="ck_proposal_note_text"),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
            ondelete="CASCADE",
            name="fk_proposal_note_proposal_id_proposal",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_proposal_note"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_proposal_note_proposal_id", "proposal_note", ["proposal_id"])
    op.create_table(
        "tie_order",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("round_number", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("runoff_round", sa.Integer(), nullable=True),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("place >= 1", name="ck_tie_order_place"),
        sa.CheckConstraint("length(trim(reason)) > 0", name="ck_tie_order_reason"),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            ondelete="CASCADE",
            name="fk_tie_order_workshop_id_workshop",
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
            ondelete="CASCADE",
            name="fk_tie_order_proposal_id_proposal",
        ),
        sa.PrimaryKeyConstraint("workshop_id", "round_number", "proposal_id", name="pk_tie_order"),
    )
    op.create_index("ix_tie_order_proposal_id", "tie_order", ["proposal_id"])
    op.create_table(
        "scenario",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("spec", sa.Text(), server_default="{}", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            ondelete="CASCADE",
            name="fk_scenario_workshop_id_workshop",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_scenario"),
        sa.UniqueConstraint("workshop_id", "name", name="uq_scenario_name"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_scenario_workshop_id", "scenario", ["workshop_id"])
    for rule in RULES:
        triggers.create(bind, rule)


def downgrade() -> None:
    bind = op.get_bind()
    for rule in RULES:
        triggers.drop(bind, rule.name, rule.table)
    op.drop_index("ix_scenario_workshop_id", table_name="scenario")
    op.drop_table("scenario")
    op.drop_index("ix_tie_order_proposal_id", table_name="tie_order")
    op.drop_table("tie_order")
    op.drop_index("ix_proposal_note_proposal_id", table_name="proposal_note")
    op.drop_table("proposal_note")
    op.drop_index("ix_proposal_link_other_id", table_name="proposal_link")
    op.drop_table("proposal_link")
    # In place (SQLite 3.35+ drops a column with its own CHECK), never a copy of the table.
    with op.batch_alter_table("proposal", recreate="never") as batch_op:
        batch_op.drop_column("funding")
    with op.batch_alter_table("workshop", recreate="never") as batch_op:
        batch_op.drop_column("budget")
