"""Readability of the family and child versions, sentence by sentence.

Flesch reading ease is worked out here, with syllables counted by spelling rules
(vowel groups, silent endings): no pronouncing dictionary to load, no network, and the
first score costs nothing.  tests/unit/test_readability.py keeps the counts close to
the CMU pronouncing dictionary's on the example plans.  Each sentence that misses a
target is reported with the reason: a long sentence, long words, or jargon left in.
Names, months, days and places are never long words: a family knows them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from plangen.dates import MONTHS
from plangen.family.plain import Glossary
from plangen.family.split import split_sentences
from plangen.settings import FamilySettings

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def sentences(text: str) -> list[str]:
    """The sentences of a text as the reader meets them: split after . ! ? and at line
    breaks, never after an abbreviation ("e.g. OurFamilyWizard") or inside a quotation
    (:func:`~plangen.family.voice.split_sentences`)."""
    return [
        sentence
        for line in text.splitlines()
        for sentence in split_sentences(line)
        if _WORD.search(sentence)
    ]


@dataclass(frozen=True)
class Sentence:
    """One sentence's scores, and why it reads hard (empty when it meets the target)."""

    text: str
    flesch: float
    words: int
    long_words: list[str]
    jargon: list[str]
    reasons: list[str]

    @property
    def too_hard(self) -> bool:
        return bool(self.reasons)


_SILENT_END = re.compile(r"(?<=[^aeiouy])e$|(?<=[aeiouy]l)e$|(?<=[^aeiouytd])ed$")
_QUIET_ES = re.compile(r"(?<=[^aeiouysxzcgl])es$|(?<=[aeiouy]l)es$")
_VOWELS = re.compile(r"[aeiouy]+")
# vowel pairs said as two syllables: "Le-o", "be-ing", "vi-o-lence", "ac-tu-al"
_TWO = re.compile(r"[aeiouy]ing|eo|ia(?!l)|io(?!u?s\b|n)|ua|uo|iu")
_NOT_A_LETTER = re.compile(r"[^a-z]")
_LE_END = re.compile(r"[^aeiouy]les?$")
_POSSESSIVE = re.compile(r"['’]s$")
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


@lru_cache(maxsize=16384)  # bounded: a batch of 1,000 plans has words without end
def syllables(word: str) -> int:
    """The syllables of one word, by spelling rules (close to a dictionary's count for
    the words of a plan; see the module docstring)."""
    w = _NOT_A_LETTER.sub("", word.lower())
    if not w:
        return 1 if any(ch.isdigit() for ch in word) else 0
    if len(w) <= 3:
        return 1
    stem = _QUIET_ES.sub("s", w)
    stem = _SILENT_END.sub("", stem) if stem == w else stem
    stem = stem[1:] if stem.startswith("y") else stem
    count = len(_VOWELS.findall(stem)) + len(_TWO.findall(stem))
    if _LE_END.search(w):  # "lit-tle", "ta-bles"
        count += 1
    return max(1, count)


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # what str.isalnum() says of a character


@lru_cache(maxsize=16384)  # bounded: a batch of 1,000 plans has tokens without end
def _counted(token: str) -> int:
    """The syllables of one whitespace-separated token, or -1 when it is not a word
    (no letter or digit: a dash, a lone quotation mark), which Flesch does not count."""
    return syllables(token) if _LETTER_OR_DIGIT.search(token) else -1


def flesch(text: str, names: frozenset[str] = frozenset()) -> float:
    """Flesch reading ease of ``text`` taken as one sentence.  A name of the plan's
    people (``names``: "Mateus", "Jermaine's") counts as one syllable: the family
    knows it, and it is never what makes a sentence hard for them."""
    counts = [
        1 if n > 1 and _bare_name(token) in names else n
        for token in text.split()
        if (n := _counted(token)) >= 0
    ]
    if not counts:
        return 100.0
    return 206.835 - 1.015 * len(counts) - 84.6 * (sum(counts) / len(counts))


def _bare_name(token: str) -> str:
    """ "(Mateus's," -> "Mateus": a token without its marks and possessive."""
    return _POSSESSIVE.sub("", token.strip("()[],.;:!?\"“”‘’'"))


def _known(token: str, first: bool, names: frozenset[str]) -> bool:
    """A word a family knows however long it is: a name, a month, a day, or a place
    (a capitalised word inside a sentence)."""
    bare = _POSSESSIVE.sub("", token)
    lower = bare.lower()
    proper = not first and bare[:1].isupper() and not bare.isupper()
    return bare in names or lower in MONTHS or lower in _DAYS or proper


def score(
    text: str,
    *,
    target: float,
    settings: FamilySettings,
    words: Glossary,
    names: frozenset[str] = frozenset(),
    explaining: bool = False,
) -> Sentence:
    """Score one sentence against a Flesch target and the words-per-sentence limit.

    A capitalised word (a name, a month, a place) is never called a long word; ``names``
    adds any written in lower case.  ``explaining``: a "words we use" explanation, which
    names its term on purpose (never "jargon")."""
    tokens = _WORD.findall(text)
    ease = flesch(text, names) if tokens else 100.0
    long_words = [
        t
        for n, t in enumerate(tokens)
        if syllables(t) >= settings.long_word_syllables and not _known(t, n == 0, names)
    ]
    # a term kept by name on purpose ("child protection plan") is explained, not jargon
    jargon = [
        t.term
        for t in ([] if explaining else words.terms_in(text))
        if t.plain.casefold() != t.term.casefold()
    ]
    reasons: list[str] = []
    if ease < target:
        if len(tokens) > settings.max_words_per_sentence:
            reasons.append(
                f"it is long ({len(tokens)} words; aim for "
                f"{settings.max_words_per_sentence} or fewer)"
            )
        if long_words:
            reasons.append("it has long words: " + ", ".join(dict.fromkeys(long_words)))
        if not reasons:
            reasons.append(
                f"its reading ease is {shown_ease(ease, target)}, below the target of {target:g}"
            )
    elif len(tokens) > settings.max_words_per_sentence + 10:
        reasons.append(f"it is long ({len(tokens)} words)")
    if jargon:
        reasons.append("it still has jargon: " + ", ".join(jargon))
    return Sentence(text, ease, len(tokens), long_words, jargon, reasons)


def shown_ease(score: float, target: float) -> str:
    """A reading ease as a whole number that never rounds up to the target it misses
    (69.6 against 70 is 69: "reading ease 70, below the target of 70" read as a fault
    in the check, issue 13)."""
    return str(math.floor(score) if score < target else round(score))


@dataclass(frozen=True)
class Report:
    """Every sentence of one version, scored."""

    version: str  # "family" or "child"
    target: float
    scored: list[tuple[str, Sentence]]  # (context path, sentence)

    @property
    def average(self) -> float:
        if not self.scored:
            return 100.0
        return sum(s.flesch for _, s in self.scored) / len(self.scored)

    @property
    def words_per_sentence(self) -> float:
        if not self.scored:
            return 0.0
        return sum(s.words for _, s in self.scored) / len(self.scored)

    @property
    def too_hard(self) -> list[tuple[str, Sentence]]:
        return [(path, s) for path, s in self.scored if s.too_hard]


def report(
    version: str,
    texts: Iterable[tuple[str, str]],
    *,
    target: float,
    settings: FamilySettings,
    words: Glossary,
    names: frozenset[str] = frozenset(),
) -> Report:
    """Score every sentence of ``texts`` (context path, text)."""
    scored = [
        (
            path,
            score(
                sentence,
                target=target,
                settings=settings,
                words=words,
                names=names,
                explaining=path.endswith(".explain"),
            ),
        )
        for path, text in texts
        for sentence in sentences(text)
    ]
    return Report(version, target, scored)
