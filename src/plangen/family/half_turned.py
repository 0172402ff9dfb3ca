"""A sentence turned into the child's "I" that is only half turned: a verb of the third
person left in a clause of mine ("I am frightened at home, wets the bed"), which cannot
be turned safely (the worker's words stay whole), or "them" for a group that is now
"my sister and I" ("... are left without an adult to care for them"), which is "us"."""

from __future__ import annotations

import re


def half_turned(text: str) -> bool:
    """Whether a clause of mine still holds a verb of the third person that
    :func:`~plangen.family.verbs.agree` did not turn, as its word list does not hold it:
    "I am frightened at home, wets the bed" (a verb, as what it acts on follows it).
    Such a sentence cannot be turned safely: the caller keeps the worker's words."""
    for clause in _CLAUSES.split(text):
        mine = _I_OPENS.search(clause)
        if not mine:
            continue
        for listed in _LISTED_THIRD.finditer(clause, mine.end()):
            between = clause[mine.end() : listed.start()]
            if not _OTHER_SUBJECT.search(between):
                return True
    return False


_CLAUSES = re.compile(r"[;!?]|(?<!\d)[.:]|[.:](?!\d)")
_I_OPENS = re.compile(r"\bI\b")
# a word in "-s" joined to a list of my verbs, and what it acts on after it
_LISTED_THIRD = re.compile(
    # after a comma only: "toothache and headaches in class" are things, not verbs
    r",\s+(?:and\s+|or\s+)?(?:also\s+|often\s+|still\s+|sometimes\s+)?"
    r"[a-z]{2,}[^\Ws]s\b(?=\s+(?:the|a|an|my|me|to|by|at|in|on|up|out|with|from|into|off|"
    r"back|home|school|every|each|all|her|his|him|them|it|late|early|well)\b)"
)
# another subject takes over the list: "I am happy, and Mum says ..."
_OTHER_SUBJECT = re.compile(
    r"\b(?:he|she|they|it|we|you|who|which|that|there)\b|\b(?!I\b)[A-Z][\w'’-]*\b"
)


def we_not_them(text: str) -> str:
    """ "My sister and I are left without a sober adult to care for them" -> "... for
    us": "they", "them", "their", "themselves" after a subject "<someone> and I" in the same
    clause are that group, unless another group is named between (then theirs)."""

    def ours(found: re.Match[str]) -> str:
        between = found.group(2)
        if _ANOTHER_GROUP.search(between):
            return found.group(0)
        return found.group(1) + between + _OURS[found.group(3)]

    said = text
    while (turned := _WE_THEN_THEM.sub(ours, said)) != said:
        said = turned
    return said


_WE_THEN_THEM = re.compile(
    r"(\b(?:[A-Z][\w'’-]*|my \w+) and I\b)([^.;:!?]*?)\b(themselves|them|their|they)\b"
)
# "they" takes the same verb as "we" ("they have" -> "we have")
_OURS = {"them": "us", "their": "our", "themselves": "ourselves", "they": "we"}
_ANOTHER_GROUP = re.compile(
    r"\b(?:children|people|parents|adults|grown-ups|others|friends|workers|helpers|"
    r"staff|police|teachers|family|families|boys|girls|men|women)\b|\b[A-Z][\w'’-]* and [A-Z]"
)
