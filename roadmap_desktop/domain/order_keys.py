"""Sparse order keys for the cards of a lane.

A lane's cards are ordered by integer keys with gaps between them. Putting cards between two
neighbours takes keys inside the gap, so a move rewrites only the cards that move, whatever
the size of the lane. When a gap is used up the lane is given fresh keys (`spread`), which is
rare: a gap of GAP allows about twenty cards put one after another into the same spot.

Keys of cards on the board stay inside (-LIMIT, LIMIT). Keys from LIMIT up are scratch space
for a rewrite in progress (PARKED for cards being moved, SPREAD for a lane being spread), so
no key written during a rewrite can meet one that is still there.
"""

from collections.abc import Sequence
from itertools import pairwise

GAP = 1 << 20
# Well inside a signed 64-bit integer (SQLite INTEGER, PostgreSQL BIGINT).
LIMIT = 1 << 61
SPREAD = LIMIT  # + the card's index in its lane
PARKED = LIMIT + (1 << 50)  # + the card's id


def between(before: int | None, after: int | None, count: int) -> list[int] | None:
    """`count` increasing keys strictly between two neighbours' keys (None: no neighbour on
    that side), evenly spaced; None when the gap is too small (the lane needs `spread`)."""
    if count <= 0:
        return []
    if before is None and after is None:
        return [GAP * (i + 1) for i in range(count)]
    if after is None:
        assert before is not None
        keys = [before + GAP * (i + 1) for i in range(count)]
        return keys if keys[-1] < LIMIT else None
    if before is None:
        keys = [after - GAP * (count - i) for i in range(count)]
        return keys if keys[0] > -LIMIT else None
    step = (after - before) // (count + 1)
    if step < 1:
        return None
    return [before + step * (i + 1) for i in range(count)]


def spread(count: int, hole_at: int, hole: int) -> tuple[list[int], list[int]]:
    """Fresh keys, GAP apart, for `count` cards kept in order, with `hole` keys for new cards
    before the card at index hole_at: (keys of the kept cards, keys for the hole)."""
    kept: list[int] = []
    holes: list[int] = []
    key = 0
    for i in range(count + 1):
        if i == hole_at:
            holes = [key + GAP * (j + 1) for j in range(hole)]
            key += GAP * hole
        if i < count:
            key += GAP
            kept.append(key)
    return kept, holes


def is_increasing(keys: Sequence[int]) -> bool:
    return all(a < b for a, b in pairwise(keys))
