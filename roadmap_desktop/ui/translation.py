"""The window's language: our Qt Linguist catalog (resources/translations/roadmap_<code>.qm),
Qt's own (qtbase_<code>.qm: standard buttons, file dialogs, context menus), QLocale's default
for numbers and dates, and the words below the Qt line (roadmap_desktop.words) — all one
language, chosen by --lang, else the setting (View ▸ Language), else the system's.

The setting takes effect at the next start (the window offers to restart): widgets read
their words once, when they are built.
"""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from roadmap_desktop import words
from roadmap_desktop.bundled import resource
from roadmap_desktop.words.language import locale_name
from roadmap_desktop.words.pseudo import pseudo

SETTING = "language"  # a language code, or "" to follow the system


def system_language() -> str | None:
    """What the system asks for: LANGUAGE / LC_ALL / LC_MESSAGES / LANG, else the OS's
    setting (Windows and macOS set no such variables)."""
    found = words.from_environment()
    if found is not None:
        return found
    for tag in QLocale.system().uiLanguages():
        if (code := words.normalize(tag)) is not None and code != words.PSEUDO:
            return code
    return None


def saved_language() -> str:
    """The setting: "" follows the system."""
    value = QSettings().value(SETTING, "")
    return value if isinstance(value, str) else ""


def save_language(code: str) -> None:
    QSettings().setValue(SETTING, code)


def chosen_language(asked: str | None = None) -> str:
    return (
        words.normalize(asked)
        or words.normalize(saved_language())
        or system_language()
        or words.ENGLISH
    )


class PseudoTranslator(QTranslator):
    """Lengthens and accents every text our catalog knows (and Qt's own), so tests find
    what is clipped and what never went through tr()."""

    def __init__(self, known: set[tuple[str, str]]) -> None:
        super().__init__()
        self._known = known

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source) in self._known or (context[:1] == "Q" and context[1:2].isupper()):
            return pseudo(source)
        return None  # a null QString: not translated here (an empty one would print nothing)


def known_texts() -> set[tuple[str, str]]:
    """(context, source) of every text in our Qt catalog."""
    import xml.etree.ElementTree as ET

    known = set()
    ts = resource("translations", f"roadmap_{words.available()[-1]}.ts")
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            known.add((name, message.findtext("source") or ""))
    return known


_installed: list[QTranslator] = []


def installed() -> str | None:
    """The language whose catalogs are in the application now (None before install)."""
    return words.current() if _installed else None


def install(code: str) -> str:
    """Loads `code`'s catalogs into the running application; returns the language used."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = words.set_language(code)
    if code == words.PSEUDO:
        _installed.append(PseudoTranslator(known_texts()))
    else:  # English's catalog holds only its plural forms ("%n director(s)")
        ours = QTranslator(app)
        if ours.load(str(resource("translations", f"roadmap_{code}.qm"))):
            _installed.append(ours)
    if code not in (words.ENGLISH, words.PSEUDO):
        qt_own = QTranslator(app)
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", path):
            _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    # The locale's name only: loading CLDR (words.formats) here would cost every start 80 ms.
    QLocale.setDefault(QLocale(locale_name(code)))
    return code
