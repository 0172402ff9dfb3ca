"""Nothing read from an intake is dropped without a word, and what plangen says is what
a user can act on (issue 12, the intake's part): headings and sheets it does not know,
every problem of a file in one run, messages that show what can be shown."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from docx import Document

from tests.conftest import ROOT, Run, all_files, betty_rows

CORPUS = ROOT / "tests" / "bad_inputs"


def document_text(path: Path) -> str:
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def it_reads_a_heading_written_with_a_slash_for_or(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    shutil.copyfile(CORPUS / "heading-step-down-slash.xlsx", tmp_path / "slash.xlsx")
    run = plangen("generate", "slash.xlsx", "--out", "out", "--versions", "plan")
    assert run.exit_code == 0, run.stderr
    [record] = (tmp_path / "out").rglob("*-cp-plan.json")  # a CP Plan prints no step-down
    assert json.loads(record.read_text())["step_down"] == "Betty attends school 95% for 12 weeks"


def it_reads_a_sheet_named_with_an_ampersand(plangen: Callable[..., Run], tmp_path: Path) -> None:
    shutil.copyfile(CORPUS / "sheet-risks-ampersand.xlsx", tmp_path / "amp.xlsx")
    run = plangen("generate", "amp.xlsx", "--out", "out", "--versions", "plan")
    assert run.exit_code == 0, run.stderr
    [plan] = (tmp_path / "out").rglob("*-cp-plan.docx")
    assert "Stabilise parents on methadone Programme" in document_text(plan)


def it_warns_of_a_column_it_does_not_read_and_makes_the_plan(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    shutil.copyfile(CORPUS / "heading-admin-notes.xlsx", tmp_path / "notes.xlsx")
    run = plangen("generate", "notes.xlsx", "--out", "out", "--versions", "plan")
    assert run.exit_code == 0
    [warning] = [line for line in run.stderr.splitlines() if line.startswith("warning:")]
    assert warning.startswith(
        'warning: notes.xlsx, sheet "Risks and actions", row 1: the heading "Notes (admin '
        'only)" (column AN) is not one plangen reads, so that column is ignored; the nearest '
        "heading plangen knows is"
    )
    assert "chased the school" not in document_text(next((tmp_path / "out").rglob("*.docx")))


def it_reports_every_blank_case_reference_at_once_and_makes_the_other_plans(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    for table in rows.values():
        for row in table:
            row["case_ref"] = "CP-001"
    good = dict(rows["plan"][0])
    rows["plan"] = [good] + [
        {"child_name": f"Child {n}", "plan_date": "02.03.23", "kind": "CP Plan"} for n in range(4)
    ]
    write_workbook(rows, "team.xlsx")
    run = plangen("generate", "team.xlsx", "--out", "out", "--versions", "plan")
    assert run.exit_code == 2
    errors = [line for line in run.stderr.splitlines() if line.startswith("error: ")]
    assert [line.split(": is empty")[0] for line in errors] == [
        f'error: team.xlsx, sheet "Plan", row {n}, "Case reference"' for n in (3, 4, 5, 6)
    ]
    assert all("each plan needs its own case reference" in line for line in errors)
    assert [p.name for p in all_files(tmp_path / "out") if p.suffix == ".docx"] == [
        "2023-03-01-cp-plan.docx"
    ]


def it_reports_every_row_that_names_no_plan_in_one_run(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    for table in rows.values():
        for row in table:
            row["case_ref"] = "CP-001"
    rows["plan"].append({"case_ref": "CP-002", "child_name": "Sam", "plan_date": "02.03.23"})
    for row in rows["risks"][:3]:
        row["case_ref"] = ""
    write_workbook(rows, "team.xlsx")
    run = plangen("generate", "team.xlsx", "--out", "out")
    assert run.exit_code == 2
    errors = [line for line in run.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [
        f'error: team.xlsx, sheet "Risks and actions", row {n}, "Case reference": is empty; with '
        "2 plans in one file, each row must give the case reference of the plan it is for"
        for n in (2, 3, 4)
    ]


def it_shows_values_from_closed_lists_and_says_when_a_cell_is_empty(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path]
) -> None:
    rows = betty_rows()
    rows["plan"][0]["kind"] = "Care plan"
    rows["people"][1]["present"] = "perhaps"
    write_workbook(rows, "betty.xlsx")
    run = plangen("generate", "betty.xlsx", "--out", "out")
    assert '"Plan type": "Care plan" is not a plan type; use one of' in run.stderr
    assert '"Present": "perhaps" is not a Yes or No answer' in run.stderr
    assert "[hidden]" not in run.stderr


def it_notes_that_unsaved_changes_are_not_read_when_the_workbook_is_open(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    write_workbook(betty_rows(), "team3 intake.xlsx")
    (tmp_path / "~$am3 intake.xlsx").write_bytes(b"\x0bExcel user")
    run = plangen("generate", ".", "--out", "out", "--versions", "plan")
    assert run.exit_code == 0
    assert (
        "warning: team3 intake.xlsx: is open in Excel or Word (its lock file is beside it); "
        "plangen reads it as last saved, so changes not saved yet are not read"
    ) in run.stderr
