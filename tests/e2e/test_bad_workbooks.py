"""Bad intake workbooks: one plain located line per problem, exit status 2, nothing written."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import Workbook, load_workbook

from ..conftest import BETTY_XLSX, Run, all_files, betty_rows


def refused(run: Run) -> list[str]:
    """The error lines of a refused run, after checking it was refused properly."""
    assert run.exit_code == 2, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    return [line for line in run.stderr.splitlines() if line.startswith("error: ")]


def nothing_written(tmp_path: Path) -> None:
    assert not (tmp_path / "out").exists() or not all_files(tmp_path / "out")


def it_reports_a_missing_sheet(plangen: Callable[..., Run], tmp_path: Path) -> None:
    workbook = load_workbook(BETTY_XLSX)
    del workbook["Core group"]
    workbook.save(tmp_path / "no-people.xlsx")
    [line] = refused(plangen("generate", "no-people.xlsx", "--out", "out"))
    assert line == (
        'error: no-people.xlsx: has no sheet "Core group"; add it '
        "(plangen intake-template writes a blank one)"
    )
    nothing_written(tmp_path)


def it_reports_a_missing_required_column(plangen: Callable[..., Run], tmp_path: Path) -> None:
    workbook = load_workbook(BETTY_XLSX)
    sheet = workbook["Plan"]
    sheet.delete_cols(8)  # Date of plan
    workbook.save(tmp_path / "no-date.xlsx")
    [line] = refused(plangen("generate", "no-date.xlsx", "--out", "out"))
    assert (
        line
        == 'error: no-date.xlsx, sheet "Plan": has no "Date of plan" column; add it to the header row'
    )
    nothing_written(tmp_path)


def it_reports_an_empty_workbook(plangen: Callable[..., Run], tmp_path: Path) -> None:
    Workbook().save(tmp_path / "empty.xlsx")
    lines = refused(plangen("generate", "empty.xlsx", "--out", "out"))
    assert (
        'error: empty.xlsx: has no sheet "Plan"; add it (plangen intake-template writes a blank one)'
        in lines
    )
    nothing_written(tmp_path)


def it_reports_a_workbook_with_headers_but_no_plan(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    write_workbook({}, "blank.xlsx")
    [line] = refused(plangen("generate", "blank.xlsx", "--out", "out"))
    assert line == (
        'error: blank.xlsx, sheet "Plan": has no plan in it; '
        "fill in one row per plan under the header row"
    )


def it_reports_an_impossible_date_with_its_place_and_the_expected_form(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    rows["plan"][0]["plan_date"] = "31.02.23"
    workbook = write_workbook(rows, "betty.xlsx")
    [line] = refused(plangen("generate", workbook, "--out", "out", "--verbose"))
    assert line == (
        'error: betty.xlsx, sheet "Plan", row 2, "Date of plan": "31.02.23" is not a date '
        "(there is no such day); write it day first, like 01.03.23"
    )
    nothing_written(tmp_path)


def it_hides_the_value_from_the_intake_unless_asked(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    rows["plan"][0]["plan_date"] = "Betty's birthday"
    run = plangen("generate", write_workbook(rows, "betty.xlsx"), "--out", "out")
    [line] = refused(run)
    assert line == (
        'error: betty.xlsx, sheet "Plan", row 2, "Date of plan": [hidden] is not a date; '
        "write it day first, like 01.03.23"
    )
    assert "Betty's birthday" not in run.stdout + run.stderr
    assert "add --verbose to see them" in run.stderr
    nothing_written(tmp_path)


def it_reports_every_problem_in_a_plan_together(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    rows["plan"][0]["plan_date"] = "yesterday"
    rows["plan"][0]["kind"] = "Care plan"
    rows["people"][2]["present"] = "perhaps"
    rows["risks"][3]["action"] = None
    workbook = write_workbook(rows, "betty.xlsx")
    lines = refused(plangen("generate", workbook, "--out", "out", "--verbose"))
    assert sorted(lines) == sorted(
        [
            'error: betty.xlsx, sheet "Plan", row 2, "Plan type": "Care plan" is not a plan type; '
            "use one of: CP Plan, Child's Plan",
            'error: betty.xlsx, sheet "Plan", row 2, "Date of plan": "yesterday" is not a date; '
            "write it day first, like 01.03.23",
            'error: betty.xlsx, sheet "Core group", row 4, "Present": "perhaps" is not a Yes or No '
            "answer, nor Part; use one of: Yes, No, Part (at part of the meeting)",
            'error: betty.xlsx, sheet "Risks and actions", row 5, "Action required": is empty but '
            "Person responsible, Frequency of contact is filled in; write the action this row is "
            "about",
        ]
    )
    nothing_written(tmp_path)


def it_reports_a_missing_childs_name(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = betty_rows()
    rows["plan"][0]["child_name"] = "  "
    [line] = refused(plangen("generate", write_workbook(rows, "betty.xlsx"), "--out", "out"))
    assert line == (
        'error: betty.xlsx, sheet "Plan", row 2, "Child\'s name": is empty; '
        "the Child's name is required"
    )


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        (
            "old.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "Workbook".encode("utf-16-le"),
            "is an old Excel workbook (.xls), not an Excel workbook (.xlsx); open it in Excel and save it as .xlsx",
        ),
        (
            "export.xlsx",
            b"Child's name,Date of plan\nBetty Smith,01.03.23\n",
            "is a text or CSV file, not an Excel workbook (.xlsx); open it and save it again as an Excel workbook (.xlsx)",
        ),
        (
            "random.xlsx",
            bytes(range(256)) * 4,
            "is damaged or not an Office file, not an Excel workbook (.xlsx); open it and save it again as an Excel workbook (.xlsx)",
        ),
        ("zero.xlsx", b"", "is empty (0 bytes); expected an Excel workbook (.xlsx)"),
    ],
)
def it_reports_files_that_are_not_workbooks(
    plangen: Callable[..., Run], tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    (tmp_path / name).write_bytes(content)
    [line] = refused(plangen("generate", name, "--out", "out"))
    assert line == f"error: {name}: {expected}"
    nothing_written(tmp_path)


def it_reports_a_zip_that_is_not_a_workbook(plangen: Callable[..., Run], tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "photos.xlsx", "w") as archive:
        archive.writestr("holiday.txt", "not a workbook")
    [line] = refused(plangen("generate", "photos.xlsx", "--out", "out"))
    assert line.startswith("error: photos.xlsx: is not a readable Excel workbook")


def it_reports_a_password_protected_workbook(plangen: Callable[..., Run], tmp_path: Path) -> None:
    encrypted = io.BytesIO()
    with BETTY_XLSX.open("rb") as plain:
        office = OOXMLFile(plain)
        office.encrypt("secret", encrypted)
    (tmp_path / "locked.xlsx").write_bytes(encrypted.getvalue())
    [line] = refused(plangen("generate", "locked.xlsx", "--out", "out"))
    assert line == (
        "error: locked.xlsx: is protected with a password; plangen cannot read it. Remove the "
        "password (File > Info > Protect) and save it as an Excel workbook (.xlsx)"
    )


def it_goes_on_to_the_good_files_and_still_exits_2(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    (tmp_path / "bad.xlsx").write_bytes(b"")
    run = plangen("generate", "bad.xlsx", BETTY_XLSX, "--out", "out")
    assert refused(run) == [
        "error: bad.xlsx: is empty (0 bytes); expected an Excel workbook (.xlsx)"
    ]
    assert (tmp_path / "out/betty-smith/2023-03-01-cp-plan.docx").is_file()


def it_stops_one_plan_of_many_and_writes_the_others(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    betty = betty_rows()
    second = betty_rows()
    for table, rows in betty.items():
        for row in rows:
            row["case_ref"] = "CP-001"
        for row in second[table]:
            row["case_ref"] = "CP-002"
        rows.extend(second[table])
    betty["plan"][1]["plan_date"] = "31.02.23"
    run = plangen("generate", write_workbook(betty, "team.xlsx"), "--out", "out")
    [line] = refused(run)
    assert line.startswith('error: team.xlsx, sheet "Plan", row 3, "Date of plan"')
    assert [p.name for p in all_files(tmp_path / "out")] == [
        "2023-03-01-cp-plan-child.docx",
        "2023-03-01-cp-plan-family.docx",
        "2023-03-01-cp-plan-family.draft.docx",
        "2023-03-01-cp-plan.docx",
        "2023-03-01-cp-plan.json",
        "2023-03-01-cp-plan.review.docx",
    ]
    assert (tmp_path / "out/cp-001").is_dir()
