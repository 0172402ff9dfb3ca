"""Stop 33: kinds the held-out plans 173-182 showed in the rules (minimal plans of the
same kind, never their text)."""

from __future__ import annotations

import pytest

from plangen.model import PlanKind
from plangen.rules import check

from .test_rules import good_plan


@pytest.mark.parametrize(
    ("step_down", "raised"),
    [
        # held-out 174: the services of the level in brackets are no change
        (
            "Close to Early Help (the young carers service and school) when things are better "
            "for Betty.",
            True,
        ),
        ("Step down to universal services (school and GP) when things have improved.", True),
        # a change in the brackets, or beside them, is one a review can check
        ("Step down to Early Help (attendance 90% or more for a whole term).", False),
        (
            "Step down to universal services (school and GP) when Betty's attendance is 90% or "
            "more for a whole term.",
            False,
        ),
    ],
)
def it_sets_aside_the_services_a_step_down_level_names_in_brackets(
    step_down: str, raised: bool
) -> None:
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.step_down = step_down
    found = [f.problem for f in check(plan) if f.rule == "PLAN-20"]
    assert found == (["The step-down criterion says nothing that can be checked."] * raised)
