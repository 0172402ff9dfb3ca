"""A plan written in notes calls the child by an initial, and a joined first name by its
initials (writer30's corpus: "TJ will not display harmful sexual behaviour" for
Tyler-Jay, "LJ goes to the Saturday youth club" for Lewis-James).  Read as someone
else, each drew PLAN-02 ("what changes for the child?") on an outcome about the child."""

from __future__ import annotations

import pytest

from plangen.model import Child
from plangen.rules import check
from plangen.rules.names import initials_of

from .test_rules import good_plan, outcome


@pytest.mark.parametrize(
    ("first", "initials"),
    [
        ("Tyler-Jay", ["T", "TJ"]),
        ("Lewis-James", ["L", "LJ"]),
        ("Mary Jane", ["M", "MJ"]),
        ("Zac", ["Z"]),
        ("Amelia", []),  # "A" is a word, never the child
        ("Isaac", []),  # and so is "I"
        ("Ann-Marie", ["AM"]),
        ("", []),
    ],
)
def it_knows_what_a_note_calls_the_child(first: str, initials: list[str]) -> None:
    assert initials_of(first) == initials


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "Tyler-Jay Evans",
            "TJ shows no harmful sexual behaviour at school or at home, checked weekly by "
            "the DSL and his carers, for 3 months in a row.",
        ),
        (
            "Lewis-James Hughes",
            "LJ goes to the Saturday youth club at least 3 times a month and names 2 "
            "friends he sees outside school, checked by his youth worker, over 10 weeks.",
        ),
        (
            "Jake Price",
            "J in sch 95%+, on time & in clean uniform, held for the full spring term.",
        ),
    ],
)
def it_reads_an_outcome_about_the_child_by_initials_as_about_the_child(
    name: str, text: str
) -> None:
    plan = good_plan()
    plan.child = Child(name=name, age=12, address="10 Elf Street, Livingston")
    outcome(plan).text = text
    assert "PLAN-02" not in {f.rule for f in check(plan)}


def it_still_asks_what_changes_for_the_child_when_the_initials_are_not_the_child_s() -> None:
    plan = good_plan()
    plan.child = Child(name="Tyler-Jay Evans", age=12, address="10 Elf Street, Livingston")
    outcome(plan).text = "Mum attends every session of the Freedom Programme for 3 months."
    assert "PLAN-02" in {f.rule for f in check(plan)}
