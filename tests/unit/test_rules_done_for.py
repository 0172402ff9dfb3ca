"""PLAN-02 reads a clause about the child whose verb is what others do (writer 27's
development texts, stop 27): the child's thing done by others, the child given
something by people.  The texts are new, written for these tests."""

from __future__ import annotations

import pytest

from plangen.rules import check

from .test_rules import good_plan, outcome
from .test_rules_read_structure import read


@pytest.mark.parametrize(
    ("child", "text"),
    [
        # a passive of what only professionals do, the doer named or not
        ("Noor", "Noor's school transport to be arranged."),
        ("Noor", "Noor's hearing test results will be shared with the school."),
        ("Noor", "Noor's wishes and views to be captured through direct work"),
        ("Noor", "Noor to be diagnosed by the paediatric team"),
        # the child's thing done by an adult named as the doer
        ("Noor", "Noor's bedroom to be decorated by her dad"),
        ("Noor", "Noor's health needs will be looked after by her carers."),
        # the child given something by people, not a service she uses
        ("Noor", "Noor to get clear messages from both parents"),
        ("Noor", "Noor will receive a joined-up response from the Early Help team."),
        # a space before the possessive: the subject is still mum
        ("Noor", "Noor 's mum to stop drinking"),
    ],
)
def it_reads_what_others_do_for_the_child_as_about_the_adults(child: str, text: str) -> None:
    assert "PLAN-02" in read(text, child)


@pytest.mark.parametrize(
    ("child", "text"),
    [
        # a standard of the child's care, measured
        ("Noor", "Noor's teeth are brushed twice a day by mum."),
        ("Noor", "Noor receives a hot lunch from school every day."),
        # the thing itself changes
        ("Noor", "Noor's nightmares to be reduced."),
        # nobody named as the doer: the writers read the child's needs as the child's
        ("Noor", "Noor's needs are met."),
        # time apart, and help she uses for a purpose of her own
        ("Noor", "Noor to have time away from her stepdad."),
        ("Noor", "Noor will get help from her mentor to plan her revision."),
        ("Noor", "Noor will receive counselling from CAMHS for her panic attacks."),
        # cared for by a named relative, or given her care, is a change in her care
        ("Noor", "Noor is cared for by her nan."),
        ("Noor", "Noor gets her inhaler from her dad before PE."),
    ],
)
def it_leaves_the_childs_own_change_alone(child: str, text: str) -> None:
    assert "PLAN-02" not in read(text, child)


def it_says_what_others_do_in_the_finding() -> None:
    plan = good_plan()
    outcome(plan).text = "Betty's nursery place to be confirmed and funded."
    found = {f.rule: f for f in check(plan)}
    assert found["PLAN-02"].evidence == 'only what others do for the child: "to be confirmed"'
