"""Problems found in an input file, each naming the file, row and column; all-or-nothing."""

from dataclasses import dataclass
from pathlib import Path

MAX_LISTED = 200  # a file of garbage must not flood the terminal


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the file; row counts records as a spreadsheet does (header = 1)."""

    row: int | None
    column: str | None
    message: str

    def describe(self, source: str) -> str:
        where = [source]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}"


class ImportRejected(Exception):
    """The file was refused whole; nothing was written.

    Attributes:
        source: the file's name as the user knows it.
        problems: every problem found, in file order.
    """

    def __init__(self, source: Path | str, problems: list[Problem]) -> None:
        self.source = Path(source).name
        self.problems = problems
        super().__init__(f"{self.source}: {len(problems)} problem(s); nothing was imported")

    def lines(self) -> list[str]:
        shown = [p.describe(self.source) for p in self.problems[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            shown.append(f"{self.source}: … and {len(self.problems) - MAX_LISTED} more problems")
        return shown
