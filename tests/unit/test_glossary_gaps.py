"""Glossary gaps an earlier reading of refuge and kinship plans found (issue 13): each
term is explained in "Words we use", and kept as written where a swap would not fit
every sentence it is used in ("has DNA'd" would read "has did not come to")."""

from __future__ import annotations

import pytest

from plangen.family.plain import glossary


@pytest.mark.parametrize(
    ("written", "term"),
    [
        ("Jade DNA'd 3 appointments.", "DNA'd"),
        ("There were 4 DNAs.", "DNAs"),
        ("He was found at a trap house.", "trap house"),
        ("School will keep an ABC chart.", "ABC chart"),
        ("A CAO was made.", "CAO"),
        ("Use PBS at home.", "PBS"),
        ("Mum was detained under s.2 MHA.", "MHA"),
        ("Mum was detained under s.3 MHA.", "MHA"),
    ],
)
def it_explains_the_jargon_the_earlier_reading_found(written: str, term: str) -> None:
    assert term in [t.term for t in glossary().terms_in(written)]
    assert glossary().plain(written).count(term) == written.count(term)  # kept whole


def it_says_a_family_support_worker_in_plain_words() -> None:
    assert glossary().plain("The FSW will visit.") == "The family support worker will visit."
