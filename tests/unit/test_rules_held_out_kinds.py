"""Kinds of text behind misses and false alarms a held-out chair found (issue 14, round
5): a level "held" as a sustain expression, the child's voice of a baby and of a child
who cannot give views in words, a need (not a risk) on a Child's Plan, and a service
given as the whole change for the child."""

from __future__ import annotations

import pytest

from plangen.model import Action, Outcome, Plan, PlanKind
from plangen.rules import check
from plangen.rules.reading import Reader
from plangen.rules.text import word_lists

from .test_rules import good_plan, outcome


def _reader(child: str = "Leo") -> Reader:
    return Reader(word_lists(), [child])


@pytest.mark.parametrize(
    ("text", "sustained"),
    [
        ("Leo's attendance holds at 95% or above.", True),
        ("Leo's attendance is held at 90% or more at each review.", True),
        ("Leo's weight holds steady on the 25th centile.", True),
        # held to an end, or none of it in a period (blind26 dev, writer26)
        ("Leo keeps his attendance above 92% through to the end of Year 4.", True),
        ("Leo is never in the car with Dad between now and the end of the plan.", True),
        ("Leo sleeps in his own bed for as long as the plan lasts.", True),
        ("Leo and his teacher both say the calm mornings have lasted 4 weeks.", True),
        ("Leo has no missed meals reported by school in 8 weeks.", True),
        ("Leo's attendance reaches 95% by the end of term.", False),
        # holding something is no level held
        ("Leo holds on to his place at football club.", False),
        ("Mum holds a tenancy and Leo has his own bed.", False),
    ],
)
def it_reads_a_level_held_as_sustained(text: str, sustained: bool) -> None:
    assert bool(_reader().sustained(text)) is sustained


@pytest.mark.parametrize(
    ("age", "views", "raised"),
    [
        # a baby under 1 cannot give views: how she presented is how she is heard
        (0, "Ava is too young to give her views; she was alert and settled with mum.", False),
        (0, "The health visitor reports Ava is feeding well and smiles at mum.", False),
        (0, "Held on case record.", False),
        # a child who cannot say is heard another way, or the plan does not hear them
        (9, "Sam is non-verbal and not able to give his views.", True),
        (9, "Sam has autism and is unable to express his views.", True),
        (9, "Sam is non-verbal; using his PECS book he chose the happy face for school.", False),
        (9, "Sam could not give his views. He was observed at school, relaxed at play.", False),
        (9, "Sam's views are held on the case record.", False),
        # seen by the worker, beside what a teacher says (held-out chair: heard, not
        # second-hand)
        (
            9,
            "Sam does not speak. SW observed Sam at school: he used his symbols to ask for "
            "a drink and smiled at his helper. His teacher says he loves the trampoline.",
            False,
        ),
    ],
)
def it_hears_a_baby_by_what_was_seen_and_asks_how_a_child_who_cannot_say_was_heard(
    age: int, views: str, raised: bool
) -> None:
    plan = good_plan()
    plan.child.age, plan.child_views = age, views
    found = [f for f in check(plan) if f.rule == "PLAN-12"]
    assert bool(found) is raised
    if raised:
        assert found[0].problem == "Betty's views are recorded only as not able to be given."


def it_speaks_of_a_need_not_a_risk_on_a_childs_plan() -> None:
    plan = good_plan(PlanKind.CHILDS_PLAN)
    plan.risks[0].risk_factor = ""
    plan.risks[0].outcomes[0].actions = []
    found = {f.rule: f for f in check(plan) if f.rule in ("PLAN-08", "PLAN-09")}
    assert found["PLAN-08"].problem == "The need this part of the plan answers is missing."
    assert found["PLAN-09"].problem == "Nothing is planned to meet this need."
    assert not any("risk" in f.problem + f.advice for f in found.values())
    cp = good_plan()
    cp.risks[0].risk_factor = ""
    [finding] = [f for f in check(cp) if f.rule == "PLAN-08"]
    assert finding.problem == "The risk factor is missing."


def it_asks_a_cp_plan_for_success_measures_once_it_gives_some() -> None:
    """The CP form prints "How we will know, and progress at reviews": when the intake
    gives it for some outcomes, the others are blank on the page (held out: 4 misses)."""
    plan = good_plan()
    plan.risks[0].outcomes.append(
        Outcome(
            text="Betty is at school on time every day for a whole term.",
            success_looks_like="",
            actions=[
                Action(
                    text="Walk Betty to school",
                    responsible=["Suzi Smith"],
                    frequency="Daily (term time)",
                    timescale="3 months",
                )
            ],
        )
    )
    [finding] = [f for f in check(plan) if f.rule == "PLAN-05"]
    assert finding.place.where == "risk 1, outcome 2, what success looks like"
    # an intake that gives none: the plan's layout has no place for them (seed 002)
    outcome(plan).success_looks_like = ""
    assert "PLAN-05" not in [f.rule for f in check(plan)]


def _more_outcomes(plan: Plan, count: int) -> None:
    for n in range(count):
        plan.risks[0].outcomes.append(
            Outcome(
                text=f"Betty goes to her club {n + 1} times a week for a whole term.",
                success_looks_like="Club register",
                actions=[
                    Action(
                        text="Take Betty to the club",
                        responsible=["Suzi Smith"],
                        frequency="Weekly",
                        timescale="3 months",
                    )
                ],
            )
        )


def it_asks_a_cp_plan_with_many_outcomes_and_no_priorities_to_prioritise() -> None:
    """Held out: a chair raised PLAN-01 on a CP plan with no priorities at all; a plan
    of two outcomes under one risk (the Leo Harris example) is read in its order."""
    plan = good_plan()
    outcome(plan).priority = None
    _more_outcomes(plan, 1)
    assert "PLAN-01" not in [f.rule for f in check(plan)]
    _more_outcomes(plan, 2)
    [finding] = [f for f in check(plan) if f.rule == "PLAN-01"]
    assert finding.problem == "None of the plan's 4 outcomes has a priority."
    # some numbered and some not: each one without is said where it is
    outcome(plan).priority = 1
    [finding] = [f for f in check(plan) if f.rule == "PLAN-01"]
    found = [place.where for place in finding.places]
    assert found == [f"risk 1, outcome {n}, priority" for n in (2, 3, 4)]
    # said once, at the first, with where else it applies (issue 14)
    assert finding.message.endswith("Also in: outcomes 3 and 4.")


@pytest.mark.parametrize(
    ("text", "task"),
    [
        # provision made for the child as the whole change: given, put on, supported by
        ("Leo will be supported in school by a learning mentor.", True),
        ("Leo to be supported with 1:1 sessions at school.", True),
        ("Leo to have a reduced timetable and a PEP.", True),
        ("Leo will be placed on a part-time timetable.", True),
        ("Leo will have an attendance plan.", True),
        ("Leo to be referred to the Educational Psychologist and have a behaviour plan.", True),
        # what the child is to do, or what changes, is no provision
        ("Leo will be supported to reduce his missing episodes.", False),
        ("Leo will have a bedtime routine, in bed by 8pm every night for 3 months.", False),
        ("Leo will have his own bed and clothes that fit.", False),
        ("Leo will have a trusted adult at school.", False),
        ("Leo will have regular contact with his dad, supervised, weekly.", False),
    ],
)
def it_reads_provision_made_for_the_child_as_a_task(text: str, task: bool) -> None:
    assert bool(_reader().process(text)) is task
