"""The parent who reads the family version is "you", never named to herself: "Lisa will
take her medicine" -> "You will take your medicine" in Lisa's own copy, or in a plan
whose only parent or carer in the core group is Lisa.

A sentence is turned only where the reader is certainly meant: by her name (never by
a "she" or "her", which may be the child's or anyone's; a sentence with one keeps her
name), with no title before it, a verb after it where it is the subject, and verbs
that agree after the turn.  Otherwise it keeps the reader's name, whole: never half
turned.  Reported words (what the child or the family said) are never turned.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from plangen.family.pronouns import HE, SHE
from plangen.family.verbs import ADVERBS, agree, first_person

if TYPE_CHECKING:
    from plangen.family.voice import Household, Relative

_FORMS = {SHE: r"she|her|hers|herself", HE: r"he|him|his|himself"}
_MINE = re.compile(r"\b(?:I|me|my|myself|mine)\b")
_YOURS = (
    (r"\bI am\b", "you are"),
    (r"\bI (?=(?:also |always |never |still |now |not )*)was\b", "you were"),
    (r"\bI wasn't\b", "you weren't"),
    (r"(?<![\d] )\bam\b", "are"),
    (r"\bI\b", "you"),
    (r"\bmy\b", "your"),
    (r"\bmyself\b", "yourself"),
    (r"\bmine\b", "yours"),
    (r"\bme\b", "you"),
)


# what may follow the reader's name for it to be turned: a verb, "to", "and", a
# possessive, a stop; or the name is an object ("text Lisa", "with Lisa")
_VERB_NEXT = re.compile(
    r"['’]s\b|\s*(?:$|[.,;:!?()\-–])|\s+(?:and|or|to|will|would|can|could|may|might|must|"
    r"should|is|was|has|had|does|did|also|always|never|still|now|not|[a-z]+(?:s|ed))\b"
)


_TITLES = r"Auntie|Aunty|Aunt|Uncle|Nan|Nana|Nanna|Nanny|Grandad|Grandma|Mr|Mrs|Ms|Miss|Dr"
# a verb of the third person left after "you" in its clause: the turn did not agree
_STILL_THIRD = re.compile(
    r"\b[Yy]ou\b(?:\s*\([^)]*\))?\s+(?:is|was|has|does|isn't|wasn't|hasn't|doesn't)\b|"
    r"\b[Yy]ou\b[^.;:!?]*?\b(?:and|or)\s+(?:also\s+|still\s+|never\s+)?"
    r"(?:is|was|has|does|doesn't|isn't)\b"
)


def the_reader(who: Household, recipient: str | None) -> Relative | None:
    """Who "you" is in the family version: the family member whose own copy it is, or
    the only parent or carer in the core group."""
    if recipient:
        return next((r for r in who.relatives if recipient in (r.name, r.first)), None)
    carers = [r for r in who.relatives if r.called in ("Mum", "Dad", "")]
    return carers[0] if len(carers) == 1 and len(who.relatives) == 1 else None


def to_reader(text: str, who: Household, reader: Relative) -> str:
    """``text`` (quotations already set aside) with the reader as "you"; as it is where
    a pronoun could be someone else's."""
    name = rf"(?:{re.escape(reader.name)}|{re.escape(reader.first)})"
    if not re.search(rf"\b{name}\b", text) or _MINE.search(text):
        return text
    # "Auntie Lorraine", "Mrs Owusu": a name with a title is how others call her
    if re.search(rf"\b(?:{_TITLES})\s+{name}\b", text):
        return text
    # a note with no verb after the name ("Lisa stable for 11 weeks") is left as written
    for found in re.finditer(rf"(?:^|(?<=[.;:!?]\s)|(?<=\s[-–]\s)){name}\b", text):
        if not _VERB_NEXT.match(text, found.end()):
            return text
    # a pronoun is never turned: "her" may be the child's, a sister's, a grandmother's
    if re.search(rf"\b(?:{_FORMS[HE]}|{_FORMS[SHE]})\b", text, re.I):
        return text
    said = re.sub(rf"\b{name}['’]s\b", "my", text)
    said = re.sub(rf"\b{name}\b", "I", said)
    said = _agreed(said)
    for pattern, yours in _YOURS:
        said = re.sub(pattern, yours, said)
    # "You and Lee said they love Harley": "they" is now "you" and Lee: left whole
    if re.search(r"\b(?:you and|and you)\b", said, re.I) and re.search(
        r"\b(?:they|them|their|themselves)\b", said, re.I
    ):
        return text
    if _STILL_THIRD.search(said):  # "you (Mum) is", "you stay ... and does not ask"
        return text
    return re.sub(r"(^|[.!?]\s+)(you|your)\b", lambda m: m.group(1) + m.group(2).capitalize(), said)


def _agreed(text: str) -> str:
    """Verbs agreeing with "I": every verb of the clause where "I" opens its sentence
    ("I am on tablets, struggle to get up and have talked ..."); elsewhere only the verb
    right after "I" ("Skye knows who to call if I become unwell, and never has to ...":
    the verbs after "and" are Skye's)."""
    parts = _CLAUSE_START.split(text)  # clauses, and the stops between them
    return "".join(
        part
        if n % 2
        else agree(part)
        if re.match(r"\W*I\b", part)
        else _RIGHT_AFTER.sub(lambda m: m.group(1) + first_person(m.group(2)), part)
        for n, part in enumerate(parts)
    )


_RIGHT_AFTER = re.compile(rf"(\bI\s+{ADVERBS})([a-z']+)")
# where a clause starts: after a sentence's stop, a semicolon, a colon or a dash
_CLAUSE_START = re.compile(r"((?<=[.;:!?])\s+|\s[-–]\s)")
