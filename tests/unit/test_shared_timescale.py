"""A blank timescale under another action's: shared when the one above is a time (the
seed's one merged cell beside four actions), no timescale when it names a task of its
own (two independent readers took "Assessment by 13/06/2025" printed beside "Grandad to
do the school run" as a deadline nobody set for it)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from docx import Document

from plangen.intake import read_plans
from plangen.model import Action, Outcome, Plan, is_a_time
from plangen.pipeline import make_files
from plangen.rules import check
from plangen.settings import Settings

from ..conftest import INPUTS

PLANS = Path(__file__).resolve().parent.parent / "family_plans"


@pytest.mark.parametrize(
    "timescale",
    [
        "3 months - progress to be reviewed at every core group",
        "By 31/01/25",
        "Ongoing",
        "Until RCPC 18/11/25",
        "For the life of the plan",
        "12/05/25",
        "Immediately",
        "Before Easter",
        "Review at next core group",
    ],
)
def it_shares_a_time(timescale: str) -> None:
    assert is_a_time(timescale)
    outcome = Outcome(actions=[Action(text="A", timescale=timescale), Action(text="B")])
    assert outcome.timescale_of(1) == timescale
    assert outcome.shares_timescale(1)


@pytest.mark.parametrize(
    "timescale",
    ["Assessment by 13/06/2025", "Crisis plan by 03.06.25", "NMO application by 31/03/25"],
)
def it_does_not_share_a_tasks_own_timescale(timescale: str) -> None:
    assert not is_a_time(timescale)
    outcome = Outcome(
        actions=[Action(text="A", timescale=timescale), Action(text="B"), Action(text="C")]
    )
    assert outcome.timescale_of(0) == timescale  # its own, whatever it says
    assert outcome.timescale_of(1) == outcome.timescale_of(2) == ""
    assert not outcome.shares_timescale(1)


def it_has_no_timescale_with_nothing_above() -> None:
    outcome = Outcome(actions=[Action(text="A"), Action(text="B", timescale="3 months")])
    assert outcome.timescale_of(0) == ""
    assert outcome.timescale_of(1) == "3 months" and not outcome.shares_timescale(1)


def it_prints_and_flags_a_blank_under_a_tasks_timescale_as_no_timescale(
    tmp_path: Path,
) -> None:
    """Ellie's plan (plan 37): "Grandad to do school run ..." has a blank timescale under
    "Assessment by 13/06/2025": the formal plan prints its own empty cell (not one merged
    with the assessment's), and the review flags it; Betty's four actions still share
    their one "3 months" cell."""
    [ellie] = read_plans(PLANS / "plan-37.json")
    assert isinstance(ellie, Plan)
    findings = check(ellie, Settings().rules)
    grandad = [f for f in findings if f.rule == "PLAN-06" and "action 3," in f.as_dict()["where"]]
    assert [f.problem for f in grandad] == ["The action has no timescale."]
    document = _formal(ellie, tmp_path)
    rows = [r for t in Document(BytesIO(document)).tables for r in t.rows]
    [row] = [r for r in rows if r.cells[1].text.startswith("Grandad to do school run")]
    assert row.cells[-1].text == ""
    [betty] = read_plans(INPUTS / "betty-smith.xlsx")
    assert isinstance(betty, Plan)
    document = _formal(betty, tmp_path)
    rows = [r for t in Document(BytesIO(document)).tables for r in t.rows]
    [row] = [r for r in rows if r.cells[1].text.startswith("Remind parents")]
    assert row.cells[-1].text.startswith("3 months")


def _formal(plan: Plan, out: Path) -> bytes:
    files = make_files(plan, out, Settings(), [], versions=("plan",))
    [document] = [data for path, data in files if path.name.endswith("-plan.docx")]
    return document
