"""Kinds of wording an independent chair held to say how long a change lasts, which
plangen took for none (PLAN-15 false alarms), and step-down criteria the chair held to
say nothing checkable, which plangen let pass (PLAN-20 missed): issue 14.

The sentences are written for these tests, one or more for each kind.  The tests that
keep a near miss apart (``it_keeps_...``, ``it_lets_...``) are regression guards: they
passed before the change too."""

from __future__ import annotations

import pytest

from plangen.model import PlanKind
from plangen.rules import check
from plangen.rules.reading import Reader
from plangen.rules.text import word_lists

from .test_rules import good_plan


def _sustained(text: str) -> str:
    return Reader(word_lists(), ["Kyle"]).sustained(text)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Mum keeps the flat smoke free during the pregnancy.", "during the pregnancy"),
        (
            "Kyle sleeps on his back in his own cot in the first 8 weeks after he comes home.",
            "in the first 8 weeks after",
        ),
    ],
)
def it_reads_a_phase_of_life_as_a_period(text: str, evidence: str) -> None:
    assert _sustained(text) == f'"{evidence}"'


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "Kyle has no police call-outs to the home in the coming 3 months.",
            "in the coming 3 months",
        ),
        (
            "Kyle goes without a missing episode within the next 12 weeks.",
            "within the next 12 weeks",
        ),
        (
            "Kyle stays with his carers, with no disruption in the next 4 months.",
            "in the next 4 months",
        ),
    ],
)
def it_reads_a_span_after_what_must_not_happen_as_a_period(text: str, evidence: str) -> None:
    assert _sustained(text) == f'"{evidence}"'


@pytest.mark.parametrize(
    "text",
    [
        "Kyle will be settled in his new school in 6 weeks.",  # a deadline
        # the 12 weeks belong to the detox, not to the drinking
        "Mum does not drink and finishes her detox in 12 weeks.",
    ],
)
def it_keeps_a_span_after_a_state_a_deadline(text: str) -> None:
    assert _sustained(text) == ""


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Kyle is never left with Uncle Ray until the review conference.", "until the review"),
        ("Kyle's attendance stays at 92% or above until Easter.", "until Easter"),
    ],
)
def it_reads_an_end_after_a_level_or_an_absence_as_held_to_it(text: str, evidence: str) -> None:
    assert _sustained(text).startswith(f'"{evidence}')


@pytest.mark.parametrize(
    "text",
    [
        "Kyle will attend the youth club until the summer.",  # the end of a service
        "Kyle to stay on a Child's Plan until the review.",  # a process
    ],
)
def it_keeps_the_end_of_a_service_no_period(text: str) -> None:
    assert _sustained(text) == ""


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Kyle is brought back to his carers on time on each occasion.", "on each occasion"),
        ("Kyle comes home sober after 9 out of 10 visits to his dad.", "9 out of 10 visits"),
        (
            "Dad has Kyle back at Nan's by 6pm every time, and tells her where they went.",
            "every time",
        ),
        ("Kyle is home by curfew on 7 of the next 8 Fridays.", "7 of the next 8 Fridays"),
    ],
)
def it_reads_a_count_over_occasions_as_sustained(text: str, evidence: str) -> None:
    assert _sustained(text) == f'"{evidence}"'


@pytest.mark.parametrize(
    "text",
    [
        # a condition, not a count: "each time" followed by its own clause
        "Kyle tells his carer each time someone asks him to carry a parcel.",
        # a share of days or lessons is a rate, not a time the change holds
        "Kyle gets to school on time on 4 out of 5 days.",
        "Kyle goes to 9 out of 10 maths lessons.",
    ],
)
def it_keeps_a_condition_or_a_rate_no_count_over_occasions(text: str) -> None:
    assert _sustained(text) == ""


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "Kyle attends at least 92% of his lessons each half term, by June 2027.",
            "each half term",
        ),
        ("Kyle has no more than 2 late marks every month, by March 2027.", "every month"),
    ],
)
def it_reads_a_level_set_for_each_period_up_to_an_end_as_held(text: str, evidence: str) -> None:
    assert _sustained(text) == f'"{evidence}"'


@pytest.mark.parametrize(
    "text",
    [
        # a level each week with no end is a rate (as in test_rules' PLAN-15 case)
        "Kyle is at school for at least 92% of sessions each week.",
        # how often it is checked, and the time to reach a target
        "Kyle's bedroom is checked each week until the review.",
        "Kyle's attendance reaches 92% over 2 terms.",
    ],
)
def it_keeps_a_rate_a_checking_frequency_and_a_time_to_target_no_period(text: str) -> None:
    assert _sustained(text) == ""


@pytest.mark.parametrize(
    ("step_down", "evidence"),
    [
        ("When things are better.", '"things are better"'),
        ("The plan will close when there is enough progress.", '"there is enough progress"'),
        ("Close the case when no longer needed.", '"no longer needed"'),
        ("Step down to Early Help once things have improved at home.", '"things have improved'),
        ("End the plan when concerns have reduced and it is agreed.", '"concerns have reduced"'),
    ],
)
def it_finds_a_step_down_criterion_that_says_nothing_checkable(
    step_down: str, evidence: str
) -> None:
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.step_down = step_down
    found = [f for f in check(plan) if f.rule == "PLAN-20"]
    assert [f.problem for f in found] == [
        "The step-down criterion says nothing that can be checked."
    ]
    assert found[0].evidence.startswith(evidence)


@pytest.mark.parametrize(
    "step_down",
    [
        "Close when Betty is settled.",  # it names the child and a state
        "Step down when things are better and Mum has been sober for 3 months.",
        "Close when the damp is fixed and Betty says she feels safe.",
        # a time beside a change (a time alone names no change: test_rules_stop32_kinds)
        "Step down to Early Help at the review in June if Betty attends 95% for the term.",
    ],
)
def it_lets_a_step_down_criterion_that_names_a_change_pass(step_down: str) -> None:
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.step_down = step_down
    assert "PLAN-20" not in {f.rule for f in check(plan)}
