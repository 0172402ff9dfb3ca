"""The Word-form reader's cells for what a formal plan prints (issue 15): the name
"(known as X)", a date of birth "(age N)", a CP risk's "Wellbeing:" line, an outcome
named by number and first words."""

from __future__ import annotations

import datetime as dt

import pytest

from plangen.errors import InputError
from plangen.intake.cells import dob_or_age, outcome_number, split_known_as, split_wellbeing


def it_splits_the_known_as_name_off_the_childs_name() -> None:
    assert split_known_as("Betty Smith (known as Bet)") == ("Betty Smith", "Bet")
    assert split_known_as("Sam Lee (known as Robin (uses they/them))") == (
        "Sam Lee",
        "Robin (uses they/them)",
    )
    assert split_known_as("Mo (Mohammed) Khan") == ("Mo (Mohammed) Khan", "")


def it_reads_a_date_of_birth_with_the_age_beside_it() -> None:
    assert dob_or_age("14.10.09 (age 15)") == (dt.date(2009, 10, 14), 15)
    assert dob_or_age("Age 7") == (None, 7)
    assert dob_or_age("01.03.15") == (dt.date(2015, 3, 1), None)


def it_takes_the_wellbeing_line_off_the_risk_to_the_child() -> None:
    harm = "neglect: tired, hungry\nWellbeing: Safe, Nurtured"
    assert split_wellbeing(harm) == ("neglect: tired, hungry", "Safe, Nurtured")
    assert split_wellbeing("wellbeing is poor") == ("wellbeing is poor", "")


def it_reads_an_outcome_by_its_number_and_first_words() -> None:
    assert outcome_number("2") == (2, "")
    assert outcome_number("Outcome 3") == (3, "")
    assert outcome_number("2. Parents meet Betty's basic needs ...") == (
        2,
        "Parents meet Betty's basic needs ...",
    )
    with pytest.raises(InputError, match="is not an outcome number"):
        outcome_number("the second one")
    with pytest.raises(InputError, match="is not an outcome number"):
        outcome_number("0")
