"""Family versions a worker could send without rewriting (issue 13): one test for each
kind of slip an independent reader found, each built from a sentence of our own, and
the checks in tests/language_family.py that find each kind."""

from __future__ import annotations

from dataclasses import replace

import pytest

from plangen.family.context import family_context
from plangen.family.plain import glossary
from plangen.family.status import status_for_parents
from plangen.family.unclear_draft import UNCLEAR_CHANGE
from plangen.family.voice import Household, for_parents
from plangen.family.worries import worry_for_parents
from plangen.model import CorePerson, Plan, PlanKind

from ..language_family import check_family, jargon_in, unused_in
from .test_family_voice import family


def _copy_for(first: str) -> Household:
    """The family of tests/unit/test_family_voice.py, in one parent's own copy."""
    who = family()
    return replace(who, reader=next(r for r in who.relatives if r.first == first))


# --- 1. glossary swaps that fit where they land ------------------------------------


def it_says_a_term_and_its_abbreviation_in_brackets_once() -> None:
    said = glossary().plain("The next step is pre-proceedings (PLO) if nothing changes.")
    assert said == "The next step is stage before court if nothing changes."


def it_never_swaps_in_words_the_sentence_already_says() -> None:
    # "a home where there is no abuse at home"
    said = glossary().plain("Mia needs a calm home where there is no domestic abuse.")
    assert said == "Mia needs a calm home where there is no domestic abuse."
    assert glossary().plain("Mia saw domestic abuse.") == "Mia saw abuse at home."


def it_keeps_a_term_a_noun_hangs_on() -> None:
    # "being used by others activities", "group that checks the plan feedback"
    assert glossary().plain("Weekly exploitation direct work with Jade.") == (
        "Weekly exploitation activities and talks with Jade."
    )
    assert glossary().plain("Core group feedback to Dad by text.") == (
        "Core group feedback to Dad by text."
    )


def it_joins_a_meeting_to_its_date_with_on() -> None:
    # "Safety meeting for people at high risk of abuse Thursday 24 September"
    said = glossary().plain("Police were called twice. MARAC 12.03.27.")
    assert said == (
        "Police were called twice. Safety meeting for people at high risk of abuse on 12.03.27."
    )


def it_says_disclosed_being_as_told_us_about_being() -> None:
    assert glossary().plain("Jade has disclosed being hit by her boyfriend.") == (
        "Jade has told us about being hit by her boyfriend."
    )


def it_never_turns_parents_inside_a_charitys_name() -> None:
    said = for_parents("Support from Parents Against Child Exploitation for parents.", family())
    assert said == "Support from Parents Against Child Exploitation for you."


# --- 2. worries that are always sentences -------------------------------------------


def it_says_a_harm_that_starts_with_if_as_its_own_sentence() -> None:
    said = worry_for_parents(
        "Mum has bipolar disorder.", "If Mum becomes unwell the baby may not be fed.", family()
    )
    assert "This can mean" not in said
    assert said.endswith("If Mum becomes unwell the baby may not be fed.")


def it_gives_a_harm_of_not_getting_a_subject() -> None:
    said = worry_for_parents("Dad drinks every day.", "Not getting the care they need", family())
    assert said.endswith("This can mean Kacper not getting the care they need.")


def it_tells_a_harm_that_has_happened_as_what_has_happened() -> None:
    # "This can mean that Reece left sixth form" reversed cause and effect
    said = worry_for_parents(
        "Kacper's low mood since the autumn.",
        "Kacper stopped going to football in January and rarely leaves his room.",
        family(),
    )
    assert "This has meant that Kacper stopped going to football" in said


# --- 3. one voice in a parent's own copy --------------------------------------------


def it_says_a_readers_arrest_and_her_ex_partner_to_her() -> None:
    said = for_parents(
        "Tomasz smashed a window (police attended, Tomasz arrested and released). An "
        "ex-partner of Tomasz's has a restraining order.",
        _copy_for("Tomasz"),
    )
    assert said == (
        "You smashed a window (police attended, you were arrested and released). An "
        "ex-partner of yours has a restraining order."
    )


def it_turns_what_the_reader_said_in_her_own_copy() -> None:
    who = _copy_for("Anna")
    assert for_parents('Anna said: "I want him home by tea."', who) == (
        'You said: "I want him home by tea."'
    )
    assert for_parents("Anna says she is going to the GP. Tomasz agrees.", who) == (
        "You say you are going to the GP. Tomasz agrees."
    )
    # the next sentence's "she" could be Anna or her sister: left as written
    text = "Anna says she is tired. Her sister Marta says she helps."
    assert for_parents(text, who) == text


def _plan(present: bool | None) -> Plan:
    return Plan.model_validate(
        {
            "kind": PlanKind.CHILDS_PLAN,
            "child": {"name": "Kacper Nowak", "age": 13},
            "plan_date": "2024-07-01",
            "threshold": "Child in Need",
            "core_group": [
                {"name": "Anna Nowak", "role": "Mother", "present": present},
                {"name": "Olivia Grant", "role": "Social Worker", "lead_professional": True},
            ],
            "risks": [
                {
                    "risk_factor": "Damp flat.",
                    "outcomes": [{"text": "Housing"}, {"text": "Kacper sleeps well."}],
                }
            ],
        }
    )


def it_never_tells_a_parent_that_she_agreed() -> None:
    """Not to one who was not there, nor to one who was (held-out plan 152: a father
    at the meeting who would not accept the plan read "You agreed to it.")."""
    who = _copy_for("Anna")
    for present in (False, True):
        said = status_for_parents(_plan(present), who)
        assert "You agreed to it." not in said
        assert "This means Kacper needs extra help to be safe and well. It was agreed at " in said


# --- 4. meaning kept ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "If Dad breaches the order a referral will be made to the Children's Reporter.",
            "If Dad breaches the order a referral will be made to the Children's Reporter.",
        ),
        ("Referral to the police by the school.", "Referral to the police by the school."),
        ("Referral to the food bank.", "Request for help from the food bank."),
        ("Stepped up to child protection if Mia goes missing.", "Moved up to child protection"),
        ("Mum must not have unsupervised contact with him.", "unsupervised contact with him"),
        ("Dad has supervised contact with Mia.", "supervised family time with Mia"),
    ],
)
def it_keeps_formal_steps_and_adult_contact_as_the_plan_says(written: str, said: str) -> None:
    assert said in glossary().plain(written)


# --- 5. a change of one word ----------------------------------------------------------


def it_shows_a_one_word_change_with_a_lead_in_and_tells_the_worker() -> None:
    context = family_context(_plan(True), glossary())
    # the label stays as the worker wrote it; what the plan does not say yet goes to the
    # worker's draft, never to the family (reader 29: vague plan content passed on
    # without comment; reader 32: a worker puts the plan right, and does not tell the
    # family it is defective)
    assert context["changes"][0]["text"] == "Change 1 is about: Housing."
    assert context["changes"][1]["text"] == "Change 2: Kacper sleeps well."
    assert any('"Housing"' in note for note in context["notes"])
    assert any(
        note.startswith(UNCLEAR_CHANGE) and '"Change 1 is about: Housing."' in note
        for note in context["notes"]
    )


# --- 6. jargon explained, and only what is used --------------------------------------


@pytest.mark.parametrize(
    "term", ["CGL", "centile", "ASQ-3", "trap house", "EDT", "PIP", "dosette", "PECS", "MMR"]
)
def it_explains_practice_words(term: str) -> None:
    text = f"Notes: {term} here."
    assert term in [t.term for t in glossary().terms_in(glossary().plain(text))]


def it_does_not_explain_a_word_only_said_inside_a_name() -> None:
    plan = _plan(True).model_copy(
        update={
            "core_group": [
                CorePerson(name="Anna Nowak", role="Mother", present=True),
                CorePerson(
                    name="Olivia Grant",
                    role="Specialist Safeguarding Nurse",
                    agency="Assessment and Intervention Team",
                    lead_professional=True,
                ),
            ]
        }
    )
    words = [w["term"] for w in family_context(plan, glossary())["words_we_use"]]
    assert "safeguarding" not in words and "intervention" not in words


# --- the checker finds each kind ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "check"),
    [
        ("They will look at stage before court (formal stage before court).", "echo"),
        ("Weekly being used by others activities with Jade.", "swap-fit"),
        ("Safety meeting for people at high risk of abuse Thursday 3 June.", "swap-fit"),
        ("Jade has said being hit.", "swap-fit"),
        ("you agree Mia should stay with Nan.", "capital"),
        ("Help from you Against Child Exploitation.", "voice"),
        ("Abuse with an ex-partner of your.", "voice"),
        ("Police came, you arrested and bailed.", "voice"),
        ("You: Shane will go to the course.", "voice"),
        ('Anna said: "I am tired."', "own-name"),
        ("We are worried because your low mood and drinking.", "worry"),
        ("This can mean that If Mum is unwell the baby is not fed.", "worry"),
        ("This can mean not getting the care they need.", "worry"),
        ("This can mean that Mia left school in May.", "worry"),
        ("The plan will be moved up to child safety.", "softened"),
        ("A request for help will be made to the Children's Reporter.", "softened"),
        ("Change 4: Money.", "fragment"),
    ],
)
def it_checks_each_kind(sentence: str, check: str) -> None:
    found = [kind for kind, _ in check_family(sentence, reader="Anna", others={"Tomasz"})]
    assert check in found


@pytest.mark.parametrize(
    "sentence",
    [
        "We are worried because Mia scored low on her reading test.",
        "This can mean that Mia needs more help.",
        "This can mean no space to play.",
        "Change 2: Mia goes to school every day.",
        "Children's mental health service assessment by May.",
        "This copy is for Anna Nowak.",
    ],
)
def it_passes_sentences_that_read_well(sentence: str) -> None:
    assert list(check_family(sentence, reader="Anna", others={"Tomasz"})) == []


def it_checks_jargon_is_explained_and_explanations_are_used() -> None:
    body = "Dad goes to CGL. Specialist Safeguarding Midwife | Health visitor"
    assert list(jargon_in(body, set())) == ["CGL"]
    assert list(jargon_in(body, {"cgl"})) == []
    assert sorted(unused_in(body, {"safeguarding", "health visitor"})) == ["safeguarding"]


def it_says_about_before_a_noun_phrase_whatever_the_next_sentence_says() -> None:
    # "We are worried because your depression and drinking." had no verb: the verb was
    # the next sentence's
    said = worry_for_parents(
        "Dad's gambling and debts. Tomasz has lost his job.", "", family(texts=("x",))
    )
    assert said.startswith("We are worried about Dad's gambling and debts.")


def it_keeps_a_term_before_a_kept_term_it_modifies() -> None:
    assert glossary().plain("Start a Child in Need assessment.") == (
        "Start a Child in Need assessment."
    )


def it_turns_the_reader_before_an_irregular_verb() -> None:
    said = for_parents("Tomasz was at work; Anna said he agrees.", _copy_for("Anna"))
    assert said == "Tomasz was at work; you said he agrees."


def it_keeps_a_term_an_object_pronoun_follows() -> None:
    # "tell the group that checks the plan her triggers"
    assert glossary().plain("Jo can tell the core group her triggers.") == (
        "Jo can tell the core group her triggers."
    )
