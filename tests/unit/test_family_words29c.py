"""The family version, kinds an independent parent-educator found (reader 29), each
checked on the function that makes it.

1. a glossary term's plain words put inside a job title or a phrase ("being tricked or
   forced into sexual acts / Missing Worker", "Maternal gran - relative or friend who
   cares for the child", "enhanced move visits", "OT request for help");
2. recurring jargon (English, Scottish and Welsh services) with no entry, so never
   explained in the "words we use" box;
4. a form's heading left before a worry ("Risk factor: ..."), said as the worry itself:
   "We are worried about worry.".
"""

from __future__ import annotations

import pytest

from plangen.family.plain import glossary
from plangen.family.worries import worry_for_parents

from .test_family_voice import family


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        # a term that shares a job title's head after a slash
        ("Becky Shaw (CSE / Missing Worker)", "CSE / Missing Worker"),
        ("Disruption of the adults (CSE/CCE notices, warrant information)", "CSE/CCE notices"),
        ("Jo is the CSE and missing lead", "CSE and missing lead"),
        # a role written as a label after a relation
        ("Isobel Crawford - Maternal gran - kinship carer (s.25)", "kinship carer"),
        # a noun that names the service before plain words with a phrase of their own
        ("OT referral and home visit", "OT referral"),
        ("immigration advice referral (you are on a spouse visa)", "advice referral"),
        # a longer term left whole is never made plain inside
        (
            "Ellie is ready for the move to Perth Grammar: enhanced transition visits",
            "enhanced transition visits",
        ),
    ],
)
def it_keeps_a_term_whole_inside_a_title_or_a_phrase(written: str, kept: str) -> None:
    said = glossary().plain(written)
    assert kept in said
    assert "tricked" not in said and "request for help" not in said
    assert "relative or friend who" not in said and "move visits" not in said


def it_still_makes_a_term_plain_where_it_stands_alone() -> None:
    g = glossary()
    assert g.plain("Make a referral to the family hub") == (
        "Make a request for help from the family hub"
    )
    assert "move" in g.plain("Help with the transition to high school")


def it_says_no_the_before_plain_words_that_are_a_doing() -> None:
    said = glossary().plain("Kyle is at risk of CSE.")
    assert said == "Kyle is at risk of being tricked or forced into sexual acts."


@pytest.mark.parametrize(
    ("written", "not_said"),
    [
        # a safety plan is a name a parent knows: "change the plan to stay safe" reads as
        # "change the plan so as to stay safe"
        ("change the safety plan with Kacper", "plan to stay safe"),
        # "We are worried about not getting the care they need": not who
        ("We are worried about neglect.", "not getting the care"),
    ],
)
def it_keeps_a_term_whose_plain_words_read_as_something_else(written: str, not_said: str) -> None:
    said = glossary().plain(written)
    assert not_said not in said
    assert glossary().terms_in(said), "the kept term is explained in the box"


@pytest.mark.parametrize(
    "term",
    [
        "key work",
        "ELSA",
        "UC",
        "IFSS",
        "domestic abuse perpetrator programme",
        "BBR",
        "grooming",
        "care package",
        "direct payments",
        "DFG",
        "Kinship Care Order",
        "kinship allowance",
        "secure order",
        "school refusal",
        "perinatal",
        "ASAP",
        "TBC",
        "Makaton",
        "supervised consumption",
        "Childsmile",
        "Developing the Young Workforce",
        "housing register",
        "A&E",
        "111 option 2",
        "DSP",
        "Flying Start",
        "UHB",
        "tenancy support",
        "leaving care PA",
        "Guidance teacher",
    ],
)
def it_explains_jargon_that_recurs_across_plans(term: str) -> None:
    """Made plain, or kept and explained: never left in with nothing said."""
    text = f"Sarah will arrange the {term} this week."
    said = glossary().plain(text)
    assert said != text or glossary().terms_in(said)


@pytest.mark.parametrize(
    "factor",
    [
        "Risk factor: Parental substance misuse - Anna and Tomasz drink most days.",
        "Worry: drinking - Anna and Tomasz drink most days.",
        "Concern - Anna and Tomasz drink most days.",
    ],
)
def it_never_says_a_heading_as_the_worry(factor: str) -> None:
    said = worry_for_parents(glossary().plain(factor), "", family())
    assert not said.lower().startswith("we are worried about worry")
    assert "risk factor" not in said.lower() and "concern -" not in said.lower()
    assert "drink most days" in said


def it_leaves_a_harm_heading_out_too() -> None:
    said = worry_for_parents("Anna drinks.", "Risk to child: Kacper may be left alone.", family())
    assert "Risk to child:" not in said


ASK = "You can ask Sian, your lead worker, what this means and when it would happen."


@pytest.mark.parametrize(
    ("written", "said"),
    [
        # a worker's note with no condition: what happens next, as a sentence
        (
            "Escalate to legal gateway meeting.",
            "If things do not change, the workers will take the worries to the meeting with "
            "the council's lawyers.",
        ),
        (
            "Legal planning meeting / referral to the Children's Reporter.",
            "If things do not change, the next step is: meeting with the council's lawyers or referral",
        ),
    ],
)
def it_says_a_back_up_note_as_what_happens_next(written: str, said: str) -> None:
    from plangen.family.back_up import back_up_said

    out = back_up_said(glossary().plain(written), ASK)
    assert out.startswith(said)
    assert out.endswith(ASK)
    assert "Raise to" not in out and "raise to" not in out


@pytest.mark.parametrize(
    ("written", "vague"),
    [
        ("If the hoist is not fitted, the family will be supported.", True),
        ("If things do not improve we will consider a referral to social work.", True),
        ("If Dad drinks, police will be called and Kacper will stay with Nan the same day.", False),
        (
            "If late returns have not stopped by 30.09.24, the core group will meet in 5 days.",
            False,
        ),
    ],
)
def it_says_whom_to_ask_where_a_back_up_plan_says_nobody_and_no_time(
    written: str, vague: bool
) -> None:
    from plangen.family.back_up import back_up_said

    out = back_up_said(glossary().plain(written), ASK)
    assert out.endswith(ASK) is vague
    assert out.startswith(glossary().plain(written).rstrip())


def it_leaves_a_heading_out_after_a_sentence_too() -> None:
    factor = "Anna drinks most days. Risk to child: Kacper is at risk of harm at night."
    said = worry_for_parents(factor, "", family())
    assert "Risk to child" not in said
    assert "Kacper is at risk of harm at night." in said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Jordan to complete the programme", "Jordan will complete the programme"),
        ("Leanne and Craig to engage with the service", "Leanne and Craig will engage"),
        ("Home conditions to improve", "Home conditions will improve"),
        ("Marcus to be referred to the clinic", "Marcus will be referred to the clinic"),
        # a whole sentence, or "to" that is no note's, is left as written
        ("Ellie goes back to one club she enjoys", "Ellie goes back to one club she enjoys"),
        ("Kacper is home by 9pm", "Kacper is home by 9pm"),
    ],
)
def it_says_a_change_written_as_a_note_as_a_sentence(written: str, said: str) -> None:
    from plangen.family.back_up import change_said
    from plangen.family.verbs import verbs

    assert change_said(written, verbs()).startswith(said)


def it_leaves_a_back_up_plan_that_is_a_sentence_as_it_is() -> None:
    from plangen.family.back_up import back_up_said

    said = "Kai will go to Nan's that day and the social worker will hold a meeting in 24 hours."
    assert back_up_said(said, ASK) == said
