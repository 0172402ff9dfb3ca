"""How long a change must hold, read from what a time expression is attached to
(PLAN-15).

A time expression alone does not say whether the change is held.  "In the next 6
months" after something that must not happen ("no missing episodes in the next 6
months") is six months with none of it; after a state ("settled in 6 months") it is a
deadline.  "Until the review" holds a level ("above 95% until the review") but only
ends a service ("attends the group until the summer").  A level set for each period up
to an end ("at least 95% each month until the review") is held each period until then;
with no end it is a rate ("95% of sessions each week"), and a frequency ("goes to Nan's
every week") or a checking frequency ("checked each month", set aside before this is
read) holds nothing.
"""

from __future__ import annotations

import re

from plangen.rules.text import WordLists

_SENTENCES = re.compile(r"(?<=[.!?])\s+")
# the clause a span or a period belongs to starts after a comma, a colon, a dash or a
# joining word: in "Mum does not drink and completes detox in 12 weeks" the 12 weeks are
# the detox's deadline
_CLAUSE = re.compile(r"[,;:(]|\s[-–—]\s|\b(?:and|but|then|so that)\b", re.I)


def held_over(words: WordLists, text: str) -> re.Match[str] | None:
    """The span or the recurring period the change in ``text`` is held over, or None.

    - a span after an absence in its own clause (``sustained.absent_over``);
    - an end after an absence, a level or a state held ("remains safe") in its sentence
      (``sustained.held_until``, ``sustained.state_held``);
    - a period a level is set for, in its own clause, up to an end
      (``sustained.each_period``): "90% of sessions each half term, by July 2027";
    - a school period named after a level or an absence (:func:`held_over_a_term`).
    """
    for sentence in _SENTENCES.split(text):
        for span in _every(words["sustained.absent_over"], sentence):
            if words.find("sustained.absence", _clause_before(sentence, span)):
                return span
        for end in _every(words["sustained.held_until"], sentence):
            before = sentence[: end.start()]
            if any(
                words.find(key, before)
                for key in ("sustained.absence", "sustained.level", "sustained.state_held")
            ):
                return end
        for period in _every(words["sustained.each_period"], sentence):
            after = sentence[period.end() :]
            ends = words.find("measure.deadline", after) or words.find(
                "sustained.held_until", after
            )
            if ends and words.find("sustained.level", _clause_before(sentence, period)):
                return period
        if term := held_over_a_term(words, sentence):
            return term
    return None


def held_over_a_term(words: WordLists, sentence: str) -> re.Match[str] | None:
    """A school period named after a level or an absence in its own clause, the change
    held over it (``sustained.named_term``): "at least 85% of sessions | in his first
    term", "no exclusions | during the spring term"; not after a state ("settles in
    class in the autumn term"), which it only dates."""
    for term in _every(words["sustained.named_term"], sentence):
        before = _clause_before(sentence, term)
        if words.find("sustained.absence", before) or words.find("sustained.level", before):
            return term
    return None


def _every(patterns: tuple[re.Pattern[str], ...], text: str) -> list[re.Match[str]]:
    return [found for pattern in patterns for found in pattern.finditer(text)]


def _clause_before(sentence: str, found: re.Match[str]) -> str:
    """The words of ``found``'s clause before it: "no absences for caring" in
    "Fatima is not kept off school - no absences for caring in 12 weeks"."""
    return _CLAUSE.split(sentence[: found.start()])[-1]
