"""PLAN-20: a Child's Plan must say what change would step it down or close the case
(seed 000).  A step-down box can be filled and still name no change: when it happens
("at the next review", "in 3 months"), who agrees ("if all agree"), the plan's own parts
done ("when all outcomes are met"), the empty conditions ("when things are better"), a
placeholder ("TBC"), or what happens if things get worse (an escalation)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from plangen.model import Plan, PlanKind
from plangen.rules.base import Context, Flag, rule
from plangen.rules.findings import Place, Severity
from plangen.rules.text import WordLists, blank_out, quoted

Found = Iterator[Flag]


@rule(
    "PLAN-20",
    Severity.WEAKNESS,
    'seed 000 "step a plan down"',
    "Child's Plan with no step-down or closure criteria",
)
def step_down(plan: Plan, context: Context) -> Found:
    if plan.kind is not PlanKind.CHILDS_PLAN:
        return
    if not plan.step_down:
        yield (
            Place(("step_down",)),
            "The plan does not say what change would step it down or close the case.",
            "Tell the child and family what needs to be different for the plan to end.",
        )
    elif worse := _only_escalation(context.words, plan.step_down):
        yield (
            Place(("step_down",)),
            "The step-down box says what happens if things do not change, not what change "
            "would end the plan.",
            'Say what will be different for the child when the plan can end ("attendance 90% '
            'or more for a whole term"); put the escalation in the contingency plan.',
            f"{worse} is an escalation, and nothing in it says when the plan ends",
        )
    elif empty := _empty_criterion(context.words, plan.step_down):
        yield (
            Place(("step_down",)),
            "The step-down criterion says nothing that can be checked.",
            "Say what will be different for the child, so that everyone can tell when it is "
            '("when attendance has been 90% or more for a whole term").',
            f"{empty} names no change that can be seen or counted",
        )


def _only_escalation(words: WordLists, text: str) -> str:
    """The escalation a step-down box gives instead of an end ("If there is no progress
    the plan will be escalated to child protection"), quoted, or "" when the box speaks
    of the plan ending or names no escalation."""
    if words.find("step_down.ends", text):
        return ""
    return quoted(words.find("step_down.escalation", text))


_LETTER = re.compile(r"[a-z]", re.I)


def _empty_criterion(words: WordLists, text: str) -> str:
    """What a step-down criterion gives as the whole change when it names none, quoted,
    or "" when what is left once the frame (who closes what), its timing, agreement,
    the plan's own parts done and the empty conditions ("when things are better", "when
    no longer needed", "at the next review", "when all outcomes are met") are set aside
    names something to check.  A criterion of the frame alone ("Step down to Early
    Help.") names no change either: the whole of it is quoted."""
    empty = (*words["step_down.empty"], *words["step_down.no_change"])
    found = [m for p in empty for m in p.finditer(text)]
    rest = blank_out(words["step_down.frame"], blank_out(empty, text))
    if _LETTER.search(rest):
        return ""
    said: list[re.Match[str]] = []
    for m in sorted(found, key=lambda m: (m.start(), -m.end())):
        if m.group(0).strip() and not (said and m.end() <= said[-1].end()):
            said.append(m)  # each stretch once: "at the next review", not its parts too
    return " and ".join(quoted(m) for m in said) or f'"{" ".join(text.split())}"'
