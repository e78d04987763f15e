"""The window's language: --lang, else the setting, else the system's; Qt's own words and
the words below the Qt line follow it, and QLocale's default with them."""

from PySide6.QtCore import QCoreApplication, QLocale

from roadmap_desktop import words
from roadmap_desktop.ui import translation


def test_the_command_line_then_the_setting_then_the_system(monkeypatch):
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert translation.chosen_language() == "es"
    translation.save_language("vi")
    assert translation.chosen_language() == "vi"
    assert translation.chosen_language("en") == "en"
    translation.save_language("")  # follow the system again
    assert translation.chosen_language() == "es"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")  # no catalog: the OS's list, else English
    assert translation.chosen_language() in words.available()


def test_installing_a_language_reaches_qt_the_words_and_the_locale():
    assert translation.install("es") == "es"
    assert words.current() == "es"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().name() == "es_US"
    assert translation.install("vi") == "vi"
    assert QLocale().language() == QLocale.Language.Vietnamese
    assert translation.install("en") == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert translation.installed() == "en"
    # English's catalog gives Qt's numerus messages their English forms.
    assert QCoreApplication.translate("NoSuchContext", "%n director(s)", "", 2) == ("2 director(s)")


def test_the_pseudo_language_lengthens_only_what_goes_through_a_catalog():
    translation.install(words.PSEUDO)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel").startswith("⟦")
        # Text no catalog knows stays as it is: a test sees what never went through tr().
        assert QCoreApplication.translate("NoSuchContext", "Plain") == "Plain"
    finally:
        translation.install(words.ENGLISH)


def test_qts_own_words_in_every_language():
    """Qt ships no Vietnamese catalog: our catalogs carry its standard buttons and menus."""
    from roadmap_desktop.ui.qt_words import qt_words

    english = qt_words()
    for code in words.available()[1:]:
        translation.install(code)
        said = qt_words()
        same = [e for e, s in zip(english, said, strict=True) if e == s and e not in ("OK",)]
        assert len(same) <= 2, f"{code}: {same}"  # "&No" is "&No" in Spanish
    translation.install(words.ENGLISH)
