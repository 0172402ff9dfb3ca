"""Words a version must never change, set aside while a sentence is turned into "you"
or "I": quotations (the speaker's words), pronouns spoken of as pronouns ("uses
he/him"), and the child's name spoken of as a name ("being called Robin")."""

from __future__ import annotations

import re
from collections.abc import Callable

from plangen.family.quotes import QUOTATION

_HOLD = "\ue0e0"
_HELD = re.compile(f"{_HOLD}(\\d+){_HOLD}")
# pronouns spoken of as pronouns: "uses he/him", "use she or her at school"
_PRONOUNS_NAMED = re.compile(r"\b(?:he|she|they)\s*(?:/|\bor\b|\band\b)\s*(?:him|her|them)\b", re.I)


def hold_quotes(text: str, names: tuple[str, ...] = ()) -> tuple[str, Callable[[str], str]]:
    """Quotations swapped for markers (they are the speaker's words, never changed), and
    a name spoken of as a name ("being called Robin at school" is not "called me")."""
    held: list[str] = []

    def hold(words: str) -> str:
        held.append(words)
        return f"{_HOLD}{len(held) - 1}{_HOLD}"

    masked = QUOTATION.sub(lambda m: hold(m.group(0)), text)
    masked = _PRONOUNS_NAMED.sub(lambda m: hold(m.group(0)), masked)
    if names and "called" in masked:  # in every match: most texts need no pattern run
        either = "|".join(re.escape(name) for name in names)
        # "being called Robin", "asked to be called Alex"; not "Gary called Millie a
        # slag", where the child is the one spoken to
        masked = re.sub(
            rf"\b(be|being) called ({either})\b",
            lambda m: f"{m.group(1)} called {hold(m.group(2))}",
            masked,
        )
    return masked, lambda out: _HELD.sub(lambda m: held[int(m.group(1))], out)
