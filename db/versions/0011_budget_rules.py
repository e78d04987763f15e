"""The budget and its rules: a workshop's budget, must-fund and must-not marks, dependencies.

- workshop.budget: the amount the best roadmap under a budget may spend (NULL: none set;
  ck_workshop_budget: zero or more).
- proposal.funding: '' (no mark), 'must' (always funded) or 'never' (never funded);
  ck_proposal_funding.
- proposal_link: "proposal needs other" or "proposal excludes other", between two proposals of
  one workshop (tr_proposal_link_workshop refuses a link across workshops; a proposal never
  links to itself, ck_proposal_link_other). Deleting either proposal deletes the link.

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
RULES = [
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
    for rule in RULES:
        triggers.create(bind, rule)


def downgrade() -> None:
    bind = op.get_bind()
    for rule in RULES:
        triggers.drop(bind, rule.name, rule.table)
    op.drop_index("ix_proposal_link_other_id", table_name="proposal_link")
    op.drop_table("proposal_link")
    # In place (SQLite 3.35+ drops a column with its own CHECK), never a copy of the table.
    with op.batch_alter_table("proposal", recreate="never") as batch_op:
        batch_op.drop_column("funding")
    with op.batch_alter_table("workshop", recreate="never") as batch_op:
        batch_op.drop_column("budget")
