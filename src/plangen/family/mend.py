"""The last look at every sentence the family and child versions write: brackets and
quotes balanced, no word said twice.

The rewriting before it (the glossary, the voices, sentences split and shortened) works
on parts of a worker's text, and the worker's text itself may hold a stray bracket or
quote.  Whatever the cause, no sentence leaves plangen with a bracket or quote it does
not close: a bracket that runs across a sentence end is kept inside one sentence, a
bracket or quotation left open is closed at the end of its sentence, and a closing one
with nothing to close is taken out.  Each sentence mended is named for the worker's
draft, so the worker can check it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from plangen.family.quotes import KEPT
from plangen.family.split import ends_sentence, split_sentences

_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))
# a sentence end inside brackets: "(Dad lives in Leeds. He visits weekly)"
_GROUP = re.compile(r"\([^()]*\)")
_STOP = re.compile(r"([.!?])\s+(?=[A-Z“\"(])")
_OPENERS = {"He", "She", "They", "It", "This", "That", "The", "There", "We", "You", "His"}
_OPENERS |= {"Her", "Their", "Our", "A", "An", "These", "Those", "Both", "Each", "All"}
_TWICE = re.compile(r"\b([A-Za-z][\w'’]*)(\s+)\1\b", re.I)
# the same words twice, as two glossary swaps can leave them: "formal stage before court
# stage before court"; and words echoed in brackets: "Review meeting (review meeting)"
_PHRASE_TWICE = re.compile(r"\b((?:[\w'’-]+\s+){1,5}[\w'’-]+)\s+\1\b", re.I)
_ECHO = re.compile(r"\b([\w'’-]+(?:\s+[\w'’-]+){0,9})\s*\(\s*\1\s*\)", re.I)
_MAY_REPEAT = {"had", "that"}  # "she had had", "that that": English as it is
_END = re.compile(r"[.!?;:,]*$")
_MARK = re.compile(r"[()\[\]“”\"]")


def mend(text: str) -> str:
    """``text`` with every sentence's brackets and quotes balanced and no word written
    twice in a row outside a quotation."""
    if type(text) is not str:  # a str of another kind may carry more than its text
        return _mend(text)
    return _mended(text)


# a pure function of the text, asked again for the same texts (the family and the child's
# versions share many, and each text is looked at more than once): kept, a bounded
# number of them
@lru_cache(maxsize=4096)
def _mended(text: str) -> str:
    return _mend(text)


def _mend(text: str) -> str:
    if not text:
        return text
    twice = _said_twice(text) or ("(" in text and bool(_ECHO.search(text)))
    if not twice and (not _MARK.search(text) or _whole_balanced(text)):
        return text  # every sentence balanced too: no bracket spans a sentence end
    text = _GROUP.sub(_one_sentence, text) if "(" in text else text
    out, at = [], 0
    for sentence in split_sentences(text):
        start = text.find(sentence, at)
        out += [text[at:start], _balanced(_once(sentence))]
        at = start + len(sentence)
    return "".join(out) + text[at:]


def mended(context: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """Every text of a version's values mended; ``notes`` gets, for the worker's
    draft, each text that had a bracket or quote put right."""

    def look(value: Any) -> Any:
        if isinstance(value, str):
            said = mend(value)
            if _marks(said) != _marks(value):
                notes.append(f'A bracket or quote was put right in: "{said}"')
            return said
        if isinstance(value, list):
            return [look(item) for item in value]
        if isinstance(value, dict):
            return {key: look(item) for key, item in value.items()}
        return value

    return {key: look(value) if key != "notes" else value for key, value in context.items()}


def _said_twice(text: str) -> bool:
    """Whether some run of one to six words comes twice in a row (cheaper than the
    patterns, which only run when it does)."""
    words = [w.strip('.,;:!?()"“”').lower() for w in text.split()]
    for k in range(1, 7):
        # a run of k words twice needs a word equal to the one k later: checked in C
        if any(map(str.__eq__, words, words[k:])) and any(
            words[n : n + k] == words[n + k : n + 2 * k] for n in range(len(words) - 2 * k + 1)
        ):
            return True
    return False


def _whole_balanced(text: str) -> bool:
    """Whether every bracket and quotation in ``text`` closes, in order, with no
    sentence end inside brackets (then each sentence is balanced as well)."""
    for opening, closing in _PAIRS:
        depth = 0
        for char in text:
            if char == opening:
                depth += 1
            elif char == closing:
                depth -= 1
                if depth < 0:
                    return False
        if depth:
            return False
    if text.count('"') % 2:
        return False
    return not any(_STOP.search(group.group(0)) for group in _GROUP.finditer(text))


def _marks(text: str) -> str:
    return "".join(ch for ch in text if ch in '()[]“”"')


def _one_sentence(group: re.Match[str]) -> str:
    """A bracket holding a sentence end, as one sentence: "(Dad lives in Leeds; he
    visits weekly)"; an abbreviation's full stop is no sentence end."""
    inside = group.group(0)

    def join(stop: re.Match[str]) -> str:
        if not ends_sentence(inside[: stop.end(1)], inside[stop.end() :]):
            return stop.group(0)
        after = inside[stop.end() :]
        word = re.match(r"[A-Za-z]+", after)
        lower = word is not None and word.group(0) in _OPENERS
        return "; " + ("\ue0c1" if lower else "")

    joined = _STOP.sub(join, inside)
    return re.sub("\ue0c1(.)", lambda m: m.group(1).lower(), joined)


def _once(sentence: str) -> str:
    """No word twice in a row ("the the") outside a quotation."""
    parts = KEPT.split(sentence)
    return "".join(
        part
        if n % 2
        else _TWICE.sub(_first_of_two, _ECHO.sub(r"\1", _PHRASE_TWICE.sub(r"\1", part)))
        for n, part in enumerate(parts)
    )


def _first_of_two(match: re.Match[str]) -> str:
    if match.group(1).lower() in _MAY_REPEAT:
        return match.group(0)
    return match.group(0)[: len(match.group(1))]


def _balanced(sentence: str) -> str:
    """A bracket or quotation left open is closed before the sentence's last stop; a
    closing one with nothing to close is taken out."""
    for opening, closing in (*_PAIRS, ('"', '"')):
        if opening == closing:
            if sentence.count(opening) % 2:
                at = sentence.rfind(opening)
                sentence = sentence[:at] + sentence[at + 1 :]
            continue
        depth, kept = 0, []
        for char in sentence:
            if char == closing:
                if depth == 0:
                    continue  # nothing to close
                depth -= 1
            elif char == opening:
                depth += 1
            kept.append(char)
        sentence = "".join(kept)
        if depth:
            end = _END.search(sentence.rstrip())
            body = sentence.rstrip()
            at = end.start() if end else len(body)
            sentence = body[:at].rstrip() + closing * depth + body[at:]
    return sentence
