"""What the Score tab and the presenter say with a count, in the window's language: the
tests compare with these rather than with English plurals, since a numerus message takes
its forms from the catalog (English has none: "36 proposal(s)" until it has)."""

from PySide6.QtCore import QCoreApplication


def counted(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, "", n)


def proposals(n: int) -> str:
    """The round bar's "36 proposals"."""
    return counted("RoundBar", "%n proposal(s)", n)


def directors_done(done: int, voters: int) -> str:
    """The round bar's "0 of 14 directors done"."""
    return counted("ProgressText", "{done} of %n director(s) done", voters).format(done=done)


def presenter_directors_done(done: int, voters: int) -> str:
    """The presenter's "0 of 14 directors done"."""
    return counted("PresenterCounts", "{done} of %n director(s) done", voters).format(done=done)
