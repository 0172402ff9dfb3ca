"""The professionals as the child names them, and which one an action's "who" means.

- A teacher or other school staff is never called by their first name alone in the
  child's version, and never left unnamed: children say "Mrs Khan" (from the name's
  title, or the title the child uses in their own words: "Mrs Park is nice"), or else
  the full name, which the helper's line gives with the role ("Gethin Price is my
  headteacher"; the reader29 chair: "My headteacher is helping me" for Mr Price).
- Other workers are called by their first name, as children call them ("Olivia is my
  social worker"), never by their full name; "Dr Price", "DC Nair" keep the title.
- An action's "who" cell may name a worker by first name ("Kemi"), by title and
  surname ("Mrs Cole") or by role ("SW"): each means that member of the core group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from plangen.family.child_who import listed
from plangen.family.context import called_by_child
from plangen.family.quotes import KEPT
from plangen.model import Action, CorePerson, Plan

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?"


def is_school_staff(person: CorePerson) -> bool:
    """A teacher or other member of a school's staff (``child.toml`` "school_staff")."""
    return bool(listed("school_staff").search(f"{person.role} {person.agency}"))


def _title_from_views(person: CorePerson, views: str) -> str:
    """ "Mrs Park" when the child's own words call this worker so."""
    surname = person.name.split()[-1]
    found = re.search(rf"\b({_TITLE})\s+{re.escape(surname)}\b", views)
    return f"{found.group(1)} {surname}" if found else ""


def child_calls(person: CorePerson, plan: Plan, role: str) -> str:
    """How the child names ``person``: "Mrs Cole", "Jordan", "Dr Price", or for school
    staff with no title known, their full name ("Daniel Hughes"); ``role`` ("my head
    of year 8") only when the plan gives no more than a first name."""
    called = called_by_child(person.name)
    if not is_school_staff(person) or re.match(rf"{_TITLE}\s", called):
        return called
    # the child's own words first, then the plan's ("Mr Owen to check in with Jade")
    written = " ".join(
        text
        for risk in plan.risks
        for outcome in risk.outcomes
        for text in (outcome.text, outcome.success_looks_like, *(a.text for a in outcome.actions))
    )
    titled = _title_from_views(person, plan.child_views) or _title_from_views(person, written)
    full = " ".join(person.name.split())
    return titled or (full if " " in full else role)


def _means(who: str, person: CorePerson) -> bool:
    """Whether an action's ``who`` names ``person``."""
    who = who.strip()
    if not who:
        return False
    if who == person.name:
        return True
    words = person.name.split()
    bare = [w for w in words if not _TITLE_OR_RANK.fullmatch(w)]
    if who in (bare[0], f"{words[0]} {words[-1]}") or who == " ".join(bare):
        return True
    role = person.role.lower()
    short = {"sw": "social worker", "hv": "health visitor", "fsw": "family support worker"}
    return short.get(who.lower(), who.lower()) == _ROLE_ASIDE.split(role)[0].strip()


_TITLE_OR_RANK = re.compile(rf"{_TITLE}|DC|DS|PC|Sgt")
_ROLE_ASIDE = re.compile(r"\s*[(/,–-]")  # "social worker (lead)", "teacher / DSL"


def resolved(actions: Iterable[Action], plan: Plan) -> list[Action]:
    """The actions with each "who" that names one member of the core group (by first
    name, title and surname, or role) written as that member's full name."""
    out = []
    for action in actions:
        names = []
        for who in action.responsible:
            matches = [p.name for p in plan.core_group if _means(who, p)]
            names.append(matches[0] if len(matches) == 1 else who)
        out.append(action.model_copy(update={"responsible": names}))
    return out


_OPENING_MY = re.compile(r"(^|[.!?]\s+)my\b")


@lru_cache(maxsize=64)
def _swaps(
    people: tuple[tuple[str, str], ...],
) -> list[tuple[str, re.Pattern[str], re.Pattern[str], str]]:
    """(name, the name alone, the name's "'s", as called) for each worker, compiled
    once for all the sentences of a plan."""
    return [
        (
            name,
            re.compile(rf"\b{re.escape(name)}\b(?!['’]s\b){_rest(name, called)}"),
            re.compile(rf"\b{re.escape(name)}{_rest(name, called)}['’]s\b"),
            called,
        )
        for name, called in people
    ]


def _rest(name: str, called: str) -> str:
    """A first name said as the full name ("Gethin" -> "Gethin Price"): not where the
    surname already follows it."""
    if not called.startswith(f"{name} "):
        return ""
    return rf"(?!\s+{re.escape(called[len(name) + 1 :])}\b)"


def as_called(text: str, people: dict[str, str]) -> str:
    """``text`` with each worker's full name (and a school worker's first name) as the
    child calls them, outside quotations; "my head of year" starts a sentence as "My"."""
    parts = KEPT.split(text)
    swaps = _swaps(tuple(people.items()))
    for n in range(0, len(parts), 2):  # the odd parts are quotations, kept as said
        for name, alone, owning, called in swaps:
            if name in parts[n]:  # (most sentences name nobody: no pattern to run)
                parts[n] = alone.sub(called, parts[n])
                parts[n] = owning.sub(f"{called}'s", parts[n])
    said = "".join(parts)
    return _OPENING_MY.sub(lambda m: m.group(1) + "My", said)


def names_for_child(plan: Plan, roles: dict[str, str]) -> dict[str, str]:
    """{name as the plan writes it: as the child calls them} for every worker whose
    full name, or whose first name (school staff), the child would not say."""
    people: dict[str, str] = {}
    for person in plan.core_group:
        if person.name not in roles:
            continue
        called = child_calls(person, plan, roles[person.name])
        if len(person.name.split()) > 1 and person.name != called:
            people[person.name] = called
        first = person.name.split()[0]
        shared = [p for p in plan.core_group if p.name.split()[0] == first]
        if (
            is_school_staff(person)
            and first != called
            and len(shared) == 1
            and not re.match(_TITLE, first)
        ):
            people[first] = called
    return dict(sorted(people.items(), key=lambda kv: -len(kv[0])))  # full names first
