"""A round's countdown as state: how long is left, whether it is urgent (the last minute) or
over. Logic reads the state; only what is shown asks for words ("Time's up", in the window's
language), so nothing compares a display text."""

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

URGENT_S = 60  # the countdown turns red for the last minute


@dataclass(frozen=True, slots=True)
class Countdown:
    """The open round's countdown at one moment."""

    seconds_left: float  # 0.0 (or less) once the time is up

    @property
    def over(self) -> bool:
        return self.seconds_left <= 0

    @property
    def urgent(self) -> bool:
        """The last minute, or over: shown in the warning colour."""
        return self.seconds_left <= URGENT_S

    @property
    def clock(self) -> str:
        """ "04:59", "1:05:00" ("00:00" once over): digits, the same in every language."""
        whole = max(0, math.ceil(self.seconds_left))
        hours, rest = divmod(whole, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"

    def text(self) -> str:
        """What a countdown shows: the clock, or "Time's up"."""
        if self.over:
            return QCoreApplication.translate("Countdown", "Time's up")
        return self.clock
