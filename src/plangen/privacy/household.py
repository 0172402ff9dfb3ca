"""Readers who live with the person a detail is kept about.

A phone number or e-mail address kept from someone says where its owner can be found
only to a reader who does not know that already.  A stepfather who lives with the
child (the plan gives them one address) knows where she sleeps, goes to school and
comes home: keeping her new number from him keeps her number, not her whereabouts
(reader 32, plan 165: Erin's number kept from Graeme held back her school, her named
person, her self-harm risk and her CAMHS work from him and from the formal plan).
Her address, or her whole details, kept from him is still her whereabouts.

A professional kept whole for what her role says (the mother's FGM specialist worker)
is no one's whereabouts either, when nothing else kept from the reader is: her own
name, role, contacts and base are withheld, but the child's school and GP, which he
knows, are not (reader 33: plan 175 held back the school's and GP's rows, the meeting's
venue and sentences naming a place from the whole core group).  One whose base is
where a child learns or someone lives (a school, a nursery, a refuge, supported
lodgings) still is; and while a whole need or outcome is kept from the reader, so is
she (plan 180: the pregnancy midwife's holding is what keeps "going to be a nan" and
"the scans" out of the father's copy).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from plangen.keys import name_key
from plangen.model import CorePerson, Plan, Withholding
from plangen.privacy.match import squash
from plangen.privacy.names import is_family
from plangen.privacy.sentences import Whose
from plangen.privacy.sentences import whose as sentence_whose

if TYPE_CHECKING:
    from plangen.privacy.locating import People

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


# a base where a child learns or someone lives: the professional's place is theirs
_WHERE_SOMEONE_IS = re.compile(
    r"\b(?:school|academy|nursery|pre-?school|playgroup|childminder|college|primary|"
    r"early learning|elc|refuge|hostel|housing|lodgings|foster|residential|"
    r"children's home|supported accommodation)\b",
    re.I,
)


def kept_for_her_role(
    plan: Plan, item: Withholding, items: list[Withholding], recipient: str | None
) -> bool:
    """Whether ``item`` keeps a professional whole from a reader for who she is, not
    where someone is: her base is no child's or family member's place, and nothing else
    in ``items`` (what the reader's copy leaves out) keeps anyone's whereabouts."""
    if item.detail or not _for_who_she_is(plan, item.about):
        return False
    # a need or outcome kept whole: its topic may be echoed anywhere ("going to be a nan",
    # "go to the scans", plan 180), and holding back every sentence that names a place
    # or a time is, for now, what keeps those echoes from him: kept
    if any(other.about == "plan" and other.detail.startswith(_TOPICS) for other in items):
        return False
    return not any(_finds_someone(plan, other, recipient) for other in items if other != item)


_TOPICS = ("risk", "outcome")


def _for_who_she_is(plan: Plan, name: str) -> bool:
    person = _member(plan, name)
    return (
        person is not None
        and not is_family(person)
        and not _WHERE_SOMEONE_IS.search(f"{person.role} {person.agency}".replace("\u2019", "'"))
    )


def _finds_someone(plan: Plan, item: Withholding, recipient: str | None) -> bool:
    """Whether ``item`` keeps a family member's, the child's or a place's whereabouts."""
    if item.about == "child":
        return item.detail in ("address", "school", "phone")
    if item.about == "plan" or item.about == recipient:
        return False
    person = _member(plan, item.about)
    if person is not None and is_family(person):
        return item.detail in _WHERE and not lives_with_all(plan, item, recipient)
    return item.detail in ("agency", "address") or not (
        item.detail or _for_who_she_is(plan, item.about)
    )


_WHERE = frozenset({"", "address", "phone", "email"})


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


def places_held(
    plan: Plan, items: list[Withholding], recipient: str | None, whereabouts: list[str]
) -> list[str]:
    """Those of ``whereabouts`` whose places are held back: not those a copy's readers
    know, living with them (:mod:`plangen.privacy.household`)."""
    home = at_home_only(plan, items, recipient, whereabouts)
    # a professional kept whole for her role, nothing else kept locating: her own details
    # go, no one's places (household.py)
    home += [item.about for item in items if kept_for_her_role(plan, item, items, recipient)]
    return [whose for whose in whereabouts if whose not in home]


def whose_kept(
    plan: Plan,
    people: People | None,
    whereabouts: list[str],
    recipient: str | None = None,
    *,
    at_home: bool = False,
) -> Whose | None:
    """Whom a copy keeps ``whereabouts`` from, and whose they are (by name and known-as
    name): :mod:`plangen.privacy.sentences`."""
    if people is None:
        return None
    child = plan.child
    children = [child.name, child.known_as or ""] if child.name in whereabouts else []
    protected = [*whereabouts, *children[1:]]
    family = [p.name for p in plan.core_group if is_family(p)]
    family += [child.name] if child.name not in family else []
    key = name_key(recipient or "")
    own = next((name for name in family if key and name_key(name) == key), "")
    return sentence_whose(people.readers, protected, children, family, own, at_home=at_home)
