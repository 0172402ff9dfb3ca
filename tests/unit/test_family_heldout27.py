"""Family and child's wording on held-out plans 113-122 (stop 27), which the language
checker found after the wording round: a noun phrase glued after "because", a detail
with no verb printed as a sentence, a team named after a glossary term swapped inside
its name, and a reported quote turned to "I" that no longer agrees."""

from __future__ import annotations

import pytest

from plangen.family.plain import glossary
from plangen.family.sentences import is_clause
from plangen.family.voice import for_child
from plangen.family.worries import worry_for_parents

from .test_family_voice import family


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Tomasz's cannabis use", False),  # "cannabis" is no plural subject
        ("Kacper's emotional needs and the long-term home of his placement", False),
        ("Kacper's basic needs", False),
        ("Kacper needs to know where he will grow up", True),
        ("Mum's partner uses drugs", True),
        ("Parents use cannabis", True),
    ],
)
def it_tells_a_noun_phrase_from_a_clause(text: str, clause: bool) -> None:
    assert is_clause(text) is clause


def it_is_worried_about_a_noun_phrase_not_because_of_it() -> None:
    said = worry_for_parents("Kacper's emotional needs and his placement", "", family())
    assert said.startswith("We are worried about Kacper's emotional needs")


def it_keeps_a_short_note_with_its_label() -> None:
    said = worry_for_parents("Cannabis use - daily, sometimes ketamine", "", family())
    assert said == "We are worried about cannabis use (daily, sometimes ketamine)."


def it_keeps_the_name_of_a_team_named_after_a_term() -> None:
    words = glossary()
    swapped = words.plain("The exploitation hub agree the risk has reduced.")
    assert "being used by others hub" not in swapped
    assert "exploitation hub" in swapped
    assert "being used by others" in words.plain("He is at risk of exploitation.")


def it_leaves_a_reported_quote_in_the_workers_words() -> None:
    who = family()
    assert for_child("Kacper says he 'only smokes at weekends now'.", who) is None
    assert for_child("Kacper says he feels safe.", who) is not None


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("By next core group", "By the next group that checks the plan"),
        ("At next review", "At the next review"),
        ("by next week", "by next week"),  # not a meeting
    ],
)
def it_says_the_next_meeting_with_the(written: str, plain: str) -> None:
    assert glossary().plain(written) == plain
