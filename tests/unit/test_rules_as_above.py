"""A timescale marked as the row above's (issue 14, stop 29): "As above" written in the
cell, or the JSON intake's ``timescale_as_above`` marker, means the action above's
timescale; a blank left as none agreed (a JSON blank) stays none.  PLAN-06 read "As
above" as a vague timescale, and PLAN-15 and PLAN-17 could not see the period it
points at."""

from __future__ import annotations

import pytest

from plangen.model import Action, CorePerson
from plangen.rules import check
from plangen.rules.base import effective_timescale

from .test_rules import good_plan, outcome


@pytest.mark.parametrize("marker", ["As above", "same as above", "Ditto", "See above.", '"'])
def it_reads_as_above_written_in_the_cell_as_the_row_above(marker: str) -> None:
    plan = good_plan()
    outcome(plan).actions[0].timescale = "By 31/05/23"
    outcome(plan).actions[1].timescale = marker
    assert effective_timescale(outcome(plan), 1) == "By 31/05/23"
    assert check(plan) == []


def it_says_a_vague_timescale_once_where_it_is_written_not_at_the_marker() -> None:
    plan = good_plan()
    outcome(plan).actions[0].timescale = "Ongoing"
    outcome(plan).actions[1].timescale = "As above"
    [finding] = [f for f in check(plan) if f.rule == "PLAN-06"]
    assert finding.place.path == "risks[0].outcomes[0].actions[0].timescale"
    assert "shared by the action below it" in finding.problem


def it_follows_a_marker_to_a_deadline_that_has_passed() -> None:
    plan = good_plan()
    outcome(plan).actions[0].timescale = "By 01/02/23"  # before the plan's date
    outcome(plan).actions[1].timescale = "As above"
    flagged = [f.place.path for f in check(plan) if f.rule == "PLAN-06"]
    assert flagged == ["risks[0].outcomes[0].actions[0].timescale"]


def it_reads_the_intake_s_marker_and_a_blank_left_as_none_agreed() -> None:
    """The JSON intake's ``timescale_as_above`` marker is the row above's timescale (the
    model reads it as a shared blank); ``timescale_left_blank`` stays none agreed."""
    plan = good_plan()
    first, second = outcome(plan).actions[:2]
    first.timescale = "By 31/05/23"
    second.timescale, second.timescale_left_blank = "", True
    assert [f.place.path for f in check(plan) if f.rule == "PLAN-06"] == [
        "risks[0].outcomes[0].actions[1].timescale"
    ]
    marked = second.model_dump() | {"timescale": "", "timescale_as_above": True}
    del marked["timescale_left_blank"]
    outcome(plan).actions[1] = Action.model_validate(marked)
    assert effective_timescale(outcome(plan), 1) == "By 31/05/23"
    assert not [f for f in check(plan) if f.rule == "PLAN-06"]


def it_finds_the_period_a_marker_points_at_for_plan_15() -> None:
    plan = good_plan()
    outcome(plan).text = "Betty is at school for at least 95% of sessions each week."
    outcome(plan).actions.insert(
        1, Action(text="Attendance checks", responsible=["John Stevenson"], frequency="Daily")
    )
    outcome(plan).actions[0].timescale = "Sustained for 3 months by the review"
    outcome(plan).actions[1].timescale = "As above"
    assert "PLAN-15" not in {f.rule for f in check(plan)}


def it_reads_a_frequency_as_above_as_the_row_above_s_for_plan_06_and_plan_14() -> None:
    plan = good_plan()
    outcome(plan).actions[1].frequency = "As above"  # under "Weekly"
    assert check(plan) == []
    for n in range(3):
        plan.core_group.append(CorePerson(name=f"Wyn Worker{n}", role="Family worker"))
        outcome(plan).actions.append(
            Action(
                text="Home visits to the parents",
                responsible=[f"Wyn Worker{n}"],
                frequency="Twice weekly" if n == 0 else "As above",
                timescale="3 months",
            )
        )
    [finding] = [f for f in check(plan) if f.rule == "PLAN-14"]  # 1 + 3 x 2 a week
    assert finding.problem.startswith("The plan sets about 7 contacts a week")
