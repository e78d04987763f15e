"""The presenter's words that count something ("11 of 14 directors done", "+ 12 more"): the
modes are functions, and pyside6-lupdate gives a message its plural forms only in self.tr()
calls (not in QCoreApplication.translate()), so they say their counts through this object.
Read from across the room: short in every language."""

from PySide6.QtCore import QObject


class PresenterCounts(QObject):
    def directors_done(self, done: int, voters: int) -> str:
        return self.tr("{done} of %n director(s) done", "", voters).format(done=done)

    def proposals(self, count: int) -> str:
        return self.tr("%n proposal(s)", "", count)

    def place_dots(self, dots: int) -> str:
        return self.tr("Place your %n dot(s) on the proposals you back most", "", dots)

    def more(self, count: int) -> str:
        #: Below the last card a lane has room for: "+ 12 more".
        return self.tr("+ %n more", "", count)

    def votes(self, count: int) -> str:
        return self.tr("%n vote(s)", "", count)

    def roadmap_line(self, count: int) -> str:
        #: The ranking's key: the dashed line under the roadmap's last proposal.
        return self.tr("dashed line: the roadmap's %n", "", count)


def counts() -> PresenterCounts:
    return PresenterCounts()
