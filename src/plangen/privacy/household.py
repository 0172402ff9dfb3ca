"""Readers who live with the person a detail is kept about.

A phone number or e-mail address kept from someone says where its owner can be found
only to a reader who does not know that already.  A stepfather who lives with the
child (the plan gives them one address) knows where she sleeps, goes to school and
comes home: keeping her new number from him keeps her number, not her whereabouts
(reader 32, plan 165: Erin's number kept from Graeme held back her school, her named
person, her self-harm risk and her CAMHS work from him and from the formal plan).
Her address, or her whole details, kept from him is still her whereabouts.
"""

from __future__ import annotations

from plangen.keys import name_key
from plangen.model import CorePerson, Plan, Withholding
from plangen.privacy.match import squash

# the details that say how to reach someone, not where they live
_REACH = frozenset({"phone", "email"})


def at_home_only(
    plan: Plan, items: list[Withholding], recipient: str | None, whereabouts: list[str]
) -> list[str]:
    """Those of ``whereabouts`` kept from the copy's readers only by a phone number or
    e-mail address that each of them, living with its owner, could not use to find
    her: no place is held back for them (what she said and how she lives still is,
    :mod:`plangen.privacy.sentences`)."""
    found: list[str] = []
    for whose in whereabouts:
        about = [item for item in items if item.about == whose]
        if about and all(lives_with_all(plan, item, recipient) for item in about):
            found.append(whose)
    return found


def lives_with_all(plan: Plan, item: Withholding, recipient: str | None) -> bool:
    """Whether ``item`` (a family member's phone or e-mail address) is kept only from
    readers who share that member's home: then it keeps no whereabouts."""
    if item.detail not in _REACH or item.about in ("child", "plan"):
        return False
    readers = [recipient] if recipient is not None else list(item.withheld_from)
    home = _home(plan, item.about)
    return bool(readers and home) and all(_home(plan, reader) == home for reader in readers)


def _home(plan: Plan, name: str) -> str:
    """Where ``name`` lives, as squashed tokens: their address in the core group, or
    the child's for the child (a young person's own cell is often left empty)."""
    person = _member(plan, name)
    address = person.address if person is not None else ""
    if not address.strip() and name_key(name) == name_key(plan.child.name):
        address = plan.child.address or ""
    return squash(address)


def _member(plan: Plan, name: str) -> CorePerson | None:
    key = name_key(name)
    return next((p for p in plan.core_group if name_key(p.name) == key), None)
