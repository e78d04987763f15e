"""Every constraint has a name by one convention, so a later revision can drop it on both.

The convention (roadmap_desktop/store/schema.NAMING, frozen here as at this revision):
pk_<table>, fk_<table>_<column>_<referred table>, uq_<table>_<columns>, ck_<table>_<name>.
The rules' own unique and check constraints were named by 0004 and 0006.

- PostgreSQL named 0001's primary and foreign keys itself (proposal_pkey,
  proposal_lane_id_fkey): they are renamed to the convention (ALTER TABLE … RENAME
  CONSTRAINT, in place; a primary key's index takes its constraint's name).
- SQLite keeps a primary or foreign key unnamed in the table's CREATE statement, and naming
  one there would cost a copy of every table. Nothing changes: a later revision drops one in
  batch mode given `naming_convention=NAMING`, which names the reflected constraints by the
  same convention (Alembic's "Dropping Unnamed or Named Foreign Key Constraints"), so the
  same name works on both.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Primary and foreign keys PostgreSQL named, with the convention's name for each.
_KEYS = """
SELECT c.conrelid::regclass::text, c.conname, c.contype,
       (SELECT a.attname FROM pg_attribute a
         WHERE a.attrelid = c.conrelid AND a.attnum = c.conkey[1]),
       c.confrelid::regclass::text
  FROM pg_constraint c
 WHERE c.connamespace = current_schema()::regnamespace
   AND c.contype IN ('p', 'f')
"""


def _wanted(table: str, kind: str, column: str, referred: str | None) -> str:
    table, referred = table.strip('"'), (referred or "").strip('"')
    return f"pk_{table}" if kind == "p" else f"fk_{table}_{column}_{referred}"


def _rename(back: bool) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for table, name, kind, column, referred in bind.exec_driver_sql(_KEYS).all():
        wanted = _wanted(table, kind, column, referred)
        if back:
            plain = table.strip('"')
            old, new = wanted, (f"{plain}_pkey" if kind == "p" else f"{plain}_{column}_fkey")
        else:
            old, new = name, wanted
        if name == old and old != new:
            op.execute(f'ALTER TABLE {table} RENAME CONSTRAINT "{old}" TO "{new}"')


def upgrade() -> None:
    _rename(back=False)


def downgrade() -> None:
    _rename(back=True)
