"""Round three of ``tests/bad_inputs/``: a council's own workbook and forms (practitioner
33).  Nothing an admin wrote is dropped or merged without a word: a sheet holding the
core group under another name, headings checked even on a sheet refused for its name,
the council's spellings of the headings, two children written on one plan.

Loaded by ``scripts/make_bad_inputs.py``, which passes itself as ``base``.
"""

from __future__ import annotations

import importlib.util
import io
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any


def _hostile() -> ModuleType:
    name = "hostile_inputs"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _both(*changes: Callable[[Any], None]) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        for one in changes:
            one(book)

    return change


def _sheet(title: str, rows: list[list[str]]) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        sheet = book.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                sheet.cell(row=r, column=c, value=value)

    return change


def _council_headings(book: Any) -> None:
    """The spellings a council's own workbook has, each with a value to read."""
    hostile = _hostile()
    hostile.headings(
        {
            ("plan", "family_views"): "Parent/carer views",
            ("plan", "step_down"): "Step down / closure criteria",
            ("people", "role"): "Relationship/Role",
            ("reviews", "note"): "Progress update",
        }
    )(book)
    book["Plan"].cell(row=2, column=14, value="Betty attends school 95% for 12 weeks")
    book["Plan"].cell(row=2, column=16, value="Mum and Dad agree the plan")
    review = [None, 1, "14.03.23", "Some progress", "Betty at school 4 days of 5"]
    for column, value in enumerate(review, start=1):
        book["Reviews"].cell(row=2, column=column, value=value)


def _children(**values: object) -> Callable[[dict[str, Any]], None]:
    def change(rows: dict[str, Any]) -> None:
        rows["plan"][0].update(values)

    return change


def _form(base: ModuleType, name: str, born: str) -> Callable[[], bytes]:
    """Betty's CP Plan form with the child's name and DOB cells written over."""

    def build() -> bytes:
        from docx import Document

        document = Document(io.BytesIO(base.form()))
        document.tables[0].cell(1, 0).text = name
        document.tables[0].cell(1, 1).text = born
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()

    return build


SISTERS = "Amina and Hodan Warsame"
TWO_BORN = "Amina 14.02.16, Hodan 03.09.19"
PER_CHILD = "a plan is for one child, and prints one date of birth. Write a plan for each child"


def cases(base: ModuleType) -> list[Any]:
    """The round-three cases, as ``base.Case`` values."""
    case, xlsx, hostile = base.Case, base.xlsx, _hostile()
    renamed = hostile.renamed_sheet
    hide = base.hide
    people = [["Name", "Role", "Agency", "Phone"], ["Ann Lee", "Health visitor", "NHS", "0123"]]
    return [
        # 1. a sheet holding the core group under another name
        case(
            "sheet-taf-members.xlsx",
            "the core group on a sheet 'TAF members' (Team Around the Family: read)",
            lambda: xlsx(change=renamed("Core group", "TAF members")),
            0,
            ["wrote"],
        ),
        case(
            "sheet-contacts-by-headings.xlsx",
            "the core group on a sheet 'Contacts': its headings are the core group's",
            lambda: xlsx(change=renamed("Core group", "Contacts")),
            2,
            [
                'error: sheet-contacts-by-headings.xlsx, sheet "Contacts": is not a sheet '
                'plangen knows, but its headings ("Name", "Relationship to child / role", '
                '"Agency", "Address" ...) are those of the "Core group" sheet. Rename it '
                '"Core group" (or add its name under [sheets] in intake.toml), or plangen '
                "cannot read it"
            ],
        ),
        case(
            "sheet-second-core-group.xlsx",
            "a sheet 'Old contacts' with the core group's headings beside 'Core group'",
            lambda: xlsx(change=_sheet("Old contacts", people)),
            2,
            [
                'error: sheet-second-core-group.xlsx, sheet "Old contacts": its headings '
                '("Name", "Role", "Agency", "Phone") are those of the "Core group" sheet, '
                'which plangen reads from sheet "Core group"; plangen reads one sheet of '
                "each kind, so this one would be left out of the plan. Move its rows to "
                '"Core group", or delete this sheet if it is not part of the plan'
            ],
        ),
        case(
            "sheet-two-taf-sheets.xlsx",
            "a 'TAF members' sheet beside 'Core group' (two sheets of the core group)",
            lambda: xlsx(change=_sheet("TAF members", people[:1])),
            2,
            [
                'error: sheet-two-taf-sheets.xlsx, sheet "TAF members": its name is one of '
                'the "Core group" sheet\'s, which plangen reads from sheet "Core group"; '
                "plangen reads one sheet of each kind"
            ],
        ),
        case(
            "sheet-confidential-by-headings.xlsx",
            "the Confidential sheet named 'Safety' (About, Detail, Withhold from: refused)",
            lambda: xlsx(change=renamed("Confidential", "Safety")),
            2,
            [
                'error: sheet-confidential-by-headings.xlsx, sheet "Safety": is not a sheet '
                'plangen knows, but its headings ("About", "Detail", "Withhold from") are '
                'those of the "Confidential" sheet. Rename it "Confidential"'
            ],
        ),
        case(
            "sheet-hidden-confidential-by-headings.xlsx",
            "the Confidential sheet named 'Safety' and hidden (refused, never passed over)",
            lambda: xlsx(change=_both(renamed("Confidential", "Safety"), hide("Safety"))),
            2,
            [
                'error: sheet-hidden-confidential-by-headings.xlsx, sheet "Safety": is hidden, '
                'and its headings ("About", "Detail", "Withhold from") are those of the '
                '"Confidential" sheet: what it keeps back from the family would go to them. '
                'Unhide it and rename it "Confidential", or delete it'
            ],
        ),
        case(
            "sheet-guidance-rows.xlsx",
            "a 'Guidance' sheet of three rows (a warning counting them; the plan is made)",
            lambda: xlsx(change=_sheet("Guidance", [["How to fill this in"], ["One"], ["Two"]])),
            0,
            [
                'warning: sheet-guidance-rows.xlsx: sheet "Guidance" is not one plangen '
                "reads, so it is ignored (3 filled rows left out of the plan); move anything "
                "on it that belongs in the plan to the sheet plangen reads it from",
                "wrote",
            ],
        ),
        # 2. a sheet refused for its name has its headings checked in the same round
        case(
            "sheet-family-details-typo.xlsx",
            "the Plan sheet named 'Family Details', a heading 'Childs veiws' on it",
            lambda: xlsx(
                change=_both(
                    hostile.headings({("plan", "child_views"): "Childs veiws"}),
                    renamed("Plan", "Family Details"),
                )
            ),
            2,
            [
                'error: sheet-family-details-typo.xlsx, sheet "Family Details": is not a '
                'sheet plangen knows; it looks like "Plan". Rename it "Plan", or plangen '
                "cannot read it",
                'error: sheet-family-details-typo.xlsx, sheet "Family Details", row 1: the '
                'heading "Childs veiws" (column O) is not one plangen knows; it looks like '
                '"Child\'s views". Correct it, or plangen cannot read what it heads',
            ],
        ),
        # 3. a council's spellings of the standard headings
        case(
            "heading-council-spellings.xlsx",
            "'Parent/carer views', 'Step down / closure criteria', 'Relationship/Role', "
            "'Progress update' as headings (read)",
            lambda: xlsx(change=_council_headings),
            0,
            ["wrote"],
        ),
        case(
            "heading-cut-short.xlsx",
            "'Parent/carer' and 'Progress upd' as headings (cut short: refused)",
            lambda: xlsx(
                change=hostile.headings(
                    {("plan", "family_views"): "Parent/carer", ("reviews", "note"): "Progress upd"}
                )
            ),
            2,
            [
                'error: heading-cut-short.xlsx, sheet "Plan", row 1: the heading '
                '"Parent/carer" (column P) is not one plangen knows; it looks like "parents '
                'or carers views" (a way of writing "Parents\' / carers\' views")',
                'error: heading-cut-short.xlsx, sheet "Reviews", row 1: the heading "Progress '
                'upd" (column E) is not one plangen knows; it looks like "progress update" '
                '(a way of writing "Progress")',
            ],
        ),
        # 4. two children on one plan
        case(
            "two-children-dob.docx",
            "a CP Plan form for two sisters: 'Amina and Hodan Warsame', two dates of birth",
            _form(base, SISTERS, TWO_BORN),
            2,
            [
                'error: two-children-dob.docx, table "CHILD PROTECTION PLAN", row 2, "DOB": '
                f"holds 2 dates of birth; {PER_CHILD}, each with its own DOB; or, for "
                "brothers and sisters on one plan, name each child in the Child's name "
                '("Tyler Hale and Mia Hale") and leave the DOB blank'
            ],
        ),
        case(
            "two-children-name.docx",
            "a CP Plan form for two sisters with one child's age",
            _form(base, SISTERS, "Age 7"),
            2,
            [
                'error: two-children-name.docx, table "CHILD PROTECTION PLAN", row 2, '
                "\"Child's Name\": names 2 children, but the DOB is one child's, and the "
                "plan would print it as all of theirs. Write a plan for each child, each "
                "with its own DOB; or, for brothers and sisters on one plan, leave the DOB "
                "blank"
            ],
        ),
        case(
            "two-children-dob.xlsx",
            "two sisters' names and dates of birth in one Plan row",
            base.with_betty(_children(child_name=SISTERS, date_of_birth=TWO_BORN)),
            2,
            [
                'error: two-children-dob.xlsx, sheet "Plan", row 2, "DOB": holds 2 dates of '
                f"birth; {PER_CHILD}, each with its own DOB"
            ],
        ),
        case(
            "two-children-name.xlsx",
            "two sisters' names beside one child's age",
            base.with_betty(_children(child_name=SISTERS)),
            2,
            [
                'error: two-children-name.xlsx, sheet "Plan", row 2, "Child\'s name": names '
                "2 children, but the DOB is one child's"
            ],
        ),
        case(
            "two-children-together.xlsx",
            "two sisters' names, no date of birth: one plan for them, with a warning",
            base.with_betty(_children(child_name=SISTERS, date_of_birth=None)),
            0,
            [
                'warning: two-children-together.xlsx, sheet "Plan", row 2, "Child\'s name": '
                "names 2 children; plangen reads it as one plan for brothers and sisters "
                "together, with no date of birth",
                "wrote",
            ],
        ),
        case(
            "two-children-dob.json",
            "two dates of birth in child.date_of_birth",
            base.json_edit('"age":7', f'"date_of_birth":"{TWO_BORN}"'),
            2,
            [
                'error: two-children-dob.json: "DOB" (child.date_of_birth): holds 2 dates of '
                f'birth; {PER_CHILD}, each with its own "date_of_birth"'
            ],
        ),
        case(
            "two-children-name.json",
            "two sisters' names in child.name beside one child's age",
            base.json_edit('"name":"Betty Smith"', f'"name":"{SISTERS}"'),
            2,
            [
                'error: two-children-name.json: "Child\'s name" (child.name): names 2 '
                'children, but the "age" is one child\'s, and the plan would print it as all '
                'of theirs. Write a plan for each child, each with its own "age"; or, for '
                'brothers and sisters on one plan, leave the "age" blank'
            ],
        ),
    ]
