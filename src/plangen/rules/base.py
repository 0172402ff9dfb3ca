"""A rule: an id, a severity, a source, and one small function from the plan to findings.

Rules see the plan model only (never a workbook cell or a Word run).  Each module of
this package declares its rules with :func:`rule`; ``plangen.rules`` registers them from
one explicit list, :data:`plangen.rules.REGISTERED`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from plangen.dates import MONTHS
from plangen.intake.vocabulary import normalise, parent_relationships, parent_words
from plangen.model import Action, CorePerson, Outcome, Plan, ProgressStatus, Risk
from plangen.rules.findings import Finding, Place, Severity
from plangen.rules.text import WordLists
from plangen.settings import RuleSettings


@dataclass(frozen=True)
class Context:
    """What a rule may consult besides the plan: settings and the word lists."""

    settings: RuleSettings
    words: WordLists


Check = Callable[[Plan, Context], Iterable[Finding]]


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
) -> Callable[[Callable[..., Iterable[tuple[Place, str, str]]]], Rule]:
    """Declare a rule whose function yields (place, problem, advice) triples (it runs
    once listed in :data:`plangen.rules.REGISTERED`)."""

    def register(function: Callable[..., Iterable[tuple[Place, str, str]]]) -> Rule:
        def check(plan: Plan, context: Context) -> Iterator[Finding]:
            for place, problem, advice in function(plan, context):
                yield Finding(id, severity, place, problem, advice)

        return Rule(id, severity, source, summary, check)

    return register


# -- walking the plan -------------------------------------------------------------------


def outcomes(plan: Plan) -> Iterator[tuple[Place, Risk, Outcome]]:
    """Every outcome with its place and its risk, in plan order."""
    for r, risk in enumerate(plan.risks):
        for o, outcome in enumerate(risk.outcomes):
            yield Place(("risks", r, "outcomes", o)), risk, outcome


def actions(plan: Plan) -> Iterator[tuple[Place, Outcome, int, Action]]:
    """Every action with its place, its outcome and its index in that outcome."""
    for place, _, outcome in outcomes(plan):
        for a, action in enumerate(outcome.actions):
            yield place / "actions" / a, outcome, a, action


def effective_timescale(outcome: Outcome, index: int) -> str:
    """An action's timescale; blank means "the same as the action above" (seed 002)."""
    for action in reversed(outcome.actions[: index + 1]):
        if action.timescale:
            return action.timescale
    return ""


def child_names(plan: Plan) -> list[str]:
    child = plan.child
    names = [child.name, *child.name.split(), child.known_as or ""]
    return [n for n in dict.fromkeys(names) if len(n) > 1]


def is_parent(person: CorePerson) -> bool:
    role = normalise(person.role)
    return any(re.search(rf"\b{re.escape(word)}\b", role) for word in parent_relationships())


def parents(plan: Plan) -> list[CorePerson]:
    return [person for person in plan.core_group if is_parent(person)]


def means_parents(name: str) -> bool:
    return normalise(name) in parent_words()


def find_person(plan: Plan, name: str) -> CorePerson | None:
    """The core group member a "person responsible" names: full name, a unique first
    name or surname, or a unique role ("School Nurse", "SW")."""
    wanted = normalise(name)
    people = plan.core_group
    exact = [p for p in people if normalise(p.name) == wanted]
    if exact:
        return exact[0]
    tests: list[Callable[[CorePerson], bool]] = [
        lambda p: wanted in normalise(p.name).split(),  # "Melanie" or "Andrews"
        lambda p: wanted in (normalise(p.role), _initials(p.role)),  # "School Nurse", "SW"
        lambda p: bool(wanted) and wanted in normalise(p.role),
    ]
    for test in tests:
        found = [p for p in people if test(p)]
        if len(found) == 1:
            return found[0]
    return None


def closest_person(plan: Plan, name: str) -> CorePerson | None:
    """The core group member whose name ``name`` most likely misspells ("Melanie
    Andrew" for "Melanie Andrews"), if one is close enough."""
    names = {normalise(p.name): p for p in plan.core_group}
    close = difflib.get_close_matches(normalise(name), list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else None


def _initials(text: str) -> str:
    return "".join(word[0] for word in normalise(text).split())


# -- dates in timescales ------------------------------------------------------------------

_IN = re.compile(r"\b(\d{1,2}|one|two|three|four|six|eight|twelve)\s*(day|week|month)s?\b", re.I)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "eight": 8, "twelve": 12}
_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\w*\s+\d{2,4}\b",
    re.IGNORECASE,
)


def due_date(timescale: str, plan_date: dt.date) -> dt.date | None:
    """When a timescale runs out: a date in it ("by 24/11/2025"), else a period from
    the plan date ("3 months", "6 weeks"); ``None`` when it says neither."""
    from plangen.dates import split_date
    from plangen.errors import InputError

    if match := _DATE.search(timescale):
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
