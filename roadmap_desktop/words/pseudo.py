"""The pseudo-language (code "qps"): every word accented and the text lengthened by 40 %,
between brackets, so a clipped label, a lost bracket or an English word that never went
through a catalog shows at a glance. Placeholders ({name}, %n, %1), mnemonics (&File), HTML
tags and entities are kept as they are."""

import gettext
import math
import re

_ACCENTED = str.maketrans(
    "aAcCeEiInNoOuUyYsSzZgGlLrRtTdDkKwW",
    "åÅçÇéÉîÎñÑöÖüÜýÝšŠžŽĝĜļĻŕŔţŢďĎķĶŵŴ",
)
# What must reach the program untouched: format fields, Qt's %n/%1, tags, entities.
_KEPT = re.compile(r"\{[^{}]*\}|%[nL]?\d*|%n|<[^<>]*>|&[a-zA-Z]+;|&#\d+;")
_FILLER = "ēxţŕåļöñĝ"
OPEN, CLOSE = "⟦", "⟧"


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    pieces: list[str] = []
    at = 0
    for kept in _KEPT.finditer(text):
        pieces.append(text[at : kept.start()].translate(_ACCENTED))
        pieces.append(kept.group())
        at = kept.end()
    pieces.append(text[at:].translate(_ACCENTED))
    visible = len(_KEPT.sub("", text))
    extra = max(1, math.ceil(visible * 0.4) - 2)  # the brackets count towards the 40 %
    filler = (_FILLER * (extra // len(_FILLER) + 1))[:extra]
    return f"{OPEN}{''.join(pieces)}{filler}{CLOSE}"


def is_pseudo(text: str) -> bool:
    """True when the text went through pseudo() (or holds such text)."""
    return OPEN in text


class PseudoTranslations(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)
