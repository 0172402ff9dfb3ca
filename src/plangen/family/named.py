"""Searching for a plan's names before a costly fixed pattern, compiled once.

A pattern such as ``\\b(?:Kacper Nowak|Kacper)\\b(?=\\s+(?:attends|is|...)\\b)`` holds
the plan's names and the verb list (nearly 3,000 characters of alternatives).  Built
as one regex, it is compiled afresh for every plan (the names differ) and its compile
costs several milliseconds: most of a plan's child version.  :class:`Named` splits
it where the names go: the part after the names is compiled once for the whole run,
the names are found with one small pattern compiled once for the plan, and the part
before them (a word boundary, or the start of a clause) is checked by hand; every
match is the one the single regex would find.

That holds because the part before the names has one way to match at a start (a word
boundary; or the text's start, or a stop and the spaces that run up to a name: names
never begin with a space, the model strips them), and the names are literal text,
tried in their order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

CLAUSE_STOPS = ";:.!?–-"  # a name after one of these and a space starts a clause
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Found:
    """One match: where it starts and ends, the name matched, what came before it
    (the stop and spaces of a clause start; empty at a word boundary), and the match
    of the part after the names (its groups are the groups after the names)."""

    start: int
    end: int
    name: str
    lead: str
    tail: re.Match[str]

    @property
    def string(self) -> str:
        return self.tail.string


@dataclass(frozen=True)
class Named:
    """``\\b(?:name1|name2|...)after``, or with ``stops``
    ``(^|[stops]\\s+)(?:name1|...)after``, searched as that one regex would be."""

    names: Sequence[str]  # literal, in the order the alternation tries them
    tail: re.Pattern[str]  # compiled once: :func:`tail`, or a verb pattern
    stops: str | None = None  # None: the names start at a word boundary

    def finditer(self, text: str) -> Iterator[Found]:
        """Every match, left to right, not overlapping (as ``re.finditer``)."""
        if not self.names:
            return
        at = 0
        for spot in _starts(tuple(self.names)).finditer(text):
            where = spot.start()
            start = self._lead(text, where)
            if start is None or start < at:
                continue
            found = self._at(text, start, where)
            if found is not None:
                yield found
                at = found.end if found.end > found.start else found.end + 1

    def _lead(self, text: str, where: int) -> int | None:
        """Where the part before the names starts, for a name at ``where``; None when it
        cannot match there."""
        if self.stops is None:
            before = where > 0 and _WORD.match(text, where - 1) is not None
            after = _WORD.match(text, where) is not None
            return where if before != after else None
        if where == 0:
            return 0
        space = where
        while space > 0 and text[space - 1].isspace():
            space -= 1
        if space < where and space > 0 and text[space - 1] in self.stops:
            return space - 1
        return None

    def _at(self, text: str, start: int, where: int) -> Found | None:
        for name in self.names:
            if text.startswith(name, where):
                tail = self.tail.match(text, where + len(name))
                if tail is not None:
                    return Found(start, tail.end(), name, text[start:where], tail)
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


@lru_cache(maxsize=16)
def _starts(names: tuple[str, ...]) -> re.Pattern[str]:
    """Every place one of a plan's names starts: compiled once for the plan."""
    return re.compile("(?=" + "|".join(re.escape(name) for name in names) + ")")


@cache
def tail(pattern: str) -> re.Pattern[str]:
    """A fixed part after the names, compiled once for the whole run."""
    return re.compile(pattern)
