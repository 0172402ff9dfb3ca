"""The child's own school and phone, withheld from a reader (About ``child``, Detail
``school`` or ``phone``): the plan has no field for either, so what is withheld is the
value the intake gives ("School: Rowan Primary School"), or, with none given, every
school the plan names (a member's agency, "Rowan Primary" in its text) and every loose
mobile number in it.  Too many is a worker's phone call; too few may be a child found.
A school named nowhere is still the child's whereabouts, held back as below.

Withholding the school keeps the child's whereabouts from that reader as the child's
address does (:func:`plangen.privacy.locating.kept_whereabouts`): every way the plan
writes the school ("Rowan Primary", "happy at Rowan") is held back in each copy they
get, and its staff are named by role.  It keeps the child's address from them too, as
"school" did before it was a detail of its own: a new school is near a new home.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from plangen.privacy.contacts import loose_mobiles
from plangen.privacy.match import Secret
from plangen.privacy.names import is_family
from plangen.privacy.secrets import secret
from plangen.privacy.withheld import texts_of

if TYPE_CHECKING:
    from plangen.model import Plan, Withholding

# the child's fields a withholding of each child's detail takes out of a copy
_FIELDS = {
    "address": ("address",),
    "date_of_birth": ("date_of_birth",),
    "known_as": ("known_as",),
    "school": ("address",),
    "phone": (),
}
_SCHOOL = re.compile(
    r"\b(?:school|primary|secondary|academy|nursery|college|infants?|juniors?|high|"
    r"pre-?school|sixth form|playgroup)\b",
    re.I,
)


def child_fields(detail: str) -> tuple[str, ...]:
    """The fields of the plan's child that a withholding of ``detail`` takes out."""
    return _FIELDS[detail]


def schools(plan: Plan, item: Withholding) -> list[str]:
    """The school ``item`` withholds: its value, or else every school the plan names
    (a professional's agency that is one, a school named in the plan's text)."""
    if item.value.strip():
        return [item.value.strip()]
    found = [
        person.agency.strip()
        for person in plan.core_group
        if not is_family(person) and _SCHOOL.search(person.agency)
    ]
    from plangen.privacy.places import named_places  # places reads this module's schools

    for place, text in texts_of(plan):
        if place[0] not in ("core_group", "confidential"):
            found += [name for name in named_places(text) if _SCHOOL.search(name)]
    return list(dict.fromkeys(found))


def phones(plan: Plan, item: Withholding) -> list[str]:
    """The phone number ``item`` withholds: its value, or else every mobile number in
    the plan's text that is no professional's listed phone."""
    return [item.value.strip()] if item.value.strip() else loose_mobiles(plan)


def child_secrets(plan: Plan, item: Withholding, public: str) -> list[Secret]:
    """The secrets of the child's school or phone (``public``: what the plan says
    openly, for the child's address)."""
    if item.detail == "school":
        # the school's own agency cell is no open mention of it: found there too
        found = [secret("agency", "the child's school", name) for name in schools(plan, item)]
        return [*found, secret("address", "the child's address", plan.child.address, public)]
    return [secret("phone", "the child's phone number", number) for number in phones(plan, item)]
