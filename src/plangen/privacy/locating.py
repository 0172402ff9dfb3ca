"""Locating details: free text that tells a reader where someone can be found.

A plan that keeps a mother's address from the father still says, in its own words,
"Jade attends Oakfield Primary", "Mrs Ward (deputy head) will meet her at the gate",
"the Thursday contact at Bramley Family Centre, pick-up 3.15pm", "Dr Patel at Riverside
Surgery".  None of it is the address, and each of them finds her.  So in the copy of a
reader kept from someone's whereabouts (their address, phone or whole details, or the
child's address), the phrase or clause holding a locating detail is held back ("Gary to
have contact every other Saturday [details not shared], and to arrive on time": what a
parent must do stays), or the sentence whole when nothing would be left of it; each
place-bound professional (a teacher, a GP, a health visitor: :func:`place_bound`) is
given by role only.  What counts as locating is in ``data/privacy.toml``
(``locating_words``, ``place_names``, ``place_bound``) and, for the places a plan names
itself ("happy at Hollybank", "in kilbarran"), in :mod:`plangen.privacy.places`; names
of the family and the child are never locating.  When in doubt, held back: a phrase too
many is a worker's phone call, a phrase too few may be a child found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from plangen.keys import name_key
from plangen.model import CorePerson, Plan, Withholding
from plangen.privacy.clue_kinds import CONTACT_VENUE, TITLED, patterns
from plangen.privacy.homes import AT_SOMEONES, SOMEONES_HOME, open_homes
from plangen.privacy.idioms import institution_idiom, thing_picked_up, time_at_home
from plangen.privacy.match import Matcher, any_of, tokens
from plangen.privacy.names import is_family, words
from plangen.privacy.places import (
    at_withheld_place,
    known_words,
    not_places,
    place_words,
    unknown_places,
)
from plangen.privacy.routines import (
    about_a_pregnancy,
    days,
    names_any,
    places_not,
    pregnancy_dates,
    theirs,
)
from plangen.privacy.withheld import texts_of

HELD_BACK = "[details not shared]"
# the same, in the formal plan and review copy that go to the whole core group
HELD_ON_RECORD = "[details held on the case record]"

# the details whose withholding keeps a person's whereabouts from a reader
_WHEREABOUTS = {"", "address", "phone", "email"}
# a professional's details that say where they work
_WORK_DETAILS = ("agency", "address", "email", "phone")


_PLACE_BOUND = re.compile(rf"(?<![\w-])(?:{any_of(words()['place_bound'])})(?![\w-])", re.I)


@dataclass(frozen=True)
class People:
    """Whose names a plan gives: the family's (never locating), and the surnames of
    professionals whose work says nothing of where anyone is; and the places it names
    (:mod:`plangen.privacy.places`)."""

    family: frozenset[str]  # every word of a family member's or the child's name
    open_surnames: frozenset[str]  # professionals' surnames that are not place-bound
    names: tuple[str, ...]  # every name, longest first: masked before places are sought
    places: Matcher = field(default_factory=lambda: Matcher([]))  # every place's own words
    # the places of the core group's cells only: what a reader's own action holds back
    cells: Matcher = field(default_factory=lambda: Matcher([]))
    known: frozenset[str] = frozenset()  # words that are no place after "at" or "to"
    # the readers kept from someone's whereabouts: a day in a sentence naming one of
    # them is their own routine (:mod:`plangen.privacy.routines`)
    readers: tuple[str, ...] = ()
    days: bool = True  # a routine's day is locating (not in a reader's own sentence)
    pregnancy: bool = False  # a date beside a due date or weeks of pregnancy is
    own: bool = False  # the text is a reader's own (their action's cells): days stay
    # a reader does the action: where and when they go is theirs to know ("Leanne's
    # contact with Noah at Ty Teulu Contact Centre - Saturdays 10am"); a withheld value
    # in it is still scrubbed, and a service or place of the protected still held back
    doer: bool = False
    # the other family members, by name and by what the child calls them: a reader's own
    # time with the child that names one of them is not theirs alone
    others: tuple[str, ...] = ()
    beside: bool = False  # the sentence holds a place: "(not Northcote)" narrows it
    # first names of family members whose home is no secret: the child's address and
    # theirs are withheld from no one ("at Kerry's house", reader 31, plan 157)
    open_homes: frozenset[str] = frozenset()

    def for_slot(self, holder: dict[str, Any]) -> People:
        """What is locating in one text of a dumped plan (``holder``: the dict that
        holds it): each cell of a reader's own action keeps its days ("Weekly group
        (Wednesdays)" beside "Dean to attend Choices DAPP")."""
        doers = holder.get("responsible")
        if not isinstance(doers, list):
            return self
        said = [*(str(name) for name in doers), str(holder.get("text", ""))]
        doer = any(names_any(str(name), self.readers) for name in doers)
        own = any(theirs(text, self.readers) for text in said)
        # the reader's own time with the child, whoever arranges it ("Mum's contact with
        # Ella, supervised at Brookside Contact Centre", Saturdays 10am - 12pm): where
        # and when they go is theirs, as in an action they do (an independent reader:
        # a mother's own contact row read "Not included in this copy.")
        text = str(holder.get("text", ""))
        if _own_time(text, self.readers) and not any(names_any(t, self.others) for t in said):
            doer = True
        return replace(self, own=own, doer=doer)

    @classmethod
    def of(cls, plan: Plan, readers: Iterable[str] = ()) -> People:
        family = {w for n in (plan.child.name, plan.child.known_as or "") for w in n.split()}
        family |= {w for p in plan.core_group if is_family(p) for w in p.name.split()}
        open_surnames = {
            p.name.split()[-1]
            for p in plan.core_group
            if p.name.split() and not is_family(p) and not works_where_found(plan, p)
        }
        names = [plan.child.name, plan.child.known_as or ""]
        names += [p.name for p in plan.core_group]
        names += [w for n in names for w in n.split() if len(w) > 2]
        bound = [p for p in plan.core_group if works_where_found(plan, p)]
        return cls(
            frozenset(family),
            frozenset(open_surnames - family) | frozenset(family),
            tuple(sorted({n for n in names if n}, key=len, reverse=True)),
            place_words(plan, bound),
            place_words(plan, bound, named=False),
            known_words(plan, bound),
            tuple(readers),
            others=_others(plan, readers),
            pregnancy=about_a_pregnancy(text for _, text in texts_of(plan)),
            open_homes=open_homes(plan),
        )

    def in_sentence(self, sentence: str) -> People:
        """What is locating in one sentence: a reader's own day is theirs; beside a
        place, a place it is not narrows it."""
        own = self.own or theirs(sentence, self.readers)
        beside = bool(_found(sentence, replace(self, days=not own, beside=False)))
        return replace(self, days=not own, beside=beside)


# time with the child: contact, family time, a visit
_TIME = r"(?:supervised\s+|weekly\s+|family\s+)?(?:contact|family time|time|visits?)"


def _own_time(text: str, readers: Iterable[str]) -> bool:
    """Whether ``text`` is a reader's own time with the child: "Mum's contact",
    "contact with Dad", "Jade to have supervised contact"; not a reader named beside it
    ("Ruth to book contact ... and to stop it if Stacey asks where Kayla lives")."""
    forms = {form for name in readers for form in (name, *name.split()[:1]) if len(form) > 1}
    if not forms:
        return False
    who = "(?:" + "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True)) + ")"
    return any(
        re.search(pattern, text)
        for pattern in (
            rf"\b{who}['\u2019]s\s+{_TIME}\b",
            rf"\b{_TIME}\s+with\s+(?:her\s+|his\s+|their\s+)?{who}\b",
            rf"\b{who}\s+(?:to\s+have|has|will\s+have|to\s+attend|attends|will\s+attend)"
            rf"\s+(?:\w+\s+)?{_TIME}\b",
        )
    )


def _others(plan: Plan, readers: Iterable[str]) -> tuple[str, ...]:
    """The family members who are not ``readers``, by name and by what the child calls
    them (the child is not among them: a reader's own time is with the child)."""
    said = {name_key(name) for name in readers}
    others = [p for p in plan.core_group if is_family(p) and name_key(p.name) not in said]
    kin = [w for p in others for pattern, words in _KIN if pattern.search(p.role) for w in words]
    kin += [word for p in others if _GRAND.search(p.role) for word in _GRAND_WORDS]
    return tuple([p.name for p in others] + kin)


_GRAND = re.compile(r"\bgrand(?:mother|father|ma|pa|parent)", re.I)
_GRAND_WORDS = ("Nan", "Nana", "Nanna", "Gran", "Grandma", "Grandad", "Grandpa")


def place_bound(person: CorePerson) -> bool:
    """Whether a professional's role or agency says where the child or a parent is
    (a school, a GP, a health visitor, a refuge)."""
    return not is_family(person) and place_bound_role(f"{person.role} {person.agency}")


def place_bound_role(role: str) -> bool:
    """Whether a role (or agency) says where its holder works ("school counsellor")."""
    return bool(_PLACE_BOUND.search(role.replace("\u2019", "'")))


def works_where_found(plan: Plan, person: CorePerson) -> bool:
    """Whether a professional's work says where the child or a parent is: by its kind
    (:func:`place_bound`), or because they work at a withheld address (a refuge named
    without the word: :func:`~plangen.privacy.places.at_withheld_place`)."""
    return place_bound(person) or at_withheld_place(plan, person)


def unplaced_role(role: str) -> str:
    """A place-bound professional's role without the words that say where they work:
    "Refuge Support Worker" is a "Support Worker" to a reader kept from the refuge."""
    service = patterns()["a place-bound service"]
    # a bracket that loses words to it goes whole: "(antenatal contact)" is no "( contact)"
    role = re.sub(
        r"\s*\(([^()]*)\)", lambda m: "" if service.search(m.group(1)) else m.group(0), role
    )
    said = service.sub("", role.replace("\u2019", "'"))
    said = re.sub(r"\s{2,}", " ", said).strip(" ,-/&")
    # nothing left but a bracket ("Health Visitor (for Riley)"): a worker, for Riley
    if not re.sub(r"\([^)]*\)", "", said).strip(" ,-/&"):
        said = f"Worker {said}".strip()
    return said[:1].upper() + said[1:]


def role_as_name(role: str) -> str:
    """How an action's person-responsible cell names a place-bound professional kept
    from its reader: "the deputy head and DSL"."""
    # the role's own words in lower case; a bracket ("(for Riley)") keeps its names
    head, bracket, rest = role.partition("(")
    said = " ".join(w if w.isupper() else w.lower() for w in head.split())
    return f"the {said} {bracket}{rest}".rstrip() if bracket else f"the {said}"


def kept_whereabouts(plan: Plan, items: list[Withholding], recipient: str | None) -> list[str]:
    """Whose whereabouts ``items`` (what a reader's copy leaves out) keep from that
    reader: a family member's address, phone or whole details (not the reader's own),
    the child's address, a professional's agency or base (a school)."""
    family = {p.name for p in plan.core_group if is_family(p)}
    kept: list[str] = []
    for item in items:
        if item.about == "child":
            # the child's school or own phone finds the child as the address does
            whose = plan.child.name if item.detail in ("address", "school", "phone") else ""
        elif item.about == "plan" or item.about == recipient:
            whose = ""
        elif item.about in family:
            whose = item.about if item.detail in _WHEREABOUTS else ""
        else:
            whose = item.about if item.detail in ("", "agency", "address") else ""
        if whose and whose not in kept:
            kept.append(whose)
    return kept


def kept_readers(plan: Plan, whereabouts: list[str], recipient: str | None) -> list[str]:
    """Who a copy keeps ``whereabouts`` from: its ``recipient``, or (a copy for the
    whole family or core group) each family member whose own whereabouts are not kept;
    by name and by what the child calls them ("Dad").  A copy for the whole family
    goes to the people the intake keeps those whereabouts from (a grandmother kept from
    nothing is no such reader: her "every Wednesday" with the child is held back from
    the father who reads the same copy); to every family member when one of them is
    kept from everyone."""
    names = [p.name for p in plan.core_group if is_family(p) and p.name not in whereabouts]
    kept_from = _kept_from(plan, whereabouts)
    if kept_from is not None:
        names = [name for name in names if name_key(name) in kept_from] or names
    if recipient is not None:
        names = [recipient]
    # "the Thursday contact with Dad": the child's word for a reader is the reader
    kin = [
        word
        for person in plan.core_group
        if person.name in names
        for pattern, said in _KIN
        if pattern.search(person.role)
        for word in said
    ]
    return names + kin


def _kept_from(plan: Plan, whereabouts: list[str]) -> set[str] | None:
    """The names (as keys) of everyone the intake keeps ``whereabouts`` from; ``None``
    when a withholding of them names no one (kept from every family member)."""
    kept: set[str] = set()
    for item in plan.confidential:
        if not set(kept_whereabouts(plan, [item], None)) & set(whereabouts):
            continue
        if not item.withheld_from:
            return None
        kept |= {name_key(name) for name in item.withheld_from}
    return kept or None


_KIN = (
    (re.compile(r"\b(?:father|dad|daddy)\b", re.I), ("Dad", "dad", "Daddy", "father")),
    (re.compile(r"\b(?:mother|mum|mummy|mom)\b", re.I), ("Mum", "mum", "Mummy", "mother")),
)


def place_bound_items(plan: Plan, recipient: str | None) -> list[Withholding]:
    """The work details of every place-bound professional, kept from ``recipient``
    (``None``: from every family member) as if the intake withheld them."""
    readers = [recipient] if recipient else []
    return [
        Withholding(about=person.name, detail=detail, withheld_from=readers)
        for person in plan.core_group
        if works_where_found(plan, person)
        for detail in _WORK_DETAILS
        if getattr(person, detail).strip()
    ]


# the kind of detail a place's own word, or a name taken for a place, is
PLACE_WORD = "a place named in the plan"


def found_in(text: str, people: People) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each thing in ``text`` that could tell a reader where
    someone is ("a named place", "a time of day" ...), or when (a routine's day, a
    pregnancy's date: :mod:`plangen.privacy.routines`)."""
    found = _found(text, people)
    if people.beside:  # "(not Northcote)"; a person is no place ("(not Kerry)")
        found += list(places_not(_masked(text.replace("\u2019", "'"), people)))
    return found


def _masked(text: str, people: People) -> str:
    """``text`` with each name of a person in the plan masked: "Helen Park" is a
    person, not a park."""
    for name in people.names:
        if name in text:  # (most texts name few of them: no pattern to run)
            text = re.sub(rf"\b{re.escape(name)}\b", lambda m: "_" * len(m.group(0)), text)
    return text


def _found(text: str, people: People) -> list[tuple[str, int, int]]:
    text = text.replace("\u2019", "'")
    masked = _masked(text, people)
    found = [
        (kind, m.start(), m.end())
        for kind, pattern in patterns().items()
        if not (people.doer and kind in _READERS_OWN)
        for m in pattern.finditer(masked)
        # "the Family Court", "Special Guardianship Order": every word is no place's
        if kind != "a named place" or not _no_place(m.group(0))
        # "before the baby leaves hospital", "home by 8pm": no place (privacy/idioms.py)
        if not institution_idiom(masked, m.start(), m.end())
        if not thing_picked_up(masked, m.start(), m.end())
        if not (kind == "a time of day" and time_at_home(masked, m.start()))
        # the reader's own family time: the contact centre is where they go (reader 30:
        # "Your contact with Noah supervised [held], Carmarthen")
        if not (people.doer and CONTACT_VENUE.fullmatch(m.group(0)))
    ]
    found += [
        ("a member of staff named by title", m.start(), m.end())
        for m in TITLED.finditer(text)
        if m.group(1) not in people.open_surnames
    ]
    # the reader's own action: a place the plan gives no one is his ("at Ty Teulu")
    places = people.cells if people.doer else people.places
    if _may_name_a_place(masked, places):
        found += [(PLACE_WORD, hit.start, hit.end) for hit in places.find(masked)]
    if not people.doer:
        found += [(PLACE_WORD, s, e) for s, e in unknown_places(masked, people.known)]
    found += [
        (SOMEONES_HOME, m.start(), m.end())
        for m in AT_SOMEONES.finditer(text)
        if not names_any(m.group(1), people.readers) and m.group(1) not in people.open_homes
    ]
    if people.days:
        found += list(days(masked))
    if people.pregnancy:
        found += list(pregnancy_dates(masked))
    return found


# what a reader's own action may say of where and when they go
_READERS_OWN = frozenset({"a named place", "a time of day"})


def _no_place(name: str) -> bool:
    """Whether every word of ``name`` is one that names no place (``not_places``)."""
    said = [t.text for t in tokens(name)]
    return bool(said) and all(word in not_places() for word in said)


def _may_name_a_place(text: str, places: Matcher) -> bool:
    """Whether ``text`` may hold one of ``places``: a quick look first, since most
    sentences hold none (an ASCII text's letters and digits, each form among them);
    any other text is always searched."""
    if not text.isascii():
        return True
    plain = _NOT_ALNUM.sub("", text.casefold())
    return any(form.squashed in plain for secret in places.secrets for form in secret.forms)


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def locators(text: str, people: People) -> list[str]:
    """What in ``text`` could tell a reader where someone is, by kind ("a named place",
    "a time of day" ...); empty when nothing does."""
    return list(dict.fromkeys(kind for kind, _, _ in found_in(text, people)))
