"""Addresses withheld from no one, printed whole.

A withheld address shares its town and its postcode's outward code with many others:
the child's own home in the same district, the council office in the same town.  Cut
from an address no one withholds, they leave "18 Braeside Crescent, Dunmore, [address
held on the case record] 7JX" (reader 32, plans 165 and 166): the plan looks broken and
the cut says nothing the rest of the address does not.  So in an address cell that
nothing withholds (the child's, in the header), a town or an outward code alone is not
the withheld address; its distinctive parts (its street, its building's own name, its
whole postcode, the whole of it) still are, and then the cell is held as before.
"""

from __future__ import annotations

import re

from plangen.model import Plan, Withholding
from plangen.privacy.match import Hit, Matcher, squash
from plangen.privacy.names import words

_OUTWARD = re.compile(r"^[a-z]{1,2}[0-9][a-z0-9]?$")
_HOUSE = re.compile(r"[0-9]")


def open_address_places(plan: Plan, items: list[Withholding]) -> set[tuple[str | int, ...]]:
    """The places of a dumped plan that are addresses ``items`` do not withhold and the
    plan prints as they are: the child's, in the header.  (A professional's office in
    the withheld home's postcode district is still held: it says the district is
    theirs, tests/e2e/test_locating_heldout.py; a family member's contacts are never
    printed.)"""
    closed = {(item.about, item.detail) for item in items}
    return set() if ("child", "address") in closed else {("child", "address")}


def only_shared_parts(matcher: Matcher, text: str) -> bool:
    """Whether every withheld value found in ``text`` is a part many addresses share
    (a town, a postcode's outward code), none of the withheld address's own."""
    hits = matcher.find(text)
    return bool(hits) and all(_shared(text, hit) for hit in hits)


def _shared(text: str, hit: Hit) -> bool:
    if hit.secret.kind != "address":
        return False
    said = text[hit.start : hit.end]
    squashed = squash(said)
    if _OUTWARD.match(squashed):
        return True
    street = {w.casefold() for w in words()["address_words"]}
    said_words = {w.casefold() for w in re.findall(r"[\w']+", said)}
    return not _HOUSE.search(said) and not (said_words & street)
