"""Validation rules for what a facilitator types."""

import math

import pytest

from roadmap_desktop.domain.rules import (
    LANE_KINDS,
    ROLES,
    VOTE_RECORDS,
    RuleError,
    check_quota,
    check_role,
    check_scale,
    check_score,
    check_weight,
    clean_line,
    clean_name,
    clean_short_name,
    clean_text,
    counts_in_results,
    drop_controls,
    name_key,
    same_name,
)


def test_rule_error_is_a_value_error():
    assert issubclass(RuleError, ValueError)


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("Smart streetlights", "Smart streetlights"),
        ("  Smart   streetlights \n", "Smart streetlights"),
        ("Wi-Fi\tin\tparks", "Wi-Fi in parks"),
        ("x", "x"),
    ],
)
def test_clean_name_trims_and_single_spaces(typed, clean):
    assert clean_name(typed, "proposal") == clean


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_clean_name_refuses_blank(blank):
    with pytest.raises(RuleError, match="The criterion needs a name"):
        clean_name(blank, "criterion")


def test_clean_name_keeps_case():
    assert clean_name(" Capacity BUILDING ", "category") == "Capacity BUILDING"


def test_same_name_ignores_case_and_spacing():
    assert same_name("Smart  streetlights", "smart streetlights")
    assert same_name(" SMART streetlights ", "smart\tstreetlights")
    assert not same_name("Smart streetlights", "Smart street lights")
    assert not same_name("Parks", "Park")


def test_name_key():
    assert name_key("  Bike   LANES ") == "bike lanes"
    assert name_key("Straße") == name_key("STRASSE")  # casefold, not lower


def test_check_scale():
    check_scale(1, 5)
    check_scale(0, 1)
    with pytest.raises(RuleError, match="upwards"):
        check_scale(5, 5)
    with pytest.raises(RuleError, match="5 to 1"):
        check_scale(5, 1)


@pytest.mark.parametrize("weight", [0.5, 1, 3.0])
def test_check_weight_accepts_positive(weight):
    check_weight(weight)


@pytest.mark.parametrize("weight", [0, 0.0, -1, -0.5, math.nan])
def test_check_weight_refuses_non_positive_and_nan(weight):
    with pytest.raises(RuleError, match="above zero"):
        check_weight(weight)


@pytest.mark.parametrize("value", [1, 3, 5])
def test_check_score_inside_scale_inclusive(value):
    check_score(value, 1, 5, "Important")


@pytest.mark.parametrize("value", [0, 6, -1])
def test_check_score_outside_scale(value):
    with pytest.raises(RuleError, match=f"Important is scored 1–5; {value} is outside"):
        check_score(value, 1, 5, "Important")


@pytest.mark.parametrize("quota", [None, 0, 1, 13])
def test_check_quota_accepts(quota):
    check_quota(quota)


def test_check_quota_refuses_negative():
    with pytest.raises(RuleError, match="negative"):
        check_quota(-1)


@pytest.mark.parametrize("role", ROLES)
def test_check_role_accepts_roles(role):
    check_role(role)


@pytest.mark.parametrize("role", ["Director", "admin", "", "directors"])
def test_check_role_refuses_others(role):
    with pytest.raises(RuleError):
        check_role(role)


def test_roles_lanes_and_vote_records():
    assert ROLES == ("director", "facilitator", "observer")
    assert set(LANE_KINDS) >= {"inbox", "shortlist", "roadmap", "parked"}
    assert VOTE_RECORDS == ("named", "anonymous")


@pytest.mark.parametrize(
    ("role", "count_facilitator", "counts"),
    [
        ("director", False, True),
        ("director", True, True),
        ("facilitator", False, False),
        ("facilitator", True, True),
        ("observer", False, False),
        ("observer", True, False),
    ],
)
def test_counts_in_results(role, count_facilitator, counts):
    assert counts_in_results(role, count_facilitator_scores=count_facilitator) is counts


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("  At   scale ", "At scale"),
        ("", ""),
        ("   ", ""),
        ("x" * 24, "x" * 24),
        ("Thí điểm", "Thí điểm"),
    ],
)
def test_a_short_label_is_single_spaced_and_may_be_empty(typed, clean):
    assert clean_short_name(typed) == clean


def test_a_short_label_over_24_characters_is_refused_with_a_sentence():
    with pytest.raises(RuleError) as refused:
        clean_short_name(" " + "y" * 25 + " ", "“Pilot”")
    assert str(refused.value) == (
        f"The short label of “Pilot” is at most 24 characters; “{'y' * 25}” has 25."
    )


# -- text cleaning (issue 12: control and invisible characters) ----------------------------


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("Smart\u200b lights", "Smart lights"),  # zero-width space
        ("\ufeffParks", "Parks"),  # a BOM inside a cell
        ("Bike\u00ad lanes", "Bike lanes"),  # soft hyphen
        ("Cafe\u0301", "Café"),  # NFC
        ("Alarm\x07\x1b[2J bell", "Alarm[2J bell"),  # BEL and ESC dropped
        ("a\x0cb\rc\x85d", "a b c d"),  # odd line breaks are spaces in one line
        ("\u202eevil\u202c", "evil"),  # bidirectional override
        ("می\u200cخواهم", "می\u200cخواهم"),  # the zero-width non-joiner shapes Persian
    ],
)
def test_clean_line_drops_control_and_invisible_characters(typed, clean):
    assert clean_line(typed) == clean
    assert clean_name(typed, "proposal") == clean


def test_clean_text_keeps_lines_and_tabs_but_no_controls():
    assert clean_text(" One\x1b]0;x\x07\r\nTwo\rThree\tfour\u2028five ") == (
        "One]0;x\nTwo\nThree\tfour\nfive"
    )


def test_drop_controls_keeps_text_and_line_breaks_as_they_are():
    assert drop_controls("a\r\nb\tc\x1b\x9bd\x0be") == "a\r\nb\tcd\ne"


def test_names_match_ignoring_invisible_characters_and_composition():
    assert same_name("Smart\u200b lights", "smart lights")
    assert same_name("Cafe\u0301", "CAFÉ")
    assert same_name("a\u200db", "ab")  # joiners are kept in text, ignored in comparing
    assert not same_name("Smart lights", "Smartlights")


def test_a_name_of_nothing_but_invisible_characters_is_blank():
    with pytest.raises(RuleError):
        clean_name("\u200b\x1b\ufeff", "proposal")
