"""A council's own workbook headings (blind plan 172, stop 32): read, or refused with a
located message, never dropped with exit status 0.

The writer's first workbook had "Ref No.", "Lead Prof", "Expected Outcome" and a sheet
"Confidential info". "Lead Prof" was only a warning and its column was dropped: had
nothing else stopped the run, the plan would have gone out with no lead professional
although the intake names one.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from openpyxl import load_workbook

from plangen.errors import InputError
from plangen.intake import read_plans
from plangen.model import Plan

from ..conftest import ROOT

LEO = ROOT / "inputs" / "domestic-abuse-leo-harris.xlsx"


def _renamed(tmp_path: Path, headings: dict[str, str], sheets: dict[str, str]) -> Path:
    book = load_workbook(LEO)
    for sheet in book.worksheets:
        for cell in next(sheet.iter_rows(max_row=1)):
            if cell.value in headings:
                cell.value = headings[cell.value]
    for old, new in sheets.items():
        book[old].title = new
    path = tmp_path / "council.xlsx"
    book.save(path)
    return path


def _plan(path: Path) -> Plan:
    [plan] = read_plans(path)
    assert isinstance(plan, Plan), plan
    return plan


def it_reads_the_councils_own_headings_as_the_standard_ones(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    standard = _plan(LEO)
    council = _renamed(
        tmp_path,
        {
            "Case reference": "Ref No.",
            "Lead professional": "Lead Prof",
            "Anticipated outcome for child": "Expected Outcome",
        },
        {"Confidential": "Confidential info"},
    )
    with caplog.at_level(logging.WARNING, logger="plangen"):
        plan = _plan(council)
    assert not caplog.records, [r.getMessage() for r in caplog.records]
    assert plan.model_dump() == standard.model_dump()
    assert plan.lead_professionals
    assert plan.confidential


def it_refuses_a_heading_cut_short_rather_than_dropping_its_column(tmp_path: Path) -> None:
    council = _renamed(tmp_path, {"Relationship to child / role": "Relation to child"}, {})
    with pytest.raises(InputError) as problem:
        read_plans(council)
    said = str(problem.value)
    assert 'the heading "Relation to child" (column C)' in said
    assert '"relationship to child"' in said
    assert 'sheet "Core group"' in said
