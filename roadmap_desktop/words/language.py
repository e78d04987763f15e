"""Which language words are shown in: the process's (the window's choice, or the system's),
overridden for a while by `using` (a Vietnamese packet from a Spanish window, one ballot
page in the phone's language), which is per thread and per asyncio task (a ContextVar).

A language is a catalog: resources/locale/<code>/LC_MESSAGES/roadmap.po. English needs
none (the ids are English); adding Chinese is adding resources/locale/zh (README, Languages).
"""

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from roadmap_desktop.bundled import resource

ENGLISH = "en"
# Every word lengthened by 40 % and accented: the tests' look for clipped text (words.pseudo).
PSEUDO = "qps"

_process_language = ENGLISH
_override: ContextVar[str | None] = ContextVar("roadmap_language", default=None)


@cache
def available() -> tuple[str, ...]:
    """English, then every language with a catalog, by code."""
    folder = resource("locale")
    found = (
        sorted(p.parent.parent.name for p in folder.glob("*/LC_MESSAGES/roadmap.po"))
        if folder.is_dir()
        else []
    )
    return (ENGLISH, *(code for code in found if code != ENGLISH))


def native_name(code: str) -> str:
    """The language's name in itself: "Español", "Tiếng Việt"."""
    if code == PSEUDO:
        return "Pseudo (longer words)"
    from babel import Locale

    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


def normalize(tag: str | None) -> str | None:
    """The available language a locale name or language tag means ("es_ES.UTF-8", "vi-VN",
    "es"), or None ("C", "POSIX", a language we have no catalog for)."""
    if not tag:
        return None
    base = tag.split(".")[0].split("@")[0].replace("-", "_").strip()
    code = base.split("_")[0].lower()
    if code == PSEUDO:
        return PSEUDO
    if code in ("c", "posix") or code not in available():
        return None
    return code


def from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the environment asks for, as gettext reads it: LANGUAGE (a list, first
    available wins; ignored when the locale is C), then LC_ALL, LC_MESSAGES, LANG."""
    env = os.environ if environ is None else environ
    locale_name = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if env.get("LANGUAGE") and locale_name.split(".")[0] not in ("C", "POSIX"):
        for item in env["LANGUAGE"].split(":"):
            if (code := normalize(item)) is not None:
                return code
    return normalize(locale_name)


def negotiate(preferred: list[str] | str | None) -> str:
    """The best available language for a list of tags or an Accept-Language header
    ("vi-VN,vi;q=0.9,en;q=0.8"); English when none is available."""
    if preferred is None:
        return ENGLISH
    if isinstance(preferred, str):
        weighted = []
        for position, item in enumerate(preferred.split(",")):
            tag, _, q = item.strip().partition(";q=")
            try:
                weight = float(q) if q else 1.0
            except ValueError:
                weight = 0.0
            weighted.append((-weight, position, tag.strip()))
        preferred = [tag for _w, _p, tag in sorted(weighted) if tag]
    for tag in preferred:
        if (code := normalize(tag)) is not None and code != PSEUDO:
            return code
    return ENGLISH


# San José's own formats: the US variants where CLDR has them.
_REGION = {ENGLISH: "en_US", "es": "es_US"}


def locale_name(code: str) -> str:
    """The locale a language formats in ("es" → "es_US"; the pseudo language: English's)."""
    if code == PSEUDO:
        code = ENGLISH
    return _REGION.get(code, code)


def set_language(code: str | None) -> str:
    """Sets the process's language (None or unknown: English); returns the one now used."""
    global _process_language
    _process_language = normalize(code) or ENGLISH
    return _process_language


def current() -> str:
    return _override.get() or _process_language


@contextmanager
def using(code: str | None) -> Iterator[str]:
    """Words rendered inside the block are in `code` (None: the current language)."""
    chosen = normalize(code) or current() if code else current()
    token = _override.set(chosen)
    try:
        yield chosen
    finally:
        _override.reset(token)
