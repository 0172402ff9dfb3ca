"""The family version reads as a worker would send it (issue 13, round 29): kinds of
slip held-out plans showed, each checked on the function that makes it.

1. a worry's lead-in ("Concerns that ...") glued after "We are worried because";
2. a glossary term swapped where it shares its noun ("physical and emotional harm"),
   inside single quotes, or before a kept noun ("s17 assessment"); an abbreviation
   starting a phrase after ";" capitalised; a lower-case short form unquoted in the box;
3. a condition split from what it governs;
4. a deadline in the wrong tense, or an extended one not said as extended;
5. a "no ..." list item read as a new subject, or glued after "will ... and";
6. "you" and "at yours" for someone who is not the reader;
7. the family's quoted words changed;
8. the views' heading hard-coded as "What you said" whoever spoke.
"""

from __future__ import annotations

import datetime as dt

import pytest

from plangen.family.cells import deadline_said
from plangen.family.context import quoted_abbreviation
from plangen.family.household import household
from plangen.family.plain import glossary
from plangen.family.said_by import views_heading
from plangen.family.said_to_do import will_do
from plangen.family.sentences import shorter, two_wills
from plangen.family.verbs import agree
from plangen.family.workers import workers
from plangen.family.worries import worry_for_parents
from plangen.family.yours import not_yours
from plangen.model import Child, CorePerson, Plan, PlanKind

from .test_family_voice import family


@pytest.mark.parametrize(
    ("factor", "said"),
    [
        ("Concerns that Tomasz drinks heavily at weekends.", "We are worried that Tomasz drinks"),
        ("There are concerns that Kacper is being groomed.", "We are worried that Kacper is"),
        ("Concern about Kacper's school attendance (61%).", "We are worried about Kacper's school"),
        ("Ongoing concerns re neglect.", "We are worried about neglect."),
        ("Worries that mum will return to Tomasz.", "We are worried that Anna will return"),
        ("Allegation that Tomasz hit Kacper.", "We are worried because it has been said that"),
        ("Kacper reported to have carried a knife.", "We are worried because Kacper is reported"),
        ("Tomasz and Anna argue loudly most nights.", "We are worried because Tomasz and Anna"),
        ("Impact of the abuse on Kacper.", "We are worried about the impact of the abuse"),
        ("Relationship between Anna and Tomasz.", "We are worried about the relationship"),
    ],
)
def it_says_a_worry_as_one_whole_sentence(factor: str, said: str) -> None:
    from plangen.family.voice import for_parents

    who = family()
    assert worry_for_parents(for_parents(factor, who), "", who).startswith(said)


def it_says_a_risk_of_harm_with_its_article() -> None:
    said = worry_for_parents("Tomasz drinks at weekends.", "Risk of emotional harm.", family())
    assert said.endswith("This can mean a risk of emotional harm.")


@pytest.mark.parametrize(
    ("written", "kept", "never"),
    [
        ("Leo is at risk of physical and emotional harm.", "physical and emotional harm", None),
        ("Mum said 'the CP plan is pointless' and cried.", "'the CP plan is pointless'", None),
        ("Lisa said she ‘hates the CP plan’ now.", "‘hates the CP plan’", None),
        ("Complete s17 assessment.", "s17 assessment", "children assessment"),
        ("Visits; CIN plan if needed.", "; plan for extra help", "; Plan"),
        ("LADO referral made.", "LADO", None),
    ],
)
def it_never_breaks_a_term_where_its_plain_words_do_not_fit(
    written: str, kept: str, never: str | None
) -> None:
    said = glossary().plain(written)
    assert kept in said
    assert never is None or never not in said


def it_explains_lado_and_quotes_a_lower_case_short_form() -> None:
    words = glossary()
    assert "LADO" in [t.term for t in words.terms_in("LADO referral made.")]
    assert quoted_abbreviation("meds is short for medicines.") == ('"meds" is short for medicines.')
    assert quoted_abbreviation("e.g. means for example.") == '"e.g." means for example.'
    assert quoted_abbreviation("An assessment is a look.") == "An assessment is a look."


@pytest.mark.parametrize(
    "sentence",
    [
        "If Kacper goes missing again, Anna will call the police within 1 hour, and Amara "
        "will hold a strategy meeting with the police and school.",
        "Should Dean breach the order, the police will arrest him and the social worker will "
        "call a meeting within five working days.",
    ],
)
def it_never_splits_a_condition_from_what_it_governs(sentence: str) -> None:
    assert two_wills(sentence, whole_conditions=True) == sentence
    assert shorter(sentence, whole_conditions=True) == sentence
    both = "If Mum drinks, the children go to Nan's; the social worker visits the same day."
    assert shorter(both, whole_conditions=True) == both
    two = "If Mum drinks, the children go to Nan's; if Nan is ill, they go to Aunt Sue's."
    assert shorter(two, whole_conditions=True) == (
        "If Mum drinks, the children go to Nan's. If Nan is ill, they go to Aunt Sue's."
    )


def it_still_splits_two_things_that_will_happen_with_no_condition() -> None:
    said = two_wills(
        "Kai will go to Nan's that day and the social worker will hold a strategy meeting "
        "within 24 hours with the police."
    )
    assert said.startswith("Kai will go to Nan's that day. The social worker will also hold")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("By Tuesday 20 May 2025", "Was due by Tuesday 20 May 2025"),
        ("Tuesday 20 May 2025", "Was due by Tuesday 20 May 2025"),
        ("Was Wednesday 30 April 2025", "Was due by Wednesday 30 April 2025"),
        ("Crisis plan by Tuesday 3 June 2025", "Crisis plan was due by Tuesday 3 June 2025"),
        ("By Friday 13 June 2025", "By Friday 13 June 2025"),
        ("Was Friday 31 October 2025", "By Friday 31 October 2025"),
        (
            "Monday 31 March 2025, extended to Monday 30 June 2025",
            "By Monday 30 June 2025 (extended from Monday 31 March 2025)",
        ),
        (
            "By Wednesday 30 April 2025 - now by Thursday 31 July 2025",
            "By Thursday 31 July 2025 (extended from Wednesday 30 April 2025)",
        ),
        ("Ongoing", "Ongoing"),
        (
            "By Monday 30 September 2024 - extended to Friday 8 November 2024 - extended to by "
            "Friday 14 February 2025",
            "By Friday 14 February 2025 (extended from Monday 30 September 2024)",
        ),
        ("Done Wednesday 10 July 2024", "Done Wednesday 10 July 2024"),  # said as done
        ("Applications made by Friday 29 March 2024", "Applications made by Friday 29 March 2024"),
        ("From Tuesday 10 December 2024", "From Tuesday 10 December 2024"),  # a start
    ],
)
def it_says_a_deadline_in_its_tense_on_the_plans_date(written: str, said: str) -> None:
    assert deadline_said(written, dt.date(2025, 6, 10)) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "I stay safe, no fights and no police calls and attends school.",
            "I stay safe, no fights and no police calls and attend school.",
        ),
        (
            "I live free from abuse: no incidents and no contact with Dean, and says I am safe.",
            "I live free from abuse: no incidents and no contact with Dean, and say I am safe.",
        ),
        (
            "I am safe and no one hits me and Mum says so.",
            "I am safe and no one hits me and Mum says so.",
        ),
    ],
)
def it_reads_no_items_as_one_list_with_my_verbs(written: str, said: str) -> None:
    assert agree(written) == said


def it_says_what_must_not_happen_as_a_sentence_of_its_own() -> None:
    said = shorter("Dean will complete a DAPP and no contact with Kirsty, no texts and no visits.")
    assert said == (
        "Dean will complete a DAPP. There will be no contact with Kirsty, no texts and no visits."
    )
    kept = "If Dean calls and no one answers, Kirsty will ring 999."
    assert shorter(kept) == kept


@pytest.mark.parametrize(
    ("written", "doer", "said"),
    [
        (
            "Kacper to stay at yours on Fridays.",
            "Halina",
            "Kacper to stay at Halina's home on Fridays.",
        ),
        ("Halina said the kids can stay at hers any time.", None, "at her home any time"),
        ("Dean said Leo can come to his at weekends.", None, "come to his home at weekends"),
        ("Kirsty to tell you if Dean makes contact.", "Kirsty", "Kirsty to tell Joanne if Dean"),
        ("Kirsty to let you know of any calls.", "Kirsty", "let Joanne know"),
        ('Nan said "come round to yours any time".', None, '"come round to yours any time"'),
    ],
)
def it_never_says_you_for_someone_not_the_reader(written: str, doer: str | None, said: str) -> None:
    assert said in not_yours(written, doer=doer, writer="Joanne")


def it_keeps_the_familys_quoted_words_whole() -> None:
    from plangen.family.voice import for_parents

    who = family()
    written = 'Anna said: "the CP plan is too much and I need my meds." Parents agree to visits.'
    said = for_parents(glossary().plain(written), who)
    assert '"the CP plan is too much and I need my meds."' in said


def _views_plan() -> Plan:
    return Plan(
        kind=PlanKind.CP_PLAN,
        child=Child(name="Kacper Nowak", age=14),
        plan_date=dt.date(2025, 6, 10),
        core_group=[
            CorePerson(name="Anna Nowak", role="Mother"),
            CorePerson(name="Piotr Nowak", role="Father"),
            CorePerson(name="Halina Nowak", role="Maternal grandmother"),
            CorePerson(name="Amara Osei", role="Social Worker", lead_professional=True),
        ],
    )


@pytest.mark.parametrize(
    ("views", "heading"),
    [
        (
            "Anna agrees. Halina said she will help. Piotr said no.",
            "What Anna, Halina and Piotr said",
        ),
        ("You agree with the plan.", "What you said"),
        ('Anna said "Piotr drinks".', "What Anna said"),  # named inside her words only
        ("Anna would like Halina to come to the review.", "What Anna said"),  # spoken of
        ("Both of you agree. Halina said she will help.", "What Halina said"),
    ],
)
def it_names_whose_views_the_family_section_holds(views: str, heading: str) -> None:
    plan = _views_plan()
    assert views_heading(views, household(plan, [views])) == heading


def it_names_the_reader_of_her_own_copy_first() -> None:
    plan = _views_plan()
    plan.core_group[0].own_copy = True
    views = "Piotr said he will stop. You said you are tired."
    who = household(plan, [views])
    from dataclasses import replace

    who = replace(who, reader=next(r for r in who.relatives if r.first == "Anna"))
    assert views_heading(views, who) == "What you and Piotr said"


def it_says_your_only_for_a_worker_who_is_the_familys() -> None:
    people = [
        (CorePerson(name="Joan Fielding", role="Nursery teacher / DSL"), False),
        (CorePerson(name="Sam Price", role="Family Support Worker"), False),
    ]
    found = {w.first: w.who for w in workers(people, "Harley", glossary(), {"Anna"})}
    assert found["Joan"].startswith("Harley's nursery teacher")
    assert found["Sam"] == "your family support worker"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Child safety lead to check Kacper in.", "The child safety lead will check Kacper in."),
        ("TJ to attend; nursery to record his mood", "TJ to attend; the nursery will record his"),
        ("The school nurse to review asthma", "The school nurse will review asthma"),
        ("Kacper to stay at Nan's", "Kacper will stay at Nan's"),
        ("Home visits to see Leo.", "Home visits to see Leo."),  # no one's role
        ("Moor School to send dates.", "Moor School to send dates."),  # a name
    ],
)
def it_says_what_a_worker_or_the_child_will_do_as_a_sentence(written: str, said: str) -> None:
    assert will_do(written, family()).startswith(said)
