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


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        ("School to watch the gate and call 999 if Dean is seen near the school", "As required"),
        ("Police to visit the home if Dean breaches his bail conditions", "As required"),
        ("Safety planning sessions with Suzi", "As needed when Dean is released"),
    ],
)
def it_takes_as_required_as_the_frequency_of_a_task_that_answers_an_event(
    text: str, frequency: str
) -> None:
    plan = good_plan()
    outcome(plan).actions.append(
        Action(text=text, responsible=["Harriet Hill"], frequency=frequency, timescale="3 months")
    )
    assert _found(plan, "PLAN-06") == []


@pytest.mark.parametrize(
    "text", ["Check in with Betty", "Visits to check home conditions if needed"]
)
def it_still_asks_how_often_a_repeated_task_happens(text: str) -> None:
    plan = good_plan()
    outcome(plan).actions.append(
        Action(
            text=text, responsible=["Harriet Hill"], frequency="As required", timescale="3 months"
        )
    )
    assert _found(plan, "PLAN-06") == ["risks[0].outcomes[0].actions[2].frequency"]


@pytest.mark.parametrize(
    "text",
    [
        "Betty is clean and fed every day for the rest of the plan.",
        "Betty attends school at least 95% of the time up to the next review.",
        "Betty is not left alone at any time while she is on the plan.",
        "Betty has no unexplained injuries between now and the review conference.",
    ],
)
def it_reads_a_period_to_the_plans_end_or_next_meeting_as_sustained(text: str) -> None:
    plan = good_plan()
    outcome(plan).text = text
    assert _found(plan, "PLAN-15") == []


def it_reads_the_period_in_the_outcomes_timescale_column() -> None:
    """The CP layout has the timescale beside the outcome: a period written there is
    the outcome's, but an action's own run ("Weekly for 6 weeks") is not."""
    plan = good_plan()
    outcome(plan).text = "Betty is clean and fed every day."
    assert _found(plan, "PLAN-15") == ["risks[0].outcomes[0]"]
    for timescale in ("Weekly for 6 weeks", "3 months, progress reviewed at every core group"):
        outcome(plan).actions[0].timescale = timescale
        assert _found(plan, "PLAN-15") == ["risks[0].outcomes[0]"], timescale
    for timescale in ("Sustained for 3 months by the RCPC", "For the life of the plan"):
        outcome(plan).actions[0].timescale = timescale
        assert _found(plan, "PLAN-15") == [], timescale


@pytest.mark.parametrize(
    "text",
    [
        "Parents will supervise Betty at all times, meaning Betty is never left alone in "
        "the house.",
        "Suzi keeps the home free of drugs, so Betty lives in a home where she is safe and "
        "not exposed to drug use.",
        "Suzi will care for Betty, which means Betty has three meals a day.",
    ],
)
def it_reads_a_parents_care_that_says_what_the_child_will_experience_as_about_the_child(
    text: str,
) -> None:
    plan = good_plan()
    outcome(plan).text = text + " Sustained for 3 months."
    assert _found(plan, "PLAN-02") == []


@pytest.mark.parametrize(
    "text",
    [
        "Betty lives in a home where her parents are sober.",
        "Mum will manage her mental health.",
    ],
)
def it_still_raises_a_change_only_in_the_adults(text: str) -> None:
    plan = good_plan()
    outcome(plan).text = text + " Sustained for 3 months."
    assert _found(plan, "PLAN-02") == ["risks[0].outcomes[0]"]
