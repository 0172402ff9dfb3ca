"""Intake from an Excel workbook (``.xlsx``), read with openpyxl in read-only mode.

The layout (the README shows it, ``plangen intake-template`` writes it blank):

* sheet **Plan**: one row per plan (case reference, plan type, child's name, dates ...);
* sheet **Core group**: one row per person;
* sheet **Risks and actions**: one row per action, laid out like the seed's risks table;
* sheet **Reviews** (optional): progress on each outcome at each review.

Headers may sit below a title row; they are found by their wording, not position.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import chain, islice
from pathlib import Path

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.utils.exceptions import CellCoordinatesException
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from plangen.errors import InputError, Location, input_problems
from plangen.intake.files import check_office_zip
from plangen.intake.grouping import assemble
from plangen.intake.headings import column_letter, unknown_headings
from plangen.intake.limits import DEFAULT_LIMITS, Limits
from plangen.intake.sheet_xml import NO_RESULT, ExcelError, SheetRows, open_workbook, sheet_rows
from plangen.intake.sheets import Unread, header_row, judge, judge_hidden, own_sheet
from plangen.intake.tables import Row, Table, is_blank
from plangen.intake.vocabulary import HeaderMap, find_name, match_headers, quoted
from plangen.model import Plan

KINDS = ("plan", "people", "risks", "reviews", "confidential")
_HEADER_SEARCH_ROWS = 10  # a header row may sit below a title or instructions
_EXPECTED = "an Excel workbook (.xlsx)"


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
        workbook = open_workbook(path, limits, where)
    except InputError:
        raise
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
    problems: list[InputError] = []
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
        tables[kind] = _read(workbook, sheets[name], kind, path, limits, problems)
    read = {kind: table.name for kind, table in tables.items()}
    for name in sheets:
        if name not in read.values() and not own_sheet(name):
            _look_at(workbook, sheets[name], read, path, limits, problems)
    if problems:  # every sheet and heading plangen cannot place, in one message
        raise input_problems(problems)
    return tables


def _read(
    workbook: Workbook,
    sheet: object,
    kind: str,
    path: Path,
    limits: Limits,
    problems: list[InputError],
) -> Table:
    assert isinstance(sheet, ReadOnlyWorksheet)
    merges: list[str] = []
    where = Location(file=path.name, sheet=sheet.title)
    rows = sheet_rows(workbook, sheet, limits, where, merges)
    table = _read_sheet(kind, sheet.title, rows, path, limits, problems)
    _mark_merged(table, merges)
    return table


def _look_at(
    workbook: Workbook,
    sheet: object,
    read: dict[str, str],
    path: Path,
    limits: Limits,
    problems: list[InputError],
) -> None:
    """A sheet plangen does not read by its name: refused when it holds a table plangen
    reads (its headings checked as that table's too), else a warning when it holds
    anything; a hidden one only when it holds what is kept back from the family
    (:mod:`plangen.intake.sheets`)."""
    assert isinstance(sheet, ReadOnlyWorksheet)
    rows = sheet_rows(workbook, sheet, limits, Location(file=path.name, sheet=sheet.title))
    taken = list(islice(rows, _HEADER_SEARCH_ROWS))
    first = [(number, cells) for number, cells in taken if number <= _HEADER_SEARCH_ROWS]
    filled = sum(1 for _, cells in chain(taken, rows) if not all(map(is_blank, cells)))
    named = next((kind for kind in KINDS if find_name(kind, [sheet.title])), None)
    unread = Unread(sheet.title, first, filled)
    if sheet.sheet_state != "visible":  # a list or lookup, unless it keeps things back
        if (hidden := judge_hidden(path.name, unread)) is not None:
            problems.append(hidden)
        return
    verdict = judge(path.name, unread, read, named)
    if verdict.problem is None:
        return
    problems.append(verdict.problem)
    if verdict.kind is not None and (found := header_row(verdict.kind, first)) is not None:
        number, headers = found
        where = Location(file=path.name, sheet=sheet.title, row=number)
        problems += unknown_headings(headers, where, lambda index: f"column {column_letter(index)}")


def _read_sheet(
    kind: str, name: str, rows: SheetRows, path: Path, limits: Limits, problems: list[InputError]
) -> Table:
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
    where = Location(file=path.name, sheet=name, row=buffered[header_index][0])
    problems += unknown_headings(headers, where, lambda index: f"column {column_letter(index)}")

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
        if kind == "plan" and len(table.rows) > limits.max_plans:
            raise InputError(
                f"has more than {limits.max_plans:,} plans, the most plangen reads from one "
                "file (limits.max_plans in plangen.toml); split it into several workbooks",
                location=Location(file=path.name, sheet=name),
            )
        if len(table.rows) > limits.max_rows:
            raise InputError(
                f"has more than {limits.max_rows:,} filled rows, the most plangen reads from "
                "one sheet (limits.max_rows in plangen.toml)",
                location=Location(file=path.name, sheet=name),
            )
    return table


def _mark_merged(table: Table, merges: list[str]) -> None:
    """Mark each cell below the first of a merged range ("F3:F5": F4 and F5) as
    continuing it (:attr:`Row.continued`): blank because merged, not left empty."""
    numbers = [row.location.row or 0 for row in table.rows]  # in sheet order
    fields = {column: name for name, column in table.headers.columns.items()}
    for ref in merges:
        try:
            low, high, left, right = _bounds(ref)
        except (ValueError, CellCoordinatesException):
            continue  # a range Excel would not write: read the cells as they are
        merged = [fields[c] for c in range(left, right + 1) if c in fields]
        # only the rows read, however tall the range (bisect: a sheet's rows are in order)
        for index in range(bisect_right(numbers, low), bisect_right(numbers, high)):
            table.rows[index].continued.update(merged)


def _bounds(ref: str) -> tuple[int, int, int, int]:
    """ "F3:F5" -> (first row, last row, first column, last column), columns 0-based."""
    first, _, last = ref.partition(":")
    (left, low), (right, high) = (coordinate_from_string(c) for c in (first, last or first))
    return low, high, column_index_from_string(left) - 1, column_index_from_string(right) - 1


def _check_cells(row: Row, table: Table, limits: Limits) -> None:
    """Raise :class:`InputError` at the first cell of ``row`` that cannot be used."""
    for field, value in row.values.items():
        if value is NO_RESULT:
            problem = (
                "holds a formula whose result was never saved (the workbook was made by a "
                "program that does not calculate); open it in Excel and save it, or type the "
                "value in"
            )
        elif isinstance(value, ExcelError):
            problem = (
                f"holds the Excel error {quoted(value)}, not a value; correct the formula or "
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
