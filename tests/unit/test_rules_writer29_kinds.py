"""Kinds of text behind misses and false alarms on a new writer's texts (issue 14,
writer29, blind29 dev part): a service or a meeting named with a possessive in it, a
support network an adult has (no service), what a service gives a parent to do at home,
and periods written as every meeting or every day of a term."""

from __future__ import annotations

import pytest

from plangen.model import Action
from plangen.rules.actions import smart_gaps
from plangen.rules.reading import Reader
from plangen.rules.text import word_lists


def _reader(child: str = "Leo") -> Reader:
    return Reader(word_lists(), [child])


@pytest.mark.parametrize(
    ("text", "task"),
    [
        # a meeting or a service whose name has a possessive in it is still attended
        ("Dad to attend all of Leo's school meetings.", True),
        ("Mum to attend all of Leo's child in need meetings.", True),
        ("Leo to attend a young people's drug and alcohol service.", True),
        ("Mum to attend the women's counselling service.", True),
        # a support network is the people round an adult, not a service given
        ("Mum to have a wider support network.", False),
        ("Dad will have a support network of friends he can call.", False),
        ("Mum to receive support from her family network.", True),
        # what a named service gives a parent to do at home is no service attended
        ("Dad will do the SALT exercises with Leo every evening.", False),
        ("Mum will use the Triple P strategies at bedtime.", False),
        ("Mum to complete Horizons.", True),
        ("Dad to attend the Caring Dads programme.", True),
    ],
)
def it_reads_a_service_named_with_a_possessive_and_not_what_it_gives(text: str, task: bool) -> None:
    assert bool(_reader().process(text)) is task


@pytest.mark.parametrize(
    ("text", "sustained"),
    [
        # every day of a named period holds the change over it
        ("Leo is collected by a safe adult on every day of the term.", True),
        ("Leo has breakfast every morning of the summer term.", True),
        ("Leo is in bed by 8pm every night of the school holidays.", True),
        # each of a count of meetings to come is a count over occasions
        ("School report no concerns at each of the next three core groups.", True),
        ("Leo's weight is on the 25th centile at all of the next 4 weigh-ins.", True),
        # a frequency or one meeting is no period
        ("Leo goes to football every day of the week.", False),
        ("School report no concerns at the next core group.", False),
    ],
)
def it_reads_every_day_of_a_term_and_each_meeting_to_come_as_a_period(
    text: str, sustained: bool
) -> None:
    assert bool(_reader().sustained(text)) is sustained


@pytest.mark.parametrize(
    ("text", "about_adults"),
    [
        # the child only watches the adult change
        ("Leo will see his dad engage with the drug service.", True),
        ("Leo sees his mum stay sober at weekends.", True),
        # seeing a parent is contact, a change for the child
        ("Leo will see his dad every Saturday at Nan's.", False),
        # the child's clause only says why the adult changes, with nothing checkable
        ("Mum will stop drinking so that Leo is safe.", True),
        ("Dad will stop using cannabis so Leo feels happier.", True),
        ("Mum will stop drinking so that Leo is in bed by 8pm every night.", False),
        ("Leo is safe at home and tells his teacher so at every weekly check-in.", False),
    ],
)
def it_reads_a_child_who_only_watches_or_is_the_reason_as_about_the_adults(
    text: str, about_adults: bool
) -> None:
    assert bool(_reader().about_adults(text)) is about_adults


@pytest.mark.parametrize(
    ("text", "measured"),
    [
        # abstaining, keeping someone away and handing something over can be seen, as
        # stopping can ("Mum will stop drinking")
        ("Dad to abstain from alcohol.", True),
        ("Mum will abstain from cannabis.", True),
        ("Mum to keep Leo's uncle away from the family home.", True),
        ("Parents to hand Leo's passport to the police.", True),
        ("Mum will give Leo his medication.", True),
        # starting or going back to school or college is an event that can be seen
        ("Leo starts his college course in September.", True),
        ("Leo returns to school after the Easter holidays.", True),
        ("Leo starts at his new nursery.", True),
        ("Leo begins to feel better about school.", False),
        # kept away from harm is no standard, and a vague state stays vague
        ("Mum to keep Leo away from harm.", False),
        ("Mum's mental health is stable.", False),
    ],
)
def it_reads_abstaining_keeping_away_handing_over_and_starting_as_observable(
    text: str, measured: bool
) -> None:
    assert bool(_reader().measure(text)) is measured


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        # a verb with nothing to update or report says nothing the worker will do
        ("Police to update.", True),
        ("School will report back.", True),
        ("HV to feed back", True),
        # what is updated or reported is said
        ("SW to update the chronology after each visit.", False),
        ("School to report back to the core group on Leo's attendance.", False),
    ],
)
def it_reads_a_bare_update_or_report_back_as_saying_nothing_done(text: str, vague: bool) -> None:
    action = Action(text=text, responsible=["SW"], frequency="", timescale="Before core group")
    fields = [gap[0] for gap in smart_gaps(word_lists(), action, action.timescale)]
    assert ("" in fields) is vague
