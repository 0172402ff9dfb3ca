"""Plan text for the child, sentence by sentence: in the child's voice, pitched to
their age, without what a child is not told.

Every sentence either comes through whole in the child's voice, or stays in the
worker's words inside quotation marks (never half-converted), or is left out because
it holds detail a child is not told (:func:`private`); the last two are noted for the
worker's draft, and the family and formal versions keep every word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from plangen.family.capitals import capitalised
from plangen.family.child_one_voice import split_voice
from plangen.family.child_subjects import with_its_subject
from plangen.family.child_who import Band, listed
from plangen.family.sentences import is_clause
from plangen.family.split import split_sentences
from plangen.family.verbs import verbs
from plangen.family.voice import Household, for_child, relatives_as_called, upper_first

KEPT = (
    "Not in the child's version: it could not be put in the child's own words safely "
    "(write your own plain words for the child in the intake)"
)
LEFT_OUT = "Left out of the child's version (detail a child is not told)"
WHOLE = (
    "In the child's version in the worker's own words (it could not be put in the "
    "child's own words safely; write your own plain words for the child in the intake)"
)


@dataclass
class Notes:
    """What the worker's draft says about the child's version."""

    said: list[str] = field(default_factory=list)

    def kept(self, text: str) -> None:  # held back for the worker, never half-converted
        self.said.append(f'{KEPT}: "{text}"')

    def whole(self, text: str) -> None:  # shown whole in the worker's words
        self.said.append(f'{WHOLE}: "{text}"')

    def left_out(self, text: str) -> None:
        self.said.append(f'{LEFT_OUT}: "{text}"')

    def add(self, note: str) -> None:
        self.said.append(note)


@lru_cache(maxsize=4096)  # asked of a text, then of its parts
def private(text: str, band: Band = Band.YOUNG) -> bool:
    """Whether ``text`` holds detail the child is not told (``child.toml`` "private"),
    for a child under 13 adult detail (``not_young``), or for a child under 8 a legal
    step (``child.toml`` "legal")."""
    if listed("private").search(text):
        return True
    if band is not Band.TEEN and listed("not_young").search(text):
        return True
    return band is Band.YOUNG and bool(listed("legal").search(text))


def without_private(text: str, band: Band, notes: Notes) -> str:
    """``text`` without the brackets and ";"-clauses that hold detail a child is not told
    (each noted for the worker); "" when nothing is left.  "I am falling behind (I read
    3 years below my age)" -> "I am falling behind"."""
    if not private(text, band):
        return text

    def bracket(match: re.Match[str]) -> str:
        if private(match.group(0), band):
            notes.left_out(match.group(0).strip())
            return ""
        return match.group(0)

    kept = re.sub(r"\s*\([^()]*\)", bracket, text)
    left, dropped = [], ""
    for clause in re.split(r";\s+", kept.rstrip(". ")):
        if private(clause, band):
            notes.left_out(clause)
            dropped = clause
            continue
        clause = with_its_subject(clause, dropped, notes) if dropped else clause
        dropped = "" if clause else dropped
        left += [clause] if clause else []
    return "; ".join(left).strip() + "." if left else ""


def _twelve_hour(match: re.Match[str]) -> str:
    hour, minute = int(match.group(1)), match.group(2)
    if hour > 23:
        return match.group(0)
    half = "am" if hour < 12 else "pm"
    hour = hour % 12 or 12
    return f"{hour}{'' if minute == '00' else '.' + minute}{half}"


def _no_extensions(text: str) -> str:
    """ "(extended from 31 May)", "time limit extended to ...": the worker's record."""
    text = _EXTENDED_FROM.sub("", text)
    return _EXTENDED_TO.sub("", text).strip()


_EXTENDED_FROM = re.compile(r"\s*\(extended from [^()]*\)")
_EXTENDED_TO = re.compile(
    r"[;:,]?\s*(?:(?:time limit|timescale) extended|the date was moved)(?: again)?(?: to [^;.]*)?",
    re.I,
)


def for_age(text: str, band: Band) -> str:
    """Numbers a younger child can read: "95%" -> "95 out of 100", "8/10" -> "8 out of
    10", "14:00" -> "2pm".  Teenagers read them as written, bar the 24-hour clock."""
    text = _no_extensions(text)
    text = _CLOCK.sub(_twelve_hour, text)
    text = _ON_DAY_MONTH.sub(_day_month, text)
    if band is Band.TEEN:
        return text
    text = _PERCENT_OF_TIME.sub(r"\1 days out of 100", text)
    # "school attendance 81%", "attend 95% of sessions" (the reader30 chair: "school
    # attendance 81 out of 100", "attend 95 out of 100 of sessions")
    text = _ATTENDANCE.sub(_went, text)
    text = re.sub(r"(\bI went to school only \d+ [^.;]*?) and late\b", r"\1 and was late", text)
    text = _PERCENT_OF.sub(r"\1 out of every 100 \2", text)
    text = _PERCENT.sub(r"\1 out of 100", text)
    text = _OUT_OF.sub(_out_of, text)
    if band is Band.YOUNG:  # no clinical numbers under 8 (the readers: Ollie, 6)
        text = _ALL_OF.sub("all", text)
        text = _CENTILE.sub("where it should be", text)
    return text


_CLOCK = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*[ap]\.?m)")  # "14:00"
_ON_DAY_MONTH = re.compile(r"\bon (\d{1,2})/(\d{1,2})\b(?!/)")  # "on 3/5"
_PERCENT_OF_TIME = re.compile(r"\b(\d+(?:\.\d+)?)\s?%\s+(?:of\s+(?:the\s+)?)?(?:time|days)\b")
_PERCENT = re.compile(r"\b(\d+(?:\.\d+)?)\s?%")
_ATTENDANCE = re.compile(
    r"(\bworried about |^|;\s+)(?:my |school |)attendance (?:of |was |is |at )?(\d+)\s?%", re.I
)


def _went(found: re.Match[str]) -> str:
    """ "worried about school attendance 81%" -> "worried that I went to school only 81
    days out of every 100"; "; attendance 64%" -> "; I went to school only 64 ..."."""
    lead = "worried that " if found.group(1).startswith("worried") else found.group(1)
    return f"{lead}I went to school only {found.group(2)} days out of every 100"


_PERCENT_OF = re.compile(r"\b(\d+(?:\.\d+)?)\s?%\s+of\s+(?:the\s+|my\s+)?([a-z]+s)\b")
_OUT_OF = re.compile(r"(?<![/\d])\b(\d{1,2})/(\d{1,2})\b(?![/\d])")  # "8/10"
_ALL_OF = re.compile(r"\b100 (?:days )?out of 100\b")
_CENTILE = re.compile(r"\b(?:on|at|above|back to) the \d+(?:st|nd|rd|th) centile\b")


_MONTHS = [
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
]


def _day_month(match: re.Match[str]) -> str:
    day, month = int(match.group(1)), int(match.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    return f"on {day} {_MONTHS[month - 1]}"


def _out_of(match: re.Match[str]) -> str:
    part, whole = int(match.group(1)), int(match.group(2))
    if part > whole or whole not in (3, 4, 5, 6, 7, 10):  # "12/06": a day and a month
        return match.group(0)
    return f"{part} out of {whole}"


def sentences_for_child(text: str, who: Household, band: Band, notes: Notes) -> list[str]:
    """Each sentence of ``text`` for the child, in their voice.  A sentence that cannot
    be put in the child's voice safely, or that holds private detail, is held back and
    listed for the worker (both readers: a third-person sentence in "my" plan, about
    the child by name, is worse than none)."""
    out: list[str] = []
    for sentence in split_sentences(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        sentence = without_private(sentence, band, notes)
        if not sentence:
            continue
        mine = for_child(sentence, who)
        if mine is None:
            notes.kept(capitalised(sentence, who))  # "mum" as a name: "Mum"
            continue
        mine = upper_first(for_age(me_as_subject(mine.strip()), band))
        mine = mine if mine.endswith((".", "!", "?", '"', "”")) else mine + "."
        # not sentences.shorter: its "and <name> will" split can cut "X and Jack and I
        # will stay with Grandad" in two, changing who stays (reported to i13)
        out.append(mine)
    return out


def whole_for_child(
    text: str,
    who: Household,
    band: Band,
    notes: Notes,
    *,
    tell_all: bool = False,
    one_voice: bool = False,
    reshape: Callable[[str], str] = lambda sentence: sentence,
) -> tuple[list[str], bool]:
    """Each sentence of ``text`` in the child's voice, or, where one cannot be turned
    safely, in the worker's own words whole (noted for the worker): nothing of it is
    lost or half-converted.  Only detail a child is not told is left out, sentence by
    sentence, and never when ``tell_all`` (an outcome is the child's own; the readers:
    an outcome cut down or dropped loses what the plan is for).  ``one_voice``: where
    one sentence cannot be turned, every sentence stays in the worker's words (an
    outcome is one item).  The flag says whether any sentence is in the worker's words."""
    kept: list[str] = []
    before = ""
    for sentence in split_sentences(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        if not tell_all and private(sentence, band):
            notes.left_out(sentence)
            continue
        kept.append(sentence)
    turned = []
    for sentence in kept:
        turned.append(for_child(sentence, who, before=before) or _by_doer(sentence, who, before))
        before = sentence
    # one voice in one item: where a sentence cannot be turned, the whole item stays in
    # the worker's words, never "Sienna lives in a home ... This is so that I can sleep"
    worker = None in turned
    whole = worker and (one_voice or split_voice(kept, turned, who))
    out: list[str] = []
    for sentence, mine in zip(kept, turned, strict=True):
        if whole or mine is None:
            said = relatives_as_called(capitalised(sentence, who), who).rstrip(" ;,")
            said = upper_first(said if said.endswith((".", "!", "?", '"')) else said + ".")
            said = reshape(what_if(said))  # noted as it is printed
            notes.whole(said.rstrip("."))
            out.append(said)
            continue
        mine = upper_first(for_age(me_as_subject(mine.strip()), band))
        # the team around the family, as the child knows them: "my helpers"
        mine = upper_first(
            re.sub(r"\b[Tt]he group of people helping the family\b", "my helpers", mine)
        )
        out.append(
            reshape(what_if(mine if mine.endswith((".", "!", "?", '"', "”")) else mine + "."))
        )
    return out, worker


def _by_doer(sentence: str, who: Household, before: str) -> str | None:
    """ "If Chantelle goes missing, Nicola will report her missing ...": a grown-up in
    my family of my gender does the main clause, so "her" after their verb is me, never
    them (that would be "herself"); turned as such (the reader29 chair: the child's
    own name in her own plan, on what happens if she goes missing)."""
    doer = re.search(r"(?:^|,\s+)(?:then\s+)?([A-Z][\w'’-]*) will\b", sentence)
    if not doer or who.pronoun is None:
        return None
    relative = next((r for r in who.relatives if doer.group(1) in (r.first, r.called)), None)
    if relative is None or relative.gender != who.pronoun:
        return None
    return for_child(sentence, who, actor=relative.gender, before=before)


_MODAL = re.compile(r"^(?:[^,;()]+?\s)?(?:will|would|may|might|can|could|should|must)\b")
_LONG_IF = 10  # words: a shorter "If A, B." reads well as it is


def what_if(sentence: str) -> str:
    """A long "If A, or B, C will happen." as two sentences a child reads more easily:
    "What if A, or B? Then C will happen."; every word kept.  The comma that ends the
    "if" part is the first one followed by a clause with its own "will" (or "may", ...)
    before any other comma; a sentence without one stays as written."""
    if not sentence.startswith("If ") or len(sentence.split()) <= _LONG_IF:
        return sentence
    depth = 0
    for at, char in enumerate(sentence):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char != "," or depth or sentence.count('"', 0, at) % 2:
            continue
        rest = sentence[at + 1 :].strip()
        head = " ".join(rest.split()[:12])
        if re.match(r"(?:or|and|and/or|but)\b", rest) or not _MODAL.match(head):
            continue
        condition = sentence[3:at].strip()
        if len(condition.split()) < 3 or len(rest.split()) < 3:
            return sentence
        return f"{_each_what_if(condition)} Then {_then_parts(rest)}"
    return sentence


_SUBJECT = re.compile(r"^(?:I|my|there|the|a|an|any|[A-Z][\w'’-]*)\s")


def _each_what_if(condition: str) -> str:
    """ "What if A, or B?" as "What if A? Or what if B?" where B is a clause of its own
    ("or Dad is not able to ..."); "or am found ..." belongs to A and stays."""
    each_if = re.split(r",\s+(?:or\s+)?if\s+", condition)  # "A, if B, or if C"
    if len(each_if) > 1 and all(len(p.split()) >= 3 and "(" not in p for p in each_if):
        asked = [f"What if {part}?" for part in each_if]
        return " ".join([*asked[:-1], f"Or w{asked[-1][1:]}"])
    parts = re.split(r",?\s+or\s+(?=(?:I|my|there|the|a|an|any|[A-Z][\w'’-]*)\s)", condition)
    # "A, B, or C": a list, whose "B" may share A's subject ("am found ..."): kept whole
    if len(parts) < 2 or any(len(p.split()) < 3 or "," in p or "(" in p for p in parts):
        return f"What if {condition}?"
    if not all(is_clause(p) and _SUBJECT.match(p) for p in parts[1:]):
        return f"What if {condition}?"
    return " ".join([f"What if {parts[0]}?", *(f"Or what if {p}?" for p in parts[1:])])


def _then_parts(rest: str) -> str:
    """What will happen, with what it may include as a sentence of its own: "X will
    meet to agree a plan, which may include a move" -> "... a plan. This may include a
    move"."""
    return re.sub(
        r",\s+(?:which (may|will|could|can) include|(including))\s+",
        lambda m: f". This {m.group(1)} include " if m.group(1) else ". This includes ",
        rest,
        count=1,
    )


def me_as_subject(text: str) -> str:
    """ "If me self-harms" -> "If I self-harm"; "me and Jack will" -> "Jack and I will";
    the glossary's "not getting the care they need" about me: "... the care I need"."""
    text = re.sub(
        r"\bthat not getting the care they need\b", "that I do not get the care I need", text
    )
    text = re.sub(r"\bnot getting the care they need\b", "not getting the care I need", text)
    text = re.sub(r"\b([Ii]f|[Ww]hen|[Uu]ntil) me (\w+?)s\b", r"\1 I \2", text)
    text = re.sub(r"\b(that|if|when|because|until) me and (\w+)\b", r"\1 \2 and I", text)
    # "Mia and me live ...": a brother or sister first, then the child, as a subject
    text = re.sub(
        r"(^|[.;:]\s+|\b(?:that|if|when|because|until)\s+)([A-Z]\w+) and me\b(?= \w)",
        r"\1\2 and I",
        text,
    )
    return re.sub(r"\bme and (\w+) (will|are|were|have|can)\b", r"\1 and I \2", text)


_LONG = 20  # words: a longer "Move down to X when A" reads better as two sentences


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count('"') % 2 == 0


def two_for_reading(sentence: str) -> str:
    """A long "Move down to X when A." as "Move down to X. This can happen when A.",
    two sentences a child can read.  "If A, X will B" stays as written: the reader
    wants the reason first."""
    if len(sentence.split()) <= _LONG or "?" in sentence:  # "What if ... when ...?"
        return sentence
    when = re.search(r",?\s+when:?\s+", sentence)
    if when and len(sentence[: when.start()].split()) >= 4 and not sentence.startswith("If "):
        before, after = sentence[: when.start()], sentence[when.end() :].rstrip(". ")
        if _balanced(before) and _balanced(after) and len(after.split()) >= 4:
            return f"{before}. This can happen when {after}."
    return sentence


def each_when(sentence: str, band: Band) -> str:
    """For a child under 13, a long "This can happen when A, B, and C." as "This can
    happen when A. And when B. And when C.": each condition a sentence they can read."""
    head = "This can happen when "
    before, found, conditions = sentence.rpartition(head)  # after two_for_reading's "X."
    if band is Band.TEEN or not found or len(conditions.split()) + 4 <= _LONG:
        return sentence
    parts = re.split(r",\s+(?:and\s+)?", conditions.rstrip(". "))
    if len(parts) < 2 or not all(is_clause(p) and _balanced(p) for p in parts):
        return sentence
    # "when I have attended ..., have breakfast ...": a condition with no subject of its
    # own has the first one's ("And when I have breakfast", never "And when have")
    subject = re.match(r"(?:[A-Z][\w'’-]*(?: and I)?|I)\b", parts[0])
    first_words = {"have", "has", "am", "is", "are", "do", "does", "can", "will", "keep", "keeps"}

    def said(part: str) -> str:
        word = part.split(" ", 1)[0]
        if subject and (word in first_words or word in verbs()):
            return f"{subject.group(0)} {part}"
        return part

    whens = [f"{head}{parts[0]}.", *(f"And when {said(p)}." for p in parts[1:])]
    return before + " ".join(whens)
