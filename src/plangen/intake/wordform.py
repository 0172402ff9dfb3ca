"""Intake from a Word form (``.docx``): the plan's own layout, filled in at the meeting.

Tables are found by their header text, never by position, with the same forgiving
header matching as the workbook:

* a table whose header row names plan details (Child's Name, Date of plan ...) gives the
  plan's details; a two-column table of *label | value* rows gives more of them;
* the core group, risks and reviews tables are recognised by their headers too;
* a vertically merged cell (an outcome merged down its actions) counts once, on its
  first row; a blank first cell means "the same risk as the row above";
* empty rows, header rows repeated on a new page, and a table split in two (a second
  table with the same header, or with no header and the same number of columns) are
  all read as one table.

A plan that plangen generated is itself a Word form: it reads back to the same plan.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from docx import Document
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tc
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from plangen.errors import InputError, Location, input_problems
from plangen.generated import GENERATED, WITHHELD
from plangen.intake.cells import split_risk
from plangen.intake.cut_rows import rejoin_cut_rows
from plangen.intake.files import check_office_zip
from plangen.intake.grouping import assemble
from plangen.intake.headings import CLOSE, nearest, unknown_headings
from plangen.intake.limits import DEFAULT_LIMITS, Limits
from plangen.intake.tables import Row, Table, is_blank
from plangen.intake.vocabulary import HeaderMap, header_names, match_headers, normalise
from plangen.model import Plan, PlanKind

_KINDS = ("people", "risks", "reviews", "confidential", "plan")
_TITLES = {
    "child protection plan": PlanKind.CP_PLAN,
    "childs plan": PlanKind.CHILDS_PLAN,
}
_GRID_SPAN, _V_MERGE = qn("w:gridSpan"), qn("w:vMerge")


@dataclass
class _Grid:
    """A Word table as rows of cell texts on its column grid (``None``: no text of its own)."""

    name: str  # the heading above the table, or its header cells
    rows: list[list[str | None]]
    # the grid columns with a vertical merge in them: the worker shares a cell by merging
    merged: set[int] = field(default_factory=set)

    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def read_word_form(path: Path, limits: Limits = DEFAULT_LIMITS) -> list[Plan | InputError]:
    """Read the plan in a Word form: the plan, or the located problems that stopped it.

    Raises :class:`InputError` when the file as a whole cannot be read: not a Word
    document (a ``.doc`` renamed, say), damaged, past a limit, an empty document, a
    required table missing.
    """
    check_office_zip(
        path, expected="a Word document (.docx)", limits=limits, max_tags=limits.max_form_tags
    )
    where = Location(file=path.name, is_table=True)
    try:
        document = Document(str(path))
    except Exception as error:  # a damaged document can make python-docx raise anything
        raise InputError(
            f"is not a readable Word document ({type(error).__name__}); open it in Word and "
            "save it again as .docx",
            location=Location(file=path.name),
        ) from None
    if WITHHELD in (document.core_properties.keywords or ""):
        raise InputError(
            "is a plan plangen wrote from an intake that withholds details from some of "
            "the family: reading it back would lose what is withheld. Use the intake it "
            "was made from, or the .json record plangen wrote beside it",
            location=Location(file=path.name),
        )
    grids, title = _grids(document, path.name, limits)
    if not grids and not title:
        raise InputError(
            "is an empty document; fill in the plan form (plangen intake-template "
            "form.docx writes a blank one)",
            location=Location(file=path.name),
        )
    tables = _tables(grids, path.name, title)
    if GENERATED in (document.core_properties.keywords or ""):
        for table in tables.values():
            table.exact_merges = True
    return assemble(tables, where)


# -- from Word to grids ---------------------------------------------------------------


def _cell_text(cell: _Cell) -> str:
    return "\n".join(p.text for p in cell.paragraphs).strip()


def _row_cells(row_element: etree._Element, table: WordTable, limits: Limits) -> list[str | None]:
    cells: list[str | None] = []
    for element in row_element.iterchildren(qn("w:tc")):
        tc = cast(CT_Tc, element)
        props = tc.tcPr
        span = 1
        continued = False
        if props is not None:
            grid_span = props.find(_GRID_SPAN)
            if grid_span is not None:
                written = grid_span.get(qn("w:val"), "1")
                span = min(int(written), limits.max_columns) if written.isdigit() else 1
            merge = props.find(_V_MERGE)
            continued = merge is not None and merge.get(qn("w:val"), "continue") != "restart"
        value = None if continued else _cell_text(_Cell(tc, table))
        cells.append(value)
        cells.extend([None] * (span - 1))
        if len(cells) >= limits.max_columns:
            break
    return cells[: limits.max_columns]


def _blocks(document: object) -> Iterator[Paragraph | WordTable]:
    body = document.element.body  # type: ignore[attr-defined]
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)  # type: ignore[arg-type]
        elif child.tag == qn("w:tbl"):
            yield WordTable(child, document)  # type: ignore[arg-type]


def _grids(document: object, file: str, limits: Limits) -> tuple[list[_Grid], PlanKind | None]:
    grids: list[_Grid] = []
    heading = ""
    title: PlanKind | None = None
    for block in _blocks(document):
        if isinstance(block, Paragraph):
            words = " ".join(block.text.split())
            if words:
                heading = _heading(words, heading)
                title = title or _TITLES.get(normalise(words))
            continue
        rows = [_row_cells(tr, block, limits) for tr in block._tbl.tr_lst]
        if not rows:
            continue
        header = " | ".join(c for c in rows[0] if c)
        grid = _Grid(name=heading or header[:60], rows=rows, merged=_merged_columns(block))
        _refuse_hidden_text(block._tbl, Location(file, grid.name, is_table=True))
        grid.rows = rejoin_cut_rows(rows, Location(file, grid.name, is_table=True))
        _check_limits(grid, file, limits)
        grids.append(grid)
        heading = ""
    return grids, title


_HEADING_WORDS = 10


def _heading(words: str, above: str) -> str:
    """The name a table is called by in messages: the last short paragraph above it
    ("Confidential"), not the note a form prints under its heading ("Anything here is
    left out of the family's copies. About: ..."), which is cut short if it is all there is."""
    if len(words.split()) <= _HEADING_WORDS:
        return words
    return above or " ".join(words.split()[:_HEADING_WORDS]) + " ..."


def _merged_columns(table: WordTable) -> set[int]:
    """The grid columns of ``table`` where a cell is merged down into the row below (a
    cell that continues one above).  A column of cells each marked as the start of a
    merge and none continued, as plangen's own blank form has, merges nothing: there a
    blank under a time is the time above, as in the seed."""
    merged: set[int] = set()
    for tr in table._tbl.tr_lst:
        column = 0
        for element in tr.iterchildren(qn("w:tc")):
            props = cast(CT_Tc, element).tcPr
            span = props.find(_GRID_SPAN) if props is not None else None
            written = span.get(qn("w:val"), "1") if span is not None else "1"
            down = props.find(_V_MERGE) if props is not None else None
            if down is not None and down.get(qn("w:val"), "continue") == "continue":
                merged.add(column)
            column += int(written) if written.isdigit() else 1
    return merged


# Text formatted as hidden (Word's Font > Hidden): w:vanish, unless switched off.
_HIDDEN_TEXT = (
    ".//w:r[w:rPr/w:vanish[not(@w:val) or (@w:val!='0' and @w:val!='false' and @w:val!='off')]]/w:t"
)


def _refuse_hidden_text(element: etree._Element, where: Location) -> None:
    """Hidden text would go into the plan, and the family's copies, unseen by whoever
    checked the form: it is refused where it is."""
    found = cast(list[etree._Element], element.xpath(_HIDDEN_TEXT))
    for text in found:
        if (text.text or "").strip():
            raise InputError(
                "holds text formatted as hidden (Font > Hidden), so nobody checking the form "
                "can see it, yet it would go into the plan and the family's copies; show it "
                "(select all, Font, untick Hidden) and check it, or delete it",
                location=where,
            )


def _check_limits(grid: _Grid, file: str, limits: Limits) -> None:
    if len(grid.rows) > limits.max_rows:
        raise InputError(
            f"has more than {limits.max_rows:,} rows, the most plangen reads from one table "
            "(limits.max_rows in plangen.toml)",
            location=Location(file, grid.name, is_table=True),
        )
    for number, row in enumerate(grid.rows, start=1):
        for column, text in enumerate(row, start=1):
            if text is not None and len(text) > limits.max_cell_chars:
                raise InputError(
                    f"column {column} holds {len(text):,} characters, more than the "
                    f"{limits.max_cell_chars:,} plangen reads from one cell "
                    "(limits.max_cell_chars in plangen.toml)",
                    location=Location(file, grid.name, number, is_table=True),
                )


# -- from grids to intake tables ------------------------------------------------------


def _best_kind(cells: list[str | None]) -> tuple[str, HeaderMap] | None:
    best: tuple[str, HeaderMap] | None = None
    for kind in _KINDS:
        found = match_headers(kind, cells)
        if len(found.columns) >= 2 and (best is None or len(found.columns) > len(best[1].columns)):
            best = (kind, found)
    return best


def _labels(grid: _Grid, pairs: list[tuple[str, str, int]]) -> dict[str, str]:
    """Each plan detail's label as the form writes it."""
    return {name: " ".join(str(grid.rows[number - 1][0]).split()) for name, _, number in pairs}


def _labelled_pairs(
    grid: _Grid, file: str, problems: list[InputError]
) -> list[tuple[str, str, int]] | None:
    """A two-column label | value table as (field, value, row number), else ``None``.

    It is one when each label is a plan detail's, or near one (a slip, reported in
    ``problems``), or when at least two are (the others are warned about): so that a
    signature box with a "Date" in it is not read as the date of plan.
    """
    if grid.width() != 2:
        return None
    pairs: list[tuple[str, str, int]] = []
    unknown: dict[int, str] = {}
    repeated: dict[int, str] = {}
    for number, row in enumerate(grid.rows, start=1):
        label, value = [*row, None, None][:2]
        found = match_headers("plan", [label]).columns
        if found and next(iter(found)) in {name for name, _, _ in pairs}:
            repeated[number - 1] = next(iter(found))  # a second "Date of plan" row
        elif found:
            pairs.append((next(iter(found)), value or "", number))
        elif label and label.strip():
            unknown[number - 1] = " ".join(label.split())
    options = header_names("plan")
    slips = [
        label
        for label in unknown.values()
        if (near := nearest(label, options)) is not None and near.score >= CLOSE
    ]
    if (not pairs and not slips) or (len(pairs) < 2 and len(slips) < len(unknown)):
        return None
    headers = HeaderMap(
        "plan",
        {name: number - 1 for name, _, number in pairs},
        {name: label for name, label in _labels(grid, pairs).items()},
        unknown,
        repeated,
    )
    where = Location(file, grid.name, is_table=True)
    problems += unknown_headings(headers, where, lambda index: f"row {index + 1}")
    return pairs


def _tables(grids: list[_Grid], file: str, title: PlanKind | None) -> dict[str, Table]:
    tables: dict[str, Table] = {}
    details: dict[str, tuple[object, Location]] = {}  # plan field -> (value, where)
    last: tuple[Table, int] | None = None  # the last data table and its column count
    problems: list[InputError] = []
    for grid in grids:
        pairs = _labelled_pairs(grid, file, problems)
        if pairs is not None:
            for name, value, number in pairs:
                label = grid.rows[number - 1][0] or name
                where = Location(file, grid.name, number, label, is_table=True)
                _keep_first(details, name, value, where)
            last = None
            continue
        found = _best_kind(grid.rows[0])
        if found is None:
            if last is not None and grid.width() == last[1]:
                _add_rows(last[0], grid, file, start=0)  # a table split across pages
            continue
        kind, headers = found
        where = Location(file, grid.name, 1, is_table=True)
        problems += unknown_headings(headers, where, lambda index: f"column {index + 1}")
        if kind == "plan":
            cells: list[str | None] = grid.rows[1] if len(grid.rows) > 1 else []
            for name, column in headers.columns.items():
                cell = cells[column] if column < len(cells) else None
                where = Location(file, grid.name, 2, headers.label(name), is_table=True)
                _keep_first(details, name, cell, where)
            continue
        if kind not in tables:
            tables[kind] = Table(kind=kind, name=grid.name, headers=headers, is_word_table=True)
        _add_rows(tables[kind], grid, file, start=1)  # a second table with the same header
        # a timescale shared by merging its cell down: an empty cell of its own shares
        # none (reader 33, plan 175: "School to be alert" was given the row above's date)
        if headers.columns.get("timescale") in grid.merged:
            tables[kind].exact_merges = True
        last = (tables[kind], grid.width())  # continues the first
    if problems:  # every heading plangen cannot place, in one message
        raise input_problems(problems)
    if title is not None and "kind" not in details:
        details["kind"] = (title.value, Location(file, is_table=True))
    if details:
        tables["plan"] = _details_table(details, file)
    return tables


def _keep_first(
    details: dict[str, tuple[object, Location]], name: str, value: object, where: Location
) -> None:
    """A plan detail printed twice (the next core group date, say) is read where first
    filled in; a blank repeat never hides it."""
    if name not in details or (is_blank(details[name][0]) and not is_blank(value)):
        details[name] = (value, where)


def _details_table(details: dict[str, tuple[object, Location]], file: str) -> Table:
    """The plan's details, gathered from every table that holds some, as one row."""
    headers = HeaderMap(
        "plan",
        columns={name: -1 for name in details},
        headers={name: where.column or name for name, (_, where) in details.items()},
    )
    row = Row(
        values={name: value for name, (value, _) in details.items()},
        location=Location(file=file, is_table=True),
        places={name: where for name, (_, where) in details.items()},
    )
    return Table(kind="plan", name="plan details", headers=headers, rows=[row], is_word_table=True)


def _add_rows(table: Table, grid: _Grid, file: str, *, start: int) -> None:
    header_texts = [normalise(c or "") for c in grid.rows[0]]
    for number, cells in enumerate(grid.rows[start:], start=start + 1):
        if [normalise(c or "") for c in cells] == header_texts and start == 0:
            continue  # the header row repeated at the top of a continued table
        values: dict[str, object] = {}
        for name, column in table.headers.columns.items():
            value = cells[column] if column < len(cells) else None
            if name == "risk_factor" and value:
                factor, harm = split_risk(value)
                if not factor and not harm:
                    value = None  # only the printed labels: "Risk factor: Risk to child:"
            values[name] = value
        row = Row(
            values=values, location=Location(file=file, sheet=grid.name, row=number, is_table=True)
        )
        # a cell of the row read as None continues a merged cell above (an empty cell of
        # its own reads "")
        row.continued = {
            name
            for name, column in table.headers.columns.items()
            if column < len(cells) and cells[column] is None
        }
        if not row.is_blank():
            table.rows.append(row)
