"""An outcome that names who cares for the child and what they do, in a "who" clause
("Ava lives with Jo, who takes her to school every day and makes sure she has
breakfast"): the verbs after "who" are the carer's, and the "her" and "she" they take
are the child, so the whole outcome can be said in the child's voice ("I live with
Auntie Jo, who takes me to school every day and makes sure I have breakfast"), never
left in the third person (the reader32 chair)."""

from __future__ import annotations

import re

from plangen.family.pronouns import in_first_person
from plangen.family.verbs import agree
from plangen.family.voice import Household, for_child

_FEMALE = ("she", "her")
_MALE = ("he", "him", "his")


def cared_for_by(text: str, who: Household) -> str | None:
    """``text`` in the child's voice where it is "<child> <verb> ... <carer>, who
    <carer's verbs> <her/she: the child> ..."; ``None`` for anything else, or where
    the "who" clause names someone else the pronoun could be."""
    if who.pronoun not in ("he", "she") or not who.child_names:
        return None
    names = "|".join(map(re.escape, who.child_names))
    found = re.match(rf"^(?P<head>(?:{names}) [a-z]+s\b[^,;:]*?), who (?P<rest>[^;:]+)$", text)
    if not found or "." in found["rest"].rstrip(". "):
        return None
    rest = found["rest"].rstrip(". ")
    # the clause names another person who could be "her": it may be theirs
    if re.search(r"\b[A-Z][a-z]+\b", rest):
        return None
    other = _MALE if who.pronoun == "she" else _FEMALE
    if re.search(rf"\b(?:{'|'.join(other)})\b", rest, re.I):
        return None
    head = for_child(found["head"], who)
    if head is None or not head.startswith("I "):
        return None
    return f"{head}, who {agree(in_first_person(rest, who.pronoun))}."
