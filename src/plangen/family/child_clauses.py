"""An action the child's version cannot say as "<who> will arrange <a thing>", because it
is no thing: a clause with its own subject, or a worker's note that starts with a verb
the verb list does not hold.

A held-out reader (stop 32) found "Mum and Dad will arrange an I see Dad only at Mum's
house" (the plan: "Mia sees her dad only at mum's house") and "Amira will arrange a chase
the NRM decision for me" (the plan: "Chase the NRM decision").  A clause is said as what
the doers make sure of ("Mum and Dad will make sure I see Dad only at Mum's house"); a
verb then "the" is what they will do ("Amira will chase the NRM decision").
"""

from __future__ import annotations

import re

from plangen.family.household import Household

# a word then a determiner can only be a verb and its object: "Chase the NRM decision"
_VERB_THEN_OBJECT = re.compile(
    r"([A-Z][a-z]{2,}) (?=(?:the|a|an|his|her|their|my|your|any|all|every|each)\b)"
)


def clause_or_verb(text: str, actors: str, who: Household) -> str:
    """``text`` (an action, before the child's voice) as "<actors> will ..."; "" where it
    is neither a clause of the child's nor a verb and its object."""
    child = "|".join(re.escape(n) for n in who.child_names)
    if child and re.match(rf"(?:{child}) (?:[a-z]+ )?[a-z]{{2,}}(?<!s)s\b", text):
        return f"{actors} will make sure {text}"  # "Mia sees her dad only at ..."
    if verb := _VERB_THEN_OBJECT.match(text):
        return f"{actors} will {verb.group(1).lower()} {text[verb.end() :]}"
    return ""


# "Report Mia missing if she is not home": after the child's name, with no one else named
# between, "if she" is the child's (the action's doer, Mum, is not in the worker's note);
# said with the name, it is turned with it ("Mum will report me missing if I am not
# home"), never "Mum will report me missing if she is not home" (plan 171's reader)
_JOINER = r"(?:if|when|unless|until|once|before|after|whether|so that)"


def pronoun_named(text: str, who: Household) -> str:
    """``text`` (an action, before its doer is put in front) with the child's pronoun
    after "if" (or "when" ...) said as the child's name, where the child is the only
    person the action names before it."""
    names = "|".join(re.escape(n) for n in who.child_names)
    if who.pronoun is None or not names:
        return text
    named = re.search(rf"\b(?:{names})\b(?!['’])", text)
    if named is None:
        return text
    rest = text[named.end() :]
    joined = re.search(rf"\b({_JOINER}) {who.pronoun}\b", rest)
    if joined is None or re.search(r"\b[A-Z][a-z]", rest[: joined.start()]):
        return text  # someone else named first: the pronoun may be theirs
    if re.search(r"\b(?:or|and) [a-z]+(?<!s)s\b", rest[joined.end() :]):
        return text  # "if she seems tired or mentions ...": a second verb, not turned
    said = f"{joined.group(1)} {who.child}"
    return f"{text[: named.end()]}{rest[: joined.start()]}{said}{rest[joined.end() :]}"
