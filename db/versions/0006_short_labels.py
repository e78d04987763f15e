"""Short labels for domains and categories, for a card too narrow for the name.

domain.short_name and category.short_name hold what a narrow card (or the projector) shows
instead of the name: "Pilot" for "Strategy / demonstration / pilot". Empty means the name
itself. A CHECK (ck_domain_short_name, ck_category_short_name) keeps them at most 24
characters. Existing domains and categories named as in the San José model get its labels.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SHORT_NAME_MAX = 24  # as roadmap_desktop.domain.rules.SHORT_NAME_MAX at the time of this revision

# The San José model's labels at the time of this revision (roadmap_desktop.domain.defaults),
# by lower-cased name.
DEFAULTS = {
    "domain": {"user-friendly": "Friendly", "demonstration": "Demo"},
    "category": {
        "implementation at scale": "At scale",
        "strategy / demonstration / pilot": "Pilot",
        "capacity building": "Capacity",
    },
}


def upgrade() -> None:
    bind = op.get_bind()
    quote = bind.dialect.identifier_preparer.quote
    for table, labels in DEFAULTS.items():
        # Added in place (ALTER TABLE ADD COLUMN, the CHECK with the column, which SQLite
        # and PostgreSQL both take): batch mode would copy the table and DROP the original,
        # and Alembic's add_column leaves a column's CHECK out. See 0003 on why no copy.
        op.execute(
            f"ALTER TABLE {quote(table)} ADD COLUMN short_name VARCHAR DEFAULT '' NOT NULL "
            f"CONSTRAINT ck_{table}_short_name CHECK (length(short_name) <= {SHORT_NAME_MAX})"
        )
        for name, label in labels.items():
            bind.execute(
                sa.text(f"UPDATE {quote(table)} SET short_name = :label WHERE lower(name) = :name"),
                {"label": label, "name": name},
            )


def downgrade() -> None:
    # Never recreate `domain` or `category` here: batch mode would copy them and DROP the
    # originals, and with foreign keys on SQLite's DROP TABLE first deletes every row,
    # setting every proposal's domain or category to NULL. SQLite (3.35+) drops a column in
    # place, its own CHECK with it; PostgreSQL drops the CHECK with the column.
    for table in ("category", "domain"):
        with op.batch_alter_table(table, schema=None, recreate="never") as batch_op:
            batch_op.drop_column("short_name")
