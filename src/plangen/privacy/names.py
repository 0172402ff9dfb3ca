"""Who in a plan is family, and the names closest to a misspelt one.

Names are compared by :func:`plangen.keys.name_key`."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from plangen.keys import INVISIBLE, name_key
from plangen.model import CorePerson

__all__ = ["INVISIBLE", "closest_names", "is_family", "name_key", "relationship_words"]


# Words of a professional role, compared on the role's key: a role holding one of
# these is a professional's ("Family support worker", "Designated Safeguarding Lead").
PROFESSIONAL_WORDS = frozenset(
    [
        "worker",
        "workers",
        "sw",
        "officer",
        "teacher",
        "headteacher",
        "senco",
        "dsl",
        "nurse",
        "doctor",
        "gp",
        "paediatrician",
        "consultant",
        "midwife",
        "visitor",
        "hv",
        "practitioner",
        "manager",
        "lead",
        "coordinator",
        "therapist",
        "counsellor",
        "psychologist",
        "psychiatrist",
        "police",
        "pc",
        "dc",
        "sergeant",
        "constable",
        "detective",
        "idva",
        "isva",
        "advocate",
        "advisor",
        "adviser",
        "keyworker",
        "mentor",
        "tutor",
        "chair",
        "iro",
        "probation",
        "caseworker",
        "clinician",
        "specialist",
        "fsw",
        "ewo",
        "camhs",
        "salt",
        "yot",
        "cgl",
        "solicitor",
        "interpreter",
        "professional",
    ]
)

# Relationship words.  A person whose role holds one of these (and no professional
# word) is family: their own address, phone and e-mail are never printed in a family
# or child's copy, whatever else the plan says of them.
FAMILY_WORDS = frozenset(
    [
        "mother",
        "mum",
        "mam",
        "mom",
        "mummy",
        "mommy",
        "mother's",
        "father",
        "dad",
        "daddy",
        "da",
        "parent",
        "parents",
        "carer",
        "carers",
        "stepmother",
        "stepmum",
        "stepfather",
        "stepdad",
        "step",
        "stepbrother",
        "stepsister",
        "guardian",
        "grandmother",
        "grandma",
        "gran",
        "granny",
        "nan",
        "nana",
        "nanna",
        "grandfather",
        "grandad",
        "granddad",
        "grandpa",
        "grandparent",
        "grandparents",
        "aunt",
        "auntie",
        "aunty",
        "uncle",
        "brother",
        "sister",
        "sibling",
        "siblings",
        "cousin",
        "partner",
        "boyfriend",
        "girlfriend",
        "husband",
        "wife",
        "fiance",
        "fiancee",
        "friend",
        "neighbour",
        "neighbor",
        "relative",
        "relation",
        "family",
        "kinship",
        "kin",
        "foster",
        "godmother",
        "godfather",
        "niece",
        "nephew",
        "son",
        "daughter",
    ]
)


def relationship_words(role: str) -> set[str]:
    return set(name_key(role).replace("-", " ").split())


def is_family(person: CorePerson) -> bool:
    """Whether ``person`` is family (or a friend) of the child, not a professional.

    Decided from the role and agency as the intake wrote them, never from a copy with
    something withheld; when in doubt, family: a family member's contact details are
    theirs, not the plan's to print."""
    words = relationship_words(person.role)
    if words & PROFESSIONAL_WORDS:
        return False
    if words & FAMILY_WORDS:
        return True
    return not person.agency.strip()


def people_with_key(people: Iterable[CorePerson], key: str) -> list[CorePerson]:
    return [person for person in people if name_key(person.name) == key]


def closest_names(names: Sequence[str], wanted: str, n: int = 3) -> list[str]:
    """Up to ``n`` of ``names`` closest to ``wanted`` (by key), closest first."""
    keys = {name_key(name): name for name in names}
    found = difflib.get_close_matches(name_key(wanted), list(keys), n=n, cutoff=0.4)
    return [keys[key] for key in found] or list(names)[:n]
