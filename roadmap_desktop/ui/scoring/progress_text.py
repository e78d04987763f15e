"""What the Score tab says about how far a round's voting has got: the round bar's line and
the question before closing a round that is not finished. Counts only, never a value."""

from roadmap_desktop.services.progress import RoundTally

NAMED = 6  # the question names this many of those not finished, then "and N more"


def progress_line(t: RoundTally) -> str:
    """ "3 of 14 directors done · 5 partly · 6 not started" (parts that are 0 left out)."""
    if not t.voters:
        return "no directors"
    noun = "director" if t.voters == 1 else "directors"
    parts = [f"{t.done} of {t.voters} {noun} done"]
    if t.partly:
        parts.append(f"{t.partly} partly")
    if t.not_started:
        parts.append(f"{t.not_started} not started")
    return " · ".join(parts)


def close_question(t: RoundTally, method: str) -> str | None:
    """The question before closing a round someone has not finished, None when everyone
    has: "4 directors have not finished: 37 entries missing (Ana, Bao, …). Close anyway?"."""
    if not t.unfinished:
        return None
    count = len(t.unfinished)
    who = f"{count} director has" if count == 1 else f"{count} directors have"
    if method == "dots":
        what = f"{t.missing} {'dot' if t.missing == 1 else 'dots'} not given"
        text = f"{who} not spent all their dots: {what}"
    else:
        what = f"{t.missing} {'entry' if t.missing == 1 else 'entries'} missing"
        text = f"{who} not finished: {what}"
    names = ", ".join(t.unfinished[:NAMED])
    if count > NAMED:
        names += f" and {count - NAMED} more"
    return f"{text} ({names}). Close anyway?"
