"""Glossary gaps an earlier reading of refuge and kinship plans found (issue 13)."""

from __future__ import annotations

import pytest

from plangen.family.plain import glossary


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Jade DNA'd 3 appointments.", "Jade did not come to 3 appointments."),
        ("There were 4 DNAs.", "There were 4 missed appointments."),
        ("He was found at a trap house.", "He was found at a house where drugs are sold."),
        ("School will keep an ABC chart.", "School will keep a behaviour diary."),
        ("The FSW will visit.", "The family support worker will visit."),
        ("A CAO was made.", "A court order about who the child lives with was made."),
        ("Use PBS at home.", "Use positive behaviour support at home."),
    ],
)
def it_says_the_jargon_the_earlier_reading_found_in_plain_words(written: str, plain: str) -> None:
    assert glossary().plain(written) == plain


@pytest.mark.parametrize("term", ["s.2 MHA", "s.3 MHA"])
def it_explains_a_section_of_the_mental_health_act(term: str) -> None:
    assert [t.term for t in glossary().terms_in(f"Mum was detained under {term}.")] == [term]
