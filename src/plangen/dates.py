"""British, day-first dates as teams write them on plans.

``01.03.23`` is the 1st of March 2023, never the 3rd of January.  Accepted forms:
``01.03.23``, ``1/3/2023``, ``01-03-2023``, ``1 March 2023``, ``1st Mar 2023``,
``Tuesday 14 March 2023``, ``Tues 14/3/23``, ``14-Mar-2023``, ISO ``2023-03-01`` (from
other systems), and Excel date cells.  Anything written after the date ("at 10:00, Elm
Grove School") is returned as text so it can be kept beside the date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TypeVar

from plangen.errors import InputError, shown

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

# a weekday may stand before any form: "Tues 15/4/25", "Wednesday, 1 March 2023"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_NUMERIC = re.compile(
    rf"^\s*{_WEEKDAY}(\d{{1,2}})\s*([./-])\s*(\d{{1,2}})\s*\2\s*(\d{{4}}|\d{{2}})(?!\d)", re.I
)
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?(?![\d-])")
# "1 March 2023", "1st of March, 2023", "03-Apr-2025", "3rd April 2025"
_WORDS = re.compile(
    rf"^\s*{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s-]*([a-z]+)\.?,?[\s-]+"
    r"(\d{4}|\d{2})(?!\d)",
    re.IGNORECASE,
)
# the same without a year: "15/4", "3rd April"
_NO_YEAR = re.compile(
    rf"^\s*{_WEEKDAY}(?:\d{{1,2}}\s*[./-]\s*\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?"
    r"[\s-]*([a-z]+))\.?(?![\d./-])",
    re.IGNORECASE,
)
# Two-digit years: 00-68 are 2000-2068, 69-99 are 1969-1999 (the POSIX %y pivot);
# fixed, so that reading a plan never depends on today's date.
_PIVOT = 69

EXAMPLE = "01.03.23"


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= _PIVOT else 2000
    return year


def _build(raw: str, year: int, month: int, day: int) -> dt.date:
    if month > 12 and day <= 12:
        raise InputError(
            f"{shown(raw)} is not a date: read day first, its month would be {month}. Was it "
            f"written month first? Write the day first, like {EXAMPLE} for 1 March 2023"
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InputError(
            f"{shown(raw)} is not a date (there is no such day); write it day first, like {EXAMPLE}"
        ) from None


def split_date(value: object) -> tuple[dt.date, str]:
    """Read a day-first date from a cell or a string; return it and any text after it.

    Raises :class:`InputError` naming the value and the expected form when the value is
    not a date, names a day that does not exist (``31.02.23``), has no year, or has a
    month past 12 that reads as a day (``04/13/2025``, written month first).
    """
    if isinstance(value, dt.datetime):
        rest = "" if value.time() == dt.time(0, 0) else f"at {value:%H:%M}"
        return value.date(), rest
    if isinstance(value, dt.date):
        return value, ""
    raw = str(value).strip()
    if match := _NUMERIC.match(raw):
        day, _, month, year = match.groups()
        found = _build(raw, _year(year), int(month), int(day))
    elif match := _ISO.match(raw):
        year, month, day = match.groups()
        found = _build(raw, int(year), int(month), int(day))
    elif (match := _WORDS.match(raw)) and match.group(2).lower() in MONTHS:
        day, month_name, year = match.groups()
        found = _build(raw, _year(year), MONTHS[month_name.lower()], int(day))
    elif (match := _NO_YEAR.match(raw)) and (match.group(1) or "jan").lower() in MONTHS:
        raise InputError(
            f"{shown(raw)} has no year; write the whole date, day first, like {EXAMPLE}"
        )
    else:
        raise InputError(f"{shown(raw)} is not a date; write it day first, like {EXAMPLE}")
    _check_weekday(raw, found)
    rest = raw[match.end() :].strip().lstrip(",;-–").strip()
    return found, rest


_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WRITTEN_DAY = re.compile(rf"^\s*({'|'.join(_DAY_NAMES)})[a-z]*\.?,?\s", re.IGNORECASE)


def _check_weekday(raw: str, found: dt.date) -> None:
    """A weekday written before the date must be that date's: one that is not shows a
    mistyped day, month or year, and plangen cannot know which."""
    written = _WRITTEN_DAY.match(raw)
    if written is None:
        return
    said = _DAY_NAMES.index(written.group(1).lower())
    if said != found.weekday():
        named = found + dt.timedelta(days=said - found.weekday())
        raise InputError(
            f"{shown(raw)} does not add up: the date is a {found:%A}, not a {named:%A}; "
            "check the day, month and year"
        )


def parse_date(value: object) -> dt.date:
    """Read a day-first date that must stand alone (a date of birth, a plan date)."""
    found, rest = split_date(value)
    if rest:
        raise InputError(
            f"{shown(value)} has more than a date in it; write only the date, like {EXAMPLE}"
        )
    return found


def in_words(day: dt.date) -> str:
    """A date as a family reads it: ``Tuesday 14 March 2023``."""
    return f"{day:%A} {day.day} {day:%B %Y}"


# a numeric date inside free text ("By 03/25/2025", "from 4.5.25 then weekly")
_IN_TEXT = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)")

K = TypeVar("K")


def month_first_problems(texts: Iterable[tuple[K, str, bool]]) -> list[tuple[K, str]]:
    """Dates written month first in a plan's texts, each with a problem to report.

    ``texts`` are (where, text, read as a date already) for every text of one plan. A
    numeric date whose middle number is past 12 ("03/25/2025") is month first: read day
    first it is no date, and a family version would say it wrong.  Once one is found,
    every date that reads both ways ("04/05/2025") is doubtful too: plangen never swaps
    day and month, it asks.  A text already read as a date has had its say."""
    found = [
        (where, match.group(0), int(match.group(1)), int(match.group(3)), checked)
        for where, text, checked in texts
        for match in _IN_TEXT.finditer(text)
    ]
    first = [(w, d, a, b, c) for w, d, a, b, c in found if b > 12 and a <= 12]
    if not first:
        return []
    problems = [
        (
            where,
            f"{shown(date)} is written month first (there is no month {second}); plangen "
            f"reads dates day first and will not swap them. Write it day first, like "
            f"{EXAMPLE} for 1 March 2023",
        )
        for where, date, _, second, checked in first
        if not checked
    ]
    problems += [
        (
            where,
            f"{shown(date)} could be day first or month first, and dates beside it are "
            "written month first; write it day first, or with the month in words (like 1 March "
            "2023), so that plangen reads the date that was meant",
        )
        for where, date, day, month, _ in found
        if day != month and day <= 12 and month <= 12
    ]
    return problems
