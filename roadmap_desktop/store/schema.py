"""The schema revisions this version knows, so opening a store needs no Alembic import.

Keep in step with db/versions/ (a test checks): the last entry is the head.
"""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD = REVISIONS[-1]
