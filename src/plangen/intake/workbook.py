"""Intake from an Excel workbook (``.xlsx``), read with openpyxl in read-only mode.

The layout (the README shows it, ``plangen intake-template`` writes it blank):

* sheet **Plan**: one row per plan (case reference, plan type, child's name, dates ...);
* sheet **Core group**: one row per person;
* sheet **Risks and actions**: one row per action, laid out like the seed's risks table;
* sheet **Reviews** (optional): progress on each outcome at each review.

Headers may sit below a title row; they are found by their wording, not position.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from plangen.errors import InputError, Location
from plangen.intake.assemble import assemble
from plangen.intake.files import check_office_zip
from plangen.intake.tables import Row, Table, is_blank
from plangen.intake.vocabulary import HeaderMap, find_name, match_headers
from plangen.model import Plan

KINDS = ("plan", "people", "risks", "reviews", "confidential")
_HEADER_SEARCH_ROWS = 10  # a header row may sit below a title or instructions


def read_workbook(path: Path) -> list[Plan | InputError]:
    """Read every plan in a workbook: a plan, or the located problems that stopped it.

    Raises :class:`InputError` when the file as a whole cannot be read (not a
    workbook, password-protected, a required sheet or column missing).
    """
    check_office_zip(path, expected="an Excel workbook (.xlsx)")
    where = Location(file=path.name)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise InputError(
            f"is not a readable Excel workbook ({type(error).__name__}); "
            "open it in Excel and save it again as .xlsx",
            location=where,
        ) from None
    try:
        tables: dict[str, Table] = {}
        for kind in KINDS:
            name = find_name(kind, workbook.sheetnames)
            if name is not None:
                tables[kind] = _read_sheet(
                    kind, name, workbook[name].iter_rows(values_only=True), path
                )
    finally:
        workbook.close()
    return assemble(tables, where)


def _read_sheet(kind: str, name: str, rows: Any, path: Path) -> Table:
    buffered: list[tuple[object, ...]] = []
    header_index, headers = -1, HeaderMap(kind, {}, {})
    for index, cells in enumerate(rows):
        buffered.append(tuple(cells))
        if index >= _HEADER_SEARCH_ROWS:
            break
    for index, cells in enumerate(buffered):
        found = match_headers(kind, cells)
        if len(found.columns) > len(headers.columns):
            header_index, headers = index, found
    table = Table(kind=kind, name=name, headers=headers)
    if header_index < 0:
        return table

    def data_rows() -> Any:
        yield from buffered[header_index + 1 :]
        yield from rows

    for offset, cells in enumerate(data_rows(), start=header_index + 2):
        values = {
            field: cells[column] if column < len(cells) else None
            for field, column in headers.columns.items()
        }
        row = Row(values=values, location=Location(file=path.name, sheet=name, row=offset))
        if not row.is_blank():
            table.rows.append(row)
    return table


def column_letter(headers: HeaderMap, field: str) -> str:
    """The spreadsheet column letter of a field, for messages and tests."""
    return get_column_letter(headers.columns[field] + 1)


__all__ = ["is_blank", "read_workbook"]
