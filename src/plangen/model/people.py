"""The people of a plan: the child, the core group, and the meetings they are called to."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import Field, model_validator

from plangen.model.base import Name, Text, _Model

# a note in brackets after a name: "Robin (uses they/them)", "Mo (Mohammed)"
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


class Child(_Model):
    """The child the plan is for."""

    name: Name
    known_as: Text | None = None  # the name the child likes to be called, for family versions
    date_of_birth: dt.date | None = None
    # an unborn baby's expected date of delivery (EDD): printed as the due date, never
    # an age; written to the plan's .json only when given
    due_date: dt.date | None = None
    age: int | None = Field(default=None, ge=0, le=25)
    address: Text | None = None

    @model_validator(mode="after")
    def _born_or_due(self) -> Child:
        if self.due_date is not None and (self.date_of_birth is not None or self.age is not None):
            raise ValueError(
                "gives both an expected date of delivery (EDD) and a date of birth or age; "
                "keep the EDD for a baby not yet born, or the date of birth once born"
            )
        return self

    only_when_given = ("due_date",)

    @property
    def first_name(self) -> str:
        """The name the family and child's versions use: the known-as name without a
        note in brackets ("Robin (uses they/them)" is called "Robin")."""
        known = _BRACKETED.sub(" ", self.known_as or "").strip(" \t\"'")
        return " ".join(known.split()) or self.name.split()[0]


class Meeting(_Model):
    """A date in the plan's calendar (next core group, next review), with any time or
    place written after the date kept as text: ``01/12/2025 at 10:00`` gives
    ``date=2025-12-01, details="at 10:00"``.  ``date`` is None when the plan names the
    meeting but no date is agreed yet ("Review conference - date TBC", from a JSON
    intake); PLAN-11 then says no date is set."""

    date: dt.date | None
    details: Text = ""


class CorePerson(_Model):
    """A member of the core group (CP Plan) or one of the people involved (Child's Plan).

    Parents and carers are members too.  ``role`` is the "relationship to child / role"
    column of the seed, without the words "Lead Professional", which are recorded in
    ``lead_professional`` instead.
    """

    name: Name
    role: Text = ""
    agency: Text = ""
    address: Text = ""
    email: Text = ""
    phone: Text = ""
    # Yes, No, or "part": at part of the meeting ("Part", "Partly", "Part of the
    # meeting"), printed "Part" and never as Yes or No; it counts as present
    present: bool | Literal["part"] | None = None
    # the note written after the answer ("left early", "sent report", "by phone"),
    # printed beside it; written to the .json only when given
    present_note: Text = ""
    lead_professional: bool = False
    own_copy: bool = False  # gets a family copy of their own ("Copy for" in the intake)

    only_when_given = ("present_note",)
