"""Dates a worker wrote as notes, said in words in the family version: "no incidents since
04.09" -> "no incidents since 4 September"; "last incident 06.26" -> "last incident June
2026"; "seen at school 14.10.26" -> "seen at school Wednesday 14 October 2026".

A note's date has no year: it is the one nearest the plan's date (a review note in
November 2026 that says "02.12" means 2 December 2026; one in January 2027 that says
"30.12" means 30 December 2026). The year is said only where it is not the plan's.
A time ("at 10.30", "7.30-8.15am", "Saturday 10-11.30") or a measure ("19.8kg") is
never read as a date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from plangen.dates import in_words, split_date
from plangen.errors import InputError

_MONTH_NAMES = tuple(calendar.month_name)[1:]

# two digits, a dot, two digits: not part of a longer number, a range ("10-11.30"), a
# time ("9.15am", "at 10.30") or a measure ("19.80kg")
_SHORT = re.compile(
    r"(?<![\d.,:£/-])(?<!\bat )(?<!\bfrom )(?<!\buntil )(?<!\bbetween )"
    r"(\d{2})\.(\d{2})"
    r"(?![\d.:/-]?\d)(?!\s*(?:am|pm|a\.m|p\.m|kg|g|cm|m|ml|%)\b)(?!-|\s*[-–]\s*\d)"
)


_WHOLE = re.compile(r"(?<![\d.,:£/-])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?![\d]|[./-]\d)")


def _whole_said(match: re.Match[str]) -> str:
    try:
        return in_words(split_date(match.group(0))[0])
    except InputError:
        return match.group(0)


def _nearest(plan_date: dt.date, month: int, day: int) -> dt.date | None:
    found = []
    for year in (plan_date.year - 1, plan_date.year, plan_date.year + 1):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(found, key=lambda d: abs((d - plan_date).days)) if found else None


def short_dates_in_words(text: str, plan_date: dt.date) -> str:
    """``"booked for 02.12"`` -> ``"booked for 2 December"`` (see the module's notes)."""
    if "." not in text:
        return text
    # whole numeric dates first ("14.10.26"); a date already in words ("1 July 2024", as
    # the version says a review's day) is left as it is
    text = _WHOLE.sub(_whole_said, text)

    def say(match: re.Match[str]) -> str:
        first, second = int(match.group(1)), int(match.group(2))
        if 1 <= first <= 31 and 1 <= second <= 12:
            day = _nearest(plan_date, second, first)
            if day is None:
                return match.group(0)
            other = "" if day.year == plan_date.year else f" {day.year}"
            return f"{day.day} {_MONTH_NAMES[day.month - 1]}{other}"
        # a month and a year ("06.26"): only a year near the plan's, never a time
        year = 2000 + second
        if 1 <= first <= 12 and plan_date.year - 5 <= year <= plan_date.year:
            return f"{_MONTH_NAMES[first - 1]} {year}"
        return match.group(0)

    return _SHORT.sub(say, text)


def dated(value: Any, plan_date: dt.date, *, skip: frozenset[str] = frozenset()) -> Any:
    """Every text in a version's values with its note-dates said in words; the values
    named in ``skip`` (contact details) as they are."""
    if isinstance(value, str):
        return short_dates_in_words(value, plan_date)
    if isinstance(value, list):
        return [dated(item, plan_date, skip=skip) for item in value]
    if isinstance(value, dict):
        return {
            key: item if key in skip else dated(item, plan_date, skip=skip)
            for key, item in value.items()
        }
    return value
