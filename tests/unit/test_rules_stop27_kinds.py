"""Kinds a CP chair's labels of ten held-out plans still found missed or raised wrongly
(stop 27), each on a plan written here: a vague contingency trigger (PLAN-10), the
child's views recorded only as others report them (PLAN-12), "as required" for a task
that answers an event (PLAN-06), a period given in the timescale column or "for the rest
of the plan" (PLAN-15), and an outcome about a parent's care that says what the child
will experience (PLAN-02)."""

from __future__ import annotations

import pytest

from plangen.model import Action, Plan
from plangen.rules import check

from .test_rules import good_plan, outcome


def _found(plan: Plan, rule: str) -> list[str]:
    return [f.place.path for f in check(plan) if f.rule == rule]


def _with_contingency(text: str) -> Plan:
    plan = good_plan()
    plan.contingency.plan = text
    plan.contingency.timescale = "Within 2 weeks of a trigger"
    return plan


@pytest.mark.parametrize(
    "text",
    [
        "If things do not improve, Betty will stay with her grandmother and a legal planning "
        "meeting will be held within 2 weeks.",
        "If concerns continue or escalate, Betty will stay with her grandmother within 24 hours.",
        "Should concerns continue, Harriet Hill will arrange for Betty to live with her "
        "grandmother.",
        "If there is no improvement by the review, Betty will stay with her grandmother.",
    ],
)
def it_raises_a_contingency_whose_trigger_names_nothing_that_could_be_seen(text: str) -> None:
    plan = _with_contingency(text)
    [finding] = [f for f in check(plan) if f.rule == "PLAN-10"]
    assert finding.place.path == "contingency.plan"
    assert finding.problem.startswith("The contingency plan's trigger (\"if ")
    assert "Betty misses 2 school days" in finding.advice


@pytest.mark.parametrize(
    "text",
    [
        # one clear trigger among the alternatives is enough
        "If Betty's attendance falls below 90% for two weeks, or concerns continue, she will "
        "stay with her grandmother.",
        "If Betty misses school twice in a week or concerns escalate, she will stay with her "
        "grandmother within 24 hours.",
        "If Suzi is found under the influence while caring for Betty, Betty will stay with "
        "her grandmother that day.",
        # a named change with a date is a trigger, if a plain one
        "If home conditions do not improve by 13.12.24 (Betty's room and kitchen), Betty "
        "will stay with her grandmother.",
    ],
)
def it_leaves_a_contingency_with_a_trigger_anyone_could_see(text: str) -> None:
    assert _found(_with_contingency(text), "PLAN-10") == []


@pytest.mark.parametrize(
    "views",
    [
        "Mum says Betty is happy at home.",
        "School report she is settled and has made friends.",
        "Betty is happy at home, according to mum.",
        "Mum reports Betty is happy. Betty enjoys football.",
        "Betty's views were gathered from her mum and school: she is happy and settled.",
        "Betty is said to be happy by her parents, and the school describe her as settled.",
        "Betty wants to stay at home (mum's account).",
    ],
)
def it_raises_views_recorded_only_as_others_report_them(views: str) -> None:
    plan = good_plan()
    plan.child_views = views
    assert _found(plan, "PLAN-12") == ["child_views"]


@pytest.mark.parametrize(
    "views",
    [
        "Betty said she is happy at home but is hungry at school.",
        "Betty (seen on her own at school) wants breakfast at home. Mum says she is happy.",
        "Betty enjoys school and wants to see her dad more.",
        'Betty told her teacher "I like my new bedroom".',
    ],
)
def it_hears_a_child_heard_directly_even_beside_a_report(views: str) -> None:
    plan = good_plan()
    plan.child_views = views
    assert _found(plan, "PLAN-12") == []
