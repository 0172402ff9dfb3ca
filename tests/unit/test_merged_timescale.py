"""A timescale merged down the rows it is for, and an empty cell below the merge: the
held-out chair raised PLAN-06 on such an action (the worker merged the timescale for the
rows it was meant for and left the next one without), which the intake had read as "the
same timescale as above".  With no merge at all, an empty cell is still the one above
(the seed's layout, Betty's workbook)."""

from __future__ import annotations

import copy
from io import BytesIO
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from plangen.intake import read_plans
from plangen.intake.blank import filled_workbook
from plangen.model import Plan
from plangen.rules import check

from ..conftest import betty_rows
from ..e2e.test_word_form import SEED_HEADERS

SHEET = "Risks and actions"


def _workbook(tmp_path: Path, merged: int, timescale: str | None = None) -> Path:
    """Betty's workbook with her timescale cell merged down the first ``merged`` action
    rows (1: no merge)."""
    rows = betty_rows()
    if timescale is not None:
        rows["risks"][0]["timescale"] = timescale
    book = load_workbook(BytesIO(filled_workbook(rows)))
    sheet = book[SHEET]
    header = next(r for r in sheet.iter_rows(min_row=1, max_row=5) if r[0].value)
    column = next(c.column_letter for c in header if str(c.value).startswith("Timescale"))
    first = header[0].row + 1
    if merged > 1:
        sheet.merge_cells(f"{column}{first}:{column}{first + merged - 1}")
    path = tmp_path / f"merged-{merged}.xlsx"
    book.save(path)
    return path


def _plan(path: Path) -> Plan:
    [plan] = read_plans(path)
    return plan


def _timescale_findings(plan: Plan) -> list[tuple[str, str]]:
    return [
        (f.place.path, f.problem)
        for f in check(plan)
        if f.rule == "PLAN-06" and f.place.path.endswith("timescale")
    ]


def it_raises_an_empty_cell_below_a_merged_timescale_once(tmp_path: Path) -> None:
    plan = _plan(_workbook(tmp_path, merged=3))
    outcome = plan.risks[0].outcomes[0]
    assert [outcome.timescale_of(i) != "" for i in range(4)] == [True, True, True, False]
    assert _timescale_findings(plan) == [
        ("risks[0].outcomes[0].actions[3].timescale", "The action has no timescale.")
    ]


def it_shares_a_timescale_merged_down_every_row_or_written_once_with_no_merge(
    tmp_path: Path,
) -> None:
    for merged in (4, 1):  # merged down all four actions; the seed's blank cells
        assert _timescale_findings(_plan(_workbook(tmp_path, merged))) == []


def it_raises_a_vague_merged_timescale_once_where_it_is_written(tmp_path: Path) -> None:
    found = _timescale_findings(_plan(_workbook(tmp_path, merged=4, timescale="Ongoing")))
    assert found == [
        (
            "risks[0].outcomes[0].actions[0].timescale",
            '"Ongoing" is not a timescale (shared by the 3 actions below it).',
        )
    ]


def it_keeps_the_empty_cell_in_the_plans_record(tmp_path: Path) -> None:
    plan = _plan(_workbook(tmp_path, merged=3))
    again = Plan.model_validate_json(plan.model_dump_json())
    assert again.risks[0].outcomes[0].actions[3].timescale_left_blank
    assert '"timescale_left_blank": true' in plan.model_dump_json(indent=2)
    # a plan without one writes no such key: records of other plans are unchanged
    assert "timescale_left_blank" not in _plan(_workbook(tmp_path, merged=1)).model_dump_json()


def it_reads_a_word_forms_merged_timescale_the_same_way(tmp_path: Path) -> None:
    """A Word form: the timescale merged down the first three action rows (Word's
    vertical merge), the fourth row's cell empty."""
    from ..e2e.test_word_form import council_form

    council_form(tmp_path / "form.docx")
    document = Document(str(tmp_path / "form.docx"))
    risks = next(t for t in document.tables if t.cell(0, 0).text == SEED_HEADERS[0])
    top, bottom = risks.cell(1, 5), risks.cell(3, 5)
    written = copy.deepcopy(top.text)
    top.merge(bottom).text = written
    document.save(str(tmp_path / "form.docx"))
    plan = _plan(tmp_path / "form.docx")
    assert _timescale_findings(plan) == [
        ("risks[0].outcomes[0].actions[3].timescale", "The action has no timescale.")
    ]


def it_reads_the_empty_cell_back_from_the_generated_plan(tmp_path: Path) -> None:
    """The formal plan merges a shared timescale down its rows and prints the empty cell
    apart, so the plan read back as a Word form keeps the gap."""
    from plangen.pipeline import make_files
    from plangen.settings import Settings

    plan = _plan(_workbook(tmp_path, merged=3))
    files = make_files(plan, tmp_path / "out", Settings(), [], versions=("plan",))
    [docx] = [data for path, data in files if path.name.endswith("-plan.docx")]
    (tmp_path / "plan.docx").write_bytes(docx)
    again = _plan(tmp_path / "plan.docx")
    assert [a.timescale_left_blank for a in again.risks[0].outcomes[0].actions] == [
        False,
        False,
        False,
        True,
    ]


def it_reads_an_empty_cell_of_its_own_in_a_merging_word_column_as_none(tmp_path: Path) -> None:
    """A Word form whose worker merges timescale cells to share them (rows 1-2), writes
    one of its own on row 3 and leaves row 4's cell empty: row 4 has none agreed, not row
    3's date (reader 33, plan 175: "School to be alert" was given "By 06.02.26", which
    the formal plan and every family copy printed)."""
    from ..e2e.test_word_form import council_form

    council_form(tmp_path / "form.docx")
    document = Document(str(tmp_path / "form.docx"))
    risks = next(t for t in document.tables if t.cell(0, 0).text == SEED_HEADERS[0])
    written = copy.deepcopy(risks.cell(1, 5).text)
    risks.cell(1, 5).merge(risks.cell(2, 5)).text = written
    risks.cell(3, 5).text = "By 30.04.26"
    risks.cell(4, 5).text = ""
    document.save(str(tmp_path / "form.docx"))
    actions = _plan(tmp_path / "form.docx").risks[0].outcomes[0].actions
    assert [a.timescale_left_blank for a in actions] == [False, False, False, True]
    assert actions[3].timescale == ""
