"""Dense positions (0, 1, 2, …) for the ordered things of a workshop: lanes, criteria,
participants."""

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, select


def in_order(s: Session, table: Any, workshop_id: int) -> list[Any]:
    """The workshop's rows of table by position (then id)."""
    query = select(table).where(table.workshop_id == workshop_id)
    return list(s.exec(query.order_by(table.position, table.id)).all())


def clamp(position: int | None, size: int) -> int:
    """A position to insert at among size rows: None (or past the end) is the end."""
    return size if position is None else max(0, min(int(position), size))


def renumber(rows: Sequence[Any]) -> None:
    for i, row in enumerate(rows):
        if row.position != i:
            row.position = i


def move_to(s: Session, table: Any, row: Any, position: int) -> tuple[int, int]:
    """Puts row at position (clamped) among its workshop's rows of table, keeping positions
    dense; returns (old position, new position)."""
    rows = in_order(s, table, row.workshop_id)
    old = rows.index(row)
    others = [r for r in rows if r.id != row.id]
    at = clamp(position, len(others))
    renumber([*others[:at], row, *others[at:]])
    return old, at
