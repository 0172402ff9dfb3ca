"""Names written in lower case given their capitals: "mia to use her coping
strategies" -> "Mia to use ...", "checked weekly by dad" -> "checked weekly by Dad".

A worker types fast; a name in lower case would be missed by the voices (the child's
"I" is found by the child's name) and reads as a slip to a family.  A name that is
also an everyday word ("will", "grace", "rose") is left as written, and a quotation
is the speaker's own words.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from plangen.family.quotes import KEPT
from plangen.family.verbs import AUX, DETERMINERS, KIND, verbs

if TYPE_CHECKING:
    from plangen.family.household import Household

# names that are also words a plan uses in lower case
_WORDS = {
    "will", "may", "can", "mark", "bill", "hope", "grace", "faith", "rose", "sky", "dawn",
    "joy", "summer", "autumn", "river", "miles", "chase", "hunter", "frank", "sunny", "page",
    "young", "long", "little", "hall", "wood", "green", "brown", "white", "black", "king",
    "rich", "price", "baker", "cook", "mason", "carter", "fisher", "walker", "ward", "baby",
    "unborn", "angel", "star", "honey", "precious", "destiny", "harmony", "stone",
}  # fmt: skip
# "mum", "dad", "nan" standing as a name: not after "his", "a", "your mum" ...
_FAMILY = re.compile(r"(?<![\w'’])(?<!-)(mum|dad|nan|grandad)\b")
_AFTER = re.compile(rf"(?:{DETERMINERS}|whose|their|our|[\w]+['’]s)\s+(?:{KIND}\s+){{0,3}}$", re.I)


def capitalised(text: str, who: Household) -> str:
    """``text`` with the plan's names, and "mum", "dad", "nan" used as names, in capitals
    outside quotations."""
    if not text:
        return text
    pattern = _names(
        _lower_names(who.child_names, tuple(r.name for r in who.relatives), who.people)
    )
    parts = KEPT.split(text)
    for n in range(0, len(parts), 2):
        part = parts[n]
        if pattern is not None:
            part = pattern.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:], part)
        parts[n] = _FAMILY.sub(
            lambda m: m.group(0) if _AFTER.search(m.string[: m.start()]) else m.group(1).title(),
            part,
        )
    return "".join(parts)


@lru_cache(maxsize=16)
def _lower_names(*groups: tuple[str, ...]) -> tuple[str, ...]:
    """The name words of the plan that may be written in lower case by mistake."""
    words = {
        word
        for group in groups
        for name in group
        for word in name.split()
        if len(word) >= 3 and word[:1].isupper() and word[1:].islower()
    }
    return tuple(sorted(w for w in words if w.lower() not in _everyday()))


@cache
def _everyday() -> frozenset[str]:
    return frozenset(_WORDS | set(verbs()) | set(AUX.split("|")) | set(DETERMINERS.split("|")))


@lru_cache(maxsize=16)
def _names(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The lower-case forms of a plan's names, compiled once for the plan."""
    if not words:
        return None
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(w.lower()) for w in words) + r")\b")
