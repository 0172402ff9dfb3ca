"""What a plan does well, in the words of the seed 002 example's own notes.

Shown with ``--explain``, for training: a worker sees what to keep, not only what to
change.  Strengths never change the exit status of ``plangen check``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plangen.model import Plan
from plangen.rules.base import (
    Context,
    actions,
    child_names,
    due_date,
    effective_timescale,
    is_unborn,
    means_parents,
    outcomes,
)
from plangen.rules.findings import Finding, Place, Severity
from plangen.rules.reading import reader

_LISTENING = re.compile(r"\b(listen\w*|speak\w* (to|with)|observ\w*|monitor\w*)\b", re.IGNORECASE)
_EXTENDED = re.compile(r"\bextend\w*\b", re.IGNORECASE)


# Each strength says what the plan itself shows, as a chair would say it: never a
# suggestion (the seed's "core group may wish to increase this to 100%" is advice on a
# good target, not a strength, and a reviewing officer read it as one), and never what
# people think ("parents are clear ..."), which a plan cannot show.
MEASURABLE = (
    "The outcome is measurable and about the child, so professionals and parents can see "
    "when it is achieved."
)
PARENTS = (
    "The parents' own part in this work is written down, so they know what is expected of them."
)
SEEING = (
    "A named person is responsible for seeing or listening to the child and recording what "
    "they observe."
)
TIMESCALE = "The timescale is a clear date or period, so drift can be seen."


def _strength(place: Place, note: str) -> Finding:
    return Finding("STRENGTH", Severity.STRENGTH, place, note, "")


def strengths(plan: Plan, context: Context) -> list[Finding]:
    """The plan's strengths, each at the first place it is about: a note is said once a
    plan, not beside every action it fits (the reviewing officer found one six times)."""
    said: set[str] = set()
    found = []
    for strength in _strengths(plan, context):
        if strength.problem not in said:
            said.add(strength.problem)
            found.append(strength)
    return found


def _strengths(plan: Plan, context: Context) -> Iterator[Finding]:
    read = reader(context.words, tuple(child_names(plan)))
    names = [re.escape(n) for n in child_names(plan) if len(n) > 1]
    child = re.compile(rf"\b(?:{'|'.join(names)})\b") if names else None
    for place, _, outcome in outcomes(plan):
        text = outcome.text
        if not text:
            continue
        if read.measure(text) and not read.about_adults(text):
            yield _strength(place, MEASURABLE)
    for place, outcome, index, action in actions(plan):
        if any(means_parents(name) for name in action.responsible):
            yield _strength(place / "responsible", PARENTS)
        # the child named in the action itself: not a parent's care ("monitoring lithium
        # levels"), and not a baby not yet born
        if (
            _LISTENING.search(action.text)
            and child is not None
            and child.search(action.text)
            and not is_unborn(plan)
        ):
            yield _strength(place, SEEING)
        timescale = effective_timescale(outcome, index)
        extended = _EXTENDED.search(timescale) or any(r.timescale_extended for r in outcome.reviews)
        if index == 0 and not extended and due_date(timescale, plan.plan_date):
            yield _strength(place / "timescale", TIMESCALE)
    if len(plan.lead_professionals) == 1:
        lead = plan.lead_professionals[0]
        yield _strength(Place(("core_group",)), f"One lead professional is named ({lead.name}).")
