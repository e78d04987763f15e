"""A round's countdown: when it ends and how long is left. Times are UTC; a naive time (as
SQLite hands back what it stored) is read as UTC."""

import math
from datetime import UTC, datetime, timedelta

from roadmap_desktop.domain.rules import RuleError
from roadmap_desktop.words import Num, _, n_

LONGEST_MINUTES = 24 * 60  # a countdown runs within the day of the workshop


def check_minutes(minutes: float) -> None:
    """A countdown lasts more than nothing and at most a day."""
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        raise RuleError(
            _("A countdown is a number of minutes (got {minutes}).", minutes=repr(minutes))
        )
    if not math.isfinite(minutes) or minutes <= 0:
        raise RuleError(
            _(
                "A countdown must last more than zero minutes (got {minutes}).",
                minutes=Num(minutes),
            )
        )
    if minutes > LONGEST_MINUTES:
        raise RuleError(
            n_(
                "A countdown lasts at most {n} minute (got {minutes}).",
                "A countdown lasts at most {n} minutes (got {minutes}).",
                LONGEST_MINUTES,
                n=Num(LONGEST_MINUTES),
                minutes=Num(minutes),
            )
        )


def as_utc(moment: datetime) -> datetime:
    """The same moment, time-zone aware, in UTC."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def deadline_after(start: datetime, minutes: float) -> datetime:
    """When a countdown of `minutes` started at `start` ends."""
    check_minutes(minutes)
    return as_utc(start) + timedelta(minutes=minutes)


def seconds_left(deadline: datetime, now: datetime) -> float:
    """Seconds until the deadline; 0.0 once it has passed."""
    return max(0.0, (as_utc(deadline) - as_utc(now)).total_seconds())
