"""Strengths that fit where they land (the mid-point reviewing officer): "may wish to
increase to 100%" only for a target already near full, "speaking to the child" only on an
action with the child in it, no "clear timescale" on one extended, and each note once a
plan."""

from __future__ import annotations

import datetime as dt

from plangen.model import Action, Plan, ReviewEntry
from plangen.rules import strengths_of

from .test_rules import NO, good_plan, outcome

TO_100 = "The core group may wish to increase this to 100% as the plan progresses."
SPEAKING = (
    "Someone is responsible for speaking to the child, observing and recording their "
    "presentation, attendance and views."
)
PARENTS = "Parents are clear about the focus of the work with them."
TIMESCALE = "A clear timescale, so drift can be seen."


def notes(plan: Plan) -> list[str]:
    return [s.problem for s in strengths_of(plan)]


def it_offers_100_percent_only_for_a_target_near_full() -> None:
    plan = good_plan()  # at school for at least 95% of sessions, as in the seed
    assert TO_100 in notes(plan)
    outcome(plan).text = "Betty attends school at least 85% of the time, sustained for a term."
    assert TO_100 not in notes(plan)


def it_offers_no_100_percent_to_a_child_far_below_it_or_avoiding_school() -> None:
    plan = good_plan()
    plan.risks[0].risk_factor = "Emotionally based school avoidance: attendance 31% this term"
    assert TO_100 not in notes(plan)
    plan.risks[0].risk_factor = "Betty is anxious about going into class"
    assert TO_100 not in notes(plan)


def it_praises_speaking_to_the_child_only_where_the_child_is() -> None:
    plan = good_plan()  # "Monitoring of presentation and listening to Betty"
    assert SPEAKING in notes(plan)
    outcome(plan).actions[1].text = "Care coordination for Suzi, monitoring her lithium levels"
    assert SPEAKING not in notes(plan)


def it_praises_speaking_to_no_baby_not_yet_born() -> None:
    plan = good_plan()
    plan.child.name = "Unborn baby Smith"
    outcome(plan).actions[1].text = "Antenatal care, monitoring baby's growth (Baby Smith)"
    assert SPEAKING not in notes(plan)


def it_praises_no_timescale_that_has_been_extended() -> None:
    plan = good_plan()
    assert TIMESCALE in notes(plan)
    outcome(plan).actions[0].timescale = "Until 22/04/23 (extended from 21/01/23)"
    assert TIMESCALE not in notes(plan)
    outcome(plan).actions[0].timescale = "3 months"
    outcome(plan).reviews = [
        ReviewEntry(date=dt.date(2023, 2, 1), status=NO, timescale_extended=True)
    ]
    assert TIMESCALE not in notes(plan)


def it_says_each_strength_once_a_plan() -> None:
    plan = good_plan()
    for text in ("Weekly parenting sessions", "Daily routine chart with the family worker"):
        outcome(plan).actions.append(
            Action(text=text, responsible=["parents"], frequency="Weekly", timescale="3 months")
        )
    found = strengths_of(plan)
    assert [s.problem for s in found].count(PARENTS) == 1
    [parents] = [s for s in found if s.problem == PARENTS]
    assert parents.place.path == "risks[0].outcomes[0].actions[0].responsible"
