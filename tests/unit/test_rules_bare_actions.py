"""PLAN-06 reads an action written as a name with no verb (writer 27's development texts,
stop 27): it says what the help is called, not what anyone will do.  A name that holds
its activity is left alone.  The texts are new, written for these tests."""

from __future__ import annotations

import pytest

from plangen.model import Action
from plangen.rules.actions import smart_gaps
from plangen.rules.text import word_lists


def gaps(text: str, who: str, frequency: str, timescale: str) -> dict[str, str]:
    action = Action(text=text, responsible=[who], frequency=frequency, timescale=timescale)
    return {field: why for field, _, _, why in smart_gaps(word_lists(), action, timescale)}


@pytest.mark.parametrize(
    ("text", "who", "frequency", "timescale"),
    [
        ("Solihull", "Mum", "Weekly", "10 weeks"),  # a programme's name alone
        ("Young Minds", "School nurse", "Fortnightly", "3 months"),
        ("Debt advice", "Citizens Advice", "Once", "by 30/04/26"),  # help with a topic
        ("Budgeting support for dad", "FSW", "Weekly", "6 weeks"),
    ],
)
def it_flags_an_action_that_is_only_a_name(
    text: str, who: str, frequency: str, timescale: str
) -> None:
    assert gaps(text, who, frequency, timescale) == {"": f'only a name: "{text}"'}


def it_asks_for_what_will_be_done_not_the_name() -> None:
    action = Action(text="Triple P", responsible=["Mum"], frequency="Weekly", timescale="8 wks")
    [(_, problem, advice, _)] = smart_gaps(word_lists(), action, "8 wks")
    assert problem == "The action does not say what will actually be done."
    assert advice.endswith("not only the name of the help.")


@pytest.mark.parametrize(
    ("text", "who", "frequency", "timescale"),
    [
        ("Home Visits", "SW", "Weekly", "3 months"),
        ("Solihull parenting group", "Mum", "Weekly", "10 weeks"),
        ("SALT referral", "HV", "", "by 01/05/26"),
        ("Play therapy", "Play therapist", "Weekly", "12 weeks"),
        ("Mum to attend the Solihull group at the children's centre", "Mum", "Weekly", "10 weeks"),
    ],
)
def it_leaves_a_name_that_says_what_will_happen(
    text: str, who: str, frequency: str, timescale: str
) -> None:
    assert gaps(text, who, frequency, timescale) == {}
