"""Importing proposals from a spreadsheet, and undoing it: one transaction, one event each.

The plan (what to add, what to update, which domains and categories are new) is made by
roadmap_desktop.importing.proposal_plan; the service writes it all or nothing. The import's
detail holds what its undo needs: the ids it created and the old values it replaced, so
undo_proposal_import(detail) puts the store back as it was.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from roadmap_desktop.domain import defaults, rules
from roadmap_desktop.services.base import expect_fields, missing
from roadmap_desktop.services.board import BoardServices
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import Conflict, ServiceError
from roadmap_desktop.services.specs import ProposalSpec
from roadmap_desktop.store.tables import Category, Domain, DotVote, Proposal, Score
from roadmap_desktop.words import Num, _, n_

# New domains take the next colour of the Okabe–Ito palette that the workshop does not use
# yet (the five defaults, then vermillion and yellow), then grey.
DOMAIN_COLOURS = (*(c for _n, c in defaults.DOMAINS), "#D55E00", "#F0E442")
GREY = "#999999"

# Fields an import may update, by name; domain and category are given by name.
IMPORT_FIELDS = ("title", "summary", "department", "domain", "category", "cost", "timeframe")
_COLUMN = {"domain": "domain_id", "category": "category_id"}
_OLD_COLUMNS = frozenset(
    {"title", "summary", "department", "domain_id", "category_id", "cost", "timeframe"}
)
_CHUNK = 5000  # ids per IN (…) list, well under SQLite's limit on variables


def _chunks(ids: Sequence[int]) -> list[list[int]]:
    return [list(ids[i : i + _CHUNK]) for i in range(0, len(ids), _CHUNK)]


def _ids(values: object, what: str) -> list[int]:
    try:
        return [int(v) for v in values]  # type: ignore[attr-defined]
    except (TypeError, ValueError) as exc:
        raise ServiceError(_("That is not the record of an import ({part}).", part=what)) from exc


class ProposalImportServices(BoardServices):
    def import_proposals(
        self,
        workshop_id: int,
        *,
        domains: Sequence[str] = (),
        categories: Sequence[str] = (),
        add: Sequence[ProposalSpec] = (),
        update: Sequence[tuple[int, Mapping[str, object]]] = (),
        source: str = "",
    ) -> Change:
        """Creates the domains (next palette colour) and categories (no quota), each with the
        San José model's short label for its name if it has one, adds the proposals at the
        end of their lanes and applies the updates (fields by name: title, summary,
        department, domain, category, cost, timeframe), all in one transaction.
        A domain or category the workshop already has (ignoring case and spacing) is used,
        not created again, so a redo after an undo that kept one still works.

        detail: "source", "added" (count), "created" (proposal ids), "domains" and
        "categories" (ids created), "updated" ([{"id", "old", "new"}], old values by column)
        — undo_proposal_import(detail) undoes it."""
        self.store.safeguard("before-import")
        with self._write() as s:
            self._workshop(s, workshop_id)
            if not (domains or categories or add or update):
                raise ServiceError(_("There is nothing to import."))
            domain_ids = self._create_domains(s, workshop_id, domains)
            category_ids = self._create_categories(s, workshop_id, categories)
            created, lanes = self._insert_proposals(s, workshop_id, add)
            updated, update_lanes = self._apply_updates(s, workshop_id, update)
            return self._commit(
                s,
                Change(
                    ChangeKind.PROPOSALS_IMPORTED,
                    workshop_id,
                    Affects.BOARD | Affects.RESULTS | Affects.SETTINGS,
                    proposals=(*created, *(u["id"] for u in updated)),
                    lanes=tuple(dict.fromkeys((*lanes, *update_lanes))),
                    detail={
                        "workshop": workshop_id,
                        "source": source,
                        "added": len(created),
                        "created": list(created),
                        "domains": domain_ids,
                        "categories": category_ids,
                        "updated": updated,
                    },
                ),
            )

    def undo_proposal_import(self, detail: Mapping[str, Any]) -> Change:
        """Undoes import_proposals from its change's detail: deletes the proposals it added,
        puts back the values it replaced and deletes the domains and categories it created
        unless something uses them now. Refused (Conflict), changing nothing, when an added
        proposal has been scored since or an updated one has been changed since."""
        with self._write() as s:
            try:
                workshop_id = int(detail["workshop"])
                updated = [(int(u["id"]), dict(u["old"])) for u in detail.get("updated", ())]
            except (KeyError, TypeError, ValueError) as exc:
                raise ServiceError(_("That is not the record of an import.")) from exc
            created = _ids(detail.get("created", ()), "created")
            domain_ids = _ids(detail.get("domains", ()), "domains")
            category_ids = _ids(detail.get("categories", ()), "categories")
            self._workshop(s, workshop_id)

            cards = self._created_cards(s, workshop_id, created)
            self._refuse_scored(s, cards)
            lanes = list(dict.fromkeys(lane for lane, _archived, _title in cards.values()))
            for chunk in _chunks(list(cards)):
                s.execute(
                    delete(Proposal)
                    .where(col(Proposal.id).in_(chunk))
                    .execution_options(synchronize_session=False)
                )
            restored: list[int] = []
            news = {int(u["id"]): dict(u.get("new", {})) for u in detail.get("updated", ())}
            for proposal_id, old in updated:
                p = s.get(Proposal, proposal_id)
                if p is None or p.workshop_id != workshop_id:
                    continue  # deleted since: nothing to put back
                expect_fields(
                    p,
                    news.get(proposal_id),
                    _(
                        "“{title}” has been changed by someone else since; their change stays.",
                        title=p.title,
                    ),
                )
                for key, value in old.items():
                    if key not in _OLD_COLUMNS:
                        raise ServiceError(
                            _("That is not the record of an import ({part}).", part=key)
                        )
                    if key in ("domain_id", "category_id") and value is not None:
                        table = Domain if key == "domain_id" else Category
                        if s.get(table, int(value)) is None:
                            value = None  # removed since: the proposal goes without
                    setattr(p, key, value)
                s.add(p)
                restored.append(proposal_id)
                lanes.append(p.lane_id)
            s.flush()

            removed_domains = _drop_unused(s, Domain, "domain_id", workshop_id, domain_ids)
            removed_categories = _drop_unused(s, Category, "category_id", workshop_id, category_ids)
            return self._commit(
                s,
                Change(
                    ChangeKind.PROPOSALS_IMPORT_UNDONE,
                    workshop_id,
                    Affects.BOARD | Affects.RESULTS | Affects.SETTINGS,
                    proposals=(*cards, *restored),
                    lanes=tuple(dict.fromkeys(lanes)),
                    detail={
                        "source": detail.get("source", ""),
                        "removed": list(cards),
                        "restored": restored,
                        "domains": removed_domains,
                        "categories": removed_categories,
                    },
                ),
            )

    # -- helpers -------------------------------------------------------------------------

    def _create_domains(self, s: Session, workshop_id: int, names: Sequence[str]) -> list[int]:
        existing = list(s.exec(select(Domain).where(Domain.workshop_id == workshop_id)).all())
        taken = {rules.name_key(d.name): d.name for d in existing}
        used = {d.color.casefold() for d in existing}
        position = max((d.position for d in existing), default=-1) + 1
        rows: list[Domain] = []
        for raw in names:
            name = rules.clean_name(raw, "domain")
            if rules.name_key(name) in taken:
                continue  # there already (or twice in the list): used, not created
            taken[rules.name_key(name)] = name
            colour = next((c for c in DOMAIN_COLOURS if c.casefold() not in used), GREY)
            used.add(colour.casefold())
            rows.append(
                Domain(
                    workshop_id=workshop_id,
                    name=name,
                    color=colour,
                    position=position,
                    short_name=defaults.default_short_name("domain", name),
                )
            )
            position += 1
        s.add_all(rows)
        s.flush()
        return [d.id for d in rows]  # type: ignore[misc]

    def _create_categories(self, s: Session, workshop_id: int, names: Sequence[str]) -> list[int]:
        existing = list(s.exec(select(Category).where(Category.workshop_id == workshop_id)).all())
        taken = {rules.name_key(c.name): c.name for c in existing}
        position = max((c.position for c in existing), default=-1) + 1
        rows: list[Category] = []
        for raw in names:
            name = rules.clean_name(raw, "category")
            if rules.name_key(name) in taken:
                continue
            taken[rules.name_key(name)] = name
            rows.append(
                Category(
                    workshop_id=workshop_id,
                    name=name,
                    position=position,
                    short_name=defaults.default_short_name("category", name),
                )
            )
            position += 1
        s.add_all(rows)
        s.flush()
        return [c.id for c in rows]  # type: ignore[misc]

    def _apply_updates(
        self, s: Session, workshop_id: int, updates: Sequence[tuple[int, Mapping[str, object]]]
    ) -> tuple[list[dict[str, Any]], list[int]]:
        """Sets the named fields of existing proposals; returns [{"id", "old", "new"}] with
        values by column (domain_id, category_id) and the lanes the proposals are in."""
        if not updates:
            return [], []
        ids = [int(pid) for pid, _fields in updates]
        if len(set(ids)) != len(ids):
            raise ServiceError(_("The same proposal is updated twice in one import."))
        rows: dict[int, Proposal] = {}
        for chunk in _chunks(ids):
            rows.update(
                (p.id, p)  # type: ignore[misc]
                for p in s.exec(select(Proposal).where(col(Proposal.id).in_(chunk))).all()
            )
        domains = self._by_name(s, Domain, workshop_id)
        categories = self._by_name(s, Category, workshop_id)
        out: list[dict[str, Any]] = []
        lanes: list[int] = []
        for pid, fields in updates:
            unknown = set(fields) - set(IMPORT_FIELDS)
            if unknown:
                raise ServiceError(
                    n_(
                        "Proposals have no field {fields}.",
                        "Proposals have no fields {fields}.",
                        len(unknown),
                        fields=", ".join(sorted(unknown)),
                    )
                )
            p = rows.get(int(pid))
            if p is None:
                raise ServiceError(missing("proposal", int(pid)))
            self._owned(p, workshop_id, "proposal")
            new: dict[str, Any] = {}
            for key, value in fields.items():
                if key == "title":
                    new["title"] = rules.clean_name(str(value), "proposal")
                elif key in ("summary", "timeframe"):
                    new[key] = "" if value is None else str(value).strip()
                elif key == "department":
                    new[key] = "" if value is None else " ".join(str(value).split())
                elif key == "cost":
                    new[key] = _cost(value)
                else:
                    named = domains if key == "domain" else categories
                    new[_COLUMN[key]] = (
                        None if value is None else self._lookup(named, str(value), key).id
                    )
            old = {k: getattr(p, k) for k in new}
            for key, value in new.items():
                setattr(p, key, value)
            s.add(p)
            out.append({"id": p.id, "old": old, "new": new})
            lanes.append(p.lane_id)
        s.flush()
        return out, lanes

    @staticmethod
    def _created_cards(
        s: Session, workshop_id: int, ids: Sequence[int]
    ) -> dict[int, tuple[int, bool, str]]:
        """Id → (lane, archived, title) of the imported proposals still in the store."""
        cards: dict[int, tuple[int, bool, str]] = {}
        for chunk in _chunks(ids):
            # sqlmodel's select() is typed for at most four columns.
            query: Select[int, int, int, bool, str] = select(  # type: ignore[call-overload]
                Proposal.id,
                Proposal.workshop_id,
                Proposal.lane_id,
                Proposal.archived,
                Proposal.title,
            ).where(col(Proposal.id).in_(chunk))
            for pid, owner, lane, archived, title in s.exec(query).all():
                if owner != workshop_id:
                    raise ServiceError(_("That import's proposals belong to another workshop."))
                cards[pid] = (lane, archived, title)
        return cards

    @staticmethod
    def _refuse_scored(s: Session, cards: Mapping[int, tuple[int, bool, str]]) -> None:
        scored: set[int] = set()
        for chunk in _chunks(list(cards)):
            for table in (Score, DotVote):
                scored.update(
                    s.exec(select(table.proposal_id).where(col(table.proposal_id).in_(chunk))).all()
                )
        if not scored:
            return
        titles = [cards[pid][2] for pid in cards if pid in scored]
        named = ", ".join(f"“{t}”" for t in titles[:3]) + (" …" if len(titles) > 3 else "")
        raise Conflict(
            n_(
                "The import cannot be undone: {n} of its proposals has been scored since "
                "({titles}), and undoing it would delete those scores. Delete the proposals one "
                "by one if you mean to.",
                "The import cannot be undone: {n} of its proposals have been scored since "
                "({titles}), and undoing it would delete those scores. Delete the proposals one "
                "by one if you mean to.",
                len(titles),
                n=Num(len(titles)),
                titles=named,
            )
        )


def _cost(value: object) -> float | None:
    if value is None:
        return None
    try:
        cost = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise ServiceError(_("A cost is a number (got {value}).", value=repr(value))) from exc
    if not cost >= 0 or cost == float("inf"):
        raise ServiceError(_("A cost is zero or more (got {value}).", value=repr(value)))
    return cost


def _drop_unused(
    s: Session, table: Any, column: str, workshop_id: int, ids: Sequence[int]
) -> list[int]:
    """Deletes the workshop's rows of table (domains or categories) among ids that no
    proposal uses; returns the ids deleted."""
    if not ids:
        return []
    used = set(
        s.exec(
            select(getattr(Proposal, column))
            .where(col(getattr(Proposal, column)).in_(ids))
            .group_by(getattr(Proposal, column))
        ).all()
    )
    gone = [
        row.id
        for row in s.exec(select(table).where(col(table.id).in_(ids))).all()
        if row.workshop_id == workshop_id and row.id not in used
    ]
    if gone:
        s.execute(delete(table).where(col(table.id).in_(gone)))
    return gone
