"""The round of record, the cut line applied, and a staff report's council fields.

- workshop.record_round: the number of the revealed round the board's badges, the poster and
  the packet report (NULL: the latest revealed round). Proposals that round did not score
  carry their score from the latest earlier round that did.
- workshop.cut_round, cut_rule ('top' or 'quota'), cut_top and cut_applied_at, with the table
  cut_proposal (the proposals the cut put on the roadmap, in rank order): what the last
  applied cut line was, so the packet can say whether the roadmap still equals it.
- workshop.recommendation, action_requested, agenda_item, meeting_date, prepared_by,
  approved_by and time_zone (an IANA name; empty: the computer's own zone): the council
  front section of the packet.

Columns are added in place (ALTER TABLE ADD COLUMN), never by copying `workshop`: a copy
and DROP with foreign keys on would cascade-delete every workshop's rows (see 0003).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TEXT_COLUMNS = (
    "recommendation",
    "action_requested",
    "agenda_item",
    "meeting_date",
    "prepared_by",
    "approved_by",
    "time_zone",
)
CUT_RULES = "cut_rule IN ('', 'top', 'quota')"


def upgrade() -> None:
    bind = op.get_bind()
    quote = bind.dialect.identifier_preparer.quote
    stamp = "TIMESTAMP WITH TIME ZONE" if bind.dialect.name == "postgresql" else "DATETIME"
    columns = [
        "record_round INTEGER",
        *(f"{name} VARCHAR DEFAULT '' NOT NULL" for name in TEXT_COLUMNS),
        "cut_round INTEGER",
        f"cut_rule VARCHAR DEFAULT '' NOT NULL CONSTRAINT ck_workshop_cut_rule CHECK ({CUT_RULES})",
        "cut_top INTEGER",
        f"cut_applied_at {stamp}",
    ]
    for column in columns:
        op.execute(f"ALTER TABLE {quote('workshop')} ADD COLUMN {column}")
    op.create_table(
        "cut_proposal",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("workshop_id", "proposal_id"),
    )
    op.create_index("ix_cut_proposal_proposal_id", "cut_proposal", ["proposal_id"])


def downgrade() -> None:
    op.drop_index("ix_cut_proposal_proposal_id", table_name="cut_proposal")
    op.drop_table("cut_proposal")
    # In place, never a copy of `workshop` (see upgrade): SQLite 3.35+ drops a column in
    # place, its own CHECK with it; PostgreSQL drops the CHECK with the column.
    for name in (
        "record_round",
        *TEXT_COLUMNS,
        "cut_round",
        "cut_rule",
        "cut_top",
        "cut_applied_at",
    ):
        with op.batch_alter_table("workshop", schema=None, recreate="never") as batch_op:
            batch_op.drop_column(name)
