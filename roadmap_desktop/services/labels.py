"""The short labels of a workshop's domains and categories: the "labels" section of
Workshop ▸ Settings (see configure.py), read, checked and written inside its transaction.

A section is {"domains": [{"id", "short_name"}, …], "categories": […]}, each list in the
workshop's order. Only short labels change here: names, colours, quotas and order do not.
A list may leave rows out (they keep their labels); an empty label means "use the name".
"""

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session

from roadmap_desktop.domain import rules
from roadmap_desktop.services.errors import ServiceError
from roadmap_desktop.services.ordering import in_order
from roadmap_desktop.store.tables import Category, Domain, Workshop
from roadmap_desktop.words import Message, _, n_

KINDS: dict[str, tuple[Any, str]] = {
    # key in the section: table, noun
    "domains": (Domain, "domain"),
    "categories": (Category, "category"),
}
FIELDS = ("id", "short_name")


def read_labels(s: Session, ws: Workshop) -> dict[str, list[dict[str, Any]]]:
    """The workshop's labels section: every domain and category, in order."""
    assert ws.id is not None
    return {
        kind: [{"id": row.id, "short_name": row.short_name} for row in in_order(s, table, ws.id)]
        for kind, (table, _noun) in KINDS.items()
    }


def labels_still(s: Session, ws: Workshop, expected: object) -> bool:
    """Whether every row an expected labels section lists still has the label it lists
    (rows added since do not matter: an undo leaves them alone)."""
    assert ws.id is not None
    if not isinstance(expected, Mapping):
        return False
    for kind, (table, _noun) in KINDS.items():
        rows = {row.id: row for row in in_order(s, table, ws.id)}
        for item in expected.get(kind, ()):
            row = rows.get(_id(item, "label"))
            if row is None or row.short_name != item.get("short_name"):
                return False
    return True


def apply_labels(s: Session, ws: Workshop, labels: object) -> None:
    """Gives the rows listed their short labels (cleaned); refuses, with a sentence, another
    workshop's or an unknown id, a row listed twice, a field other than the label and a
    label that is too long. Nothing is written before everything has been checked."""
    assert ws.id is not None
    if not isinstance(labels, Mapping):
        raise ServiceError(_("Short labels are given as lists of domains and categories."))
    unknown = set(labels) - set(KINDS)
    if unknown:
        raise ServiceError(
            _(
                "Only domains and categories have short labels (got {names}).",
                names=", ".join(sorted(unknown)),
            )
        )
    wanted: list[tuple[Any, str]] = []
    for kind, (table, noun) in KINDS.items():
        items = labels.get(kind)
        if items is None:
            continue
        if isinstance(items, str | bytes | Mapping):
            raise ServiceError(
                _("The short labels of the domains are given as a list.")
                if kind == "domains"
                else _("The short labels of the categories are given as a list.")
            )
        rows = {row.id: row for row in in_order(s, table, ws.id)}
        seen: set[int] = set()
        for item in items:
            if not isinstance(item, Mapping):
                raise ServiceError(_without_id(noun))
            extra = set(item) - set(FIELDS)
            if "name" in extra:
                raise ServiceError(
                    _("Only short labels change here: a domain keeps its name.")
                    if noun == "domain"
                    else _("Only short labels change here: a category keeps its name.")
                )
            if extra:
                names = ", ".join(sorted(extra))
                raise ServiceError(
                    n_(
                        "A domain's label has no field {names}.",
                        "A domain's label has no fields {names}.",
                        len(extra),
                        names=names,
                    )
                    if noun == "domain"
                    else n_(
                        "A category's label has no field {names}.",
                        "A category's label has no fields {names}.",
                        len(extra),
                        names=names,
                    )
                )
            row_id = _id(item, noun)
            if row_id not in rows:
                raise ServiceError(
                    _("This workshop has no domain #{id}.", id=row_id)
                    if noun == "domain"
                    else _("This workshop has no category #{id}.", id=row_id)
                )
            if row_id in seen:
                raise ServiceError(
                    _("The same domain is listed twice.")
                    if noun == "domain"
                    else _("The same category is listed twice.")
                )
            seen.add(row_id)
            text = item.get("short_name")
            if text is None:
                text = ""
            if not isinstance(text, str):
                raise rules.RuleError(_("A short label is text (got {value}).", value=repr(text)))
            row = rows[row_id]
            wanted.append((row, rules.clean_short_name(text, f"“{row.name}”")))
    for row, label in wanted:
        if row.short_name != label:
            row.short_name = label
            s.add(row)
    s.flush()


def _id(item: Mapping[str, Any], noun: str) -> int:
    raw = item.get("id")
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise ServiceError(_without_id(noun))
    try:
        return int(raw)
    except ValueError as exc:
        raise ServiceError(_without_id(noun)) from exc


def _without_id(noun: str) -> Message:
    if noun == "domain":
        return _("Each domain's short label is given with the domain's id.")
    if noun == "category":
        return _("Each category's short label is given with the category's id.")
    return _("Each short label is given with the id of its domain or category.")
