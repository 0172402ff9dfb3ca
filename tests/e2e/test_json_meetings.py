"""A JSON intake's next core group or review left blank, as a form exports it.

Four of ten held-out plans written by a practitioner (stop 27) wrote an unset meeting
as ``{"date": "", "details": ""}``; plangen refused them with pydantic's "input is too
short". A blank meeting is a plan with no date set, which PLAN-11 is there to say.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from plangen.intake import read_plans
from plangen.model import Plan
from plangen.rules import check

from ..conftest import ROOT, Run

SOURCE = ROOT / "tests" / "family_plans" / "plan-08.json"


def _plan_file(tmp_path: Path, **changes: object) -> Path:
    data = json.loads(SOURCE.read_text())
    data.update(changes)
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(data))
    return path


def it_reads_a_blank_meeting_as_not_set_and_flags_it(tmp_path: Path) -> None:
    path = _plan_file(tmp_path, next_core_group={"date": "", "details": " "})
    [plan] = read_plans(path)
    assert isinstance(plan, Plan)
    assert plan.next_core_group is None
    assert any(f.rule == "PLAN-11" and "core group" in f.message.lower() for f in check(plan)), (
        "a plan with no next core group date is flagged"
    )


def it_reads_a_null_date_with_nothing_else_as_not_set(tmp_path: Path) -> None:
    [plan] = read_plans(_plan_file(tmp_path, next_review={"date": None}))
    assert isinstance(plan, Plan) and plan.next_review is None


def it_keeps_words_with_no_date_and_says_none_is_set(
    tmp_path: Path, plangen: Callable[..., Run]
) -> None:
    path = _plan_file(tmp_path, next_core_group={"date": "", "details": "Core group - date TBC"})
    [plan] = read_plans(path)
    assert isinstance(plan, Plan) and plan.next_core_group is not None
    assert plan.next_core_group.date is None
    [finding] = [f for f in check(plan) if f.rule == "PLAN-11"]
    assert finding.problem == (
        'No date is set for the next core group (the plan says "Core group - date TBC").'
    )
    out = tmp_path / "out"
    run = plangen("generate", path, "--out", out)
    assert run.exit_code == 0, run.stderr
    [formal] = out.rglob("*-cp-plan.docx")
    assert "Core group - date TBC" in _text(formal), "the words are printed, not lost"
    [family] = out.rglob("*-cp-plan-family.docx")
    assert "meet again on a date not fixed yet" in _text(family)


def _text(path: Path) -> str:
    from docx import Document

    document = Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def it_names_a_date_in_the_wrong_form_plainly(tmp_path: Path, verbose: None) -> None:
    # the value is shown as any intake value is: with --verbose (errors.shown)
    [problem] = read_plans(_plan_file(tmp_path, plan_date="14/03/2025"))
    assert not isinstance(problem, Plan)
    assert '"Date of plan" (plan_date): "14/03/2025" is not a date; write it as YYYY-MM-DD' in str(
        problem
    )
    assert "pydantic" not in str(problem)
