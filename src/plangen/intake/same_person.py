"""One person listed twice in the core group, in two roles (a key worker who is also
the appropriate adult): one member with both roles, as a worker writes them in one
row ("Key Worker / Appropriate Adult").  Shared by every intake format.

Two rows with one name are one person only when nothing about them disagrees: the
same role twice, or two different phone numbers (e-mail, address, agency), or Yes and
No for present, is an input problem at the cell, since plangen cannot tell which is
right, or whether they are two people who need their full names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from plangen.errors import shown
from plangen.keys import name_key
from plangen.model import CorePerson

# the contact details one person has once: (field, how a message names it)
_CONTACTS = (
    ("agency", "agency"),
    ("address", "address"),
    ("email", "e-mail address"),
    ("phone", "phone number"),
)
_NOT_DIGITS = re.compile(r"\D+")

# (index in the list read, field, message)
Problem = tuple[int, str, str]


def merge_people(
    people: list[CorePerson], named: Callable[[int], str] | None = None
) -> tuple[list[CorePerson], list[Problem]]:
    """``people`` with each name listed in two roles made one member with both; the
    problems found, each at the later row's field.  ``named(index)`` says where the
    first listing is ("row 5", "person 2"); by default its position from 1."""
    say = named or (lambda index: f"person {index + 1}")
    merged: list[CorePerson] = []
    first: dict[str, tuple[int, int]] = {}  # name key -> (index read, index merged)
    roles: dict[str, list[str]] = {}
    problems: list[Problem] = []
    for index, person in enumerate(people):
        key = name_key(person.name)
        if key not in first:
            first[key] = (index, len(merged))
            roles[key] = [person.role]
            merged.append(person.model_copy())
            continue
        at, into = first[key]
        found = _disagreements(merged[into], person, index, say(at), roles[key])
        problems += found
        if found:
            continue
        roles[key].append(person.role)
        merged[into] = _joined(merged[into], person, roles[key])
    return merged, problems


def _disagreements(
    kept: CorePerson, again: CorePerson, index: int, where: str, roles: list[str]
) -> list[Problem]:
    name = shown(again.name)
    if not again.role.strip() or name_key(again.role) in {name_key(r) for r in roles}:
        return [
            (
                index,
                "name",
                f"{name} is already listed in {where} with this role; list each person "
                "once (one person in two roles may have a row for each role, each naming "
                'its role, or one row like "Social Worker / Lead Professional")',
            )
        ]
    problems: list[Problem] = []
    for field, said in _CONTACTS:
        one, other = getattr(kept, field), getattr(again, field)
        if one and other and _compared(field, one) != _compared(field, other):
            problems.append(
                (
                    index,
                    field,
                    f"{name} is also listed in {where} with a different {said}; one person "
                    f"has one {said}: write the same in both rows (or leave one empty), or "
                    "give each their full name if they are two people",
                )
            )
    if kept.present is not None and again.present is not None and kept.present != again.present:
        problems.append(
            (
                index,
                "present",
                f"{name} is also listed in {where}, where Present says otherwise; one "
                "person was at the meeting or not: make the two rows the same",
            )
        )
    return problems


def _compared(field: str, value: str) -> str:
    if field == "phone":
        digits = _NOT_DIGITS.sub("", value)
        return "0" + digits[2:] if digits.startswith("44") else digits
    return name_key(" ".join(value.split()))


def _joined(kept: CorePerson, again: CorePerson, roles: list[str]) -> CorePerson:
    """One member with both roles, each contact detail from whichever row gives it."""
    fields = {field: getattr(kept, field) or getattr(again, field) for field, _ in _CONTACTS}
    return kept.model_copy(
        update={
            **fields,
            "role": " / ".join(r for r in roles if r.strip()),
            "present": kept.present if kept.present is not None else again.present,
            "present_note": kept.present_note or again.present_note,
            "lead_professional": kept.lead_professional or again.lead_professional,
            "own_copy": kept.own_copy or again.own_copy,
        }
    )
