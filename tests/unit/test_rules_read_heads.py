"""PLAN-03 read from the head of the predicate (issue 14, round 4): the verb attends,
engages with, completes, is open or referred to, accesses, receives ... and its object
is a service (by the head noun that ends it, an acronym, or a proper name after the
verbs that only take services), with nothing else in the outcome a change for the child.
The texts are new, written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from plangen.rules.reading import Reader
from plangen.rules.text import word_lists


def task(text: str, child: str = "Leo") -> str:
    """The evidence PLAN-03 gives for an outcome about ``child`` ("" when it is quiet)."""
    return Reader(word_lists(), [child]).process(text)


@pytest.mark.parametrize(
    "text",
    [
        # a service named by a proper name, after a verb that only takes services
        "Leo will be supported by St Giles Trust.",
        "Leo to continue with Lighthouse.",
        "Leo to continue attending Reach.",
        "Leo will be considered for the Mentoring Scheme.",
        # a service by the head noun that ends the object, however many words name it
        "Leo will attend the Hope Centre twice a week.",
        "Leo will begin attending the Rise project.",
        "Leo to undertake the Junior Detached Youth Work programme.",
        "Leo to participate in the Junior Fire Cadets intervention.",
        "Leo to be supported through the Step Together pathway.",
        "Leo will be put on the Early Help pathway.",
        "Leo will attend the Fire Setters intervention.",
        "Leo to start play therapy.",
        "Mum to start her detox.",
        # "1:1" is one word, not two clauses
        "Leo will receive 1:1 sessions from the Willow Project.",
        "Mum to have 1:1 sessions with the IDVA.",
        "Leo to access 1:1 support with the Learning Mentor.",
        # the child with someone else as the subject, up to the verb
        "Leo and mum to attend Family Therapy.",
        # the child's thing is the task: "Leo's referral | to be made"
        "Leo's referral to the Child Development Centre to be made.",
        "Leo's case will be closed to CAMHS.",
        # the verb read after a semi-modal: "needs to", "is expected to", "has agreed to"
        "Leo needs to complete online safety work with school.",
        "Leo is required to complete online safety work with his SW.",
        "Leo has agreed to have a return home interview after every missing episode.",
        "Mum's hair strand test should be repeated in 3 months.",
        "A safety plan needs to be in place for Leo.",
        # what a subject carries before its verb: an age, a name in brackets, a surname
        "Leo (15) is to go to every weekly CAMHS appointment.",
        "Mr Evans to regularly attend his weekly CGL group.",
        # a programme by its name alone, completed or attended by an adult, or by someone
        # the reader does not know
        "Mum to complete Horizons.",
        "Dad to attend Horizons weekly for 12 wks.",
        "Perpetrator to complete Horizons.",
        # how often, before the object, is not its end
        "Leo will go to every weekly ZEST appointment.",
        # the other ways a service is used: linked in with, cooperated with, kept in
        # contact with, turned up to, done; and the people who give it, after the verbs
        # that take only services
        "Mum to link in with the CSE worker.",
        "Family to cooperate with Early Help.",
        "Mum to keep in contact with the specialist midwife.",
        "Chloe to make use of the Hidden Harm midwife.",
        "Mum will engage with her GP.",
        "Leo to turn up to his CAMHS appointments.",
        "Dad to do DAPP.",
        "Leo to finish online safety work with his SW.",
        "Leo will keep going to his appointments at the Hub.",
        # help sought, an examination undergone
        "Mum to seek support for her mental health.",
        "Leo to have a child protection medical.",
    ],
)
def it_reads_a_service_at_the_head_of_the_predicate(text: str) -> None:
    assert task(text)


@pytest.mark.parametrize(
    "text",
    [
        # school, nursery, a club and the child's own learning are the child's life
        "Leo will attend school every day.",
        "Leo will attend St Mary's Primary every day.",
        "Leo will go to Scouts every Monday.",
        "Leo will attend Rainbows every Tuesday.",  # a child's own club, by its name
        "Leo will start nursery in September.",
        "Leo will engage in class and complete his work.",
        "Leo will engage with his peers at break times.",
        # the same verbs with the child's own life as their object
        "Leo will do his homework every night.",
        "Leo will link in with his friends at lunch.",
        "Leo will cooperate with his teachers in class.",
        "Leo will keep in touch with his dad by phone weekly.",
        "Leo will do group work in class.",
        "Leo will take up football.",
        "Leo will turn up to school on time every day.",
        # what the service gave him, not the service
        "Leo will use the strategies from his CAMHS sessions when angry.",
        "Leo will complete his Duke of Edinburgh Bronze award.",
        "Leo will access Snapchat only with mum's knowledge.",
        # a change beside the service
        "Leo will go to the Hope Centre after school and is home by 6pm every night.",
        "Leo and his sister will be home by 9pm every night.",
    ],
)
def it_leaves_the_childs_own_life_alone(text: str) -> None:
    assert task(text) == ""


def it_says_which_words_made_it_fire() -> None:
    """``check --explain`` shows the verb and its object."""
    assert task("Leo will regularly attend the Hope Centre twice a week.") == (
        '"attend the Hope Centre"'
    )
    assert task("Leo is open to Compass.") == '"is open to Compass"'


def it_reads_a_professional_who_needs_to_do_something_as_the_subject() -> None:
    """ "EWO needs to complete home visits" is the professional's work (PLAN-02), as
    "EWO to complete home visits" is."""
    reader = Reader(word_lists(), ["Leo"])
    assert reader.about_adults("The EWO needs to complete home visits fortnightly.")
    assert reader.about_adults("Leo's school needs to complete an EHCNA request.")
