"""Plan text said in words: a "how often" cell ("Fortnightly to 36 weeks then weekly" ->
"every two weeks to 36 weeks then once a week"), dates ("by 24.11.25" -> "by Monday 24
November 2025") and note-taking signs ("feeds/weaning" -> "feeds or weaning")."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from plangen.dates import MONTHS, in_words, split_date
from plangen.errors import InputError
from plangen.family.verbs import verbs

if TYPE_CHECKING:
    from plangen.family.plain import Glossary


@cache
def _frequencies() -> list[tuple[re.Pattern[str], str]]:
    text = resources.files("plangen.data").joinpath("family.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return [
        (re.compile(p, re.I), words)
        for p, words in [*data["frequencies"], *data.get("frequency_phrases", [])]
    ]


@cache
def _exact_count() -> int:
    """How many of :func:`_frequencies` are whole cells ("Weekly"), not phrases."""
    text = resources.files("plangen.data").joinpath("family.toml").read_text("utf-8")
    return len(tomllib.loads(text)["frequencies"])


def frequency_in_words(frequency: str, words: Glossary) -> str:
    """``"Daily (Term time)"`` -> ``"on school days"``; each line of the cell in turn.
    ``"Fortnightly group"`` -> ``"group every two weeks"``."""
    out = []
    # each line, and each part of a line between semicolons, is a frequency of its own:
    # "Fortnightly CPN visit; monthly psychiatry review"
    for line in (part for row in frequency.splitlines() for part in row.split(";")):
        exact = next((m for p, w in _frequencies()[: _exact_count()] if (m := p.match(line))), None)
        if exact is None and _MIXED_FREQUENCY.search(line):
            # "Fortnightly to 36 weeks then weekly": each frequency said where it stands,
            # never "to 36 weeks then weekly every two weeks"
            out.append(words.plain(_EACH_FREQUENCY.sub(_frequency_said, _counts(line.strip()))))
            continue
        if exact is None and _EVERY_N.search(line):  # "6-weekly reviews", "2x wk"
            out.append(words.plain(_counts(line.strip())))
            continue
        match = next((m for p, w in _frequencies() if (m := p.match(line)) and (said := w)), None)
        if match is not None:
            out.append(match.expand(said).strip())
        else:
            out.append(words.plain(line.strip()))
    return "; ".join(_joined(part) if n else part for n, part in enumerate(p for p in out if p))


# the first word of a frequency's line that goes on in lower case once joined after
# "; " ("twice a week; joint visit with ..."): a word of a note, never a name
_NOTE_WORDS = frozenset(
    [
        "joint",
        "visit",
        "visits",
        "call",
        "calls",
        "phone",
        "text",
        "texts",
        "check",
        "checks",
        "review",
        "reviews",
        "session",
        "sessions",
        "meeting",
        "meetings",
        "home",
        "school",
        "contact",
        "plus",
        "also",
        "then",
        "and",
        "or",
        "with",
        "each",
        "every",
        "once",
        "twice",
        "weekly",
        "daily",
        "monthly",
        "fortnightly",
        "group",
        "groups",
        "appointment",
        "appointments",
    ]
)


def _joined(part: str) -> str:
    """A line's frequency after "; ": "Joint visit ..." -> "joint visit ..."; a name
    ("Megan visits") and a short form ("SW visit") keep their capitals."""
    first = part.split(" ", 1)[0]
    if first[1:].islower() and (first.lower() in _NOTE_WORDS or first.lower() in verbs()):
        return part[:1].lower() + part[1:]
    return part


# a cell with more than one frequency, or one followed by a "to", "for" or a bracket:
# "Fortnightly to 36 weeks then weekly", "Weekly for 6 weeks then review", "Weekly
# (Wednesdays, at the centre)"
_MIXED_FREQUENCY = re.compile(
    r"\bthen\b|^\s*(?:fortnightly|weekly|monthly|daily)\s+(?:to|for|from|after|at)\b|"
    r"^\s*(?:fortnightly|weekly|monthly|daily)\s*\(",
    re.I,
)
# a frequency word used as an adverb (not "Weekly visits"), and how it is said; never
# the "weekly" of "6-weekly" (reader 32: "Once, then reviewed 6-once a week")
_EACH_FREQUENCY = re.compile(
    r"(?<![\w-])(fortnightly|weekly|monthly|daily)\b(?=\s*(?:$|[,;(]|(?:to|for|until|then|"
    r"from|and|after|at)\b))",
    re.I,
)
# "6-weekly", "six weekly", "3-monthly": every so many weeks; "2x wk", "3 x week": so
# many times a week (reader 32: compound cells, "Once, then 6-weekly")
_EVERY_N = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|eight|ten|twelve)[- ]?(week|month)ly\b"
    # said as a time only where it is one: "a 6-weekly review" stays as written
    r"(?=\s*(?:$|[,;()]|(?:then|to|for|until|from|and|or|after|at)\b))|"
    r"\b(\d{1,2}) ?x ?(?:a |per )?(?:wk|week)\b",
    re.I,
)


def _counts(line: str) -> str:
    """ "Once, then reviewed 6-weekly" -> "Once, then reviewed every 6 weeks"; "2x wk"
    -> "2 times a week"."""

    def said(match: re.Match[str]) -> str:
        if match.group(3):
            return f"{match.group(3)} times a week"
        return f"every {match.group(1).lower()} {match.group(2).lower()}s"

    return _EVERY_N.sub(said, line)


_FREQUENCY_SAID = {
    "fortnightly": "every two weeks",
    "weekly": "once a week",
    "monthly": "once a month",
    "daily": "every day",
}


def _frequency_said(match: re.Match[str]) -> str:
    return _FREQUENCY_SAID[match.group(1).lower()]


_DATE_IN_TEXT = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + "|".join(sorted(MONTHS, key=lambda w: (-len(w), w)))
    + r")\.?\s+\d{4}\b",
    re.IGNORECASE,
)


def dates_in_words(text: str) -> str:
    """Every date written in ``text`` said in words: ``by 24.11.25`` -> ``by Monday 24
    November 2025``."""

    def say(match: re.Match[str]) -> str:
        try:
            return in_words(split_date(match.group(0))[0])
        except InputError:
            return match.group(0)

    return _DATE_IN_TEXT.sub(say, text)


def _times_a(match: re.Match[str]) -> str:
    """ "3 x weekly" -> "3 times a week"."""
    unit = {"weekly": "week", "daily": "day", "monthly": "month"}[
        match.group(0).split()[-1].lower()
    ]
    return f"{match.group(1)} times a {unit}"


# note-taking signs, in words: "feeds/weaning" -> "feeds or weaning", "Shannon & Adult
# Social Care" -> "... and ...", "3 meals + 2 snacks", "police called x4" -> "4 times",
# "bathed 3x week" -> "3 times a week".  Only between words (a date "12/24", "A&E",
# "24/7" and "w/c" stay), and never a chain ("school/nursery/home" means all of them).
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_SIGNS = (
    (re.compile(r"\band/or\b"), "or"),
    # "6 hours/week", "£20/week": "a week", not "or week"
    (re.compile(r"(?<=\w)/(day|week|month|year|night|fortnight|term|session|visit)\b"), r" a \1"),
    # "64% in August/September": one figure over both months, never "August or September"
    (re.compile(rf"(?<![\w/])({_MONTHS})/({_MONTHS})(?![\w/])"), r"\1 and \2"),
    (re.compile(r"(?<![\w/])([A-Za-z][a-z]+)/([A-Za-z][a-z]+)(?![\w/])"), r"\1 or \2"),
    (re.compile(r"(?<=\w) & (?=\w)"), " and "),
    (re.compile(r"(?<=\w) \+ (?=\w)"), " and "),
    (re.compile(r"\b(\d{1,2}) ?x (?:a |per )?(day|week|month|fortnight)\b"), r"\1 times a \2"),
    (re.compile(r"\b(\d{1,2}) ?x (?:weekly|daily|monthly)\b"), _times_a),
    (re.compile(r"\b(\d{1,2}) ?x 1:1s?\b"), r"\1 one-to-one sessions"),
    (re.compile(r"(?<![\w-])x ?(\d{1,2})\b(?![\w.,/:-]*\d)"), r"\1 times"),
)


def signs_in_words(text: str) -> str:
    """Note-taking signs in a plan's text said in words (:data:`_SIGNS`)."""
    if not any(sign in text for sign in "/&+x"):
        return text
    for pattern, said in _SIGNS:
        text = pattern.sub(said, text)
    return text
