"""What each recipient may see: the plan with everything withheld from them taken out.

With no recipient named, the copy leaves out everything withheld from anyone: the safe
default.  ``--for NAME`` gives NAME a copy without what is withheld from everyone or from
them, but with what is withheld only from others.  Every withheld value is also
returned, so the family stage can make sure none of it appears anywhere in the file,
even where it was written into free text.
"""

from __future__ import annotations

import re

from plangen.intake.vocabulary import normalise
from plangen.model import NUMBERED, Plan, Withholding

NOT_SHARED = "(not shared)"


def applies(withholding: Withholding, recipient: str | None) -> bool:
    """Whether this item is kept from ``recipient`` (``None``: the general family copy)."""
    if not withholding.withheld_from or recipient is None:
        return True
    return normalise(recipient) in {normalise(n) for n in withholding.withheld_from}


def for_recipient(plan: Plan, recipient: str | None) -> tuple[Plan, list[str]]:
    """A copy of ``plan`` without what ``recipient`` must not see, and the withheld text."""
    copy = plan.model_copy(deep=True)
    withheld: list[str] = []
    for item in plan.confidential:
        if applies(item, recipient):
            withheld += _take_out(copy, item)
    copy.confidential = []
    return copy, sorted({w for w in withheld if len(w.strip()) >= 3}, key=len, reverse=True)


def _take_out(plan: Plan, item: Withholding) -> list[str]:
    if item.about == "child":
        return _take_from_child(plan, item.detail)
    if item.about == "plan":
        return _take_from_plan(plan, item.detail)
    person = next((p for p in plan.core_group if p.name == item.about), None)
    if person is None:
        return []
    if not item.detail:
        plan.core_group.remove(person)
        return [person.name, person.address, person.email, person.phone]
    value = str(getattr(person, item.detail))
    setattr(person, item.detail, "")
    return [value]


def _take_from_child(plan: Plan, detail: str) -> list[str]:
    child = plan.child
    if detail == "address":
        value, child.address = child.address or "", None
    elif detail == "date_of_birth":
        value = child.date_of_birth.strftime("%d.%m.%y") if child.date_of_birth else ""
        child.date_of_birth = None
    elif detail == "known_as":
        value, child.known_as = child.known_as or "", None
    else:
        return []
    return [value]


def _take_from_plan(plan: Plan, detail: str) -> list[str]:
    if detail in ("child_views", "family_views", "step_down"):
        value = str(getattr(plan, detail))
        setattr(plan, detail, "")
        return [value]
    if detail == "contingency":
        taken = [plan.contingency.plan, plan.contingency.timescale]
        plan.contingency.plan = plan.contingency.timescale = ""
        return taken
    match = NUMBERED.match(detail)
    if match is None:
        return []
    noun, number = match.group(1), int(match.group(2)) - 1
    if noun == "risk" and number < len(plan.risks):
        risk = plan.risks.pop(number)
        return [risk.risk_factor, risk.risk_to_child, *(o.text for o in risk.outcomes)]
    if noun == "outcome":
        for risk in plan.risks:
            if number < len(risk.outcomes):
                return [risk.outcomes.pop(number).text]
            number -= len(risk.outcomes)
    if noun == "action":
        for outcome in plan.outcomes:
            if number < len(outcome.actions):
                return [outcome.actions.pop(number).text]
            number -= len(outcome.actions)
    return []


def redact(text: str, withheld: list[str]) -> str:
    """``text`` with every withheld value in it replaced by "(not shared)"."""
    for value in withheld:
        if value:
            text = re.sub(re.escape(value), NOT_SHARED, text, flags=re.IGNORECASE)
    return text
