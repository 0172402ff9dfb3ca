"""Heuristics that read the free text of a plan (PLAN-02, 03, 04, 06, 10, 14, 15).

The word lists and patterns are data (``data/rules.toml``, or a council's tuned copy
named by the ``rules.data`` setting); this module only applies them.  Their precision
and recall are measured on ``tests/corpus/texts.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from plangen.errors import ConfigError

Patterns = tuple[re.Pattern[str], ...]
_CLAUSES = re.compile(r"\n|;|\+|\band\b|,", re.IGNORECASE)
# Where a clause may start: the text's start, after a sentence, a colon or semicolon,
# or "and" / "so that" joining two clauses.
_CLAUSE_START = re.compile(r"[.:;!?]\s+|\n+|,?\s+and\s+|\s+so that\s+|\s*:\s*", re.I)


def _compile(patterns: list[str], where: str) -> Patterns:
    try:
        return tuple(re.compile(p, re.IGNORECASE) for p in patterns)
    except re.error as error:
        raise ConfigError(
            f"{where}: a pattern is not a valid regular expression ({error})"
        ) from None


def _any(patterns: Patterns, text: str) -> bool:
    return any(p.search(text) for p in patterns)


@dataclass(frozen=True)
class WordLists:
    """The compiled patterns of one rules data file."""

    child_words: Patterns
    adult_words: Patterns
    passive_process: Patterns
    not_subject_after: tuple[str, ...]
    process: Patterns
    measure: Patterns
    vague: Patterns
    sustained: Patterns
    vague_timescale: Patterns
    trigger: Patterns
    process_only: Patterns
    process_only_words: int
    response: Patterns
    time: Patterns
    contacts: tuple[tuple[re.Pattern[str], float], ...]
    parents_involved: Patterns

    # -- PLAN-02 ------------------------------------------------------------------

    def is_about_adults(self, text: str, child_names: list[str]) -> bool:
        """True when no clause has the child as its subject and the text is about what
        adults do: "Mum attends all of Sam's appointments", "Social worker visits Leo",
        "Referral to CAMHS for Aisha" (a service given to the child changes nothing for
        them yet); not "Leo's weight stays above the 25th centile"."""
        if self.child_is_subject(text, child_names):
            return False
        return (
            _any(self.adult_words, text)
            or _any(self.process, text)
            or _any(self.passive_process, text)
        )

    def child_is_subject(self, text: str, child_names: list[str]) -> bool:
        """Some clause starts with the child (by name, "Betty's ...", or a child word):
        the outcome says what changes for them.  A clause where something is only done
        to the child ("Amira is referred", "Lily's wellbeing is supported") does not."""
        names = tuple(re.escape(n) for n in child_names if n)
        starts, inside = _subject_patterns(
            tuple(p.pattern for p in self.child_words), names, tuple(self.not_subject_after)
        )
        for clause in _CLAUSE_START.split(text):
            clause = clause.strip(" ,-–(\"'")
            if _any(self.passive_process, clause):
                continue
            if starts.match(clause) or (names and inside.search(clause)):
                return True
        return False

    # -- PLAN-03, 04, 15 --------------------------------------------------------------

    def is_process(self, text: str) -> bool:
        """A referral, assessment, meeting, course or "engage with" written as an outcome."""
        return _any(self.process, text)

    def is_measurable(self, text: str) -> bool:
        """A number, percentage, frequency, scaling target or observable standard."""
        return _any(self.measure, text)

    def vague_words(self, text: str) -> list[str]:
        """The vague words in a text ("improve", "appropriate" ...), as written."""
        return [m.group(0) for p in self.vague if (m := p.search(text))]

    def is_sustained(self, text: str) -> bool:
        """The text says how long, or that the change is kept up."""
        return _any(self.sustained, text)

    # -- PLAN-06 --------------------------------------------------------------------

    def is_vague_timescale(self, text: str) -> bool:
        return _any(self.vague_timescale, text.strip())

    # -- PLAN-10 --------------------------------------------------------------------

    def contingency_gaps(self, plan: str, timescale: str) -> list[str]:
        """What a contingency plan lacks: "a trigger", "a response", "a timescale"."""
        gaps = []
        if not _any(self.trigger, plan):
            gaps.append("a trigger (if ...)")
        if not _any(self.response, plan):
            gaps.append("what will happen for the child")
        if not timescale.strip() and not _any(self.time, plan):
            gaps.append("a timescale")
        return gaps

    def names_only_a_process(self, plan: str) -> bool:
        """A contingency plan that is a process name and little else ("escalate to
        conference"): short once the process names are taken out."""
        if not _any(self.process_only, plan):
            return False
        rest = plan
        for pattern in self.process_only:
            rest = pattern.sub(" ", rest)
        return len(re.findall(r"[A-Za-z]+", rest)) < self.process_only_words

    # -- PLAN-14 --------------------------------------------------------------------

    def contacts_a_week(self, frequency: str) -> float:
        """Planned contacts a week: "Twice Weekly; joint visit fortnightly" is 2.5."""
        total = 0.0
        for clause in _CLAUSES.split(frequency):
            for pattern, weight in self.contacts:
                if pattern.search(clause):
                    total += weight
                    break
        return total

    def involves_parents(self, text: str) -> bool:
        return _any(self.parents_involved, text)


def _load(text: str, where: str) -> WordLists:
    try:
        data = tomllib.loads(text)
        focus, cont = data["child_focus"], data["contingency"]
        return WordLists(
            child_words=_compile(focus["child_words"], where),
            adult_words=_compile(focus["adult_words"], where),
            passive_process=_compile(focus["passive_process"], where),
            not_subject_after=tuple(focus["not_subject_after"]),
            process=_compile(data["process"]["patterns"], where),
            measure=_compile(data["measure"]["patterns"], where),
            vague=_compile(data["measure"]["vague_words"], where),
            sustained=_compile(data["sustained"]["patterns"], where),
            vague_timescale=_compile(data["timescale"]["vague"], where),
            trigger=_compile(cont["trigger"], where),
            process_only=_compile(cont["process_only"], where),
            process_only_words=int(cont["process_only_words"]),
            response=_compile(cont["response"], where),
            time=_compile(cont["time"], where),
            contacts=tuple(
                (re.compile(pattern, re.IGNORECASE), float(weight))
                for pattern, weight in data["contacts"]["weights"]
            ),
            parents_involved=_compile(data["parents_involved"]["patterns"], where),
        )
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{where}: is not valid TOML ({error})") from None
    except (KeyError, TypeError, ValueError) as error:
        raise ConfigError(f"{where}: a word list is missing or malformed ({error})") from None


@cache
def word_lists(path: Path | None = None) -> WordLists:
    """The compiled word lists: plangen's own, or a council's tuned copy at ``path``."""
    if path is None:
        text = resources.files("plangen.data").joinpath("rules.toml").read_text("utf-8")
        return _load(text, "rules.toml")
    try:
        return _load(path.read_text(encoding="utf-8"), str(path))
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read ({error.strerror})") from None


@functools.lru_cache(maxsize=256)
def _subject_patterns(
    words: tuple[str, ...], names: tuple[str, ...], not_subject_after: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A clause starting with the child, and the child's name followed by a verb
    ("so Oscar has ..."): compiled once per child, not once per outcome."""
    starts = re.compile(rf"^(?:to |that |so that )?(?:{'|'.join(names + words)})(?:['’]s)?\b", re.I)
    not_after = "|".join(re.escape(w) for w in not_subject_after)
    inside = re.compile(rf"\b(?:{'|'.join(names)})\s+(?!(?:{not_after})\b)[a-z]+", re.I)
    return starts, inside
