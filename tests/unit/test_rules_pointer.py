"""One short pointer to many places, in the plan's own numbering: a reviewing officer
found a whole-plan finding (PLAN-21, the sentences that locate a protected person)
naming every cell in turn, several lines of "risk 1, outcome 1, action 4; risk 1,
outcome 1, action 4, frequency of contact; ..."."""

from __future__ import annotations

import json
from pathlib import Path

from plangen.model import Action, Outcome, Plan, PlanKind
from plangen.rules import check
from plangen.rules.findings import Place
from plangen.rules.pointer import pointer

from .test_rules import good_plan

PLANS = Path(__file__).resolve().parent.parent / "family_plans"


def _three_outcomes(kind: PlanKind) -> Plan:
    plan = good_plan(kind)
    risk = plan.risks[0]
    first = risk.outcomes[0]
    for priority in (3, 2):
        risk.outcomes.append(
            Outcome(
                text=first.text,
                priority=priority,
                actions=[Action(text=f"Task {n}", responsible=["Harriet Hill"]) for n in range(4)],
            )
        )
    return plan


def it_says_outcomes_and_actions_once_with_ranges() -> None:
    plan = _three_outcomes(PlanKind.CP_PLAN)
    places = [
        Place(("risks", 0, "outcomes", o, *rest))
        for o, rest in [
            (0, ()),
            (0, ("success_looks_like",)),
            (1, ()),
            (2, ()),
            (1, ("actions", 0)),
            (1, ("actions", 0, "frequency")),
            (1, ("actions", 1, "timescale")),
            (1, ("actions", 2)),
            (2, ("actions", 3)),
        ]
    ]
    places += [Place(("child_views",)), Place(("contingency", "plan"))]
    assert pointer(plan, places) == (
        "outcomes 1-3; actions 2.1-2.3 and 3.4; the child's views; the contingency plan"
    )


def it_says_core_group_members_by_number_whichever_of_their_cells() -> None:
    """Not "the core group member 4" (issue 14: a finding said once ended so)."""
    plan = _three_outcomes(PlanKind.CP_PLAN)
    places = [
        Place(("core_group", 3)),
        Place(("core_group", 1, "address")),
        Place(("core_group", 2)),
    ]
    assert pointer(plan, places) == "core group members 2-4"
    assert pointer(plan, [Place(("core_group", 3)), Place(("family_views",))]) == (
        "core group member 4; the parents' / carers' views"
    )


def it_numbers_a_childs_plans_outcomes_by_their_priority() -> None:
    """A Child's Plan prints its outcomes by priority (its progress table's "Outcome
    number"); a need sits in its outcome's row."""
    plan = _three_outcomes(PlanKind.CHILDS_PLAN)
    places = [
        Place(("risks", 0, "outcomes", 1, "actions", 1)),  # priority 3
        Place(("risks", 0, "outcomes", 2)),  # priority 2
        Place(("risks", 0, "risk_factor")),  # in priority 1's row
    ]
    assert pointer(plan, places) == "outcomes 1 and 2; action 3.2"


def it_points_at_a_risk_in_a_cp_plan_and_at_the_plan_as_a_whole() -> None:
    plan = good_plan()
    assert pointer(plan, [Place(("risks", 0, "risk_to_child"))]) == "risk 1"
    assert pointer(plan, [Place()]) == "the plan as a whole"
    assert Place().where == "the plan as a whole"


def it_keeps_the_locating_finding_to_one_short_pointer() -> None:
    """plan-35 named 16 places in about 700 characters; the pointer, under 160."""
    plan = Plan.model_validate(json.loads((PLANS / "plan-35.json").read_text()))
    [found] = [f for f in check(plan) if f.rule == "PLAN-21" and not f.place.segments]
    where = found.problem.split(" in: ")[1].split(".  ")[0]
    assert where.startswith("risks 1 and 2; outcomes 1-4; actions 1.2, 1.3, 2.1, 2.3, 3.2")
    assert "risk 1, outcome 1" not in found.problem
    assert len(where) < 160


def it_numbers_a_cp_plans_outcomes_down_the_plan_in_every_finding() -> None:
    """A CP plan's progress table numbers its outcomes down the plan: a finding's
    "Where" says "risk 2, outcome 3", and the pointer's "action 3.2" is that outcome's."""
    plan = Plan.model_validate(json.loads((PLANS / "plan-35.json").read_text()))
    found = {place.path: place.where for f in check(plan) for place in f.places}
    assert found["risks[1].outcomes[1]"] == "risk 2, outcome 3"
    assert found["risks[1].outcomes[1].actions[1].responsible[0]"] == (
        "risk 2, outcome 3, action 2, responsible 1"
    )
    assert found["risks[2].outcomes[0]"] == "risk 3, outcome 4"
