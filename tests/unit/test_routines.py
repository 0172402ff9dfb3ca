"""When someone can be found: a routine's day, a pregnancy's date, a place it is not
(plangen.privacy.routines, issue 13)."""

from __future__ import annotations

import dataclasses

import pytest

from plangen.model import Child, CorePerson, Plan, PlanKind
from plangen.privacy.holding import held_back
from plangen.privacy.locating import HELD_BACK, People, kept_readers
from plangen.privacy.routines import without_weekdays


def _plan() -> Plan:
    def person(name: str, role: str, agency: str = "") -> CorePerson:
        return CorePerson(name=name, role=role, agency=agency)

    return Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Tia Rowe"),
        plan_date="2024-10-14",
        core_group=[
            person("Mark Ellis", "Social Worker", "Westshire Children's Services"),
            person("Kerry Rowe", "Mother"),
            person("Shaun Rowe", "Father"),
        ],
        family_views="Tia is 24 weeks pregnant and sees the midwife.",
    )


PLAN = _plan()
# the formal plan's readers: Shaun, kept from Kerry's and Tia's whereabouts
PEOPLE = People.of(PLAN, kept_readers(PLAN, ["Kerry Rowe", "Tia Rowe"], None))


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # the day of someone kept from the reader, with what it is after
        (
            "Tia to see the drug worker at Easterby College on Wednesday after her class.",
            "Tia to see the drug worker at college [held].",
        ),
        ("Kerry takes Tia to visits on Wednesdays.", "Kerry takes Tia to visits [held]."),
        ("Mark to visit every other Monday after college.", "Mark to visit [held]."),
        ("Ruth sees Maisie on Tuesday afternoons.", "Ruth sees Maisie [held]."),
        # a date's weekday, and a bracket of days, go without a trace
        ("Tia to complete 8 sessions by Thursday 13 February.", None),
        ("Weekly (Wednesdays)", "Weekly"),
        ("Weekly (Mon & Thu)", "Weekly"),
        ("Kerry takes Tia every Weds.", "Kerry takes Tia [held]"),
        # a date beside weeks of pregnancy or the due date
        ("By 36 weeks (Friday 10 January 2025)", "By 36 weeks"),
        ("Sample by 36 weeks (w/c 24/03/25)", "Sample by 36 weeks"),
        ("Her EDD is 10.01.25.", "Her EDD is [held]."),
        # a place it is not, beside a place held back
        ("Tia is booked at Easterby General (not Northcote).", "Tia is booked [held]."),
    ],
)
def it_holds_back_when_someone_can_be_found(sentence: str, said: str | None) -> None:
    text, kinds = held_back(sentence, PEOPLE)
    expected = (
        said.replace("[held]", HELD_BACK) if said else "Tia to complete 8 sessions by 13 February."
    )
    assert text == expected
    assert kinds


@pytest.mark.parametrize(
    "sentence",
    [
        # the reader's own day, by name or as the child calls him
        "Shaun to have Thursday contact by video call.",
        "Tia likes seeing Dad on Saturdays.",
        # no place beside it: a place it is not narrows nothing
        "Tia chose the course (not Northcote) herself.",
        # who is not there is no place (plan-32's "(not with Courtney)")
        "Supervised contact with Tia (not with Kerry) by video.",
        "Review on 13.02.25 and every 6 weeks after.",
    ],
)
def it_keeps_the_readers_own_day_and_what_locates_no_one(sentence: str) -> None:
    assert held_back(sentence, PEOPLE) == (sentence, [])


def it_keeps_who_is_not_there_beside_a_place_held_back() -> None:
    text, _ = held_back("Contact at Easterby Family Centre (not with Kerry).", PEOPLE)
    assert text == f"Contact {HELD_BACK} (not with Kerry)."
    text, _ = held_back("Contact at Easterby Family Centre (not Kerry).", PEOPLE)
    assert text == f"Contact {HELD_BACK} (not Kerry)."


def it_reads_a_date_beside_weeks_as_a_pregnancy_only_in_a_plan_about_one() -> None:
    plain = dataclasses.replace(PEOPLE, pregnancy=False)
    assert held_back("Review at 6 weeks (10.01.25).", plain) == (
        "Review at 6 weeks (10.01.25).",
        [],
    )


def it_says_a_date_without_its_weekday() -> None:
    assert without_weekdays("8 sessions by Thursday 13 February 2025") == (
        "8 sessions by 13 February 2025"
    )
    assert without_weekdays("every Thursday") == "every Thursday"


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        # held-out plan 161: the days Nan takes the child to nursery, a frequency cell
        # with no "on" before its list of days (reached both withheld parents' copies)
        ("Mon, Tue & Wed mornings", "[held]"),
        ("Mon-Fri", "[held]"),
        ("Tue and Thu afternoons", "[held]"),
        # a time after a routine's days is no date: "Tuesdays 2-3pm" is a routine, time too
        ("Weekly - Tuesdays 2-3pm", "Weekly - [held]"),
    ],
)
def it_holds_back_a_list_of_days_written_without_on(sentence: str, said: str) -> None:
    text, kinds = held_back(sentence, PEOPLE)
    assert text == said.replace("[held]", HELD_BACK)
    assert kinds


def it_reads_a_reader_barred_from_something_as_not_the_routines_owner() -> None:
    """ "Nan to take Mason ...; Jade not to collect": naming Jade only to bar her does
    not make the nursery days hers, so they are held back in her copies too."""
    row = {
        "responsible": ["Mark Ellis"],
        "text": "Kerry to take Tia and collect her; Shaun not to collect",
    }
    slot = PEOPLE.for_slot(row)
    assert not slot.own
    text, _ = held_back("Mon, Tue & Wed mornings", slot)
    assert text == HELD_BACK
    own = PEOPLE.for_slot({"responsible": ["Shaun Rowe"], "text": "Shaun to have contact"})
    assert held_back("Mon, Tue & Wed mornings", own) == ("Mon, Tue & Wed mornings", [])
