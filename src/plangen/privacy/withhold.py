"""What each copy of a plan may hold, decided on the original plan.

Three audiences:

- a **family copy** for a named core-group member leaves out what is withheld from
  everyone and from them (``recipient``); the general family and child's versions
  (``recipient=None``) leave out everything withheld from anyone;
- the **formal plan and review copy** go to the whole core group, so every withheld
  detail reads "Held on the case record" (a setting) there;
- a **professionals-only copy**, made only on request, keeps everything.

Every numbered item ("action 2") is resolved against the original plan before anything
is taken out, and then every text of the copy is scrubbed of every withheld value,
however it is written (:mod:`plangen.privacy.match`), before any other rewriting.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from plangen.model import CorePerson, Plan, Withholding
from plangen.privacy.by_role import (
    by_role,
    her_specialists,
    place_bound_by_role,
    staff_by_role,
    unnamed_doers,
)
from plangen.privacy.childs_own import child_fields
from plangen.privacy.contacts import family_contacts, without_family_contacts
from plangen.privacy.echoes import held_sentences
from plangen.privacy.holding import held_back
from plangen.privacy.household import places_held, whose_kept
from plangen.privacy.locating import (
    HELD_BACK,
    HELD_ON_RECORD,
    People,
    kept_readers,
    kept_whereabouts,
    place_bound_items,
    role_as_name,
    unplaced_role,
)
from plangen.privacy.match import MarkerFor, Matcher
from plangen.privacy.names import name_key
from plangen.privacy.numbered import remove, take_plan_detail
from plangen.privacy.open_addresses import only_shared_parts, open_address_places
from plangen.privacy.outcomes import outcome_core
from plangen.privacy.protect import meets_apart, protected
from plangen.privacy.routines import DAY
from plangen.privacy.sentences import Whose, whole_sentences
from plangen.privacy.told import Told
from plangen.privacy.withheld import (
    NAME_OF_PLACE,
    NOT_SENTENCES,
    PERSON_KINDS,
    Place,
    member,
    secrets_of,
    text_slots,
    with_names_of_places,
    work_names,
)

if TYPE_CHECKING:  # the rules stage imports this module: no import back at run time
    from plangen.rules.findings import Finding

NOT_SHARED = "not shared"
_SHELTER = re.compile(r"\b(?:refuge|hostel|safe house|sanctuary)\b", re.I)
HELD = "held on the case record"
# a core-group member's cells that say where they work
_WORK_PLACE = {"agency", "address", "email"}
# a meeting's time and place, in the copy of someone a parent is protected from: where
# she will be (the worker may arrange to see them apart)
MEETING_APART = "your social worker will tell you the time and place"


@dataclass
class Redacted:
    """A copy of the plan with what its reader must not see taken out."""

    plan: Plan
    matcher: Matcher
    # the original of each member of the copy's core group, in the same order: who is
    # family is decided on what the intake said, not on what is left of it
    originals: list[CorePerson] = field(default_factory=list)
    marker: MarkerFor = field(default_factory=lambda: MarkerFor(NOT_SHARED))
    # whose whereabouts this copy keeps from its reader, and each text that had a
    # sentence holding a locating detail held back (:mod:`plangen.privacy.locating`)
    whereabouts: list[str] = field(default_factory=list)
    held_back: list[tuple[Place, list[str]]] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)  # place-bound professionals
    # each action left out whole, all about how the protected person lives ("risk 1,
    # outcome 1, action 2"): the worker's draft lists them
    left_out: list[str] = field(default_factory=list)
    # what is locating for this copy's reader; None when nothing is held back
    people: People | None = None
    # texts not of the plan (a finding's words: "Mrs Davies (school counsellor)" is not
    # in the core group) as this copy says its own (:mod:`plangen.privacy.told`); and
    # how to tell more
    told: dict[str, str] = field(default_factory=dict)
    retell: Callable[[list[str]], dict[str, str]] | None = field(default=None, repr=False)

    def without_locating(self, text: str) -> str:
        """An original text (a merged timescale found again) with this copy's hold-backs."""
        return held_back(text, self.people)[0] if self.people is not None else text

    @property
    def held_a_day(self) -> bool:
        """Whether a routine's day was held back: a date's weekday would say it again
        (:func:`~plangen.privacy.routines.without_weekdays`)."""
        return any(DAY in kinds for _, kinds in self.held_back)

    @property
    def says_less(self) -> bool:
        """Whether locating details were held back: the copy then says so, once."""
        return bool(self.held_back or self.unnamed)

    def scrub(self, text: str) -> str:
        """``text`` with every withheld value in it replaced by its marker."""
        return self.matcher.redact(text, self.marker)[0]

    def scrub_finding(self, finding: Finding) -> Finding:
        """A finding whose words are safe for this copy's readers: each said as this
        copy says its own text (:attr:`told`, or the copy made again to say them)."""
        texts = finding_words(finding)
        missing = [text for text in texts if text and text not in self.told]
        if missing:
            retold = self.retell(missing) if self.retell else {t: self.scrub(t) for t in missing}
            self.told.update(retold)
        problem, advice, evidence, also_in = (self.told.get(text, text) for text in texts)
        return dataclasses.replace(
            finding, problem=problem, advice=advice, evidence=evidence, also_in=also_in
        )


def finding_words(finding: Finding) -> list[str]:
    """Every text of ``finding`` a copy may print: what is wrong, what to do, the words
    that made it fire (``check --explain``), where else it applies."""
    return [finding.problem, finding.advice, finding.evidence, finding.also_in]


def applies(item: Withholding, recipient: str | None) -> bool:
    """Whether ``item`` is kept from ``recipient`` (``None``: from every family member)."""
    if recipient is None or not item.withheld_from:
        return True
    return name_key(recipient) in {name_key(name) for name in item.withheld_from}


def kept_from(plan: Plan, recipient: str | None) -> list[Withholding]:
    """What ``recipient``'s copy leaves out: what the intake withholds from them, and the
    name of each professional whose agency it withholds from them."""
    return with_names_of_places(
        plan, [item for item in plan.confidential if applies(item, recipient)]
    )


def redacted(
    plan: Plan,
    recipient: str | None,
    *,
    words: str = NOT_SHARED,
    protect: bool = True,
    drop: bool = False,
    texts: Sequence[str] = (),
) -> Redacted:
    """The family copy of ``plan`` for ``recipient``: withheld items left out, and every
    withheld value scrubbed from what is left; also left out, an outcome or action that
    says where a parent protected from the recipient will be, or how they are kept safe
    (:mod:`plangen.privacy.protect`; not with ``protect=False``); a sentence holding
    a locating detail of someone kept from the reader, held back (left out, with
    ``drop``: the child's version).  ``texts`` (a finding's words) are said as the
    copy's own free text is: :attr:`Redacted.told`."""
    items = kept_from(plan, recipient)
    items += [
        item
        for item in (found.withholding() for found in protected(plan) if protect)
        if applies(item, recipient)
    ]
    whereabouts = kept_whereabouts(plan, items, recipient) if protect else []
    # whereabouts its reader knows, living with her: no place is held back (household.py)
    locating = places_held(plan, items, recipient, whereabouts)
    unnamed = place_bound_items(plan, recipient) if locating else []
    items += with_names_of_places(plan, unnamed)
    told = Told.of(plan, list(texts))
    data = plan.model_dump() | told.slots
    if locating:  # a due date says when and where the mother will be (routines.py)
        data["child"]["due_date"] = None
    # a member withheld whole, or whose role is withheld, is not given by role either
    unsaid = {item.about for item in items if item.detail in ("", "role")}
    everyone = [plan.child.name, plan.child.known_as or "", *(p.name for p in plan.core_group)]
    for name in dict.fromkeys(item.about for item in unnamed if item.about not in unsaid):
        person = data["core_group"][member(plan, name)[0]]
        person["role"] = unplaced_role(person["role"])
        others = {n.split()[0] for n in everyone if n.split() and n != name}
        by_role(data, name, role_as_name(person["role"]), others)
    if locating:  # "Mrs Davies (school counsellor)": staff of the place, by role too
        staff_by_role(plan, data, unplaced=True)
    # after the names said by role: "Mr Owen to check in with Jade" is not held back
    people = People.of(plan, kept_readers(plan, whereabouts, recipient)) if whereabouts else None
    held = _locating_held_back(people, data, drop=drop) if people and locating else []
    if protect and meets_apart(plan, recipient):
        for field in ("next_core_group", "next_review"):
            if data[field] is not None:
                data[field]["details"] = MEETING_APART
    removals: list[tuple[str, tuple[int, ...]]] = []
    for item in items:
        if item.about == "child":
            for detail in child_fields(item.detail):
                data["child"][detail] = None
            if item.detail == "date_of_birth":  # the date of birth to come, too
                data["child"]["due_date"] = None
        elif item.about == "plan":
            take_plan_detail(data, plan, item.detail, removals, replace=None)
        else:
            index, _ = member(plan, item.about)
            if item.detail == NAME_OF_PLACE:
                continue  # found wherever it is written, like the rest, below
            if item.detail:
                data["core_group"][index][item.detail] = ""
            else:
                removals.append(("person", (index,)))
    without_family_contacts(data, plan)
    remove(data, removals)
    gone = {path[0] for noun, path in removals if noun == "person"}
    kept = [p for index, p in enumerate(plan.core_group) if index not in gone]
    said = whose_kept(plan, people, whereabouts, recipient, at_home=not locating)
    # a sentence that goes whole is one marker (the worker's draft comments on it), and
    # left out of the child's version, which reads around it
    whole = None if drop else HELD_BACK
    sentences = [item for item in held_sentences(plan) if applies(item, recipient)]
    # a family copy reads around a sentence left out, as if never written (a marker in
    # the views stopped her own copy saying "you": plan-42); the matcher below still
    # finds the sentence where it was reworded
    for _, holder, key in text_slots(data):
        for item in sentences:
            if item.value in holder[key]:
                holder[key] = holder[key].replace(item.value, "").strip()
    items += sentences
    copy = _scrubbed(
        plan, data, items, MarkerFor(words, recipient), kept, said, whole=whole, told=told
    )
    return dataclasses.replace(
        copy,
        whereabouts=whereabouts,
        held_back=held,
        unnamed=list(dict.fromkeys(item.about for item in unnamed)),
        people=people,
        retell=lambda more: (
            redacted(plan, recipient, words=words, protect=protect, drop=drop, texts=more).told
        ),
    )


def _locating_held_back(
    people: People, data: dict[str, Any], *, drop: bool, marker: str = HELD_BACK
) -> list[tuple[Place, list[str]]]:
    """Every sentence of the plan's free text that holds a locating detail replaced by
    ``[details not shared]``, before anything else is taken out (so that a sentence
    goes whole, not as a scatter of markers); the core group's own rows are left to
    the withholdings of place-bound professionals; a day in a sentence naming one of
    ``people.readers`` (those kept from someone's whereabouts) is their own."""
    held: list[tuple[Place, list[str]]] = []
    for place, holder, key in text_slots(data):
        if place[0] in NOT_SENTENCES or "responsible" in place:
            continue
        text, kinds = held_back(holder[key], people.for_slot(holder), drop=drop, marker=marker)
        if drop and kinds and "actions" in holder and key in ("text", "plain"):
            # the child's version too is told what must change, without the clue
            core = outcome_core(held_back(holder[key], people.for_slot(holder), marker=marker)[0])
            text = core if marker not in core else text
        if kinds:
            holder[key] = text
            held.append((place, kinds))
    return held


def formal(plan: Plan, *, held: str = HELD, texts: Sequence[str] = ()) -> Redacted:
    """The formal plan for the core group: every withheld detail reads ``held``, but
    for a withheld "known as" (the header's "(known as ...)" is left out) and family
    members' contact cells, empty for every one of them (:mod:`plangen.privacy.contacts`).
    ``texts`` (a finding's words, for the review copy) are said as the plan's own free
    text is: :attr:`Redacted.told`.
    """
    items = list(plan.confidential)
    # someone's whereabouts kept from a core-group member: a school's, a GP's, a
    # refuge's name and contacts are held on the case record too, and its staff are said
    # by role (a name leads to the place: reader 31)
    whereabouts = kept_whereabouts(plan, items, None)
    locating = places_held(plan, items, None, whereabouts)
    told = Told.of(plan, list(texts))
    data = plan.model_dump() | told.slots
    if locating:  # a due date says when and where the mother will be (routines.py)
        data["child"]["due_date"] = None
    if locating:
        items += place_bound_items(plan, None)
        items += her_specialists(plan, data)
        # staff of a place kept from a core-group member, who receives this plan, are
        # said by role (a head teacher's name is on the school's website: reader 31)
        items += place_bound_by_role(plan, data)
        staff_by_role(plan, data, unplaced=False)
    shown = held[:1].upper() + held[1:]
    for item in items:
        if item.about == "child":
            if item.detail == "date_of_birth":
                data["child"]["date_of_birth"] = None
                data["child"]["age"] = None
                data["child"]["due_date"] = None
            elif item.detail == "known_as":
                # "Leo (known as Held on the case record)" says a name is being kept
                data["child"]["known_as"] = None
            else:
                for detail in child_fields(item.detail):
                    data["child"][detail] = shown
        elif item.about == "plan":
            take_plan_detail(data, plan, item.detail, [], replace=shown)
        else:
            index, _ = member(plan, item.about)
            person = data["core_group"][index]
            if item.detail == NAME_OF_PLACE:  # said by role in the text, the name held
                person["name"] = shown
                continue
            for detail in [item.detail] if item.detail else list(PERSON_KINDS):
                person[detail] = shown if person[detail] else ""
            if not item.detail:
                person["name"] = shown
    without_family_contacts(data, plan)
    # the formal plan goes to the whole core group, the people kept from someone's
    # whereabouts among them: a sentence holding a locating detail is held on the case
    # record here too (the professionals' copy keeps every word)
    said = None
    if whereabouts:
        people = People.of(plan, kept_readers(plan, whereabouts, None))
        if locating:
            _locating_held_back(people, data, drop=False, marker=HELD_ON_RECORD)
        # "Refuge Support Worker" says where a mother is; a "Class Teacher" says nothing
        for person in data["core_group"]:
            if locating and _SHELTER.search(person["role"]):
                person["role"] = unplaced_role(person["role"])
        said = whose_kept(plan, people, whereabouts, at_home=not locating)
    whole = HELD_ON_RECORD if whereabouts else None
    items += held_sentences(plan)  # said to a reader they are kept from (echoes.py)
    copy = _scrubbed(
        plan, data, items, MarkerFor(held), list(plan.core_group), said, whole=whole, told=told
    )
    copy.retell = lambda more: formal(plan, held=held, texts=more).told
    unnamed_doers(copy.plan, held)
    return copy


def _scrubbed(
    plan: Plan,
    data: dict[str, Any],
    items: list[Withholding],
    marker: MarkerFor,
    originals: list[CorePerson],
    said: Whose | None = None,
    *,
    whole: str | None = None,
    told: Told | None = None,
) -> Redacted:
    # what is withheld, and what is never printed: family members' own contacts
    secrets = secrets_of(plan, items) + family_contacts(plan)
    matcher = Matcher(secrets, protected=work_names(plan, items))
    # with nothing to find (a plan with no family contacts withholding nothing) every
    # text stays as it is
    shown = open_address_places(plan, items)
    for place, holder, key in text_slots(data) if matcher else ():
        if place in shown and only_shared_parts(matcher, holder[key]):
            continue  # a town or an outward code alone is not the withheld address
        text, hits = matcher.redact(holder[key], marker)
        if hits and place[0] == "core_group" and key in _WORK_PLACE:
            # a worker's base on her street: the whole cell, not half an address
            text = marker(hits[0].secret)
        holder[key] = text
    left_out: list[str] = []
    if said is not None:  # sentences about the protected person go whole, not as markers
        left_out = whole_sentences(data, said, whole=whole)
    data["confidential"] = []
    said_as = told.back(data) if told is not None else {}
    # a copy, not an intake: two members whose names were scrubbed alike are still two
    copy = Plan.model_validate(data, context={"copy": True})
    return Redacted(copy, matcher, originals, marker, left_out=left_out, told=said_as)
