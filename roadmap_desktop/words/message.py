"""A message: an English id (the gettext msgid), its parameters, and for plurals the plural
id and the count, rendered in a language only where it is shown. Parameters are written
{name} in the id (str.format); a parameter that is itself a Message or a Num is rendered in
the same language.

    _("Round {number} is open.", number=3)
    n_("{n} proposal", "{n} proposals", count, n=Num(count))
    p_("criterion", "Core")          # a context where one English word means two things
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from roadmap_desktop.words.catalogs import translations
from roadmap_desktop.words.language import current


class Renders(Protocol):
    def render(self, language: str | None = None) -> str: ...


@dataclass(frozen=True, slots=True)
class Message:
    msgid: str
    params: Mapping[str, object] = field(default_factory=dict)
    plural: str | None = None
    n: int | None = None
    context: str | None = None

    def render(self, language: str | None = None) -> str:
        code = language or current()
        catalog = translations(code)
        if self.plural is not None:
            count = self.n if self.n is not None else 0
            if self.context is not None:
                text = catalog.npgettext(self.context, self.msgid, self.plural, count)
            else:
                text = catalog.ngettext(self.msgid, self.plural, count)
        elif self.context is not None:
            text = catalog.pgettext(self.context, self.msgid)
        else:
            text = catalog.gettext(self.msgid)
        if not self.params:
            return text
        return text.format_map({k: _shown(v, code) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True, slots=True)
class Num:
    """A number shown with the language's separators (1,234.5 / 1.234,5)."""

    value: float
    places: int | None = None

    def render(self, language: str | None = None) -> str:
        from roadmap_desktop.words.formats import number

        return number(self.value, self.places, language=language)

    def __str__(self) -> str:
        return self.render()


def _shown(value: object, language: str) -> object:
    if isinstance(value, Message | Num):
        return value.render(language)
    return value


def _(msgid: str, /, **params: object) -> Message:
    return Message(msgid, params)


def n_(singular: str, plural: str, n: int, /, **params: object) -> Message:
    """A message with plural forms, chosen by the catalog's rule for n."""
    return Message(singular, params, plural=plural, n=n)


def p_(context: str, msgid: str, /, **params: object) -> Message:
    return Message(msgid, params, context=context)


def np_(context: str, singular: str, plural: str, n: int, /, **params: object) -> Message:
    return Message(singular, params, plural=plural, n=n, context=context)


def render(text: "str | Renders", language: str | None = None) -> str:
    """A message (or already plain text) as shown in `language` (default: the current)."""
    return text if isinstance(text, str) else text.render(language)
