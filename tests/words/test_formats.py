"""Dates, numbers and money as each language writes them (CLDR through Babel)."""

from datetime import date, datetime

from roadmap_desktop.words import formats


def test_long_dates_name_the_month_in_the_language():
    day = date(2026, 3, 3)
    assert formats.long_date(day, language="en") == "March 3, 2026"
    assert formats.long_date(day, language="es") == "3 de marzo de 2026"
    assert formats.long_date(day, language="vi") == "3 tháng 3, 2026"


def test_numbers_and_money_use_the_languages_separators():
    assert formats.number(1234.5, language="en") == "1,234.5"
    assert formats.number(1234.5, language="vi") == "1.234,5"
    assert formats.number(3, 2, language="es") == "3.00"  # es_US: San José's Spanish
    assert formats.money(1_250_000, language="en") == "$1,250,000"
    assert formats.money(12.5, language="en", cents=True) == "$12.50"
    assert formats.money(1_250_000, language="vi").startswith("1.250.000")


def test_times_of_day():
    moment = datetime(2026, 3, 3, 14, 5)
    assert "2:05" in formats.time_of_day(moment, language="en")
    assert "14:05" in formats.time_of_day(moment, language="vi")


def test_without_a_language_the_current_one_is_used_every_time():
    from roadmap_desktop import words

    day = date(2026, 3, 3)
    assert formats.long_date(day) == "March 3, 2026"
    with words.using("es"):
        assert formats.long_date(day) == "3 de marzo de 2026"
    with words.using("vi"):
        assert formats.number(1234.5) == "1.234,5"
