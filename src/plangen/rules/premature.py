"""An outcome recorded as achieved before the time it must hold for has passed.

"Marcus sees his mum ... over the next 3 months", marked Achieved at the review on the
day the plan was made, cannot yet be known to hold; nor "sustained to the end of the
spring term" in November.  A reviewing officer who read the held-out review copies
raised three such (R15, R28, R33 of reader 29).  Such an outcome is not treated as done:
the findings on it and its actions still land (a chair raised "Tracey to go back to the
alcohol service", with no frequency or timescale, under one), and PLAN-17 says why.

Only a period that runs from a known point is read: "the next 3 months" from the plan's
date, the end of a named term.  "Sustained over 3 months" may have started in an earlier
plan, so it is left alone.
"""

from __future__ import annotations

import datetime as dt
import re

from plangen.model import Outcome, Plan
from plangen.rules.base import achieved, later

_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "eight": 8, "twelve": 12}
# "over the next 3 months", "for the next six weeks"
_NEXT = re.compile(
    r"\b(?:over|for|during|in|throughout|across)\s+the\s+next\s+"
    r"(\d{1,2}|one|two|three|four|six|eight|twelve)\s+(week|month)s?\b",
    re.I,
)
# "to the end of the spring term", "until the summer term ends", "for the autumn term"
_TERM = re.compile(
    r"\b(?:to|until|till|through|throughout|for)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"(spring|summer|autumn)\s+term\b",
    re.I,
)
# the last day of each term, near enough for "has it passed yet" (England and Wales;
# Scotland's terms end about as late)
_TERM_ENDS = {"autumn": (12, 18), "spring": (3, 28), "summer": (7, 20)}


def hold_ends(text: str, start: dt.date) -> tuple[dt.date, str] | None:
    """When the period an outcome must hold for ends, read from ``start`` (the plan's
    date), with the words that say it; ``None`` when the text has no such period."""
    if found := _NEXT.search(text):
        count = _COUNT.get(found.group(1).lower()) or int(found.group(1))
        if found.group(2).lower() == "week":
            end = later(start, dt.timedelta(weeks=count))
            return (end, found.group(0)) if end is not None else None
        month = start.month - 1 + count
        year, month = start.year + month // 12, month % 12 + 1
        return dt.date(year, month, min(start.day, 28)), found.group(0)
    if found := _TERM.search(text):
        month, day = _TERM_ENDS[found.group(1).lower()]
        end = dt.date(start.year, month, day)
        if end < start:
            end = dt.date(start.year + 1, month, day)
        return end, found.group(0)
    return None


def premature(plan: Plan, outcome: Outcome) -> str:
    """Why the outcome's Achieved comes before its own period is over, or ""."""
    if not achieved(outcome) or not outcome.text:
        return ""
    ends = hold_ends(outcome.text, plan.plan_date)
    recorded = outcome.reviews[-1].date
    if ends is None or recorded >= ends[0]:
        return ""
    end, words = ends
    return (
        f'achieved on {recorded:%d.%m.%y}, but "{words}" runs to {end:%d.%m.%y}'
        f" (from the plan's date, {plan.plan_date:%d.%m.%y})"
    )
