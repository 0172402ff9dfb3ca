"""The plan's check that each withheld detail names something it has (the plan
model's validator calls it): a detail plangen cannot find would otherwise be quietly
shared, and a withholding plangen cannot apply is refused, never accepted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from plangen.keys import name_key

if TYPE_CHECKING:
    from plangen.model import Plan


def check(plan: Plan, *, copy: bool) -> None:
    """Raise ``ValueError`` for the first withholding ``plan`` cannot apply, or for two
    core group members of one name (``copy``: a copy made by plangen may hold them)."""
    from plangen.model import WITHHELD_CHILD, WITHHELD_PERSON, WITHHELD_PLAN, PlanKind
    from plangen.privacy.numbering import resolve

    people = {person.name for person in plan.core_group}
    keys = [name_key(person.name) for person in plan.core_group]
    if len(set(keys)) < len(keys) and not copy:
        raise ValueError(
            "two core group members have the same name; give each one their full name "
            "so that plangen knows who is who"
        )
    for n, item in enumerate(plan.confidential, start=1):
        if item.value and not (item.about == "child" and item.detail in ("school", "phone")):
            raise ValueError(
                f"confidential item {n}: gives a value, which only the child's school or "
                "phone takes (the plan has no field for them); leave it out"
            )
        if item.about == "child":
            allowed = item.detail in WITHHELD_CHILD
        elif item.about == "plan":
            try:  # "risk 3": the need the plan numbers 3, for sure, or refused
                allowed = item.detail in WITHHELD_PLAN or bool(
                    resolve(plan.risks, item.detail, need=plan.kind is PlanKind.CHILDS_PLAN)[1]
                )
            except ValueError as problem:
                if not _beyond(plan, item.detail):
                    raise ValueError(f"confidential item {n}: {problem}") from None
                allowed = False  # no such item at all: said with what can be withheld
        elif item.about in people:
            allowed = item.detail in WITHHELD_PERSON
        else:
            raise ValueError(
                f"confidential item {n}: is about no one in the core group (write the "
                "name exactly as the core group has it, or child, or plan)"
            )
        strangers = [name for name in item.withheld_from if name not in people]
        if strangers:
            raise ValueError(
                f"confidential item {n}: is withheld from someone who is not in the core "
                "group (write their name exactly as the core group has it). plangen makes "
                "copies only for the core group: to keep a detail from a relative outside "
                "it, withhold it from each parent or carer who could pass it on, or leave "
                "'withheld from' empty to keep it out of every family and child copy"
            )
        if not allowed:
            kinds = (
                WITHHELD_CHILD
                if item.about == "child"
                else (*WITHHELD_PLAN, "risk N", "outcome N", "action N", "priority N")
                if item.about == "plan"
                else ("blank for the whole person", *WITHHELD_PERSON[1:])
            )
            raise ValueError(
                f"confidential item {n}: its detail is not one plangen can withhold from "
                f"{'the plan' if item.about == 'plan' else 'them'} (it can withhold: "
                f"{', '.join(kinds)})"
            )


def _beyond(plan: Plan, detail: str) -> bool:
    """Whether a numbered ``detail`` ("outcome 99") is past every item of its kind,
    by count and by the plan's own numbers."""
    noun, number = detail.split()
    counts = {
        "risk": len(plan.risks),
        "outcome": len(plan.outcomes),
        "action": sum(len(o.actions) for o in plan.outcomes),
    }
    numbers = {o.priority for o in plan.outcomes}
    return int(number) > counts.get(noun, 0) and int(number) not in numbers
