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

# The seed's note on Betty's 95% attendance: a target already near full, so aim for all
# of it; not for a child far below it or avoiding school, where 100% is no help (the
# mid-point reviewing officer: Ollie at 31% with school avoidance, Abdi at 38%).
_ATTENDANCE = re.compile(
    r"\b(?:attend\w*|at school|in school|school)\b[^.;:%]{0,40}?\b(\d{2})\s*%|"
    r"\b(\d{2})\s*%[^.;:]{0,30}?\b(?:attend\w*|of (?:the )?(?:time|sessions|school days))\b",
    re.IGNORECASE,
)
_FAR_BELOW = re.compile(
    r"\b(?:[1-7]\d|\d)\s*%|\b(?:avoid\w*|ebsa|refus\w*|anxi\w*|part[- ]time timetable|"
    r"not in (?:education|school)|neet|exclu\w*)\b",
    re.IGNORECASE,
)
_LISTENING = re.compile(r"\b(listen\w*|speak\w* (to|with)|observ\w*|monitor\w*)\b", re.IGNORECASE)
_EXTENDED = re.compile(r"\bextend\w*\b", re.IGNORECASE)


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
    for place, risk, outcome in outcomes(plan):
        text = outcome.text
        if not text:
            continue
        if read.measure(text) and not read.about_adults(text):
            yield _strength(
                place,
                "Professionals and parents are clear about what will indicate improvement "
                "(measurable), and it is about the child.",
            )
        target = _ATTENDANCE.search(text)
        percent = int(target.group(1) or target.group(2)) if target else 0
        background = f"{risk.risk_factor} {risk.risk_to_child}"
        if 95 <= percent < 100 and not _FAR_BELOW.search(background):
            yield _strength(
                place, "The core group may wish to increase this to 100% as the plan progresses."
            )
    for place, outcome, index, action in actions(plan):
        if any(means_parents(name) for name in action.responsible):
            yield _strength(
                place / "responsible", "Parents are clear about the focus of the work with them."
            )
        # the child named in the action itself: not a parent's care ("monitoring lithium
        # levels"), and not a baby not yet born
        if (
            _LISTENING.search(action.text)
            and child is not None
            and child.search(action.text)
            and not is_unborn(plan)
        ):
            yield _strength(
                place,
                "Someone is responsible for speaking to the child, observing and recording "
                "their presentation, attendance and views.",
            )
        timescale = effective_timescale(outcome, index)
        extended = _EXTENDED.search(timescale) or any(r.timescale_extended for r in outcome.reviews)
        if index == 0 and not extended and due_date(timescale, plan.plan_date):
            yield _strength(place / "timescale", "A clear timescale, so drift can be seen.")
    if len(plan.lead_professionals) == 1:
        lead = plan.lead_professionals[0]
        yield _strength(Place(("core_group",)), f"One lead professional is named ({lead.name}).")
