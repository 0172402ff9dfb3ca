"""The rules stage: plan model -> findings (PLAN-01 to PLAN-22; 01 to 21 in ``shared/domain.md``).

:func:`check` runs every rule on one plan; :func:`check_run` adds the one rule that
reads a whole run (PLAN-19: one plan per child).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from plangen.model import Plan
from plangen.rules import (
    actions,
    outcomes,
    overwhelmed,
    plan_wide,
    privacy,
    step_down,
    whereabouts,
)
from plangen.rules.base import Context, Rule, achieved
from plangen.rules.base import outcomes as outcomes_of
from plangen.rules.findings import PLAN, Finding, Place, Severity
from plangen.rules.once import said_once
from plangen.rules.pointer import numbered
from plangen.rules.premature import premature
from plangen.rules.strengths import MEASURABLE, PARENTS, SEEING, TIMESCALE, strengths
from plangen.rules.text import word_lists
from plangen.settings import RuleSettings

PLAN_19 = Rule(
    "PLAN-19",
    Severity.WEAKNESS,
    'seed 000 "each child should have one plan"',
    "more than one plan for the same child in one run",
    check=lambda plan, context: (),
)

# Every rule that runs, in id order: a rule runs only if it is listed here (a test holds
# this list to data/rule_ids.toml, the ids of shared/domain.md).
REGISTERED: tuple[Rule, ...] = (
    outcomes.too_many_outcomes,  # PLAN-01
    outcomes.about_the_adults,  # PLAN-02
    outcomes.process_as_outcome,  # PLAN-03
    outcomes.not_measurable,  # PLAN-04
    outcomes.no_success_measure,  # PLAN-05
    actions.not_smart,  # PLAN-06
    actions.responsible_not_in_core_group,  # PLAN-07
    plan_wide.risk_not_specified,  # PLAN-08
    plan_wide.risk_not_addressed,  # PLAN-09
    plan_wide.contingency,  # PLAN-10
    plan_wide.next_meeting,  # PLAN-11
    plan_wide.child_views,  # PLAN-12
    plan_wide.family_involved,  # PLAN-13
    overwhelmed.parents_overwhelmed,  # PLAN-14
    outcomes.not_sustained,  # PLAN-15
    plan_wide.lead_professional,  # PLAN-16
    outcomes.drift,  # PLAN-17
    actions.action_without_outcome,  # PLAN-18
    PLAN_19,
    step_down.step_down,  # PLAN-20
    privacy.withheld_in_text,  # PLAN-21
    whereabouts.protected_whereabouts,  # PLAN-22
)
RULES: dict[str, Rule] = {each.id: each for each in REGISTERED}


def all_rules() -> list[Rule]:
    """Every rule, in id order."""
    return [RULES[key] for key in sorted(RULES)]


def check(plan: Plan, settings: RuleSettings | None = None) -> list[Finding]:
    """Every finding on one plan, in rule order, skipping rules the settings disable.

    A finding never lands on an outcome whose latest review marks it achieved, nor on
    its actions: the work there is done, and a reviewing officer would not reopen it;
    unless it was marked so before the time it must hold for could pass.
    A rule's message about many places is said once, at the first (:func:`said_once`).
    """
    settings = settings or RuleSettings()
    context = Context(settings=settings, words=word_lists(settings.data))
    # an Achieved recorded before the outcome's own period is over is not yet done
    # (:mod:`plangen.rules.premature`): its findings land, and PLAN-17 says why
    done = [
        place.segments
        for place, _, outcome in outcomes_of(plan)
        if achieved(outcome) and not premature(plan, outcome)
    ]
    found: list[Finding] = []
    for rule in all_rules():
        if rule.id not in settings.disabled:
            found += [
                finding
                for finding in rule.findings(plan, context)
                if not any(finding.place.segments[: len(d)] == d for d in done)
            ]
    return said_once(plan, _in_own_numbers(plan, found))


def _in_own_numbers(plan: Plan, found: list[Finding]) -> list[Finding]:
    """Each finding's place in the plan's own numbering ("outcome with priority 4";
    "risk 2, outcome 3"), whichever rule made it."""
    return [replace(finding, place=numbered(plan, finding.place)) for finding in found]


def strengths_of(
    plan: Plan, settings: RuleSettings | None = None, findings: Sequence[Finding] | None = None
) -> list[Finding]:
    """What the plan does well (``check --explain``; comments in the review copy).  No
    strength is said where a finding at or inside its place says the opposite: a reader of the
    held-out plans found an outcome praised as clear while the same copy said it was
    drifting, and a timescale praised that gave away a withheld due date."""
    settings = settings or RuleSettings()
    found = strengths(plan, Context(settings=settings, words=word_lists(settings.data)))
    weak = [
        (f.rule, place.segments)
        for f in (check(plan, settings) if findings is None else findings)
        for place in f.places
        if place.segments
    ]
    kept = [
        s
        for s in found
        if not any(
            rule in _CONTRADICTS.get(s.kind, ()) and _overlap(s.place.segments, at)
            for rule, at in weak
        )
    ]
    return _in_own_numbers(plan, kept)


# The findings that say the opposite of a strength at the same place (the seed's own
# outcome is measurable though its period is in the timescale column: both are said)
_CONTRADICTS = {
    # "so everyone can see when it is achieved" beside "nothing on what success looks
    # like" at the same outcome (R9): the measure is not yet one anyone will look for
    MEASURABLE: {"PLAN-02", "PLAN-03", "PLAN-04", "PLAN-05", "PLAN-17"},
    TIMESCALE: {"PLAN-06", "PLAN-17", "PLAN-21", "PLAN-22"},
    SEEING: {"PLAN-21", "PLAN-22"},
    PARENTS: {"PLAN-07"},
}


def _overlap(one: tuple[object, ...], other: tuple[object, ...]) -> bool:
    """One place holds the other (an outcome and its action's timescale)."""
    short = min(len(one), len(other))
    return one[:short] == other[:short]


def notes_of(plan: Plan) -> list[Finding]:
    """What the worker should know of how plangen made the plan's copies (the review
    copy's notes; ``check``): nothing to change, never a finding."""
    return _in_own_numbers(plan, privacy.contacts_kept(plan))


def _same_child(plan: Plan) -> tuple[str, str]:
    child = plan.child
    born = child.date_of_birth.isoformat() if child.date_of_birth else str(child.age)
    return (" ".join(child.name.lower().split()), born)


_NAMED_OTHERS = 3  # other plans named in a PLAN-19 message; the rest are counted


def same_child_findings(plans: Sequence[Plan]) -> list[list[Finding]]:
    """PLAN-19 for each plan: another plan for the same child among ``plans``.

    Each message names at most a few of the other plans and counts the rest, so a run
    of thousands of plans for one child costs time and text in proportion to its size.
    """
    found: list[list[Finding]] = [[] for _ in plans]
    seen: dict[tuple[str, str], list[int]] = {}
    for index, each in enumerate(plans):
        seen.setdefault(_same_child(each), []).append(index)
    for indexes in seen.values():
        if len(indexes) < 2:
            continue
        for index in indexes:
            named = [plans[i] for i in indexes[: _NAMED_OTHERS + 1] if i != index]
            named = named[:_NAMED_OTHERS]
            kinds = ", ".join(f"{o.kind.label} of {o.plan_date:%d.%m.%y}" for o in named)
            rest = len(indexes) - 1 - len(named)
            if rest:
                kinds += f" and {rest:,} other plan{'s' if rest > 1 else ''}"
            found[index].append(
                Finding(
                    PLAN_19.id,
                    PLAN_19.severity,
                    PLAN,
                    f"{plans[index].child.name} has another plan in this run ({kinds}).",
                    "Each child should have one plan that brings together all that everyone "
                    "is doing; merge them.",
                )
            )
    return found


def check_run(plans: Sequence[Plan], settings: RuleSettings | None = None) -> list[list[Finding]]:
    """Findings for each plan of a run, with PLAN-19 where a child has several plans."""
    settings = settings or RuleSettings()
    results = [check(plan, settings) for plan in plans]
    if PLAN_19.id not in settings.disabled:
        for result, more in zip(results, same_child_findings(plans), strict=True):
            result += more
    return results


__all__ = [
    "REGISTERED",
    "RULES",
    "Finding",
    "Place",
    "Rule",
    "Severity",
    "all_rules",
    "check",
    "check_run",
    "notes_of",
    "same_child_findings",
    "strengths_of",
    "word_lists",
]
