"""What the plan withholds, from whom: the intake's Confidential sheet, table or field."""

from __future__ import annotations

import re

from pydantic import Field

from plangen.model.base import Name, Text, _Model

WITHHELD_PERSON = ("", "address", "email", "phone", "role", "agency")  # "": the whole person
# the child's school and phone are no fields of the plan: their ``value`` (or, left
# blank, every school and loose number the plan names) is what is withheld
WITHHELD_CHILD = ("address", "date_of_birth", "known_as", "school", "phone")
WITHHELD_PLAN = ("child_views", "family_views", "contingency", "step_down")  # or "risk 2" ...
# "priority 3": the need the plan's Priority column numbers 3 (:mod:`plangen.privacy.numbering`)
NUMBERED = re.compile(r"^(risk|outcome|action|priority) (\d+)$")


class Withholding(_Model):
    """Something in the plan that must not reach (some of) the family.

    ``about`` is a core group member's name, ``"child"`` or ``"plan"``; ``detail`` is
    what about them (``address``, ``phone`` ...; for the plan ``family_views``,
    ``risk 2``, ``outcome 1``, ``action 3`` ...), empty for everything about that
    person.  ``withheld_from`` names who must not see it; empty means every family
    and child version.  Example: the mother's address in a refuge, withheld from the
    father: ``Withholding(about="Suzi Smith", detail="address", withheld_from=["Tom Smith"])``.
    """

    about: Name
    detail: Text = ""
    withheld_from: list[Name] = Field(default_factory=list)
    # the withheld thing itself where the plan has no field for it: the child's new
    # school ("Rowan Primary School") or new phone number; written to the .json only
    # when given
    value: Text = ""

    only_when_given = ("value",)
