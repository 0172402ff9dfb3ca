"""The jargon glossary data file: well formed, no repeats, and its plain words are plain."""

from __future__ import annotations

import re
import tomllib
from importlib.resources import files
from typing import Any

import pytest

KEYS = {"term", "variants", "plain", "explain", "case_sensitive", "kept_before", "child"}
MAX_WORDS_PER_SENTENCE = 20


def _entries() -> list[dict[str, Any]]:
    text = files("plangen.data").joinpath("glossary.toml").read_text(encoding="utf-8")
    entries: list[dict[str, Any]] = tomllib.loads(text)["term"]
    return entries


ENTRIES = _entries()


def _forms(entry: dict[str, Any]) -> list[str]:
    return [entry["term"], *entry.get("variants", [])]


def _whole_word(form: str, case_sensitive: bool) -> re.Pattern[str]:
    """The same boundaries the glossary is matched with: not inside a word or a hyphenation."""
    return re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])", 0 if case_sensitive else re.I)


def it_has_at_least_60_terms() -> None:
    assert len(ENTRIES) >= 60


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: str(e.get("term")))
def it_has_a_term_plain_words_and_an_explanation(entry: dict[str, Any]) -> None:
    assert set(entry) <= KEYS, f"unknown keys: {sorted(set(entry) - KEYS)}"
    assert isinstance(entry.get("child", ""), str)
    for key in ("term", "plain", "explain"):
        assert isinstance(entry.get(key), str), key
        assert entry[key].strip(), key
    variants = entry.get("variants", [])
    assert isinstance(variants, list)
    assert all(isinstance(v, str) and v.strip() for v in variants)
    assert isinstance(entry.get("case_sensitive", False), bool)


def it_has_no_term_or_variant_twice() -> None:
    seen: dict[str, str] = {}
    repeats = []
    for entry in ENTRIES:
        for form in _forms(entry):
            key = form.casefold()
            if key in seen:
                repeats.append(f"{form!r} (in {entry['term']!r} and {seen[key]!r})")
            seen[key] = entry["term"]
    assert not repeats


def it_keeps_jargon_out_of_the_plain_words() -> None:
    patterns = [
        (entry["term"], form, _whole_word(form, bool(entry.get("case_sensitive", False))))
        for entry in ENTRIES
        for form in _forms(entry)
    ]
    jargon = [
        f"{entry['term']!r}: plain {entry['plain']!r} holds {form!r} (from {term!r})"
        for entry in ENTRIES
        for term, form, pattern in patterns
        if pattern.search(entry["plain"])
        and entry["plain"].casefold() != entry["term"].casefold()  # a term kept on purpose
    ]
    assert not jargon


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: str(e.get("term")))
def it_explains_in_short_sentences(entry: dict[str, Any]) -> None:
    for sentence in entry["explain"].split(". "):
        assert len(sentence.split()) <= MAX_WORDS_PER_SENTENCE, sentence


@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES if "child" in e], ids=lambda e: str(e["term"])
)
def it_explains_to_a_child_in_the_childs_own_voice(entry: dict[str, Any]) -> None:
    """The child's own explanation: short sentences, never "you" or "your child" (the
    parents' words), never "them"/"their" said of the reader ("Help and treatment are
    there for them", reader29), never "the child's fault" of the reader."""
    said = entry["child"]
    for sentence in said.split(". "):
        assert len(sentence.split()) <= MAX_WORDS_PER_SENTENCE, sentence
    assert not re.search(r"\b(?:you|your)\b", said, re.I), said
    assert "the child's fault" not in said, said
