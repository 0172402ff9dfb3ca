"""Where a sentence ends in a plan's text: after . ! ? and a space before a capital,
never inside a quotation nor after an abbreviation ("incl.", "approx. 5", "Reg. 8").
The abbreviations are data (``data/family.toml``); the family version, the child's
version and the readability scores all split sentences here."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from plangen.family.verbs import family_data


@cache
def _abbreviations() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(any abbreviation, one that stands for a word only before a number) at the end
    of a text, from ``data/family.toml``."""
    data = family_data()

    def ending(key: str) -> str:
        listed = data[key]
        assert isinstance(listed, list)
        return "|".join(re.escape(str(w)) for w in sorted(listed, key=lambda w: (-len(w), w)))

    # a single letter is an initial ("J. Smith"), never the "s" of "St Mary's."
    always = re.compile(rf"(?:\b(?:{ending('abbreviations')})|(?<!['’])\b[A-Za-z])\.$", re.I)
    return always, re.compile(rf"\b(?:{ending('before_numbers')})\.$", re.I)


def ends_sentence(before: str, after: str) -> bool:
    """Whether a sentence ends between ``before`` (ending in . ! ? or a closing quote)
    and ``after``: not after an abbreviation ("incl. Monday", "approx. 5", "Reg. 8")."""
    stop = before.rstrip()
    if stop.rstrip('"”’)')[-1:] not in (".", "!", "?"):
        return False
    if not stop.endswith("."):
        return True
    always, numbered = _abbreviations()
    # an abbreviation is a few letters: only the end of the text is searched (``\b``
    # still sees the character before where the search starts)
    tail = max(0, len(stop) - _LONGEST)
    return not (
        always.search(stop, tail) or (numbered.search(stop, tail) and after.lstrip()[:1].isdigit())
    )


_LONGEST = 40  # characters: longer than any abbreviation in data/family.toml (a test holds it)
_STOPS = re.compile(r"[.!?]")
_MARKS = re.compile(r"[.!?\"“”]")
_NEXT = re.compile(r" [A-Z0-9\"“(]")
_ANY_MARK = re.compile("[()\"“”'‘’]")


def inside_marks(text: str) -> list[bool]:
    """For each character of ``text``, whether it is inside brackets or a quotation
    ("...", “...”, or '...' opened before a word and closed after one: never the
    apostrophe of "don't" or "Paul's").  A sentence or a clause is never cut there:
    that would leave a bracket or a quote open in one piece and closed in the next,
    and change the speaker's own words."""
    spans: list[tuple[int, int]] = []
    brackets: list[int] = []
    double: int | None = None
    single: int | None = None
    for mark in _ANY_MARK.finditer(text):  # no other character changes anything
        n, char = mark.start(), mark.group(0)
        before = text[n - 1] if n else " "
        after = text[n + 1] if n + 1 < len(text) else " "
        if char == "(":
            brackets.append(n)
        elif char == ")" and brackets:
            spans.append((brackets.pop(), n))
        elif char == "“" or (char == '"' and double is None):
            double = n
        elif char in '"”' and double is not None:
            spans.append((double, n))
            double = None
        elif char in "'‘" and single is None and not before.isalnum() and after.isalnum():
            single = n
        elif char in "'’" and single is not None and not before.isspace() and not after.isalnum():
            spans.append((single, n))
            single = None
    # only marks that close hold anything: a bracket left open is the mender's to close
    inside = [False] * len(text)
    for opening, closing in spans:
        inside[opening : closing + 1] = [True] * (closing + 1 - opening)
    return inside


def split_outside(text: str, pattern: str) -> list[str]:
    """``re.split(pattern, text)`` at matches outside brackets and quotations only."""
    inside = inside_marks(text)
    pieces, start = [], 0
    for match in re.finditer(pattern, text):
        if not inside[match.start()]:
            pieces.append(text[start : match.start()])
            start = match.end()
    return [*pieces, text[start:]]


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``: split after . ! ? and a space before a capital or a
    quotation, never inside a quotation or after an abbreviation ("e.g.", "incl.")."""
    return list(_sentences(text))


# the same texts are split again and again: by the family and the child's versions,
# each reading the plan, and by the readability scores of both
@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    if not _STOPS.search(text):  # no . ! ? at all: one sentence (a quote ends none alone)
        return (text.strip(),) if text.strip() else ()
    found, start, quoted = [], 0, False
    # a stop inside brackets or single quotes ends no sentence: "(he works nights. He
    # sleeps in the day)"; double quotes are followed below, a closing one may end it
    held = inside_marks(text) if "(" in text or "'" in text or "‘" in text else None
    for mark in _MARKS.finditer(text):  # only these characters can change anything
        n, char = mark.start(), mark.group(0)
        if char == "“" or (char == '"' and not quoted):
            quoted = True
            continue
        if char == "”" or (char == '"' and quoted):
            quoted = False
        if quoted or char not in '.!?"”':
            continue
        end = n + 1
        if char in '"”' and text[n - 1 : n] not in (".", "!", "?"):
            continue
        if held is not None and char in ".!?" and held[n] and not quoted:
            continue
        if text[end : end + 1] == " " and _NEXT.match(text, end):
            if not ends_sentence(text[start:end], text[end:]):
                continue
            found.append(text[start:end].strip())
            start = end
    found.append(text[start:].strip())
    return tuple(s for s in found if s)
