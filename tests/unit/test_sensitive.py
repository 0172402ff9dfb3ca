"""Sentences a withheld reader must not get, marker or none (reader 30):
:mod:`plangen.privacy.sensitive` through :func:`plangen.privacy.sentences.tidied`."""

from __future__ import annotations

import pytest

from plangen.privacy.locating import HELD_BACK
from plangen.privacy.sentences import tidied, whose

# Rob is kept from where Finn (the child) is; Jess is Finn's mother
SAID = whose(["Rob Kerr"], ["Finn Kerr"], ["Finn Kerr"], ["Jess Kerr", "Rob Kerr", "Finn Kerr"])
JESS = whose(
    ["Rob Kerr"], ["Finn Kerr"], ["Finn Kerr"], ["Jess Kerr", "Rob Kerr", "Finn Kerr"], "Jess Kerr"
)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # sexuality, whoever the sentence is about
        (
            "Low mood. Finn is gay; not out to anyone except his best friend. Mum knows.",
            "Low mood.",
        ),
        # who meets or drives the protected child
        ("Jess to meet Finn on Sundays, without telling Rob where he is.", HELD_BACK),
        ("Jess will drive Finn to and from school rather than him walking.", HELD_BACK),
        ("Visit Finn at the flat, seen alone.", HELD_BACK),
        # hiding where he is, "without telling"
        ("Jess agreed, without telling Rob where he stays.", HELD_BACK),
        # his safety planning, what he asked, a quotation and the rest of it
        ("School is fine. Safety planning with Finn: call 999 if Rob is seen.", "School is fine."),
        (
            "Finn asked for his new number not to be given to his mum. He wants a flat.",
            HELD_BACK,
        ),
        ("Finn: 'I'm not going back. I love my mum but she can't help.'", HELD_BACK),
        # a family member's words about another, in a copy not hers
        ("Jess says Rob is 'the one in charge'. Rob was not there.", "Rob was not there."),
        # where he stays, said of no one
        ("No sightings of family near the flats.", HELD_BACK),
    ],
)
def it_takes_what_he_must_not_get_whole(text: str, left: str) -> None:
    # left out (``whole=None``); a text with nothing left is one marker, said in words
    # later ("Not included in this copy.")
    assert tidied(text, SAID, whole=None) == left


def it_keeps_what_is_not_sensitive() -> None:
    # the child seeing his dad is not someone meeting the protected child
    text = "Finn feels safe and sees his dad only in the way he chooses."
    assert tidied(text, SAID, whole=None) == text
    # her own words stay in her own copy
    hers = "Jess says Rob is 'the one in charge'."
    assert tidied(hers, JESS, whole=None) == hers
    # a bracket naming his sexuality goes, the sentence stays
    harm = "Physical harm, emotional harm (shame re his sexuality), homelessness."
    assert tidied(harm, SAID, whole=None) == "Physical harm, emotional harm, homelessness."


def it_reads_a_list_without_a_held_item() -> None:
    text = f"Confirmed by contact centre records, {HELD_BACK} observations and MAPPA checks."
    # the held item is the whole phrase before "and": the list reads on without it
    phrase = f"Confirmed by contact centre records, {HELD_BACK} and MAPPA checks."
    said = tidied(phrase, SAID, whole=None)
    assert said == "Confirmed by contact centre records and MAPPA checks."
    assert "observations" not in tidied(text, SAID, whole=None)


def it_keeps_the_childs_own_words_but_not_his_sexuality_in_his_version() -> None:
    text = "Finn is gay. Finn wants his own flat."
    assert tidied(text, SAID, whole=None, topics=False) == "Finn wants his own flat."


@pytest.mark.parametrize(
    "text",
    [
        # reader 32, plan 165: a girl's girlfriend, kept from her stepdad
        "School is fine. She has told her mum about her girlfriend Leah but not Rob.",
        "School is fine. Finn is seeing his boyfriend Sam at weekends.",
        "School is fine. Finn is in a same-sex relationship.",
        "School is fine. Finn has a partner of the same sex.",
    ],
)
def it_takes_a_same_sex_relationship_as_sexuality(text: str) -> None:
    # his own sentence too, and in the child's version, as "gay" is
    assert tidied(text, SAID, whole=None) == "School is fine."
    assert tidied(text, SAID, whole=None, topics=False) == "School is fine."


def it_keeps_a_relationship_that_says_nothing_of_sexuality() -> None:
    # a mother's boyfriend, a boy's girlfriend: the plan's risks often name them
    for text in (
        "Jess's boyfriend Dean has a conviction for assault.",
        "Finn and his girlfriend split up.",
    ):
        assert tidied(text, SAID, whole=None, topics=False) == text


def it_takes_a_kind_of_harm_written_as_a_label_for_no_speaker() -> None:
    # reader 32, plan 170: the risk to the child went whole from the formal plan
    harm = "Neglect: Finn was looking after himself and missed 40% of school."
    assert tidied(harm, SAID, whole=None) == harm
    # a speaker still goes
    assert tidied("Finn: I'm not going back there.", SAID, whole=None) == HELD_BACK


def it_keeps_an_outcome_measured_by_what_the_child_says_of_feeling_safe() -> None:
    # reader 32, plan 172: the outcome every reader must be told went whole
    outcome = "Finn lives safely with his mum, and says he feels safe (8/10 or more) at each visit."
    assert tidied(outcome, SAID, whole=None) == outcome
    # what he said still goes
    assert tidied("Finn says he wants to stay.", SAID, whole=None) == HELD_BACK
