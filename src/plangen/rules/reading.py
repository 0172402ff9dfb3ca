"""Reading an outcome's structure: its clauses, who is the subject of each, what
changes, negation, and its time expressions (PLAN-02, 03, 04, 15).

A keyword alone decides little here.  "Aisha to attend CAMHS" is a task because its
verb is the attending; "Aisha uses the strategies from her CAMHS sessions" is a change
for Aisha although it names a service.  "For 3 months" holds the change; "checked each
day" is how often it is looked at; "reaches 90% over 3 months" is the time to reach the
target; "by the next review" is a deadline.  Each reading returns the words that
decided it (``check --explain``), or "" when the rule has nothing to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from plangen.rules.text import WordLists, blank_out, first, quoted

# Where a clause may start: after a sentence, a colon or semicolon, a line, or "and",
# "but", "so that" joining two clauses.
_CLAUSE_START = re.compile(r"[.:;!?]\s+|\n+|,?\s+(?:and|but|&)\s+|\s+so that\s+|\s*:\s*", re.I)
_LEADING = re.compile(
    r"^(?:(?:to|that|so|for|and|but|then|also|where|when|whilst|while|with|ensure|ensures|"
    r"ensuring|see|make sure|makes sure)\s+)+",
    re.I,
)
# A clause with no subject of its own that starts with one of these is not the
# previous subject's next verb ("... and all medication is locked away").
_NOT_A_VERB = re.compile(
    r"^(?:the|a|an|all|no|any|there|this|that|these|those|it|its|each|every|both|with|by|"
    r"for|in|on|at|from|of|as|seen|checked|recorded|measured|shown|confirmed|evidenced)\b",
    re.I,
)
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|has|have|had|does|do|did|be|been|to|not|"
    r"no|never|n't|stops?|keeps?|gets?|feels?|says?)\b",
    re.I,
)


@dataclass(frozen=True)
class Clause:
    """One clause of an outcome and what it is about."""

    text: str
    subject: str  # "child", "adult", "home" or "" (none found: "Referral to CAMHS")
    subject_words: str  # the words that gave the subject, as written
    predicate: str  # the text after the subject: "to attend CAMHS appointments"
    imperative: bool = False  # "Develop a daily routine ...": the adults' work


@dataclass(frozen=True)
class _Fixed:
    """A word list's patterns that hold no names, compiled once per word lists."""

    child_start: re.Pattern[str]  # "she", "the child" ..., then "'s" or not
    adult_after_word: re.Pattern[str]  # "the mum", "her dad" ...
    adult: re.Pattern[str]  # "mum", "dad" ... (after a name's "'s ")
    adult_after_child: re.Pattern[str]  # "the child's mum", or "mum"
    mentions: re.Pattern[str]
    inside_tail: re.Pattern[str]  # what follows the child's name: a verb


@lru_cache(maxsize=8)
def _fixed(words: WordLists) -> _Fixed:
    def alternatives(key: str) -> str:
        return "|".join(p.pattern for p in words[key]) or "(?!)"  # (?!): never matches

    child, adults = alternatives("child_focus.child_words"), alternatives("child_focus.adult_words")
    not_after = "|".join(re.escape(w) for w in words.not_subject_after)
    return _Fixed(
        child_start=re.compile(rf"^(?:{child})(?:['’]s)?\b", re.I),
        adult_after_word=re.compile(rf"^(?:the |her |his |their |both |all )(?:{adults})", re.I),
        adult=re.compile(rf"(?:{adults})", re.I),
        adult_after_child=re.compile(rf"^(?:(?:{child})['’]s )?(?:{adults})", re.I),
        mentions=re.compile(rf"\b(?:{alternatives('child_focus.child_mentions')})\b", re.I),
        inside_tail=re.compile(rf"(?:,[^,]{{1,30}},)?\s+(?!(?:{not_after})\b)[a-z]+", re.I),
    )


@lru_cache(maxsize=256)
def reader(words: WordLists, child_names: tuple[str, ...]) -> Reader:
    """The reader for one child, built once: a plan's rules share it."""
    return Reader(words, list(child_names))


class Reader:
    """Reads outcomes with one set of word lists and the child's names."""

    def __init__(self, words: WordLists, child_names: list[str]) -> None:
        self.words = words
        self._fixed = _fixed(words)
        self._names = [re.escape(n) for n in child_names if n]
        names = "|".join(self._names)
        # Only small patterns hold the child's names (compiled for each plan); the word
        # lists are compiled once (:func:`_fixed`), and each method below tries them in
        # the order the one regex with both would, so it finds the same text.
        self._name_start = re.compile(rf"^(?:{names})(?:['’]s)?\b", re.I) if names else None
        self._names_own = [re.compile(rf"{name}['’]s ", re.I) for name in self._names]
        self._name_at = [re.compile(name, re.I) for name in self._names]
        self._name_lead = re.compile(rf"\b(?=(?:{names}))", re.I) if names else None
        # a comma before the child's name starts a clause too: "mum is sober, Kayla is fed"
        self._comma = re.compile(rf",\s+(?=(?:{'|'.join([*self._names, 'he', 'she'])})\s)", re.I)
        self._name_mentioned = re.compile(rf"\b(?:{names})\b", re.I) if names else None

    @cached_property
    def _child_changes(self) -> tuple[re.Pattern[str], ...]:
        """The word list's changes with the child's names where it says CHILD (compiled
        only for a plan whose outcomes come to them)."""
        names = "|".join(self._names) or "the child"
        return tuple(
            re.compile(p.pattern.replace("CHILD", names), re.I)
            for p in self.words["child_focus.child_changes"]
        )

    def _child_start(self, body: str) -> str:
        """The child, by name or as "she", "the child" ..., starting ``body``, or ""."""
        for pattern in (self._name_start, self._fixed.child_start):
            if pattern is not None and (found := pattern.match(body)):
                return found.group(0)
        return ""

    def _adult_start(self, body: str) -> str:
        """An adult starting ``body`` ("her mum", "Kayla's dad", "dad"), or ""; as
        ``^(?:the |her |...|(?:NAMES|CHILD WORDS)['’]s )?(?:ADULTS)`` would find it."""
        fixed = self._fixed
        if found := fixed.adult_after_word.match(body):
            return found.group(0)
        for own in self._names_own:
            if (name := own.match(body)) and (adult := fixed.adult.match(body, name.end())):
                return body[: adult.end()]
        found = fixed.adult_after_child.match(body)
        return found.group(0) if found else ""

    def _child_inside(self, body: str) -> tuple[int, str] | None:
        """Where the child's name followed by a verb stands in ``body``, and those
        words ("so Oscar has ..."); as ``\b(?:NAMES)TAIL`` searched would find it."""
        if self._name_lead is None:
            return None
        at = 0
        while (lead := self._name_lead.search(body, at)) is not None:
            start = lead.start()
            for name in self._name_at:
                if (found := name.match(body, start)) and (
                    tail := self._fixed.inside_tail.match(body, found.end())
                ):
                    return start, body[start : tail.end()]
            at = start + 1
        return None

    def _split(self, text: str) -> list[str]:
        """``text`` cut where a clause may start, as ``re.split`` with the clause starts
        and the comma before a name as one alternation (the first alternative wins where
        both match)."""
        parts: list[str] = []
        at = 0
        while True:
            start = _CLAUSE_START.search(text, at)
            comma = self._comma.search(text, at)
            if comma is not None and (start is None or comma.start() < start.start()):
                start = comma
            if start is None:
                return [*parts, text[at:]]
            parts.append(text[at : start.start()])
            at = start.end()

    def _mentioned(self, text: str) -> bool:
        """The child is named or referred to ("she", "the baby") in ``text``."""
        named = self._name_mentioned is not None and self._name_mentioned.search(text)
        return bool(named or self._fixed.mentions.search(text))

    # -- clauses ---------------------------------------------------------------------

    def clauses(self, text: str) -> list[Clause]:
        """The clauses of ``text``; one with no subject of its own after "and" takes
        the subject of the clause before ("Amira goes to 2 clubs a week and tells ...")."""
        found: list[Clause] = []
        for part in self._split(text):
            part = part.strip(" ,-–(\"'“”")
            if not part:
                continue
            if found and len(part.split()) <= 3 and not _AUXILIARY.search(part):
                # "... with specialist midwife and Flying Start": a noun, not a clause
                joined = f"{found[-1].text} and {part}"
                found[-1] = replace(self.clause(joined), subject=found[-1].subject)
                continue
            clause = self.clause(part)
            if not clause.subject and found and not _NOT_A_VERB.match(part):
                before = found[-1]
                # "lives with a parent who is sober and able to meet her needs": the
                # adult is still the one who changes
                adult = self.words.find("child_focus.adult_change", before.text)
                subject = "adult" if adult else before.subject
                clause = Clause(part, subject, before.subject_words, part)
            found.append(clause)
        return found

    def clause(self, text: str) -> Clause:
        """One clause, with its subject: the child, an adult, the home, or none."""
        body = _LEADING.sub("", text)
        for key in ("child_focus.doing_start", "child_focus.professionals"):
            if (doer := self.words.find(key, body)) and doer.start() == 0:
                imperative = key == "child_focus.doing_start"
                rest = body[doer.end() :].strip()
                return Clause(text, "adult", doer.group(0).strip(), rest, imperative)
        if adult := self._adult_start(body):
            return Clause(text, "adult", adult, body[len(adult) :].strip())
        if child := self._child_start(body):
            return Clause(text, "child", child, body[len(child) :].strip())
        if home := self.words.find("child_focus.home_words", body):
            return Clause(text, "home", home.group(0), body[home.end() :].strip())
        if inside := self._child_inside(body):
            start, words = inside
            name = words.split()[0]
            return Clause(text, "child", name, body[start + len(name) :].strip())
        return Clause(text, "", "", body)

    def changes_for_child(self, clause: Clause) -> bool:
        """The clause has the child as its subject and states a change in the child's
        life: not a service done to them ("Amira is referred"), not a change in the
        adult they live with ("lives with a parent who is sober")."""
        return (
            clause.subject == "child"
            and not self.words.find("child_focus.passive_process", clause.text)
            and not self.words.find("child_focus.adult_change", clause.text)
        )

    # -- PLAN-02 ----------------------------------------------------------------------

    def about_adults(self, text: str) -> str:
        """Why the outcome is about the adults, not the child, or "" when some clause
        says what changes for the child."""
        if not self._mentioned(text):
            return "the child is not in the outcome at all"
        clauses = self.clauses(text)
        if any(self.changes_for_child(c) for c in clauses):
            return ""
        if first(self._child_changes, text):
            return ""
        for clause in clauses:
            if found := self.words.find("child_focus.adult_change", clause.text):
                return f"the change is in the adult: {quoted(found)}"
            if found := self.words.find("child_focus.passive_process", clause.text):
                return f"only something done to the child: {quoted(found)}"
            if clause.subject in ("adult", "home"):
                return f'the subject is "{clause.subject_words}", not the child'
        for key in ("child_focus.adult_words", "process.patterns"):
            if found := self.words.find(key, text):
                return f"no clause has the child as its subject; it names {quoted(found)}"
        return ""

    # -- PLAN-03 ----------------------------------------------------------------------

    def process(self, text: str) -> str:
        """The task or service given as the outcome, or "" when there is none, or a
        real change for the child stands beside it ("will attend CAMHS and her
        self-harm will stop")."""
        task = ""
        for clause in self.clauses(text):
            found = self._task(clause.text)
            task = task or quoted(found)
            if self._changes_beside_a_task(clause, found):
                return ""  # a change stands beside the service: "and her self-harm stops"
        return task

    def _changes_beside_a_task(self, clause: Clause, task: re.Match[str] | None) -> bool:
        """The clause states a change, not a task: for the child, or a measurable one
        for an adult ("and has no further incidents reported to police for 6 months")."""
        if clause.imperative or not clause.subject:
            return False
        if self.words.find("child_focus.passive_process", clause.text):
            return False
        if task and self.words.find("process.verbs", clause.predicate):
            return False  # its verb is the task: "Aisha to attend CAMHS"
        return clause.subject == "child" or bool(self.measure(clause.text))

    def _task(self, clause: str) -> re.Match[str] | None:
        """The first task or service in a clause, unless it is negated: "no longer
        needs CAMHS" and "no MARAC referrals" are the change itself."""
        if self.words.find("process.no_longer", clause):
            return None
        for pattern in self.words["process.patterns"]:
            for found in pattern.finditer(clause):
                before = clause[: found.start()].split()[-3:]
                if not any(w.lower() in ("no", "not", "without", "never") for w in before):
                    return found
        return None

    # -- PLAN-04 ----------------------------------------------------------------------

    def measure(self, text: str) -> str:
        """What can be counted or seen ("95%", "every night", "no contact with"),
        leaving out deadlines, course lengths and "a daily routine"."""
        rest = blank_out(self.words["measure.not_a_measure"], text)
        rest = blank_out(self.words["measure.deadline"], rest)
        rest = blank_out(self.words["measure.period"], rest)  # "for 6 months" holds it
        return quoted(first(self.words["measure.patterns"], rest))

    def vague_words(self, text: str) -> list[str]:
        """The vague words in a text ("improve", "appropriate" ...), as written."""
        return [m.group(0) for p in self.words["measure.vague_words"] if (m := p.search(text))]

    # -- PLAN-15 ----------------------------------------------------------------------

    def sustained(self, text: str) -> str:
        """The period the change must hold for, or the sustain wording; "" when there
        is neither.  "Sustained" meaning "suffered", a checking frequency, the time to
        reach a target and the length of a course are set aside first."""
        rest = text
        for key in ("sustained.suffered", "sustained.checking", "sustained.to_target"):
            rest = blank_out(self.words[key], rest)
        return quoted(first(self.words["sustained.patterns"], rest))

    def not_sustained(self, text: str) -> str:
        """Why the outcome does not say how it will be sustained."""
        for key, why in (
            ("sustained.suffered", "means suffered, not kept up"),
            ("sustained.to_target", "is the time to reach the target or a course's length"),
            ("sustained.checking", "is how often it is checked, not for how long"),
            ("measure.deadline", "is a deadline, not a period the change holds for"),
        ):
            if found := self.words.find(key, text):
                return f"{quoted(found)} {why}"
        return "no period and no sustain wording"
