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
