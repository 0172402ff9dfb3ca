"""One voice in one item of the child's version: where a sentence is kept in the worker's
words and still says the child as "he" or "she", a sentence before or after it turned to
"I" makes the child two people ("If I go missing I will be reported ... What if he goes
missing twice in a month?", a held-out reader, stop 32, plan 169).  Then the whole item
stays in the worker's words (issue 13: never half-converted); the draft says so."""

from __future__ import annotations

import re

from plangen.family.household import Household

_FORMS = {"he": r"he|him|his|himself", "she": r"she|her|hers|herself"}


def split_voice(kept: list[str], turned: list[str | None], who: Household) -> bool:
    """Whether a sentence kept whole says the child by pronoun while another is in the
    child's "I"."""
    if who.pronoun not in _FORMS or None not in turned:
        return False
    pronoun = re.compile(rf"\b(?:{_FORMS[who.pronoun]})\b", re.I)
    left = any(
        mine is None and _nobody_before(said, pronoun)
        for said, mine in zip(kept, turned, strict=True)
    )
    mine = any(m is not None and re.search(r"\b(?:I|me|my)\b", m) for m in turned)
    return left and mine


def _nobody_before(sentence: str, pronoun: re.Pattern[str]) -> bool:
    """Whether the sentence's first "he" or "she" has nobody named before it in the
    sentence, so it can only be the child ("If he goes missing twice ..."); "If Mum stops
    her medicine" is Mum's, and the item is not split."""
    found = pronoun.search(sentence)
    if found is None:
        return False
    before = sentence[: found.start()].split()[1:]  # the first word has its capital anyway
    return not any(word[:1].isupper() for word in before)
