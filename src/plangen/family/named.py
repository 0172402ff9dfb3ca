"""Searching for a plan's names before a costly fixed pattern, compiled once.

A pattern such as ``\\b(?:Kacper Nowak|Kacper)\\b(?=\\s+(?:attends|is|...)\\b)`` holds
the plan's names and the verb list (nearly 3,000 characters of alternatives).  Built
as one regex, it is compiled afresh for every plan (the names differ) and its compile
costs several milliseconds: most of a plan's child version.  :class:`Named` splits
it where the names go: the part after the names is compiled once for the whole run,
the part before them with the names is small and cheap, and :meth:`Named.search`
joins them the way the regex engine would, so every match is the one the single
regex would find.

That holds because the part before the names has one way to match at a start
(``\\b``, or a clause start whose spaces run up to a name: names never begin with a
space, the model strips them), and the names are literal text, tried in their order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache


@dataclass(frozen=True)
class Found:
    """One match: where it starts and ends, what came before the names, and the match
    of the part after them (its groups are the groups after the names)."""

    start: int
    end: int
    name: str  # the name matched
    lead: re.Match[str]
    tail: re.Match[str]


@dataclass(frozen=True)
class Named:
    """``before (?:name1|name2|...) after``, searched as that one regex would be."""

    before: str  # a regex, with no way to match at a start other than its first
    names: Sequence[str]  # literal, in the order the alternation tries them
    tail: re.Pattern[str]  # compiled once: :func:`plangen.family.verbs.with_verbs`

    def _lead(self) -> re.Pattern[str]:
        return _lead(self.before, tuple(self.names))

    def finditer(self, text: str) -> Iterator[Found]:
        """Every match, left to right, not overlapping (as ``re.finditer``)."""
        if not self.names:
            return
        lead, at = self._lead(), 0
        while at <= len(text) and (start := lead.search(text, at)):
            found = self._at(text, start)
            if found is None:
                at = start.start() + 1
                continue
            yield found
            at = found.end if found.end > found.start else found.end + 1

    def _at(self, text: str, lead: re.Match[str]) -> Found | None:
        for name in self.names:
            if text.startswith(name, lead.end()):
                tail = self.tail.match(text, lead.end() + len(name))
                if tail is not None:
                    return Found(lead.start(), tail.end(), name, lead, tail)
        return None

    def search(self, text: str) -> Found | None:
        """The first match, as ``re.search``."""
        return next(self.finditer(text), None)

    def sub(self, said: Callable[[Found], str], text: str) -> str:
        """``text`` with each match replaced by ``said(match)``, as ``re.sub``."""
        out, at = [], 0
        for found in self.finditer(text):
            out += [text[at : found.start], said(found)]
            at = found.end
        return "".join(out) + text[at:]


@lru_cache(maxsize=64)
def _lead(before: str, names: tuple[str, ...]) -> re.Pattern[str]:
    """The part before the names, and the names: compiled once for a plan's names."""
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"{before}(?=(?:{alternatives}))")


@cache
def tail(pattern: str) -> re.Pattern[str]:
    """A fixed part after the names, compiled once for the whole run."""
    return re.compile(pattern)
