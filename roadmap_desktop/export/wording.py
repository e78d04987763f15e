"""Small pieces of wording the documents share: a list said as a sentence says it ("A, B and
C" / "A, B y C" / "A, B và C"), numbers in the current language, and the language code a
document is tagged with. Every word comes from the catalogs (roadmap_desktop.words); a
document is made in the language in force (`with words.using(code):` around the export).
"""

from collections.abc import Iterable

from roadmap_desktop import words
from roadmap_desktop.words import Message, _, formats


def join(items: Iterable[str | Message]) -> str:
    """Items as a sentence lists them: "A", "A and B", "A, B and C" (in the language)."""
    shown = [str(item) for item in items]
    if not shown:
        return ""
    if len(shown) == 1:
        return shown[0]
    # Translators: the end of a list in a sentence: "{items}" is "A, B" (joined by a comma),
    # "{last}" the last item: "A, B and C".
    return str(_("{items} and {last}", items=", ".join(shown[:-1]), last=shown[-1]))


def number(value: float, places: int | None = None) -> str:
    """A number with the language's grouping and decimal signs ("1,234" / "1.234")."""
    return formats.number(value, places)


def language() -> str:
    """The code a document is tagged with (its PDF /Lang): the language in force."""
    return words.current()


def yes_no(value: bool) -> str:
    # Translators: a table cell answering a yes/no column ("Discuss", "Counted").
    return str(_("yes")) if value else str(_("no"))
