"""An action that bars someone, read whole in every copy (reader 32: "Angela to take
Maisie to breakfast club and collect her; Lee not to collect." reached Lee's own copy
as "Angela Bright | You will not collect.": the object was in the half held back from
him, and the row's Who was someone the sentence no longer named).

- A bar written with its object left to the clause before it ("... collect her; Lee
  not to collect") is given that object, a person only (the name the clause before
  says, or the one its "her"/"him" stands for), before anything is held back from the
  copy: "Lee not to collect Maisie". A place is never carried over: where someone may
  be found is the privacy stage's to hold back.
- A bar whose Who is nobody the sentence names says who sees to it: "You will not
  collect Maisie. Angela Bright will make sure of this."
"""

from __future__ import annotations

import re

from plangen.model import Plan

# "Lee not to collect.", "Lee is not to collect;", "Dad must not visit" at a clause's end
_BARE_BAR = re.compile(
    r"\b(?P<bar>(?:(?:is|are)\s+)?not\s+to|must\s+not|will\s+not|won['’]t|cannot)\s+"
    r"(?P<verb>[a-z]+)(?=\s*(?:[.;,]|$))"
)
_PRONOUNS = {"her", "him", "them"}


def objects_kept(plan: Plan) -> Plan:
    """``plan`` with each barred action's left-out object said (module doc); the plan
    itself where none is."""
    people = {plan.child.name.split()[0], *(plan.child.known_as or "").split()}
    people |= {p.name.split()[0] for p in plan.core_group if p.name.split()}
    changed = False
    copy = plan.model_copy(deep=True)
    for outcome in copy.outcomes:
        for action in outcome.actions:
            said = object_kept(action.text, frozenset(people))
            if said != action.text:
                action.text, changed = said, True
    return copy if changed else plan


def object_kept(text: str, people: frozenset[str]) -> str:
    """ "Angela to take Maisie to breakfast club and collect her; Lee not to collect."
    -> "...; Lee not to collect Maisie."; ``text`` as it is where the clause before does
    not say whom, or says someone not in ``people`` (the plan's first names: never a
    place, "Little Acorns Nursery")."""
    for bare in reversed(list(_BARE_BAR.finditer(text))):
        verb = bare.group("verb")
        whom = _whom(text[: bare.start()], verb, people)
        if whom:
            text = text[: bare.end()] + f" {whom}" + text[bare.end() :]
    return text


def _whom(before: str, verb: str, people: frozenset[str]) -> str | None:
    """The person ``verb`` is done to in the text before a bar: "collect Maisie", or
    "take Maisie to school and collect her" (the name "her" stands for)."""
    done = list(re.finditer(rf"\b{re.escape(verb)}\s+([A-Za-z][\w'’-]*)", before))
    if not done:
        return None
    found = done[-1]
    word = found.group(1)
    if word in _PRONOUNS:
        clause = re.split(r"[.;]", before[: found.start()])[-1]
        names = [n for n in re.findall(r"\b[A-Z][a-z][\w'’-]*", clause) if n in people]
        # the clause's own subject ("Angela to take Maisie ...") is never its object
        subject = re.match(r"\s*([A-Z][\w'’-]*)", clause)
        names = names[1:] if names and subject and subject.group(1) == names[0] else names
        return names[-1] if names else None
    if word in people:
        return word
    return None


# a sentence that bars someone: "You will not collect ...", "Jade is not to ..."
_A_BAR = re.compile(
    r"(?:^|[.;]\s+)(?:You|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?) (?:will not|must not|"
    r"(?:is|are) not to|won['’]t|cannot|can['’]t)\b"
)


def who_sees_to_it(who_cell: str, what: str) -> str:
    """``what`` with "<Who> will make sure of this." after a bar that does not name
    anyone its Who cell names: one row, one sense."""
    if not _A_BAR.search(what) or not who_cell.strip():
        return what
    who = re.sub(r"\s*\([^()]*\)", "", who_cell).strip()
    words = [w for w in re.findall(r"[A-Z][\w'’-]*", who) if w not in {"And"}]
    if not words or any(re.search(rf"\b{re.escape(w)}\b", what, re.I) for w in words):
        return what
    if re.fullmatch(r"(?:A|The) worker|Not included in this copy\.?", who):
        return what
    return (
        f"{what.rstrip()}{'' if what.rstrip().endswith('.') else '.'} {who} will make sure of this."
    )
