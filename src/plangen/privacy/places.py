"""Place words: what names a place a reader is kept from, however briefly it is written.

A plan that keeps a mother's address from the father names the school once as
"Hollybank Primary School" and then, as workers write, "happy at Hollybank"; the refuge's
town is in the withheld address and again in "no sightings of Gary in kilbarran"; a club
is "The Hive".  So, in the copy of a reader kept from someone's whereabouts:

- every **distinctive word** of a withheld place - the withheld addresses (a family
  member's, the child's), the agency and address of each place-bound professional (a
  school, a GP, a refuge), and each place the plan's own text names ("Hollybank Primary",
  "Kilbarran Health Centre") - is locating wherever it is written, in any case, with a
  possessive, inside another phrase: its town, its street's name, its own name, its
  postcode whole and its outward code.  Words that say only what kind of place it is
  ("Primary", "Road", "Centre") are not distinctive; an everyday word that is also a
  place's name ("Mill", "Hive") counts only with a capital (``data/privacy.toml``);
- a **capitalised name after "at", "in", "to", "near", "from"** is taken for a place,
  unless it is a person in the plan, an agency in it, or a name that is no place (a
  service, a programme, a month, a language: ``not_places``), and unless it is what a
  referral is made to ("referral to Relate": a service).  When unsure, a place.

A name inside an open agency's or a work contact's own name ("Penmore Children's
Services", the social worker's) is that agency, not the place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from plangen.model import CorePerson, Plan
from plangen.privacy.childs_own import schools
from plangen.privacy.match import Form, Matcher, Secret, squash, tokens
from plangen.privacy.names import FAMILY_WORDS, is_family, words
from plangen.privacy.secrets import POSTCODE
from plangen.privacy.withheld import member, texts_of

Span = tuple[int, int]


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    listed = words()
    kinds = {*listed["place_names"], *listed["address_words"], *listed["agency_words"]}
    generic = frozenset(kinds | set(listed["generic_place_words"]))
    everyday = frozenset({*listed["everyday_place_words"], *listed["everyday_names"]})
    known = frozenset({*listed["not_places"], *FAMILY_WORDS, "nan's", "mum's", "dad's"})
    return generic, everyday, known


def not_places() -> frozenset[str]:
    """Words that name no place, whatever follows them (``not_places``)."""
    return _lists()[2]


@cache
def _named_place() -> re.Pattern[str]:
    suffixes = "|".join(
        re.escape(word[:1].upper() + word[1:])
        for word in sorted(words()["place_names"], key=len, reverse=True)
    )
    # "Hollybank Primary", "Kilbarran Health Centre", "Larch House", "Little Acorns Day
    # Nursery": capitals before a place's own word
    return re.compile(rf"\b(?:[A-Z][\w'&.-]*\s+){{1,4}}(?:{suffixes})\b")


def named_places(text: str) -> list[str]:
    """The places ``text`` names by their own words ("Hollybank Primary")."""
    return [m.group(0) for m in _named_place().finditer(text)]


def withheld_values(plan: Plan, *, work: bool = True) -> Iterator[str]:
    """The withheld addresses of ``plan``: a family member's, the child's (and the
    child's school: :mod:`plangen.privacy.childs_own`), and (with ``work``) a withheld
    professional's agency and address."""
    for item in plan.confidential:
        if item.about == "child":
            if item.detail in ("address", "school"):
                yield plan.child.address or ""
            if item.detail == "school":
                yield from schools(plan, item)
        elif item.about != "plan":
            _, person = member(plan, item.about)
            if is_family(person) and item.detail in ("", "address"):
                yield person.address
            elif work and not is_family(person) and item.detail in ("", "agency", "address"):
                yield from (person.agency, person.address)


def place_values(plan: Plan, bound: list[CorePerson], *, named: bool = True) -> Iterator[str]:
    """The texts that name a place someone may be kept from: withheld addresses, the
    agency and address of each place-bound professional (``bound``), and (with
    ``named``) the places the plan's text names."""
    yield from withheld_values(plan)
    for person in bound:
        yield from (person.agency, person.address)
    for place, text in texts_of(plan) if named else ():
        if place[0] not in ("core_group", "confidential"):
            yield from named_places(text)


def place_words(plan: Plan, bound: list[CorePerson], *, named: bool = True) -> Matcher:
    """A matcher for every distinctive word of the places ``plan`` names (see above);
    ``bound``: its place-bound professionals.  A word of a person's name is never a
    place's, nor a word the plan says openly in an open agency or work address (the
    council's town: "Northfield Children's Social Care"); ``named=False``: only the
    places of the core group's cells, not a name the text puts after "at" (a reader's
    own action's contact centre)."""
    generic, _, _ = _lists()
    known = known_words(plan, bound)
    people_words = {t.text for p in plan.core_group for t in tokens(p.name)}
    people_words |= {t.text for t in tokens(f"{plan.child.name} {plan.child.known_as or ''}")}
    never = frozenset(people_words) | {
        t.text for name in open_work_names(plan, bound) for t in tokens(name)
    }
    forms: set[Form] = set()
    for value in place_values(plan, bound, named=named):
        forms |= _forms(value, never)
    # a name the plan's text puts after "at" or "to" is a place's wherever it is written
    # with a capital ("to Penmore Phoenix" ... "his team, the Phoenix")
    for place, text in texts_of(plan) if named else ():
        if place[0] in ("core_group", "confidential"):
            continue
        for start, end in unknown_places(text, known):
            for token in tokens(text[start:end])[1:]:
                word = token.text
                if len(word) > 2 and word not in generic and word not in known:
                    forms.add(Form(word, capital=True))
    secret = Secret("address", "a place named in the plan", tuple(sorted(forms, key=str)))
    return Matcher([secret], protected=open_work_names(plan, bound))


def _forms(value: str, never: frozenset[str]) -> set[Form]:
    """The forms of one place's text: its postcodes, whole and outward; each of its
    lines whole, without its number ("larch house", "mill lane"); each distinctive
    word, but for the words ``never`` holds."""
    generic, everyday, _ = _lists()
    forms: set[Form] = set()
    for postcode in POSTCODE.finditer(value):
        outward, inward = postcode.group(1).casefold(), postcode.group(2).casefold()
        forms |= {Form(outward, exact=True), Form(outward + inward, exact=True)}
    for line in re.split(r"[,;\n]+", POSTCODE.sub(" ", value)):
        said = [t.text for t in tokens(line) if not t.text.isdigit()]
        while said and said[0] in generic:  # "c/o", "Flat 3", "the"
            said = said[1:]
        if len(said) > 1 and any(w not in generic and w not in never for w in said):
            forms.add(Form("".join(said)))
        for word in said:
            if len(word) < 3 or word in generic or word in never:
                continue
            if word.endswith("s") and word[:-1] in never:
                continue
            forms.add(Form(word, capital=word in everyday))
    return forms


def at_withheld_place(plan: Plan, person: CorePerson) -> bool:
    """Whether a professional works where a withheld address is: their agency or work
    address shares a street, a building's own name or a full postcode with it ("Larch
    House", a refuge named without the word).  A town alone is no such place: many
    work there."""
    if is_family(person):
        return False
    generic, _, _ = _lists()
    streets = frozenset(words()["address_words"])
    own: set[str] = set()
    for value in withheld_values(plan, work=False):
        own |= {squash(m.group(0)) for m in POSTCODE.finditer(value)}
        for line in re.split(r"[,;\n]+", POSTCODE.sub(" ", value)):
            said = [t.text for t in tokens(line) if not t.text.isdigit()]
            while said and said[0] in generic:  # "c/o", "Flat"
                said = said[1:]
            # the street or building, whole ("Larch House"), not a town ("Ashbury East")
            if len(said) > 1 and streets.intersection(said):
                own.add("".join(said))
    forms = tuple(Form(form) for form in sorted(own) if form)
    work = f"{person.agency}, {person.address}"
    return bool(forms) and bool(Matcher([Secret("address", "", forms)]).find(work))


def open_work_names(plan: Plan, bound: list[CorePerson]) -> list[str]:
    """The agencies and work addresses of the professionals whose work says nothing of
    where anyone is (the social worker's council): a place word inside one of them is
    the agency."""
    return [
        value
        for person in plan.core_group
        if not is_family(person) and person not in bound
        for value in (person.agency, person.address)
        if value
    ]


def known_words(plan: Plan, bound: list[CorePerson]) -> frozenset[str]:
    """Words that are never a place's after "at" or "to": the people's names, the open
    agencies', and ``not_places``."""
    _, _, known = _lists()
    found = {t.text for p in plan.core_group for t in tokens(p.name)}
    # what the family calls its own ("Maternal grandmother (Nain)"): "at Nain's" is a
    # person's home, said by the word the plan gives her (reader 32, plan 170)
    found |= {t.text for p in plan.core_group if is_family(p) for t in tokens(p.role)}
    found |= {t.text for t in tokens(f"{plan.child.name} {plan.child.known_as or ''}")}
    found |= {t.text for name in open_work_names(plan, bound) for t in tokens(name)}
    return frozenset(found | known)


# "at Hollybank", "to The Hive", "in Kilbarran", "from St Josephs": a capitalised name
# after a preposition; "referral to Relate" is a service asked for help, not a place
_AFTER = re.compile(
    r"(?<![\w-])(?P<by>(?:refer(?:red|ral|rals|ring)?|signpost(?:ed|ing)?)\s+)?"
    r"(?i:at|in|into|to|near|from|outside|around)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'&-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w'&-]*)*)"
)


def unknown_places(text: str, known: frozenset[str]) -> list[Span]:
    """The spans of ``text`` where a capitalised name after a preposition is taken for
    a place (see above)."""
    found: list[Span] = []
    for match in _AFTER.finditer(text):
        if match.group("by"):
            continue
        named = [t.text for t in tokens(match.group("name"))]
        if named and not all(word in known or word == "s" for word in named):
            found.append((match.start(), match.end()))
    return found
