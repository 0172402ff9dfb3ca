"""A withheld detail plangen cannot place is refused in words a team administrator can
act on (writer30's held-out plans): withholding from a relative outside the core group
(the uncle in an honour-based abuse plan) says how to keep it from him instead, and a
detail plangen cannot withhold lists the ones it can.  Pydantic's "Value error, " never
reaches the message."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run

PAPER_PLAN = Path(__file__).parent / "paper_plans" / "plan-116.json"


def _plan_with(tmp_path: Path, withholding: dict[str, object]) -> str:
    plan = json.loads(PAPER_PLAN.read_text(encoding="utf-8"))
    withholding = {
        key: plan["core_group"][0]["name"] if value == "MEMBER" else value
        for key, value in withholding.items()
    }
    plan["confidential"] = [withholding]
    (tmp_path / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
    return "plan.json"


@pytest.mark.parametrize(
    ("withholding", "words"),
    [
        (
            {"about": "MEMBER", "detail": "address", "withheld_from": ["Uncle Tariq Hussain"]},
            [
                "confidential item 1: is withheld from someone who is not in the core group",
                "plangen makes copies only for the core group",
                "leave 'withheld from' empty to keep it out of every family and child copy",
            ],
        ),
        (
            {"about": "plan", "detail": "outcome 99"},
            ["it can withhold: child_views, family_views, contingency, step_down, risk N"],
        ),
        (
            {"about": "Nobody Known", "detail": "address"},
            ["is about no one in the core group (write the name exactly as the core group"],
        ),
    ],
)
def it_refuses_a_withholding_it_cannot_place_and_says_what_to_do(
    withholding: dict[str, object],
    words: list[str],
    plangen: Callable[..., Run],
    tmp_path: Path,
) -> None:
    run = plangen("generate", _plan_with(tmp_path, withholding), "--out", "out")
    said = run.stdout + run.stderr
    assert run.exit_code == 2, said
    for expected in words:
        assert expected in said
    assert "Value error" not in said and "Traceback" not in said
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.docx"))
