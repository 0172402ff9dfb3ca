"""PLAN-06 on kinds of action an independent writer (blind26 dev) labelled not SMART:
a frequency cell that says the action recurs but not how often, and a timescale that
ends on a condition rather than a time."""

from __future__ import annotations

import pytest

from plangen.model import Action
from plangen.rules.actions import smart_gaps
from plangen.rules.text import word_lists


def _gaps(text: str, frequency: str, timescale: str) -> list[str]:
    action = Action(text=text, responsible=["Suzi Smith"], frequency=frequency, timescale=timescale)
    return [field for field, *_ in smart_gaps(word_lists(), action, timescale)]


@pytest.mark.parametrize(
    ("text", "frequency", "raised"),
    [
        ("Mum to check the children's bedroom is clear", "Regularly", True),
        ("Dad to give a sample for a drug test", "As directed", True),
        ("Nan to have Leo for tea", "Ad hoc", True),
        # "as required" may be each occasion (seed 002: reminders of appointments)
        ("Remind parents of all health appointments", "As required", False),
        ("Mum to check the children's bedroom is clear", "Every evening", False),
    ],
)
def it_reads_a_frequency_that_recurs_without_a_count_as_not_saying_how_often(
    text: str, frequency: str, raised: bool
) -> None:
    assert ("frequency" in _gaps(text, frequency, "3 months")) is raised


@pytest.mark.parametrize(
    ("timescale", "raised"),
    [
        ("Until risk reduces", True),
        ("Until step down", True),
        ("Ongoing until completed", True),
        # an end that is a time is a timescale
        ("Until the review conference (12/06/25)", False),
        ("Until the end of the summer term", False),
        ("Until the next core group", False),
        ("Until baby is born", False),
    ],
)
def it_reads_an_end_that_is_a_condition_as_no_timescale(timescale: str, raised: bool) -> None:
    assert ("timescale" in _gaps("Weekly home visits to see Leo", "Weekly", timescale)) is raised
