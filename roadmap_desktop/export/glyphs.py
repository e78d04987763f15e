"""Which characters the documents can print, and what becomes of the others.

The packet, the poster, the join cards and the charts draw text with the bundled fonts only
(DejaVu Sans, then Noto Sans SC and Noto Emoji as fallbacks; resources/fonts). A character
none of them has would stop a PDF/UA packet ("could not be displayed") or print as an empty
box without a word, so every string bound for a document goes through printable(): such a
character becomes a visible marker, □ (U+25A1). The export says where, by proposal and field:
the data builders call note_workshop() inside a `with noting() as report:` block that the
CLI or the window opens around an export, and read report.messages() afterwards.

What the fonts cover comes from resources/fonts/coverage.json, written by tools/subset-fonts
from the fonts' own character maps (a test checks it against the files).
"""

import json
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any

from roadmap_desktop.bundled import resource
from roadmap_desktop.words import Message, n_, p_

MARKER = "\u25a1"  # □, drawn by DejaVu Sans
# Fonts' cmaps map NUL and CR, but a control character is never text to print: only the
# whitespace controls Typst and matplotlib lay out themselves pass.
_KEPT_CONTROLS = frozenset("\t\n\r")


def _invisible(ch: str) -> bool:
    """Characters that shape text rather than draw: joiners and variation selectors inside
    emoji sequences (👨‍👩‍👧, ❤️), soft hyphens, emoji tags, the byte-order mark. Typst and
    matplotlib draw nothing for them, whatever the font, so they are kept as typed."""
    cp = ord(ch)
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:  # variation selectors
        return True
    return unicodedata.category(ch) == "Cf" and not _visible_format(cp)


def _visible_format(cp: int) -> bool:
    """Format characters that draw after all: the prepended concatenation marks (Arabic
    number signs, U+0600…), the Egyptian hieroglyph and Duployan shorthand format controls;
    Typst (or matplotlib) needs a glyph for them like any letter."""
    return cp in _VISIBLE_FORMATS or 0x13430 <= cp <= 0x1345F or 0x1BCA0 <= cp <= 0x1BCA3


_VISIBLE_FORMATS = frozenset(
    (*range(0x600, 0x606), 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD)
)


@cache
def _union() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of the ranges of code points some bundled font draws."""
    data = json.loads(resource("fonts", "coverage.json").read_text(encoding="utf-8"))
    ranges = sorted((int(a), int(b)) for a, b in data["union"])
    return tuple(a for a, _ in ranges), tuple(b for _, b in ranges)


def covered(ch: str) -> bool:
    """Whether one of the bundled fonts has a glyph for this single character."""
    starts, ends = _union()
    at = bisect_right(starts, ord(ch)) - 1
    return at >= 0 and ord(ch) <= ends[at]


@cache  # a document has few distinct characters and meets each of them many times
def can_print(ch: str) -> bool:
    """Whether a single character prints as itself (drawn, laid out, or invisible by nature)."""
    if ch in _KEPT_CONTROLS:
        return True
    if unicodedata.category(ch) in ("Cc", "Cs"):  # controls; lone surrogates are no text
        return False
    return _invisible(ch) or covered(ch)


def unprintable(text: str) -> list[str]:
    """The characters of text that no bundled font can draw, each once, in order."""
    out: list[str] = []
    for ch in text:
        if ch not in out and not can_print(ch):
            out.append(ch)
    return out


def printable(text: str) -> str:
    """text with every character no bundled font can draw replaced by MARKER."""
    if text.isascii() and text.isprintable():  # the common case, without a lookup per char
        return text
    return "".join(ch if can_print(ch) else MARKER for ch in text)


def clean(data: Any) -> Any:
    """data (JSON-like: mappings, lists, tuples, strings, numbers) with every string made
    printable. Keys are ours and left alone."""
    if isinstance(data, str):
        return printable(data)
    if isinstance(data, Mapping):
        return {key: clean(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [clean(value) for value in data]
    return data


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


@dataclass(frozen=True)
class GlyphNote:
    """Characters of one field of one thing (a proposal, the workshop, a domain…) that are
    printed as MARKER."""

    subject: str  # e.g. 'Proposal “Bike lanes”', 'Workshop', 'Domain “Safety”'
    field: str  # e.g. "title", "summary"
    characters: tuple[str, ...]

    def message(self) -> str:
        n = len(self.characters)
        codes = ", ".join(_code(ch) for ch in self.characters)
        # Translators: {subject} is e.g. 'Proposal “Bike lanes”', {field} e.g. "title";
        # {codes} lists code points (U+1F600); {marker} is the box printed instead.
        return str(
            n_(
                "{subject}: {field} has {n} character that cannot be printed ({codes}), shown "
                "as {marker}",
                "{subject}: {field} has {n} characters that cannot be printed ({codes}), shown "
                "as {marker}",
                n,
                subject=self.subject,
                field=self.field,
                n=n,
                codes=codes,
                marker=MARKER,
            )
        )


@dataclass
class GlyphReport:
    """The notes of one export, each (subject, field) once."""

    notes: list[GlyphNote] = field(default_factory=list)

    def check(self, subject: str, field_name: str, text: str | None) -> None:
        """Notes the characters of text that will print as MARKER, if any."""
        if not text:
            return
        missing = unprintable(text)
        if not missing:
            return
        if any(n.subject == subject and n.field == field_name for n in self.notes):
            return
        self.notes.append(GlyphNote(subject, field_name, tuple(missing)))

    def check_rest(self, data: Any, subject: str | None = None) -> None:
        """Notes the unprintable characters of data that no note names yet: text the data
        builders did not check field by field still never goes unmentioned."""
        named = {ch for note in self.notes for ch in note.characters}
        rest = [ch for ch in unprintable("".join(_strings(data))) if ch not in named]
        if rest:
            # Translators: a glyph note's subject and field for text no other note names.
            shown = subject or str(p_("glyph subject", "Other text"))
            self.notes.append(GlyphNote(shown, str(p_("glyph field", "text")), tuple(rest)))

    def messages(self) -> list[str]:
        return [note.message() for note in self.notes]


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, Mapping):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from _strings(value)


_current: ContextVar[GlyphReport | None] = ContextVar("glyph_report", default=None)


@contextmanager
def noting() -> Iterator[GlyphReport]:
    """Collects the glyph notes of the exports made inside the block (this thread only)."""
    report = GlyphReport()
    token = _current.set(report)
    try:
        yield report
    finally:
        _current.reset(token)


def current() -> GlyphReport | None:
    """The report of the enclosing noting() block, if any."""
    return _current.get()


def _label(kind: str, name: str) -> str:
    """A glyph note's subject: 'Proposal “Bike lanes”' (in the current language)."""
    said = _KINDS.get(kind)
    if said is None:
        return f"{kind} “{printable(name)}”" if name.strip() else kind
    named, alone = said
    if not name.strip():
        return str(alone)
    return str(Message(named.msgid, {"name": printable(name)}, context=named.context))


# Translators: the subject of a note on characters that cannot be printed: 'Proposal “Bike
# lanes”: title has 1 character that cannot be printed…'.
_KINDS: dict[str, tuple[Message, Message]] = {
    "Workshop": (p_("glyph subject", "Workshop “{name}”"), p_("glyph subject", "Workshop")),
    "Domain": (p_("glyph subject", "Domain “{name}”"), p_("glyph subject", "Domain")),
    "Category": (p_("glyph subject", "Category “{name}”"), p_("glyph subject", "Category")),
    "Criterion": (p_("glyph subject", "Criterion “{name}”"), p_("glyph subject", "Criterion")),
    "Participant": (
        p_("glyph subject", "Participant “{name}”"),
        p_("glyph subject", "Participant"),
    ),
    "Lane": (p_("glyph subject", "Lane “{name}”"), p_("glyph subject", "Lane")),
    "Proposal": (p_("glyph subject", "Proposal “{name}”"), p_("glyph subject", "Proposal")),
    "Council details": (
        p_("glyph subject", "Council details"),
        p_("glyph subject", "Council details"),
    ),
    "Wi-Fi card": (p_("glyph subject", "Wi-Fi card"), p_("glyph subject", "Wi-Fi card")),
}


def subject(kind: str, name: str = "") -> str:
    """A glyph note's subject for one of the kinds above ("Workshop", "Participant"…)."""
    return _label(kind, name)


def _check_fields(report: GlyphReport, subject: str, item: Any, skip: Sequence[str] = ()) -> None:
    """Checks every text field of a view dataclass (fields added later are checked too)."""
    if not is_dataclass(item):
        return
    for f in fields(item):
        value = getattr(item, f.name)
        if isinstance(value, str) and f.name not in skip:
            report.check(subject, f.name.replace("_", " "), value)


def note(subject: str, field_name: str, text: str | None) -> None:
    """Notes, in the current report (if any), the characters of one field that will print
    as MARKER. Without a noting() block it does nothing: the text is made printable anyway."""
    report = current()
    if report is not None:
        report.check(subject, field_name, text)


def note_workshop(info: Any, proposals: Sequence[Any] = (), *, participants: bool = True) -> None:
    """Notes, in the current report (if any), every text of a workshop (a WorkshopInfo) and of
    the proposals a document prints (ProposalViews) that will print with markers, naming the
    proposal and field; participants=False for a document that prints no names of people."""
    report = current()
    if report is None:
        return
    _check_fields(report, _label("Workshop", ""), info, skip=("aggregation", "vote_record"))
    kinds = [("domains", "Domain"), ("categories", "Category"), ("criteria", "Criterion")]
    kinds += [("participants", "Participant")] if participants else []
    for attr, kind in [*kinds, ("lanes", "Lane")]:
        for item in getattr(info, attr, ()) or ():
            _check_fields(report, _label(kind, getattr(item, "name", "")), item)
    council = getattr(info, "council", None)
    if council is not None:
        _check_fields(report, _label("Council details", ""), council)
    for p in proposals:
        _check_fields(report, _label("Proposal", p.title), p)
