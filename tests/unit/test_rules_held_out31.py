"""Plan-wide kinds behind the held-out chair's extras and misses on plans 143-152
(issue 14, stop 31): a CP plan's risk blocks as its order, a liaison between
professionals that names a parent only to say there is no contact, a one-off task's
deadline that is no outcome's due date, a court order as the contingency's response,
and a step-down that names no change anyone could see."""

from __future__ import annotations

import datetime as dt

import pytest

from plangen.model import PlanKind, ProgressStatus, ReviewEntry, Risk
from plangen.rules import check, strengths_of

from .test_rules import good_plan, outcome


def _one_risk_each(count: int) -> list[Risk]:
    base = good_plan().risks[0]
    return [
        base.model_copy(
            update={
                "outcomes": [outcome(good_plan()).model_copy(update={"priority": None})],
            }
        )
        for _ in range(count)
    ]


def it_reads_a_cp_plan_with_one_outcome_a_risk_in_the_risks_order() -> None:
    """Held-out 151: five risks with one outcome each and no priority column drew
    "None of the plan's 5 outcomes has a priority"; a chair reads the risk blocks as the
    order. Outcomes sharing a risk are still asked for an order."""
    plan = good_plan()
    plan.risks = _one_risk_each(5)
    assert [f for f in check(plan) if f.rule == "PLAN-01"] == []
    # two risks holding two outcomes each: four with no order between them
    plan.risks = _one_risk_each(3)
    for risk in plan.risks[:2]:
        risk.outcomes.append(risk.outcomes[0].model_copy())
    [found] = [f for f in check(plan) if f.rule == "PLAN-01"]
    assert found.problem == "None of the plan's 5 outcomes has a priority."
    # held-out 135: a blank row with actions under it shares its risk as an outcome does
    plan.risks[0].outcomes.pop()
    assert [f for f in check(plan) if f.rule == "PLAN-01"] == []
    blank = plan.risks[0].outcomes[0].model_copy(update={"text": ""})
    plan.risks[0].outcomes.append(blank)
    [found] = [f for f in check(plan) if f.rule == "PLAN-01"]
    assert found.problem == "None of the plan's 5 outcomes (1 of them blank) has a priority."


def it_does_not_count_a_parent_named_in_a_negation_as_a_contact() -> None:
    """Held-out 143: "Police to update SW on the investigation and on bail conditions (no
    contact with Kayla direct or indirect)" put the police among six professionals
    "working with the parents"; the bail condition keeps the father away from her."""
    plan = good_plan()
    team = ["Ann Cole", "Bea Dunn", "Cat Eyre", "Dot Ford", "Eve Gray"]
    worker = plan.core_group[1]
    plan.core_group += [worker.model_copy(update={"name": n, "role": "Worker"}) for n in team]
    plan.core_group.append(
        worker.model_copy(update={"name": "DC Mark Tomlinson", "role": "Worker"})
    )
    base = outcome(plan).actions[0]
    visits = [
        base.model_copy(
            update={"text": "Home visits with Suzi", "responsible": [n], "frequency": "Monthly"}
        )
        for n in team
    ]
    liaison = base.model_copy(
        update={
            "text": "Police to update SW on the investigation and on bail conditions (no "
            "contact with Suzi direct or indirect)",
            "responsible": ["DC Mark Tomlinson"],
            "frequency": "Fortnightly",
        }
    )
    outcome(plan).actions = [*visits, liaison]
    assert [f for f in check(plan) if f.rule == "PLAN-14"] == []
    # the same officer visiting her is one more professional with the parents
    liaison.text = "Police to visit Suzi on the investigation and bail conditions"
    [found] = [f for f in check(plan) if f.rule == "PLAN-14"]
    assert "6 professionals are working with the parents: " in found.problem
    assert "DC Mark Tomlinson (Worker)" in found.problem


def it_sees_no_drift_in_an_outcome_no_review_mentions() -> None:
    """Held-out 144: "Mason's speech will improve", its one action "Referral to SALT |
    Once | By 30/09/26" and no review entry, drew "The timescale for this outcome ran
    out on 30.09.26 and no progress is recorded" from the review of the other outcomes
    on 20.10.26. A review that records no progress is drift; silence is not."""
    plan = good_plan()
    plan.risks.append(plan.risks[0].model_copy(deep=True))
    reviewed, silent = plan.risks[0].outcomes[0], plan.risks[1].outcomes[0]
    silent.priority = 2
    silent.actions[0].timescale = "By 31.03.23"
    reviewed.reviews = [ReviewEntry(date=dt.date(2023, 4, 20), status=ProgressStatus.SOME_PROGRESS)]
    assert [f for f in check(plan) if f.rule == "PLAN-17"] == []
    silent.reviews = [ReviewEntry(date=dt.date(2023, 4, 20), status=ProgressStatus.NO_PROGRESS)]
    [found] = [f for f in check(plan) if f.rule == "PLAN-17"]
    assert found.problem == (
        "The timescale for this outcome ran out on 31.03.23 and no progress is recorded."
    )


def it_reads_a_court_order_sought_as_a_response_for_the_child() -> None:
    """Held-out 149: "... strategy discussion within 24 hours. If the risk cannot be
    managed at home the LA will seek legal advice (PLO / interim care order)" drew "The
    contingency plan only names a process"; the order sought decides where the child
    lives. Advice alone is still only a process."""
    plan = good_plan()
    trigger = "If Betty is taken to a new hospital or clinic: strategy discussion within 24 hours."
    plan.contingency.plan = (
        f"{trigger} If the risk cannot be managed at home the LA will seek legal advice "
        "(PLO / interim care order)."
    )
    assert [f for f in check(plan) if f.rule == "PLAN-10"] == []
    plan.contingency.plan = (
        f"{trigger} If the risk cannot be managed at home the LA will seek legal advice."
    )
    [found] = [f for f in check(plan) if f.rule == "PLAN-10"]
    assert found.problem == "The contingency plan only names a process."


@pytest.mark.parametrize(
    ("step_down", "raised"),
    [
        # held-out 150: the plan's own aim as its end
        ("When Betty is safe the plan can close.", True),
        ("Close the plan once Betty is kept safe from harm.", True),
        # the child's own word, or a change beside it, is something a review can check
        ("Close when Betty says she feels safe at home.", False),
        ("When Betty is safe online (no contact from unknown adults for 3 months) close.", False),
    ],
)
def it_finds_a_step_down_that_restates_the_plans_aim(step_down: str, raised: bool) -> None:
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.step_down = step_down
    found = [f for f in check(plan) if f.rule == "PLAN-20"]
    assert [f.problem for f in found] == (
        ["The step-down criterion says nothing that can be checked."] if raised else []
    )


@pytest.mark.parametrize(
    ("text", "success", "raised"),
    [
        # held-out 152: the measure counts the arrangement, not the change
        ("Betty is happier.", "She speaks to Mum on video every day", True),
        ("Betty is happier.", "She speaks to Mum on video every day. She scales 7/10.", False),
        # an outcome about the contact is measured by it
        (
            "Betty keeps in touch with Mum while she is in hospital.",
            "Betty speaks to Mum every day",
            False,
        ),
    ],
)
def it_takes_no_contact_routine_as_the_measure_of_a_feeling(
    text: str, success: str, raised: bool
) -> None:
    plan = good_plan(PlanKind.CHILDS_PLAN)
    outcome(plan).text = text
    outcome(plan).success_looks_like = success
    found = [f.problem for f in check(plan) if f.rule == "PLAN-04"]
    assert found == (
        ['Nothing in this outcome can be counted or seen ("happier" by how much?).']
        if raised
        else []
    )


def it_reads_the_span_of_an_order_in_force_as_the_period_the_change_holds() -> None:
    """Reader30 item 151: "Fatu stays in the UK and is not cut while the FGMPO is in
    force (to 01/09/29)" drew "The outcome does not say how long the change must last"
    ('"01/09/29" is a deadline'); the order's span is the period. A date alone is not."""
    plan = good_plan()
    outcome(
        plan
    ).text = "Betty stays in the UK and is not cut while the FGMPO is in force (to 01/09/29)."
    outcome(plan).actions[0].timescale = "By 01/06/23"
    assert [f for f in check(plan) if f.rule == "PLAN-15"] == []
    outcome(plan).text = "Betty stays in the UK and is not cut by 01/09/29."
    [found] = [f for f in check(plan) if f.rule == "PLAN-15"]
    assert found.problem == "The outcome does not say how long the change must last."


@pytest.mark.parametrize(
    ("text", "frequency", "timescale", "raised"),
    [
        # reader30 item 152: police actions that answer an event, and bail to its trial
        (
            "Serve the order on Tom; monitor and act on breaches; marker on the address",
            "As required",
            "By 01/06/23",
            [],
        ),
        (
            "Police to monitor bail; address flagged for urgent response",
            "As required",
            "Until trial",
            [],
        ),
        # monitoring with no event it answers still says nothing of how often
        ("Police to monitor bail", "As required", "Until trial", ["frequency"]),
        ("Police to monitor bail; act on breaches", "As required", "Until resolved", ["timescale"]),
    ],
)
def it_reads_an_action_that_answers_an_event(
    text: str, frequency: str, timescale: str, raised: list[str]
) -> None:
    plan = good_plan()
    action = outcome(plan).actions[0]
    action.text, action.frequency, action.timescale = text, frequency, timescale
    action.responsible = ["Harriet Hill"]
    found = [f.place.segments[-1] for f in check(plan) if f.rule == "PLAN-06"]
    assert [cell for cell in found if cell in ("frequency", "timescale")] == raised


def it_says_all_a_contingency_lacks_where_it_only_considers_a_step() -> None:
    """Reader30 item 158: held-out 144's "If things don't improve we will consider
    stepping up to child protection." drew only "The contingency plan does not give a
    timescale."; it also only names a process, and its trigger names nothing to see."""
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.contingency.plan = (
        "If things don't improve we will consider stepping up to child protection."
    )
    plan.contingency.timescale = ""
    [found] = [f for f in check(plan) if f.rule == "PLAN-10"]
    assert found.problem == (
        "The contingency plan only names a process. It does not give a timescale. Its "
        'trigger ("if things don\'t improve") does not say what would show the plan is '
        "not working."
    )
    # decided, with a time and a trigger anyone could see, stepping up is the response
    plan.contingency.plan = (
        "If Betty misses 2 school days in a week, the plan will be stepped up to child protection."
    )
    plan.contingency.timescale = "Within 2 weeks"
    assert [f for f in check(plan) if f.rule == "PLAN-10"] == []


def it_calls_an_unborn_baby_the_baby_in_a_strength() -> None:
    """Reader30 item 160: held-out 143's review copy said "The outcome is about Unborn
    and can be measured", taking "Unborn" for the child's name."""
    plan = good_plan()
    plan.child = plan.child.model_copy(
        update={"name": "Unborn baby of Suzi Smith", "age": None, "date_of_birth": None}
    )
    outcome(plan).text = "The baby is fed every 3-4 hours and sleeps on her back every night."
    said = [s.problem for s in strengths_of(plan)]
    assert "The outcome is about Unborn and can be measured" not in " ".join(said)
    assert any(s.startswith("The outcome is about the baby and can be measured") for s in said)
