"""A rule: an id, a severity, a source, and one small function from the plan to findings.

Rules see the plan model only (never a workbook cell or a Word run).  Each module of
this package declares its rules with :func:`rule`; ``plangen.rules`` registers them from
one explicit list, :data:`plangen.rules.REGISTERED`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from plangen.dates import MONTHS
from plangen.intake.vocabulary import (
    normalise,
    parent_relationships,
    parent_words,
)
from plangen.model import Action, CorePerson, Outcome, Plan, PlanKind, ProgressStatus, Risk
from plangen.rules.findings import Finding, Place, Severity
from plangen.rules.names import initials_of
from plangen.rules.text import WordLists
from plangen.settings import RuleSettings


@dataclass(frozen=True)
class Context:
    """What a rule may consult besides the plan: settings and the word lists."""

    settings: RuleSettings
    words: WordLists


Check = Callable[[Plan, Context], Iterable[Finding]]
Flag = tuple[Place, str, str] | tuple[Place, str, str, str]


@dataclass(frozen=True)
class Rule:
    """One quality rule of ``shared/domain.md``."""

    id: str
    severity: Severity
    source: str
    summary: str
    check: Check

    def findings(self, plan: Plan, context: Context) -> list[Finding]:
        return list(self.check(plan, context))


def rule(
    id: str, severity: Severity, source: str, summary: str
) -> Callable[[Callable[..., Iterable[Flag]]], Rule]:
    """Declare a rule whose function yields (place, problem, advice) triples, or
    (place, problem, advice, evidence) where a rule can say which words made it fire
    (it runs once listed in :data:`plangen.rules.REGISTERED`)."""

    def register(function: Callable[..., Iterable[Flag]]) -> Rule:
        def check(plan: Plan, context: Context) -> Iterator[Finding]:
            for flag in function(plan, context):
                place, problem, advice = flag[:3]
                yield Finding(id, severity, place, problem, advice, "".join(flag[3:]))

        return Rule(id, severity, source, summary, check)

    return register


# -- walking the plan -------------------------------------------------------------------


def outcomes(plan: Plan) -> Iterator[tuple[Place, Risk, Outcome]]:
    """Every outcome with its place and its risk, in plan order.  A Child's Plan
    numbers its outcomes by priority, so their places are shown by it."""
    numbered = plan.kind is PlanKind.CHILDS_PLAN
    for r, risk in enumerate(plan.risks):
        for o, outcome in enumerate(risk.outcomes):
            priority = outcome.priority if numbered else None
            yield Place(("risks", r, "outcomes", o), priority), risk, outcome


def actions(plan: Plan) -> Iterator[tuple[Place, Outcome, int, Action]]:
    """Every action with its place, its outcome and its index in that outcome."""
    for place, _, outcome in outcomes(plan):
        for a, action in enumerate(outcome.actions):
            yield place / "actions" / a, outcome, a, action


# A timescale written as "the row above's": "As above", "Same as above", "Ditto", '"'.
_AS_ABOVE = re.compile(
    r"^\W*(?:(?:the )?same(?: timescale| date)?(?: as (?:above|before|the (?:row|action|one) "
    r"above))?|as (?:above|before|per above)|see above|ditto|do|\"|〃)\W*$",
    re.I,
)


def as_above(action: Action) -> bool:
    """The action's timescale is written as the row above's ("As above", "ditto").  The
    JSON intake's ``timescale_as_above`` marker needs no reading here: the model turns it
    into a blank timescale that is not left blank, which :meth:`Outcome.timescale_of`
    already reads as the row above's."""
    return _AS_ABOVE.match(action.timescale) is not None


def own_timescale(action: Action) -> str:
    """The timescale written in the action's own cell, "" for a blank or a marker that
    points at the row above: where a vague or passed timescale is said."""
    return "" if as_above(action) else action.timescale.strip()


def effective_frequency(outcome: Outcome, index: int) -> str:
    """An action's frequency; one written "As above" is the action above's (PLAN-06,
    PLAN-14: "As above" said nothing of how often, and its contacts went uncounted)."""
    frequency = outcome.actions[index].frequency
    if index > 0 and _AS_ABOVE.match(frequency):
        return effective_frequency(outcome, index - 1)
    return frequency


def effective_timescale(outcome: Outcome, index: int) -> str:
    """An action's timescale; blank means "the same as the action above" (seed 002)
    when that one is a time, not a task of its own (:meth:`Outcome.timescale_of`); a
    marker ("As above") means the row above's, whatever it is (the worker said so)."""
    action = outcome.actions[index]
    if as_above(action):
        return effective_timescale(outcome, index - 1) if index > 0 else ""
    if action.timescale.strip():
        return action.timescale
    above = next(
        (i for i in range(index - 1, -1, -1) if outcome.actions[i].timescale.strip()), None
    )
    if above is not None and as_above(outcome.actions[above]) and outcome.timescale_of(index):
        return effective_timescale(outcome, above)
    return outcome.timescale_of(index)


def called(plan: Plan, *, start: bool = False) -> str:
    """How a finding names the child: the first name, or "the baby" for an unborn baby
    whose name is only "Unborn baby ..." (a reader of held-out plan 121 found "what
    changes for Unborn? Say what Unborn's day-to-day life ...")."""
    first = plan.child.first_name
    if is_unborn(plan) and first.lower() in ("unborn", "baby", "unborn baby"):
        return "The baby" if start else "the baby"
    return first


def child_names(plan: Plan) -> list[str]:
    child = plan.child
    if is_unborn(plan):
        # "Unborn baby of Chelsea Whitfield": Chelsea is the mother, not the child; the
        # baby is "Baby Whitfield" (as known) or "the baby"
        known = child.known_as or ""
        names = [known, *(w for w in known.split() if w.lower() not in ("baby", "unborn"))]
    else:
        names = [child.name, *child.name.split(), child.known_as or "", child.first_name]
    named = [n for n in dict.fromkeys(names) if len(n) > 1]
    return named if is_unborn(plan) else [*named, *initials_of(child.first_name)]


_UNBORN = re.compile(r"^\W*unborn\b", re.I)
# views that say there are none because the child is not born: "N/A - unborn."
_NOT_BORN_VIEWS = re.compile(
    r"^\W*(?:n/?a|not applicable|none)\b\W{0,5}(?:\w+\W+){0,3}?"
    r"(?:unborn|pre-?birth|not yet born)\b",
    re.I,
)


def is_unborn(plan: Plan) -> bool:
    """The plan is for a baby not yet born ("Unborn baby Khan", views "N/A - unborn")."""
    child = plan.child
    return bool(
        _UNBORN.match(child.name)
        or _UNBORN.match(child.known_as or "")
        or child.due_date is not None
        or (child.date_of_birth is None and _NOT_BORN_VIEWS.match(plan.child_views or ""))
    )


def is_baby(plan: Plan) -> bool:
    """The child is under 1 at the plan's date (born, by the date of birth, else an age
    of 0)."""
    born = plan.child.date_of_birth
    if born is not None:
        return born <= plan.plan_date and (plan.plan_date - born).days < 365
    return plan.child.age == 0


@functools.cache
def _parent_pattern() -> re.Pattern[str]:
    """One pattern for every parent or carer relationship, compiled once."""
    words = sorted(parent_relationships(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b")


def is_parent(person: CorePerson) -> bool:
    return _parent_pattern().search(normalise(person.role)) is not None


def parents(plan: Plan) -> list[CorePerson]:
    return [person for person in plan.core_group if is_parent(person)]


_A_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|pc|dc|ds|sgt|cllr)\.?$", re.I)


def adult_names(plan: Plan, words: WordLists) -> tuple[tuple[str, bool], ...]:
    """The core group's adults as an outcome may name them as its subject, each with
    whether they are family: "Donna Pearson", "Donna", "Mrs Patel"; never a name the
    child is known by.  ("Donna to see her GP" is about Donna, not Jake: a held-out
    chair raised it, and the reader had taken "Donna" for nobody.)"""
    own = {name.lower() for name in child_names(plan)}
    found: dict[str, bool] = {}
    for person in plan.core_group:
        written = person.name.split()
        given = [w for w in written if not _A_TITLE.match(w)]
        family = is_parent(person) or bool(words.find("parents_involved.family_roles", person.role))
        names = [" ".join(written), " ".join(given), given[0] if given else ""]
        if len(given) < len(written) and given:
            names.append(f"{written[0]} {given[-1]}")  # "Mrs Patel"
        for name in names:
            if len(name) > 1 and name.lower() not in own:
                found.setdefault(name, family)
    return tuple(sorted(found.items(), key=lambda item: -len(item[0])))


def means_parents(name: str) -> bool:
    return normalise(name) in parent_words()


# -- dates in timescales ------------------------------------------------------------------

_IN = re.compile(r"\b(\d{1,2}|one|two|three|four|six|eight|twelve)\s*(day|week|month)s?\b", re.I)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "eight": 8, "twelve": 12}
DATES = re.compile(  # a date written in a timescale: 24/11/2025, 3rd March 2025
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\w*\s+\d{2,4}\b",
    re.IGNORECASE,
)


# A date an action or outcome started or runs from, or was done on, is no deadline to
# meet: "12 weeks from 20.01.25", "From start of autumn term 03.09.26", "Done 10.07.24",
# "TBC - referral made 30.09.26".
STARTED_OR_DONE = re.compile(
    r"\b(?:from|since|start\w*|w/c|commenc\w*|done|complete[d]?|achieved|closed|made|sent|"
    r"received|submitted|requested|referred)\b",
    re.I,
)


def due_date(timescale: str, plan_date: dt.date) -> dt.date | None:
    """When a timescale runs out: a date in it ("by 24/11/2025"), else a period from
    the plan date ("3 months", "6 weeks"); ``None`` when it says neither."""
    from plangen.dates import split_date
    from plangen.errors import InputError

    if match := DATES.search(timescale):
        try:
            return split_date(match.group(0))[0]
        except InputError:
            return None
    if match := _IN.search(timescale):
        count = _NUMBERS.get(match.group(1).lower()) or int(match.group(1))
        unit = match.group(2).lower()
        if unit in ("day", "week"):
            return later(plan_date, dt.timedelta(days=count * (7 if unit == "week" else 1)))
        month = plan_date.month - 1 + count
        year, month = plan_date.year + month // 12, month % 12 + 1
        return dt.date(year, month, min(plan_date.day, 28)) if year <= dt.MAXYEAR else None
    return None


_HOLIDAY = re.compile(
    r"^\W*(?:by|before|until|at)\s+(?:the\s+)?(easter|christmas)\b(?!\W*\d)", re.I
)


def _easter(year: int) -> dt.date:
    """Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_passed(timescale: str, plan_date: dt.date) -> tuple[str, dt.date] | None:
    """A deadline named by a holiday with no year ("Before Easter") that has just passed
    when the plan is written, so that the next one is more than half a year away: the
    holiday's name and the date it passed on; ``None`` otherwise."""
    if not (found := _HOLIDAY.match(timescale)):
        return None
    name = found.group(1).capitalize()
    for year in (plan_date.year, plan_date.year - 1):
        day = _easter(year) if name == "Easter" else dt.date(year, 12, 25)
        if day <= plan_date:
            return (name, day) if (plan_date - day).days < 183 else None
    return None


def later(day: dt.date, by: dt.timedelta) -> dt.date | None:
    """``day + by``, or ``None`` past the end of the calendar (a plan dated 9999)."""
    try:
        return day + by
    except OverflowError:
        return None


def as_of(plan: Plan) -> dt.date:
    """The plan's own "now": its latest review, else the date of the plan.

    Drift is judged against this, never the clock, so a plan gives the same findings
    on every run.
    """
    reviews = [review.date for outcome in plan.outcomes for review in outcome.reviews]
    return max([plan.plan_date, *reviews])


def achieved(outcome: Outcome) -> bool:
    return bool(outcome.reviews) and outcome.reviews[-1].status is ProgressStatus.ACHIEVED
