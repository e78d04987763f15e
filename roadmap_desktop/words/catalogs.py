"""The gettext catalogs, read once per language from their .po files with Babel (no compiled
.mo to keep in step: CI checks each catalog is complete and compiles, tools/i18n.py)."""

import gettext
import io
from functools import cache

from roadmap_desktop.bundled import resource
from roadmap_desktop.words.language import ENGLISH, PSEUDO

DOMAIN = "roadmap"


@cache
def translations(code: str) -> gettext.NullTranslations:
    if code == ENGLISH:
        return gettext.NullTranslations()
    if code == PSEUDO:
        from roadmap_desktop.words.pseudo import PseudoTranslations

        return PseudoTranslations()
    path = resource("locale", code, "LC_MESSAGES", f"{DOMAIN}.po")
    if not path.is_file():
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with path.open("rb") as po:
        catalog = read_po(po, locale=code, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out: they fall back to English
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)
