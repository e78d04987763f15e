"""Directors vote from their phones: join links (tokens), and the phones' submissions.

ballot_token holds each director's join link (a secret, a short code for the "pick your
name" page, the device it was first used on); one live link per participant, revoked links
kept so a lost phone stays refused. ballot_submission remembers every choice a phone sent,
by its link and the id the phone made for it, so a choice sent twice is applied once.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ballot_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("secret", sa.String(), nullable=False),
        sa.Column("secret_digest", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("device", sa.String(), nullable=True),
        sa.Column("released_device", sa.String(), nullable=True),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["participant_id"], ["participant.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("secret_digest", name="uq_ballot_token_digest"),
    )
    op.create_index("ix_ballot_token_workshop_id", "ballot_token", ["workshop_id"])
    op.create_index(
        "uq_ballot_token_live",
        "ballot_token",
        ["participant_id"],
        unique=True,
        sqlite_where=sa.text("revoked_at IS NULL"),
        postgresql_where=sa.text("revoked_at IS NULL"),
    )
    op.create_table(
        "ballot_submission",
        sa.Column("token_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["token_id"], ["ballot_token.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("token_id", "id"),
    )


def downgrade() -> None:
    op.drop_table("ballot_submission")
    op.drop_index("uq_ballot_token_live", table_name="ballot_token")
    op.drop_index("ix_ballot_token_workshop_id", table_name="ballot_token")
    op.drop_table("ballot_token")
