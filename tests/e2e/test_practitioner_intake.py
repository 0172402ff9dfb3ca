"""What a practitioner reasonably writes, which plangen once refused (blind30's notes,
"What plangen refused"), in every intake format: a GIRFEC threshold ("Targeted
support"), someone at part of the meeting ("Part"), an unborn baby's expected date of
delivery ("EDD 02/12/26"), one worker listed in two roles; and a locating detail
("workplace") still refused, saying what the worker can do instead.  Each refused
input is still refused at its place, exit 2, no traceback."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from plangen.intake import read_plans
from plangen.intake.blank import Rows
from plangen.model import Plan, Threshold

from ..conftest import Run, betty_rows, text_of

FORMATS = ["workbook", "json", "word"]


def _refused(run: Run) -> list[str]:
    assert run.exit_code == 2, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    return [line for line in run.stderr.splitlines() if line.startswith("error: ")]


def _only(path: Path) -> Plan:
    [plan] = read_plans(path)
    assert isinstance(plan, Plan), plan
    return plan


def _rows(change: Callable[[Rows], None]) -> Rows:
    rows = betty_rows()
    change(rows)
    return rows


def _as_json(rows: Rows, tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """Betty's plan as a JSON intake, changed as a JSON export would write it."""
    from plangen.intake.blank import filled_workbook

    (tmp_path / "base.xlsx").write_bytes(filled_workbook(rows))
    data = _only(tmp_path / "base.xlsx").model_dump(mode="json")
    (tmp_path / "base.xlsx").unlink()
    change(data)
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _word_form(
    plangen: Callable[..., Run], tmp_path: Path, kind: str, cells: dict[tuple[int, int, int], str]
) -> Path:
    """The blank Word form of ``kind`` with Betty's plan typed in, then ``cells``
    (table, row, column) written over, as a worker types into the form."""
    from .test_word_form import fill_blank_form_with_the_seed

    form = tmp_path / "form.docx"
    assert plangen("intake-template", "form.docx", "--kind", "cp").exit_code == 0
    fill_blank_form_with_the_seed(form)
    document = Document(str(form))
    for (table, row, column), text in cells.items():
        document.tables[table].cell(row, column).text = text
    document.save(str(form))
    return form


# -- 1. GIRFEC thresholds ------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "level"),
    [
        ("Targeted", Threshold.ADDITIONAL_SUPPORT),
        ("Targeted support", Threshold.ADDITIONAL_SUPPORT),
        ("Additional support", Threshold.ADDITIONAL_SUPPORT),
        ("Universal", Threshold.UNIVERSAL),
        ("Child Protection", Threshold.CHILD_PROTECTION),
    ],
)
@pytest.mark.parametrize("intake", ["workbook", "json"])
def it_reads_a_girfec_level_and_prints_the_councils_own_words(
    written: str,
    level: Threshold,
    intake: str,
    plangen: Callable[..., Run],
    write_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    def childs_plan(rows: Rows) -> None:
        rows["plan"][0].update(kind="Child's Plan", threshold=written)

    rows = _rows(childs_plan)
    if intake == "workbook":
        path = write_workbook(rows)
    else:
        path = _as_json(rows, tmp_path, lambda d: d.update(threshold=written))
        path = path.rename(tmp_path / "girfec.json")
    plan = _only(path)
    assert plan.threshold is level
    assert plan.threshold_shown == written
    run = plangen("generate", path.name, "--out", "out", "--versions", "plan")
    assert run.exit_code in (0, 1), run.stderr
    [formal] = (tmp_path / "out").rglob("*childs-plan.docx")
    said = text_of(formal)
    assert written in said.splitlines()
    # never read as England's levels
    assert "Early Help" not in said.splitlines() and "Child in Need" not in said.splitlines()
    [record] = (tmp_path / "out").rglob("*childs-plan.json")
    assert Plan.model_validate_json(record.read_text(encoding="utf-8")) == plan


def it_reads_a_girfec_level_from_a_word_form_and_back(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = _rows(lambda r: r["plan"][0].update(kind="Child's Plan", threshold="Targeted support"))
    write_workbook(rows)
    assert plangen("generate", "intake.xlsx", "--out", "out", "--versions", "plan").exit_code in (
        0,
        1,
    )
    [formal] = (tmp_path / "out").rglob("*childs-plan.docx")
    again = _only(formal)
    assert again.threshold is Threshold.ADDITIONAL_SUPPORT
    assert again.threshold_as_written == "Targeted support"


@pytest.mark.parametrize("intake", ["workbook", "json"])
def it_still_refuses_an_unknown_level_listing_the_accepted_ones(
    intake: str, plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = _rows(lambda r: r["plan"][0].update(kind="Child's Plan", threshold="Amber level"))
    if intake == "workbook":
        write_workbook(rows)
        name, where = "intake.xlsx", 'intake.xlsx, sheet "Plan", row 2, "Threshold"'
    else:
        _as_json(_rows(lambda r: None), tmp_path, lambda d: d.update(threshold="Amber level"))
        name, where = "intake.json", 'intake.json: "Threshold" (threshold)'
    [line] = _refused(plangen("generate", name, "--out", "out"))
    assert line == (
        f'error: {where}: "Amber level" is not a threshold level; use one of: Early Help, '
        "Child in Need, Child Protection, Universal, Additional support"
    )
    assert not (tmp_path / "out").exists()


# -- 2. at part of the meeting -------------------------------------------------------


def _part(rows: Rows) -> None:
    rows["people"][2]["present"] = "Part of the meeting"


@pytest.mark.parametrize("intake", FORMATS)
def it_prints_someone_at_part_of_the_meeting_as_part(
    intake: str, plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = _rows(_part)
    name = rows["people"][2]["name"]
    if intake == "workbook":
        path = write_workbook(rows)
    elif intake == "json":
        path = _as_json(_rows(lambda r: None), tmp_path, lambda d: _json_part(d, 2))
    else:
        path = _word_form(plangen, tmp_path, "cp", {(1, 3, 6): "Partly"})
    plan = _only(path)
    assert [p.present for p in plan.core_group if p.name == name] == ["part"]
    run = plangen("generate", path.name, "--out", "out", "--versions", "plan")
    assert run.exit_code in (0, 1), run.stderr
    [formal] = (tmp_path / "out").rglob("*cp-plan.docx")
    document = Document(str(formal))
    rows_printed = [
        [cell.text for cell in row.cells]
        for table in document.tables
        for row in table.rows
        if row.cells[0].text == name
    ]
    assert rows_printed and rows_printed[0][-1] == "Part"  # not Yes, not No
    assert _only(formal).core_group == plan.core_group or [
        p.present for p in _only(formal).core_group if p.name == name
    ] == ["part"]


def _json_part(data: dict[str, Any], index: int) -> None:
    data["core_group"][index]["present"] = "Part"


@pytest.mark.parametrize("intake", ["workbook", "json"])
def it_still_refuses_a_present_it_cannot_read_saying_part_is_an_answer(
    intake: str, plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    if intake == "workbook":
        write_workbook(_rows(lambda r: r["people"][2].update(present="Maybe")))
        name, where = "intake.xlsx", 'intake.xlsx, sheet "Core group", row 4, "Present"'
    else:
        _as_json(
            _rows(lambda r: None), tmp_path, lambda d: d["core_group"][2].update(present="Maybe")
        )
        name, where = "intake.json", 'intake.json: person 3, "Present" (core_group[3].present)'
    [line] = _refused(plangen("generate", name, "--out", "out"))
    assert line == (
        f'error: {where}: "Maybe" is not a Yes or No answer, nor Part; '
        "use one of: Yes, No, Part (at part of the meeting)"
    )


# -- 3. an unborn baby's expected date of delivery -----------------------------------


def _unborn(rows: Rows, *, in_dob: bool) -> None:
    plan = rows["plan"][0]
    plan.update(child_name="Baby Smith", child_views="Not applicable: not yet born.")
    if in_dob:
        plan["date_of_birth"] = "EDD 02/12/23"
    else:
        plan.pop("date_of_birth")
        plan["due_date"] = "02/12/23"


@pytest.mark.parametrize("intake", ["workbook", "workbook-edd-column", "json", "word"])
def it_prints_an_unborn_babys_due_date_and_makes_no_childs_version(
    intake: str, plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    if intake.startswith("workbook"):
        path = write_workbook(_rows(lambda r: _unborn(r, in_dob=intake == "workbook")))
    elif intake == "json":

        def edd(data: dict[str, Any]) -> None:
            data["child"].update(date_of_birth=None, age=None, EDD="2023-12-02")
            data["child"]["name"] = "Baby Smith"

        path = _as_json(_rows(lambda r: None), tmp_path, edd)
    else:
        path = _word_form(
            plangen, tmp_path, "cp", {(0, 1, 0): "Baby Smith", (0, 1, 1): "EDD 02/12/23"}
        )
    plan = _only(path)
    assert plan.child.due_date == dt.date(2023, 12, 2)
    assert plan.child.date_of_birth is None and plan.child.age is None  # never an age
    run = plangen("generate", path.name, "--out", "out")
    assert run.exit_code in (0, 1), run.stderr
    [formal] = (tmp_path / "out").rglob("*cp-plan.docx")
    assert "EDD 02.12.23" in text_of(formal).splitlines()
    assert not any(line.startswith("Age ") for line in text_of(formal).splitlines())
    [family] = (tmp_path / "out").rglob("*cp-plan-family.docx")
    # "Baby Smith", not born or named yet, is "the baby" (reader 33, plan 181: never "Our
    # plan for Baby ... so that Baby is safe")
    assert "The baby is due on Saturday 2 December 2023." in text_of(family)
    assert not list((tmp_path / "out").rglob("*-child.docx"))  # not born: no child's version
    assert _only(formal).child.due_date == plan.child.due_date  # the form reads it back


@pytest.mark.parametrize("intake", ["workbook", "json"])
def it_refuses_an_edd_it_cannot_read_and_an_edd_beside_a_date_of_birth(
    intake: str, plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    if intake == "workbook":
        write_workbook(_rows(lambda r: r["plan"][0].update(date_of_birth="EDD soon")))
        name = "intake.xlsx"
        where = 'intake.xlsx, sheet "Plan", row 2, "DOB"'
        said = '"soon" is not a date'
    else:

        def both(data: dict[str, Any]) -> None:
            data["child"].update(date_of_birth="2020-01-01", age=None, due_date="2023-12-02")

        _as_json(_rows(lambda r: None), tmp_path, both)
        name, where = "intake.json", "intake.json: child"
        said = "gives both an expected date of delivery (EDD) and a date of birth or age"
    lines = _refused(plangen("generate", name, "--out", "out", "--verbose"))
    assert any(line.startswith(f"error: {where}") and said in line for line in lines), lines


# -- 4. one worker in two roles ------------------------------------------------------


def _two_roles(rows: Rows, **again: str) -> None:
    first = rows["people"][1]
    rows["people"].append(
        {"name": first["name"], "role": "Appropriate adult", "present": "Yes", **again}
    )


@pytest.mark.parametrize("intake", FORMATS)
def it_reads_one_person_listed_in_two_roles_as_one_member(
    intake: str, plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    rows = _rows(_two_roles)
    name = rows["people"][1]["name"]
    if intake == "workbook":
        path = write_workbook(rows)
    elif intake == "json":

        def twice(data: dict[str, Any]) -> None:
            data["core_group"].append(
                {"name": name, "role": "Appropriate adult", "present": "Yes", "phone": ""}
            )

        path = _as_json(_rows(lambda r: None), tmp_path, twice)
    else:
        people = len(betty_rows()["people"])
        path = _word_form(
            plangen,
            tmp_path,
            "cp",
            {(1, people + 1, 0): name, (1, people + 1, 1): "Appropriate adult"},
        )
    plan = _only(path)
    listed = [p for p in plan.core_group if p.name == name]
    assert [p.role for p in listed] == ["Headteacher / Appropriate adult"]
    assert len(plan.core_group) == len(betty_rows()["people"])
    run = plangen("generate", path.name, "--out", "out", "--versions", "plan")
    assert run.exit_code in (0, 1), run.stderr
    [formal] = (tmp_path / "out").rglob("*cp-plan.docx")
    assert "Headteacher / Appropriate adult" in text_of(formal).splitlines()


@pytest.mark.parametrize(
    ("again", "column", "said"),
    [
        ({"role": "Headteacher"}, "Name", "with this role"),
        (
            {"phone": "01506 777000", "role": "Appropriate adult"},
            "Tel. No",
            "with a different phone number",
        ),
    ],
)
@pytest.mark.parametrize("intake", ["workbook", "json"])
def it_still_refuses_one_name_twice_in_one_role_or_with_two_phones(
    again: dict[str, str],
    column: str,
    said: str,
    intake: str,
    plangen: Callable[..., Run],
    write_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    def first_phone(rows: Rows) -> None:
        rows["people"][1]["phone"] = "01506 123456"
        _two_roles(rows, **again)

    rows = _rows(first_phone)
    row = len(rows["people"]) + 1
    if intake == "workbook":
        write_workbook(rows)
        name, where = "intake.xlsx", f'intake.xlsx, sheet "Core group", row {row}, "{column}"'
        first = "row 3"
    else:
        field = "phone" if "phone" in said else "name"
        count = len(rows["people"])

        def twice(data: dict[str, Any]) -> None:
            data["core_group"][1]["phone"] = "01506 123456"
            data["core_group"].append({"name": rows["people"][1]["name"], **again})

        _as_json(_rows(lambda r: None), tmp_path, twice)
        name = "intake.json"
        where = f'intake.json: person {count}, "{column}" (core_group[{count}].{field})'
        first = "person 2"
    [line] = _refused(plangen("generate", name, "--out", "out"))
    assert line.startswith(f"error: {where}: [hidden] is ")
    assert f"listed in {first} {said}" in line
    assert not (tmp_path / "out").exists()


# -- 5. a locating detail of a person ------------------------------------------------


@pytest.mark.parametrize(
    "detail", ["workplace", "Workplace: Tesco Extra, Hythe", "school", "college", "car", "GP"]
)
@pytest.mark.parametrize("intake", FORMATS)
def it_refuses_a_locating_detail_saying_what_to_do_instead_never_echoing_it(
    detail: str,
    intake: str,
    plangen: Callable[..., Run],
    write_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    rows = betty_rows()
    about = rows["people"][2]["name"]
    if intake == "workbook":
        rows["confidential"] = [{"about": about, "detail": detail}]
        write_workbook(rows)
        name, where = "intake.xlsx", 'intake.xlsx, sheet "Confidential", row 2, "Detail"'
    elif intake == "json":
        _as_json(
            rows,
            tmp_path,
            lambda d: d.update(confidential=[{"about": about, "detail": detail}]),
        )
        name, where = "intake.json", 'intake.json: confidential item 1, "Detail"'
    else:
        _word_form(plangen, tmp_path, "cp", {(4, 1, 0): about, (4, 1, 1): detail})
        name, where = "form.docx", "form.docx, table "
    [line] = _refused(plangen("generate", name, "--out", "out"))
    assert line.startswith(f"error: {where}")
    assert "Tesco" not in line  # the detail is never echoed without --verbose
    assert "[hidden] is not a detail plangen can withhold about a person on its own" in line
    assert (
        'withhold from them each risk, outcome or action that names the place (About "plan"' in line
    )
    assert not (tmp_path / "out").exists()


# -- the due date and confidentiality ------------------------------------------------

_DUE_NEEDLES = ["2december2023", "02122023", "021223", "20231202", "2122023"]


@pytest.mark.parametrize(
    "withholding",
    [
        {"about": "child", "detail": "date_of_birth", "withheld_from": ["Tom Smith"]},
        # the mother's address kept from the father: her whereabouts, and so the due date
        {"about": "Suzi Smith", "detail": "address", "withheld_from": ["Tom Smith"]},
    ],
)
def it_never_gives_a_due_date_to_a_reader_it_is_held_from(
    withholding: dict[str, Any], plangen: Callable[..., Run], tmp_path: Path
) -> None:
    from tests.leaks import leaks

    def unborn(data: dict[str, Any]) -> None:
        data["child"].update(name="Unborn baby Smith", date_of_birth=None, age=None)
        data["child"]["due_date"] = "2023-12-02"
        data["core_group"][5]["address"] = "3 Rowan Court, Bathgate, EH48 1AB"
        data["confidential"] = [withholding]

    path = _as_json(_rows(lambda r: None), tmp_path, unborn)
    run = plangen("generate", path.name, "--out", "out", "--for", "Tom Smith")
    assert run.exit_code in (0, 1), run.stderr
    his = [
        docx
        for docx in (tmp_path / "out").rglob("*.docx")
        if "professionals" not in docx.name
        and "draft" not in docx.name
        and "for-suzi" not in docx.name
    ]
    assert any("for-tom-smith" in docx.name for docx in his)
    assert any(docx.name.endswith("cp-plan.docx") for docx in his)
    for docx in his:
        assert leaks(docx, _DUE_NEEDLES) == [], docx.name
