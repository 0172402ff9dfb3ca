"""The plan model."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from plangen.intake import read_plans
from plangen.model import Child, CorePerson, Plan, PlanKind

from ..conftest import BETTY_XLSX


def betty() -> Plan:
    [plan] = read_plans(BETTY_XLSX)
    assert isinstance(plan, Plan)
    return plan


def it_round_trips_through_json_without_loss() -> None:
    plan = betty()
    assert Plan.model_validate_json(plan.model_dump_json()) == plan


def it_refuses_unknown_fields() -> None:
    with pytest.raises(ValidationError, match="extra"):
        CorePerson(name="Harriet Hill", shoe_size=7)  # type: ignore[call-arg]


def it_keeps_dates_as_dates() -> None:
    plan = betty()
    assert plan.plan_date == dt.date(2023, 3, 1)
    assert isinstance(plan.next_core_group and plan.next_core_group.date, dt.date)


def it_needs_a_childs_name() -> None:
    with pytest.raises(ValidationError):
        Child(name="  ")


def it_names_the_lead_professional_and_the_outcomes() -> None:
    plan = betty()
    assert [p.name for p in plan.lead_professionals] == ["Harriet Hill"]
    assert len(plan.outcomes) == 1
    assert plan.kind is PlanKind.CP_PLAN
