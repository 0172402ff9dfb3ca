"""A change about a family member, said as what will change, never as a note or as if
it had happened already.

A held-out reader (stop 32) found "Change 4: You to reduce your drinking." (a note: the
verb was not in the verb list, so "Scott to reduce" was kept as written) and "Change 4:
You are drug free." (the plan's "Ryan is drug free", read in Ryan's own copy as saying he
already is).  A worker writes "You will cut down your drinking" and "You will be drug
free".
"""

from __future__ import annotations

import re

from plangen.family.household import Household

# "Scott to reduce ...", "You to cut down ...", "Kelly and Ryan to keep ...": a doer, then
# "to" and a word that can only be a verb there (never "the", "a" or a preposition)
_NOTE_TO = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’-]*|you)(?: [A-Z][\w'’-]*)?"
    r"(?:(?:,\s*|\s+(?:and|&)\s+)(?:[A-Z][\w'’-]*|you))*)"
    r"\s+to\s+(?!(?:the|a|an|his|her|their|your|my|school|college|nursery|work|court|"
    r"hospital|home|and|or|be)\b)(?P<verb>[a-z]{2,})\b"
)
# "You complete ...": the reader as the doer, a verb in the present, not a helper verb
_YOU_DO = re.compile(
    r"^You (?P<verb>(?!(?:are|were|will|would|can|could|may|might|must|should|have|had|do|"
    r"did|need|not|also|still|now|never|always)\b)[a-z]{3,})\b(?<!ed)(?<!ing)"
)
# "Ryan is drug free", "You are alcohol free": a family adult's state, said as the change
_IS_STATE = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (?P<be>is|are) (?!not\b)")


def change_head(text: str, who: Household) -> str:
    """``text`` (a change's headline, in the family's voice) said as what will change:
    "Scott to reduce his drinking" -> "Scott will reduce his drinking"; "You are drug
    free" (the reader's own change) -> "You will be drug free"."""
    adults = _adults(who)
    note = _NOTE_TO.match(text)
    if note and _all_people(note.group("who"), adults):
        return f"{note.group('who')} will {note.group('verb')}{text[note.end() :]}"
    # "You complete DAPP and accept responsibility ..." (his own copy): what he will
    # do, never what he does already (reader 33)
    doing = _YOU_DO.match(text)
    if doing and who.reader is not None and not who.reader.young:
        return f"You will {text[doing.start('verb') :]}"
    state = _IS_STATE.match(text)
    if state and state.group("who") in adults and not _more_than_one_verb(text[state.end() :]):
        return f"{state.group('who')} will be {text[state.end() :]}"
    return text


def _adults(who: Household) -> set[str]:
    """The family's adults, by every name the plan calls them, and "You" (the reader)."""
    names = {n for r in who.relatives for n in (r.name, r.first, r.called) if n}
    return names - set(who.child_names) | {"You", "you"}


def _all_people(subject: str, adults: set[str]) -> bool:
    parts = re.split(r",\s*|\s+(?:and|&)\s+", subject)
    return all(part in adults for part in parts)


# a second verb after the state: "Baby is fed ... and always sleeps ..." keeps its tense
_ANOTHER_VERB = re.compile(r"\b(?:is|are|has|have|does|do|can|[a-z]{3,}s)\b(?<!ss)")


def _more_than_one_verb(rest: str) -> bool:
    return bool(re.search(r",|\band\b", rest) and _ANOTHER_VERB.search(rest))
