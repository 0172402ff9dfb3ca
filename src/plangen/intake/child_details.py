"""The Confidential table's Detail about the child: a field of the plan ("Address",
"Date of birth"), or the child's own school or phone, which the plan has no field for,
with or without its value after the word ("School: Rowan Primary School", "New mobile -
07700 900123", "Nursery").  A value is never echoed in a message: it is what is
withheld."""

from __future__ import annotations

from plangen.errors import InputError, shown
from plangen.intake.noted import note_words, with_note
from plangen.intake.vocabulary import choose

# the child's details that may carry their value in the Detail cell
WITH_VALUE = ("school", "phone")


def _detail(raw: object) -> str:
    return choose("detail_child", raw, what="detail that can be withheld about the child")


def child_detail(raw: object) -> tuple[str, str]:
    """The Detail cell about the child: (detail, value), the value empty unless the
    cell gives the child's school or phone after the word."""
    try:
        return _detail(raw), ""
    except InputError:
        pass
    try:
        noted = with_note(raw, _detail)
    except InputError:
        noted = None
    if noted is not None and noted[0] in WITH_VALUE and note_words(noted[2]):
        return noted[0], note_words(noted[2])
    raise InputError(
        f"{shown(raw)} is not a detail that can be withheld about the child; use one of: "
        "Address, Date of birth, Known as, School, Phone (the school or phone may give "
        'its name or number after the word: "School: Rowan Primary School")'
    )
