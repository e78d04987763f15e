"""The round of record and the packet's council front section: workshop settings the
documents read (which revealed round they report; recommendation, action requested, agenda
item, meeting date, who prepared and approved it, the time zone its times are shown in)."""

from collections.abc import Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlmodel import col, select

from roadmap_desktop.domain import rules
from roadmap_desktop.services.base import ServiceBase, expect_fields
from roadmap_desktop.services.changes import Affects, Change, ChangeKind
from roadmap_desktop.services.errors import ServiceError
from roadmap_desktop.services.views import COUNCIL_FIELDS
from roadmap_desktop.store.tables import Round
from roadmap_desktop.words import Message, Num, _, n_

# A field's longest text: a recommendation is a paragraph or two, not a report.
LONG_FIELDS = {"recommendation": 2000, "action_requested": 1000}
SHORT_MAX = 200


def time_zones() -> list[str]:
    """The IANA zone names a workshop can report its times in, sorted."""
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


def clean_time_zone(name: str) -> str:
    """An IANA zone name as given, or "" (the computer's zone); refuses an unknown one."""
    name = name.strip()
    if not name:
        return ""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ServiceError(
            _(
                "“{name}” is not a time zone this computer knows; use a name like "
                "America/Los_Angeles.",
                name=name,
            )
        ) from exc
    return name


def _clean(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise ServiceError(
            _("The council field {field} is text (got {value}).", field=field, value=repr(value))
        )
    if field == "time_zone":
        return clean_time_zone(value)
    text = rules.clean_text(value) if field in LONG_FIELDS else rules.clean_line(value)
    limit = LONG_FIELDS.get(field, SHORT_MAX)
    if len(text) > limit:
        raise ServiceError(_too_long(field, limit, len(text)))
    return text


def _too_long(field: str, limit: int, length: int) -> Message:
    """The refusal of a council field longer than its limit, named as the packet names it."""
    most, got = Num(limit), Num(length)
    match field:
        case "recommendation":
            return _(
                "The recommendation is at most {most} characters (got {got}).", most=most, got=got
            )
        case "action_requested":
            return _(
                "The action requested is at most {most} characters (got {got}).",
                most=most,
                got=got,
            )
        case "agenda_item":
            return _(
                "The agenda item is at most {most} characters (got {got}).", most=most, got=got
            )
        case "meeting_date":
            return _(
                "The meeting date is at most {most} characters (got {got}).", most=most, got=got
            )
        case "prepared_by":
            return _("“Prepared by” is at most {most} characters (got {got}).", most=most, got=got)
        case "approved_by":
            return _("“Approved by” is at most {most} characters (got {got}).", most=most, got=got)
    return _(
        "The council field {field} is at most {most} characters (got {got}).",
        field=field,
        most=most,
        got=got,
    )


class CouncilServices(ServiceBase):
    def set_record_round(
        self,
        workshop_id: int,
        number: int | None,
        *,
        expect: Mapping[str, object] | None = None,
    ) -> Change:
        """Chooses the revealed round the board's badges, the poster and the packet report
        (None: always the latest revealed). detail holds the old and new numbers: an undo
        passes expect=detail["new"]."""
        if number is not None and (isinstance(number, bool) or not isinstance(number, int)):
            raise ServiceError(
                _("The round of record is a round number (got {value}).", value=repr(number))
            )
        with self._write() as s:
            ws = self._workshop(s, workshop_id)
            expect_fields(
                ws,
                expect,
                _(
                    "The round of record has been changed by someone else since; their change "
                    "stays."
                ),
            )
            if number is not None:
                # Read in the write transaction: a round revealed is revealed for good (a
                # trigger keeps it so), so the check holds once committed.
                r = s.exec(
                    select(Round).where(Round.workshop_id == workshop_id, Round.number == number)
                ).first()
                if r is None:
                    raise ServiceError(_("This workshop has no round {number}.", number=number))
                if r.status != "revealed":
                    raise ServiceError(
                        _(
                            "Round {number} is open; only a revealed round can be the round of "
                            "record.",
                            number=number,
                        )
                        if r.status == "open"
                        else _(
                            "Round {number} is closed; only a revealed round can be the round "
                            "of record.",
                            number=number,
                        )
                    )
            old = {"record_round": ws.record_round}
            ws.record_round = number
            s.add(ws)
            return self._commit(
                s,
                Change(
                    ChangeKind.WORKSHOP_RECORD_ROUND,
                    workshop_id,
                    Affects.SETTINGS | Affects.RESULTS,
                    subject=workshop_id,
                    detail={"old": old, "new": {"record_round": number}},
                ),
            )

    def update_council(
        self,
        workshop_id: int,
        fields: Mapping[str, str],
        *,
        expect: Mapping[str, object] | None = None,
    ) -> Change:
        """Changes the packet's council fields (COUNCIL_FIELDS; text, "" for the default
        wording). detail holds the old and new values: an undo passes expect=detail["new"]."""
        unknown = sorted(set(fields) - set(COUNCIL_FIELDS))
        if unknown:
            raise ServiceError(
                n_(
                    "Not a council field: {names}.",
                    "Not council fields: {names}.",
                    len(unknown),
                    names=", ".join(unknown),
                )
            )
        new = {f: _clean(f, v) for f, v in fields.items()}
        with self._write() as s:
            ws = self._workshop(s, workshop_id)
            expect_fields(
                ws,
                expect,
                _(
                    "The council section has been changed by someone else since; their "
                    "change stays."
                ),
            )
            old = {f: getattr(ws, f) for f in new}
            for f, v in new.items():
                setattr(ws, f, v)
            s.add(ws)
            return self._commit(
                s,
                Change(
                    ChangeKind.WORKSHOP_COUNCIL,
                    workshop_id,
                    Affects.SETTINGS,
                    subject=workshop_id,
                    detail={"old": old, "new": new},
                ),
            )

    def record_round_number(self, workshop_id: int) -> int | None:
        """The number of the round the documents report: the workshop's round of record,
        else the latest revealed round (None when none is revealed)."""
        with self._read() as s:
            ws = self._workshop(s, workshop_id)
            if ws.record_round is not None:
                return ws.record_round
            return s.exec(
                select(Round.number)
                .where(Round.workshop_id == workshop_id, Round.status == "revealed")
                .order_by(col(Round.number).desc())
            ).first()
