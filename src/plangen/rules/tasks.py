"""What in an outcome's clause is a task or service (PLAN-03): the tasks it names, and
whether one of them is all its predicate says ("Aisha to attend | CAMHS") or only stands
beside a change ("uses the strategies from her CAMHS sessions").  Read by
:meth:`plangen.rules.reading.Reader.process`."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from plangen.rules.text import WordLists

if TYPE_CHECKING:
    from plangen.rules.reading import Clause

# Auxiliaries and semi-modals before a predicate's verb: "will", "needs to", "is expected
# to", "has agreed to", "will be able to".
_AUX_START = re.compile(
    r"^(?:(?:will|to|is|are|be|being|can|should|must|shall|would|also|then|now|"
    r"continue to|needs? to|(?:expected|required|going|able) to|(?:has |have )?agreed to|"
    r"agrees? to)\s+)*",
    re.I,
)
# A verb that only says the child has, gets or is put in for what follows it.
_LIGHT_VERB = re.compile(
    r"^(?:have|has|having|get|gets|getting|receive\w*|undergo\w*|undertake\w*|given|placed|"
    r"put forward|put on|added to|considered for|transferred to|moved to|continue with|"
    r"continues with|keep going to|keeps going to|part of|involved with|linked (?:in )?with|"
    r"in receipt of|on)\b",
    re.I,
)
# An adult's own attending, or booking, at the head of the predicate: "Mum | to attend
# all ...", "Mum | to book a GP appointment".
_ATTENDS = re.compile(
    _AUX_START.pattern
    + r"(?:attend\w*|keep\w*|go(?:es)? to|make\w*|book\w*|arrang\w*)\b(?! \w+ to\b)",
    re.I,
)
_COMPOUND = re.compile(r"\b(?:speech|drugs?|alcohol) (?:and|&) (?:language|alcohol|drugs?)\b", re.I)


def task_is_the_verb(clause: Clause, task: re.Match[str]) -> bool:
    """The task starts the predicate, at its verb or within two words of it ("Mum
    compliant with ...", "will get help from CAMHS", "has regular contact with"), or
    heads the object of a verb that only says the child has or is put in for it
    ("will have a full health assessment", "is placed on the waiting list for")."""
    verb = _AUX_START.sub("", clause.predicate)
    start = len(clause.text) - len(verb)
    between = clause.text[start : task.start()]
    if task.start() < start:
        return task.end() > start  # the task takes in its verb: "to have a named nurse"
    # "and" joins a new clause, not a service's own name ("speech and language")
    if re.search(r"[,;]|\band\b", _COMPOUND.sub("", between)):
        return False
    return len(between.split()) <= (6 if _LIGHT_VERB.match(verb) else 2)


def tasks_in(words: WordLists, clause: str) -> list[re.Match[str]]:
    """The tasks or services in a clause, the word list's first pattern first,
    unless negated: "no longer needs CAMHS" and "no MARAC referrals" are the change
    itself."""
    if words.find("process.no_longer", clause):
        return []
    found = []
    for pattern in words["process.patterns"]:
        for task in pattern.finditer(clause):
            before = clause[: task.start()].split()[-3:]
            if not any(w.lower() in ("no", "not", "without", "never") for w in before):
                found.append(task)
                break
    return found


def without_care(words: WordLists, clause: Clause, *, counted: bool = False) -> Clause:
    """``clause`` with the child's own health care and learning written as "care":
    "to attend all diabetes clinic appts" and "attends her college course" are the
    child's life, as going to school is (seed 002: "taken to all health appointments"),
    not a service given as the outcome; with ``counted`` (the clause has a measure), a
    school placement too ("attends the PRU 5 days a week").  An adult attending her own
    appointments is a service used ("Mum to attend all antenatal appointments").  Lengths
    are kept (a task is found by where it stands), and a word stays where the care was:
    "will have | care | at the clinic" still ends its object at "at"."""

    keys = ["process.care_and_learning"] + (["process.schooling"] if counted else [])

    def as_care(text: str) -> str:
        for pattern in (pattern for key in keys for pattern in words[key]):
            text = pattern.sub(lambda found: "care".ljust(len(found.group(0))), text)
        return text

    if clause.subject == "adult" and _ATTENDS.match(clause.predicate):
        return clause  # her own appointments, as "attends all CPN appointments" are
    text = as_care(clause.text)
    if text == clause.text:
        return clause
    return replace(clause, text=text, predicate=as_care(clause.predicate))
