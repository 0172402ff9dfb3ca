"""Intake from an Excel workbook (``.xlsx``), read with openpyxl in read-only mode.

The layout (the README shows it, ``plangen intake-template`` writes it blank):

* sheet **Plan**: one row per plan (case reference, plan type, child's name, dates ...);
* sheet **Core group**: one row per person;
* sheet **Risks and actions**: one row per action, laid out like the seed's risks table;
* sheet **Reviews** (optional): progress on each outcome at each review.

Headers may sit below a title row; they are found by their wording, not position.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, cast

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

from plangen.errors import InputError, Location, shown
from plangen.intake.assemble import assemble
from plangen.intake.files import check_office_zip
from plangen.intake.limits import DEFAULT_LIMITS, Limits
from plangen.intake.tables import Row, Table, is_blank
from plangen.intake.vocabulary import HeaderMap, find_name, match_headers
from plangen.model import Plan

KINDS = ("plan", "people", "risks", "reviews", "confidential")
_HEADER_SEARCH_ROWS = 10  # a header row may sit below a title or instructions
_EXPECTED = "an Excel workbook (.xlsx)"


class _NoResult:
    """A formula cell whose result was never saved (the workbook was written by a
    program that does not calculate): plangen cannot know its value."""


class _ExcelError(str):
    """A cell holding an Excel error (#REF!, #N/A ...), not a value."""


_NO_RESULT = _NoResult()
SheetRows = Iterator[tuple[int, tuple[object, ...]]]


def read_workbook(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Plan | InputError]:
    """Read every plan in a workbook: a plan, or the located problems that stopped it.

    Raises :class:`InputError` when the file as a whole cannot be read (not a
    workbook, password-protected, damaged, past a limit, a required sheet or column
    missing, a sheet plangen would read is hidden).  A macro-enabled workbook's data
    is read; its macros are never run (nor even loaded).
    """
    check_office_zip(path, expected=_EXPECTED, limits=limits)
    where = Location(file=path.name)
    try:
        with warnings.catch_warnings():  # openpyxl warns of features it skips; so do we
            warnings.simplefilter("ignore")
            workbook = load_workbook(path, read_only=True, data_only=True, keep_vba=False)
    except Exception as error:  # a damaged workbook can make openpyxl raise anything
        raise InputError(_unreadable(error), location=where) from None
    try:
        tables = _tables(workbook, path, limits)
    except InputError:
        raise
    except Exception as error:  # sheet XML is parsed lazily, as the rows are read
        raise InputError(_unreadable(error), location=where) from None
    finally:
        workbook.close()
    return assemble(tables, where)


def _unreadable(error: Exception) -> str:
    return (
        f"is not a readable Excel workbook ({type(error).__name__}); "
        f"open it in Excel and save it again as .xlsx"
    )


def _tables(workbook: Workbook, path: Path, limits: Limits) -> dict[str, Table]:
    sheets = {sheet.title: sheet for sheet in workbook.worksheets}
    visible = [name for name, sheet in sheets.items() if sheet.sheet_state == "visible"]
    hidden = [name for name in sheets if name not in visible]
    tables: dict[str, Table] = {}
    for kind in KINDS:
        name = find_name(kind, visible)
        if name is None:
            secret = find_name(kind, hidden)
            if secret is not None:
                raise InputError(
                    "is hidden; plangen reads only the sheets you can see, so that nothing "
                    "goes into a plan unseen. Unhide it (right-click a sheet tab, Unhide) "
                    "or delete it",
                    location=Location(file=path.name, sheet=secret),
                )
            continue
        sheet = sheets[name]
        assert isinstance(sheet, ReadOnlyWorksheet)
        rows = _sheet_rows(workbook, sheet, limits, Location(file=path.name, sheet=name))
        tables[kind] = _read_sheet(kind, name, rows, path, limits)
    return tables


class _Parser(WorkSheetParser):
    """openpyxl's own streaming sheet parser, which also says when a formula has no
    saved result and when a cell holds an Excel error, instead of giving ``None``."""

    def parse_cell(self, element: object) -> dict[str, object]:
        cell: dict[str, object] = super().parse_cell(element)
        if cell["value"] is None and element.find(FORMULA_TAG) is not None:  # type: ignore[attr-defined]
            cell["value"] = _NO_RESULT
        elif cell["data_type"] == "e" and isinstance(cell["value"], str):
            cell["value"] = _ExcelError(cell["value"])
        return cell


def _sheet_rows(
    workbook: Workbook, sheet: ReadOnlyWorksheet, limits: Limits, where: Location
) -> SheetRows:
    """(row number, values) for each row the sheet's XML holds, as written: no empty
    rows are made up between them (a row numbered 1,000,000 is one row, not a million),
    and only the first ``limits.max_columns`` columns are kept.

    A value nobody can see (in a hidden row or column, or formatted ``;;;`` to look
    empty) is refused at its cell: it would go into the plan, and the family's copy,
    unseen by whoever checked the workbook."""
    # openpyxl's read-only worksheet does just this, then pads the gaps with empty rows
    read_only, book = cast(Any, sheet), cast(Any, workbook)
    source = read_only._get_source()
    try:
        parser = _Parser(
            source,
            read_only._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for number, cells in parser.parse():
            kept = [c for c in cells if 1 <= int(c["column"]) <= limits.max_columns]
            values: list[object] = [None] * max((int(c["column"]) for c in kept), default=0)
            for cell in kept:
                values[int(cell["column"]) - 1] = cell["value"]
                if not is_blank(cell["value"]):
                    _check_visible(parser, book, number, cell, where)
            yield int(number), tuple(values)
    finally:
        source.close()


def _hidden(attrs: dict[str, str] | None) -> bool:
    return bool(attrs) and str(attrs.get("hidden", "")).lower() in ("1", "true")  # type: ignore[union-attr]


def _check_visible(
    parser: _Parser, book: Any, number: int, cell: dict[str, object], where: Location
) -> None:
    column = int(cast(int, cell["column"]))
    problem = ""
    if _hidden(parser.row_dimensions.get(str(number))):
        problem = "is in a hidden row"
    elif any(
        _hidden(attrs) and int(attrs.get("min", 0)) <= column <= int(attrs.get("max", 0))
        for attrs in parser.column_dimensions.values()
    ):
        problem = "is in a hidden column"
    elif _invisible_format(book, cell.get("style_id")):
        problem = 'is formatted to look empty (number format ";;;")'
    if problem:
        raise InputError(
            f"{problem}, so nobody checking the workbook can see it, yet it would go into "
            "the plan and the family's copies; unhide it (or clear the format) and check "
            "it, or delete it",
            location=Location(
                file=where.file, sheet=where.sheet, row=number, column=get_column_letter(column)
            ),
        )


def _invisible_format(book: Any, style_id: object) -> bool:
    """Whether the cell's number format shows nothing at all (``;;;``)."""
    try:
        number_format = book._cell_styles[int(cast(int, style_id))].numFmtId
        code = book._number_formats[number_format - 164] if number_format >= 164 else ""
    except (IndexError, TypeError, ValueError, AttributeError):
        return False
    sections = str(code).split(";")
    return len(sections) >= 3 and all(not part.strip() for part in sections)


def _read_sheet(kind: str, name: str, rows: SheetRows, path: Path, limits: Limits) -> Table:
    buffered: list[tuple[int, tuple[object, ...]]] = []
    header_index, headers = -1, HeaderMap(kind, {}, {})
    for number, cells in rows:
        buffered.append((number, cells))
        if number >= _HEADER_SEARCH_ROWS or len(buffered) >= _HEADER_SEARCH_ROWS:
            break
    for index, (_, cells) in enumerate(buffered):
        found = match_headers(kind, cells)
        if len(found.columns) > len(headers.columns):
            header_index, headers = index, found
    table = Table(kind=kind, name=name, headers=headers)
    if header_index < 0:
        return table

    def data_rows() -> Iterable[tuple[int, tuple[object, ...]]]:
        yield from buffered[header_index + 1 :]
        yield from rows

    for number, cells in data_rows():
        values = {
            field: cells[column] if column < len(cells) else None
            for field, column in headers.columns.items()
        }
        if all(is_blank(value) for value in values.values()):
            continue
        row = Row(values=values, location=Location(file=path.name, sheet=name, row=number))
        _check_cells(row, table, limits)
        table.rows.append(row)
        if len(table.rows) > limits.max_rows:
            raise InputError(
                f"has more than {limits.max_rows:,} filled rows, the most plangen reads from "
                "one sheet (limits.max_rows in plangen.toml)",
                location=Location(file=path.name, sheet=name),
            )
    return table


def _check_cells(row: Row, table: Table, limits: Limits) -> None:
    """Raise :class:`InputError` at the first cell of ``row`` that cannot be used."""
    for field, value in row.values.items():
        if value is _NO_RESULT:
            problem = (
                "holds a formula whose result was never saved (the workbook was made by a "
                "program that does not calculate); open it in Excel and save it, or type the "
                "value in"
            )
        elif isinstance(value, _ExcelError):
            problem = (
                f"holds the Excel error {shown(value)}, not a value; correct the formula or "
                "type the value in"
            )
        elif isinstance(value, str) and len(value) > limits.max_cell_chars:
            problem = (
                f"holds {len(value):,} characters, more than the {limits.max_cell_chars:,} "
                "plangen reads from one cell (limits.max_cell_chars in plangen.toml)"
            )
        else:
            continue
        raise InputError(problem, location=table.cell_location(row, field))


__all__ = ["is_blank", "read_workbook"]
