"""A batch holds each plan it has read as its JSON and an outline until the plan's task
is made: the plan comes back the same, and PLAN-19 reads the same from the outlines."""

from __future__ import annotations

import datetime as dt

from plangen.batch.stale import _Held
from plangen.intake import read_plans
from plangen.model import Plan, PlanKind
from plangen.rules import same_child_findings

from ..conftest import INPUTS


def _examples() -> list[Plan]:
    plans = [p for path in sorted(INPUTS.glob("*.xlsx")) for p in read_plans(path)]
    assert plans and all(isinstance(p, Plan) for p in plans)
    return plans  # type: ignore[return-value]


def it_gives_back_the_plan_it_held() -> None:
    for plan in _examples():
        assert _Held.of(plan).plan() == plan
        assert _Held.of(plan).plan().model_dump_json() == plan.model_dump_json()


def it_finds_the_same_plan_19_in_the_outlines_as_in_the_plans() -> None:
    plans = _examples()
    betty = plans[0]
    again = betty.model_copy(update={"kind": PlanKind.CHILDS_PLAN})
    later = betty.model_copy(update={"plan_date": betty.plan_date + dt.timedelta(days=40)})
    run = [*plans, again, later]
    expected = same_child_findings(run)
    assert sum(map(len, expected)) == 3  # Betty's three plans each name the others
    assert same_child_findings([_Held.of(p).outline for p in run]) == expected
