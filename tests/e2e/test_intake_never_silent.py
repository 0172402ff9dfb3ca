"""Intake never silently wrong (stop 29): each kind the held-out plans showed, through
the real command, read back from what it writes or from what it says.

A plan plangen is unsure of stops with a located message and exit 2, writing nothing;
one it reads is printed as it was written, in the formal plan and the family copy
alike.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import load_workbook

from plangen.intake import read_plans
from plangen.intake.blank import filled_workbook
from plangen.model import Plan
from plangen.rules import check

from ..conftest import ROOT, Run, betty_rows, text_of
from .test_batch import council, json_plans  # noqa: F401 (council is a fixture)
from .test_word_form import council_form_with

PLAN_08 = ROOT / "tests" / "family_plans" / "plan-08.json"
NOT_AGREED = "Not agreed yet: to be decided at the next meeting"


def _json(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    data = json.loads(PLAN_08.read_text())
    change(data)
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(data))
    return path


def _one(out: Path, ending: str) -> str:
    [found] = [p for p in out.rglob(f"*{ending}") if "-for-" not in p.name]
    return text_of(found)


def _timescale_cells(docx: Path) -> dict[str, str]:
    """Each action's first words -> its timescale cell, as the formal plan prints it."""
    document = Document(str(docx))
    cells: dict[str, str] = {}
    for table in document.tables:
        header = [c.text.strip() for c in table.rows[0].cells]
        if "Timescale" not in header:
            continue
        action = next(i for i, h in enumerate(header) if h.startswith("Action"))
        for row in table.rows[1:]:
            texts = [c.text for c in row.cells]
            cells[texts[action][:25]] = texts[header.index("Timescale")]
    return cells


def _refused(run: Run, out: Path) -> str:
    said = run.stdout + run.stderr
    assert run.exit_code == 2, said
    assert "Traceback" not in said
    assert not list(out.rglob("*.docx")), "nothing is written for a plan that stops"
    return said


def it_says_not_achieved_honestly_in_every_version(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    def reviewed(data: dict[str, Any]) -> None:
        data["risks"][0]["outcomes"][0]["reviews"] = [
            {"date": "2024-05-16", "status": "Not achieved", "note": ""}
        ]

    path = _json(tmp_path, reviewed)
    run = plangen("generate", path, "--out", "out", "--versions", "plan,family,child")
    assert run.exit_code == 0, run.stderr
    out = tmp_path / "out"
    assert "Not achieved" in _one(out, "-cp-plan.docx")
    family = _one(out, "-family.docx")
    # due by 31.05.24 and 17.06.24: on 16 May the time had not passed
    assert "At the review on 16 May 2024, this had not happened yet." in family
    assert "by the time agreed" not in family
    assert "partly happened" not in family and "had not changed yet" not in family
    assert "This has not happened yet." in _one(out, "-child.docx")


def it_prints_a_blank_json_timescale_as_not_agreed_in_both_plans(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    """Plan 08's second action left blank (under "Until 3 months after trial"), its
    fourth written "as above" under a blank: none agreed for either, in the formal plan
    and the family version alike; never the date of the row above."""

    def blanks(data: dict[str, Any]) -> None:
        actions = data["risks"][0]["outcomes"][0]["actions"]
        actions[1]["timescale"] = ""
        actions[2]["timescale"] = None
        actions[3]["timescale"] = "as above"

    path = _json(tmp_path, blanks)
    run = plangen("generate", path, "--out", "out", "--versions", "plan,family")
    assert run.exit_code == 0, run.stderr
    out = tmp_path / "out"
    [formal] = out.rglob("*-cp-plan.docx")
    cells = list(_timescale_cells(formal).values())
    assert cells[:4] == ["Until 3 months after trial", "", "", ""]
    family = _one(out, "-family.docx")
    assert family.count(NOT_AGREED) >= 3
    assert "Same as above" not in family
    # the first action, under that time, is Leanne's own safety planning: the family copy
    # leaves it out whole (stop 33: no "Not included in this copy." row), time and all
    assert family.count("Until 3 months after trial") == 0
    assert "Safety planning with" not in family


def it_shows_a_date_shared_by_a_merged_cell_the_same_in_the_family_copy(
    plangen: Callable[..., Run], tmp_path: Path, write_workbook: Callable[..., Path]
) -> None:
    """Betty's one timescale beside four actions written as a date: the formal plan
    prints one merged cell, so the family copy says the same date on every row."""
    rows = betty_rows()
    rows["risks"][0]["timescale"] = "By 31.05.23"
    path = write_workbook(rows)
    run = plangen("generate", path, "--out", "out", "--versions", "plan,family")
    assert run.exit_code == 0, run.stderr
    family = _one(tmp_path / "out", "-family.docx")
    assert family.count("Same as above (by Wednesday 31 May 2023)") == 3
    assert NOT_AGREED not in family


def it_reads_as_above_in_a_workbook_as_the_timescale_above(
    plangen: Callable[..., Run], tmp_path: Path, write_workbook: Callable[..., Path]
) -> None:
    """A worker who writes "As above" (not a blank) beside Betty's second action means
    the timescale above: printed as one merged cell, never the words "As above"; on an
    outcome's first action there is nothing above, and the plan stops there."""
    rows = betty_rows()
    rows["risks"][1]["timescale"] = "As above"
    path = write_workbook(rows)
    run = plangen("generate", path, "--out", "out", "--versions", "plan,family")
    assert run.exit_code == 0, run.stderr
    out = tmp_path / "out"
    [formal] = out.rglob("*-cp-plan.docx")
    assert "As above" not in text_of(formal)
    assert _one(out, "-family.docx").count("Same as above (by Thursday 1 June 2023)") == 3
    rows["risks"][0]["timescale"] = "ditto"
    said = _refused(
        plangen("generate", write_workbook(rows, "first.xlsx"), "--out", "o2"), tmp_path / "o2"
    )
    assert 'row 2, "Timescale": says the same as above, but this is the first action' in said


def _with_headings(rows: dict[str, Any], headings: dict[str, str], tmp_path: Path) -> Path:
    """Betty's workbook with risks headings renamed (old -> new)."""
    book = load_workbook(BytesIO(filled_workbook(rows)))
    sheet = book["Risks and actions"]
    for row in sheet.iter_rows(min_row=1, max_row=5):
        for cell in row:
            if isinstance(cell.value, str) and cell.value in headings:
                cell.value = headings[cell.value]
    path = tmp_path / "intake.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("heading", "means"),
    [
        ("Timescal", "Timescale"),
        ("Timescale agreed", "Timescale"),
        ("Frequency of visits", "Frequency"),
    ],
)
def it_refuses_a_heading_that_nearly_matches_rather_than_dropping_its_column(
    plangen: Callable[..., Run], tmp_path: Path, heading: str, means: str
) -> None:
    old = "Timescale" if means == "Timescale" else "Frequency of contact"
    path = _with_headings(betty_rows(), {old: heading}, tmp_path)
    said = _refused(plangen("generate", path, "--out", "out"), tmp_path / "out")
    assert f'sheet "Risks and actions", row 1: the heading "{heading}"' in said
    assert "is not one plangen knows; it looks like" in said and means.lower() in said.lower()


def it_reads_a_heading_with_a_note_in_brackets(plangen: Callable[..., Run], tmp_path: Path) -> None:
    path = _with_headings(
        betty_rows(), {"Person responsible": "Person Responsible (name)"}, tmp_path
    )
    run = plangen("generate", path, "--out", "out", "--versions", "plan")
    assert run.exit_code == 0, run.stderr
    assert "Melanie Andrews" in _one(tmp_path / "out", "-cp-plan.docx")


def it_refuses_two_columns_with_one_heading(plangen: Callable[..., Run], tmp_path: Path) -> None:
    path = _with_headings(betty_rows(), {"Frequency of contact": "Timescale"}, tmp_path)
    said = _refused(plangen("generate", path, "--out", "out"), tmp_path / "out")
    assert 'the heading "Timescale" is in two columns, column ' in said
    assert "plangen would read only the first" in said


def it_refuses_two_columns_with_one_heading_in_a_word_form(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    council_form_with(tmp_path / "form.docx", (2, 0, 4), "Timescale")
    said = _refused(plangen("generate", "form.docx", "--out", "out"), tmp_path / "out")
    assert 'the heading "Timescale" is in two columns, column 5 and column 6' in said


def it_refuses_a_month_first_timescale_where_it_is(
    plangen: Callable[..., Run], tmp_path: Path, write_workbook: Callable[..., Path]
) -> None:
    rows = betty_rows()
    rows["risks"][0]["timescale"] = "By 03/25/2025"
    rows["risks"][1]["timescale"] = "By 04/05/2025"
    path = write_workbook(rows)
    said = _refused(plangen("generate", path, "--out", "out"), tmp_path / "out")
    assert 'sheet "Risks and actions", row 2, "Timescale": [hidden] is written month first' in said
    assert 'row 3, "Timescale": [hidden] could be day first or month first' in said


def it_reads_a_next_meeting_to_be_confirmed_as_not_yet_set(
    plangen: Callable[..., Run], tmp_path: Path, write_workbook: Callable[..., Path]
) -> None:
    for n, written in enumerate(["TBC", "To be arranged", "to be confirmed"]):
        rows = betty_rows()
        rows["plan"][0]["next_core_group"] = written
        path = write_workbook(rows, f"intake-{n}.xlsx")
        out = tmp_path / f"out-{n}"
        run = plangen("generate", path, "--out", out, "--versions", "plan,family")
        assert run.exit_code == 0, run.stderr
        assert "meet again on a date not fixed yet" in _one(out, "-family.docx")
        [plan] = read_plans(path)
        assert isinstance(plan, Plan) and plan.next_core_group is not None
        assert plan.next_core_group.date is None, "no date made up"
        assert any(f.rule == "PLAN-11" and "No date is set" in f.problem for f in check(plan))


@pytest.mark.parametrize("nation", ["England", "Northern Ireland", " WALES ", "northern_ireland"])
def it_accepts_a_jurisdiction_in_any_case_or_spacing(
    plangen: Callable[..., Run], tmp_path: Path, nation: str
) -> None:
    (tmp_path / "plangen.toml").write_text(f'[rules]\njurisdiction = "{nation}"\n')
    run = plangen("check", PLAN_08)
    assert "Traceback" not in run.stderr and "jurisdiction" not in run.stderr, run.stderr


def it_refuses_an_unknown_jurisdiction_naming_the_accepted_ones(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    (tmp_path / "plangen.toml").write_text('[rules]\njurisdiction = "France"\n')
    run = plangen("check", PLAN_08)
    assert run.exit_code != 0
    assert "rules.jurisdiction" in run.stderr and "northern-ireland" in run.stderr


@pytest.mark.soffice
def it_remakes_the_pdfs_of_documents_a_batch_makes_again(
    plangen: Callable[..., Run],
    council: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch run with --pdf, then the intake changed and a batch run without it:
    the PDFs are made again with their documents, never left saying the old plan;
    with no LibreOffice to make them, the old ones are taken away."""
    [intake] = json_plans(council / "in", 1)
    assert plangen("batch", "in", "--out", "out", "--pdf").exit_code == 0
    out = council / "out"
    pdf = next(out.rglob("*-cp-plan.pdf"))
    old = pdf.read_bytes()

    data = json.loads(intake.read_text())
    data["child_views"] = "Betty said she likes her new school."
    intake.write_text(json.dumps(data))
    again = plangen("batch", "in", "--out", "out")
    assert again.exit_code == 0, again.stderr
    assert pdf.read_bytes() != old
    assert pdf.stat().st_mtime_ns >= pdf.with_suffix(".docx").stat().st_mtime_ns

    data["child_views"] = "Betty said she likes her teacher."
    intake.write_text(json.dumps(data))
    (council / "bin").mkdir()
    monkeypatch.setenv("PATH", str(council / "bin"))
    third = plangen("batch", "in", "--out", "out")
    assert not pdf.exists(), "a PDF of the old document is not left beside the new one"
    assert third.exit_code == 2, "a PDF that could not be made is a failure of the run"
    assert "likes her teacher" in text_of(pdf.with_suffix(".docx"))
    assert "apt-get install libreoffice-writer-nogui" in third.stderr
