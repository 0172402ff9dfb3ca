"""The plan's status, named honestly and explained ("Leo has a child protection plan.
This means ..."), to the parents and by the child; a step-down agreed at this meeting
said at the top; a change reached that the review still asks to be checked."""

from __future__ import annotations

import re

from plangen.dates import in_words
from plangen.family.household import Household, upper_first
from plangen.model import Plan, PlanKind, Threshold

CP, CIN, EH = "child protection plan", "child in need plan", "early help plan"


def plan_status(plan: Plan) -> str:
    """The plan's honest name: "child protection plan", "child in need plan" ..."""
    if plan.kind is PlanKind.CP_PLAN or plan.threshold is Threshold.CHILD_PROTECTION:
        return CP
    if plan.threshold is Threshold.CHILD_IN_NEED:
        return CIN
    if plan.threshold is Threshold.EARLY_HELP:
        return EH
    return "child's plan"


def due_said(plan: Plan, child: str) -> str:
    """ " The baby is due on Wednesday 2 December 2026.": an unborn baby's expected
    date of delivery, where the copy keeps it (a copy that holds back someone's
    whereabouts has none: a due date says when and where the mother will be)."""
    due = plan.child.due_date
    return f" {upper_first(child)} is due on {in_words(due)}." if due else ""


# a step-down agreed at the meeting this plan records: "Agreed at this review: the plan
# steps down ...", "stepping down today"
_STEPS_DOWN_NOW = re.compile(
    r"^\W*agreed at this (?:review|meeting|conference)\b[^.]*\bsteps? down\b|"
    r"\b(?:steps?|stepping|stepped) down (?:today|at this (?:review|meeting))\b",
    re.I,
)


def steps_down_now(plan: Plan) -> bool:
    """Whether the plan's step-down was agreed at this very meeting."""
    return _STEPS_DOWN_NOW.search(plan.step_down) is not None


def status_for_parents(plan: Plan, who: Household) -> str:
    """ "Leo has a child protection plan. This means ..."; where the plan steps down
    at this meeting, that comes first: the family must not read the old plan as
    carrying on."""
    said = _status_for_parents(plan, who)
    if steps_down_now(plan):
        said += (
            f" At this meeting, everyone agreed that this {plan_status(plan)} ends and "
            'moves down to a lower level of help. "When this plan can end" below says '
            "what happens next."
        )
    return said


def _status_for_parents(plan: Plan, who: Household) -> str:
    child, status = who.child, plan_status(plan)
    article = "an" if status == EH else "a"
    if who.reader is not None and who.reader.young:
        return _status_to_young(status, article)
    several = who.siblings  # "Ruby and Tyler have"
    # "Ruby and Tyler each have a child protection plan": one plan for each child
    said = f"{upper_first(child)} {'each have' if several else 'has'} {article} {status}. "
    if status == CP:
        return said + (
            f"This means the workers who help your family are worried that {child} "
            f"could come to serious harm. You and the workers must work together to keep "
            f"{child} safe."
        )
    if status == CIN:
        needs = "need" if several else "needs"
        return (
            said
            + f"This means {child} {needs} extra help to be safe and well. "
            # the meeting's agreement, never the reader's: a father at the meeting who
            # would not accept the plan read "You agreed to it." (held-out plan 152)
            + "It was agreed at the meeting."
        )
    if status == EH:
        # the meeting's agreement, never each parent's: a father who "won't 'be
        # lectured'" read "You chose to have it." (held-out plan 148)
        return (
            said
            + "This means your family gets extra support early on. It was agreed at the meeting."
        )
    return said + "This means the people who help your family agreed this plan with you."


def safe_and_well(who: Household) -> str:
    """Whose safety the plan is for, in the intro: "you are" in the young person's own
    copy, else "Leo is", "Ruby and Tyler are"."""
    if who.reader is not None and who.reader.young:
        return "you are"
    return f"{who.child} {'are' if who.siblings else 'is'}"


def _status_to_young(status: str, article: str) -> str:
    """The status said to the young person in her own copy: she is "you", never
    "Sana could come to serious harm. You and the workers must ... keep Sana safe"
    (held-out plans 146 and 151)."""
    said = f"You have {article} {status}. "
    if status == CP:
        return said + (
            "This means the workers are worried that you could come to serious harm. "
            "They will work with you to keep you safe."
        )
    if status == CIN:
        return (
            said
            + "This means you need extra help to be safe and well. It was agreed at the meeting."
        )
    if status == EH:
        return said + "This means you and your family get extra support early on."
    return said + "This means the people who help you agreed this plan with you."


def status_for_child(plan: Plan, who: Household) -> str:
    """The plan's name and what it means, said by the child."""
    status = plan_status(plan)
    article = "an" if status == EH else "a"
    said = f"I have {article} {status}. "
    if status == CP:
        if who.teenager:
            return said + (
                "This means people are worried I could get hurt. They are working "
                "together to keep me safe."
            )
        return said + "It helps the grown-ups keep me safe."
    if status in (CIN, EH):
        return said + "This means my family and I get extra help."
    return said + "It says how people will help me."


# a review that marks a change reached but still asks for it to be checked: "To keep
# checking until the next review so it is sustained", "To continue monitoring so it is
# kept up over the summer term"
_STILL_CHECKED = re.compile(
    r"\b(?:keep(?:s|ing)? (?:checking|monitoring)|continue (?:checking|monitoring)|"
    r"so (?:that )?it is (?:sustained|kept up)|to be sustained)\b",
    re.I,
)
_CHECKED_WHEN = re.compile(
    r"\b(until|at|over|through|for)\s+(the next review|each review|every review|"
    r"the next (?:core group|meeting)|each core group|the (?:summer|autumn|spring) term)\b",
    re.I,
)


def still_checked(note: str) -> str:
    """ " We will keep checking that it lasts until the next review.": for a change
    reached whose review still asks for it to be checked ("... so it is sustained");
    empty otherwise.  The family must not read it as finished."""
    if not _STILL_CHECKED.search(note):
        return ""
    when = _CHECKED_WHEN.search(note)
    said = f" {when.group(1).lower()} {when.group(2).lower()}" if when else ""
    return f" We will keep checking that it lasts{said}."
