"""Lane use cases: add, rename, limit, recolour, reorder, remove and restore the board's columns.

Lane positions are dense (0, 1, 2, …) within a workshop; names are unique in a workshop,
ignoring case and spacing. Each change's detail holds what its inverse needs: add_lane ↔
remove_lane(subject, None), remove_lane ↔ restore_lane(detail), and the others' "old" values
(an undo passes expect=detail["new"]: a lane someone has changed since keeps their change).
"""

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from roadmap_desktop.domain import rules
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import Conflict, NotFound, ServiceError
from roadmap_desktop.services.lane_keys import Placer, Spot, last_key
from roadmap_desktop.services.ordering import in_order, move_to, renumber
from roadmap_desktop.store.tables import Lane, Proposal
from roadmap_desktop.words import Num, _, n_

_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_LANE_FIELDS = ("id", "workshop_id", "name", "position", "kind", "limit", "color")


def _check_kind(kind: str) -> None:
    if kind not in rules.LANE_KINDS:
        raise rules.RuleError(
            _(
                "A lane is an inbox, shortlist, roadmap or parked lane, or an ordinary one (got "
                "{value}).",
                value=repr(kind),
            )
        )


def _check_limit(limit: int | None) -> None:
    if limit is None:
        return
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise rules.RuleError(
            _("A lane's limit is a whole number of cards (got {value}).", value=repr(limit))
        )
    if limit < 0:
        raise rules.RuleError(_("A lane's limit cannot be negative (got {value}).", value=limit))


def _clean_colour(color: str) -> str:
    text = str(color).strip()
    if text and not _COLOUR.fullmatch(text):
        raise rules.RuleError(
            _(
                "A lane's colour is written #rrggbb, like #e8eef4, or left empty (got {value}).",
                value=repr(color),
            )
        )
    return text.lower()


class LaneServices(ServiceBase):
    def add_lane(
        self,
        workshop_id: int,
        name: str,
        *,
        position: int | None = None,
        kind: str = "",
        limit: int | None = None,
        color: str = "",
    ) -> Change:
        """A new, empty lane at position (clamped; default: the end); subject is its id, so
        remove_lane(subject, None) undoes it."""
        with self._write() as s:
            self._workshop(s, workshop_id)
            name = rules.clean_name(name, "lane")
            _check_kind(kind)
            _check_limit(limit)
            color = _clean_colour(color)
            lanes = in_order(s, Lane, workshop_id)
            _refuse_taken_name(lanes, name)
            at = len(lanes) if position is None else max(0, min(int(position), len(lanes)))
            lane = Lane(
                workshop_id=workshop_id, name=name, kind=kind, limit=limit, color=color, position=at
            )
            s.add(lane)
            renumber([*lanes[:at], lane, *lanes[at:]])
            s.flush()
            assert lane.id is not None
            return self._commit(
                s,
                Change(
                    ChangeKind.LANE_ADDED,
                    workshop_id,
                    Affects.BOARD,
                    subject=lane.id,
                    lanes=(lane.id,),
                    detail={
                        "name": name,
                        "position": at,
                        "kind": kind,
                        "limit": limit,
                        "color": color,
                    },
                ),
            )

    def rename_lane(self, lane_id: int, name: str, *, expect: object = ...) -> Change:
        """detail["old"] / detail["new"] hold the names."""
        with self._write() as s:
            lane = self._get(s, Lane, lane_id, "lane")
            name = rules.clean_name(name, "lane")
            others = [x for x in in_order(s, Lane, lane.workshop_id) if x.id != lane_id]
            _refuse_taken_name(others, name)
            return self._set_field(s, lane, "name", name, ChangeKind.LANE_RENAMED, expect)

    def set_lane_limit(self, lane_id: int, limit: int | None, *, expect: object = ...) -> Change:
        """The most cards the lane should hold (None: no limit); the header turns red past it."""
        with self._write() as s:
            lane = self._get(s, Lane, lane_id, "lane")
            _check_limit(limit)
            return self._set_field(s, lane, "limit", limit, ChangeKind.LANE_LIMIT_CHANGED, expect)

    def recolour_lane(self, lane_id: int, color: str, *, expect: object = ...) -> Change:
        """color is #rrggbb (or #rgb), or "" for the theme's lane grey."""
        with self._write() as s:
            lane = self._get(s, Lane, lane_id, "lane")
            return self._set_field(
                s, lane, "color", _clean_colour(color), ChangeKind.LANE_RECOLOURED, expect
            )

    def move_lane(self, lane_id: int, position: int) -> Change:
        """Puts the lane at position (clamped) on the board; detail holds both positions."""
        with self._write() as s:
            lane = self._get(s, Lane, lane_id, "lane")
            old, at = move_to(s, Lane, lane, position)
            return self._commit(
                s,
                Change(
                    ChangeKind.LANE_MOVED,
                    lane.workshop_id,
                    Affects.BOARD,
                    subject=lane_id,
                    lanes=(lane_id,),
                    detail={"from_position": old, "to_position": at},
                ),
            )

    def remove_lane(self, lane_id: int, move_cards_to: int | None = None) -> Change:
        """Removes a lane; its cards (archived ones too) go to the end of move_cards_to, in
        order. detail["lane"] holds the lane's fields and position, detail["cards"] where each
        card was ({"id", "lane", "key", "archived"}): restore_lane(detail) undoes it."""
        self.store.safeguard("before-remove-lane")
        with self._write() as s:
            lane = self._get(s, Lane, lane_id, "lane")
            lanes = in_order(s, Lane, lane.workshop_id)
            if len(lanes) == 1:
                raise ServiceError(
                    _(
                        "“{name}” is the workshop's last lane; a workshop needs at least one.",
                        name=lane.name,
                    )
                )
            cards = s.exec(
                select(Proposal)
                .where(Proposal.lane_id == lane_id)
                .order_by(col(Proposal.archived), col(Proposal.sort_key), col(Proposal.id))
            ).all()
            record = {f: getattr(lane, f) for f in _LANE_FIELDS}
            record["position"] = lanes.index(lane)
            card_places = [
                {"id": p.id, "lane": lane_id, "key": p.sort_key, "archived": p.archived}
                for p in cards
            ]
            if cards:
                destination = self._destination(s, lane, move_cards_to, list(cards))
                assert destination.id is not None
                live = [p.id for p in cards if not p.archived]
                if live:
                    placer = Placer(s, live)  # type: ignore[arg-type]
                    placer.into_gap(destination.id, live, last_key(s, destination.id), None)  # type: ignore[arg-type]
                    placer.write()
                s.execute(
                    update(Proposal)
                    .where(Proposal.lane_id == lane_id)  # type: ignore[arg-type]
                    .values(lane_id=destination.id)
                    .execution_options(synchronize_session=False)
                )
            else:
                move_cards_to = None
            s.delete(lane)
            renumber([x for x in lanes if x.id != lane_id])
            return self._commit(
                s,
                Change(
                    ChangeKind.LANE_REMOVED,
                    lane.workshop_id,
                    Affects.BOARD | (Affects.RESULTS if cards else Affects.NONE),
                    subject=lane_id,
                    proposals=tuple(p.id for p in cards),  # type: ignore[misc]
                    lanes=(lane_id,) if move_cards_to is None else (lane_id, move_cards_to),
                    detail={"lane": record, "cards": card_places, "moved_to": move_cards_to},
                ),
            )

    def restore_lane(self, detail: Mapping[str, Any]) -> Change:
        """Undoes remove_lane: the lane comes back under its old id, fields and position, and
        each of its cards goes back to its old place. Refused if the id or the name has been
        taken since."""
        with self._write() as s:
            try:
                record = dict(detail["lane"])
                lane_id, workshop_id = int(record["id"]), int(record["workshop_id"])
                old_cards = [dict(c) for c in detail.get("cards", ())]
                card_ids = [int(c["id"]) for c in old_cards]
            except (KeyError, TypeError, ValueError) as exc:
                raise ServiceError(_("That is not the record of a removed lane.")) from exc
            self._workshop(s, workshop_id)
            name = rules.clean_name(record.get("name", ""), "lane")
            if s.get(Lane, lane_id) is not None:
                raise Conflict(
                    _(
                        "Lane #{id} exists again, so “{name}” cannot come back under its old "
                        "number.",
                        id=lane_id,
                        name=name,
                    )
                )
            kind, limit = str(record.get("kind", "")), record.get("limit")
            _check_kind(kind)
            _check_limit(limit)
            color = _clean_colour(record.get("color", ""))
            lanes = in_order(s, Lane, workshop_id)
            _refuse_taken_name(lanes, name)
            at = max(0, min(int(record.get("position", len(lanes))), len(lanes)))
            lane = Lane(
                id=lane_id,
                workshop_id=workshop_id,
                name=name,
                kind=kind,
                limit=limit,
                color=color,
                position=at,
            )
            s.add(lane)
            renumber([*lanes[:at], lane, *lanes[at:]])
            s.flush()
            sources: list[int] = []
            if card_ids:
                rows = {
                    p.id: p
                    for p in s.exec(select(Proposal).where(col(Proposal.id).in_(card_ids))).all()
                }
                for card_id in card_ids:
                    if card_id not in rows:
                        raise NotFound(
                            _(
                                "The proposal #{id} that was in “{name}” no longer exists; "
                                "bring it back first.",
                                id=card_id,
                                name=name,
                            )
                        )
                    self._owned(rows[card_id], workshop_id, "proposal")
                sources = list(dict.fromkeys(p.lane_id for p in rows.values()))
                # Cards still on the board go back to their old places (at the end for one
                # that was archived then); archived ones just return to the lane.
                live = [c for c in old_cards if not rows[int(c["id"])].archived]
                if live:
                    placer = Placer(s, [int(c["id"]) for c in live])
                    placer.at_keys(
                        [
                            Spot(int(c["id"]), lane_id, int(c["key"]))
                            for c in live
                            if not c.get("archived")
                        ]
                    )
                    late = [int(c["id"]) for c in live if c.get("archived")]
                    if late:
                        planned = [w.key for w in placer.landed.values()]
                        placer.into_gap(lane_id, late, max(planned, default=None), None)
                    placer.write()
                archived = [i for i in card_ids if rows[i].archived]
                if archived:
                    s.execute(
                        update(Proposal)
                        .where(col(Proposal.id).in_(archived))
                        .values(lane_id=lane_id)
                        .execution_options(synchronize_session=False)
                    )
            return self._commit(
                s,
                Change(
                    ChangeKind.LANE_RESTORED,
                    workshop_id,
                    Affects.BOARD | (Affects.RESULTS if card_ids else Affects.NONE),
                    subject=lane_id,
                    proposals=tuple(card_ids),
                    lanes=tuple(dict.fromkeys([lane_id, *sources])),
                    detail={"name": name, "position": at, "cards": len(card_ids)},
                ),
            )

    # -- helpers -------------------------------------------------------------------------

    def _set_field(
        self,
        s: Session,
        lane: Lane,
        field: str,
        value: object,
        kind: ChangeKind,
        expect: object = ...,
    ) -> Change:
        """Sets one field; expect (for an undo or a redo) is the value it must still have
        (Ellipsis: whatever it is)."""
        old = getattr(lane, field)
        if expect is not ... and old != expect:
            raise Conflict(
                _(
                    "The lane “{name}” has been changed by someone else since; their change stays.",
                    name=lane.name,
                )
            )
        setattr(lane, field, value)
        s.add(lane)
        return self._commit(
            s,
            Change(
                kind,
                lane.workshop_id,
                Affects.BOARD | (Affects.RESULTS if field == "name" else Affects.NONE),
                subject=lane.id,
                lanes=(lane.id,),  # type: ignore[arg-type]
                detail={"old": old, "new": value},
            ),
        )

    def _destination(
        self, s: Session, lane: Lane, move_cards_to: int | None, cards: list[Proposal]
    ) -> Lane:
        if move_cards_to is None:
            archived = sum(p.archived for p in cards)
            if archived:
                # Translators: {archived} is how many of the {n} are archived (1 or more).
                refusal = n_(
                    "“{name}” still holds {n} proposal ({archived} archived); choose a lane to "
                    "move it to.",
                    "“{name}” still holds {n} proposals ({archived} archived); choose a lane to "
                    "move them to.",
                    len(cards),
                    name=lane.name,
                    n=Num(len(cards)),
                    archived=Num(archived),
                )
            else:
                refusal = n_(
                    "“{name}” still holds {n} proposal; choose a lane to move it to.",
                    "“{name}” still holds {n} proposals; choose a lane to move them to.",
                    len(cards),
                    name=lane.name,
                    n=Num(len(cards)),
                )
            raise ServiceError(refusal)
        if move_cards_to == lane.id:
            raise ServiceError(
                _(
                    "The cards of “{name}” cannot move into the lane being removed; choose "
                    "another lane.",
                    name=lane.name,
                )
            )
        destination = self._get(s, Lane, move_cards_to, "lane")
        self._owned(destination, lane.workshop_id, "lane")
        return destination


def _refuse_taken_name(lanes: list[Lane], name: str) -> None:
    for lane in lanes:
        if rules.same_name(lane.name, name):
            raise ServiceError(
                _("This workshop already has a lane named “{name}”.", name=lane.name)
            )
