"""Alembic environment: runs migrations on the connection that open_store hands over."""

from alembic import context
from sqlmodel import SQLModel

from roadmap_desktop.store import tables  # noqa: F401  (registers the tables on the metadata)

target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise SystemExit(
        "Run migrations through roadmap_desktop.store.open_store, not the alembic CLI."
    )

# SQLite alters tables by copying them: batch mode does that for every migration.
context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
