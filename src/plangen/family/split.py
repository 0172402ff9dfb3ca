"""Where a sentence ends in a plan's text: after . ! ? and a space before a capital,
never inside a quotation nor after an abbreviation ("incl.", "approx. 5", "Reg. 8").
The abbreviations are data (``data/family.toml``); the family version, the child's
version and the readability scores all split sentences here."""

from __future__ import annotations

import re
from functools import cache

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

    always = re.compile(rf"(?:\b(?:{ending('abbreviations')})|\b[A-Za-z])\.$", re.I)
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


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``: split after . ! ? and a space before a capital or a
    quotation, never inside a quotation or after an abbreviation ("e.g.", "incl.")."""
    if not _STOPS.search(text):  # no . ! ? at all: one sentence (a quote ends none alone)
        return [text.strip()] if text.strip() else []
    found, start, quoted = [], 0, False
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
        if text[end : end + 1] == " " and _NEXT.match(text, end):
            if not ends_sentence(text[start:end], text[end:]):
                continue
            found.append(text[start:end].strip())
            start = end
    found.append(text[start:].strip())
    return [s for s in found if s]
