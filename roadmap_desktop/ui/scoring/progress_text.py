"""What the Score tab says about how far a round's voting has got: the round bar's line and
the question before closing a round that is not finished. Counts only, never a value.

The words are ProgressText's (a QObject, so that they are self.tr() calls: pyside6-lupdate
gives a message its plural forms only there, not in QCoreApplication.translate())."""

from PySide6.QtCore import QObject

from roadmap_desktop.services.progress import RoundTally

NAMED = 6  # the question names this many of those not finished, then "and N more"


class ProgressText(QObject):
    """The words about a round's progress (the module's functions are the way in)."""

    def round_status(self, status: str) -> str:
        words = {
            "open": self.tr("open", "a round's status"),
            "closed": self.tr("closed", "a round's status"),
            "revealed": self.tr("revealed", "a round's status"),
        }
        return words.get(status, status)

    def voter_state(self, state: str) -> str:
        words = {
            "done": self.tr("done", "a director's voting"),
            "partly": self.tr("partly", "a director's voting"),
            "not started": self.tr("not started", "a director's voting"),
        }
        return words.get(state, state)

    def and_more(self, names: list[str], limit: int) -> str:
        shown = ", ".join(names[:limit])
        if len(names) <= limit:
            return shown
        #: The end of a list of names cut short: "Ana, Bao, Chen and 7 more".
        return self.tr("{names} and %n more", "", len(names) - limit).format(names=shown)

    def progress_line(self, t: RoundTally) -> str:
        if not t.voters:
            return self.tr("no directors")
        parts = [self.tr("{done} of %n director(s) done", "", t.voters).format(done=t.done)]
        if t.partly:
            parts.append(self.tr("{count} partly").format(count=t.partly))
        if t.not_started:
            parts.append(self.tr("{count} not started").format(count=t.not_started))
        return " · ".join(parts)

    def close_question(self, t: RoundTally, method: str) -> str | None:
        if not t.unfinished:
            return None
        count, names = len(t.unfinished), self.and_more(list(t.unfinished), NAMED)
        if method == "dots":
            who = self.tr("%n director(s) have not spent all their dots ({names}).", "", count)
            what = self.tr("%n dot(s) not given.", "", t.missing)
        else:
            who = self.tr("%n director(s) have not finished ({names}).", "", count)
            what = self.tr("%n entry(ies) missing.", "", t.missing)
        return " ".join((who.format(names=names), what, self.tr("Close anyway?")))


def round_status(status: str) -> str:
    """A round's status ("open", "closed", "revealed") as the round bar's line says it."""
    return ProgressText().round_status(status)


def voter_state(state: str) -> str:
    """How far one director has got ("done", "partly", "not started"), as shown."""
    return ProgressText().voter_state(state)


def and_more(names: list[str], limit: int = NAMED) -> str:
    """ "Ana, Bao, Chen" or "Ana, Bao, … and 7 more": the first `limit` names."""
    return ProgressText().and_more(names, limit)


def progress_line(t: RoundTally) -> str:
    """ "3 of 14 directors done · 5 partly · 6 not started" (parts that are 0 left out)."""
    return ProgressText().progress_line(t)


def close_question(t: RoundTally, method: str) -> str | None:
    """The question before closing a round someone has not finished, None when everyone
    has: "4 directors have not finished (Ana, Bao, …). 37 entries missing. Close anyway?"."""
    return ProgressText().close_question(t, method)
