"""The store's rule triggers, written once and made in each dialect's own syntax.

A trigger here is a rule: when its condition holds for the row being written, the write is
refused with the rule's name (tr_…), which the services tell in a sentence. SQLite takes the
condition as the trigger's WHEN clause and refuses with RAISE(ABORT, name). PostgreSQL
allows no subquery in a trigger's WHEN, so there the condition is tested inside a PL/pgSQL
function of the same name, which raises SQLSTATE 23514 (check_violation) with the rule's
name as the error's constraint name: psycopg hands it over as `diag.constraint_name`, so the
error is told by its name, never by its text.

The migrations make and drop the triggers through this module; what they make on SQLite is
exactly the statement each revision has always made.
"""

import re
from dataclasses import dataclass

from sqlalchemy import Connection

_NAME = re.compile(r"^(tr|ck|uq)_\w+$")


@dataclass(frozen=True)
class Trigger:
    """A rule on one table.

    Attributes:
        name: the trigger's name (and its PostgreSQL function's).
        timing: "BEFORE" or "AFTER".
        event: "INSERT", "UPDATE", "DELETE" or "UPDATE OF column".
        table: the table it watches.
        when: the condition, in SQL both dialects read, that refuses the write (None: always).
        message: what the refusal says: a rule's name (tr_…), or a sentence.
        pg_when: the condition in PostgreSQL's words, where they differ from SQLite's.
    """

    name: str
    timing: str
    event: str
    table: str
    when: str | None
    message: str
    pg_when: str | None = None

    def sqlite(self) -> str:
        when = f"WHEN {self.when} " if self.when else ""
        return (
            f"CREATE TRIGGER {self.name} {self.timing} {self.event} ON {self.table} {when}"
            f"BEGIN SELECT RAISE(ABORT, '{self.message}'); END"
        )

    def postgresql(self) -> list[str]:
        condition = self.pg_when or self.when or "TRUE"
        # A BEFORE trigger that returns NULL silently skips the row: return the row as is.
        row = "NULL" if self.timing == "AFTER" else ("OLD" if self.event == "DELETE" else "NEW")
        constraint = self.message if _NAME.match(self.message) else self.name
        return [
            f"CREATE OR REPLACE FUNCTION {self.name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN\n  IF {condition} THEN\n"
            f"    RAISE EXCEPTION '{self.message}' USING ERRCODE = 'check_violation', "
            f"CONSTRAINT = '{constraint}', TABLE = '{self.table}';\n"
            f"  END IF;\n  RETURN {row};\nEND $$",
            f"CREATE TRIGGER {self.name} {self.timing} {self.event} ON {self.table} "
            f"FOR EACH ROW EXECUTE FUNCTION {self.name}()",
        ]


def create(bind: Connection, trigger: Trigger) -> None:
    """Makes the trigger in the connection's dialect."""
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql(trigger.sqlite())
        return
    for statement in trigger.postgresql():
        bind.exec_driver_sql(statement)


def drop(bind: Connection, name: str, table: str) -> None:
    """Drops the trigger (and on PostgreSQL its function), if it is there."""
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        return
    bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")


def names(bind: Connection) -> set[str]:
    """The names of the triggers the store holds (on PostgreSQL, in the current schema)."""
    if bind.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        query = (
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
        )
    return {str(r[0]) for r in bind.exec_driver_sql(query)}
