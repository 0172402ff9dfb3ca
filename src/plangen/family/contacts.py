"""How to reach each worker, where the plan gives no work contact (reader 29: "the 'How
to contact them' column is empty for every worker; say 'ask Harriet for numbers' rather
than print a blank column").

A worker with no phone or e-mail in the plan is reached through the lead worker; the
lead worker with none is asked for it at the next meeting. No
number is ever made up, and a family member's row stays empty (their details are
theirs, not the plan's to print).
"""

from __future__ import annotations

import re
from typing import Any

from plangen.family.household import Household
from plangen.model import CorePerson, Plan


def through_lead(
    entries: list[dict[str, str]],
    family: list[bool],
    plan: Plan,
    actions: list[dict[str, Any]] | None = None,
) -> None:
    """Fill each professional's empty "contact" in ``entries`` (one per member of
    ``plan.core_group``; ``family``: whether each is family) with how to reach them;
    with the copy's ``actions``, add those they name who are not in the core group."""
    lead = next((p for p in plan.core_group if p.lead_professional), None)
    named = lead is not None and bool(lead.name) and not lead.name.startswith("[")
    for entry, person, is_family in zip(entries, plan.core_group, family, strict=True):
        if is_family or entry.get("contact"):
            continue
        if person is lead or not named or lead is None:
            entry["contact"] = "Ask for this at the next meeting"
        else:
            entry["contact"] = f"Ask {lead.name}, your lead worker"
    if actions is not None:
        helpers_outside(entries, plan, actions)


def helpers_outside(
    entries: list[dict[str, str]], plan: Plan, actions: list[dict[str, Any]]
) -> None:
    """Add to ``entries`` each person or service an action names as responsible who is
    not in the core group ("Jay Patel | Take Connor to boxing", reader30), so the family
    knows how to reach them: through the lead worker.  Only a name this copy already
    prints in its "Who" column is added (nothing withheld from the reader comes back)."""
    known = {_key(p.name) for p in plan.core_group} | {_key(plan.child.name)}  # not the child
    printed = " ".join(str(a.get("who", "")) for a in actions)
    lead = next((p for p in plan.core_group if p.lead_professional and p.name[:1] != "["), None)
    reach = f"Ask {lead.name}, your lead worker" if lead else "Ask for this at the next meeting"
    for action in (a for o in plan.outcomes for a in o.actions):
        for name in action.responsible:
            key = _key(name)
            if (
                key in known
                or not re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+", name)
                or not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", printed)
            ):
                continue
            known.add(key)
            entries.append(
                {
                    "name": name,
                    "role": "Helps with part of the plan",
                    "agency": "",
                    "contact": reach,
                }
            )


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


# a parent, step-parent or the young person herself, as the intake wrote the role:
# someone the plan helps, never one of "Who is helping your family"
_HELPED = re.compile(
    r"^\s*(?:(?:step|birth)[\s-]?)?(?:mother|father|mum|dad|parents?|young person|child)\b",
    re.I,
)


def helpers(
    entries: list[dict[str, str]], originals: list[CorePerson], who: Household
) -> list[dict[str, str]]:
    """``entries`` (one per member of the core group, as ``originals``) without the
    people the plan helps: the parents, a step-parent, the young person (the same in
    every copy: a grandmother who helps is listed, in her own copy too).  Betty Smith's
    family version listed Suzi and Tom, the parents it is written to, under "Who is
    helping your family"."""
    helped = set(who.child_names)
    return [
        entry
        for entry, person in zip(entries, originals, strict=True)
        if person.name not in helped and not _HELPED.match(person.role)
    ]
