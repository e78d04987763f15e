"""Workshop ▸ Settings as one use case: the result settings, the criteria, the participants
and the short labels of a workshop made what the facilitator asked for, in one transaction
and one event.

The call takes the whole wanted state of each section it is given (criteria and participants
as ordered lists, each row with the id of the row it is, none for a new one, or an id the
store no longer has for one to bring back), works out the differences itself and applies
them; renames that swap names pass through names only this transaction ever sees. The
labels section gives domains and categories their short labels (see labels.py). Its
detail holds both states, so configure_workshop(**detail["before"], expect=detail["after"])
undoes it, refused (Conflict) when someone has changed any of it since.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlmodel import Session

from roadmap_desktop.domain import rules
from roadmap_desktop.domain.scoring import AGGREGATIONS
from roadmap_desktop.services.base import ServiceBase
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.criteria import clean_criterion_fields, refuse_scored_removal
from roadmap_desktop.services.errors import Conflict, ServiceError
from roadmap_desktop.services.labels import apply_labels, labels_still, read_labels
from roadmap_desktop.services.ordering import in_order
from roadmap_desktop.services.people import clean_participant_fields, refuse_voter_removal
from roadmap_desktop.store.tables import Criterion, Participant, Workshop
from roadmap_desktop.words import Message, _, n_

SETTINGS = ("aggregation", "discuss_threshold", "count_facilitator_scores", "vote_record")
CRITERION_FIELDS = ("name", "question", "weight", "scale_min", "scale_max")
PARTICIPANT_FIELDS = ("name", "role", "department")

Rows = Sequence[Mapping[str, Any]]

_SECTIONS: dict[str, tuple[Any, tuple[str, ...], str, str]] = {
    # section: table, fields, noun, plural
    "criteria": (Criterion, CRITERION_FIELDS, "criterion", "criteria"),
    "participants": (Participant, PARTICIPANT_FIELDS, "participant", "participants"),
}
_AFFECTS = {
    "settings": Affects.SETTINGS | Affects.RESULTS | Affects.ENTRIES,
    "criteria": Affects.SETTINGS | Affects.RESULTS | Affects.ENTRIES,
    "participants": Affects.PEOPLE | Affects.RESULTS | Affects.ENTRIES,
    # Cards, lane headers and the presenter repaint their domain and category labels.
    "labels": Affects.SETTINGS,
}


class ConfigureServices(ServiceBase):
    def configuration(
        self, workshop_id: int, sections: Sequence[str] = ("settings", "criteria", "participants")
    ) -> dict[str, Any]:
        """The workshop's settings, criteria and participants (and, when asked for, its
        short labels) as configure_workshop takes them: {"settings": {…}, "criteria":
        [{"id", "name", …}], "participants": […], "labels": {"domains": [{"id",
        "short_name"}], "categories": […]}}."""
        with self._read() as s:
            return _configuration(s, self._workshop(s, workshop_id), sections)

    def configure_workshop(
        self,
        workshop_id: int,
        *,
        settings: Mapping[str, Any] | None = None,
        criteria: Rows | None = None,
        participants: Rows | None = None,
        labels: Mapping[str, Rows] | None = None,
        expect: Mapping[str, Any] | None = None,
    ) -> Change:
        """Makes the given sections of the workshop what they say, as one change: settings
        (any of aggregation, discuss_threshold, count_facilitator_scores, vote_record), and
        the whole ordered lists of criteria and participants ({"id": … or None, fields…}),
        and the short labels of domains and categories ({"domains": [{"id", "short_name"}],
        "categories": […]}; rows left out keep theirs; at most 24 characters, empty for the
        name). Rows of the store missing from a criteria or participants list are removed,
        unless they hold votes (refused, and nothing changes). expect is a configuration
        (as `configuration` returns) the store must still match: an undo or redo refuses to
        overwrite someone else's change."""
        given = {
            name: value
            for name, value in (
                ("settings", settings),
                ("criteria", criteria),
                ("participants", participants),
                ("labels", labels),
            )
            if value is not None
        }
        if not given:
            raise ServiceError(_("There is nothing to change."))
        if criteria is not None:  # a criterion left out of the list is removed
            self.store.safeguard("before-remove-criterion")
        with self._write() as s:
            ws = self._workshop(s, workshop_id)
            before = _configuration(s, ws, list(given))
            if expect is not None:
                # Labels are compared row by row: a domain added since does not stop an undo.
                now = _configuration(s, ws, [k for k in expect if k in _AFFECTS and k != "labels"])
                if now != {k: expect[k] for k in now} or (
                    "labels" in expect and not labels_still(s, ws, expect["labels"])
                ):
                    raise Conflict(
                        _(
                            "The workshop's settings, criteria, participants or short labels "
                            "have been changed by someone else since; their changes stay."
                        )
                    )
            if settings is not None:
                _apply_settings(ws, settings)
                s.add(ws)
            for section, rows in (("criteria", criteria), ("participants", participants)):
                if rows is not None:
                    _apply_rows(s, ws, section, rows)
            if labels is not None:
                apply_labels(s, ws, labels)
            s.flush()
            after = _configuration(s, ws, list(given))
            affects = Affects.NONE
            for section in given:
                affects |= _AFFECTS[section]
            return self._commit(
                s,
                Change(
                    ChangeKind.WORKSHOP_CONFIGURED,
                    workshop_id,
                    affects,
                    subject=workshop_id,
                    detail={"before": before, "after": after},
                ),
            )


def _configuration(s: Session, ws: Workshop, sections: Sequence[str]) -> dict[str, Any]:
    assert ws.id is not None
    out: dict[str, Any] = {}
    if "settings" in sections:
        out["settings"] = {k: getattr(ws, k) for k in SETTINGS}
    for section, (table, fields, _noun, _plural) in _SECTIONS.items():
        if section in sections:
            out[section] = [
                {"id": row.id, **{f: getattr(row, f) for f in fields}}
                for row in in_order(s, table, ws.id)
            ]
    if "labels" in sections:
        out["labels"] = read_labels(s, ws)
    return out


def _apply_settings(ws: Workshop, settings: Mapping[str, Any]) -> None:
    unknown = set(settings) - set(SETTINGS)
    if unknown:
        raise ServiceError(
            n_(
                "Workshops have no setting {names}.",
                "Workshops have no settings {names}.",
                len(unknown),
                names=", ".join(sorted(unknown)),
            )
        )
    merged = {**{k: getattr(ws, k) for k in SETTINGS}, **settings}
    if merged["aggregation"] not in AGGREGATIONS:
        raise rules.RuleError(
            _("Aggregation is mean or median (got {value}).", value=repr(merged["aggregation"]))
        )
    try:
        threshold = float(merged["discuss_threshold"])
    except (TypeError, ValueError) as exc:
        raise rules.RuleError(_("The discuss threshold is a number.")) from exc
    if not threshold >= 0:
        raise rules.RuleError(_("The discuss threshold cannot be negative."))
    if merged["vote_record"] not in rules.VOTE_RECORDS:
        raise rules.RuleError(
            _(
                "The vote record is named or anonymous (got {value}).",
                value=repr(merged["vote_record"]),
            )
        )
    ws.aggregation = str(merged["aggregation"])
    ws.discuss_threshold = threshold
    ws.count_facilitator_scores = bool(merged["count_facilitator_scores"])
    ws.vote_record = str(merged["vote_record"])


def _apply_rows(s: Session, ws: Workshop, section: str, wanted: Rows) -> None:
    table, fields, noun, _plural = _SECTIONS[section]
    assert ws.id is not None
    current = {row.id: row for row in in_order(s, table, ws.id)}
    items: list[tuple[int | None, dict[str, Any]]] = []
    for item in wanted:
        raw_id = item.get("id")
        unknown = set(item) - {"id", *fields}
        if unknown:
            raise ServiceError(_no_field(section, sorted(unknown)))
        items.append(
            (None if raw_id is None else int(raw_id), {k: item[k] for k in fields if k in item})
        )
    ids = [i for i, _f in items if i is not None]
    if len(set(ids)) != len(ids):
        raise ServiceError(
            _("The same criterion is listed twice.")
            if section == "criteria"
            else _("The same participant is listed twice.")
        )
    names: dict[str, str] = {}
    for index, (_id, values) in enumerate(items):
        name = rules.clean_name(values.get("name", ""), noun)
        if rules.name_key(name) in names:
            first = names[rules.name_key(name)]
            raise ServiceError(
                _("Two criteria would be named “{name}”; each needs a name of its own.", name=first)
                if section == "criteria"
                else _(
                    "Two participants would be named “{name}”; each needs a name of its own.",
                    name=first,
                )
            )
        names[rules.name_key(name)] = name
        values["name"] = name
        items[index] = (_id, values)

    # Removed rows first: their names are free for the others.
    for row_id, row in list(current.items()):
        if row_id not in ids:
            (refuse_scored_removal if table is Criterion else refuse_voter_removal)(s, row)
            s.delete(row)
            del current[row_id]
    s.flush()
    # Rows whose name changes step aside under a name only this transaction sees, so names
    # can swap (A → B, B → A) without ever being taken twice. (Not NUL: PostgreSQL stores
    # no NUL in text.)
    renamed = [
        current[i] for i, values in items if i in current and current[i].name != values["name"]
    ]
    for row in renamed:
        row.name = f"\x1f{row.id}"  # a control character: no cleaned name has one
        s.add(row)
    s.flush()
    for position, (row_id, values) in enumerate(items):
        if row_id in current:
            row = current[row_id]
            changes = {k: v for k, v in values.items() if getattr(row, k) != v or row in renamed}
            clean = (clean_criterion_fields if table is Criterion else clean_participant_fields)(
                s, row, changes, []
            )
            for key, value in clean.items():
                setattr(row, key, value)
            row.position = position
            s.add(row)
    s.flush()
    for position, (row_id, values) in enumerate(items):
        if row_id in current:
            continue
        if row_id is not None and s.get(table, row_id) is not None:
            raise Conflict(
                _(
                    "Criterion #{id} exists again, so “{name}” cannot come back under its old "
                    "number.",
                    id=row_id,
                    name=values["name"],
                )
                if section == "criteria"
                else _(
                    "Participant #{id} exists again, so “{name}” cannot come back under its "
                    "old number.",
                    id=row_id,
                    name=values["name"],
                )
            )
        s.add(_new_row(table, ws.id, row_id, position, values))
    s.flush()


def _no_field(section: str, unknown: Sequence[str]) -> Message:
    names = ", ".join(unknown)
    if section == "criteria":
        return n_(
            "A criterion has no field {names}.",
            "A criterion has no fields {names}.",
            len(unknown),
            names=names,
        )
    return n_(
        "A participant has no field {names}.",
        "A participant has no fields {names}.",
        len(unknown),
        names=names,
    )


def _new_row(
    table: Any, workshop_id: int, row_id: int | None, position: int, values: Mapping[str, Any]
) -> Any:
    if table is Criterion:
        row: Criterion | Participant = Criterion(
            workshop_id=workshop_id, name=values["name"], position=position
        )
        scale = (int(values.get("scale_min", 1)), int(values.get("scale_max", 5)))
        row.scale_min, row.scale_max = scale
        fields = {k: v for k, v in values.items() if k != "name"}
        clean = clean_criterion_fields_for_new(fields)
    else:
        row = Participant(workshop_id=workshop_id, name=values["name"], position=position)
        clean = {k: v for k, v in values.items() if k != "name"}
        if "role" in clean:
            rules.check_role(clean["role"])
        if "department" in clean:
            clean["department"] = " ".join(str(clean["department"]).split())
    for key, value in clean.items():
        setattr(row, key, value)
    if row_id is not None:
        row.id = row_id
    return row


def clean_criterion_fields_for_new(fields: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    if "question" in out:
        out["question"] = str(out["question"]).strip()
    weight = out.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, int | float):
        raise rules.RuleError(
            _("A criterion's weight is a number (got {value}).", value=repr(weight))
        )
    rules.check_weight(weight)
    out["weight"] = float(weight)
    low, high = out.get("scale_min", 1), out.get("scale_max", 5)
    for value, lowest in ((low, True), (high, False)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise rules.RuleError(
                _("A criterion's lowest score is a whole number (got {value}).", value=repr(value))
                if lowest
                else _(
                    "A criterion's highest score is a whole number (got {value}).",
                    value=repr(value),
                )
            )
    rules.check_scale(low, high)
    return out
