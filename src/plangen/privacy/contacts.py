"""Family members' own contact details: never printed (domain.md, Confidentiality).

A family member's address, e-mail and phone are theirs, not the plan's to print: every
copy (the formal plan and review copy, the family and child's versions) leaves their
cells empty, the same for every family member whether or not the intake also withholds
a detail (an empty cell tells no one that something is being hidden), and the same
details written into free text ("call Dean on 07700 900278") are found as a withheld
detail is (:mod:`plangen.privacy.match`: any grouping, +44, a street or postcode alone)
and replaced with the copy's marker.  The plan's ``.json``, the case record for other
systems, keeps them.

What the plan prints openly is not a secret here: a professional's work address or
agency ("Mill Lane Health Centre" is not Samina's "22 Mill Lane"), and the child's own
address in the header, unless the plan withholds it (then a parent's address that is
the child's is found like any other).  Who is family is decided by
:func:`~plangen.privacy.names.is_family`, on the plan as the intake wrote it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from plangen.model import Plan
from plangen.privacy.match import Form, Secret, squash, tokens
from plangen.privacy.names import is_family
from plangen.privacy.secrets import secret
from plangen.privacy.withheld import texts_of

CONTACT_DETAILS = ("address", "email", "phone")
# between two numbers in one phone cell
_SEVERAL = re.compile(r"[/,;]|\b(?:or|and)\b", re.I)
_DIGITS = 6  # fewer digits than a phone number: an extension, a note


def family_contacts(plan: Plan) -> list[Secret]:
    """Every family member's address, e-mail and phone in ``plan``, as secrets to find,
    less the forms the plan prints openly (see above)."""
    printed = _printed_places(plan)
    said = _runs(printed)
    found: list[Secret] = []
    for person in plan.core_group:
        if not is_family(person):
            continue
        for detail in CONTACT_DETAILS:
            label = f"{person.name}'s {detail}"
            for value in _values(detail, getattr(person, detail)):
                whole = secret(detail, label, value, printed)
                forms = tuple(
                    form
                    for form in whole.forms
                    if _personal(form, detail, value) and form.squashed not in said
                )
                if forms:
                    found.append(Secret(whole.kind, label, forms))
    for number in loose_mobiles(plan):
        found.append(secret("phone", "a mobile number in the plan's text", number, printed))
    return found


# a UK mobile number as written in free text: "07700 900 846", "+44 7700 900846"
_MOBILE = re.compile(r"(?<![\d+])(?:\+44\s?\(?0?\)?\s?7|07)\d{3}[\s.-]?\d{3}[\s.-]?\d{3}(?!\d)")


def loose_mobiles(plan: Plan) -> list[str]:
    """Mobile numbers in the plan's own text that are no professional's listed phone:
    a child's new number, a carer's, a parent's written only in an action.  Whose they
    are cannot be told, so none is printed (a professional's work phone is in their
    row, where it is printed)."""
    work = {
        re.sub(r"\D", "", number)[-10:]
        for person in plan.core_group
        if not is_family(person)
        for number in _values("phone", person.phone)
    }
    found: list[str] = []
    for place, text in texts_of(plan):
        if place[0] in ("core_group", "confidential"):
            continue
        for number in _MOBILE.findall(text):
            if re.sub(r"\D", "", number)[-10:] not in work and number not in found:
                found.append(number)
    return found


def _personal(form: Form, detail: str, value: str) -> bool:
    """Whether ``form`` of an address says where this person lives: the whole address,
    a street (with or without its number) or a postcode.  A town or country alone
    ("Bia came from Portugal") is not a contact detail; a withheld address is another
    matter (:mod:`plangen.privacy.secrets` finds its town too)."""
    return detail != "address" or form.exact or form.squashed == squash(value)


def _values(detail: str, value: str) -> list[str]:
    """The values of one cell to find: each number of a phone cell that holds two
    ("07700 900 208 / 01632 960 450"), and none that is not a number ("not known":
    those words are not a secret wherever they are written)."""
    if detail != "phone":
        return [value] if value.strip() else []
    parts = _SEVERAL.split(value)
    return [part for part in parts if sum(ch.isdigit() for ch in part) >= _DIGITS]


def without_family_contacts(data: dict[str, Any], plan: Plan) -> None:
    """Empty the contact cells of every family member in ``data`` (``plan`` dumped, its
    core group in the same order as ``plan``'s)."""
    for person, original in zip(data["core_group"], plan.core_group, strict=True):
        if is_family(original):
            for detail in CONTACT_DETAILS:
                person[detail] = ""


def _printed_places(plan: Plan) -> str:
    """What every copy may print openly: the professionals' agencies and work addresses
    and e-mails that nothing withholds, and the child's address unless withheld."""
    closed = {(item.about, item.detail) for item in plan.confidential}
    said = [
        getattr(person, detail)
        for person in plan.core_group
        if not is_family(person) and (person.name, "") not in closed
        for detail in ("agency", "address", "email")
        if (person.name, detail) not in closed
    ]
    if ("child", "address") not in closed:
        said.append(plan.child.address or "")
    return "\n".join(said)


@lru_cache(maxsize=16)  # each copy of a plan (formal, family, child) asks it of the same text
def _runs(text: str, longest: int = 24) -> frozenset[str]:
    """Every run of up to ``longest`` tokens of ``text``, squashed: a form is written in
    ``text`` from one token boundary to another when it is one of them."""
    words = [token.text for token in tokens(text)]
    runs = {squash(line) for line in text.split("\n")}  # a longer one whole (an address)
    return frozenset(runs) | {
        "".join(words[start:end])
        for start in range(len(words))
        for end in range(start + 1, min(len(words), start + longest) + 1)
    }
