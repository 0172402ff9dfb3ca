"""The plan's closed lists: which plan, at which threshold, the GIRFEC wellbeing
indicators and review progress.  Each value is the word the practice guidance uses;
:mod:`plangen.intake` reads a workbook's or a form's wording through them."""

from __future__ import annotations

from enum import StrEnum


class PlanKind(StrEnum):
    """Which plan this is; it chooses the template."""

    CP_PLAN = "cp-plan"
    CHILDS_PLAN = "childs-plan"

    @property
    def label(self) -> str:
        return "Child Protection Plan" if self is PlanKind.CP_PLAN else "Child's Plan"


class Threshold(StrEnum):
    """The threshold level a Child's Plan is held at (seed 000), and Scotland's GIRFEC
    levels where they are not England's: "Universal" (support from universal services)
    and "Additional support" (GIRFEC's targeted level, written "Targeted", "Targeted
    support" or "Additional support"), which is neither Early Help nor Child in Need.
    GIRFEC's "Child Protection" is Child Protection."""

    EARLY_HELP = "Early Help"
    CHILD_IN_NEED = "Child in Need"
    CHILD_PROTECTION = "Child Protection"
    UNIVERSAL = "Universal"
    ADDITIONAL_SUPPORT = "Additional support"


class Wellbeing(StrEnum):
    """GIRFEC wellbeing indicators (SHANARRI), used by Child's Plans in Scotland."""

    SAFE = "Safe"
    HEALTHY = "Healthy"
    ACHIEVING = "Achieving"
    NURTURED = "Nurtured"
    ACTIVE = "Active"
    RESPECTED = "Respected"
    RESPONSIBLE = "Responsible"
    INCLUDED = "Included"


class ProgressStatus(StrEnum):
    """How far an outcome had got when it was reviewed."""

    NOT_STARTED = "Not started"
    NO_PROGRESS = "No progress"
    NOT_ACHIEVED = "Not achieved"  # its time ran out and it had not happened
    SOME_PROGRESS = "Some progress"
    ACHIEVED = "Achieved"
