"""A known-as name with a note in brackets ("Robin (uses they/them)"): the formal plan
keeps the note, the rules and the family versions call the child by the name alone."""

from __future__ import annotations

import datetime as dt
import json

from plangen.family.versions import versions
from plangen.model import Child, CorePerson, Plan, PlanKind, Withholding
from plangen.rules import check
from plangen.settings import Settings


def it_takes_the_name_without_its_bracketed_note() -> None:
    child = Child(name="Rebecca Ashby", known_as="Robin (uses they/them)")
    assert child.first_name == "Robin"
    assert Child(name="Mohammed Ali", known_as='"Mo"').first_name == "Mo"
    assert Child(name="Mohammed Ali", known_as="(none)").first_name == "Mohammed"
    assert Child(name="Mohammed Ali").first_name == "Mohammed"


def _plan() -> Plan:
    return Plan.model_validate(
        {
            "kind": PlanKind.CP_PLAN,
            "child": Child(name="Rebecca Ashby", known_as="Robin (uses they/them)", age=14),
            "plan_date": dt.date(2025, 3, 4),
            "core_group": [
                CorePerson(name="Hannah Greaves", role="Social Worker", phone="01632 960 148"),
                CorePerson(name="Karen Ashby", role="Mother"),
            ],
            "risks": [
                {
                    "risk_factor": "Robin has been cutting their arms.",
                    "risk_to_child": "Robin could be seriously hurt.",
                    "outcomes": [
                        {
                            "text": "Robin is safe from serious self-harm: no self-harm "
                            "needing medical treatment, with Robin telling a trusted adult (Aunt Jo "
                            "or Mrs Doyle) when urges are strong, sustained for 3 months.",
                            "actions": [
                                {
                                    "text": "Visit Robin and see them on their own.",
                                    "responsible": ["Hannah Greaves"],
                                    "frequency": "Every two weeks",
                                    "timescale": "3 months",
                                }
                            ],
                        }
                    ],
                }
            ],
            "child_views": 'Robin said: "being called Robin is the best thing this year."',
        }
    )


def it_reads_the_child_as_the_subject_by_the_name_alone() -> None:
    rules = {finding.rule for finding in check(_plan())}
    assert "PLAN-02" not in rules


def it_calls_the_child_by_the_name_alone_in_the_family_versions() -> None:
    for version in versions(_plan(), Settings()):
        text = json.dumps(version.context)
        assert "uses they/them" not in text, version.name
        assert "Robin" in text


def it_withholds_the_known_as_name_itself_from_whom_the_plan_says() -> None:
    plan = _plan()
    plan.confidential = [
        Withholding(about="child", detail="known_as", withheld_from=["Karen Ashby"])
    ]
    [family_copy] = versions(plan, Settings(), recipient="Karen Ashby", names=("family",))
    text = json.dumps(family_copy.context)
    assert "Robin" not in text
    assert "uses they/them" not in text
