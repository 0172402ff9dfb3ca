"""What others do for the child, written as a clause about the child (PLAN-02).

The child, or the child's thing, may be a clause's subject while the change is in what
other people do:

- a passive of what only professionals do (``child_focus.others_do``): "Olivia's
  nursery place to be secured", "Ethan's wishes and feelings to be gathered", "Zara to be
  identified as a young carer";
- the child's thing done by an adult named as the doer: "Rosie's needs to be met by her
  parents" ("Leo's needs are met", with nobody named, is left as the child's: the
  writers read it so);
- the child given help by people (``child_focus.given_help``), not a service they take
  up for a purpose: "Jaxon to have a consistent approach from professionals"
  ("receives support from CAMHS for her self-harm" is a service the child uses: PLAN-03's;
  "receives his medication from mum" is the child's care).

A change of the thing's own level is the child's change ("Leo's self-harm to be reduced
by ..."), and a standard the child's care is held to ("Leo's teeth to be brushed twice a
day by mum") is a change in the child's life: the reader asks for a measure before it
takes any of these readings (:func:`done_for_the_child`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from plangen.rules.text import WordLists

if TYPE_CHECKING:
    from plangen.rules.reading import Clause

# The subject is the child's thing, not the child: "Rosie's needs", "her nursery place".
_POSSESSIVE = re.compile(r"(?:['’]s?|^(?:his|her|their|my))\s+\w", re.I)
# The auxiliaries of a passive at the head of the predicate: "to be", "will be", "is".
_PASSIVE = re.compile(
    r"^(?:(?:will|to|must|should|shall|can|needs? to|has to|have to|is to|are to|also)\s+)*"
    r"(?:be|being|been|is|are)\s+(?:\w+ly\s+)?",
    re.I,
)
# The doer of a passive, up to the clause's end: "met | by her parents".
_BY = re.compile(r"^(?P<verb>\w+)\b[^.;,]{0,30}?\bby\s+(?P<doer>[^.;,]+)", re.I)
# A change of the thing's own level or state is the child's: "reduced", "maintained".
_OWN_CHANGE = re.compile(
    r"^(?:improv|reduc|increas|decreas|maintain|sustain|lower|rais|minimi[sz]|stabili[sz]|"
    r"halv|doubl|prevent|stopp|end|settl|kept|limit|restrict|protect|safeguard|heal)",
    re.I,
)
# The child given something: "to have a consistent approach from professionals".
_GIVEN = re.compile(
    r"^(?:(?:will|to|must|should|shall|can|needs? to|continue to|continues to|also)\s+)*"
    r"(?:have|has|having|receive|receives|receiving|get|gets|getting|(?:be|is|are) "
    r"(?:given|offered|provided with|shown))\s+(?P<thing>[^.;,]{1,60}?)\s+from\s+"
    r"(?P<giver>[^.;,]+)",
    re.I,
)
# Where a noun phrase ends: a preposition or a new clause ("the Inclusion Team | in school").
_PHRASE_END = re.compile(
    r"\s(?:and|or|to|in|at|for|with|through|who|when|so|on|by|as|because|until|if)\b", re.I
)
_PEOPLE = ("child_focus.adult_words", "process.service_people")


def done_for_the_child(words: WordLists, clause: Clause, measure: Callable[[str], str]) -> str:
    """What others do for the child, as the whole of a clause about the child, with no
    measure of the child's care ("Olivia's nursery place | to be secured"), as quoted
    evidence, or ""; ``measure`` is the reader's (PLAN-04)."""
    if clause.subject != "child":
        return ""
    done = done_by_others(words, clause.subject_words, clause.predicate)
    return f'"{done}"' if done and not measure(clause.text) else ""


def done_by_others(words: WordLists, subject_words: str, predicate: str) -> str:
    """What others do to the child or the child's thing, or give the child, as the
    clause says it ("to be secured", "to have a consistent approach from
    professionals"), or "" when the clause's predicate is not of that shape.
    ``subject_words`` are the clause's subject as written ("Olivia's nursery place"),
    ``predicate`` the rest."""
    predicate = predicate.strip()
    if passive := _PASSIVE.match(predicate):
        rest = predicate[passive.end() :]
        if words.find("child_focus.others_do", rest):
            return predicate[: passive.end()] + rest.split()[0]
        by = _BY.match(rest)
        if (
            by
            and _POSSESSIVE.search(subject_words)
            and not _OWN_CHANGE.match(by.group("verb"))
            and _people(words, by.group("doer"))
        ):
            return predicate[: passive.end() + by.end()]
    given = _GIVEN.match(predicate)
    if (
        given
        and words.find("child_focus.given_help", given.group("thing"))
        and _people(words, given.group("giver"), services=True)
    ):
        return given.group(0)
    return ""


def _people(words: WordLists, phrase: str, *, services: bool = False) -> bool:
    """The noun phrase starting ``phrase`` ends in people: an adult, a professional or,
    with ``services``, a team ("her parents", "all professionals", "the Inclusion
    Team"); not when a purpose follows it ("from CAMHS | for her self-harm", "from her
    mentor | to plan her week", "| with his anger"): the child uses what is given."""
    end = _PHRASE_END.search(phrase)
    if end and end.group(0).strip().lower() in ("for", "to", "with"):
        return False
    head = phrase[: end.start() if end else len(phrase)].split()
    if not head or len(head) > 5:
        return False
    keys = (*_PEOPLE, "process.service_heads") if services else _PEOPLE
    return any(words.find(key, head[-1]) for key in keys)
