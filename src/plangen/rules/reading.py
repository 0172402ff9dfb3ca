"""Reading an outcome's structure: its clauses, who is the subject of each, what
changes and negation (PLAN-02, 03); what it measures and its time expressions (PLAN-04,
15) are read by the base class, :mod:`plangen.rules.measures`.

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
from functools import lru_cache

from plangen.rules.done_for import done_for_the_child
from plangen.rules.measures import MeasureReading
from plangen.rules.names import with_aside
from plangen.rules.services import care_placement, provision_given, service_used
from plangen.rules.tasks import task_is_the_verb, tasks_in, without_care
from plangen.rules.text import WordLists, first, quoted

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
# What may stand before the child's name when the name is a clause's subject.
_JOINS = re.compile(
    r"(?:^|[,(:;-]|\b(?:so|that|then|and|but|or|where|when|while|whilst|until|because|as|"
    r"once|after|before|which means|ensuring|ensure|means|with))\s*$",
    re.I,
)
# The child's thing named after "Leo's", up to the verb: "case", "school place".
_OWNED = re.compile(
    r"(?:[\w’'-]+ ){1,4}?(?=(?:will|to|is|are|has|have|must|should|can|does|do|was|were)\b)",
    re.I,
)
# what joins an adult's change to why it is made: "... so that Kai is safe"
_SO_THAT = re.compile(r"\b(?:so(?: that)?|in order that)\s*$", re.I)
_ALSO = re.compile(r"^(?:and|&)\s+", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|whenever|in case)\s*$", re.I)
_OBJECT_OF = re.compile(r"\b(?:for|to|with|by|of|about|from|on|at|into|towards)\s+$", re.I)
_WHOSE = re.compile(r"(?:['’]s?|^(?:his|her|their|my))$", re.I)
_NO_STATE = re.compile(r"^(?:no|nil|there (?:is|are|will be) no)\s", re.I)
_SOMEONE_ELSE = re.compile(
    r"^(?-i:([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?))\s+(?:will|is|are|has|have|does|can|should|must|"
    r"would|was|needs|gets|feels|says|knows|keeps|stays|remains|lives|understands)\b"
)
_RELATIVE = re.compile(r"\b(?:who|whose|that|which|where)\b", re.I)
# A clause that starts with a past participle continues the voice of the one before:
# "Jayden will be seen by YOT and spoken to alone".
_PARTICIPLE = re.compile(
    r"^(?:\w+ly\s+)?(?:\w+ed|spoken|seen|told|given|taught|shown|kept|heard|met|taken)\b", re.I
)
# A clause that starts in the active voice, with the previous subject: "has told her
# DSL", "will tell her teacher", "does not go missing".
_ACTIVE = re.compile(
    r"^(?:has|have|had|will|would|does|do|did|can)\s+(?!(?:not\s+)?(?:be|been|being)\b)\w+"
    r"|^(?:tells?|says?|feels?|goes|attends?|sleeps?|eats?|talks?|uses?|plays?|stays?)\b",
    re.I,
)
# A relative clause after a comma describes someone already named, not what changes:
# "has no contact with his cousin Ryan, | who is linked to county lines" (writer 32).
_ASIDE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;]*", re.I)
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|has|have|had|does|do|did|be|been|to|not|"
    r"no|never|n't|stops?|keeps?|gets?|feels?|says?|tells?)\b",
    re.I,
)


@dataclass(frozen=True)
class Clause:
    """One clause of an outcome and what it is about."""

    text: str
    subject: str  # "child", "adult", "home", "process" (the child's plan, case or
    # meeting: "Max's case | to close") or "" (none found: "Referral to CAMHS")
    subject_words: str  # the words that gave the subject, as written
    predicate: str  # the text after the subject: "to attend CAMHS appointments"
    imperative: bool = False  # "Develop a daily routine ...": the adults' work
    passive: bool = False  # continues a clause about what is done to the child
    professional: bool = False  # the subject is a professional or a meeting: "HV to ..."


@lru_cache(maxsize=256)
def reader(
    words: WordLists, child_names: tuple[str, ...], adults: tuple[tuple[str, bool], ...] = ()
) -> Reader:
    """The reader for one child, built once: a plan's rules share it.  ``adults``: the
    plan's adults by name, each with whether they are family (:func:`adult_names`)."""
    return Reader(words, list(child_names), adults)


class Reader(MeasureReading):
    """Reads outcomes with one set of word lists and the child's names: their clauses
    and who changes (PLAN-02, 03) here, what is measured and for how long (PLAN-04, 15)
    in :class:`~plangen.rules.measures.MeasureReading`."""

    def __init__(
        self,
        words: WordLists,
        child_names: list[str],
        adults: tuple[tuple[str, bool], ...] = (),
    ) -> None:
        super().__init__(words, child_names)
        # the plan's adults by name, longest first ("Donna Pearson" before "Donna"): a
        # name not followed by "'s" is the clause's subject ("Donna | to see her GP")
        self._adults = [
            (re.compile(rf"^{re.escape(name)}\b(?![’'])"), family) for name, family in adults
        ]

    # -- clauses ---------------------------------------------------------------------

    def clauses(self, text: str) -> list[Clause]:
        """The clauses of ``text``; one with no subject of its own after "and" takes
        the subject of the clause before ("Amira goes to 2 clubs a week and tells ...")."""
        return list(self._known("clauses", text, self._clauses))

    def _clauses(self, text: str) -> list[Clause]:
        found: list[Clause] = []
        subjects = ""  # "Lacey and Mason will ...": a subject alone joins the next part
        for part in self._child.split(self._child.as_written(text)):
            part = part.strip(" ,-–(\"'“”")
            if not part:
                continue
            if subjects:
                part, subjects = f"{subjects} and {part}", ""
            elif not found and self._child.subject_alone(part, _AUXILIARY):
                subjects = part
                continue
            if found and len(part.split()) <= 3 and not _AUXILIARY.search(part):
                # "... with specialist midwife and Flying Start": a noun, not a clause
                joined = f"{found[-1].text} and {part}"
                found[-1] = replace(self.clause(joined), subject=found[-1].subject)
                continue
            clause = self.clause(part)
            if (
                not clause.subject
                and found
                and (other := _SOMEONE_ELSE.match(part))
                and not self._ends_with_the_child(found[-1].text)  # "so Lily and Mia have"
            ):
                # a name written mid-sentence that is not the child's, before a verb:
                # "..., and Kayleigh has 2 people she can rely on" (someone else changes)
                name = other.group(1)
                clause = Clause(part, "adult", name, part[len(name) :].strip())
            elif not clause.subject and found and not _NOT_A_VERB.match(part):
                before = found[-1]
                # "lives with a parent who is sober and able to meet her needs": the
                # adult is still the one who changes
                adult = self.words.find("child_focus.adult_change", before.text)
                relative = adult and _RELATIVE.search(adult.group(0))
                subject = "adult" if relative else before.subject
                # "will be seen by YOT and spoken to alone": the passive goes on, until a
                # clause in the active voice ("... and has told her DSL of no worries")
                passive = (before.passive and not _ACTIVE.match(part)) or bool(
                    _PARTICIPLE.match(part)
                    and self.words.find("child_focus.passive_process", before.text)
                )
                clause = Clause(part, subject, before.subject_words, part, passive=passive)
            found.append(clause)
        return found or ([self.clause(subjects)] if subjects else [])

    def _ends_with_the_child(self, text: str) -> bool:
        """``text`` ends with the child's name or a word for them: "... so Lily"."""
        last = text.split()[-1] if text.split() else ""
        return bool(last) and self._child.child_start(last) == last

    def clause(self, text: str) -> Clause:
        """One clause, with its subject: the child, an adult, the home, or none."""
        body = _LEADING.sub("", text)
        child = self._child.child_start(body)
        if child and not _WHOSE.search(child):
            # the child by name or pronoun, not whose ("Leo's social worker will"); with
            # someone else beside them, up to the verb ("Leo and mum | to attend")
            rest = body[len(child) :].strip()
            if (also := _ALSO.match(rest)) and (other := _OWNED.match(rest, also.end())):
                words = f"{child} {rest[: other.end()].strip()}"
                return Clause(text, "child", words, rest[other.end() :].strip())
            child, rest = with_aside(child, rest)
            return Clause(text, "child", child, rest)
        for key in ("child_focus.doing_start", "child_focus.professionals"):
            # any of the list's patterns at the start ("Tyler's school to complete"),
            # not only the first one found anywhere
            if doer := next((d for p in self.words[key] if (d := p.match(body))), None):
                imperative = key == "child_focus.doing_start"
                rest = body[doer.end() :].strip()
                who = doer.group(0).strip()
                return Clause(text, "adult", who, rest, imperative, professional=not imperative)
        if adult := self._child.adult_start(body):
            adult, rest = with_aside(adult, body[len(adult) :].strip())
            family = any(
                self.words.find(key, adult)
                for key in ("parents_involved.parent_words", "parents_involved.family_roles")
            )
            return Clause(text, "adult", adult, rest, professional=not family)  # "SW to"
        if named := self._adult_named(text, body):
            return named
        if child:
            # whose: the child's thing is the subject up to its verb ("Leo's case | to be
            # escalated"), so that the predicate starts at the verb
            rest = body[len(child) :].strip()
            owned = _OWNED.match(rest) if _WHOSE.search(child) else None
            words = f"{child} {owned.group(0).strip()}" if owned else child
            # the child's plan, case or meeting is a process, not the child: "Max's case
            # | to be stepped down", "Child's Plan meeting | to take place"
            thing = owned and self.words.find("child_focus.process_things", owned.group(0).strip())
            subject = "process" if thing else "child"
            return Clause(text, subject, words, rest[owned.end() :].strip() if owned else rest)
        if home := self.words.find("child_focus.home_words", body):
            return Clause(text, "home", home.group(0), body[home.end() :].strip())
        if inside := self._subject_inside(body):
            start, words = inside
            name = words.split()[0]
            return Clause(text, "child", name, body[start + len(name) :].strip())
        return Clause(text, "", "", body)

    def _adult_named(self, text: str, body: str) -> Clause | None:
        """A clause whose subject is one of the plan's adults by name: "Donna | to see
        her GP", "Rania | to improve her English" (family, so no professional's work)."""
        for name, family in self._adults:
            if found := name.match(body):
                who, rest = with_aside(found.group(0), body[found.end() :].strip())
                return Clause(text, "adult", who, rest, professional=not family)
        return None

    def _subject_inside(self, body: str) -> tuple[int, str] | None:
        """The child's name as the subject of a clause inside ``body``: after a joining
        word ("so Oscar has ..."), or before a verb ("the times Leo is left"), not the
        object of a verb ("the dietitian will review Gracie monthly")."""
        for start, words in self._child.inside(body):
            verb = words.split()[-1]
            if _CONDITION.search(body[:start]):
                continue  # "... will be held if Leo is excluded": a condition, not the outcome
            if _OBJECT_OF.search(body[:start]):
                continue  # "arrangement for Leo | will be assessed": the name is an object
            if _JOINS.search(body[:start]) or _AUXILIARY.fullmatch(verb):
                return start, words
        return None

    def changes_for_child(self, clause: Clause) -> bool:
        """The clause has the child as its subject and states a change in the child's
        life: not a service done to them ("Amira is referred"), not a change in the
        adult they live with ("lives with a parent who is sober")."""
        return (
            clause.subject == "child"
            and not clause.passive
            # not what is done to someone described aside (_ASIDE)
            and not self.words.find("child_focus.passive_process", _ASIDE.sub("", clause.text))
            and not self.words.find("child_focus.adult_change", clause.text)
            and not done_for_the_child(self.words, clause, self.measure)
            and not (
                self.words.find("child_focus.done_by_adult", clause.text)
                and not self.measure(clause.text)
            )
        )

    # -- PLAN-02 ----------------------------------------------------------------------

    def about_adults(self, text: str) -> str:
        """Why the outcome is about the adults, not the child, or "" when some clause
        says what changes for the child."""
        text = self._child.as_written(text)
        clauses = self.clauses(text)
        if not self._child.mentioned(text) and all(c.subject != "child" for c in clauses):
            return "the child is not in the outcome at all"
        if any(self.changes_for_child(c) and not self._only_why(text, c) for c in clauses):
            return ""
        if first(self._child.child_changes, text):
            return ""
        if any(self._ensures_a_change(c) for c in clauses if c.subject == "adult"):
            return ""
        for clause in clauses:
            if found := self.words.find("child_focus.adult_change", clause.text):
                return f"the change is in the adult: {quoted(found)}"
            if found := self.words.find("child_focus.passive_process", clause.text):
                return f"only something done to the child: {quoted(found)}"
            if found := self.words.find("child_focus.done_by_adult", clause.text):
                return f"only the adults' doing, with nothing checkable: {quoted(found)}"
            if done := done_for_the_child(self.words, clause, self.measure):
                return f"only what others do for the child: {done}"
            if clause.subject in ("adult", "home", "process"):
                return f'the subject is "{clause.subject_words}", not the child'
        for key in ("child_focus.adult_words", "process.patterns"):
            if found := self.words.find(key, text):
                return f"no clause has the child as its subject; it names {quoted(found)}"
        if task := self.process(text):
            # a service used with no subject: "To continue with the Child's Plan under CIN"
            return f"no clause has the child as its subject; it names {task}"
        return ""

    def _only_why(self, text: str, clause: Clause) -> bool:
        """The child's clause only says why an adult changes, with nothing checkable:
        "Mum will stop drinking | so that | Kai is safe" (not "... so that Kai is in bed
        by 8pm every night")."""
        at = text.find(clause.text)
        return (
            at > 0
            and bool(_SO_THAT.search(text[:at]))
            and self.clause(text[:at]).subject == "adult"
            and not self.measure(clause.text)
        )

    def _ensures_a_change(self, clause: Clause) -> bool:
        """An adult makes sure of a concrete change for the child: "Dad makes sure Leo
        is in bed by 8pm" states what changes for Leo; "Mum will ensure Leo is safe"
        does not."""
        found = self._child.embedded.search(clause.predicate)
        if not found:
            return False
        inner = found.group("inner")
        return bool(self.measure(inner)) and not (
            self.words.find("child_focus.passive_process", inner)
            or self.words.find("child_focus.adult_change", inner)
        )

    # -- PLAN-03 ----------------------------------------------------------------------

    def process(self, text: str) -> str:
        """The task or service given as the outcome, or "" when there is none, or a
        real change for the child stands beside it ("will attend CAMHS and her
        self-harm will stop")."""
        task = ""
        for clause in self.clauses(text):
            # "attends her college course"; "attends the PRU 5 days a week" (counted)
            clause = without_care(self.words, clause, counted=bool(self.measure(clause.text)))
            found = tasks_in(self.words, clause.text)
            used = self._service_used(clause) or self._provided(clause) or self._care(clause)
            if clause.subject == "process":
                used = used or f'"{clause.subject_words}"'  # "Leo's CP plan | to end"
            if clause.professional and not used:
                # a professional's own work: "HV to | deliver safe sleep advice", "Police
                # to | be informed"
                used = quoted(self.words.find("process.professional_work", clause.predicate))
            task = task or quoted(found[0] if found else None) or used
            if (
                not used
                and self._changes_beside_a_task(clause, found)
                and not self._only_why(text, clause)  # "... so that Mia is safe"
            ):
                return ""  # a change stands beside the service: "and her self-harm stops"
        return task

    def _service_used(self, clause: Clause) -> str:
        """The head of the clause's predicate uses a service (see
        :func:`plangen.rules.services.service_used`), as quoted evidence, or ""."""
        predicate = self._child.unnamed(clause.predicate)  # the child's name is no service
        if not clause.subject and (someone := _OWNED.match(predicate)):
            # someone the reader does not know, up to the verb: "Perpetrator | to complete"
            predicate = predicate[someone.end() :]
        return self._child.named(
            service_used(self.words, predicate, by_child=clause.subject == "child")
        )

    def _provided(self, clause: Clause) -> str:
        """The child's clause is provision made for them and nothing else (see
        :func:`plangen.rules.services.provision_given`), as quoted evidence, or ""."""
        if clause.subject != "child" or clause.imperative:
            return ""
        return self._child.named(provision_given(self.words, self._child.unnamed(clause.predicate)))

    def _care(self, clause: Clause) -> str:
        """The child's clause, or one with no subject ("Foster care with her aunt"), is
        only a kind of care given (:func:`plangen.rules.services.care_placement`)."""
        if clause.subject not in ("child", "") or clause.imperative:
            return ""
        return self._child.named(care_placement(self.words, self._child.unnamed(clause.predicate)))

    def _changes_beside_a_task(self, clause: Clause, tasks: list[re.Match[str]]) -> bool:
        """The clause states a change, not a task: for the child, or a measurable one
        for an adult ("and has no further incidents reported to police for 6 months")."""
        if clause.imperative:
            return False
        if not clause.subject:
            # a state with no subject: "no new cuts seen by school nurse"
            return bool(_NO_STATE.match(clause.text)) and bool(self.measure(clause.text))
        if self.words.find("child_focus.passive_process", clause.text):
            return False
        if tasks and self.words.find("process.verbs", clause.predicate):
            return False  # its verb is the task: "Aisha to attend CAMHS"
        subject_end = len(clause.text) - len(clause.predicate)
        if clause.subject in ("child", "process") and any(
            0 < t.start() < subject_end for t in tasks
        ):
            return False  # the child's thing is the task: "Ava's referral | to be made"
        if any(task_is_the_verb(clause, task) for task in tasks):
            # the task is all its predicate says: "Mum compliant with ...", whichever of
            # the tasks it names does ("continue his group work with the youth worker")
            return False
        return clause.subject == "child" or bool(self.measure(clause.text))
