"""Stop 33 of issue 14: kinds the free-text rules read wrongly on writer 32's development
part (a chair and IRO the rules had never met), each read by the sentence's structure
and held against the other writers' development parts.  Each text is new, with its near
misses; where a rule fires, the words that made it fire (``check --explain``)."""

from __future__ import annotations

import pytest

from plangen.rules.reading import Reader
from plangen.rules.text import word_lists

from .test_rules_read_structure import gaps, read


def _reader(child: str = "Leo") -> Reader:
    return Reader(word_lists(), [child])


# -- PLAN-02, 03: who changes ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leo will be supported by CAMHS to stop self-harming.",
        "Leo will be helped by his mentor to return home on time.",
        "Leo is supported by the school nurse to take his inhaler at lunch every day.",
    ],
)
def it_reads_a_service_named_as_the_means_to_the_childs_change_as_no_task(text: str) -> None:
    """The child supported by a service towards a change named after it: the change is
    the outcome, the service only its means (rubric: "uses the strategies from her CAMHS
    sessions" is no task)."""
    assert not {"PLAN-02", "PLAN-03"} & read(text)


def it_still_reads_a_service_alone_or_an_adults_support_towards_her_task_as_one() -> None:
    assert _reader().process("Leo will be supported by CAMHS.") == '"supported by CAMHS"'
    # an adult supported towards her own task stays a service used (writers 5 and 30)
    assert _reader().process("Mum to be supported by Shelter to find a flat.")
    assert _reader().about_adults("Leo will be supported by CAMHS.")


def it_reads_getting_to_school_as_getting_there_not_provision() -> None:
    """ "Get to school" is arriving, not being given a school place."""
    assert "PLAN-03" not in read("Leo to get to school.")
    assert _reader().process("Leo to get a school place.") == '"get a school place"'


def it_reads_the_childs_own_sport_as_his_life_not_a_course() -> None:
    text = "Leo goes to rugby training every Thursday and plays on Sundays."
    assert "PLAN-03" not in read(text)
    assert _reader().process("Mum to attend parenting training.") == '"training"'


def it_leaves_out_what_is_said_aside_of_someone_else() -> None:
    """A relative clause after a comma describes the person just named: it is not what is
    done to the child."""
    text = "Leo has no contact with his uncle Dean, who is linked to the YOT."
    assert "PLAN-02" not in read(text)
    assert _reader().about_adults("Leo is linked to the YOT.") == (
        'only something done to the child: "is linked to"'
    )


def it_reads_a_professional_named_with_its_article_as_the_subject() -> None:
    text = "The HV to weigh Leo at home fortnightly."
    assert _reader().about_adults(text) == 'the subject is "The HV to", not the child'


# -- PLAN-04: measures ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # a bed or a wardrobe in place can be looked at (writers 6, 26, 32)
        ("Leo's room to have a bed and curtains by half term.", '"a bed"'),
        ("Dad to have a wardrobe for Leo's clothes at his flat.", '"a wardrobe"'),
        # a days-a-week count is a rate, a measure (not a period: below)
        ("Leo goes to nursery for at least 3 days a week.", '"3"'),
        # a child's age is 18 at most: a higher number after "under" is a level
        ("Leo's blood sugar is under 60.", '"6"'),
        # the negated event is read in its own clause, not past "until"
        ("Leo does not go home until a safe care plan is agreed.", '"not g"'),
    ],
)
def it_reads_these_as_measures(text: str, evidence: str) -> None:
    assert _reader().measure(text) == evidence


@pytest.mark.parametrize(
    "text",
    [
        "Leo is safe while he is under 5.",
        "Leo goes to bed.",
        "Leo has a bedtime routine.",
        "Leo will not feel unsafe when Dad visits.",
    ],
)
def it_keeps_an_age_a_bed_gone_to_and_a_feeling_unmeasured(text: str) -> None:
    assert not _reader().measure(text)


# -- PLAN-15: periods -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            "Leo is taken to every clinic appointment from then until the review.",
            '"from then until"',
        ),
        ("Leo's GCP2 score is level 2 on two checks 6 weeks apart.", '"6 weeks apart"'),
    ],
)
def it_reads_a_span_with_a_start_and_two_checks_apart_as_periods(text: str, evidence: str) -> None:
    assert _reader().sustained(text) == evidence


@pytest.mark.parametrize(
    "text",
    [
        # a count of days in each week is a rate, not a period
        "Leo goes to nursery for at least 3 days a week.",
        "Leo attends school for 4 days per week.",
        # how long a professional visits or monitors is no time the change holds
        "SW to visit Leo at home weekly for 3 months.",
        "Leo's attendance will be monitored over the next 6 weeks.",
    ],
)
def it_reads_no_period_in_a_rate_or_a_professionals_work(text: str) -> None:
    assert not _reader().sustained(text)


@pytest.mark.parametrize(
    "text",
    [
        "Leo goes to nursery 3 days a week for 3 months.",
        "Leo has a clean bed at every visit for 3 months.",
        "Leo's attendance is above 95%, monitored weekly, for 3 months.",
    ],
)
def it_still_reads_the_period_the_change_holds_for(text: str) -> None:
    assert _reader().sustained(text) == '"for 3 months"'


# -- PLAN-06: actions -----------------------------------------------------------------


def it_reads_ongoing_with_only_a_recurring_review_as_no_end() -> None:
    """A review at every core group recurs: it ends nothing (every development writer
    labels an "ongoing" timescale with no end PLAN-06)."""
    words = word_lists()
    assert words.vague_timescale("Ongoing, reviewed at every core group") == (
        '"Ongoing" with no end'
    )
    assert words.vague_timescale("12 weeks, reviewed at every core group") == ""
    assert words.vague_timescale("Ongoing until the review conference") == ""


def it_needs_no_frequency_for_an_observation_that_ends_in_one_report() -> None:
    text = "Observe Leo at nursery and write a report for the EHC needs assessment."
    assert gaps(text, "EP", "", "by 30/05/26") == []
    assert gaps("Observe Leo at nursery.", "EP", "", "by 30/05/26") == ["frequency"]


def it_flags_an_action_that_only_says_what_is_kept() -> None:
    assert gaps("Dad to maintain the flat", "Dad", "Weekly", "3 months") == [""]
    # a record kept is a task
    assert gaps("Dad to maintain a food diary", "Dad", "Daily", "3 months") == []


def it_keeps_a_period_after_a_comma_for_the_whole_outcome() -> None:
    """A family test plan (plan-07): the 8 weeks hold the sleep as well as the
    monitoring, so they are not only how long the monitoring goes on."""
    text = "Leo sleeps 6 hours most nights and is monitored safely at night, over 8 weeks."
    assert _reader().sustained(text) == '"over 8 weeks"'
