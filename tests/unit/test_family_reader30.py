"""The family version written for its reader, kinds from reader 29 (issue 13), each with
the exact sentence a parent read before and the one they read now.

1. numeric dates and counts left as the worker's notes ("no incidents since 04.09",
   "3 x weekly", "x 4 every two weeks");
2. a change marked "Achieved" before the time it must last could have passed, repeated
   as a fact ("This was reached by the review");
3. an empty "How to contact them" cell for a worker with no contact in the plan;
4. jargon and services with no entry in the glossary, so never explained;
5. a note "You to clear the house" left as a fragment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from plangen.family.cells import meetings_in_words
from plangen.family.contacts import through_lead
from plangen.family.in_words import signs_in_words
from plangen.family.notes_said import (
    child_named,
    doing_said,
    due_status,
    notes_in_words,
    said_as_sentence,
)
from plangen.family.plain import frequency_in_words, glossary
from plangen.family.reached import period_to_last, reached_said
from plangen.family.said_to_do import will_do
from plangen.family.short_dates import short_dates_in_words
from plangen.family.unclear import plan_reader, unclear_said
from plangen.model import (
    Child,
    CorePerson,
    Meeting,
    Outcome,
    Plan,
    PlanKind,
    ProgressStatus,
    ReviewEntry,
)

from .test_family_voice import family

NOVEMBER = dt.date(2026, 11, 19)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "This is what we saw: no incidents since 04.09. Jordan sent 2 messages.",
            "This is what we saw: no incidents since 4 September. Jordan sent 2 messages.",
        ),
        (
            "At the review, this had not started yet: benefits check booked for 02.12.",
            "At the review, this had not started yet: benefits check booked for 2 December.",
        ),
        (
            "Wayne was violent to you for years (last incident 06.26, Chan present).",
            "Wayne was violent to you for years (last incident June 2026, Chan present).",
        ),
        (
            "Kyle got a message from an unknown number on 30.10 - passed to DC Reid.",
            "Kyle got a message from an unknown number on 30 October - passed to DC Reid.",
        ),
        (
            "Oli was seen at school with Mrs Parry 14.10.26.",
            "Oli was seen at school with Mrs Parry Wednesday 14 October 2026.",
        ),
    ],
)
def it_says_a_notes_date_in_words(before: str, after: str) -> None:
    assert short_dates_in_words(before, NOVEMBER) == after


@pytest.mark.parametrize(
    "kept",
    [
        "Supervised family time, Saturday 10-11.30",
        "Ellie comes in at 09.15 through the side door",
        "Morning care (7.30-8.15am)",
        "weight 19.8kg (was 19.1kg)",
        "rent of £12.50 a week",
    ],
)
def it_never_reads_a_time_or_a_measure_as_a_date(kept: str) -> None:
    assert short_dates_in_words(kept, NOVEMBER) == kept


def it_takes_the_year_nearest_the_plan() -> None:
    assert short_dates_in_words("seen on 30.12", dt.date(2027, 1, 10)) == (
        "seen on 30 December 2026"
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("3 x weekly", "3 times a week"),
        ("Fortnightly x 4", "every two weeks, 4 times in all"),
        ("Weekly x 6", "once a week, 6 times in all"),
        (
            "Weekly group + 1:1 fortnightly",
            "group once a week and one-to-one sessions every two weeks",
        ),
    ],
)
def it_says_a_counted_frequency_in_words(before: str, after: str) -> None:
    said = frequency_in_words(before, glossary())
    assert said == after
    # what the family read before (reader 29: "x 4 every two weeks", "group + 1:1
    # fortnightly once a week", "3 x weekly")
    assert " x " not in said and "+" not in said


def it_says_a_count_of_sessions_in_words() -> None:
    assert signs_in_words("6 x 1:1 by 20.12.26") == "6 one-to-one sessions by 20.12.26"
    assert signs_in_words("IFSS visits 3 x weekly") == "IFSS visits 3 times a week"


def _reached(text: str) -> Outcome:
    review = ReviewEntry(date=dt.date(2026, 11, 4), status=ProgressStatus.ACHIEVED, note="")
    return Outcome(text=text, reviews=[review])


def it_keeps_checking_a_change_that_must_last_longer_than_the_plan_has_run() -> None:
    outcome = _reached(
        "Jake has time for himself: at least 2 evenings a week doing something he enjoys, "
        "sustained over 3 months"
    )
    said = reached_said(outcome)
    assert said != "This was reached by the review on Wednesday 4 November 2026."
    assert said == (
        "At the review on Wednesday 4 November 2026, this was marked as reached. It needs "
        "to last for 3 months, so we will keep checking."
    )


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Kyle attends at least 85%, sustained to the end of the spring term",
            "to the end of the spring term",
        ),
        ("Marcus rates contact 6/10 or more, over the next 3 months", "for 3 months"),
        ("She can name 2 safe adults - for 12 weeks in a row", "for 12 weeks in a row"),
        ("Attendance 95% for a full half term", "for a half term"),
        ("Ruby attends by 8:50am within 6 weeks", ""),
    ],
)
def it_reads_the_period_a_change_must_last(text: str, period: str) -> None:
    assert period_to_last(text) == period


def it_says_a_change_with_no_period_as_reached() -> None:
    said = reached_said(_reached("Kacper sees the dentist and optician"))
    assert said == "This was reached by the review on Wednesday 4 November 2026."


def _plan(lead_phone: str) -> Plan:
    return Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Betty Smith", age=7),
        plan_date=dt.date(2023, 3, 1),
        core_group=[
            CorePerson(
                name="Harriet Hill", role="Social Worker", lead_professional=True, phone=lead_phone
            ),
            CorePerson(name="John Stevenson", role="Headteacher"),
            CorePerson(name="Billy Jones", role="School nurse", phone="01632 960 111"),
            CorePerson(name="Suzi Smith", role="Mother"),
        ],
    )


def it_says_how_to_reach_a_worker_with_no_contact_in_the_plan() -> None:
    plan = _plan("")
    entries = [{"name": p.name, "contact": p.phone} for p in plan.core_group]
    through_lead(entries, [False, False, False, True], plan)
    # before: an empty "How to contact them" cell for Harriet and John
    assert [e["contact"] for e in entries] == [
        "Ask for this at the next meeting",
        "Ask Harriet Hill, your lead worker",
        "01632 960 111",
        "",  # a family member's own details are never the plan's to print
    ]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "support with the restraining order and any breach reports",
            "support with the restraining order and any reports when the order is broken",
        ),
        (
            "accidental ingestion of prescribed medicine or tablets",
            "accidental swallowing of prescribed medicine or tablets",
        ),
        (
            "stable on their medicine and not using on top",
            "stable on their medicine and not taking other drugs as well",
        ),
        (
            "Leanne missed last 2 appointments; timescale extended again.",
            "Leanne missed last 2 appointments; the date was moved again.",
        ),
    ],
)
def it_says_notes_jargon_in_plain_words(before: str, after: str) -> None:
    assert glossary().plain(before) == after


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Kayleigh is 19, a care leaver, with low mood", "care leaver"),
        ("There is a non-molestation order.", "non-molestation order"),
        ("Leanne and Craig will work with Dyfodol", "Dyfodol"),
        ("Help Donna apply for a Family Fund grant", "Family Fund"),
        ("Care Act assessment done 28.10", "Care Act assessment"),
        ("self-refer to Talking Therapies", "Talking Therapies"),
        ("perpetrator programme assessment (Caring Dads)", "Caring Dads"),
        ("There is no hoist or downstairs bathroom.", "hoist"),
        ("Oliwia (8) has quadriplegic cerebral palsy", "quadriplegic"),
        ("Ellie (P7) has missed 38% of school", "P7"),
        ("Soft start: Ellie comes in at 9.15", "soft start"),
        ("The Child Arrangements Order ends when he turns 18", "Child Arrangements Order"),
        ("a safe placement outside Strathmore", "safe placement"),
        ("review Ryan's prescription for pregabalin", "pregabalin"),
    ],
)
def it_explains_a_term_a_family_version_uses(text: str, term: str) -> None:
    words = glossary()
    found = {t.term.lower(): t for t in words.terms_in(words.plain(text))}
    assert term.lower() in found, f"{term!r} is not explained in the words box"
    assert found[term.lower()].explain


def it_turns_a_note_for_the_reader_into_a_sentence() -> None:
    who = family()
    before = "You to clear the house and get beds for the children"
    assert will_do(before, who) == "You will clear the house and get beds for the children"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Checking presentation and listening to child",
            "Checking presentation and listening to Betty",
        ),
        (
            "Urgent safety meeting of workers, formal meeting about the child's safety on Tuesday",
            "Urgent safety meeting of workers, formal meeting about Betty's safety on Tuesday",
        ),
        (
            "a legal order that a panel makes for the child. If",
            "a legal order that a panel makes for Betty. If",
        ),
    ],
)
def it_names_the_child_a_note_calls_child(before: str, after: str) -> None:
    assert child_named(before, "Betty") == after


@pytest.mark.parametrize(
    "kept",
    [
        "Betty has a child protection plan for a child in need",
        "This can make a child scared; your child; the child's plan",
        "Kyle's name can come off the list of children with a plan",
    ],
)
def it_leaves_child_alone_where_it_is_not_the_childs_name(kept: str) -> None:
    assert child_named(kept, "Betty") == kept


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Checking presentation and listening to Betty", "Check presentation and listen to Betty"),
        (
            "Checking Leo's presentation and listening to Leo; only named adults may collect him",
            "Check Leo's presentation and listen to Leo; only named adults may collect him",
        ),
        ("Monitoring of presentation and listening", "Monitoring of presentation and listening"),
        ("Settling in sessions", "Settling in sessions"),
    ],
)
def it_says_a_cell_of_doings_like_the_cells_beside_it(before: str, after: str) -> None:
    assert doing_said(before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "Betty is clean, fed, attending school 95% time, ready to learn",
            "Betty is clean, fed, attending school 95% of the time, ready to learn",
        ),
        (
            "Remind you and support worker of all health appointments",
            "Remind you and your support worker of all health appointments",
        ),
    ],
)
def it_says_note_shorthand_in_words(before: str, after: str) -> None:
    assert notes_in_words(before) == after


def it_gives_a_look_for_note_its_subject() -> None:
    before = "For change 4, we will look for: Ruby chooses her club. Goes the first time with Lisa."
    assert said_as_sentence(before, "Ruby") == (
        "For change 4, we will look for: Ruby chooses her club. Ruby goes the first time with Lisa."
    )
    assert said_as_sentence("Less upset in the mornings. Attendance rises.", "Ellie") == (
        "Less upset in the mornings. Attendance rises."
    )


def it_says_what_the_plan_knows_of_a_deadline_gone() -> None:
    before = "Was due by Friday 3 May 2024"
    assert due_status(before, True) == (
        "Was due by Friday 3 May 2024. The change it is for has been reached."
    )
    assert due_status(before, False) == (
        "Was due by Friday 3 May 2024. The plan does not say if it is done yet."
    )
    assert due_status("By Friday 3 May 2025", False) == "By Friday 3 May 2025"


def _meeting_plan(details: str) -> Plan:
    return Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Leo Harris", age=6),
        plan_date=dt.date(2025, 11, 3),
        core_group=[CorePerson(name="Priya Patel", role="Social Worker", lead_professional=True)],
        next_core_group=Meeting(date=dt.date(2025, 11, 17), details=details),
    )


@pytest.mark.parametrize(
    ("details", "after"),
    [
        (
            "your social worker will tell you the time and place",
            "We will meet again on Monday 17 November 2025. Your social worker will tell you "
            "the time and place.",
        ),
        (
            "Review Child Protection Conference",
            "We will meet again on Monday 17 November 2025 (Review Child Protection Conference).",
        ),
        (
            "TAF review, 3.45pm, Northcote Academy (Jake to attend the first half)",
            "We will meet again on Monday 17 November 2025: TAF review, 3.45pm, Northcote "
            "Academy (Jake to attend the first half).",
        ),
    ],
)
def it_says_a_meetings_details_without_a_label(details: str, after: str) -> None:
    said = meetings_in_words(_meeting_plan(details), who="We", voice=lambda t: t)
    assert "The details are" not in said
    assert said == after


def _unclear(text: str, success: str = "") -> str:
    plan = _plan("")
    outcome = Outcome(text=text, success_looks_like=success)
    return unclear_said(outcome, plan_reader(plan), "Betty", "Harriet Hill")


def it_says_what_the_plan_does_not_yet_say_of_a_vague_change() -> None:
    # before: "Change 1: State of the home to improve." and nothing after it
    assert _unclear("State of the home to improve") == (
        " The plan does not yet say how we will know this has happened. You can ask "
        "Harriet Hill, your lead worker."
    )


def it_says_a_task_given_as_a_change_is_a_step() -> None:
    # before: "Change 4: Educational psychology assessment." and nothing after it
    assert _unclear("Educational psychology assessment") == (
        " This is a step on the way. The plan does not yet say what it should change for "
        "Betty. You can ask Harriet Hill, your lead worker."
    )


def it_adds_nothing_to_a_clear_change() -> None:
    assert _unclear("Betty attends school at least 95% of the time, sustained for 3 months") == ""


def it_keeps_the_reviews_own_checking_sentence() -> None:
    outcome = _reached("Alfie sleeps in his own cot for every sleep, sustained for 3 months")
    still = " We will keep checking that it lasts until the next review."
    assert reached_said(outcome, still) == (
        "At the review on Wednesday 4 November 2026, this was marked as reached. It needs "
        "to last for 3 months. We will keep checking that it lasts until the next review."
    )


def it_leaves_a_date_already_in_words_as_it_is() -> None:
    # the version says a review's day without its weekday; a note's date pass must not
    # add one back ("At the review on Monday 1 July 2024")
    said = "At the review on 1 July 2024, this had partly happened."
    assert short_dates_in_words(said, dt.date(2024, 7, 1)) == said
