"""Finding the core group member a "person responsible" names (PLAN-07, PLAN-14): by
name with or without a title, a unique surname or first name, an initial, what the
family calls a relative, a unique role or agency."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from plangen.intake.vocabulary import family_called, normalise
from plangen.model import CorePerson, Plan


def find_person(plan: Plan, name: str) -> CorePerson | None:
    """The core group member a "person responsible" names: the full name with or
    without a title ("Mr P. Nolan", "Karl Dobson" for "Mr Karl Dobson"), a unique first
    name or surname ("Mrs Patel", "DC Fairbanks"), an initial and surname, what the
    family calls a relative ("Mum", "Nan"), a unique role ("School Nurse", "SW") or a
    unique agency ("Recovery Steps").  A role written beside the name ("Mrs Patel
    (School Nurse)", "Mrs Patel, School Nurse") is an aside: the name decides, and the
    role only picks between two members the name fits."""
    if found := _find_person(plan, name, ""):
        return found
    if aside := _ROLE_ASIDE.match(name.strip()):
        role = aside.group("r1") or aside.group("r2") or aside.group("r3")
        return _find_person(plan, aside.group("name"), normalise(role))
    return None


# "Mrs Patel (School Nurse)", "Mrs Patel, School Nurse", "Mrs Patel - School Nurse"
_ROLE_ASIDE = re.compile(
    r"^(?P<name>[^(),]+?)\s*(?:\((?P<r1>[^()]+)\)|,\s*(?P<r2>[^,]+)|\s[-–]\s*(?P<r3>.+))$"
)


def _find_person(plan: Plan, name: str, role: str) -> CorePerson | None:
    wanted = _untitled(name)
    people = plan.core_group
    exact = [p for p in people if _untitled(p.name) == wanted]
    if exact:
        return exact[0]
    words = wanted.split()
    called = family_called().get(wanted, ())
    tests: list[Callable[[CorePerson], bool]] = [
        lambda p: len(words) == 1 and wanted in _untitled(p.name).split(),  # "Andrews"
        lambda p: _initial_and_surname(words, _untitled(p.name).split()),  # "P Nolan"
        lambda p: any(re.search(rf"\b{re.escape(r)}\b", normalise(p.role)) for r in called),
        lambda p: wanted in (normalise(p.role), _initials(p.role)),  # "School Nurse", "SW"
        lambda p: _names_a_role(wanted, normalise(p.role)),  # "Nurse", "Head"
        lambda p: bool(wanted) and wanted == normalise(p.agency),
    ]
    for test in tests:
        found = [p for p in people if test(p)]
        if role and len(found) > 1:
            found = [p for p in found if role in normalise(p.role)]
        if len(found) == 1:
            return found[0]
    return None


def _names_a_role(wanted: str, role: str) -> bool:
    """``wanted`` is a word of the role ("Nurse" in "School Nurse"), or the start of one
    when it is long enough to be no first name inside a word ("Head" in "Headteacher";
    "Ian" is not the end of "Paediatrician", nor "Al" the middle of "Social Worker")."""
    if not wanted:
        return False
    whole = re.search(rf"\b{re.escape(wanted)}\b", role)
    return bool(whole or (len(wanted) >= 4 and re.search(rf"\b{re.escape(wanted)}", role)))


# Titles and ranks written before a name: "Mrs Patel", "DC Fairbanks", "Dr L. Marsh".
_TITLE = re.compile(r"^(?:(?:mr|mrs|ms|miss|mx|dr|prof|pc|dc|ds|di|sgt|cllr|rev)\s+)+")


def _untitled(name: str) -> str:
    normal = normalise(name)
    return _TITLE.sub("", normal) or normal


def _initial_and_surname(wanted: list[str], member: list[str]) -> bool:
    return (
        len(wanted) >= 2
        and len(member) >= 2
        and wanted[-1] == member[-1]
        and wanted[0][0] == member[0][0]
        and (len(wanted[0]) == 1 or len(member[0]) == 1)
    )


def closest_person(plan: Plan, name: str) -> CorePerson | None:
    """The core group member whose name ``name`` most likely misspells ("Melanie
    Andrew" for "Melanie Andrews"), if one is close enough."""
    names = {normalise(p.name): p for p in plan.core_group}
    close = difflib.get_close_matches(normalise(name), list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else None


def _initials(text: str) -> str:
    return "".join(word[0] for word in normalise(text).split())
