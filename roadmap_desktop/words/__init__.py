"""Words below the Qt line: messages are ids with parameters, rendered in a language where
they are shown (gettext catalogs in resources/locale, read with Babel).

    from roadmap_desktop.words import _, n_, p_
    raise ServiceError(_("The lane {lane} is full.", lane=name))

`str(message)` renders it in the current language (the window's, or the one a document or a
ballot page asked for through `using`). The widgets use Qt Linguist instead (ui/translation.py);
both read the same language from here.
"""

import importlib

from roadmap_desktop.words.language import (
    ENGLISH,
    PSEUDO,
    available,
    current,
    from_environment,
    native_name,
    negotiate,
    normalize,
    set_language,
    using,
)
from roadmap_desktop.words.message import Message, Num, _, n_, np_, p_, render

__all__ = [
    "ENGLISH",
    "PSEUDO",
    "Message",
    "Num",
    "_",
    "available",
    "current",
    "formats",
    "from_environment",
    "n_",
    "native_name",
    "negotiate",
    "normalize",
    "np_",
    "p_",
    "render",
    "set_language",
    "using",
]


def __getattr__(name: str) -> object:
    # words.formats loads CLDR's dates and numbers (~80 ms): only when a date or an amount is
    # shown, not at every start.
    if name == "formats":
        return importlib.import_module("roadmap_desktop.words.formats")
    raise AttributeError(name)
