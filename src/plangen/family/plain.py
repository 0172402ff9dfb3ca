"""Plain words: the jargon glossary, frequencies in words, dates in words.

The glossary (``data/glossary.toml``, or a council's copy named in settings) maps each
term to a drop-in plain version and a short explanation for the "words we use" box.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TypeVar

from plangen.family.fit import (
    DAY_AFTER,
    ECHOED,
    KEPT,
    KEPT_AT,
    Restored,
    echo_dropped,
    kept_after,
    modified,
    needs_the,
    noun_before,
    said_already,
)
from plangen.family.in_place import kept_in_place
from plangen.family.in_words import dates_in_words, frequency_in_words, signs_in_words

# frequencies, dates and signs in words live in :mod:`plangen.family.in_words`; the
# versions still read them from here
__all__ = [
    "Glossary",
    "Term",
    "an_or_a",
    "dates_in_words",
    "fix_articles",
    "frequency_in_words",
    "glossary",
    "signs_in_words",
]

_T = TypeVar("_T")


@dataclass(frozen=True)
class Term:
    """One glossary entry."""

    term: str
    plain: str
    explain: str
    pattern: re.Pattern[str]
    # the first word of the term and of each variant, lower case: a text without any
    # of them cannot hold the term, so its pattern need not be tried
    keys: frozenset[str]
    # where the words after the term match this, the term stays as written ("referral
    # to the Children's Reporter" is a formal step, not a "request for help")
    kept_before: re.Pattern[str] | None = None
    # the child's own explanation, in the child's voice ("" : the parents', turned)
    child: str = ""


class Glossary:
    """Jargon -> plain words, longest terms first so "child protection plan" wins over
    "child protection"."""

    def __init__(self, terms: list[Term]) -> None:
        self.terms = sorted(terms, key=lambda t: len(t.term), reverse=True)
        # first word -> the terms that start with it, so a text is only tried against
        # the few terms it could hold, in the glossary's order
        self._starting: dict[str, list[int]] = {}
        self._always = [n for n, term in enumerate(self.terms) if not term.keys]
        self._kept = [term for term in self.terms if term.plain.casefold() == term.term.casefold()]
        self._kept_at = {n for n, term in enumerate(self.terms) if term in self._kept}
        for n, term in enumerate(self.terms):
            for key in term.keys:
                self._starting.setdefault(key, []).append(n)
        # the same texts are made plain again and again (the family and the child's
        # version read the same plan; a batch repeats a council's stock phrases): each
        # text is worked out once, up to a bound
        self._plain: dict[str, str] = {}
        self._terms_in: dict[str, tuple[Term, ...]] = {}

    def _candidates(self, text: str, after: int = -1) -> list[int]:
        found = set(self._always)
        for word in _words(text):
            found.update(self._starting.get(word, ()))
        return sorted(n for n in found if n > after)

    def plain(self, text: str) -> str:
        """``text`` with every glossary term replaced by its plain version.

        A term kept as it is ("child protection plan": its plain words are the term)
        is set aside first, so no shorter term ("child protection") is replaced inside it.
        """
        if (done := self._plain.get(text)) is not None:
            return done
        said = self._made_plain(text)
        _remember(self._plain, text, said)
        return said

    def _made_plain(self, text: str) -> str:
        kept: list[str] = []

        def set_aside(term: Term, match: re.Match[str]) -> str:
            kept.append(_replace(term.plain, match, kept=True))
            return f"{KEPT}{len(kept) - 1}{KEPT}"

        written = _words(text)  # a term none of whose first words is here cannot match
        for term in self._kept:
            if not term.keys or term.keys & written:
                text = term.pattern.sub(functools.partial(set_aside, term), text)
        candidates = self._candidates(text)
        while candidates:
            n = candidates.pop(0)
            term = self.terms[n]
            if n in self._kept_at:
                continue
            # what follows may be a kept term, set aside: tried with it put back
            unless = Restored(term.kept_before, kept) if term.kept_before else None
            replaced = term.pattern.sub(
                functools.partial(_whole_or_plain, term.plain, kept, unless), text
            )
            if replaced != text:  # the plain words may hold a later term
                text, candidates = replaced, self._candidates(replaced, after=n)
        text = KEPT_AT.sub(lambda m: kept[int(m.group(1))], text)
        text = ECHOED.sub(echo_dropped, text) if "(" in text else text
        text = _NEXT_MEETING.sub(r"\1 the next", text) if "next" in text else text
        return _GERUND_OF.sub(r"\1", text) if " of " in text else text

    def terms_in(self, text: str) -> list[Term]:
        """The glossary terms still in ``text`` (worker's own words are kept as written)."""
        if (done := self._terms_in.get(text)) is None:
            done = self._found_in(text)
            _remember(self._terms_in, text, done)
        return list(done)

    def _found_in(self, text: str) -> tuple[Term, ...]:
        found: list[Term] = []
        masked = text
        for n in self._candidates(text):
            term = self.terms[n]
            if term.pattern.search(masked):
                found.append(term)
                masked = term.pattern.sub(" ", masked)
        return tuple(found)


_REMEMBERED = 4096  # texts per glossary: a batch's worth of distinct sentences


def _remember(memo: dict[str, _T], text: str, value: _T) -> None:
    if len(memo) >= _REMEMBERED:
        memo.clear()
    memo[text] = value


_WORD = re.compile(r"\w+")
# "Monitoring of Leo's presentation" -> "Checking of ..." reads as no English: "Checking
# Leo's looks and mood"
_GERUND_OF = re.compile(
    r"\b((?:[Cc]heck|[Mm]onitor|[Rr]eview|[Rr]ecord|[Ww]atch|[Aa]ssess|[Oo]bserv|[Ss]upervis)"
    r"ing) of\b"
)


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}


def first_words(words: list[str]) -> frozenset[str]:
    firsts = [_WORD.findall(word)[:1] for word in words]
    if not all(firsts):  # a term with no letters or digits: always try it
        return frozenset()
    return frozenset(first[0].lower() for first in firsts)


_PREPOSITION_WORD = re.compile(r"(?:of|on|for|to|with|about|at|in|by|from|into)$", re.I)


def _whole_or_plain(
    replacement: str, kept: list[str], unless: Restored | None, match: re.Match[str]
) -> str:
    """The plain words for a term; a term of more than one word left as written is set
    aside whole, so no shorter term is made plain inside it ("enhanced transition visits"
    is never "enhanced move visits")."""
    # what is before, with any term set aside put back: "OT referral"
    before = KEPT_AT.sub(lambda m: kept[int(m.group(1))], match.string[: match.start("term")])
    if " " in replacement.strip() and noun_before(before, len(before), replacement):
        said = match.group(0)  # "OT referral" is no "OT request for help"
    else:
        said = _replace(replacement, match, unless=unless)
    words = match.group("term").split()
    # a term that ends in a joining word ("referral to") is no noun phrase of its own:
    # left as written, its noun may still be made plain
    if said != match.group(0) or len(words) < 2 or _PREPOSITION_WORD.match(words[-1]):
        return said
    kept.append(said)
    return f"{KEPT}{len(kept) - 1}{KEPT}"


def _replace(
    replacement: str,
    match: re.Match[str],
    *,
    kept: bool = False,
    unless: Restored | None = None,
) -> str:
    """The plain version where it fits; else the term as written.

    It fits unless the term sits inside a name ("Hartwell Early Help Team") or a
    quotation (the child's own words), or, for plain words of more than one word,
    unless the term is used like an adjective ("domestic abuse perpetrator programme")
    or carries one ("criminal exploitation"): "a abuse by a partner ... programme"
    is worse than the term, which the "words we use" box explains.  A leading "a" or
    "an" is matched with the term and put right for the plain words; the plain words
    take a capital where the term began a sentence.  A term kept by its name fits
    wherever it was written ("HV review" -> "health visitor review").
    """
    text, start, end = match.string, match.start("term"), match.end()
    original = match.group("term")
    article = match.group("article") or ""
    if _inside_name(text, start, end, original) or _inside_quotation(text, start):
        return match.group(0)
    if unless is not None and unless.match(text, end):
        return match.group(0)
    if " " in replacement.strip() and not kept and modified(text, start, end, replacement):
        return match.group(0)
    if not kept and kept_in_place(text, start, end, original, replacement):
        return match.group(0)  # "MARAC high risk", "understand CSE", "Online CSE"
    if not kept and said_already(replacement, original, text[max(0, start - 60) : start]):
        return match.group(0)
    if _CLAUSE_LIKE.search(replacement) and not kept and _named_or_followed(text, start, end):
        return match.group(0)
    at_start = match.start() == 0 or bool(_SENTENCE_START.search(text[: match.start()]))
    said = replacement
    if article:
        said = f"{an_or_a(replacement, article)} {replacement}"
    elif needs_the(text, start, original, replacement):
        said = f"the {replacement}"
    after_full_stop = bool(_AFTER_FULL_STOP.search(text[: match.start()]))
    # an abbreviation is written in capitals anywhere: after ";" or ":" it starts no sentence
    abbreviation = (
        original.split()[0].isupper() and len(original.split()[0]) > 1 and not article
    ) and match.start() > 0  # "CIN plan" after ";": "plan for extra help", not "Plan"
    capital = (article or original)[:1].isupper() and not abbreviation
    # after "; " a capital is the worker's ("...; Child Abduction Warning Notices
    # served"): the plain words go on in lower case ("...; police warnings ...")
    joined = bool(_AFTER_SEMICOLON.search(text[: match.start()]))
    if at_start and (capital or after_full_stop) and not joined:
        said = said[:1].upper() + said[1:]  # "no explanation. s47 ..." -> ". Formal check"
    if " " in replacement.strip() and DAY_AFTER.match(text, end):
        said += " on"  # "MARAC 24.09.26": "... of abuse on Thursday 24 September 2026"
    return said


_AFTER_FULL_STOP = re.compile(r"(?:[.!?]\s+|\n\s*)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n)$")
_AFTER_SEMICOLON = re.compile(r";\s+$")
# plain words that end in a clause of their own ("close look at how the child is cared
# for", "group that checks the plan"): nothing can hang on them
_CLAUSE_LIKE = re.compile(r"\b(?:that|who|how|which|what|when|where|they|you|we|he|she)\b")
# "PAMS parenting assessment", "Care Act assessment": a name or an abbreviation before
_ABBREVIATION_BEFORE = re.compile(r"(?:\b[A-Z]{2,}s?|\ue0f0\d+\ue0f0)\s+$")  # or a kept term
_TITLE_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
# "... assessment of Stacey and Lee", "... conference for Leo", "... review's"
# or an object pronoun: "tell the core group her triggers" is no "... checks the plan her"
# or a plural's possessive: "foster carers' daily logs" is no "... children in care' logs"
_FOLLOWED = re.compile(r"(?:\s+(?:of|for|by|her|him|his|them|their)\b|['’]s\b|['’](?=\s))")


def _named_or_followed(text: str, start: int, end: int) -> bool:
    """Whether a term has a name or an abbreviation before it, or words hanging after
    it: plain words that end in a clause cannot take them ("PAMS close look at how the
    child is cared for of Stacey")."""
    before = text[max(0, start - 40) : start]
    if _FOLLOWED.match(text, end) or kept_after(text, end):  # "Child in Need assessment"
        return True
    if _ABBREVIATION_BEFORE.search(before):
        return True
    title = _TITLE_BEFORE.search(text, 0, start)  # a name, not the sentence's first word
    return title is not None and not _SENTENCE_START.search(text[: title.start()])


_SERVICE_NAME_BEFORE = re.compile(r"(?<![.!?:;]\s)\b[A-Z][a-z]+\s+[A-Z][a-z]+(?:['’]s)?\s+$")


def _inside_name(text: str, start: int, end: int, original: str) -> bool:
    """A Title Case term beside another capitalised word: part of a name."""
    words = original.split()
    if original.isupper():
        # an abbreviation after two capitalised words is part of a service's name:
        # "Ashbury Children's DA recovery service (Little Steps)"
        return _SERVICE_NAME_BEFORE.search(text[:start]) is not None
    if not all(w[:1].isupper() for w in words):
        return False
    before = re.search(r"([A-Za-z][\w'’-]*)\s+$", text[:start])
    after = re.match(r"\s+([A-Z][\w'’-]*)", text[end:])
    capital_before = (
        before is not None
        and before.group(1)[:1].isupper()
        and before.start(1) > 0
        and not _SENTENCE_START.search(text[: before.start(1)])
    )
    return capital_before or after is not None


def _inside_quotation(text: str, start: int) -> bool:
    """Whether ``start`` is inside someone's words: in double quotes, or in single ones
    ('the CP plan is pointless', ‘let Ellie down’), never an apostrophe ("Mum's")."""
    before = text[:start]
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return True
    if "'" not in text and "‘" not in text:
        return False
    return any(m.start() < start < m.end() for m in _SINGLE_QUOTED.finditer(text))


# words in single quotes: opened after a space or bracket, closed before one or a stop
_SINGLE_QUOTED = re.compile(r"(?<![\w’'])'[^'\n]+'(?![\w'’])|‘[^’\n]+’(?![\w])")


# "an" goes by the sound, not the letter: "a one-bedroom flat", "a use", "a European",
# "a U-turn" (said "you", "wun", "yoo"); "an hour", "an honest", "an 8", "an 18", "an 80"
_VOWEL_SOUND = re.compile(
    r"^(?:(?!one\b|once\b|one-|eu|ewe|uni|us[eu]|usu|uti|ur[aeiou]|ubiq)[aeiou]|"
    r"hour|honest|honou?r|heir|8|(?:11|18)(?:\d\d)?(?!\d))",
    re.I,
)
_LETTER_VOWEL = "AEFHILMNORSX"


def an_or_a(word: str, article: str = "a") -> str:
    """ "a" or "an" for the word that follows, in the case of ``article``: by its sound
    ("a one-off", "an hour"); an abbreviation or a single letter by the letter's name
    ("an MP", "an SW", "a U-turn", "an X-ray")."""
    first = word.split()[0] if word.split() else word
    if _SAID_BY_LETTERS.fullmatch(first):
        vowel = first[0] in _LETTER_VOWEL
    else:
        vowel = bool(_VOWEL_SOUND.match(first))
    said = "an" if vowel else "a"
    return said.capitalize() if article[:1].isupper() else said


def fix_articles(text: str) -> str:
    """Every "a"/"an" outside quotations agreeing with the sound of the next word."""

    def fix(match: re.Match[str]) -> str:
        if _inside_quotation(match.string, match.start()):
            return match.group(0)
        return an_or_a(match.group(2), match.group(1)) + match.group(0)[len(match.group(1)) :]

    return _ARTICLE.sub(fix, text)


# an abbreviation ("MP", "SWs") or a single letter ("U-turn"): said letter by letter
_SAID_BY_LETTERS = re.compile(r"[A-Z]{2,}s?|[A-Z](?:-\w.*)?")
_ARTICLE = re.compile(r"\b([Aa]n?)(?=\s+([\w’'-]+))")  # and the word after it


# "By next core group" in plain words is "By the next group that checks the plan": a
# meeting said in words takes "the" (a held-out reader found "By next group of people
# helping the family")
_NEXT_MEETING = re.compile(
    r"\b(by|at|until|before|after|from|to|for|till|in)\s+next(?=\s+(?:[a-z]+\s+){0,2}"
    r"(?:group|meeting|formal meeting|review|conference|panel)\b)",
    re.I,
)


# the glossary file is read in its own module, which builds on the classes above
from plangen.family.glossary_file import glossary  # noqa: E402
