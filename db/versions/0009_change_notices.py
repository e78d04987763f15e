"""Change notices between laptops: on PostgreSQL, every event committed tells the listeners.

An AFTER INSERT trigger on `event` (tr_event_notify, with a function of the same name) runs
`pg_notify('roadmap_events', <the event's id>)`. NOTIFY is transactional: the notice goes out
when the writer commits, never for a write rolled back, and in commit order. It carries the
id alone: a notice's payload is limited to 8,000 bytes, and a listener that was disconnected
misses notices anyway, so a listener always re-reads the audit log (services.poll_changes)
rather than trusting a notice's content (roadmap_desktop/store/notices.py).

SQLite has no notices (other copies on a file poll its audit log): nothing to do there.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CHANNEL = "roadmap_events"  # frozen here as at this revision (store/notices.py reads it)
NAME = "tr_event_notify"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"CREATE OR REPLACE FUNCTION {NAME}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n  PERFORM pg_notify('{CHANNEL}', NEW.id::text);\n  RETURN NULL;\nEND $$"
    )
    op.execute(
        f"CREATE TRIGGER {NAME} AFTER INSERT ON event FOR EACH ROW EXECUTE FUNCTION {NAME}()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP TRIGGER IF EXISTS {NAME} ON event")
    op.execute(f"DROP FUNCTION IF EXISTS {NAME}()")
