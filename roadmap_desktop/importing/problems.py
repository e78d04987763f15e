"""Problems found in an input file, each naming the file, row and column; all-or-nothing."""

from dataclasses import dataclass
from pathlib import Path

from roadmap_desktop.words import Message, Num, _, n_, render

MAX_LISTED = 200  # a file of garbage must not flood the terminal


@dataclass(frozen=True, slots=True, init=False)
class Problem:
    """One thing wrong with the file; row counts records as a spreadsheet does (header = 1).

    The message is rendered when the problem is found, in the language then in force (the
    window's or the command line's): it is shown at once, and compared as text."""

    row: int | None
    column: str | None
    message: str

    def __init__(self, row: int | None, column: str | None, message: str | Message) -> None:
        object.__setattr__(self, "row", row)
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "message", render(message))

    def describe(self, source: str) -> str:
        # Translators: what follows the colon is a clause about the file, e.g. "is empty".
        # The column is the file's own header (or a letter): it stays as it is.
        if self.row is not None and self.column:
            said = _(
                "{source}, row {row}, column {column}: {message}",
                source=source,
                row=self.row,
                column=self.column,
                message=self.message,
            )
        elif self.row is not None:
            said = _(
                "{source}, row {row}: {message}",
                source=source,
                row=self.row,
                message=self.message,
            )
        elif self.column:
            said = _(
                "{source}, column {column}: {message}",
                source=source,
                column=self.column,
                message=self.message,
            )
        else:
            said = _("{source}: {message}", source=source, message=self.message)
        return str(said)


class ImportRejected(Exception):
    """The file was refused whole; nothing was written.

    Attributes:
        source: the file's name as the user knows it.
        problems: every problem found, in file order.
    """

    def __init__(self, source: Path | str, problems: list[Problem]) -> None:
        self.source = Path(source).name
        self.problems = problems
        super().__init__(
            str(
                n_(
                    "{source}: {n} problem; nothing was imported",
                    "{source}: {n} problems; nothing was imported",
                    len(problems),
                    source=self.source,
                    n=Num(len(problems)),
                )
            )
        )

    def lines(self) -> list[str]:
        shown = [p.describe(self.source) for p in self.problems[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            more = len(self.problems) - MAX_LISTED
            shown.append(
                str(
                    n_(
                        "{source}: … and {n} more problem",
                        "{source}: … and {n} more problems",
                        more,
                        source=self.source,
                        n=Num(more),
                    )
                )
            )
        return shown
