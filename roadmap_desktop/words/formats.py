"""Dates, numbers and money as the language writes them (Babel's CLDR data), never `%B`:
"March 3, 2026" / "3 de marzo de 2026" / "3 tháng 3, 2026"."""

import re
from datetime import date, datetime
from functools import cache

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from roadmap_desktop.words.language import current, locale_name

CURRENCY = "USD"


def locale(language: str | None = None) -> Locale:
    """The CLDR locale of a language (default: the current one, looked up on every call)."""
    return _parsed(language or current())


@cache
def _parsed(code: str) -> Locale:
    return Locale.parse(locale_name(code))


def long_date(day: date, *, language: str | None = None) -> str:
    return babel_dates.format_date(day, "long", locale=locale(language))


def short_date(day: date, *, language: str | None = None) -> str:
    return babel_dates.format_date(day, "medium", locale=locale(language))


def date_time(moment: datetime, *, language: str | None = None) -> str:
    """A day and a time of day: "March 3, 2026, 2:05 PM"."""
    return babel_dates.format_datetime(moment, "medium", locale=locale(language))


def time_of_day(moment: datetime, *, language: str | None = None) -> str:
    return babel_dates.format_time(moment, "short", locale=locale(language))


def number(value: float, places: int | None = None, *, language: str | None = None) -> str:
    """With grouping; `places` fixes the decimals, None shows what the value has (up to 3)."""
    pattern = None if places is None else "#,##0" + ("." + "0" * places if places else "")
    return babel_numbers.format_decimal(value, format=pattern, locale=locale(language))


def money(amount: float, *, language: str | None = None, cents: bool = False) -> str:
    """ "$1,250,000" (whole dollars unless cents), the currency sign where the language puts it."""
    where = locale(language)
    pattern = where.currency_formats["standard"].pattern
    if not cents:
        pattern = re.sub(r"\.0+", "", pattern)
    return babel_numbers.format_currency(
        amount if cents else round(amount),
        CURRENCY,
        format=pattern,
        locale=where,
        currency_digits=False,
        decimal_quantization=True,
    )


def percent(share: float, *, language: str | None = None) -> str:
    return babel_numbers.format_percent(share, locale=locale(language))
