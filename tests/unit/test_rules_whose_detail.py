"""PLAN-21 and PLAN-22 name whose detail a text holds only when they are sure (issue 14,
stop 29: held-out review copies told the worker a street was the child's address when it
was also the mother's, and named a protected parent by a first name another member
shares)."""

from __future__ import annotations

from plangen.model import CorePerson, Plan, Withholding
from plangen.rules import check

from .test_rules import good_plan, outcome


def _problems(plan: Plan, rule: str) -> list[str]:
    """What the rule says of the plan's own places (not of the plan as a whole)."""
    return [f.problem for f in check(plan) if f.rule == rule and f.place.segments]


def _worker(name: str, address: str) -> CorePerson:
    """A professional whose office address is withheld (a family member's own address
    is printed in no copy at all, so PLAN-21 has nothing to say of it: privacy29)."""
    return CorePerson(name=name, role="Refuge worker", agency="Haven Refuge", address=address)


def it_names_whose_address_a_text_holds_when_only_one_person_s_has_it() -> None:
    plan = good_plan()
    plan.core_group.append(_worker("Jo Bell", "5 Larch Close, Seaton, SE1 2AB"))
    plan.confidential = [
        Withholding(about="Jo Bell", detail="address", withheld_from=["Tom Smith"])
    ]
    outcome(plan).actions[0].text = "Visits to Suzi at 5 Larch Close weekly"
    [problem] = _problems(plan, "PLAN-21")
    assert "Jo Bell's address" in problem


def it_says_only_a_withheld_address_when_two_people_s_addresses_hold_it() -> None:
    plan = good_plan()
    plan.core_group.append(_worker("Jo Bell", "5 Larch Close, Seaton, SE1 2AB"))
    plan.core_group.append(_worker("Rita Jones", "9 Larch Close, Seaton"))
    plan.confidential = [
        Withholding(about="Jo Bell", detail="address", withheld_from=["Tom Smith"]),
        Withholding(about="Rita Jones", detail="address", withheld_from=["Tom Smith"]),
    ]
    outcome(plan).actions[0].text = "Betty to stay in Larch Close at weekends"
    [problem] = _problems(plan, "PLAN-21")
    assert "a withheld address" in problem
    assert "Jo Bell's" not in problem and "Rita Jones's" not in problem


def it_names_the_protected_parent_in_plan_22_only_when_no_one_else_has_her_first_name() -> None:
    from .test_whereabouts import PLANS, _flags, _plan

    plan = _plan(PLANS / "plan-33.json")  # IDVA safety planning "to Chelsea"
    said = "\n".join(_flags(plan).values())
    assert "how Chelsea Whitfield is kept safe" in said
    plan.core_group.append(CorePerson(name="Chelsea Hart", role="Family support worker"))
    flags = _flags(plan)
    # her own action ("Chelsea to attend ... sessions", hers in the responsible cell) is
    # still hers; the IDVA's action names only "Chelsea", now two people
    assert "when or where Chelsea Whitfield will be" in "\n".join(flags.values())
    unsure = [p for p in flags.values() if "kept safe" in p]
    assert unsure and all("Chelsea" not in p for p in unsure)
    assert all("a protected family member" in p for p in unsure)
