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

from pydantic import (
    Field,
    ValidationInfo,
    model_validator,
)

# the closed lists, exported here too: every stage imports the plan's words from the model
from plangen.kinds import PlanKind as PlanKind
from plangen.kinds import ProgressStatus as ProgressStatus
from plangen.kinds import Threshold as Threshold
from plangen.kinds import Wellbeing as Wellbeing
from plangen.model.base import Name as Name
from plangen.model.base import Text as Text
from plangen.model.base import _Model
from plangen.model.people import Child as Child
from plangen.model.people import CorePerson as CorePerson
from plangen.model.people import Meeting as Meeting
from plangen.model.withholding import NUMBERED as NUMBERED
from plangen.model.withholding import WITHHELD_CHILD as WITHHELD_CHILD
from plangen.model.withholding import WITHHELD_PERSON as WITHHELD_PERSON
from plangen.model.withholding import WITHHELD_PLAN as WITHHELD_PLAN
from plangen.model.withholding import Withholding as Withholding
from plangen.model.work import LABEL_WORDS as LABEL_WORDS
from plangen.model.work import Action as Action
from plangen.model.work import Contingency as Contingency
from plangen.model.work import Outcome as Outcome
from plangen.model.work import ReviewEntry as ReviewEntry
from plangen.model.work import Risk as Risk
from plangen.model.work import is_a_time as is_a_time

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

    only_when_given = ("threshold_as_written",)

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
