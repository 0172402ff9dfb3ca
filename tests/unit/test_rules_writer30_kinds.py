"""Kinds of sentence behind writer30's development misses and false alarms (issue 14,
blind30 dev part), each read on a whole plan (Betty's, seed 002) with the outcome or
action written in, and a near miss beside it: a period named without its article or as
a whole academic year; a state held until an event; the case closed by a panel; a span
the child is assessed over; a clinician's appointment to come; an adult's own
appointments; a named service a professional puts in place; a school placement that is
counted; complying with the plan itself; cutting down with nothing concrete."""

from __future__ import annotations

import pytest

from plangen.model import Action, Plan
from plangen.rules import check

from .test_rules import good_plan, outcome

OUTCOME = "risks[0].outcomes[0]"
FREE_TEXT = ("PLAN-02", "PLAN-03", "PLAN-04", "PLAN-15")


def _outcome_plan(text: str) -> Plan:
    plan = good_plan()
    outcome(plan).text = text
    return plan


def _raised(text: str) -> set[str]:
    """The free-text rules Betty's plan raises on ``text`` as its outcome."""
    return {
        f.rule
        for f in check(_outcome_plan(text))
        if f.rule in FREE_TEXT and f.place.path == OUTCOME
    }


def _evidence(text: str, rule: str) -> str:
    """What ``check --explain`` shows for ``rule`` on ``text``: the words that fired it."""
    [finding] = [f for f in check(_outcome_plan(text)) if f.rule == rule]
    return finding.evidence


# -- PLAN-15: a period is given -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sustained"),
    [
        # a whole period, with or without its article, however the year is named
        (
            "Betty attends school at least 95% of the time each term for the full academic "
            "year 2026/27, confirmed by school.",
            True,
        ),
        ("Betty in sch 95%+, on time & in clean uniform - held for full spring term.", True),
        ("Betty attends school 95% of days over the whole school year.", True),
        # ... not a term that only dates the change
        ("Betty settles in class in the spring term.", False),
        # a state held until an event
        ("Betty remains safe until the RCPC on 12/06/26.", True),
        (
            "Betty remains living with her grandmother, with no missing episodes, until her "
            "LAC review on 20/05/27.",
            True,
        ),
        # ... not a state with no end, nor remaining on a plan or open to a service
        ("Betty stays living with her grandmother.", False),
        ("Betty to remain on a CP plan until the RCPC.", False),
        ("Betty remains open to CAMHS until the review.", False),
        # the case closed, in either voice
        ("Betty attends every weekly session until the panel closes the case.", True),
        # ... a service attended until a course ends is its length (the rubric)
        ("Betty attends the weekly group until it finishes.", False),
        # a span the child is assessed or placed over
        (
            "Betty is fed every 3-4 hours, with no concerns from the placement over the "
            "12-week assessment.",
            True,
        ),
        # ... not a course's own length
        ("Betty attends the 12-week nurture course.", False),
    ],
)
def it_reads_a_period_given_without_its_article_or_held_to_an_event(
    text: str, sustained: bool
) -> None:
    assert ("PLAN-15" not in _raised(text)) is sustained


# -- PLAN-03: a task given as the outcome --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "task"),
    [
        # a clinician's appointment to come is the task
        ("Betty to be seen by the paediatrician re faltering growth.", True),
        # ... seen at visits is monitoring; seen now, with a change, is care kept
        ("Betty will be seen by her SW and the HV on every visit.", False),
        (
            "Betty is seen by the paediatrician at every appointment offered, with no missed "
            "appointments over the next 6 months.",
            False,
        ),
        # an adult's own appointments are a service used (as "all CPN appointments" are)
        ("Mum to attend all antenatal appointments.", True),
        ("Dad to attend all his GP appointments.", True),
        # ... the child's own health care is care (seed 002), whoever takes her
        ("Betty to attend all her asthma clinic appointments.", False),
        ("Mum to take Betty to all her dental appointments.", False),
        # a named service a professional puts in place or sets up
        ("School to put an ELSA in place for Betty.", True),
        ("School to set up weekly ELSA sessions for Betty.", True),
        # ... not a plan or a routine the parents put in place
        ("Parents to put in place a safety plan for Betty's phone use.", False),
        # a school placement counted is schooling, as school is
        ("Betty attends the PRU full time (5 days a week).", False),
        # ... named alone, or a place allocated, it is the provision
        ("Betty will attend the PRU.", True),
        ("Betty to be allocated a place at the PRU.", True),
        # complying with the plan itself is the adults' conduct, no service
        ("Parents to comply with the Child Protection Plan.", False),
        ("Parents to cooperate with the plan.", False),
        # ... complying with an order a service supervises is the task
        ("Betty to comply with her YOT order.", True),
    ],
)
def it_reads_an_appointment_a_service_put_in_place_and_a_placement(text: str, task: bool) -> None:
    assert ("PLAN-03" in _raised(text)) is task


def it_says_which_words_made_each_new_kind_fire() -> None:
    """``check --explain`` still names the words: the task, and what a period lacks."""
    assert _evidence("Betty to be seen by the paediatrician re faltering growth.", "PLAN-03") == (
        'the task "to be seen by the paediatrician", and no change for the child beside it'
    )
    assert _evidence("Mum to attend all antenatal appointments.", "PLAN-03") == (
        'the task "to attend all antenatal appointments", and no change for the child beside it'
    )
    assert _evidence("School to put an ELSA in place for Betty.", "PLAN-03") == (
        'the task "put an ELSA", and no change for the child beside it'
    )
    assert _evidence("Betty stays living with her grandmother.", "PLAN-15") == (
        "no period and no sustain wording"
    )


# -- PLAN-06: a repeated behaviour with nothing concrete ----------------------------------


def _action_plan(text: str, frequency: str = "", timescale: str = "By next CG") -> Plan:
    plan = good_plan()
    outcome(plan).actions = [
        Action(text=text, responsible=["Suzi Smith"], frequency=frequency, timescale=timescale)
    ]
    return plan


def it_raises_cutting_down_with_nothing_concrete() -> None:
    [finding] = [f for f in check(_action_plan("Mum to cut down drinking.")) if f.rule == "PLAN-06"]
    assert finding.problem == "The action does not say what will actually be done."
    assert finding.evidence == 'only "Mum to cut down drinking." and a topic'


@pytest.mark.parametrize(
    "text",
    [
        # an amount, or how it is shown, is concrete
        "Mum to cut down her drinking to no more than 14 units a week.",
        "Mum to cut down her drinking, shown by weekly breath tests with her recovery worker.",
    ],
)
def it_leaves_cutting_down_that_says_how_much_or_how_it_is_shown(text: str) -> None:
    findings = check(_action_plan(text, frequency="Weekly"))
    assert [f.problem for f in findings if f.rule == "PLAN-06"] == []
