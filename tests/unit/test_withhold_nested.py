"""Withholding a risk and, separately, one of its own outcomes or actions: the formal
plan reads the marker once for the risk, with no error and nothing of the outcome left
(a case the property test found)."""

from __future__ import annotations

from plangen.model import Withholding
from plangen.privacy.withhold import formal

from .test_rules import good_plan


def it_withholds_a_risk_and_its_own_outcome_and_action_together() -> None:
    plan = good_plan()
    secret = plan.risks[0].outcomes[0].text
    plan.confidential = [
        Withholding(about="plan", detail=detail, withheld_from=[])
        for detail in ("risk 1", "outcome 1", "action 1")
    ]
    redacted = formal(plan, held="withheld")
    risk = redacted.plan.risks[0]
    assert risk.risk_factor == "Withheld"
    assert risk.outcomes == []
    assert secret not in redacted.plan.model_dump_json()
