"""Round two of the bad-input corpus (issue 17): files well inside the ``[limits]`` that
once cost minutes and gigabytes, and values that came out other than written.

Loaded by ``scripts/make_bad_inputs.py``, whose helpers it uses (passed in as ``base``);
``make bench`` rebuilds the ``BENCH`` cases at full size and times each.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from types import ModuleType
from typing import Any

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
# a 99-character text, as in the tester's report
_TEXT = (
    "Betty is safe, clean, fed and at school on time every day, "
    "and says she feels listened to at home."
)
# the files ``make bench`` times: the tester's own sizes (time and memory once unbounded)
BENCH = (
    "entity-in-dat-part-10m.xlsx",
    "one-row-3m-cells.xlsx",
    "shared-strings-8m.xlsx",
    "same-child-4000-plans.json",
    "form-3m-cells.docx",
)


def _inline(column: str, row: int, text: str) -> str:
    return f'<c r="{column}{row}" t="inlineStr"><is><t>{text}</t></is></c>'


def _add_cell(sheet: str, row: int, cells: str) -> str:
    """``sheet`` with ``cells`` added at the end of row ``row``."""
    return re.sub(
        rf'(<row r="{row}"[^>]*>.*?)(</row>)',
        lambda m: m.group(1) + cells + m.group(2),
        sheet,
        count=1,
        flags=re.S,
    )


def entity_in_dat_part(base: ModuleType, uses: int) -> Callable[[], bytes]:
    """The Plan sheet stored as ``sheet1.dat`` (its relationship and content type say
    so), declaring a 99-character entity that the child's views use ``uses`` times."""

    def build() -> bytes:
        book = base.xlsx()
        name = base.sheet_part(book, "Plan")
        dat = name.replace(".xml", ".dat")
        sheet = base.part(book, name).decode()
        body = re.sub(r"^<\?xml[^>]*\?>\s*", "", sheet)
        sheet = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<!DOCTYPE worksheet [<!ENTITY e "{_TEXT}">]>\n'
            + _add_cell(body, 2, _inline("N", 2, "&e;" * uses))
        )
        short = name.removeprefix("xl/")

        def edit(part: str, data: bytes) -> bytes:
            if part == "[Content_Types].xml":
                return data.replace(f"/{name}".encode(), f"/{dat}".encode())
            if part == "xl/_rels/workbook.xml.rels":
                return data.replace(short.encode(), short.replace(".xml", ".dat").encode())
            return data

        return base.rezip(base.rezip(book, drop=(name,), edit=edit), add={dat: sheet.encode()})

    return build


def long_row(base: ModuleType, cells: int) -> Callable[[], bytes]:
    """A Core group row of ``cells`` cells (one text each, past every column plangen reads)."""

    def change(sheet: str) -> str:
        extra = "".join(
            f'<c r="{_letters(n)}3" t="inlineStr"><is><t>x</t></is></c>'
            for n in range(20, 20 + min(cells, 16_000))
        )
        if cells > 16_000:  # past column XFD only the count matters: cells without a reference
            extra += '<c t="inlineStr"><is><t>x</t></is></c>' * (cells - 16_000)
        return _add_cell(sheet, 3, extra)

    return lambda: base.edit_sheet("Core group", change)


def _letters(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def many_strings(base: ModuleType, count: int) -> Callable[[], bytes]:
    """The workbook with a shared strings part of ``count`` strings (each the same short
    text) that no cell uses."""

    def build() -> bytes:
        strings = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{MAIN_NS}" count="{count}" '
            f'uniqueCount="{count}">' + "<si><t>x</t></si>" * count + "</sst>"
        )

        def edit(part: str, data: bytes) -> bytes:
            if part == "[Content_Types].xml":
                return data.replace(b"</Types>", _STRINGS_TYPE + b"</Types>")
            if part == "xl/_rels/workbook.xml.rels":
                return data.replace(b"</Relationships>", _STRINGS_RELATION + b"</Relationships>")
            return data

        return base.rezip(base.xlsx(), edit=edit, add={"xl/sharedStrings.xml": strings.encode()})

    return build


_STRINGS_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_STRINGS_RELATION = (
    b'<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/officeDocument/'
    b'2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
)


def form_cells(base: ModuleType, cells: int) -> Callable[[], bytes]:
    """Betty's Word form with ``cells`` empty cells more in the first row of a table."""
    extra = "<w:tc><w:p/></w:tc>" * cells
    return lambda: base.edit_document(lambda xml: xml.replace("</w:tr>", extra + "</w:tr>", 1))


def same_child_plans(count: int) -> Callable[[], bytes]:
    """``count`` plans for "Unborn Baby" (no date of birth), each its own case reference."""

    def build() -> bytes:
        plans = [
            {
                "kind": "cp-plan",
                "case_ref": f"UB-{n:05d}",
                "child": {"name": "Unborn Baby"},
                "plan_date": "2025-04-01",
            }
            for n in range(count)
        ]
        return json.dumps(plans).encode()

    return build


def born_in_9999(base: ModuleType) -> bytes:
    plan = json.loads(base.plan_json())
    plan["plan_date"] = "0001-01-01"
    plan["child"]["date_of_birth"] = "9999-12-31"
    plan["child"]["age"] = None
    return json.dumps(plan).encode()


def _dates(plan: str, core_group: str, born: str) -> Callable[[dict[str, Any]], None]:
    def change(rows: dict[str, Any]) -> None:
        rows["plan"][0].update(plan_date=plan, next_core_group=core_group, date_of_birth=born)

    return change


def headings(renamed: dict[tuple[str, str], str]) -> Callable[[Any], None]:
    """Rename headings: (table, field) -> the new heading."""
    from plangen.intake.blank import SHEETS

    def change(book: Any) -> None:
        for (table, name), heading in renamed.items():
            title, fields = SHEETS[table]
            book[title].cell(row=1, column=fields.index(name) + 1, value=heading)

    return change


def step_down_slash(book: Any) -> None:
    headings({("plan", "step_down"): "Step down / closure"})(book)
    book["Plan"].cell(row=2, column=13, value="Betty attends school 95% for 12 weeks")


def admin_notes(book: Any) -> None:
    sheet = book["Risks and actions"]
    sheet.cell(row=1, column=40, value="Notes (admin only)")
    sheet.cell(row=2, column=40, value="chased the school 3/3")


def renamed_sheet(old: str, new: str) -> Callable[[Any], None]:
    def change(book: Any) -> None:
        book[old].title = new

    return change


def other_sheet(book: Any) -> None:
    book.create_sheet("Team notes")["A1"] = "Supervision 12/3"


def _set(base: ModuleType, table: str, name: str, value: object) -> Callable[[], bytes]:
    return base.with_betty(base.set_field(table, 0, name, value))


def cases(base: ModuleType) -> list[Any]:
    """The round-two cases, as ``base.Case`` values."""
    case, entities = base.Case, base.ENTITIES
    return [
        case(
            "entity-in-dat-part.xlsx",
            "the Plan sheet stored as sheet1.dat, declaring an entity used 1,000 times",
            entity_in_dat_part(base, 1_000),
            2,
            [entities, "xl/worksheets/sheet2.dat"],
        ),
        case(
            "entity-in-dat-part-10m.xlsx",
            "as entity-in-dat-part.xlsx, the entity used 10 million times (41 KB)",
            entity_in_dat_part(base, 10_000_000),
            2,
            [entities, "xl/worksheets/sheet2.dat"],
            large=True,
        ),
        case(
            "long-row.xlsx",
            "20,000 cells in one Core group row",
            long_row(base, 20_000),
            2,
            ['sheet "Core group", row 3: holds more than 16,384 cells in one row'],
        ),
        case(
            "one-row-3m-cells.xlsx",
            "3,000,000 cells in one Core group row (422 KB)",
            long_row(base, 3_000_000),
            2,
            ['sheet "Core group", row 3: holds more than 16,384 cells in one row'],
            large=True,
        ),
        case(
            "shared-strings.xlsx",
            "100,001 shared strings more than the workbook uses",
            many_strings(base, 100_001),
            2,
            ["holds more than 100,000 different texts", "limits.max_strings"],
        ),
        case(
            "shared-strings-8m.xlsx",
            "8,000,000 shared strings (342 KB)",
            many_strings(base, 8_000_000),
            2,
            ["holds more than 100,000 different texts"],
            large=True,
        ),
        case(
            "same-child-4000-plans.json",
            "4,000 plans for one unborn baby (420 KB)",
            same_child_plans(4_000),
            2,
            ["holds 4,000 plans, more than the 1,000", "limits.max_plans"],
            command="check",
            large=True,
        ),
        case(
            "same-child-200-plans.json",
            "200 plans for one unborn baby: PLAN-19 on each, naming 3 and counting the rest",
            same_child_plans(200),
            1,
            ["PLAN-19", "and 196 other plans"],
            command="check",
        ),
        case(
            "form-many-cells.docx",
            "a Word form with 150,000 cells in one table row",
            form_cells(base, 150_000),
            2,
            ["holds more than 400,000 XML tags in word/document.xml", "limits.max_form_tags"],
        ),
        case(
            "form-3m-cells.docx",
            "a Word form with 3,000,000 cells in one table row (178 KB)",
            form_cells(base, 3_000_000),
            2,
            ["holds more than 400,000 XML tags in word/document.xml"],
            large=True,
        ),
        case(
            "born-after-plan.xlsx",
            "a date of birth after the date of plan",
            _set(base, "plan", "date_of_birth", "02.03.23"),
            2,
            ['sheet "Plan", row 2, "DOB": the date of birth is after the date of plan'],
        ),
        case(
            "born-in-9999.json",
            "born in 9999, a plan in year 1",
            lambda: born_in_9999(base),
            2,
            ["the date of birth is after the date of plan"],
        ),
        case(
            "template-escapes.xlsx",
            "a value holding docxtpl's own escapes, {_{ 7*7 }_} (written as is)",
            _set(base, "plan", "child_views", "Betty wrote {_{ 7*7 }_} and {_% if %_}"),
            0,
            ["wrote"],
        ),
        # issue 12: headings and sheets plangen does not know are never ignored silently
        case(
            "heading-typos.xlsx",
            "Whoo, Risk facter, By wehn, Childs veiws, Atended? as headings",
            lambda: base.xlsx(
                change=headings(
                    {
                        ("risks", "responsible"): "Whoo",
                        ("risks", "risk_factor"): "Risk facter",
                        ("risks", "timescale"): "By wehn",
                        ("plan", "child_views"): "Childs veiws",
                        ("people", "present"): "Atended?",
                    }
                )
            ),
            2,
            [
                'sheet "Risks and actions", row 1: the heading "Whoo" (column I) is not one '
                'plangen knows; it looks like "who" (a way of writing "Person responsible")',
                'the heading "Risk facter" (column B) is not one plangen knows; it looks like '
                '"Risk factor". Correct it, or plangen cannot read what it heads',
                'the heading "By wehn" (column K) is not one plangen knows; it looks like '
                '"by when" (a way of writing "Timescale")',
                'sheet "Plan", row 1: the heading "Childs veiws" (column N)',
                'sheet "Core group", row 1: the heading "Atended?" (column H) is not one '
                'plangen knows; it looks like "attended" (a way of writing "Present")',
            ],
        ),
        case(
            "heading-step-down-slash.xlsx",
            "'Step down / closure' as the heading ('/' read as 'or')",
            lambda: base.xlsx(change=step_down_slash),
            0,
            ["wrote"],
        ),
        case(
            "heading-admin-notes.xlsx",
            "a column 'Notes (admin only)' (a warning; the plan is made)",
            lambda: base.xlsx(change=admin_notes),
            0,
            [
                'warning: heading-admin-notes.xlsx, sheet "Risks and actions", row 1: the '
                'heading "Notes (admin only)" (column AN) is not one plangen reads',
                "wrote",
            ],
        ),
        case(
            "sheet-confidential-info.xlsx",
            "the Confidential sheet named 'Confidential info' (a council's own name, read)",
            lambda: base.xlsx(change=renamed_sheet("Confidential", "Confidential info")),
            0,
            ["wrote"],
        ),
        case(
            "sheet-confidentail.xlsx",
            "the Confidential sheet named 'Confidentail' (a slip: refused, never skipped)",
            lambda: base.xlsx(change=renamed_sheet("Confidential", "Confidentail")),
            2,
            ['sheet "Confidentail": is not a sheet plangen knows; it looks like "Confidential"'],
        ),
        case(
            "sheet-risks-ampersand.xlsx",
            "the risks sheet named 'Risks & actions' ('&' read as 'and')",
            lambda: base.xlsx(change=renamed_sheet("Risks and actions", "Risks & actions")),
            0,
            ["wrote"],
        ),
        case(
            "sheet-team-notes.xlsx",
            "a sheet 'Team notes' plangen does not read (a warning)",
            lambda: base.xlsx(change=other_sheet),
            0,
            [
                'warning: sheet-team-notes.xlsx: sheet "Team notes" is not one plangen reads',
                "wrote",
            ],
        ),
        case(
            "form-heading-typo.docx",
            "a Word form whose risks table heads a column 'Persn responsible'",
            lambda: base.edit_document(
                lambda xml: xml.replace(">Person Responsible<", ">Persn Responsible<", 1)
            ),
            2,
            [
                'the heading "Persn Responsible" (column 4) is not one plangen knows; it looks '
                'like "Person responsible"'
            ],
        ),
        case(
            "form-label-typo.docx",
            "a Word form whose label | value table says 'Contingency timscale'",
            lambda: base.edit_document(
                lambda xml: xml.replace(">Contingency timescale<", ">Contingency timscale<", 1)
            ),
            2,
            [
                'the heading "Contingency timscale" (row 3) is not one plangen knows; it looks '
                'like "Contingency timescale"'
            ],
        ),
        # issue 12: what a user types, read or refused with a message they can act on
        case(
            "private-use.xlsx",
            "a private-use character (U+E000, plangen's own anchor mark) in an action",
            base.with_betty(base.set_field("risks", 1, "action", "Attend \ue000 appointments")),
            2,
            [
                'sheet "Risks and actions", row 3, "Action required": holds the private-use '
                "character U+E000"
            ],
        ),
        case(
            "private-use.json",
            "a private-use character (a pasted Word bullet, U+F0B7) in the child's views",
            base.json_edit('"child_views":""', '"child_views":"\uf0b7 likes school"'),
            2,
            ["child_views holds the private-use character U+F0B7"],
        ),
        case(
            "dates-with-weekdays.xlsx",
            "Wed 01/3/23, Tues 14-Mar-2023 and 4th May 2016",
            base.with_betty(_dates("Wed 01/3/23", "Tues 14-Mar-2023", "4th May 2016")),
            0,
            ["wrote"],
        ),
        case(
            "date-month-first.xlsx",
            "04/13/2025 for the next core group",
            _set(base, "plan", "next_core_group", "03/14/2023"),
            2,
            [
                '"Date of next core group": [hidden] is not a date: read day first, its month '
                "would be 14. Was it written month first?"
            ],
        ),
        case(
            "date-without-year.xlsx",
            "a next core group of '14 March'",
            _set(base, "plan", "next_core_group", "14 March"),
            2,
            ['"Date of next core group": [hidden] has no year'],
        ),
    ]
