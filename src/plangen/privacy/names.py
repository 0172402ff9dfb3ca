"""Who in a plan is family, and the names closest to a misspelt one.

Names are compared by :func:`plangen.keys.name_key`."""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources

from plangen.keys import INVISIBLE, name_key
from plangen.model import CorePerson


@cache
def words() -> dict[str, list[str]]:
    """The privacy stage's word lists (``data/privacy.toml``)."""
    text = resources.files("plangen.data").joinpath("privacy.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


__all__ = ["INVISIBLE", "closest_names", "is_family", "name_key", "relationship_words"]


# Words of a professional role, compared on the role's key: a role holding one of
# these is a professional's ("Family support worker", "Designated Safeguarding Lead").
PROFESSIONAL_WORDS = frozenset(words()["professional_roles"])

# Relationship words.  A person whose role holds one of these (and no professional
# word) is family: their own address, phone and e-mail are never printed in a family
# or child's copy, whatever else the plan says of them.
FAMILY_WORDS = frozenset(words()["family_roles"])


def relationship_words(role: str) -> frozenset[str]:
    return _relationship_words(role)


@lru_cache(maxsize=1024)  # asked ~110 times a plan, of a few roles
def _relationship_words(role: str) -> frozenset[str]:
    return frozenset(name_key(role).replace("-", " ").split())


# Family words that also make professionals' titles ("Family Support Worker", "Young
# carers worker", "Kinship assessor"): with a professional word, still a professional.
_MODIFIERS = frozenset({"family", "kinship", "foster", "parent", "parents", "carer", "carers"})


def is_family(person: CorePerson) -> bool:
    """Whether ``person`` is family (or a friend) of the child, not a professional.

    Decided from the role and agency as the intake wrote them, never from a copy with
    something withheld; when in doubt, family: a family member's contact details are
    theirs, not the plan's to print.  A relationship word wins over a professional one
    ("Mother (Urdu interpreter required)", "Dad, a police officer" are family), unless
    it only describes the professional ("Family Support Worker")."""
    words = relationship_words(person.role)
    family = words & FAMILY_WORDS
    if words & PROFESSIONAL_WORDS:
        return bool(family - _MODIFIERS)
    if family:
        return True
    return not person.agency.strip()


def people_with_key(people: Iterable[CorePerson], key: str) -> list[CorePerson]:
    return [person for person in people if name_key(person.name) == key]


def closest_names(names: Sequence[str], wanted: str, n: int = 3) -> list[str]:
    """Up to ``n`` of ``names`` closest to ``wanted`` (by key), closest first."""
    keys = {name_key(name): name for name in names}
    found = difflib.get_close_matches(name_key(wanted), list(keys), n=n, cutoff=0.4)
    return [keys[key] for key in found] or list(names)[:n]
