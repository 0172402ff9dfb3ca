"""The blank intake workbook (``plangen intake-template out.xlsx``).

It has an Instructions sheet, one sheet per table with the standard headers, and
drop-downs (data validation) for plan type, threshold, present, lead professional,
frequency, status and wellbeing indicator.  The same writer fills in the examples in
``inputs/`` (see ``scripts/make_examples.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from plangen.intake.vocabulary import display_name, header_names, vocabulary
from plangen.model import Wellbeing

SHEETS = {  # table -> (sheet name, fields in column order)
    "plan": (
        "Plan",
        [
            "case_ref",
            "kind",
            "threshold",
            "child_name",
            "known_as",
            "date_of_birth",
            "due_date",
            "address",
            "plan_date",
            "next_core_group",
            "next_review",
            "contingency",
            "contingency_timescale",
            "step_down",
            "child_views",
            "family_views",
        ],
    ),
    "people": (
        "Core group",
        [
            "case_ref",
            "name",
            "role",
            "agency",
            "address",
            "email",
            "phone",
            "present",
            "lead_professional",
            "own_copy",
        ],
    ),
    "risks": (
        "Risks and actions",
        [
            "case_ref",
            "risk_factor",
            "risk_to_child",
            "wellbeing",
            "action",
            "outcome",
            "priority",
            "success_looks_like",
            "responsible",
            "frequency",
            "timescale",
            "risk_plain",
            "outcome_plain",
            "action_plain",
        ],
    ),
    "reviews": (
        "Reviews",
        ["case_ref", "outcome", "date", "status", "note", "timescale_extended"],
    ),
    "confidential": ("Confidential", ["case_ref", "about", "detail", "withheld_from"]),
}

INSTRUCTIONS = [
    "How to fill in this workbook",
    "",
    "One row in the Plan sheet for each plan. Give each plan a Case reference, and put the "
    "same Case reference on every row of the other sheets that belongs to it.",
    "Dates are day first: 01.03.23, 01/03/2023 or 1 March 2023. A time or place may follow "
    "the date of the next core group or review: 01/12/2025 at 10:00, Elm Grove School.",
    "Core group: one row per person, parents and carers too. Mark the lead professional "
    "Yes in the Lead professional column. Present: Yes, No, or Part (at part of the "
    "meeting), with any note after it: Yes (left early), No - sent report. One person in "
    "two roles may have a row for each role, with the same name.",
    "An unborn baby: leave DOB blank and write the expected date of delivery in EDD.",
    "Risks and actions: one row per action, like the risks table of the plan. Leave the "
    "risk cells blank to mean 'the same risk as the row above', and the outcome blank to "
    "mean 'the same outcome as the row above'.",
    "Person responsible: names from the core group, joined with & (for example "
    "'Melanie Andrews & parents'). 'parents' means every parent and carer in the core group.",
    "Reviews (optional): progress on each outcome; outcomes are numbered 1, 2, 3 down the "
    "Risks and actions sheet.",
    "The '... in plain words' columns are optional: your own words for the family version.",
    "Confidential (optional): what must not reach the family. About: a core group member's "
    "name, 'child' or 'plan'. Detail: address, phone, e-mail ... (blank: everything about "
    "that person); for the child also its school or phone ('School: Rowan Primary "
    "School'); for the plan 'risk 2', 'outcome 1', 'family views'. Withhold from: "
    "the names of those who must not see it (blank: every family and child version).",
    "Copy for (Core group, optional): Yes gives that person a family copy of their own, "
    "without what is withheld from them.",
]

_HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
_DROPDOWN_ROWS = 500


def _choices(kind: str) -> list[str]:
    return [words[0] for words in vocabulary()["values"][kind].values()]


def _dropdown(sheet: Worksheet, column: int, options: Sequence[str], *, strict: bool) -> None:
    letter = get_column_letter(column)
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(options) + '"',
        allow_blank=True,
        showErrorMessage=strict,
        errorStyle="stop" if strict else "information",
    )
    validation.add(f"{letter}2:{letter}{_DROPDOWN_ROWS}")
    sheet.add_data_validation(validation)


def blank_workbook() -> Workbook:
    """A new intake workbook with instructions, headers and drop-downs."""
    workbook = Workbook()
    instructions = workbook.active
    assert instructions is not None
    instructions.title = "Instructions"
    for index, line in enumerate(INSTRUCTIONS, start=1):
        cell = instructions.cell(row=index, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if index == 1:
            cell.font = Font(bold=True, size=14)
    instructions.column_dimensions["A"].width = 110
    dropdowns = {
        "kind": (_choices("kind"), True),
        # a note may follow the level or the answer ("Child in Need (s17)", "No - sent
        # report"): the list suggests, and never stops a worker typing one
        "threshold": (_choices("threshold"), False),
        "present": (["Yes", "No", "Part"], False),
        "lead_professional": (["Yes", "No"], True),
        "own_copy": (["Yes", "No"], True),
        "frequency": (list(vocabulary()["values"]["frequency"]), False),
        "status": (_choices("status"), True),
        "timescale_extended": (["Yes", "No"], True),
        "wellbeing": ([w.value for w in Wellbeing], False),
    }
    for table, (title, fields) in SHEETS.items():
        sheet = workbook.create_sheet(title)
        for column, field in enumerate(fields, start=1):
            assert field in header_names(table), field
            cell = sheet.cell(row=1, column=column, value=display_name(table, field))
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            sheet.column_dimensions[get_column_letter(column)].width = 24
            if field in dropdowns:
                options, strict = dropdowns[field]
                _dropdown(sheet, column, options, strict=strict)
        sheet.freeze_panes = "A2"
    return workbook


def workbook_bytes(workbook: Workbook) -> bytes:
    """The workbook as ``.xlsx`` bytes (for an atomic write)."""
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


Rows = dict[str, list[dict[str, Any]]]  # table -> records of field -> cell value


def filled_workbook(rows: Rows) -> bytes:
    """A blank intake workbook with ``rows`` written under each sheet's headers.

    Raises ``KeyError`` for a field the sheet does not have.
    """
    workbook = blank_workbook()
    for table, records in rows.items():
        title, fields = SHEETS[table]
        sheet = workbook[title]
        for r, record in enumerate(records, start=2):
            unknown = sorted(set(record) - set(fields))
            if unknown:
                raise KeyError(f"{table}: unknown fields {unknown}")
            for c, name in enumerate(fields, start=1):
                if name in record:
                    sheet.cell(row=r, column=c, value=record[name])
    return workbook_bytes(workbook)
