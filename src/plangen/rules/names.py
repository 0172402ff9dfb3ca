"""Where the child's names and the word lists' subjects stand in an outcome: the
patterns :class:`plangen.rules.reading.Reader` reads clauses with.

Each of them once was one regex joining the child's names with a word list ("Leo|she|
the child|..."), compiled for every plan: names differ from plan to plan, so the re
module's cache never helped, and the compiles were most of a plan's rules time.  Here
the word-list parts are compiled once per word lists (:func:`_fixed`), only small name
patterns per plan, and each method tries them in the order the one alternation would
(names first, then the words, or as the regex listed them), so it finds the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

from plangen.rules.text import WordLists

# Where a clause may start (not inside a service's own name: "speech and language",
# "drugs and alcohol"): after a sentence, a colon (not one between digits: "1:1
# sessions", "by 8:30") or semicolon, a line, a dash,
# "and", "but", "so that" joining two clauses (also "and, once home, ..."), or a comma
# before a negated state
# ("attending CAMHS weekly, no new cuts seen by school nurse").
CLAUSE_START = re.compile(
    r"[.:;!?]\s+|\n+|,?\s+(?:and|but|&)(?:\s+|,\s*)(?!(?:language|alcohol)\b)"
    r"|\s+so that\s+|\s*(?<!\d):(?!\d)\s*|\s+[-–]\s+"
    r"|,\s+(?=(?:no|nil|not|never|there is no|there are no|there will be no)\s)"
    # what the adults' care means for the child: "..., meaning Betty is never left
    # alone", "a home where she is safe" (a held-out chair read these as about the child)
    r"|,?\s+(?:meaning|which means|this means)(?:\s+that)?\s+|\s+where\s+(?=(?:she|he|they)\s)",
    re.I,
)
_NEVER = "(?!)"  # an empty word list: matches nothing
_SPACED_WHOSE = re.compile(r"(?<=\w) (?=['’]s\b)")  # "Jayden 's mum"
_OWN = re.compile(r"['’]s ", re.I)  # after a name: "Kayla's dad"
# after a name starting a clause: "Leo", "Leo's", or "Precious'" (whose, after an s)
_START_END = re.compile(r"(?:['’]s\b|(?<=s)['’](?=\s)|\b)", re.I)
# a subject that is the child's, not the child: "Leo's", "her"
_WHOSE = re.compile(r"(?:['’]s?|^(?:his|her|their|my))$", re.I)


@dataclass(frozen=True)
class _Fixed:
    """The parts of the subject patterns that hold no names."""

    child_start: re.Pattern[str]  # "she", "the child" ..., then "'s" or not
    adult_after_word: re.Pattern[str]  # "the mum", "her dad" ...
    adult: re.Pattern[str]  # "mum", "dad" ... (after a name's "'s ")
    adult_after_child: re.Pattern[str]  # "the child's mum", or "mum"
    adult_named: re.Pattern[str]  # "Maternal grandmother is", "The foster carers to"
    mentions: re.Pattern[str]
    inside_tail: re.Pattern[str]  # what follows the child's name inside a clause: a verb


@lru_cache(maxsize=8)
def _fixed(words: WordLists) -> _Fixed:
    def alternatives(key: str) -> str:
        return "|".join(p.pattern for p in words[key]) or _NEVER

    child, adults = alternatives("child_focus.child_words"), alternatives("child_focus.adult_words")
    not_after = "|".join(re.escape(w) for w in words.not_subject_after) or _NEVER
    return _Fixed(
        child_start=re.compile(rf"^(?:{child})(?:['’]s)?\b", re.I),
        adult_after_word=re.compile(rf"^(?:the |her |his |their |both |all )(?:{adults})", re.I),
        adult=re.compile(rf"(?:{adults})", re.I),
        adult_after_child=re.compile(rf"^(?:(?:{child})['’]s )?(?:{adults})", re.I),
        adult_named=re.compile(
            rf"^(?:the |her |his |their |both )?(?:[\w’'-]+ ){{1,2}}?(?:{adults})"
            r"(?=\s+(?:will|to|is|are|has|have|must|should|can|does|do|and|&)\b)",
            re.I,
        ),
        mentions=re.compile(rf"\b(?:{alternatives('child_focus.child_mentions')})\b", re.I),
        inside_tail=re.compile(rf"(?:,[^,]{{1,30}},)?\s+(?!(?:{not_after})\b)[a-z]+", re.I),
    )


class ChildNames:
    """The child's names, and the subject patterns that hold them, for one plan."""

    def __init__(self, words: WordLists, child_names: list[str]) -> None:
        self.words = words
        self._fixed = _fixed(words)
        given = [n for n in child_names if n]
        # a name is read as it is written, so that Will, May or Summer is not "will not",
        # "may" or "all summer"; in any case only at the start ("ciaran gets to school")
        # each name as its case-sensitive alternatives, in the regex's order
        self._written_as = [(n[:1].upper() + n[1:], n.upper()) for n in given]
        self._each = [f"(?-i:{re.escape(a)}|{re.escape(b)})" for a, b in self._written_as]
        names = "|".join(self._each)
        self.names = re.compile(rf"\b(?:{names})\b") if given else None
        # an initial ("Z") only as written: in any case it is the "s" of "mum's"
        words_given = [n for n in given if len(n) > 1]
        self.written = {n.lower(): n[:1].upper() + n[1:] for n in words_given}
        self.any_case = (
            re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in words_given)})\b", re.I)
            if words_given
            else None
        )
        self._pronouns = "|".join([*self._each, "he", "she", "the child", "the baby"])
        # a comma before the child's name starts a clause too: "mum is sober, Kayla is fed"
        self._comma = re.compile(rf",\s+(?=(?:{self._pronouns})\s)", re.I)

    # compiled only for a plan whose outcomes come to them

    @cached_property
    def _lead(self) -> re.Pattern[str] | None:
        """Where one of the names starts a word."""
        return re.compile(rf"\b(?=(?:{'|'.join(self._each)}))", re.I) if self._each else None

    @cached_property
    def embedded(self) -> re.Pattern[str]:
        """A clause about the child inside an adult's: "makes sure Leo is in bed by 8pm",
        or what an adult sees or reports of the child: "school will see Leo arrive on time"."""
        return re.compile(
            r"\b(?:ensures?|ensuring|makes? sure|making sure|so that|means|sees?|seeing|"
            r"observes?|notices?|records?|reports?|confirms?|says?|tells? \w+)\s+(?:that\s+)?"
            rf"(?P<inner>(?:{self._pronouns}|they)\s.*)",
            re.I,
        )

    @cached_property
    def child_changes(self) -> tuple[re.Pattern[str], ...]:
        """The word list's changes with the child's names where it says CHILD (compiled
        only for a plan whose outcomes come to them)."""
        names = "|".join([*self._each, "the child", "the baby"])
        return tuple(
            re.compile(p.pattern.replace("CHILD", names), re.I)
            for p in self.words["child_focus.child_changes"]
        )

    def _name_ends(self, text: str, at: int) -> Iterator[int]:
        """Where each name written at ``at`` ends, in the regex's order of names."""
        for written in self._written_as:
            for name in written:
                if text.startswith(name, at):
                    yield at + len(name)

    def child_start(self, body: str) -> str:
        """The child, by name or as "she", "the child" ..., starting ``body``, or ""; as
        ``^(?:NAMES|CHILD WORDS)(?:['’]s)?\\b`` would find it (and a name ending in s
        with a bare apostrophe: "Precious' status")."""
        for end in self._name_ends(body, 0):
            if found := _START_END.match(body, end):
                return body[: found.end()]
        found = self._fixed.child_start.match(body)
        return found.group(0) if found else ""

    def subject_alone(self, part: str, verb: re.Pattern[str]) -> bool:
        """``part`` is only a subject that the next part's ``verb`` belongs to: the
        child ("Lacey | and Mason will ..."), or the child's things with no verb
        ("Ethan's wishes | and feelings to be gathered")."""
        child = self.child_start(part)
        if child == part:
            return True
        things = part[len(child) :].split()
        return bool(
            child
            and _WHOSE.search(child)
            and 0 < len(things) <= 2
            and not verb.search(part)
            and not self.adult_start(part)
        )

    def adult_start(self, body: str) -> str:
        """An adult starting ``body`` ("her mum", "Kayla's dad", "The foster carers
        will"), or ""; as ``^(?:the |...|all |(?:NAMES|CHILD WORDS)['’]s )?(?:ADULTS)|
        ^... (?:ADULTS)(?=\\s+will ...)`` would find it."""
        fixed = self._fixed
        if found := fixed.adult_after_word.match(body):
            return found.group(0)
        for end in self._name_ends(body, 0):
            if (own := _OWN.match(body, end)) and (adult := fixed.adult.match(body, own.end())):
                return body[: adult.end()]
        for pattern in (fixed.adult_after_child, fixed.adult_named):
            if found := pattern.match(body):
                return found.group(0)
        return ""

    def inside(self, body: str) -> Iterator[tuple[int, str]]:
        """Each place the child's name stands followed by a word that may be its verb,
        and those words ("Oscar has"); as ``\\b(?:NAMES)TAIL`` would find them with
        ``finditer``."""
        if self._lead is None:
            return
        at = 0
        while (lead := self._lead.search(body, at)) is not None:
            start = lead.start()
            for end in self._name_ends(body, start):
                if tail := self._fixed.inside_tail.match(body, end):
                    yield start, body[start : tail.end()]
                    at = tail.end()
                    break
            else:
                at = start + 1

    def split(self, text: str) -> list[str]:
        """``text`` cut where a clause may start, as ``re.split`` with the clause starts
        and the comma before a name as one alternation (the clause starts first)."""
        parts: list[str] = []
        at = 0
        while True:
            start = CLAUSE_START.search(text, at)
            comma = self._comma.search(text, at)
            if comma is not None and (start is None or comma.start() < start.start()):
                start = comma
            if start is None:
                return [*parts, text[at:]]
            parts.append(text[at : start.start()])
            at = start.end()

    def mentioned(self, text: str) -> bool:
        """The child is named or referred to ("she", "the baby") in ``text``."""
        named = self.names is not None and self.names.search(text)
        return bool(named or self._fixed.mentions.search(text))

    def as_written(self, text: str) -> str:
        """``text`` without a heading before it ("Outcome 1:", "SAFE -"), and with the
        child's name capitalised where it starts the text or the whole text is in lower
        case ("ciaran gets to school", "mum is sober when caring for kayla")."""
        if heading := self.words.find("child_focus.heading", text):
            text = text[heading.end() :]
        text = _SPACED_WHOSE.sub("", text)  # "Jayden 's mum" is "Jayden's mum"
        any_case, written = self.any_case, self.written
        if not any_case:
            return text
        if text == text.lower():
            return any_case.sub(lambda m: written[m.group(0).lower()], text)
        if (start := any_case.match(text.lstrip())) and start.start() == 0:
            at = len(text) - len(text.lstrip())
            return text[:at] + written[start.group(0).lower()] + text[at + start.end() :]
        return text

    def unnamed(self, text: str) -> str:
        """``text`` with the child's names as "the child": a name is never a time or a
        measure ("Referral to SALT for Summer")."""
        text = self.as_written(text)
        return self.names.sub("the child", text) if self.names else text

    def named(self, evidence: str) -> str:
        """Evidence read from :meth:`unnamed` text, with the child's name back."""
        if len(self.written) != 1:
            return evidence
        return evidence.replace("the child", next(iter(self.written.values())))


# What a subject carries before its verb: an aside in brackets ("Ellie (15)", "Mum
# (Sarah)"), or the name after a title ("Mr Evans", "Ms J Khan").
_ASIDE = re.compile(
    r"^(?:\([^()]{1,40}\)\s*|(?-i:[A-Z][\w’'-]*)\s+(?=(?-i:[A-Z])|(?:will|to|is|are|has|have|"
    r"must|should|can|does|do|needs?)\b))+",
    re.I,
)
_TITLE = re.compile(r"(?:^|\s)(?:mr|mrs|ms|miss|dr)\.?$", re.I)


def with_aside(subject: str, rest: str) -> tuple[str, str]:
    """The subject with what it carries before its verb, and the rest: "Ellie-Rose" +
    "(15) is to go" -> "Ellie-Rose (15)" + "is to go"; "Mr" + "Evans to attend" ->
    "Mr Evans" + "to attend" (a name only after a title)."""
    found = _ASIDE.match(rest)
    if not found:
        return subject, rest
    aside = found.group(0)
    if not aside.startswith("(") and not _TITLE.search(subject):
        # a capitalised word after a name is no aside: "Leo Tuesdays ..."
        bracket = re.match(r"^(?:\([^()]{1,40}\)\s*)+", rest)
        if not bracket:
            return subject, rest
        aside = bracket.group(0)
    return f"{subject} {aside.strip()}", rest[len(aside) :].strip()


def initials_of(first_name: str) -> list[str]:
    """What a plan written in notes calls the child instead of the first name: its
    initial ("Z is fed correctly"; not "A" or "I", which are words, nor a middle
    initial), or the initials of a joined name ("TJ" for Tyler-Jay, "LJ" for
    Lewis-James: writer30's "TJ will not display harmful sexual behaviour" was read as
    about someone other than the child)."""
    parts = [p for p in re.split(r"[-\s]+", first_name.strip()) if p[:1].isalpha()]
    if not parts:
        return []
    initial = parts[0][0].upper()
    joined = "".join(p[0].upper() for p in parts) if len(parts) > 1 else ""
    return [i for i in (initial, joined) if i and i not in ("A", "I")]
