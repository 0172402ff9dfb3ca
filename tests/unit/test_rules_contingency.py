"""PLAN-10 on a Child Protection contingency that names only a process, however long
its trigger (issue 14: "naming a process does not keep the child safe")."""

from __future__ import annotations

import pytest

from plangen.model import Contingency, PlanKind, Threshold
from plangen.rules import check

from .test_rules import good_plan


@pytest.mark.parametrize(
    ("contingency", "raised"),
    [
        (
            "If there is no improvement in Leo's school attendance and home conditions by "
            "the review conference, a strategy meeting will be held.",
            True,
        ),
        (
            "If Amy does not engage with the plan by the next core group, the social worker "
            "will seek legal advice and discuss with her manager whether to hold a legal "
            "planning meeting.",
            True,
        ),
        (
            "A strategy meeting will be held within 24 hours if Leo is hurt or Dean comes "
            "back to live at the house without the agreement of the core group.",
            True,
        ),
        # a process beside what happens for the child is a response
        (
            "If Amy allows Dean back into the home, a strategy meeting will be held the same "
            "day and Leo will stay with his grandmother.",
            False,
        ),
        (
            "If Leo's attendance falls below 80% for 4 weeks, a legal planning meeting will be "
            "held within 10 days and an application to court considered.",
            False,
        ),
        # a trigger with no comma after it: the response is in the same clause (held-out
        # chair: "the baby stays on the ward" is a concrete step, not a process)
        (
            "If the baby arrives before the assessment ends the baby will stay in hospital "
            "until a discharge planning meeting agrees where she goes. A legal planning "
            "meeting will be held within 5 working days.",
            False,
        ),
        # the protective parent's own step and a move are what happens for the child
        (
            "If Dean finds the new address, Amy will call 999 and the social worker will hold "
            "a strategy discussion within 24 hours to arrange an emergency move for Amy and "
            "Leo.",
            False,
        ),
    ],
)
def it_calls_a_child_protection_contingency_that_only_names_a_process_weak(
    contingency: str, raised: bool
) -> None:
    plan = good_plan()
    plan.contingency = Contingency(plan=contingency, timescale="Within 10 working days")
    found = [f for f in check(plan) if f.rule == "PLAN-10"]
    assert [f.problem for f in found] == (
        ["The contingency plan only names a process."] if raised else []
    )


def it_takes_stepping_up_as_the_response_below_child_protection() -> None:
    """An Early Help plan whose contingency is a review and a step up to Child in Need:
    for that family, stepping up is what happens next (the Ruby Clarke example)."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.threshold = Threshold.EARLY_HELP
    plan.contingency = Contingency(
        plan="If there is still no progress on outcome 1 at the review on 15.03.23, Harriet "
        "will ask Children's Social Care for an assessment (step up to Child in Need).",
        timescale="At the review on 15.03.23",
    )
    assert "PLAN-10" not in [f.rule for f in check(plan)]
