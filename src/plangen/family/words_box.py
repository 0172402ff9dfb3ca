"""The "words we use" box of the family and child versions: every glossary term still
in a version, with its explanation.  Split from :mod:`plangen.family.context`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from plangen.family.plain import Glossary, Term


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _texts(v)
    elif isinstance(value, list):
        for v in value:
            yield from _texts(v)
    elif isinstance(value, str):
        yield value


def words_we_use(context: dict[str, Any], words: Glossary) -> list[dict[str, str]]:
    """Every glossary term still in the version (in the worker's own words, say), with
    its explanation, for the "words we use" box: not a word said only inside a name
    ("Assessment and Intervention Team", "Specialist Safeguarding Midwife")."""

    def name_only(match: re.Match[str]) -> str:
        # masked, unless the name is a term itself ("Pupil Referral Unit": explained),
        # or a place's name ends in a kind of place the family may not know ("Fenby
        # Pupil Referral Unit"); never a meeting ("Review Child Protection Conference")
        said = match.group(0)
        return said if is_term_or_kind_of_place(said, words) else " "

    found: dict[str, str] = {}
    short: dict[str, set[str]] = {}
    for text in _texts(context):
        said = _NAMES.sub(name_only, text) if " " in text else text
        for term in words.terms_in(said):
            headword = _HEADWORD.sub("", term.term)
            found.setdefault(headword, quoted_abbreviation(term.explain))
            short.setdefault(headword, set()).update(_short_forms(term, said))
    return [
        {"term": _with_short_forms(term, short.get(term, set())), "explain": explain}
        for term, explain in sorted(found.items())
    ]


# a short form written in capitals ("ICPC" for "child protection conference")
_SHORT_FORM = re.compile(r"[A-Z][A-Z0-9&/]+s?")


def _short_forms(term: Term, text: str) -> set[str]:
    """The term's short forms as ``text`` writes them ("ICPC"): a family looking up
    "ICPC" would not know to find it under "child protection conference"."""
    return {
        written
        for match in term.pattern.finditer(text)
        if _SHORT_FORM.fullmatch(written := match.group(0))
        and written.casefold() != term.term.casefold()
    }


def headword(shown: str) -> str:
    """The glossary's word for a box entry: "ICPC (child protection conference)" ->
    "child protection conference"."""
    found = re.fullmatch(r"[A-Z][A-Z0-9&/, ]+s? \((.+)\)", shown)
    return found.group(1) if found else shown


def _with_short_forms(term: str, short: set[str]) -> str:
    """ "child protection conference" -> "ICPC (child protection conference)"."""
    return f"{', '.join(sorted(short))} ({term})" if short else term


def child_explanations(words: Glossary) -> dict[str, str]:
    """{term as the box shows it: the child's own explanation} for every term the
    glossary explains to a child in the child's voice (its ``child``)."""
    return {_HEADWORD.sub("", t.term): t.child for t in words.terms if t.child}


# an explanation that opens with a lower-case short form ("meds is short for medicines",
# "e.g. means for example"): no sentence starts in lower case, so the word is quoted
_LOWER_SHORT_FORM = re.compile(r"^([a-z][\w./]*)(?= (?:is|are|means)\b)")


def quoted_abbreviation(explain: str) -> str:
    """ "meds is short for medicines." -> '"meds" is short for medicines.'"""
    return _LOWER_SHORT_FORM.sub(r'"\1"', explain)


# a term kept with the word that joins it to what follows ("referral to"), or with a word
# before it ("every core group"), is shown in the box as the word itself: the family
# looks up "referral" and "core group"
_HEADWORD = re.compile(r"\s+(?:to|from|for|with|of|on|at|in|by)$|^(?:every|each)\s+", re.I)


_KIND_OF_PLACE = re.compile(r"\b(?:unit|centre|center|hub|school|clinic)$", re.I)


def is_term_or_kind_of_place(name: str, words: Glossary) -> bool:
    """Whether a name is a glossary term, or ends in one that is a kind of place."""
    for term in words.terms_in(name):
        if term.pattern.fullmatch(name):
            return True
        found = term.pattern.search(name)
        if found and found.end() == len(name) and _KIND_OF_PLACE.search(found.group(0)):
            return True
    return False


# three or more words in Title Case (joined by "and", "of", "for", "the"): a name
_NAMES = re.compile(r"\b[A-Z][a-z'’]+(?:\s+(?:(?:and|of|for|the)\s+)?[A-Z][a-z'’]+){2,}\b")
