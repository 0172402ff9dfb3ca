"""PLAN-14: parents likely overwhelmed by the plan (seed 002 "Interventions").

One finding for the plan, giving every reason a chair would weigh together: the planned
contacts a week with each parent (a parent meets their own visits, not the sum of both
parents'), many professionals working with the parents, many professionals visiting the
family often, and the parents' own words ("it is too many visits").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from plangen.intake.vocabulary import family_called, normalise
from plangen.model import Action, CorePerson, Plan
from plangen.rules.base import (
    Context,
    Flag,
    actions,
    child_names,
    effective_frequency,
    is_parent,
    means_parents,
    parents,
    rule,
)
from plangen.rules.findings import PLAN, Place, Severity
from plangen.rules.people import find_person
from plangen.rules.services import service_used
from plangen.rules.text import WordLists, quoted

Found = Iterator[Flag]

_MOTHER = re.compile(r"\b(?:mum|mummy|mam|mom|mother|step-?mum|step-?mother)\b", re.I)
_FATHER = re.compile(r"\b(?:dad|daddy|father|step-?dad|step-?father)\b", re.I)


@dataclass
class _Tally:
    """What the plan asks of the family, action by action."""

    per_parent: dict[str, float] = field(default_factory=dict)
    counted: dict[str, list[str]] = field(default_factory=dict)
    with_parents: dict[str, str] = field(default_factory=dict)  # professional: service
    with_family: dict[str, str] = field(default_factory=dict)
    family_contacts: float = 0.0


@rule("PLAN-14", Severity.ADVICE, 'seed 002 "Interventions"', "parents likely overwhelmed")
def parents_overwhelmed(plan: Plan, context: Context) -> Found:
    words, limits = context.words, context.settings
    tally = _tally(plan, words)
    problems: list[str] = []
    evidence: list[str] = []
    if tally.per_parent:
        busiest = max(tally.per_parent.values())
        if busiest > limits.max_contacts_a_week:
            who = [name for name, count in tally.per_parent.items() if count == busiest]
            named = "the parents" if len(who) > 1 else who[0]
            counted = "; ".join(tally.counted[who[0]])
            problems.append(
                f"The plan sets about {busiest:g} contacts a week with {named} ({counted})."
            )
            evidence.append(f"counted: {counted}")
    if len(tally.with_parents) > limits.max_professionals_with_parents:
        services = _services(tally.with_parents)
        problems.append(
            f"{len(tally.with_parents)} professionals are working with the parents: {services}."
        )
        evidence.append(f"professionals: {services}")
    elif (
        len(tally.with_family) > limits.max_professionals_with_parents
        and tally.family_contacts > limits.max_contacts_a_week
    ):
        # six services each visiting a child and family every week is a chair's worry
        # even when few of the visits are with the parents themselves
        services = _services(tally.with_family)
        # after a count with the parents, say what this one adds (R10: "7.5 contacts a
        # week with the parents" then "about 17.5 contacts a week" read as two answers)
        problems.append(
            (
                "Counting every contact with the family, not only those with the parents, "
                if problems
                else ""
            )
            + f"{len(tally.with_family)} professionals work with the family, about "
            f"{tally.family_contacts:g} contacts a week: {services}."
        )
        evidence.append(f"professionals: {services}")
    said = words.find("parents_involved.too_much", plan.family_views)
    if said:
        # the parents have said it: a chair answers that whatever the count
        sentence = _sentence_of(plan.family_views, said)
        problems.append(f"The parents say the plan is a lot for them: {sentence}")
        evidence.append(f"the parents' views: {quoted(said)}")
    if not problems:
        return
    place = Place(("family_views",)) if said and len(problems) == 1 else PLAN
    yield (
        place,
        " ".join(problems),
        "Combine visits where you can, agree who leads each piece of work, and give each "
        "contact a purpose the parents understand.",
        "; ".join(evidence),
    )


def _tally(plan: Plan, words: WordLists) -> _Tally:
    tally = _Tally()
    family_of = parents(plan)
    names = tuple(p.name.split()[0] for p in family_of if p.name.split())
    own = [re.escape(n) for n in child_names(plan)]
    child = re.compile(rf"\b(?:{'|'.join(own)})\b", re.I) if own else None
    for person in family_of:
        tally.per_parent.setdefault(_first(person), 0.0)
        tally.counted.setdefault(_first(person), [])
    for _, outcome, index, written in actions(plan):
        # a frequency "As above" counts as the one above's
        often = effective_frequency(outcome, index)
        action = (
            written
            if often == written.frequency
            else written.model_copy(update={"frequency": often})
        )
        family = [n for n in action.responsible if is_family(plan, words, n)]
        workers = [n for n in action.responsible if n not in family]
        if words.is_a_message(action.text):
            continue  # a text or a book reaches the family, but is no visit
        # a parent among the people responsible: a contact only when the action is one
        # (a session, a visit, support), not a routine the family keeps with the worker
        named = any(means_parents(n) or is_parent_named(plan, n) for n in family)
        named = named and bool(words.find("parents_involved.contact", action.text))
        with_them = named or words.involves_parents(_affirmed(action.text), names)
        everyone = words.contacts_a_week(_contact_frequency(words, action, False, child))
        # no text to the child, group the child goes to, or professionals' liaison
        meets = with_them or not words.find("parents_involved.not_with_family", action.text)
        if meets and workers and everyone:
            tally.family_contacts += everyone
            for name in workers:
                _add(tally.with_family, plan, name)
        # a parent going to a service on their own ("Mum to attend her CGL group
        # weekly"): a planned contact with its workers, though none is named; by the verb
        # that goes to it, not a service's word anywhere (a mother's diary "brought to
        # core group", her ESOL course: R22 of the held-out review copies)
        service = _goes_to_a_service(words, action.text) if named else None
        if not (workers or service) or not with_them:
            continue
        frequency = _contact_frequency(words, action, bool(family), child)
        if weight := words.contacts_a_week(frequency):
            by = " & ".join(workers) or service or ""
            for person in _parents_in(plan, action, family_of):
                tally.per_parent[_first(person)] += weight
                tally.counted[_first(person)].append(f"{action.frequency} ({by})")
        for name in workers:
            _add(tally.with_parents, plan, name)
    return tally


# A negation and the rest of its clause: "(no contact with Kayla direct or indirect)",
# "not to be left alone with Dad". A parent named there is who the action keeps away,
# never whom it meets (held-out 143: "Police to update SW on ... bail conditions (no
# contact with Kayla ...)" was counted as a professional working with the parents).
_NEGATED = re.compile(r"\b(?:no|not|never|nor|without)\b[^,;.()\n]*", re.I)


def _affirmed(text: str) -> str:
    """``text`` with each negated clause taken out."""
    return _NEGATED.sub(" ", text)


_SUBJECT = re.compile(r"^\W*(?:[A-Z][\w’'-]*\s+){1,3}?(?:to|will)\s+", re.I)


def _goes_to_a_service(words: WordLists, text: str) -> str:
    """The service a parent's own action goes to, by its verb, said by its head ("Mum to
    attend her CGL group weekly": "group"), or "" (keeping a diary; no verb at all)."""
    predicate = _SUBJECT.sub("", text, count=1)
    used = service_used(words, predicate, by_child=False)
    head = words.find("process.service_heads", used) if used else None
    return head.group(0) if head else ""


def _first(person: CorePerson) -> str:
    return person.name.split()[0] if person.name.split() else person.role


def _parents_in(plan: Plan, action: Action, family_of: list[CorePerson]) -> list[CorePerson]:
    """The parents an action meets: those responsible for it, else those its text
    names (by first name, or as Mum or Dad), else all of them ("with the parents")."""
    responsible = [find_person(plan, n) for n in action.responsible]
    found = [p for p in family_of if any(p is r for r in responsible)]
    if not found:
        found = [
            p
            for p in family_of
            if (first := _first(p)) and re.search(rf"\b{re.escape(first)}\b", action.text, re.I)
        ]
    if not found:
        mother, father = _MOTHER.search(action.text), _FATHER.search(action.text)
        if bool(mother) != bool(father):
            role = _MOTHER if mother else _FATHER
            found = [p for p in family_of if role.search(p.role)]
    return found or family_of


def _add(professionals: dict[str, str], plan: Plan, name: str) -> None:
    person = find_person(plan, name)
    key = person.name if person else name
    service = (person.role or person.agency) if person else ""
    professionals.setdefault(key, service)


def _services(professionals: dict[str, str]) -> str:
    """ "Grace Oyelaran (Specialist Midwife), Sam Cartwright (Health Visitor)"."""
    return ", ".join(
        f"{name} ({service})" if service and service != name else name
        for name, service in sorted(professionals.items())
    )


def _sentence_of(text: str, found: re.Match[str]) -> str:
    """The words around ``found`` up to the sentence's ends, shortened to 120 characters."""
    start = max(text.rfind(".", 0, found.start()) + 1, 0)
    end = text.find(".", found.end())
    sentence = " ".join(text[start : end if end >= 0 else len(text)].split())
    if len(sentence) > 120:
        return sentence[:117].rstrip() + "..."
    return sentence if sentence.endswith(("!", "?", '"', "”")) else sentence + "."


_SCHOOL_DAYS = re.compile(r"\b(?:term[- ]?time|school days?|weekdays?|mon(?:day)?\s*-\s*fri)", re.I)
# One phase after another: "then", or a later part that says when it starts
# ("Fortnightly antenatal appointments, weekly from 36 weeks").
_PHASES = re.compile(r"\bthen\b|,\s*(?=[^,;()]*\b(?:from|after|once)\b)", re.I)
_PARTS = re.compile(r"[;/+\n]")


def _contact_frequency(
    words: WordLists, action: Action, with_family: bool, child: re.Pattern[str] | None
) -> str:
    """The parts of an action's frequency that are contacts with the parents: not a
    home-school book or a log ("Home-school book daily; home visit once"), not the
    child's school days when the action names the child ("graded return timetable with
    Ollie and Dad", "Daily (term time)"), and, when a family member shares the action,
    the worker's visits or sessions rather than the family's own routine ("Daily /
    checked each visit": the lockbox is the family's).  Of phases one after another
    ("Fortnightly to 36 weeks then weekly", "Weekly for 6 weeks then review") the
    busiest counts: the parents meet one phase at a time, never the sum."""
    phases = [
        _phase_contacts(words, phase, action.text, with_family, child)
        for phase in _PHASES.split(action.frequency)
    ]
    return max(phases, key=words.contacts_a_week, default="")


def _phase_contacts(
    words: WordLists, phase: str, text: str, with_family: bool, child: re.Pattern[str] | None
) -> str:
    parts = [p for p in _PARTS.split(phase) if p.strip() and not words.is_a_message(p)]
    if child is not None and child.search(text):
        parts = [p for p in parts if not _SCHOOL_DAYS.search(p)]
    if with_family:
        contacts = [p for p in parts if words.find("parents_involved.contact", p)]
        parts = contacts or parts
    return "; ".join(p.strip() for p in parts)


def is_family(plan: Plan, words: WordLists, name: str) -> bool:
    """A person responsible who is family, not a professional: the parents, what a
    family calls a relative ("Nan"), or a core-group member whose role is a relative
    ("Maternal aunt", "Grandad's wife")."""
    if means_parents(name) or normalise(name) in family_called():
        return True
    person = find_person(plan, name)
    if person is None:
        # someone not in the core group who shares the family's surname ("Carol
        # Campbell", the mother's mother) is family, not a professional's contact
        surname = name.split()[-1].lower() if len(name.split()) > 1 else ""
        family = [p.name for p in parents(plan)] + [plan.child.name]
        return bool(surname) and any(n.split()[-1].lower() == surname for n in family if n.split())
    return is_parent(person) or bool(words.find("parents_involved.family_roles", person.role))


def is_parent_named(plan: Plan, name: str) -> bool:
    person = find_person(plan, name)
    return person is not None and is_parent(person)
