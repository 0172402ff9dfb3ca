"""What practitioners writing held-out plans typed, which plangen refused though it was
clear (stop 32), in every intake format where the field exists: a level with a note
("Child in Need (s17)", "Additional support (Named Person)"), attendance with a note
("No - sent report", "Yes (left early)"), and the child's own new school or phone kept
from a parent.  What is still unclear is still refused at its place."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from plangen.intake.blank import Rows
from plangen.model import Plan, Threshold, Withholding

from ..conftest import Run, betty_rows, text_of
from ..leaks import leaks
from .test_practitioner_intake import _as_json, _only, _refused, _rows, _word_form

FORMATS = ["workbook", "json", "word"]


def _generated(plangen: Callable[..., Run], path: Path, *args: str) -> list[Path]:
    run = plangen("generate", path.name, "--out", "out", *args)
    assert run.exit_code in (0, 1), run.stderr
    return sorted((path.parent / "out").rglob("*.docx"))


# -- 1. a level with a note -------------------------------------------------------------

LEVELS = [
    ("Additional support (Named Person)", Threshold.ADDITIONAL_SUPPORT, None),
    ("Targeted (Named Person)", Threshold.ADDITIONAL_SUPPORT, None),
    ("Child in Need (s17)", Threshold.CHILD_IN_NEED, None),
    ("CP (Neglect)", Threshold.CHILD_PROTECTION, "Child Protection (Neglect)"),
    ("Early Help - Targeted (TAF)", Threshold.EARLY_HELP, None),
    ("CIN: step down from CP", Threshold.CHILD_IN_NEED, "Child in Need: step down from CP"),
]


def _childs_form(plangen: Callable[..., Run], tmp_path: Path, threshold: str) -> Path:
    """The blank Child's Plan form with a small plan typed in, at ``threshold``."""
    form = tmp_path / "child.docx"
    assert plangen("intake-template", form.name, "--kind", "child").exit_code == 0
    document = Document(str(form))
    header, people = document.tables[0], document.tables[1]
    for column, value in enumerate(
        ["Ava Reid", "", "Age 9", "2 Birch Lane, Elgin", threshold, "01.09.25", "10.10.25"]
    ):
        header.cell(1, column).text = value
    for column, value in enumerate(["Mo Khan", "Named Person", "Elgin Academy"]):
        people.cell(1, column).text = value
    document.save(str(form))
    return form


@pytest.mark.parametrize(("written", "level", "shown"), LEVELS)
@pytest.mark.parametrize("intake", FORMATS)
def it_reads_a_level_with_a_note_and_prints_the_note_where_it_prints_the_level(
    written: str,
    level: Threshold,
    shown: str | None,
    intake: str,
    plangen: Callable[..., Run],
    write_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    rows = _rows(lambda r: r["plan"][0].update(kind="Child's Plan", threshold=written))
    if intake == "workbook":
        path = write_workbook(rows)
    elif intake == "json":
        path = _as_json(rows, tmp_path, lambda d: d.update(threshold=written))
    else:
        path = _childs_form(plangen, tmp_path, written)
    plan = _only(path)
    assert plan.threshold is level
    assert plan.threshold_shown == (shown or written)
    [formal] = [p for p in _generated(plangen, path, "--versions", "plan")]
    assert (shown or written) in text_of(formal).splitlines()
    # the formal plan reads back as the same level, the note kept
    again = _only(formal)
    assert (again.threshold, again.threshold_shown) == (level, shown or written)


# -- 2. attendance with a note ----------------------------------------------------------

ATTENDANCE = [
    ("Yes (left early)", True, "left early", "Yes (left early)"),
    ("No - sent report", False, "sent report", "No (sent report)"),
    ("Apologies - report sent", False, "Apologies - report sent", "No (Apologies - report sent)"),
    ("Report sent", False, "Report sent", "No (Report sent)"),
    ("Yes, by phone", True, "by phone", "Yes (by phone)"),
    ("Part (first hour)", "part", "first hour", "Part (first hour)"),
]


@pytest.mark.parametrize(("written", "present", "note", "printed"), ATTENDANCE)
@pytest.mark.parametrize("intake", FORMATS)
def it_reads_attendance_with_a_note_and_prints_both_in_the_plan_and_review_copy(
    written: str,
    present: bool | str,
    note: str,
    printed: str,
    intake: str,
    plangen: Callable[..., Run],
    write_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    name = betty_rows()["people"][2]["name"]
    if intake == "workbook":
        path = write_workbook(_rows(lambda r: r["people"][2].update(present=written)))
    elif intake == "json":
        path = _as_json(
            _rows(lambda r: None), tmp_path, lambda d: d["core_group"][2].update(present=written)
        )
    else:
        path = _word_form(plangen, tmp_path, "cp", {(1, 3, 6): written})
    plan = _only(path)
    [member] = [p for p in plan.core_group if p.name == name]
    assert (member.present, member.present_note) == (present, note)
    files = _generated(plangen, path, "--versions", "plan,review")
    for docx in files:  # the formal plan and the review copy, as the core group reads them
        cells = [
            [cell.text for cell in row.cells]
            for table in Document(str(docx)).tables
            for row in table.rows
            if row.cells[0].text == name
        ]
        assert cells and cells[0][-1] == printed, docx.name
    assert len(files) == 2
    # the .json record keeps the note; the plan reads back the same
    [record] = (tmp_path / "out").rglob("*cp-plan.json")
    assert Plan.model_validate_json(record.read_text(encoding="utf-8")) == plan
    [formal] = [f for f in files if f.name.endswith("cp-plan.docx")]
    [again] = [p for p in _only(formal).core_group if p.name == name]
    assert (again.present, again.present_note) == (present, note)


# where each refused cell is, as the workbook and the JSON intake name it
_CELLS = {
    "threshold": (
        'intake.xlsx, sheet "Plan", row 2, "Threshold"',
        'intake.json: "Threshold" (threshold)',
    ),
    "present": (
        'intake.xlsx, sheet "Core group", row 4, "Present"',
        'intake.json: person 3, "Present" (core_group[3].present)',
    ),
}


def _typed(field: str, written: str) -> Callable[[Rows], None]:
    if field == "threshold":
        return lambda r: r["plan"][0].update(kind="Child's Plan", threshold=written)
    return lambda r: r["people"][2].update(present=written)


@pytest.mark.parametrize(
    ("field", "written", "says"),
    [
        ("threshold", "Amber level", "is not a threshold level; use one of: Early Help, "),
        ("threshold", "Amber (CIN)", "is not a threshold level; use one of: Early Help, "),
        ("threshold", "Child in Need (CP)", "says two things (Child in Need and Child Protection)"),
        ("threshold", "Early Help / Child in Need", "is not a threshold level; use one of: "),
        ("present", "Yes (apologies)", "says two things (Yes and No)"),
        ("present", "No (attended part)", "says two things (No and Part)"),
        ("present", "Maybe (running late)", "is not a Yes or No answer, nor Part"),
    ],
)
@pytest.mark.parametrize("intake", ["workbook", "json"])
def it_still_refuses_a_level_or_attendance_it_cannot_be_sure_of_at_its_cell(
    field: str,
    written: str,
    says: str,
    intake: str,
    plangen: Callable[..., Run],
    write_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    rows = _rows(_typed(field, written))
    if intake == "workbook":
        write_workbook(rows)
        name, where = "intake.xlsx", _CELLS[field][0]
    else:
        plan = _only(write_workbook(_rows(lambda r: None)))
        data = plan.model_dump(mode="json")
        if field == "threshold":
            data["threshold"] = written
        else:
            data["core_group"][2]["present"] = written
        (tmp_path / "intake.json").write_text(json.dumps(data), encoding="utf-8")
        name, where = "intake.json", _CELLS[field][1]
    [line] = _refused(plangen("generate", name, "--out", "out"))
    assert line.startswith(f'error: {where}: "{written}" {says}')
    assert not (tmp_path / "out").exists()


# -- 3. the child's own new school and phone, kept from a parent ------------------------

FATHER = "Dean Hart"
SCHOOL = "Rowan Primary School"
MOBILE = "07700 900461"
# the school however it is written, its teacher's name, the child's number in any form
NEEDLES = ["rowan", "birch", "7700900461", "447700900461"]


def leo_rows(*, teacher: bool = True) -> Rows:
    """A minimal plan: Leo's new school and new mobile are kept from his father."""
    people: list[dict[str, Any]] = [
        {
            "name": "Sam Price",
            "role": "Social Worker",
            "agency": "Knowsley Children's Services",
            "email": "sam.price@knowsley.gov.uk",
            "phone": "0151 443 2000",
            "present": "Yes",
            "lead_professional": "Yes",
        },
        {"name": "Kerry Hart", "role": "Mother", "present": "Yes"},
        {"name": FATHER, "role": "Father", "present": "Part (first hour)"},
    ]
    if teacher:
        people.insert(
            1,
            {
                "name": "Anna Birch",
                "role": "Class Teacher",
                "agency": SCHOOL,
                "email": "a.birch@rowanprimary.sch.uk",
                "phone": "0151 477 8100",
                "present": "No - sent report",
            },
        )
    who = "Anna Birch" if teacher else "Sam Price"
    return {
        "plan": [
            {
                "kind": "CP Plan",
                "child_name": "Leo Hart",
                "date_of_birth": "12.05.16",
                "address": "4 Ash Way, Kirkby",
                "plan_date": "15.09.25",
                "next_core_group": "20.10.25",
                "contingency": "If Dean comes to Rowan Primary, the school will call the police "
                "the same day and Sam will hold a strategy meeting within 2 days.",
                "contingency_timescale": "Same day",
                "child_views": 'Leo said: "I like my new school, Rowan, and Mrs Birch."',
                "family_views": "Kerry accepts change is needed. Dean wants to see Leo.",
            }
        ],
        "people": people,
        "risks": [
            {
                "risk_factor": "Domestic abuse by Dean towards Kerry",
                "risk_to_child": "Leo is frightened and may be hurt",
                "outcome": "Leo feels safe at home and at school, scoring 8 out of 10 or more "
                "at every visit for 3 months",
                "success_looks_like": "Leo tells Sam he feels safe; no incidents",
                "action": "Mrs Birch to check in with Leo every Monday at Rowan Primary and "
                "tell Sam of any worries",
                "responsible": who,
                "frequency": "Weekly",
                "timescale": "By 15 December 2025",
            },
            {
                "action": f"Sam to check Leo can use his new mobile ({MOBILE}) to call Kerry",
                "responsible": "Sam Price",
                "frequency": "Fortnightly",
                "timescale": "By 15 December 2025",
            },
            {
                "action": "Dean to attend the Choices programme",
                "responsible": FATHER,
                "frequency": "Weekly",
                "timescale": "By 15 December 2025",
            },
        ],
        "confidential": [
            {"about": "Leo Hart", "detail": "School", "withheld_from": FATHER},
            {"about": "child", "detail": "New mobile", "withheld_from": FATHER},
        ],
    }


def _his_files(out: Path) -> list[Path]:
    """Every file the father can receive: his own copy, the family copy, the child's
    version (it may go home), and the formal plan and review copy the core group gets."""
    files = [f for f in sorted(out.rglob("*")) if f.is_file() and f.suffix != ".json"]
    return [f for f in files if "draft" not in f.name and "professionals" not in f.name]


@pytest.mark.parametrize(
    "confidential",
    [
        # the school found from the teacher's agency, the number from the plan's text
        None,
        # each written with its value
        [
            {"about": "child", "detail": f"School: {SCHOOL}", "withheld_from": FATHER},
            {"about": "Leo Hart", "detail": f"Phone - {MOBILE}", "withheld_from": FATHER},
        ],
    ],
)
@pytest.mark.parametrize("intake", ["workbook", "json"])
def it_keeps_the_childs_new_school_and_phone_from_the_father_in_every_file_he_gets(
    confidential: list[dict[str, str]] | None,
    intake: str,
    plangen: Callable[..., Run],
    write_workbook: Callable[..., Path],
    tmp_path: Path,
) -> None:
    rows = leo_rows()
    if confidential is not None:
        rows["confidential"] = confidential
    path = write_workbook(rows)
    if intake == "json":
        data = _only(path).model_dump(mode="json")
        data["confidential"] = [
            {**row, "withheld_from": [row["withheld_from"]]} for row in rows["confidential"]
        ]
        path.unlink()
        path = tmp_path / "intake.json"
        path.write_text(json.dumps(data), encoding="utf-8")
    plan = _only(path)
    assert {(w.about, w.detail) for w in plan.confidential} == {
        ("child", "school"),
        ("child", "phone"),
    }
    run = plangen("generate", path.name, "--out", "out", "--for", FATHER)
    assert run.exit_code in (0, 1), run.stderr
    his = _his_files(tmp_path / "out")
    names = {f.name.split("2025-09-15-", 1)[1] for f in his}
    assert names == {
        "cp-plan.docx",
        "cp-plan.review.docx",
        "cp-plan-family.docx",
        "cp-plan-child.docx",
        "cp-plan-family-dean-hart.docx".replace("family-", "family-for-"),
    }
    for docx in his:  # every zip member: body, comments, headers, properties, its name
        assert leaks(docx, NEEDLES) == [], docx.name
    # the teacher is there, by role: "the class teacher" does her action
    [formal] = [f for f in his if f.name.endswith("cp-plan.docx")]
    said = text_of(formal)
    assert "the class teacher" in said and "Class Teacher" in said
    assert "Dean to attend the Choices programme" in said  # his own action stays
    # the professionals' copy, made only when asked for, keeps every word
    run = plangen("generate", path.name, "--out", "pro", "--versions", "professionals")
    assert run.exit_code in (0, 1), run.stderr
    [pro] = (tmp_path / "pro").rglob("*professionals*.docx")
    assert leaks(pro, ["rowanprimary", "birch", "7700900461"]) == [
        "rowanprimary",
        "birch",
        "7700900461",
    ]


def it_finds_a_school_given_by_name_that_no_member_works_at(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    """No teacher in the core group: only the name in the Detail says which school
    "Rowan" is, wherever the text writes it."""
    rows = leo_rows(teacher=False)
    rows["plan"][0]["family_views"] = "Kerry says Rowan is a good school for Leo."
    rows["confidential"] = [
        {"about": "Leo Hart", "detail": f"New school: {SCHOOL}", "withheld_from": FATHER}
    ]
    path = write_workbook(rows)
    [item] = _only(path).confidential
    assert item == Withholding(about="child", detail="school", value=SCHOOL, withheld_from=[FATHER])
    run = plangen("generate", path.name, "--out", "out", "--for", FATHER)
    assert run.exit_code in (0, 1), run.stderr
    for docx in _his_files(tmp_path / "out"):
        assert leaks(docx, ["rowan"]) == [], docx.name


def it_reads_the_childs_school_from_a_word_forms_confidential_table(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    form = _word_form(
        plangen,
        tmp_path,
        "cp",
        {
            (4, 1, 0): "Betty Smith",
            (4, 1, 1): "Nursery: Little Acorns Day Nursery",
            (4, 1, 2): "Tom Smith",
            (4, 2, 0): "child",
            (4, 2, 1): "Phone",
            (4, 2, 2): "Tom Smith",
        },
    )
    plan = _only(form)
    assert plan.confidential == [
        Withholding(
            about="child",
            detail="school",
            value="Little Acorns Day Nursery",
            withheld_from=["Tom Smith"],
        ),
        Withholding(about="child", detail="phone", withheld_from=["Tom Smith"]),
    ]
    run = plangen("generate", form.name, "--out", "out", "--for", "Tom Smith")
    assert run.exit_code in (0, 1), run.stderr
    [record] = (tmp_path / "out").rglob("*cp-plan.json")
    assert Plan.model_validate_json(record.read_text(encoding="utf-8")) == plan


def it_reads_a_bare_school_in_a_plan_that_names_none_as_the_childs_whereabouts(
    plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    """Betty's plan names no school: "School" still keeps where she is from Tom (her
    address, as "school" did before it was a detail of its own)."""
    withheld = {"about": "child", "detail": "School", "withheld_from": "Tom Smith"}
    path = write_workbook(_rows(lambda r: r.update(confidential=[withheld])))
    assert _only(path).confidential == [
        Withholding(about="child", detail="school", withheld_from=["Tom Smith"])
    ]
    run = plangen("generate", path.name, "--out", "out", "--for", "Tom Smith")
    assert run.exit_code in (0, 1), run.stderr
    for docx in _his_files(tmp_path / "out"):
        assert leaks(docx, ["elfstreet", "10elf"]) == [], docx.name


@pytest.mark.parametrize("intake", FORMATS)
def it_refuses_a_childs_detail_it_cannot_read_never_echoing_it(
    intake: str, plangen: Callable[..., Run], write_workbook: Callable[..., Path], tmp_path: Path
) -> None:
    detail = "Gym: Pulse Fitness Elgin"
    if intake == "workbook":
        rows = _rows(lambda r: r.update(confidential=[{"about": "child", "detail": detail}]))
        write_workbook(rows)
        name = "intake.xlsx"
    elif intake == "json":
        _as_json(
            _rows(lambda r: None),
            tmp_path,
            lambda d: d.update(confidential=[{"about": "Betty Smith", "detail": detail}]),
        )
        name = "intake.json"
    else:
        _word_form(plangen, tmp_path, "cp", {(4, 1, 0): "child", (4, 1, 1): detail})
        name = "form.docx"
    [line] = _refused(plangen("generate", name, "--out", "out"))
    assert "[hidden] is not a detail that can be withheld about the child" in line
    assert "Pulse" not in line and "Gym" not in line


def it_lets_a_worker_type_a_note_in_the_blank_workbooks_level_and_present_cells(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    """Excel stops a value a strict drop-down does not list: "No - sent report" could
    not be typed into the blank workbook plangen writes."""
    from openpyxl import load_workbook

    assert plangen("intake-template", "blank.xlsx").exit_code == 0
    workbook = load_workbook(tmp_path / "blank.xlsx")
    for sheet, heading in (("Plan", "Threshold"), ("Core group", "Present")):
        headings = [cell.value for cell in workbook[sheet][1]]
        letter = "ABCDEFGHIJKLMNOP"[headings.index(heading)]
        [validation] = [
            v
            for v in workbook[sheet].data_validations.dataValidation
            if str(v.sqref).startswith(f"{letter}2:")
        ]
        assert validation.showErrorMessage is False, heading
