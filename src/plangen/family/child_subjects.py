"""Who a sentence of "My plan" is about, when the sentence before it was left out:
its "he", "she" or "they" said as that person, never a pronoun with no one before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # child_text uses this module
    from plangen.family.child_text import Notes

_LEADING_PRONOUN = re.compile(r"^(?:[Hh]e|[Ss]he|[Tt]hey)\b")
# the person a left-out sentence is about: "Dad", "Mum's partner", "Uncle Jay"
_SUBJECT = re.compile(r"^((?:[A-Z][\w'’-]*)(?:['’]s [a-z]+| [A-Z][\w'’-]*)?) (?=[a-z])")


def with_its_subject(sentence: str, dropped: str, notes: Notes) -> str:
    """``sentence`` with its leading "He", "She" or "They" said as who the sentence
    before it (``dropped``, left out) was about: "Dad is friends with Dale ...; he gives
    me vapes" is never "He gives me vapes" with no one before it (reader32 C1).  Empty,
    noted for the worker, where the left-out sentence names no one to stand in."""
    if not _LEADING_PRONOUN.match(sentence):
        return sentence
    subject = _SUBJECT.match(dropped)
    if subject is None or subject.group(1) in {"I", "It", "This", "There", "The"}:
        notes.add(f'Left out of the child\'s version (who it is about was left out): "{sentence}"')
        return ""
    return _LEADING_PRONOUN.sub(subject.group(1), sentence, count=1)
