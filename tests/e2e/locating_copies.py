"""The copies a withheld father may receive of one of ``tests/e2e/locating_plans``, by
what they are: his own copy, the family copy, the child's version, the formal plan and
the review copy (shared by test_locating_plans and test_locating_routines)."""

from __future__ import annotations

from pathlib import Path

from plangen.intake import read_plans
from plangen.model import Plan
from plangen.outputs import make_files
from plangen.rules import check
from plangen.settings import Settings

PLANS = Path(__file__).resolve().parent / "locating_plans"


def plan_named(name: str) -> Plan:
    [plan] = read_plans(PLANS / f"{name}.json")
    assert isinstance(plan, Plan)
    return plan


def copies_for(name: str, reader: str, tmp_path: Path) -> dict[str, list[bytes]]:
    """Each kind of copy ``reader`` may receive of plan ``name``, made in memory."""
    plan = plan_named(name)
    versions = ("plan", "review", "family", "child")
    made = make_files(
        plan, tmp_path, Settings(), check(plan), versions=versions, recipients=[reader]
    )
    files = {path.name: data for path, data in made if path.suffix == ".docx"}
    endings = {
        "own": f"-for-{reader.lower().replace(' ', '-')}.docx",
        "family": "-family.docx",
        "child": "-child.docx",
        "plan": "-plan.docx",
        "review": ".review.docx",
    }
    return {
        copy: [data for file, data in files.items() if file.endswith(ending)]
        for copy, ending in endings.items()
    }
