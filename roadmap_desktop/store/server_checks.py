"""`check` on a shared PostgreSQL store: what a file's own checks say for SQLite, told for a
database server (the tables, the links between them, the schema revision).

The server keeps its own pages sound (there is no integrity check to ask); what a person
with the database's rights could have changed is told: a table gone, a link (foreign key)
dropped or not in force (NOT VALID), the schema not at this version's head. The rules'
triggers and the audit log's chain are checked as on SQLite (store/chain.py).
"""

from sqlalchemy import Connection, text
from sqlmodel import SQLModel

from roadmap_desktop.store.schema import HEAD
from roadmap_desktop.words import Message, _

# The foreign keys the tables declare, as (table, referred table) pairs in force.
_KEYS = """
SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, c.convalidated
  FROM pg_constraint c
 WHERE c.connamespace = current_schema()::regnamespace AND c.contype = 'f'
"""


def schema_problems(conn: Connection) -> list[Message]:
    """What is wrong with a PostgreSQL store's schema, one sentence each ([]: sound)."""
    problems: list[Message] = []
    present = set(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    missing = sorted(set(SQLModel.metadata.tables) - present)
    if missing:
        problems.append(_("The store lacks the tables {names}.", names=", ".join(missing)))
    if "alembic_version" in present:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision != HEAD:
            problems.append(
                _("The store's schema is {found}, not {head}.", found=revision, head=HEAD)
            )
    found = {
        (str(t).strip('"'), str(r).strip('"')): bool(v) for t, r, v in conn.execute(text(_KEYS))
    }
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in present:
            continue
        for key in table.foreign_keys:
            pair = (table.name, key.column.table.name)
            if pair not in found:
                problems.append(
                    _(
                        "The link from {table} to {referred} is missing.",
                        table=pair[0],
                        referred=pair[1],
                    )
                )
            elif not found[pair]:
                problems.append(
                    _(
                        "The link from {table} to {referred} is not in force (NOT VALID).",
                        table=pair[0],
                        referred=pair[1],
                    )
                )
    unique: dict[str, Message] = {}
    for problem in problems:  # (two keys from one table to another are one sentence)
        unique.setdefault(str(problem), problem)
    return list(unique.values())
