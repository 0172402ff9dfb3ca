"""The plan model: one typed description of a plan, whichever form it came from.

A Child Protection Plan and a Child's Plan share this model; the template decides the
layout.  Names are the words of the practice guidance (seeds 000 and 002): a plan has a
core group of people, risks (or needs), each answered by outcomes for the child, each
reached through actions with a person responsible, a frequency of contact and a
timescale; then a contingency plan and the views of the child and the family.

Every model refuses unknown fields (``extra="forbid"``) and round-trips through JSON
without loss.  Rules read this model only; they never see a workbook cell or a Word run.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    ValidationInfo,
    model_serializer,
    model_validator,
)

# the closed lists, exported here too: every stage imports the plan's words from the model
from plangen.kinds import PlanKind as PlanKind
from plangen.kinds import ProgressStatus as ProgressStatus
from plangen.kinds import Threshold as Threshold
from plangen.kinds import Wellbeing as Wellbeing


def _none_is_blank(value: object) -> object:
    """A text left ``null`` (as a JSON export writes an empty field) is a blank text."""
    return "" if value is None else value


Text = Annotated[str, BeforeValidator(_none_is_blank), StringConstraints(strip_whitespace=True)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, validate_assignment=True)


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

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        dumped: dict[str, object] = handler(self)
        if self.due_date is None:
            dumped.pop("due_date", None)
        return dumped

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

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        dumped: dict[str, object] = handler(self)
        if not self.present_note:
            dumped.pop("present_note", None)
        return dumped


# The first words of a timescale that is a time, not a task of its own: a date, a
# period, a deadline or a review point ("3 months", "By 31/01/25", "Until RCPC", "Ongoing").
_A_TIME = re.compile(
    r"^\W*(?:\d|by\b|before\b|within\b|until\b|till\b|to\b|for\b|from\b|over\b|during\b"
    r"|throughout\b|after\b|at\b|in\b|on\b|end\b|next\b|each\b|every\b|ongoing\b"
    r"|immediate(?:ly)?\b|now\b|asap\b|a\.s\.a\.p|tbc\b|tba\b|as\b|when\b|same\b|one\b|two\b"
    r"|three\b|four\b|six\b|twelve\b|weekly\b|fortnightly\b|monthly\b|daily\b|termly\b"
    r"|review(?:ed)?\b|start(?:ing)?\b|life\b|duration\b|half[- ]?term\b|term\b|summer\b"
    r"|autumn\b|spring\b|easter\b|christmas\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)",
    re.I,
)


def is_a_time(timescale: str) -> bool:
    """Whether ``timescale`` is a time another action can share, not a task of its own."""
    return _A_TIME.match(timescale) is not None


# in the JSON Schema, though read before the model (:meth:`Action._as_above`)
_AS_ABOVE = {
    "timescale_as_above": {
        "type": "boolean",
        "description": "the same timescale as the action above (a blank is none agreed)",
    }
}


class Action(_Model):
    """One thing someone will do.  SMART: what, who, how often, by when.

    ``responsible`` holds each name as written; ``"parents"`` stands for the core group's
    parents and carers.  A blank ``timescale`` on an action that follows another action
    of the same outcome reads as "the same timescale as above", as in the seed example
    where one timescale is written beside four actions, when the one above is a time
    ("3 months", "By 31/01/25", "Ongoing"); when it names its own task ("Assessment by
    13/06/2025") the blank is no timescale (see :meth:`Outcome.timescale_of`).  A JSON
    intake says which it is: a blank there is none agreed, ``timescale_as_above`` the
    one above (:mod:`plangen.intake.json_values`).
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        json_schema_extra=lambda schema: schema["properties"].update(_AS_ABOVE),
    )

    text: Text
    responsible: list[Name] = Field(default_factory=list)
    frequency: Text = ""
    timescale: Text = ""
    plain: Text | None = None  # the worker's own plain words for the family version
    # the intake's timescale cell is empty and outside the merged cell above it (the
    # worker merged the timescale down the rows it was meant for, and stopped): no
    # timescale, not the one above.  Written to the plan's .json only when true.
    timescale_left_blank: bool = False

    @model_validator(mode="before")
    @classmethod
    def _as_above(cls, data: object) -> object:
        """``"timescale_as_above": true`` (written by :class:`Outcome` for an action that
        shares the timescale above it) is that: a blank timescale, not left blank."""
        if not isinstance(data, dict) or "timescale_as_above" not in data:
            return data
        data = dict(data)
        if data.pop("timescale_as_above") is True:
            if str(data.get("timescale") or "").strip() or data.get("timescale_left_blank"):
                raise ValueError(
                    "says its timescale is the same as above and also gives it one (or "
                    "says it was left blank); keep one of them"
                )
            data["timescale"] = ""
        return data

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        dumped: dict[str, object] = handler(self)
        if not self.timescale_left_blank:
            dumped.pop("timescale_left_blank", None)
        return dumped


class ReviewEntry(_Model):
    """Progress on an outcome recorded at a review or core group."""

    date: dt.date
    status: ProgressStatus
    note: Text = ""
    timescale_extended: bool = False


LABEL_WORDS = 8  # the first words of an outcome that name it in a later table


class Outcome(_Model):
    """The change the plan is aiming for, for the child (seed 002: "anticipated outcome
    for child"), with the actions meant to bring it about.

    An outcome with empty ``text`` holds actions that were written with no anticipated
    outcome; the quality rules point at them.
    """

    text: Text = ""
    priority: int | None = Field(default=None, ge=1)
    success_looks_like: Text = ""  # "what progress / success looks like": steps along the way
    actions: list[Action] = Field(default_factory=list)
    reviews: list[ReviewEntry] = Field(default_factory=list)
    plain: Text | None = None

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        """A blank timescale that shares the one above says so (``timescale_as_above``):
        a JSON intake's blank is no timescale, so the plan's .json reads back the same."""
        dumped: dict[str, object] = handler(self)
        actions = dumped.get("actions")
        if isinstance(actions, list):
            for index, action in enumerate(self.actions):
                if index and not action.timescale and not action.timescale_left_blank:
                    actions[index] = {**actions[index], "timescale_as_above": True}
        return dumped

    def label(self, number: int) -> str:
        """``"2. Parents meet Betty's basic needs. Betty is clean, fed ..."``: the
        outcome named by its number and first words, where a table lists it again."""
        words = self.text.split()
        short = " ".join(words[:LABEL_WORDS]) + (" ..." if len(words) > LABEL_WORDS else "")
        return f"{number}. {short}".strip()

    def timescale_of(self, index: int) -> str:
        """The timescale of action ``index``: its own, or the one above it that it shares
        (the seed's one merged cell beside four actions).  A blank under a timescale that
        names another task ("Assessment by 13/06/2025" above "Grandad to do the school
        run") is shared by no one who reads it: it is no timescale ("")."""
        if self.actions[index].timescale_left_blank and not self.actions[index].timescale:
            return ""
        for action in reversed(self.actions[: index + 1]):
            if action.timescale:
                own = action is self.actions[index]
                return action.timescale if own or is_a_time(action.timescale) else ""
            if action.timescale_left_blank:  # the row above has none: so has this one
                return ""
        return ""

    def shares_timescale(self, index: int) -> bool:
        """Whether action ``index`` has no timescale of its own and shares the one above."""
        return not self.actions[index].timescale and bool(self.timescale_of(index))


class Risk(_Model):
    """An identified risk to the child (CP Plan) or a need (Child's Plan).

    ``risk_factor`` is what in the child's life causes concern ("parental substance
    misuse"); ``risk_to_child`` is the harm it brings ("neglect: tired, hungry ...").
    """

    risk_factor: Text = ""
    risk_to_child: Text = ""
    wellbeing: list[Wellbeing] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    plain: Text | None = None

    @property
    def actions(self) -> list[Action]:
        return [action for outcome in self.outcomes for action in outcome.actions]


class Contingency(_Model):
    """What happens if the outcomes are not achieved, and by when."""

    plan: Text = ""
    timescale: Text = ""


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

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        dumped: dict[str, object] = handler(self)
        if not self.value:
            dumped.pop("value", None)
        return dumped


BORN_AFTER_PLAN = (
    "the date of birth is after the date of plan; check both (day first, like 01.03.23). "
    "For an unborn baby, write the expected date of delivery in an EDD column (or "
    '"EDD 02/12/26" in the date of birth) and leave the date of birth blank'
)


class Plan(_Model):
    """A Child Protection Plan or a Child's Plan for one child."""

    kind: PlanKind
    case_ref: Text | None = None
    child: Child
    threshold: Threshold | None = None
    # the council's own wording of a GIRFEC level ("Targeted", "Targeted support"),
    # printed where the plan shows its level; written to the .json only when given
    threshold_as_written: Text = ""
    plan_date: dt.date
    next_core_group: Meeting | None = None
    next_review: Meeting | None = None
    core_group: list[CorePerson] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    contingency: Contingency = Field(default_factory=Contingency)
    step_down: Text = ""  # what change would step the plan down or close the case
    child_views: Text = ""
    family_views: Text = ""  # the parents' / carers' views: do they accept change is needed?
    confidential: list[Withholding] = Field(default_factory=list)

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        dumped: dict[str, object] = handler(self)
        if not self.threshold_as_written:
            dumped.pop("threshold_as_written", None)
        return dumped

    @property
    def threshold_shown(self) -> str:
        """The plan's level as the plan prints it: the council's own words ("Targeted
        support") where it wrote a GIRFEC level, else the level's name."""
        if self.threshold is None:
            return ""
        return self.threshold_as_written or self.threshold.value

    @model_validator(mode="after")
    def _withheld_exists(self, info: ValidationInfo) -> Plan:
        """Each withheld detail names something the plan has: a detail plangen cannot
        find would otherwise be quietly shared (:func:`plangen.withholdings.check`)."""
        from plangen.withholdings import check

        check(self, copy=isinstance(info.context, dict) and bool(info.context.get("copy")))
        return self

    @model_validator(mode="after")
    def _born_before_plan(self) -> Plan:
        """A child is born before their plan is made: a later date of birth is a typing
        mistake (a year, or day and month, swapped) that every rule would then trust."""
        born = self.child.date_of_birth
        if born is not None and born > self.plan_date:
            raise ValueError(BORN_AFTER_PLAN)
        return self

    @property
    def outcomes(self) -> list[Outcome]:
        return [outcome for risk in self.risks for outcome in risk.outcomes]

    @property
    def lead_professionals(self) -> list[CorePerson]:
        return [person for person in self.core_group if person.lead_professional]
