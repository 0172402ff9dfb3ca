"""Reading what an outcome measures and for how long it must hold (PLAN-04, 15): the
base of :class:`~plangen.rules.reading.Reader`, which adds its clauses and who changes.

"For 3 months" holds the change; "checked each day" is how often it is looked at;
"reaches 90% over 3 months" is the time to reach the target; "by the next review" is a
deadline.  Each reading returns the words that decided it (``check --explain``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plangen.rules.names import ChildNames
from plangen.rules.periods import held_over
from plangen.rules.text import WordLists, blank_out, first, quoted


class MeasureReading:
    """What is measured in an outcome, and the period it holds for, with one set of word
    lists and the child's names (a name is never a measure: "for Summer")."""

    def __init__(self, words: WordLists, child_names: list[str]) -> None:
        self.words = words
        self._child = ChildNames(words, child_names)
        self._read: dict[tuple[str, str], Any] = {}  # (what, text) -> answer: rules ask again

    def _known(self, what: str, text: str, read: Callable[[str], Any]) -> Any:
        key = (what, text)
        if key not in self._read:
            self._read[key] = read(text)
        return self._read[key]

    # -- PLAN-04 ----------------------------------------------------------------------

    def measure(self, text: str) -> str:
        """What can be counted or seen ("95%", "every night", "no contact with"),
        leaving out deadlines, course lengths and "a daily routine"."""
        return str(self._known("measure", text, self._measure))

    def _measure(self, text: str) -> str:
        rest = blank_out(self.words["measure.not_a_measure"], self._child.unnamed(text))
        rest = blank_out(self.words["measure.deadline"], rest)
        rest = blank_out(self.words["measure.period"], rest)  # "for 6 months" holds it
        return self._child.named(quoted(first(self.words["measure.patterns"], rest)))

    def not_measured(self, text: str) -> str:
        """The words that look like a measure but were set aside ("fortnightly" in
        "HV to check fortnightly", a deadline, a child's age), or "" when there are none."""
        text = self._child.unnamed(text)
        for key, why in (
            ("measure.not_a_measure", "is not a measure of the change"),
            ("measure.deadline", "is a deadline, not a measure"),
        ):
            for pattern in self.words[key]:
                for found in pattern.finditer(text):
                    if first(self.words["measure.patterns"], found.group(0)):
                        return self._child.named(f"{quoted(found)} {why}")
        return ""

    def vague_words(self, text: str) -> list[str]:
        """The vague words in a text ("improve", "appropriate" ...), as written."""
        return [m.group(0) for p in self.words["measure.vague_words"] if (m := p.search(text))]

    # -- PLAN-15 ----------------------------------------------------------------------

    def sustained(self, text: str) -> str:
        """The period the change must hold for, or the sustain wording; "" when there
        is neither.  "Sustained" meaning "suffered", a checking frequency, the time to
        reach a target and the length of a course are set aside first."""
        rest = self._child.unnamed(text)
        for key in ("sustained.suffered", "sustained.checking", "sustained.to_target"):
            rest = blank_out(self.words[key], rest)
        found = first(self.words["sustained.patterns"], rest) or held_over(self.words, rest)
        return self._child.named(quoted(found))

    def not_sustained(self, text: str) -> str:
        """Why the outcome does not say how it will be sustained."""
        text = self._child.unnamed(text)
        for key, why in (
            ("sustained.suffered", "means suffered, not kept up"),
            ("sustained.to_target", "is the time to reach the target or a course's length"),
            ("sustained.checking", "is how often it is checked, not for how long"),
            ("measure.deadline", "is a deadline, not a period the change holds for"),
        ):
            if found := self.words.find(key, text):
                return self._child.named(f"{quoted(found)} {why}")
        return "no period and no sustain wording"
