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
    means_parents,
    outcomes,
)
from plangen.rules.findings import Finding, Place, Severity
from plangen.rules.reading import reader

_PERCENT = re.compile(r"\b(\d{1,2})\s*%")
_LISTENING = re.compile(r"\b(listen\w*|speak\w* (to|with)|observ\w*|monitor\w*)\b", re.IGNORECASE)


def _strength(place: Place, note: str) -> Finding:
    return Finding("STRENGTH", Severity.STRENGTH, place, note, "")


def strengths(plan: Plan, context: Context) -> list[Finding]:
    """The plan's strengths, each at the place it is about."""
    return list(_strengths(plan, context))


def _strengths(plan: Plan, context: Context) -> Iterator[Finding]:
    read = reader(context.words, tuple(child_names(plan)))
    for place, _, outcome in outcomes(plan):
        text = outcome.text
        if not text:
            continue
        if read.measure(text) and not read.about_adults(text):
            yield _strength(
                place,
                "Professionals and parents are clear about what will indicate improvement "
                "(measurable), and it is about the child.",
            )
        if (match := _PERCENT.search(text)) and int(match.group(1)) < 100:
            yield _strength(
                place, "The core group may wish to increase this to 100% as the plan progresses."
            )
    for place, outcome, index, action in actions(plan):
        if any(means_parents(name) for name in action.responsible):
            yield _strength(
                place / "responsible", "Parents are clear about the focus of the work with them."
            )
        if _LISTENING.search(action.text):
            yield _strength(
                place,
                "Someone is responsible for speaking to the child, observing and recording "
                "their presentation, attendance and views.",
            )
        if index == 0 and due_date(effective_timescale(outcome, index), plan.plan_date):
            yield _strength(place / "timescale", "A clear timescale, so drift can be seen.")
    if len(plan.lead_professionals) == 1:
        lead = plan.lead_professionals[0]
        yield _strength(Place(("core_group",)), f"One lead professional is named ({lead.name}).")
