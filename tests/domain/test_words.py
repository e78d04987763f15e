"""The domain's refusals go through the catalogs: a RuleError renders in the language it is
shown in (the pseudo-language proves the wiring), with the catalog's plural forms and the
language's digits."""

import pytest

from roadmap_desktop import words
from roadmap_desktop.domain.rules import RuleError, check_score, clean_name, clean_short_name
from roadmap_desktop.domain.timer import check_minutes
from roadmap_desktop.words.pseudo import is_pseudo


def _refusal(call, *args) -> RuleError:
    with pytest.raises(RuleError) as refused:
        call(*args)
    return refused.value


@pytest.mark.parametrize(
    ("call", "args"),
    [
        (clean_name, (" ", "lane")),
        (clean_name, (" ", "something else")),
        (clean_short_name, ("y" * 25, "“Pilot”")),
        (clean_short_name, ("y" * 25,)),
        (check_score, (9, 1, 5, "Important")),
        (check_minutes, (0,)),
        (check_minutes, ("5",)),
        (check_minutes, (24 * 60 + 1,)),
    ],
)
def test_a_refusal_is_rendered_where_it_is_shown(call, args):
    error = _refusal(call, *args)  # raised in English, shown later

    assert not is_pseudo(str(error))
    with words.using(words.PSEUDO):
        assert is_pseudo(str(error))


def test_each_named_thing_has_its_own_sentence():
    assert str(_refusal(clean_name, "", "participant")) == "The participant needs a name."
    assert str(_refusal(clean_name, "", "gadget")) == "A name is needed."


def test_the_longest_countdown_is_written_with_the_language_s_digits():
    said = str(_refusal(check_minutes, 2000))
    assert said == "A countdown lasts at most 1,440 minutes (got 2,000)."
