"""A long sentence split where it joins two whole clauses, so each reads on its own:
"Mum will stop drinking, but Dad still drinks every day" -> "Mum will stop drinking.
But Dad still drinks every day"; "... at home because Leo is scared" -> "... at home.
This is because Leo is scared".

Only at a joint between two clauses each with its own subject and verb, outside
brackets and quotations, and never inside a condition ("If X, A happens and B
happens" keeps B under its "if").  Both parts keep every word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

LONG = 15  # words: a shorter sentence reads well as it is
SHORTEST = 5  # words each part keeps
_CONDITION = re.compile(r"^\W*(?:If|When|Unless|Until|Once|Where|While|Whenever|As soon as)\b")
# a joint, and what the second part starts with as a sentence of its own
_JOINTS = (
    (re.compile(r",\s+but\s+(?=\S)"), "But "),
    (re.compile(r",?\s+so that\s+(?=\S)"), "This is so that "),
    (re.compile(r",?\s+because\s+(?!of\b)(?=\S)"), "This is because "),
    (re.compile(r",\s+and\s+(?=\S)"), ""),
    # ", which puts Leo at risk" -> ". This puts Leo at risk": only where a verb follows
    (
        re.compile(
            r",\s+which\s+(?=(?:is|are|was|were|has|had|can|could|will|would|may|might|"
            r"[a-z]+[^s'’\s]s)\b)"
        ),
        "This ",
    ),
    (re.compile(r",\s+so\s+(?!that\b)(?=\S)"), "So "),
    (re.compile(r"\s[-–]\s(?=\S)"), ""),
)
# a word that makes what follows a condition or a reason: a joint after it is inside it
_SUBORDINATE = re.compile(
    r"\b(?:when|whenever|if|unless|until|once|while|whether|provided|as long as)\b", re.I
)
# a subject that starts a clause of its own: a pronoun, a determiner's noun, a name
_SUBJECT = re.compile(
    r"(?:I|he|she|they|we|you|it|there|this|[Mm]um|[Dd]ad|[Nn]an|(?:the|his|her|their|my|"
    r"your|our)\s+[\w'’-]+(?:\s+[\w'’-]+)?|[A-Z][\w'’-]+(?:\s+and\s+[A-Z][\w'’-]+)?)\s"
)


def at_joints(sentence: str, is_clause: Callable[[str], bool]) -> str:
    """``sentence`` split at the first joint between two whole clauses, again and
    again while a part is long."""
    words = sentence.split()
    if len(words) <= LONG or _CONDITION.match(sentence):
        return sentence
    for joint, opening in _JOINTS:
        for match in joint.finditer(sentence):
            before, after = sentence[: match.start()], sentence[match.end() :]
            if not _outside(before) or len(before.split()) < SHORTEST:
                continue
            if _SUBORDINATE.search(before):  # "... can close when A, and B": B is a condition
                continue
            if len(after.split()) < SHORTEST or not is_clause(before):
                continue
            if not opening and not (_SUBJECT.match(after) and is_clause(after)):
                continue  # ", and" before a list's last item, or a verb that shares a subject
            if opening in ("But ", "So ") and not is_clause(after):
                continue
            first = before.rstrip(" ,;:") + "."
            second = opening + after if opening else after[:1].upper() + after[1:]
            return f"{first} {at_joints(second, is_clause)}"
    return sentence


def _outside(before: str) -> bool:
    """Whether a point is outside brackets and quotations."""
    return (
        before.count("(") == before.count(")")
        and before.count("“") == before.count("”")
        and before.count('"') % 2 == 0
    )


# "Dean will complete the course and no contact with Kirsty, no texts and no visits": a
# list of what must not happen joined to what someone will do; each item starts "no"
_NO_LIST = re.compile(
    r"^(?P<head>.*\b(?:will|must|should|agrees? to)\b.*?),?\s+and\s+"
    r"(?P<list>no\s+[^.;:()\"“]+?(?:(?:,\s*|\s+and\s+|,\s+and\s+)no\s+[^.;:()\"“]+?)*)"
    r"(?P<end>[.!]?)$"
)


def no_list(sentence: str) -> str:
    """What someone will do, then the list of what must not happen, as two sentences:
    "Dean will complete a DAPP and no contact with Kirsty, no texts and no visits." ->
    "Dean will complete a DAPP. There will be no contact with Kirsty, no texts and no
    visits."  Never under a condition ("If Dean calls and no one answers, ...")."""
    match = _NO_LIST.match(sentence)
    if match is None or _CONDITION.match(sentence) or not _outside(match["head"]):
        return sentence
    return f"{match['head']}. There will be {match['list']}{match['end'] or '.'}"
