"""plangen generate: the seed 002 Betty Smith plan, end to end."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from plangen.model import Plan

from ..conftest import BETTY_XLSX, Run, all_files, betty_rows, pdf_text, soffice_pdf

BETTY_DOCX = Path("out/betty-smith/2023-03-01-cp-plan.docx")
CORE_GROUP = [
    ["Harriet Hill", "Lead Professional Social Worker", "Social Work", "", "", "", "Yes"],
    ["John Stevenson", "Headteacher", "Education", "", "", "", "Yes"],
    ["Melanie Andrews", "Addictions Worker", "NHS", "", "", "", "Yes"],
    ["Billy Jones", "School Nurse", "NHS", "", "", "", "Yes"],
    ["Megan Charles", "Support Worker", "Families Together", "", "", "", "Yes"],
    ["Suzi Smith", "Mother", "", "", "", "", "Yes"],
    ["Tom Smith", "Father", "", "", "", "", "Yes"],
]
OUTCOME = (
    "Parents meet Betty's basic needs. Betty is clean, fed, attending school 95% time, ready to "
    "learn, appropriately dressed, not tired. Betty is taken to all health appointments"
)


def cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[cell.text for cell in row.cells] for row in table.rows]


@pytest.fixture
def betty_docx(plangen: Callable[..., Run], tmp_path: Path) -> Path:
    result = plangen("generate", BETTY_XLSX, "--out", "out")
    assert result.exit_code == 0, result.stderr
    assert f"wrote {BETTY_DOCX}" in result.stdout
    return tmp_path / BETTY_DOCX


def it_writes_the_plan_where_the_name_says(betty_docx: Path, tmp_path: Path) -> None:
    assert [p.relative_to(tmp_path / "out").as_posix() for p in all_files(tmp_path / "out")] == [
        "betty-smith/2023-03-01-cp-plan-child.docx",
        "betty-smith/2023-03-01-cp-plan-family.docx",
        "betty-smith/2023-03-01-cp-plan-family.draft.docx",
        "betty-smith/2023-03-01-cp-plan.docx",
        "betty-smith/2023-03-01-cp-plan.json",
        "betty-smith/2023-03-01-cp-plan.review.docx",
    ]


def it_fills_the_header_table_like_the_seed(betty_docx: Path) -> None:
    header = Document(str(betty_docx)).tables[0]
    assert cells(header) == [
        ["Child's Name", "DOB", "Address", "Date of plan", "Date of next Core Group"],
        ["Betty Smith", "Age 7", "10 Elf Street, Livingston", "01.03.23", "14.03.23"],
    ]


def it_lists_the_core_group_one_row_per_person(betty_docx: Path) -> None:
    core_group = Document(str(betty_docx)).tables[1]
    assert cells(core_group)[0] == [
        "Name",
        "Relationship to child",
        "Agency",
        "Address",
        "E-mail address",
        "Tel. No",
        "Present",
    ]
    assert cells(core_group)[1:] == CORE_GROUP


def it_lays_out_the_risk_block_with_one_row_per_action(betty_docx: Path) -> None:
    rows = cells(Document(str(betty_docx)).tables[2])[1:]
    assert len(rows) == 4
    risk = "Risk factor: Parental substance misuse\nRisk to child: neglect (tired, hungry, "
    risk += "absent from school, not taken to medical appointments)"
    assert [row[0] for row in rows] == [risk] * 4  # one cell merged down (python-docx
    # reads a merged cell's text on every row it spans)
    assert [row[1] for row in rows] == [
        "Stabilise parents on methadone Programme",
        "Work with parents to provide boundaries, routines and plan meals",
        "Monitoring of presentation and listening to child",
        "Remind parents and FT Worker of all health appointments",
    ]
    assert [row[3:] for row in rows] == [
        [
            "Melanie Andrews & parents",
            "Weekly",
            "3 months – progress to be reviewed at every core group",
        ],
        [
            "Megan Charles & parents",
            "Twice Weekly\nJoint visit with SW fortnightly to discuss progress",
            "3 months – progress to be reviewed at every core group",
        ],
        [
            "John Stevenson",
            "Daily (Term time)",
            "3 months – progress to be reviewed at every core group",
        ],
        ["Billy Jones", "As required", "3 months – progress to be reviewed at every core group"],
    ]


def it_merges_the_risk_and_the_timescale_down_their_actions_as_the_seed_does(
    betty_docx: Path,
) -> None:
    """The seed's form: one risk cell, and one "3 months" for the outcome's actions."""
    table = Document(str(betty_docx)).tables[2]
    for column in (0, 5):
        merges = [row._tr.tc_lst[column].tcPr.find(qn("w:vMerge")) for row in table.rows[1:]]
        assert [m.get(qn("w:val")) for m in merges] == ["restart"] + ["continue"] * 3


def it_merges_the_outcome_down_across_the_four_action_rows(betty_docx: Path) -> None:
    table = Document(str(betty_docx)).tables[2]
    outcome_cells = [row._tr.tc_lst[2] for row in table.rows[1:]]
    merges = [tc.tcPr.find(qn("w:vMerge")) for tc in outcome_cells]
    assert merges[0] is not None and merges[0].get(qn("w:val")) == "restart"
    assert all(m is not None and m.get(qn("w:val")) in (None, "continue") for m in merges[1:])
    assert table.cell(1, 2).text == OUTCOME
    assert table.cell(4, 2).text == OUTCOME  # python-docx sees the merged cell from each row


def it_writes_line_breaks_in_a_value_as_word_line_breaks(betty_docx: Path) -> None:
    frequency = Document(str(betty_docx)).tables[2].cell(2, 4)
    [paragraph] = frequency.paragraphs
    assert paragraph._p.xpath(".//w:br"), "a line break in the cell becomes <w:br/>"


def it_records_the_plan_it_rendered_beside_the_document(betty_docx: Path) -> None:
    recorded = Plan.model_validate(json.loads(betty_docx.with_suffix(".json").read_text()))
    assert recorded.child.name == "Betty Smith"
    assert [p.name for p in recorded.core_group] == [row[0] for row in CORE_GROUP]


def it_gives_byte_identical_output_on_a_second_run(
    plangen: Callable[..., Run], betty_docx: Path
) -> None:
    first = betty_docx.read_bytes()
    assert plangen("generate", BETTY_XLSX, "--out", "out").exit_code == 0
    assert betty_docx.read_bytes() == first


def it_keeps_special_characters_literally(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    tricky = 'Tom & "Suzi" <Smith> {{ child.name }} {% if x %} it\'s'
    rows["plan"][0]["address"] = tricky
    rows["people"][0]["agency"] = "Social Work & Families <Team>"
    result = plangen("generate", write_workbook(rows), "--out", "out")
    assert result.exit_code == 0, result.stderr
    document = Document(str(tmp_path / BETTY_DOCX))
    assert document.tables[0].cell(1, 2).text == tricky
    assert document.tables[1].cell(1, 2).text == "Social Work & Families <Team>"


def it_leaves_no_temporary_files(betty_docx: Path, tmp_path: Path) -> None:
    assert not [p for p in all_files(tmp_path / "out") if p.name.startswith(".plangen-")]


@pytest.mark.soffice
def it_converts_with_libreoffice_and_the_pdf_names_everyone(
    betty_docx: Path, tmp_path: Path
) -> None:
    text = pdf_text(soffice_pdf(betty_docx, tmp_path / "pdf"))
    flat = " ".join(text.split())
    assert "CHILD PROTECTION PLAN" in flat
    assert "Betty Smith" in flat
    for name, *_ in CORE_GROUP:
        assert name in flat
    assert "methadone" in flat
