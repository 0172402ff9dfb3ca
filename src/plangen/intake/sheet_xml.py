"""A workbook's XML read a piece at a time, in memory bounded by the ``[limits]``.

openpyxl builds each row whole, every cell of it, before a reader can drop the columns
past ``max_columns``, and reads every shared string of the workbook into one list: a
file of a few hundred kilobytes can claim millions of either, and cost minutes and
gigabytes.  Here a row is read a cell at a time (cells past ``max_columns`` are counted,
never built), a row can hold no more cells than Excel allows, and the shared strings
stop at ``max_strings``.  openpyxl still does the parsing of each cell; with defusedxml
installed its XML parser refuses entity declarations too.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from openpyxl.cell.text import Text
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import CELL_TAG, COL_TAG, FORMULA_TAG, ROW_TAG, WorkSheetParser
from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

from plangen.errors import InputError, Location
from plangen.intake.limits import Limits

EXCEL_COLUMNS = 16_384  # columns A to XFD: no row Excel writes holds more cells
_STRING_TAG = f"{{{SHEET_MAIN_NS}}}si"
_MERGE_TAG = f"{{{SHEET_MAIN_NS}}}mergeCell"
_LETTERS = re.compile(r"^[A-Za-z]{1,3}")
SheetRows = Iterator[tuple[int, tuple[object, ...]]]


class NoResult:
    """A formula cell whose result was never saved (the workbook was written by a
    program that does not calculate): plangen cannot know its value."""


class ExcelError(str):
    """A cell holding an Excel error (#REF!, #N/A ...), not a value."""


NO_RESULT = NoResult()


class _CellParser(WorkSheetParser):
    """openpyxl's own cell parser, which also says when a formula has no saved result
    and when a cell holds an Excel error, instead of giving ``None``."""

    _hidden_columns: list[dict[str, str]] | None = None

    def parse_column_dimensions(self, col: Any) -> None:
        super().parse_column_dimensions(col)
        self._hidden_columns = None  # worked out again when next asked

    def hidden_columns(self) -> list[dict[str, str]]:
        """The column dimensions that hide their columns, in order (worked out once
        for the sheet's columns, not for every cell)."""
        if self._hidden_columns is None:
            self._hidden_columns = [
                attrs for attrs in self.column_dimensions.values() if _hidden(attrs)
            ]
        return self._hidden_columns

    def parse_cell(self, element: object) -> dict[str, object]:
        cell: dict[str, object] = super().parse_cell(element)
        if cell["value"] is None and element.find(FORMULA_TAG) is not None:  # type: ignore[attr-defined]
            cell["value"] = NO_RESULT
        elif cell["data_type"] == "e" and isinstance(cell["value"], str):
            cell["value"] = ExcelError(cell["value"])
        return cell

    def start_row(self, element: Any) -> int:
        """The number of the row ``element`` opens (as openpyxl's ``parse_row``)."""
        written = element.get("r")
        if written is None:
            self.row_counter += 1
        else:
            number = float(written)
            if not number.is_integer():
                raise ValueError(f"{written} is not a valid row number")
            self.row_counter = int(number)
        self.col_counter = 0
        attributes = dict(element.attrib)
        if {k for k in attributes if not k.startswith("{")} - {"r", "spans"}:
            self.row_dimensions[str(self.row_counter)] = attributes  # hidden, say
        return int(self.row_counter)

    def column_of(self, element: Any) -> int:
        """The column of a cell element, without reading its value."""
        written = element.get("r")
        if written is None:
            self.col_counter += 1
        else:
            letters = _LETTERS.match(written)
            if letters is None:
                raise ValueError(f"{written} is not a cell reference")
            self.col_counter = column_index_from_string(letters.group(0).upper())
        return int(self.col_counter)


def sheet_rows(
    workbook: Workbook,
    sheet: ReadOnlyWorksheet,
    limits: Limits,
    where: Location,
    merges: list[str] | None = None,
) -> SheetRows:
    """(row number, values) for each row the sheet's XML holds, as written: no empty
    rows are made up between them (a row numbered 1,000,000 is one row, not a million),
    and only the first ``limits.max_columns`` columns are kept.

    Every element is dropped once read, so memory stays flat however long a row or a
    sheet is.  Raises :class:`InputError` for a row of more cells than Excel allows, or
    a cell of more parts (rich-text runs) than ``limits.max_cell_chars``.

    ``merges``, when given, receives the sheet's merged ranges ("F3:F5"), which Excel
    writes after the rows: they are there once every row has been read.
    """
    read_only, book = cast(Any, sheet), cast(Any, workbook)
    source = read_only._get_source()
    parser = _CellParser(
        source,
        read_only._shared_strings,
        data_only=True,
        epoch=book.epoch,
        date_formats=book._date_formats,
        timedelta_formats=book._timedelta_formats,
    )
    try:
        yield from _rows(parser, book, source, limits, where, merges)
    finally:
        source.close()


def _rows(
    parser: _CellParser,
    book: Any,
    source: IO[bytes],
    limits: Limits,
    where: Location,
    merges: list[str] | None,
) -> SheetRows:
    open_elements: list[Any] = []
    number, cells = 0, 0
    kept: list[dict[str, Any]] = []
    in_cell, parts = False, 0
    for event, element in iterparse(source, events=("start", "end")):
        tag = element.tag
        if event == "start":
            open_elements.append(element)
            if tag == ROW_TAG:
                number, cells, kept = parser.start_row(element), 0, []
            elif tag == CELL_TAG:
                in_cell, parts = True, 0
            elif in_cell:
                parts += 1
                if parts > limits.max_cell_chars:
                    raise InputError(
                        f"a cell holds more than {limits.max_cell_chars:,} parts, more than "
                        "plangen reads from one cell (limits.max_cell_chars in plangen.toml)",
                        location=Location(where.file, where.sheet, number),
                    )
            continue
        open_elements.pop()
        if tag == CELL_TAG:
            in_cell = False
            cells += 1
            if cells > EXCEL_COLUMNS:
                raise InputError(
                    f"holds more than {EXCEL_COLUMNS:,} cells in one row, more than Excel "
                    "allows: the file was not saved by Excel, or is damaged. Open it in "
                    "Excel and save it again, or copy the plan into a new workbook",
                    location=Location(where.file, where.sheet, number),
                )
            if parser.column_of(element) <= limits.max_columns:
                cell: dict[str, Any] = parser.parse_cell(element)
                if not _blank(cell["value"]):
                    _check_visible(parser, book, number, cell, where)
                kept.append(cell)
        elif tag == COL_TAG:
            parser.parse_column_dimensions(element)
        elif tag == _MERGE_TAG and merges is not None and len(merges) < limits.max_rows:
            merges.append(str(element.get("ref", "")))
        elif tag == ROW_TAG:
            values: list[object] = [None] * max((int(c["column"]) for c in kept), default=0)
            for cell in kept:
                values[int(cell["column"]) - 1] = cell["value"]
            yield number, tuple(values)
        if not in_cell:  # a cell's own parts are read with the cell, then dropped
            element.clear()
            if open_elements:
                open_elements[-1].remove(element)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _hidden(attrs: dict[str, str] | None) -> bool:
    return bool(attrs) and str(attrs.get("hidden", "")).lower() in ("1", "true")  # type: ignore[union-attr]


def _check_visible(
    parser: _CellParser, book: Any, number: int, cell: dict[str, object], where: Location
) -> None:
    """Refuse a value nobody can see (in a hidden row or column, or formatted ``;;;`` to
    look empty): it would go into the plan, and the family's copy, unseen by whoever
    checked the workbook."""
    column = int(cast(int, cell["column"]))
    problem = ""
    if _hidden(parser.row_dimensions.get(str(number))):
        problem = "is in a hidden row"
    elif any(
        int(attrs.get("min", 0)) <= column <= int(attrs.get("max", 0))
        for attrs in parser.hidden_columns()
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


class _Reader(ExcelReader):
    """openpyxl's workbook reader, reading at most ``max_strings`` shared strings."""

    def __init__(self, path: Path, limits: Limits, where: Location) -> None:
        super().__init__(str(path), read_only=True, keep_vba=False, data_only=True)
        self.limits, self.where = limits, where

    def read_strings(self) -> None:
        found = self.package.find(SHARED_STRINGS)  # type: ignore[no-untyped-call]
        if found is not None:
            with self.archive.open(found.PartName[1:]) as source:
                self.shared_strings = _strings(source, self.limits, self.where)

    def read_worksheets(self) -> None:
        """openpyxl's, for read-only mode, without parsing each sheet to find its size:
        plangen reads every row itself (:func:`sheet_rows`) and never asks a sheet's
        size, and finding it parsed the XML of every sheet once more (a third of the
        time to open a small workbook).  Sheets plangen does not read are not parsed."""
        book = cast(Any, self.wb)
        for sheet, rel in cast(Any, self.parser).find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            found = _UnsizedSheet(book, sheet.name, rel.target, self.shared_strings)
            found.sheet_state = sheet.state
            book._sheets.append(found)


class _UnsizedSheet(ReadOnlyWorksheet):
    """A read-only sheet whose size is not worked out (nothing here asks it)."""

    def _get_size(self) -> None:
        pass


def _strings(source: IO[bytes], limits: Limits, where: Location) -> list[str]:
    """The shared strings, as openpyxl's ``read_string_table`` reads them, stopping at
    ``limits.max_strings``."""
    strings: list[str] = []
    for _, element in iterparse(source):
        if element.tag == _STRING_TAG:
            if len(strings) >= limits.max_strings:
                raise InputError(
                    f"holds more than {limits.max_strings:,} different texts, the most plangen "
                    "reads from one workbook (limits.max_strings in plangen.toml)",
                    location=where,
                )
            text = cast(Text, Text.from_tree(element))
            strings.append(text.content.replace("x005F_", ""))
            element.clear()
    return strings


def open_workbook(path: Path, limits: Limits, where: Location) -> Workbook:
    """The workbook in read-only mode, values not formulas, macros never loaded.

    Raises :class:`InputError` when it holds more shared strings than the limit;
    anything else a damaged workbook makes openpyxl raise is the caller's to report.
    """
    reader = _Reader(path, limits, where)
    with warnings.catch_warnings():  # openpyxl warns of features it skips; so do we
        warnings.simplefilter("ignore")
        reader.read()
    return reader.wb
