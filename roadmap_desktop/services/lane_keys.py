"""Where cards sit in their lanes: reading and writing the sparse order keys (see
domain/order_keys.py) inside a service's write transaction.

A move asks for a place by index ("third card of Shortlist") or, for an undo, by the exact
key a card had. Either way only the moving cards are rewritten, unless the gap between two
neighbours is used up, when the target lane is given fresh keys in its new order. Writes
never let two unarchived cards of a lane share a key, not even for a moment: cards that
move together are parked in scratch keys first (the store's unique index checks each row).
"""

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, Connection, and_, bindparam, func, not_, update
from sqlalchemy import select as sa_select
from sqlmodel import Session

from roadmap_desktop.domain import order_keys
from roadmap_desktop.services.errors import NotFound, ServiceError
from roadmap_desktop.store.tables import Lane, Proposal
from roadmap_desktop.words import _

Unit = Session | Connection  # a unit of work: an ORM session or a bare connection
_TABLE: Any = Proposal.__table__  # type: ignore[attr-defined]
LIVE = not_(_TABLE.c.archived)  # renders "archived = 0": the partial index's own WHERE


@dataclass(frozen=True, slots=True)
class Spot:
    """Where a card sits: its lane and its order key there."""

    id: int
    lane: int
    key: int

    def record(self) -> dict[str, int]:
        return {"id": self.id, "lane": self.lane, "key": self.key}


def spot_of(p: Any) -> Spot:
    """The spot of a card's row (ORM or plain: id, lane_id, sort_key)."""
    return Spot(int(p.id), int(p.lane_id), int(p.sort_key))


def parse_spot(item: Mapping[str, Any] | Sequence[Any]) -> Spot:
    """A spot from a change's record ({"id", "lane", "key"}) or an (id, lane, key) triple."""
    try:
        if isinstance(item, Mapping):
            return Spot(int(item["id"]), int(item["lane"]), int(item["key"]))
        pid, lane, key = item
        return Spot(int(pid), int(lane), int(key))
    except (KeyError, TypeError, ValueError) as exc:
        raise ServiceError(
            _("A place is a card, a lane and a key; {item} is not one.", item=repr(item))
        ) from exc


# -- reading ---------------------------------------------------------------------------------


# Built once: a move runs a handful of these, and building a statement costs more than
# running it on SQLite. (The store's index on lane and key answers each from the index.)
_MOVING: BindParameter[int] = bindparam("moving", expanding=True)
_STAYING = and_(_TABLE.c.lane_id == bindparam("lane"), LIVE, _TABLE.c.id.not_in(_MOVING))
_KEYS_AT = (
    sa_select(_TABLE.c.sort_key)
    .where(_STAYING)
    .order_by(_TABLE.c.sort_key)
    .limit(bindparam("count"))
    .offset(bindparam("skip"))
)
_BELOW = sa_select(func.max(_TABLE.c.sort_key)).where(
    _STAYING, _TABLE.c.sort_key < bindparam("key")
)
_ABOVE = sa_select(func.min(_TABLE.c.sort_key)).where(
    _STAYING, _TABLE.c.sort_key >= bindparam("key")
)
_LAST = sa_select(func.max(_TABLE.c.sort_key)).where(_STAYING)
_CARDS = sa_select(_TABLE.c.id, _TABLE.c.sort_key).where(_STAYING).order_by(_TABLE.c.sort_key)
_BEFORE = (
    sa_select(func.count())
    .select_from(_TABLE)
    .where(_STAYING, _TABLE.c.sort_key < bindparam("key"))
)
_LANE_TABLE: Any = Lane.__table__  # type: ignore[attr-defined]
_ROWS = sa_select(
    _TABLE.c.id, _TABLE.c.workshop_id, _TABLE.c.lane_id, _TABLE.c.sort_key, _TABLE.c.archived,
    _TABLE.c.title,
    # The target lane's workshop, read in the same statement: a move's checks cost one read.
    sa_select(_LANE_TABLE.c.workshop_id).where(_LANE_TABLE.c.id == bindparam("lane"))
    .scalar_subquery().label("lane_owner"),
).where(_TABLE.c.id.in_(bindparam("ids", expanding=True)))  # fmt: skip
_LANES = sa_select(_LANE_TABLE.c.id, _LANE_TABLE.c.workshop_id).where(
    _LANE_TABLE.c.id.in_(bindparam("ids", expanding=True))
)


def _run(s: Unit, statement: Any, **params: Any) -> Any:
    return connection(s).execute(statement, params)


def connection(s: Unit) -> Connection:
    """The connection of a unit of work: itself, or a session's (looked up once)."""
    if isinstance(s, Connection):
        return s
    conn = s.info.get("connection")
    if conn is None:
        conn = s.info["connection"] = s.connection()
    return conn


def _staying(lane_id: int, moving: Collection[int]) -> dict[str, Any]:
    return {"lane": lane_id, "moving": list(moving)}


def neighbours_at(
    s: Unit, lane_id: int, index: int, moving: Collection[int]
) -> tuple[int | None, int | None]:
    """The keys of the cards on either side of index (clamped) among the lane's unarchived
    cards that stay (not `moving`); None where there is no card on that side."""
    where = _staying(lane_id, moving)
    if index <= 0:
        return None, _run(s, _KEYS_AT, count=1, skip=0, **where).scalar()
    keys = list(_run(s, _KEYS_AT, count=2, skip=index - 1, **where).scalars())
    if not keys:  # past the end
        return last_key(s, lane_id, moving), None
    return keys[0], keys[1] if len(keys) > 1 else None


def neighbours_of_key(
    s: Unit, lane_id: int, key: int, moving: Collection[int]
) -> tuple[int | None, int | None]:
    """The keys of the staying cards just below key and at or just above it."""
    where = _staying(lane_id, moving)
    return _run(s, _BELOW, key=key, **where).scalar(), _run(s, _ABOVE, key=key, **where).scalar()


def last_key(s: Unit, lane_id: int, moving: Collection[int] = ()) -> int | None:
    return _run(s, _LAST, **_staying(lane_id, moving)).scalar()


def lane_cards(s: Unit, lane_id: int, moving: Collection[int] = ()) -> list[tuple[int, int]]:
    """(id, key) of the lane's staying unarchived cards, in order."""
    return [(int(i), int(k)) for i, k in _run(s, _CARDS, **_staying(lane_id, moving))]


def index_of(s: Unit, lane_id: int, key: int) -> int:
    """How many unarchived cards of the lane sit before key (a card's index on the board)."""
    return int(_run(s, _BEFORE, key=key, **_staying(lane_id, ())).scalar_one())


# -- checking --------------------------------------------------------------------------------


def live_cards(
    s: Unit, ids: Sequence[int], *, into: int | None = None
) -> tuple[int, dict[int, Any]]:
    """The workshop and the rows (id, workshop_id, lane_id, sort_key, archived, title) of
    cards about to move; refuses missing, archived or mixed, and (into) a target lane that
    is missing or another workshop's."""
    rows = {int(r.id): r for r in _run(s, _ROWS, ids=list(ids), lane=into or 0)}
    missing = [i for i in ids if i not in rows]
    if missing:
        raise NotFound(
            _("The proposal #{id} does not exist (it may have been deleted).", id=missing[0])
        )
    if len({p.workshop_id for p in rows.values()}) > 1:
        raise ServiceError(
            _("Those cards belong to different workshops; move them one board at a time.")
        )
    archived = [rows[i] for i in ids if rows[i].archived]
    if archived:
        raise ServiceError(
            _("“{title}” is archived; restore it before moving it.", title=archived[0].title)
        )
    workshop_id = int(rows[ids[0]].workshop_id)
    if into is not None:
        owner = rows[ids[0]].lane_owner
        if owner is None:
            raise NotFound(_("The lane #{id} does not exist (it may have been removed).", id=into))
        if owner != workshop_id:
            raise ServiceError(_("That lane belongs to another workshop."))
    return workshop_id, rows


def workshop_lanes(s: Unit, workshop_id: int, lane_ids: Iterable[int]) -> set[int]:
    """The named lanes; refuses a lane that is missing or belongs to another workshop."""
    wanted = list(dict.fromkeys(int(i) for i in lane_ids))
    owners = {int(i): int(w) for i, w in _run(s, _LANES, ids=wanted)}
    for lane_id in wanted:
        if lane_id not in owners:
            raise NotFound(
                _("The lane #{id} does not exist (it may have been removed).", id=lane_id)
            )
        if owners[lane_id] != workshop_id:
            raise ServiceError(_("That lane belongs to another workshop."))
    return set(owners)


# -- writing ---------------------------------------------------------------------------------


class Placer:
    """Plans where moving cards land (gap by gap, lane by lane), then writes it.

    Every card to place is already a row (a live card moving, or an archived one coming back
    with `revive`). Plans for one lane see the lane without any of the moving cards.
    """

    def __init__(self, s: Unit, moving: Collection[int], *, revive: Collection[int] = ()) -> None:
        self.s = s
        self.moving = set(moving)
        self.revive = set(revive)
        self.landed: dict[int, Spot] = {}
        self._rekeyed: dict[int, list[int]] = {}  # lane → final order, when rekeyed

    def into_gap(
        self, lane_id: int, ids: Sequence[int], before: int | None, after: int | None
    ) -> None:
        """Puts the cards, in order, between the staying cards keyed before and after."""
        keys = order_keys.between(before, after, len(ids))
        if keys is None:
            self._rekey_around(lane_id, ids, before)
            return
        for pid, key in zip(ids, keys, strict=True):
            self.landed[pid] = Spot(pid, lane_id, key)

    def at_index(self, lane_id: int, ids: Sequence[int], index: int) -> None:
        before, after = neighbours_at(self.s, lane_id, index, self.moving)
        self.into_gap(lane_id, ids, before, after)

    def at_indexes(self, lane_id: int, wanted: Sequence[tuple[int, int]]) -> None:
        """Puts cards (id, index) into one lane, filling it in order of index: each lands at
        its index of the lane as it is then (clamped to its end)."""
        staying = lane_cards(self.s, lane_id, self.moving)
        order: list[int | tuple[int, int]] = [(pid, key) for pid, key in staying]
        for pid, index in sorted(wanted, key=lambda w: w[1]):
            order.insert(max(0, min(int(index), len(order))), pid)
        run: list[int] = []
        before: int | None = None
        for item in [*order, None]:
            if isinstance(item, int):
                run.append(item)
                continue
            after = None if item is None else item[1]
            if run:
                self.into_gap(lane_id, run, before, after)
                run = []
            before = after

    def at_keys(self, wanted: Sequence[Spot]) -> None:
        """Puts each card back at its exact key when that key is still free between the same
        staying neighbours; else as close to it as the cards now there allow."""
        by_gap: dict[tuple[int, int | None, int | None], list[Spot]] = {}
        for spot in sorted(wanted, key=lambda w: (w.lane, w.key)):
            before, above = neighbours_of_key(self.s, spot.lane, spot.key, self.moving)
            by_gap.setdefault((spot.lane, before, above), []).append(spot)
        for (lane_id, before, above), spots in by_gap.items():
            keys = [w.key for w in spots]
            free = (
                (before is None or keys[0] > before)
                and (above is None or keys[-1] < above)
                and order_keys.is_increasing(keys)
                and keys[0] > -order_keys.LIMIT
                and keys[-1] < order_keys.LIMIT
            )
            if free:
                for w in spots:
                    self.landed[w.id] = Spot(w.id, lane_id, w.key)
            else:
                self.into_gap(lane_id, [w.id for w in spots], before, above)

    def _rekey_around(self, lane_id: int, ids: Sequence[int], before: int | None) -> None:
        order = self._rekeyed.get(lane_id)
        if order is None:
            order = [pid for pid, _key in lane_cards(self.s, lane_id, self.moving)]
            keys = dict(lane_cards(self.s, lane_id, self.moving))
        else:
            keys = {pid: self.landed[pid].key for pid in order}
        at = (
            0
            if before is None
            else next((i for i, pid in enumerate(order) if keys[pid] > before), len(order))
        )
        order[at:at] = list(ids)
        self._rekeyed[lane_id] = order
        for i, pid in enumerate(order):
            self.landed[pid] = Spot(pid, lane_id, order_keys.GAP * (i + 1))

    def write(self) -> dict[int, Spot]:
        """Writes every planned key; returns where each card landed, by id."""
        moved = [spot for pid, spot in self.landed.items() if pid in self.moving]
        rekeyed = {pid for order in self._rekeyed.values() for pid in order}
        quiet = len(moved) == 1 and not rekeyed
        if not quiet:
            # Park the moving cards, then each rekeyed lane's cards, in scratch keys.
            _write(
                self.s,
                [{"b_id": s.id, "b_key": order_keys.PARKED + s.id} for s in moved],
                lane=False,
            )
            for lane_id, order in self._rekeyed.items():
                _write(
                    self.s,
                    [
                        {"b_id": pid, "b_lane": lane_id, "b_key": order_keys.SPREAD + i}
                        for i, pid in enumerate(order)
                    ],
                    lane=True,
                )
        _write(
            self.s,
            [
                {"b_id": spot.id, "b_lane": spot.lane, "b_key": spot.key}
                for spot in self.landed.values()
                if spot.id in self.moving or spot.id in rekeyed
            ],
            lane=True,
        )
        if self.revive:
            connection(self.s).execute(
                update(_TABLE).where(_TABLE.c.id.in_(list(self.revive))).values(archived=False)
            )
        return dict(self.landed)


_SET_KEY = (
    update(_TABLE).where(_TABLE.c.id == bindparam("b_id")).values(sort_key=bindparam("b_key"))
)
_SET_PLACE = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("b_id"))
    .values(lane_id=bindparam("b_lane"), sort_key=bindparam("b_key"))
)


def _write(s: Unit, rows: list[dict[str, int]], *, lane: bool) -> None:
    if rows:
        connection(s).execute(_SET_PLACE if lane else _SET_KEY, rows[0] if len(rows) == 1 else rows)


def append_keys(s: Unit, lane_id: int, count: int) -> list[int]:
    """Keys for `count` new cards at the end of the lane (its cards are given fresh keys
    first if the end is too close to the limit)."""
    keys = order_keys.between(last_key(s, lane_id), None, count)
    if keys is None:
        order = [pid for pid, _key in lane_cards(s, lane_id)]
        placer = Placer(s, order)
        placer._rekeyed[lane_id] = order
        for i, pid in enumerate(order):
            placer.landed[pid] = Spot(pid, lane_id, order_keys.GAP * (i + 1))
        placer.write()
        keys = order_keys.between(order_keys.GAP * len(order) if order else None, None, count)
        assert keys is not None
    return keys
