"""Reading intake workbooks into the plan model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from plangen.errors import InputError
from plangen.intake import read_plans
from plangen.model import Meeting, Plan

from ..conftest import BETTY_XLSX, Run, betty_rows


def only_plan(path: Path) -> Plan:
    [plan] = read_plans(path)
    assert isinstance(plan, Plan), plan
    return plan


def it_reads_the_seed_example_exactly() -> None:
    plan = only_plan(BETTY_XLSX)
    assert plan.child.name == "Betty Smith" and plan.child.age == 7
    assert plan.child.address == "10 Elf Street, Livingston"
    assert plan.plan_date == dt.date(2023, 3, 1)
    assert plan.next_core_group == Meeting(date=dt.date(2023, 3, 14))
    assert len(plan.core_group) == 7
    harriet = plan.core_group[0]
    assert (harriet.role, harriet.lead_professional, harriet.present) == (
        "Social Worker",
        True,
        True,
    )
    [risk] = plan.risks
    assert risk.risk_factor == "Parental substance misuse"
    [outcome] = risk.outcomes
    assert [a.responsible for a in outcome.actions] == [
        ["Melanie Andrews", "parents"],
        ["Megan Charles", "parents"],
        ["John Stevenson"],
        ["Billy Jones"],
    ]
    assert outcome.actions[1].frequency == (
        "Twice Weekly\nJoint visit with SW fortnightly to discuss progress"
    )
    assert [a.timescale for a in outcome.actions] == [
        "3 months – progress to be reviewed at every core group",
        "",
        "",
        "",
    ]


def it_finds_headers_below_a_title_row_and_in_other_words(tmp_path: Path) -> None:
    workbook = load_workbook(BETTY_XLSX)
    sheet = workbook["Plan"]
    sheet.insert_rows(1)
    sheet["A1"] = "Anytown Council: plans agreed at conference"
    sheet["D2"] = "Name of child"
    sheet["H2"] = "Plan date"
    workbook.save(tmp_path / "titled.xlsx")
    plan = only_plan(tmp_path / "titled.xlsx")
    assert plan.child.name == "Betty Smith"
    assert plan.plan_date == dt.date(2023, 3, 1)


def it_keeps_a_time_and_place_after_the_next_core_group_date(
    write_workbook: Callable[..., Path],
) -> None:
    rows = betty_rows()
    rows["plan"][0]["next_core_group"] = "01/12/2025 at 10:00, Elm Grove Primary School"
    plan = only_plan(write_workbook(rows))
    assert plan.next_core_group == Meeting(
        date=dt.date(2025, 12, 1), details="at 10:00, Elm Grove Primary School"
    )


def it_reads_excel_date_cells(write_workbook: Callable[..., Path]) -> None:
    rows = betty_rows()
    rows["plan"][0]["plan_date"] = dt.datetime(2023, 3, 1)
    rows["plan"][0]["date_of_birth"] = dt.datetime(2015, 6, 30)
    plan = only_plan(write_workbook(rows))
    assert plan.plan_date == dt.date(2023, 3, 1)
    assert plan.child.date_of_birth == dt.date(2015, 6, 30)


def it_reads_many_plans_keyed_by_case_reference(write_workbook: Callable[..., Path]) -> None:
    rows = betty_rows()
    for table in rows.values():
        for row in table:
            row["case_ref"] = "CP-001"
    rows["plan"].append(
        {
            "case_ref": "CP-002",
            "kind": "CP Plan",
            "child_name": "Sam Green",
            "plan_date": "02.03.23",
        }
    )
    rows["people"].append({"case_ref": "cp-002", "name": "Ann Green", "role": "Mother"})
    first, second = read_plans(write_workbook(rows))
    assert isinstance(first, Plan) and isinstance(second, Plan)
    assert (first.case_ref, len(first.core_group)) == ("CP-001", 7)
    assert (second.case_ref, [p.name for p in second.core_group]) == ("CP-002", ["Ann Green"])


def it_refuses_a_row_for_a_plan_that_is_not_there(
    write_workbook: Callable[..., Path], verbose: None
) -> None:
    rows = betty_rows()
    for table in rows.values():
        for row in table:
            row["case_ref"] = "CP-001"
    rows["plan"].append({"case_ref": "CP-002", "child_name": "Sam Green", "plan_date": "02.03.23"})
    rows["people"][0]["case_ref"] = "CP-009"
    with pytest.raises(InputError) as caught:
        read_plans(write_workbook(rows))
    assert str(caught.value) == (
        'intake.xlsx, sheet "Core group", row 2, "Case reference": "CP-009" is not the '
        "case reference of any plan in the Plan table"
    )


def it_starts_a_new_outcome_only_where_one_is_written(write_workbook: Callable[..., Path]) -> None:
    rows = betty_rows()
    rows["risks"][2]["outcome"] = "Betty tells a trusted adult at school how things are at home."
    plan = only_plan(write_workbook(rows))
    first, second = plan.risks[0].outcomes
    assert len(first.actions) == 2 and len(second.actions) == 2


def it_splits_a_combined_risk_cell_written_like_the_seed(
    write_workbook: Callable[..., Path],
) -> None:
    rows = betty_rows()
    rows["risks"][0]["risk_factor"] = (
        "Risk factor: Parental substance misuse Risk to child: neglect"
    )
    rows["risks"][0]["risk_to_child"] = None
    risk = only_plan(write_workbook(rows)).risks[0]
    assert (risk.risk_factor, risk.risk_to_child) == ("Parental substance misuse", "neglect")


def it_writes_a_blank_intake_workbook_with_instructions_and_dropdowns(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    result = plangen("intake-template", "blank.xlsx")
    assert result.exit_code == 0 and "wrote blank.xlsx" in result.stdout
    workbook = load_workbook(tmp_path / "blank.xlsx")
    assert workbook.sheetnames == [
        "Instructions",
        "Plan",
        "Core group",
        "Risks and actions",
        "Reviews",
        "Confidential",
    ]
    assert "day first" in " ".join(str(c.value) for c in workbook["Instructions"]["A"])
    lists = {
        sheet: sorted(v.formula1 for v in workbook[sheet].data_validations.dataValidation)
        for sheet in ("Plan", "Core group", "Risks and actions")
    }
    assert '"CP Plan,Child\'s Plan"' in lists["Plan"]
    # Scotland's GIRFEC levels too, which are neither Early Help nor Child in Need
    assert (
        '"Early Help,Child in Need,Child Protection,Universal,Additional support"' in lists["Plan"]
    )
    # present (Part: at part of the meeting), lead, copy
    assert lists["Core group"] == ['"Yes,No"', '"Yes,No"', '"Yes,No,Part"']
    assert any(
        "Fortnightly" in formula and "Daily (term time)" in formula
        for formula in lists["Risks and actions"]
    )
    # the blank workbook reads back as "no plan yet", not as a crash
    with pytest.raises(InputError, match="has no plan in it"):
        read_plans(tmp_path / "blank.xlsx")


def it_refuses_to_write_a_blank_intake_with_the_wrong_extension(
    plangen: Callable[..., Run],
) -> None:
    result = plangen("intake-template", "blank.csv")
    assert result.exit_code == 2
    assert (
        result.stderr.strip()
        == "error: blank.csv: name the blank intake .xlsx (workbook) or .docx (Word form)"
    )


def it_reads_a_workbook_with_no_optional_sheets(tmp_path: Path) -> None:
    workbook = Workbook()
    plan_sheet = workbook.active
    assert plan_sheet is not None
    plan_sheet.title = "Plan"
    plan_sheet.append(["Child's name", "Date of plan"])
    plan_sheet.append(["Sam Green", "02.03.23"])
    workbook.create_sheet("People").append(["Name"])
    workbook.create_sheet("Risks").append(["Risk factor"])
    workbook.save(tmp_path / "small.xlsx")
    plan = only_plan(tmp_path / "small.xlsx")
    assert plan.child.name == "Sam Green" and plan.risks == [] and plan.core_group == []
