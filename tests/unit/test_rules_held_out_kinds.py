"""Kinds of text behind misses and false alarms a held-out chair found (issue 14, round
5): a level "held" as a sustain expression, the child's voice of a baby and of a child
who cannot give views in words, a need (not a risk) on a Child's Plan, and a service
given as the whole change for the child."""

from __future__ import annotations

import pytest

from plangen.rules.reading import Reader
from plangen.rules.text import word_lists


def _reader(child: str = "Leo") -> Reader:
    return Reader(word_lists(), [child])


@pytest.mark.parametrize(
    ("text", "sustained"),
    [
        ("Leo's attendance holds at 95% or above.", True),
        ("Leo's attendance is held at 90% or more at each review.", True),
        ("Leo's weight holds steady on the 25th centile.", True),
        # holding something is no level held
        ("Leo holds on to his place at football club.", False),
        ("Mum holds a tenancy and Leo has his own bed.", False),
    ],
)
def it_reads_a_level_held_as_sustained(text: str, sustained: bool) -> None:
    assert bool(_reader().sustained(text)) is sustained
