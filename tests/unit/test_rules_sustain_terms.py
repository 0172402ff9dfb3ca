"""PLAN-15 reads a period the change holds for wherever the sentence names it (writer 27's
development texts, stop 27): a school term named after a level or an absence, an end
written "between now and ...", and a period at the end of a sentence that holds its
first clause too, though the last one attends something.  The texts are new, written for
these tests."""

from __future__ import annotations

import pytest

from plangen.rules.reading import Reader
from plangen.rules.text import word_lists


def sustained(text: str) -> str:
    return Reader(word_lists(), ["Noor"]).sustained(text)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # a school period named after a level or an absence
        (
            "Noor attends at least 90% of sessions in her first term at college.",
            '"in her first term"',
        ),
        ("Noor has no missed school days during the spring term.", '"during the spring term"'),
        # an end written "between now and ...", after something that must not happen
        (
            "Noor is not left alone with Mr Price between now and the core group.",
            '"between now and"',
        ),
        # a period at the end holds the first clause too: no course has that length
        (
            "Noor eats breakfast before school and attends her physio appointments for 4 months.",
            '"for 4 months"',
        ),
        # ... as before: a count of visits in a row, an absence held to a date
        ("Noor says she feels safe at home at 3 visits in a row.", '"3 visits in a row"'),
        ("Noor has no contact with Kyle until 30/06/2026.", '"until 30/0"'),
    ],
)
def it_reads_the_period_a_change_holds_for(text: str, held: str) -> None:
    assert sustained(text) == held


@pytest.mark.parametrize(
    "text",
    [
        # a term that dates a state or a move, or by which a level is reached
        "Noor settles into her new class in the autumn term.",
        "Noor moves to her new school this term.",
        "Noor's attendance will reach 90% in the summer term.",
        # "this term" after a level is a deadline to writers 8 and 9 (held out)
        "Noor's attendance is 90% this term.",
        # a course's length, and a service that ends on a date
        "Noor attends the weekly confidence group for 8 weeks.",
        "Noor attends her physio appointments for 4 months.",
        "Noor attends the Saturday drama club until 30/06/2026.",
    ],
)
def it_leaves_a_deadline_or_a_course_length_unsustained(text: str) -> None:
    assert sustained(text) == ""
