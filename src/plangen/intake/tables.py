"""The common shape every intake reader produces: named tables of located rows.

A workbook sheet and a Word form table both become a :class:`Table`; the assembler
turns tables into plans without knowing which file format they came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from plangen.errors import InputError, Location
from plangen.intake.vocabulary import HeaderMap


@dataclass
class Row:
    """One row of a table: field -> the raw cell value (``None`` when blank)."""

    values: dict[str, object]
    location: Location  # file, sheet/table, row
    # Where each value came from, when not all from one place (a Word form's plan
    # details come from several tables): field -> location of its cell.
    places: dict[str, Location] = field(default_factory=dict)
    # The fields whose cell continues a merged cell above (Word's vertical merge, an
    # Excel merged range): blank because merged, not because left empty.
    continued: set[str] = field(default_factory=set)

    def get(self, name: str) -> object:
        return self.values.get(name)

    def is_blank(self) -> bool:
        return all(_blank(v) for v in self.values.values())


@dataclass
class Table:
    """A sheet or Word table, its header map and its non-blank rows."""

    kind: str  # plan | people | risks | reviews
    name: str  # the sheet name or table heading, as the user wrote it
    headers: HeaderMap
    rows: list[Row] = field(default_factory=list)
    is_word_table: bool = False
    # a table plangen wrote (its formal plan read back), or a Word table whose worker
    # merged timescale cells: a cell shared with the row above is merged with it, so a
    # blank cell outside a merge is blank
    exact_merges: bool = False

    @property
    def location(self) -> Location:
        return self.rows[0].location if self.rows else Location(sheet=self.name)

    def column(self, name: str) -> str:
        return self.headers.label(name)

    def cell_location(self, row: Row, name: str) -> Location:
        if name in row.places:
            return row.places[name]
        return Location(
            file=row.location.file,
            sheet=row.location.sheet,
            row=row.location.row,
            column=self.column(name),
            is_table=self.is_word_table,
        )


class Problems:
    """Collects every input problem in a plan so they are reported together."""

    def __init__(self) -> None:
        self.errors: list[InputError] = []

    def add(self, error: InputError, location: Location) -> None:
        self.errors.append(error.at(location))

    def __iter__(self) -> Iterator[InputError]:
        return iter(self.errors)

    def __bool__(self) -> bool:
        return bool(self.errors)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_blank(value: object) -> bool:
    """True for an empty cell: ``None`` or only whitespace."""
    return _blank(value)


# Unicode's private-use area: plangen marks places in a review copy with U+E000 and up,
# and symbol fonts (a bullet pasted from Word is U+F0B7) put characters here that no
# other font shows; a value holding one is sent back to be retyped.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def private_use(value: str) -> str:
    """A problem message when ``value`` holds a private-use character, else ``""``."""
    found = _PRIVATE_USE.search(value)
    if found is None:
        return ""
    return (
        f"holds the private-use character U+{ord(found.group(0)):04X}, which only a symbol "
        "font can show (a pasted bullet or icon) and plangen uses for its own marks; "
        "delete it or type it again as ordinary text"
    )
