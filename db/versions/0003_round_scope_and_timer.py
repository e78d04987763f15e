"""Rounds cover a scope (every proposal, a lane or a selection) and may run a countdown.

round_proposal lists the proposals a round covers. A round without rows there covers every
unarchived proposal of its workshop, so the rounds of older stores keep their meaning; their
scope reads "all". deadline_at is the end of the round's countdown (UTC), if it has one.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding columns is done in place (ALTER TABLE ADD COLUMN): batch mode does not copy
    # `round`, whose copy would cost a DROP TABLE (see downgrade).
    with op.batch_alter_table("round", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deadline_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("scope", sa.String(), nullable=False, server_default="all"))

    op.create_table(
        "round_proposal",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["round_id"], ["round.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("round_id", "proposal_id"),
    )
    with op.batch_alter_table("round_proposal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_round_proposal_proposal_id"), ["proposal_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("round_proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_round_proposal_proposal_id"))
    op.drop_table("round_proposal")
    # Never recreate `round` here: batch mode would copy it and DROP the original, and with
    # foreign keys on SQLite's DROP TABLE first deletes every row, cascading to every score
    # and dot vote. SQLite (3.35+) drops these two plain columns in place.
    with op.batch_alter_table("round", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("scope")
        batch_op.drop_column("deadline_at")
