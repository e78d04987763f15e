"""Messages: ids with parameters, rendered where shown, with the catalog's plural rules."""

import gettext
import io

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from roadmap_desktop import words
from roadmap_desktop.words import Num, _, message, n_, p_
from roadmap_desktop.words.pseudo import is_pseudo, pseudo


def _compiled(po: str) -> gettext.GNUTranslations:
    """A catalog from .po text (its header gives the plural rule, as the shipped ones do)."""
    catalog = read_po(io.BytesIO(po.encode()))
    out = io.BytesIO()
    write_mo(out, catalog)
    out.seek(0)
    return gettext.GNUTranslations(out)


SPANISH = r"""
msgid ""
msgstr ""
"Language: es\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"
"Content-Type: text/plain; charset=utf-8\n"

msgid "Round {number} is open."
msgstr "La ronda {number} está abierta."

msgid "{n} proposal"
msgid_plural "{n} proposals"
msgstr[0] "{n} propuesta"
msgstr[1] "{n} propuestas"

msgctxt "criterion"
msgid "Core"
msgstr "Esencial"
"""

VIETNAMESE = r"""
msgid ""
msgstr ""
"Language: vi\n"
"Plural-Forms: nplurals=1; plural=0;\n"
"Content-Type: text/plain; charset=utf-8\n"

msgid "{n} proposal"
msgid_plural "{n} proposals"
msgstr[0] "{n} đề xuất"
"""


@pytest.fixture
def catalogs(monkeypatch):
    """Small catalogs of the test's own, whatever the shipped ones hold."""
    made = {"es": _compiled(SPANISH), "vi": _compiled(VIETNAMESE)}
    monkeypatch.setattr(
        message, "translations", lambda code: made.get(code, gettext.NullTranslations())
    )


def test_a_message_renders_where_it_is_shown(catalogs):
    opened = _("Round {number} is open.", number=3)
    assert str(opened) == "Round 3 is open."
    with words.using("es"):
        assert str(opened) == "La ronda 3 está abierta."
    assert opened.render("es") == "La ronda 3 está abierta."
    assert str(ValueError(opened)) == "Round 3 is open."  # an exception carries it as is


def test_plural_forms_follow_the_catalogs_rule(catalogs):
    def count(n: int, code: str) -> str:
        return n_("{n} proposal", "{n} proposals", n, n=n).render(code)

    assert [count(n, "en") for n in (0, 1, 2)] == ["0 proposals", "1 proposal", "2 proposals"]
    assert [count(n, "es") for n in (0, 1, 5)] == ["0 propuestas", "1 propuesta", "5 propuestas"]
    assert [count(n, "vi") for n in (1, 7)] == ["1 đề xuất", "7 đề xuất"]  # one form


def test_context_and_nested_parameters(catalogs):
    assert p_("criterion", "Core").render("es") == "Esencial"
    assert _("Core").render("es") == "Core"  # no context: another message
    inner = _("Round {number} is open.", number=Num(1234))
    outer = _("{what} Scores are coming in.", what=inner)
    assert outer.render("es") == "La ronda 1,234 está abierta. Scores are coming in."
    assert Num(1234.5, 1).render("vi") == "1.234,5"


def test_braces_in_an_id_without_parameters_are_left_alone():
    assert str(_("Use {curly} braces")) == "Use {curly} braces"


def test_the_pseudo_language_lengthens_and_keeps_placeholders():
    text = "Move {name} to &Lane <b>now</b> &amp; %n more"
    long = pseudo(text)
    assert is_pseudo(long) and not is_pseudo(text)
    for kept in ("{name}", "<b>", "</b>", "&amp;", "%n"):
        assert kept in long
    visible = len("Move  to Lane now   more")  # what a reader sees of it
    assert len(long) - len(text) >= 0.4 * visible
    with words.using(words.PSEUDO):
        assert is_pseudo(str(_("Round {number} is open.", number=2)))
        assert "2" in str(_("Round {number} is open.", number=2))
