"""The privacy stage: what each reader of a plan may see.

Runs on the plan model before any rewriting: :func:`redacted` (a family copy for one
recipient, or for every family member), :func:`formal` (the plan for the core group:
withheld details read "Held on the case record"); :func:`resolve_recipient` (a named
recipient is exactly one core-group member, or nothing is written); :func:`last_look`
(the last search of a finished family or child's version).  What is matched, and how,
is said in :mod:`plangen.privacy.match` and :mod:`plangen.privacy.secrets`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from plangen.errors import InputError, shown
from plangen.model import CorePerson, Plan
from plangen.privacy.match import MarkerFor, Secret, squash
from plangen.privacy.names import INVISIBLE, closest_names, is_family, name_key, relationship_words
from plangen.privacy.routines import deadlines_without_weekdays
from plangen.privacy.withhold import (
    HELD,
    NOT_SHARED,
    Redacted,
    finding_words,
    formal,
    redacted,
)

__all__ = [
    "HELD",
    "NOT_SHARED",
    "Redacted",
    "finding_words",
    "formal",
    "last_look",
    "redacted",
    "redaction_places",
    "resolve_recipient",
    "unknown_recipient",
]

# What still looks like a UK postcode, phone number or e-mail address in a family copy.
_POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*[0-9][A-Za-z]{2}(?![A-Za-z0-9])"
)
_PHONE = re.compile(r"(?<![0-9])(?:\+\s*44|0044|0)[\s().-]*[0-9](?:[\s().-]*[0-9]){7,10}(?![0-9])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Numbers a family may always be given: freephone and 116 helplines.
_HELPLINE = re.compile(r"^(0800|0808|116)")
# A service's own line named just before a landline number: the number a family is told
# to ring in a crisis ("CAMHS (crisis line 01632 960 000)", "out of hours: Social Work
# Standby 01632 960 111") is a service's, not a person's, and taking it out of a safety
# plan makes the plan less safe.  A mobile number is never taken for a service's.
_SERVICE_LINE = re.compile(
    r"\b(?:crisis (?:line|team|service|number)|out[- ]of[- ]hours|emergency duty (?:team|service)"
    r"|EDT|help ?line|advice line|duty (?:team|desk|line)|standby|switchboard|childline"
    r"|samaritans|nspcc)\b[^.;\n]{0,30}$",
    re.I,
)
# A section of an Act ("s17ZD": a small s, capitals after the number) is not a postcode;
# a postcode written in small letters ("s17zd") still is.
_SECTION = re.compile(r"s[0-9]{1,3}[A-Z]{1,3}")
_MARKER = re.compile(
    r"\[(address|phone number|email address|date|name|details) " + NOT_SHARED + r"\]"
)

_LOOKS_LIKE = (
    (_EMAIL, Secret("email", "an e-mail address", ())),
    (_POSTCODE, Secret("address", "a postcode", ())),
    (_PHONE, Secret("phone", "a phone number", ())),
)


def last_look(context: dict[str, Any], copy: Redacted) -> dict[str, Any]:
    """The finished version's values searched once more: any withheld value, and any
    postcode, phone number or e-mail address that is not a professional's work contact
    printed in its people table, is replaced by its marker; where a routine's day was
    held back, a date something starts or ends by says no weekday.  Text is put into NFKC
    first, so that full-width digits and invisible characters hide nothing."""
    marker = MarkerFor(NOT_SHARED, copy.marker.reader)
    shown = [
        part
        for person in context.get("people", [])
        for part in str(person.get("contact", "")).split(" / ")
        if part
    ]
    # the work contacts of the professionals left in this copy are theirs to give, in a
    # version whose people table does not print them too (the child's "I can call ...")
    shown += [
        contact
        for person, original in zip(copy.plan.core_group, copy.originals, strict=False)
        if not is_family(original)
        for contact in (person.phone, person.email)
        if contact
    ]
    # "01632 960 999 ext 4412": the number alone is found in the text too
    allowed = {squash(part) for part in shown}
    allowed |= {squash(m.group(0)) for part in shown for m in _PHONE.finditer(part)}

    def look(value: Any, key: str = "") -> Any:
        if isinstance(value, dict):
            return {k: look(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [look(v, key) for v in value]
        if not isinstance(value, str) or key == "contact":
            return value
        text = unicodedata.normalize("NFKC", value).translate(INVISIBLE)
        text, _ = copy.matcher.redact(text, marker)
        if copy.held_a_day:  # "This goes on from Wednesday 4 March" says the day again
            text = deadlines_without_weekdays(text)
        for pattern, secret in _LOOKS_LIKE:
            text = pattern.sub(functools.partial(_unless_allowed, secret, allowed, marker), text)
        return text

    looked = look(context)
    assert isinstance(looked, dict)
    return looked


def _unless_allowed(
    secret: Secret, allowed: set[str], marker: MarkerFor, match: re.Match[str]
) -> str:
    found = match.group(0)
    before = match.string[max(0, match.start() - 60) : match.start()]
    if squash(found) in allowed or (secret.kind == "phone" and _HELPLINE.match(squash(found))):
        return found
    if secret.kind == "phone" and _service_line(found, before):
        return found
    if secret.kind == "address" and _SECTION.fullmatch(found):
        return found
    return marker(secret)


def _service_line(number: str, before: str) -> bool:
    """Whether ``number`` is a service's landline named just before it (see above)."""
    digits = squash(number).removeprefix("0044").removeprefix("44").lstrip("0")
    return not digits.startswith("7") and _SERVICE_LINE.search(before) is not None


def redaction_places(context: dict[str, Any]) -> list[tuple[str, str]]:
    """(context path, marker) of each redaction left in a finished version, so the
    worker's draft can point at each one."""
    found: list[tuple[str, str]] = []

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, f"{path}.{key}" if path else key)
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                walk(inner, f"{path}[{index}]")
        elif isinstance(value, str):
            found.extend((path, m.group(0)) for m in _MARKER.finditer(value))

    walk(context, "")
    return found


# Relationship words a recipient may be named by, each with the words of a role that
# mean the same person.
_RELATIONSHIPS = [
    {"mother", "mum", "mam", "mom", "mummy", "mommy", "ma"},
    {"father", "dad", "daddy", "da", "pa"},
    {"stepmother", "stepmum"},
    {"stepfather", "stepdad"},
    {"grandmother", "grandma", "gran", "granny", "nan", "nana", "nanna"},
    {"grandfather", "grandad", "granddad", "grandpa"},
    {"aunt", "auntie", "aunty"},
    {"uncle"},
    {"carer", "foster", "guardian"},
]


def resolve_recipient(plan: Plan, wanted: str) -> CorePerson | None:
    """The one core-group member ``wanted`` names in ``plan``: by name, compared on its
    key (:func:`~plangen.privacy.names.name_key`), or by a relationship word ("Dad")
    that fits exactly one family member.  ``None`` when no one in this plan is meant.

    Raises :class:`InputError` when ``wanted`` is empty, or fits more than one person.
    """
    key = name_key(wanted)
    if not key:
        raise InputError('--for "": name the core group member the copy is for')
    by_name = [person for person in plan.core_group if name_key(person.name) == key]
    if len(by_name) > 1:
        raise InputError(
            f'--for "{wanted}": more than one person in the core group has this name; '
            "plangen cannot tell which copy to make"
        )
    if by_name:
        return by_name[0]
    words = set(key.split())
    group = next((g for g in _RELATIONSHIPS if words <= g | {"my", "the"} and words & g), None)
    if group is None:
        return None
    fits = [
        person
        for person in plan.core_group
        if is_family(person) and relationship_words(person.role) & group
    ]
    if len(fits) > 1:
        raise InputError(
            f'--for "{wanted}": fits {len(fits)} people in the core group; give the name '
            "of the one the copy is for"
        )
    return fits[0] if fits else None


def unknown_recipient(wanted: str, plans: list[Plan]) -> InputError:
    """The refusal for a recipient no plan's core group holds, with the closest names."""
    names = list(dict.fromkeys(person.name for plan in plans for person in plan.core_group))
    near = closest_names(names, wanted)
    offer = f"; did you mean {' or '.join(shown(n) for n in near)}?" if near else ""
    return InputError(
        f'--for "{wanted}": no one of that name is in the core group of any plan read, '
        f"so no copy was made and nothing was written{offer} (a copy goes only to a core "
        "group member, named as the intake names them)"
    )
