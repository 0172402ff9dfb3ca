"""Rows cut across pages, joined back: a plan's row longer than a page is printed as
several rows (:mod:`plangen.render.long_rows`), and read back as the one row it was.

A continuation row is one where a cell starts "(cont.)": the rest of that cell's text
in the row above (on a new line when "(cont.)" stands alone on its first line, after
a space when words follow it).  Its other cells are blank, merged down, or name the
risk or priority again ending "(continued)"; anything else in it is new text that a
person typed into a printed continuation row, and is refused where it is, never read
as a risk or action of its own.
"""

from __future__ import annotations

import re

from plangen.errors import InputError, Location

CONTINUED = "(cont.)"  # as plangen.render.long_rows writes it
_NAMED_AGAIN = re.compile(r"\(continued\)\s*$")

Cells = list[str | None]


def rejoin_cut_rows(rows: list[Cells], where: Location) -> list[Cells]:
    """``rows`` with each continuation row's text put back on the row it continues;
    the continuation row is left blank (the rows keep their numbers for messages)."""
    joined: list[Cells] = []
    origin: Cells | None = None  # the row the pieces below it go back onto
    for number, row in enumerate(rows, start=1):
        if not any(cell and cell.startswith(CONTINUED) for cell in row):
            joined.append(list(row))
            if any(cell and cell.strip() for cell in row):
                origin = joined[-1]
            continue
        if origin is None:
            raise InputError(
                f'row {number} starts "{CONTINUED}" but no row above it holds the start of '
                "its text; delete the row or write its text in full",
                location=where,
            )
        for column, cell in enumerate(row):
            if cell is None or not cell.strip() or _NAMED_AGAIN.search(cell):
                continue
            if not cell.startswith(CONTINUED):
                raise InputError(
                    f'row {number} goes on from the row above ("{CONTINUED}") but column '
                    f"{column + 1} holds words of its own; write them in the row above, or "
                    f'remove "{CONTINUED}" to make it a row of its own',
                    location=where,
                )
            rest = cell[len(CONTINUED) :]
            joint = "\n" if rest.startswith("\n") else " "
            rest = rest.lstrip(" \n")
            while len(origin) <= column:
                origin.append(None)
            start = origin[column]
            origin[column] = f"{start}{joint}{rest}" if start else rest
        joined.append([None] * len(row))
    return joined
