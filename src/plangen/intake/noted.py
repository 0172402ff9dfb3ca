"""Closed-list answers with a note after them, as an administrator types them: a level
"Child in Need (s17)", "CP (Neglect)", "Early Help - Targeted (TAF)", "Additional
support (Named Person)"; attendance "Yes (left early)", "No - sent report", "Apologies -
report sent", "Yes, by phone", "Part (first hour)".

The answer is read from the words before the note, and the note is kept as written, to
print where the plan shows the answer.  A note that is itself another answer ("Child in
Need (CP)", "Yes (apologies)") leaves the answer unsure, and is refused as plangen
refuses any answer it cannot read: never a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import TypeVar

from plangen.errors import InputError
from plangen.intake.vocabulary import normalise, quoted, vocabulary

Answer = TypeVar("Answer")

# where a note may start: a bracket, a dash with a space before it, a colon or a comma
_LONGEST = 60  # characters an answer may take before its note
_NOTE_START = re.compile(r"\s*\(|\s+[-–—]+\s*|\s*[:;,]\s*")


def _cuts(written: str) -> Iterator[tuple[str, str]]:
    """(answer, note) for each place a note may start, the longest answer first."""
    # no answer is long: a hostile cell of many commas is never read thousands of times
    starts = [m.start() for m in _NOTE_START.finditer(written[:_LONGEST]) if m.start() > 0]
    for at in reversed(starts):
        yield written[:at].rstrip(), written[at:]


def with_note(
    raw: object,
    read: Callable[[object], Answer],
    *,
    differ: Callable[[Answer, Answer], bool] = lambda one, other: one != other,
) -> tuple[Answer, str, str] | None:
    """``raw`` read as an answer followed by a note: (the answer, the words it was read
    from, the note as written: ``" (s17)"``, ``" - sent report"``), or ``None`` when no
    words before a note read as an answer.  A note that is itself an answer that
    ``differ`` tells apart from this one raises :class:`InputError`: the two say
    different things."""
    written = " ".join(str(raw).split())
    for words, note in _cuts(written):
        try:
            answer = read(words)
        except InputError:
            continue
        try:
            other = read(note_words(note))
        except InputError:
            return answer, words, note
        if differ(answer, other):
            raise InputError(
                f"{quoted(raw)} says two things ({_said(answer)} and {_said(other)}); "
                "write the one that is right, with any note after it in brackets"
            )
        return answer, words, note
    return None


def _said(answer: object) -> str:
    value = getattr(answer, "value", answer)
    return {True: "Yes", False: "No", "part": "Part"}.get(value, str(value))


def note_words(note: str) -> str:
    """A note as printed inside brackets: ``" - sent report"`` -> ``"sent report"``,
    ``" (first hour)"`` -> ``"first hour"``."""
    words = note.strip().lstrip("-–—:;,").strip()
    if words.startswith("(") and words.endswith(")") and words.count("(") == 1:
        words = words[1:-1].strip()
    return words


@cache
def _report_words() -> tuple[str, ...]:
    return tuple(normalise(w) for w in vocabulary()["values"]["present_report"]["words"])


def sent_a_report(raw: object) -> bool:
    """Whether ``raw`` says only that someone sent a report ("Report sent", "Sent
    report"): absent, with a report, never present."""
    return normalise(raw) in _report_words()
