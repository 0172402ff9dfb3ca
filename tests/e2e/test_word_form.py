"""Word intake forms: the blank form, reading forms back, round trips, bad forms."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.table import _Cell

from plangen.errors import InputError
from plangen.intake import read_plans
from plangen.model import Plan

from ..conftest import BETTY_XLSX, Run, all_files, as_printed, betty_rows

SEED_HEADERS = [
    "Identified Risks to child/ren",
    "Action required to reduce risks (Detail tasks to be done)",
    "What is the action expected to achieve? (Anticipated outcome for child)",
    "Person Responsible",
    "Frequency of Contact",
    "Timescale",
]


def only_plan(path: Path) -> Plan:
    [plan] = read_plans(path)
    assert isinstance(plan, Plan), plan
    return plan


def betty() -> Plan:
    return only_plan(BETTY_XLSX)


def type_into(cell: _Cell, text: str) -> None:
    """Type into a form cell as a person would: after whatever the cell already says."""
    cell.paragraphs[0].add_run(text)


def it_reads_a_generated_plan_back_to_the_same_model(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    assert plangen("generate", BETTY_XLSX, "--out", "out").exit_code == 0
    generated = tmp_path / "out/betty-smith/2023-03-01-cp-plan.docx"
    assert only_plan(generated) == betty()


def fill_blank_form_with_the_seed(form: Path) -> None:
    """Type seed 002 into the blank CP Plan form, cell by cell."""
    document = Document(str(form))
    header, people, risks, closing, _confidential = document.tables
    for column, value in enumerate(
        ["Betty Smith", "Age 7", "10 Elf Street, Livingston", "01.03.23", "14.03.23"]
    ):
        type_into(header.cell(1, column), value)
    for row, record in enumerate(betty_rows()["people"], start=1):
        for column, key in enumerate(
            ["name", "role", "agency", "address", "email", "phone", "present"]
        ):
            if record.get(key):
                type_into(people.cell(row, column), str(record[key]))
    seed = betty_rows()["risks"]
    first = risks.cell(1, 0)
    first.paragraphs[0].add_run(str(seed[0]["risk_factor"]))
    first.paragraphs[1].add_run(str(seed[0]["risk_to_child"]))
    type_into(risks.cell(1, 2), str(seed[0]["outcome"]))  # the merged outcome cell
    for row, record in enumerate(seed, start=1):
        cells = risks.rows[row].cells
        for column, key in [(1, "action"), (3, "responsible"), (4, "frequency"), (5, "timescale")]:
            if record.get(key):
                type_into(cells[column], str(record[key]))
    # the seed has no contingency or views: the closing table stays as the form gives it
    assert [row.cells[0].text for row in closing.rows] == [
        "Case reference",
        "Contingency plan",
        "Contingency timescale",
        "The child's views",
        "Parents' / carers' views",
        "Date of next Core Group",
    ]
    assert not any(row.cells[1].text.strip() for row in closing.rows)
    document.save(str(form))


def it_reads_the_seed_typed_into_the_blank_form_as_the_workbook_does(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    result = plangen("intake-template", "form.docx", "--kind", "cp")
    assert result.exit_code == 0, result.stderr
    fill_blank_form_with_the_seed(tmp_path / "form.docx")
    assert only_plan(tmp_path / "form.docx") == betty()


def it_round_trips_a_form_through_a_generated_plan(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    plangen("intake-template", "form.docx")
    fill_blank_form_with_the_seed(tmp_path / "form.docx")
    first = only_plan(tmp_path / "form.docx")
    assert plangen("generate", "form.docx", "--out", "out").exit_code == 0
    assert only_plan(tmp_path / "out/betty-smith/2023-03-01-cp-plan.docx") == first


def council_form(path: Path, *, split_risks: bool = False) -> None:
    """A council's own Word form in the seed's words, made by hand (not from plangen)."""
    document = Document()
    document.add_paragraph("CHILD PROTECTION PLAN")
    header = document.add_table(rows=2, cols=5)
    for column, (label, value) in enumerate(
        [
            ("Child's Name", "Betty Smith"),
            ("DOB", "Age 7"),
            ("Address", "10 Elf Street, Livingston"),
            ("Date of plan", "01.03.23"),
            ("Date of next Core Group", "14.03.23"),
        ]
    ):
        header.cell(0, column).text, header.cell(1, column).text = label, value
    document.add_paragraph("People responsible for the Plan (Core Group)")
    people = document.add_table(rows=1, cols=7)
    for column, label in enumerate(
        [
            "Name",
            "Relationship to child",
            "Agency",
            "Address",
            "E-mail address",
            "Tel. No",
            "Present",
        ]
    ):
        people.cell(0, column).text = label
    for record in betty_rows()["people"]:
        cells = people.add_row().cells
        cells[0].text, cells[1].text = str(record["name"]), str(record["role"])
        cells[2].text, cells[6].text = str(record.get("agency") or ""), "Yes"
    people.add_row()  # an empty row left at the bottom of the form
    document.add_paragraph("Risks")
    risks = document.add_table(rows=1, cols=6)
    for column, label in enumerate(SEED_HEADERS):
        risks.cell(0, column).text = label
    seed = betty_rows()["risks"]
    rows = []
    for index, record in enumerate(seed):
        if split_risks and index == 2:  # the table goes on over the page, header repeated
            document.add_paragraph("")
            risks = document.add_table(rows=1, cols=6)
            for column, label in enumerate(SEED_HEADERS):
                risks.cell(0, column).text = label
        cells = risks.add_row().cells
        rows.append(risks.rows[-1])
        cells[1].text = str(record["action"])
        cells[3].text = str(record["responsible"])
        cells[4].text = str(record["frequency"])
        cells[5].text = str(record.get("timescale") or "")
    # the risk cell in two paragraphs and several runs, as people type it
    first = rows[0].cells[0]
    first.text = ""
    paragraph = first.paragraphs[0]
    paragraph.add_run("Risk factor: ").bold = True
    paragraph.add_run("Parental substance ")
    paragraph.add_run("misuse")
    second = first.add_paragraph()
    second.add_run("Risk to child: ").bold = True
    second.add_run(str(seed[0]["risk_to_child"]))
    # the outcome merged down the rows of this table, as in the seed
    top = rows[0].cells[2]
    bottom = rows[1 if split_risks else 3].cells[2]
    top.merge(bottom).text = str(seed[0]["outcome"])
    document.save(str(path))


def it_reads_a_councils_own_form_with_merged_cells_and_runs(tmp_path: Path) -> None:
    council_form(tmp_path / "council.docx")
    assert only_plan(tmp_path / "council.docx") == betty()


def it_reads_a_risks_table_split_across_pages(tmp_path: Path) -> None:
    council_form(tmp_path / "split.docx", split_risks=True)
    plan = only_plan(tmp_path / "split.docx")
    assert [a.text for a in plan.risks[0].actions] == [a.text for a in betty().risks[0].actions]
    assert len(plan.risks) == 1 and len(plan.outcomes) == 1


def council_form_with(path: Path, cell: tuple[int, int, int], text: str) -> None:
    """The council's form with one cell (table, row, column) written over."""
    council_form(path)
    document = Document(str(path))
    table, row, column = cell
    document.tables[table].cell(row, column).text = text
    document.save(str(path))


def refused(run: Run) -> list[str]:
    assert run.exit_code == 2, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    return [line for line in run.stderr.splitlines() if line.startswith("error: ")]


def it_reports_a_form_missing_its_core_group_table(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    council_form(tmp_path / "form.docx")
    document = Document(str(tmp_path / "form.docx"))
    table = document.tables[1]._tbl
    table.getparent().remove(table)
    document.save(str(tmp_path / "form.docx"))
    [line] = refused(plangen("generate", "form.docx", "--out", "out"))
    assert line == (
        'error: form.docx: has no "Core group" table (a table whose header row has Name, '
        "Relationship to child / role, Agency ...); add it (plangen intake-template writes a "
        "blank form)"
    )
    assert not (tmp_path / "out").exists()


def it_reports_a_missing_required_column_naming_the_table_by_its_heading(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    council_form_with(tmp_path / "form.docx", (1, 0, 0), "Who")
    [line] = refused(plangen("generate", "form.docx", "--out", "out"))
    assert line == (
        'error: form.docx, table "People responsible for the Plan (Core Group)": has no '
        '"Name" column; add it to the header row'
    )


def it_names_a_table_by_its_heading_not_by_the_note_printed_under_it(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    """Held-out 182: a form's note under the heading named its table in every message
    ('table "Anything here is left out of the family's copies. About: ..."')."""
    council_form_with(tmp_path / "form.docx", (1, 0, 0), "Who")
    document = Document(str(tmp_path / "form.docx"))
    heading = next(p for p in document.paragraphs if p.text.startswith("People responsible"))
    note = "Everyone here gets a copy of the plan; say in Present whether they came to it."
    heading._p.addnext(document.add_paragraph(note)._p)
    document.save(str(tmp_path / "form.docx"))
    [line] = refused(plangen("generate", "form.docx", "--out", "out"))
    assert line.startswith(
        'error: form.docx, table "People responsible for the Plan (Core Group)":'
    )


def it_reports_an_unreadable_date_with_table_row_and_column(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    council_form_with(tmp_path / "form.docx", (0, 1, 3), "the first of March")
    [line] = refused(plangen("generate", "form.docx", "--out", "out", "--verbose"))
    assert line == (
        'error: form.docx, table "CHILD PROTECTION PLAN", row 2, "Date of plan": '
        '"the first of March" is not a date; write it day first, like 01.03.23'
    )


def it_reports_an_old_doc_renamed_and_an_empty_document(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    (tmp_path / "old.docx").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "WordDocument".encode("utf-16-le")
    )
    Document().save(str(tmp_path / "empty.docx"))
    lines = refused(plangen("generate", "old.docx", "empty.docx", "--out", "out"))
    assert lines == [
        "error: old.docx: is an old Word document (.doc), not a Word document (.docx); save it "
        "again as .docx",
        "error: empty.docx: is an empty document; fill in the plan form (plangen "
        "intake-template form.docx writes a blank one)",
    ]
    assert not (tmp_path / "out").exists()


def it_exports_json_that_reads_back_as_intake(plangen: Callable[..., Run], tmp_path: Path) -> None:
    result = plangen("export", BETTY_XLSX, "--json", "--out", "betty.json")
    assert result.exit_code == 0, result.stderr
    assert only_plan(tmp_path / "betty.json") == betty()
    assert plangen("generate", "betty.json", "--out", "out").exit_code == 0
    assert [p.name for p in all_files(tmp_path / "out")] == [
        "2023-03-01-cp-plan-child.docx",
        "2023-03-01-cp-plan-family.docx",
        "2023-03-01-cp-plan-family.draft.docx",
        "2023-03-01-cp-plan.docx",
        "2023-03-01-cp-plan.json",
        "2023-03-01-cp-plan.review.docx",
    ]


def it_locates_json_that_does_not_fit_the_model(tmp_path: Path, verbose: None) -> None:
    data = json.loads(betty().model_dump_json())
    data["plan_date"] = "31.02.2023"
    data["child"]["shoe_size"] = 3
    (tmp_path / "bad.json").write_text(json.dumps(data))
    [problems] = read_plans(tmp_path / "bad.json")
    assert isinstance(problems, InputError)
    said = str(problems)
    assert 'bad.json: "Date of plan" (plan_date): "31.02.2023" is not a date; write it as' in said
    assert "bad.json: child.shoe_size: is not a field plangen knows" in said


def it_prints_the_json_schema_of_the_plan(plangen: Callable[..., Run]) -> None:
    result = plangen("schema")
    schema = json.loads(result.stdout)
    assert schema["title"] == "Plan"
    assert {"kind", "child", "plan_date", "core_group", "risks"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False


CHILDS_PLANS = ["early-help-ruby-clarke.xlsx", "child-in-need-kacper-nowak.xlsx"]


def it_round_trips_childs_plans_through_word_twice(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    for name in CHILDS_PLANS:
        source = BETTY_XLSX.parent / name
        original = only_plan(source)
        assert plangen("generate", source, "--out", f"first-{name}").exit_code == 0
        [first] = (tmp_path / f"first-{name}").rglob("*-childs-plan.docx")
        # family members' contacts are never printed: read back empty
        original = as_printed(original)
        assert only_plan(first) == original  # xlsx -> model -> docx -> model
        assert plangen("generate", first, "--out", f"second-{name}").exit_code == 0
        [second] = (tmp_path / f"second-{name}").rglob("*-childs-plan.docx")
        assert only_plan(second) == original  # docx form -> model -> docx -> model
        assert second.read_bytes() == first.read_bytes()


def it_writes_a_blank_childs_plan_form_that_asks_for_what_is_missing(
    plangen: Callable[..., Run], tmp_path: Path
) -> None:
    assert plangen("intake-template", "child.docx", "--kind", "child").exit_code == 0
    document = Document(str(tmp_path / "child.docx"))
    assert document.paragraphs[0].text == "CHILD'S PLAN"
    assert [c.text for c in document.tables[0].rows[0].cells][:2] == ["Child's Name", "Known as"]
    lines = refused(plangen("generate", "child.docx", "--out", "out"))
    assert lines == [
        'error: child.docx, table "CHILD\'S PLAN", row 2, "Child\'s Name": is empty; the '
        "Child's Name is required",
        'error: child.docx, table "CHILD\'S PLAN", row 2, "Date of plan": is empty; the Date of '
        "plan is required",
    ]


def it_refuses_an_unknown_form_kind(plangen: Callable[..., Run]) -> None:
    result = plangen("intake-template", "x.docx", "--kind", "care")
    assert refused(result) == ['error: --kind "care" is not a plan kind; use cp or child']
