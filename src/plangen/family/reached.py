"""What the family version says of a change the review marked as reached.

A change that must last ("sustained over 3 months", "to the end of the spring term",
"for 12 weeks in a row") cannot be finished at a review held before that time has
passed. The formal plan's status is kept ("marked as reached"), and the family is told
it must still last, so that nobody reads a first good month as the end of the work:

    "At the review on Wednesday 4 November 2026, this was marked as reached. It needs
    to last for 3 months, so we will keep checking."

A change with no period to last is said as reached, as before.
"""

from __future__ import annotations

import datetime as dt
import re

from plangen.dates import in_words
from plangen.model import Outcome
from plangen.rules.base import DATES, due_date

_NUMBER = r"(?:\d{1,2}|a|one|two|three|four|five|six|eight|ten|twelve)"
_PERIOD = re.compile(
    r"\b(?:sustained|kept up|maintained|lasting|held|for|over)\s+(?:(?:for|over)\s+)?"
    r"(?:the next\s+|a full\s+)?"
    rf"(?P<count>{_NUMBER})\s+(?P<unit>days?|weeks?|months?|terms?|years?)"
    r"(?P<row>\s+in a row)?\b"
    r"|\b(?:sustained\s+|kept up\s+)?(?:to|until)\s+the\s+end\s+of\s+the\s+"
    r"(?P<term>(?:spring|summer|autumn|winter)\s+term|school\s+year)\b"
    r"|\bfor\s+a\s+(?:full\s+)?(?P<half>half[- ]term)\b",
    re.I,
)


def period_to_last(text: str) -> str:
    """ "for 3 months", "to the end of the spring term": how long the change in
    ``text`` must last; "" when it names no such period."""
    found = _PERIOD.search(text)
    if found is None:
        return ""
    if found.group("term"):
        return f"to the end of the {found.group('term').lower()}"
    if found.group("half"):
        return "for a half term"
    count, unit = found.group("count").lower(), found.group("unit").lower()
    if count in ("1", "one", "a") and unit.endswith("s"):
        unit = unit[:-1]
    elif count not in ("1", "one", "a") and not unit.endswith("s"):
        unit += "s"
    return f"for {count} {unit}{' in a row' if found.group('row') else ''}"


def reached_said(outcome: Outcome, still: str = "") -> str:
    """The sentence after a change reached at its last review (see the module's notes);
    ``still``: the review's own " We will keep checking that it lasts ..." if it has one."""
    review = outcome.reviews[-1]
    day = in_words(review.date)
    period = period_to_last(outcome.text)
    if not period:
        return f"This was reached by the review on {day}.{still}"
    lasts = (
        f" It needs to last {period}.{still}"
        if still
        else (f" It needs to last {period}, so we will keep checking.")
    )
    return f"At the review on {day}, this was marked as reached.{lasts}"


def time_passed(outcome: Outcome, reviewed: dt.date) -> bool:
    """Whether every date written in the outcome's timescales was on or before the
    review (False where none is written: the time is not known to have passed)."""
    due = [
        due_date(said, reviewed)
        for said in (outcome.timescale_of(i) for i in range(len(outcome.actions)))
        if DATES.search(said)
    ]
    return bool(due) and all(day is not None and day <= reviewed for day in due)
