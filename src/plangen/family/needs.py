"""What a family member needs to read the plan: an interpreter, another language,
British Sign Language, easy-read.  Read from the plan itself: the family member's role
as the intake gives it ("Mother (Urdu interpreter required)", "Father (prefers to speak
Welsh)"), or a sentence of the plan that names them with the need ("Stacey has a mild
learning disability", "an interpreter for every one of mum's appointments").

The family version is not enough for such a reader on its own: the worker's draft says
so at its top, and the version says the worker will go through it with them.  A
learning need is only ever told to the worker: the family version never states or
implies a disability.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from plangen.family.split import split_sentences
from plangen.model import CorePerson, Plan
from plangen.privacy.names import is_family

_INTERPRETER = re.compile(r"\b(?:([A-Z][a-z]+)[- ](?:speaking\s+)?)?interpreter\b")
_SPEAKS = re.compile(
    r"\b(?:prefers to speak|speaks only|first language is|letters (?:to be |written )?in)\s+"
    r"([A-Z][a-z]+)\b"
)
# "a BSL/English interpreter": the reader's language is BSL; English is the plan's
_BSL_INTERPRETER = re.compile(r"\b(?:BSL|sign language)\b[^.;]{0,20}\binterpreters?\b", re.I)
_SIGNS = re.compile(r"\bBSL\b|British Sign Language|\b[Dd]eaf\b")
_EASY_READ = re.compile(
    r"\beasy[- ]read\b|learning disabilit|learning difficult|learning needs?\b|"
    r"literacy difficult|cannot read|can't read|\bdyslexi",
    re.I,
)
_PRONOUN_FIRST = re.compile(r"(?:She|He|They)\b")
_KIN = {"Mum": r"mum|mother", "Dad": r"dad|father"}


@dataclass(frozen=True)
class Need:
    """One family member's need, and the words of the plan that show it."""

    name: str  # their full name, as in the core group
    how: str  # "with an interpreter who speaks Urdu", "in Welsh", "in easy-read" ...
    because: str  # the plan's words: the role or the sentence

    @property
    def learning(self) -> bool:
        return self.how == "in easy-read"


def reading_needs(plan: Plan, texts: Iterable[str]) -> list[Need]:
    """Every family member's need to read the plan, from their role and from
    ``texts`` (the plan's free text), one per member and kind, in core-group order."""
    found: dict[tuple[str, str], Need] = {}
    texts = list(texts)
    for person in plan.core_group:
        if not is_family(person):
            continue
        for how in _hows(person.role):
            found.setdefault((person.name, how), Need(person.name, how, person.role))
        mentions = _mentions(person, plan)
        for text in texts:
            named = False  # "Luciana said ... She asked for all letters to be in Portuguese."
            for sentence in split_sentences(text):
                still = named and _PRONOUN_FIRST.match(sentence) is not None
                named = mentions.search(sentence) is not None
                if named or still:
                    for how in _hows(sentence):
                        said = _clause(sentence, how)
                        found.setdefault((person.name, how), Need(person.name, how, said))
                named = named or still
    # "with an interpreter" says less than "... who speaks Urdu" or "a BSL interpreter"
    # for the same person
    return [
        need
        for (name, how), need in found.items()
        if how != "with an interpreter"
        or not any(n == name and h.startswith(_NAMED_INTERPRETER) for n, h in found)
    ]


_NAMED_INTERPRETER = ("with an interpreter who", "with a BSL interpreter")


def _hows(text: str) -> list[str]:
    hows = []
    if _BSL_INTERPRETER.search(text):
        hows.append("with a BSL interpreter")
    elif match := _INTERPRETER.search(text):
        language = match.group(1) if match.group(1) != "English" else None
        hows.append(f"with an interpreter who speaks {language}" if language else "")
        hows[-1] = hows[-1] or "with an interpreter"
    if match := _SPEAKS.search(text):
        hows.append(f"in {match.group(1)}")
    if _SIGNS.search(text):
        hows.append("in British Sign Language (BSL)")
    if _EASY_READ.search(text):
        hows.append("in easy-read")
    return hows


def _mentions(person: CorePerson, plan: Plan) -> re.Pattern[str]:
    """Where a sentence is about ``person``: by name, or by "mum" or "dad" where the
    plan has one member of that role."""
    names = [re.escape(person.name), re.escape(person.name.split()[0])]
    role = person.role.lower()
    for called, words in _KIN.items():
        same = [p for p in plan.core_group if re.match(rf"\s*(?:{words})\b", p.role, re.I)]
        if re.match(rf"\s*(?:{words})\b", role) and same == [person]:
            names.append(rf"(?i:{words})(?!\w)")
            names.append(re.escape(called))
    return re.compile(rf"\b(?:{'|'.join(names)})\b")


# where a sentence's clause ends: a child's quoted words or a bracketed note are their own
_CLAUSES = re.compile(r"[;()\"\u201c\u201d]|\s[-\u2013\u2014]\s")


def _clause(sentence: str, how: str) -> str:
    """The words of ``sentence`` that show the need: the clause with it, not the child's
    views around it ("Kacper (with a Polish interpreter, seen alone at Ewa's ...) 'I
    don't want Tata to know where I live' ..." quoted a held-out plan's withheld school
    and football night into the worker's draft)."""
    for clause in _CLAUSES.split(sentence):
        if how in _hows(clause):
            return clause.strip(" ,.'")
    return sentence


def draft_note(needs: list[Need], *, quote: bool = True) -> str:
    """For the top of the worker's draft: who needs the plan gone through, and how.
    With ``quote`` false (a plan that withholds anything) the plan's words are not
    quoted: a draft is printed and passed on, and the words may hold what is withheld."""
    people = "; ".join(
        f"{need.name} {need.how} (the plan says: {need.because!r})"
        if quote
        else f"{need.name} {need.how}"
        for need in needs
    )
    said = (
        f"This version is not enough on its own. Go through it with {people}: "
        "read it together before it is sent"
    )
    # "asked for all letters to be in Portuguese": this English copy is not what she
    # asked for
    for language in dict.fromkeys(n.how.removeprefix("in ") for n in needs if _is_language(n)):
        said += f". A translation into {language} is needed before it is sent"
    return said


def _is_language(need: Need) -> bool:
    return need.how.startswith("in ") and not need.learning and "Sign" not in need.how


def version_sentence(needs: list[Need], worker: str) -> str:
    """What the family version says: the worker will go through it with the reader,
    with an interpreter or in their language where that is the need (a learning need
    is never named in it)."""
    if not needs:
        return ""
    said = [f"{worker} will go through this plan with you."]
    hows = list(dict.fromkeys(need.how for need in needs if not need.learning))
    if any(how.startswith(_NAMED_INTERPRETER) for how in hows):  # never said twice
        hows = [how for how in hows if how != "with an interpreter"]
    for how in hows:
        if how.startswith("with "):  # "There will be an interpreter who speaks Urdu."
            said.append(f"There will be {how.removeprefix('with ')}.")
        else:  # "It will be in Welsh."
            said.append(f"It will be {how}.")
    return " ".join(said)
