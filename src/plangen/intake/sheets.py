"""Sheets plangen does not read by their name: never ignored while they hold the plan.

A council's own workbook names its sheets its own way.  A sheet whose name is one of a
table's wordings (``[sheets]`` in ``intake.toml``: "TAF members" is the core group) is
read as that table.  Any other sheet a user can see is looked at before it is left out:

* a second sheet named for a table plangen already reads from another sheet (two
  "Core group" sheets) is an input problem: plangen reads one sheet of each kind, and
  the people on the other would be left out of the plan;
* a name close to that of a table the workbook lacks ("Confidentail", "Family
  Details" for "Plan details") is an input problem naming the sheet it looks like;
* headings that are a table's ("Name", "Role", "Agency" are the core group's) make an
  input problem too, naming the sheet plangen expects, or the sheet it already reads
  that kind from: the plan would come out without them;
* anything else ("Guidance", "Team notes") is a ``warning:`` saying how many filled
  rows are left out, and the run goes on; an empty sheet is passed over.

A sheet refused for its name has its headings checked as the table it looks like, so
that every problem comes in one round: renaming it never brings out new ones.  Hidden
sheets that are no table's are lists and lookups, and are passed over, but one with the
Confidential table's headings is refused: what it keeps back would reach the family.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from plangen.errors import InputError, Location
from plangen.intake.assemble import REQUIRED
from plangen.intake.headings import CLOSE, nearest
from plangen.intake.vocabulary import HeaderMap, match_headers, readings, vocabulary

# sheets the blank intake workbook has besides the tables (as folded: never warned about)
_OWN_SHEETS = {"instruction", "list"}
# a table's headings: this many of its columns besides the case reference (a sheet of
# notes with "Date" and "Name" is no plan), or the Confidential table's About and one more
_ENOUGH = 3
log = logging.getLogger("plangen.intake")


@dataclass(frozen=True)
class Unread:
    """A sheet plangen does not read by its name: its first rows, and how many rows
    hold anything."""

    name: str
    first: list[tuple[int, tuple[object, ...]]]  # (row number, cells), header search rows
    filled: int


@dataclass(frozen=True)
class Verdict:
    """What to do with an unread sheet: the problem to report (none: a warning was
    given, or nothing to say), and the table its headings are checked as (none: not)."""

    problem: InputError | None = None
    kind: str | None = None


def own_sheet(name: str) -> bool:
    """The blank workbook's Instructions and Lists sheets."""
    return bool(set(readings(name)) & _OWN_SHEETS)


def standard_sheet(kind: str) -> str:
    """The name plangen gives a table's sheet ("Core group")."""
    name: str = vocabulary()["sheets"][kind][0]
    return name


def judge(file: str, sheet: Unread, read: dict[str, str], named: str | None) -> Verdict:
    """The verdict on an unread sheet, given the sheets read (kind -> sheet name) and
    the kind its name says (``named``: an accepted wording, its table read elsewhere)."""
    where = Location(file=file, sheet=sheet.name)
    if named is not None:  # a second sheet of a kind read from another
        return Verdict(_second(where, named, read[named]))
    sheets: dict[str, list[str]] = vocabulary()["sheets"]
    missing = {kind: wordings for kind, wordings in sheets.items() if kind not in read}
    found = nearest(sheet.name, missing) if missing else None
    if found is not None and found.score >= CLOSE:
        standard = standard_sheet(found.key)
        problem = (
            f'is not a sheet plangen knows; it looks like "{standard}". Rename it '
            f'"{standard}", or plangen cannot read it'
        )
        return Verdict(InputError(problem, location=where), found.key)
    looks = looks_like(sheet.first)
    if looks is not None:
        kind, headers = looks
        if kind in read:
            return Verdict(_second(where, kind, read[kind], headers))
        standard = standard_sheet(kind)
        problem = (
            f"is not a sheet plangen knows, but its headings ({_shown(headers)}) are those "
            f'of the "{standard}" sheet. Rename it "{standard}" (or add its name under '
            "[sheets] in intake.toml), or plangen cannot read it"
        )
        return Verdict(InputError(problem, location=where), kind)
    if sheet.filled:
        rows = f"{sheet.filled:,} filled row{'s' if sheet.filled != 1 else ''}"
        log.warning(
            '%s: sheet "%s" is not one plangen reads, so it is ignored (%s left out of the '
            "plan); move anything on it that belongs in the plan to the sheet plangen reads "
            "it from",
            file,
            sheet.name,
            rows,
        )
    return Verdict()


def judge_hidden(file: str, sheet: Unread) -> InputError | None:
    """A hidden sheet plangen does not read by its name is a list or a lookup, passed
    over, unless its headings are the Confidential table's: what it keeps back from the
    family would go to them."""
    looks = looks_like(sheet.first)
    if looks is None or looks[0] != "confidential":
        return None
    standard = standard_sheet("confidential")
    return InputError(
        f"is hidden, and its headings ({_shown(looks[1])}) are those of the "
        f'"{standard}" sheet: what it keeps back from the family would go to them. '
        f'Unhide it and rename it "{standard}", or delete it',
        location=Location(file=file, sheet=sheet.name),
    )


def _second(where: Location, kind: str, first: str, headers: HeaderMap | None = None) -> InputError:
    standard = standard_sheet(kind)
    if headers is None:
        what = f'its name is one of the "{standard}" sheet\'s'
    else:
        what = f'its headings ({_shown(headers)}) are those of the "{standard}" sheet'
    return InputError(
        f'{what}, which plangen reads from sheet "{first}"; plangen reads one sheet of each '
        "kind, so this one would be left out of the plan. Move its rows to "
        f'"{first}", or delete this sheet if it is not part of the plan',
        location=where,
    )


def looks_like(first: Sequence[tuple[int, tuple[object, ...]]]) -> tuple[str, HeaderMap] | None:
    """The table whose headings a sheet's header row has (the one it has most of,
    a table whose required columns are all there before one with some missing), or
    ``None`` when it has too few of any table's."""
    best: tuple[int, bool, str, HeaderMap] | None = None
    for kind in REQUIRED:
        for _, cells in first:
            headers = match_headers(kind, cells)
            fields = [f for f in headers.columns if f != "case_ref"]
            if kind == "confidential":
                enough = "about" in fields and len(fields) >= 2
            else:
                enough = len(fields) >= _ENOUGH
            if not enough:
                continue
            complete = all(headers.has(f) for f in REQUIRED[kind])
            if best is None or (len(fields), complete) > best[:2]:
                best = (len(fields), complete, kind, headers)
    return (best[2], best[3]) if best else None


def _shown(headers: HeaderMap | None) -> str:
    """A sheet's headings as written, the first four: ``"Name", "Role", "Agency"``."""
    if headers is None:
        return ""
    written = [f'"{headers.headers[f]}"' for f in headers.columns if f != "case_ref"]
    return ", ".join(written[:4]) + (" ..." if len(written) > 4 else "")


def header_row(
    kind: str, first: Sequence[tuple[int, tuple[object, ...]]]
) -> tuple[int, HeaderMap] | None:
    """The row of a sheet's ``first`` rows that heads it as a ``kind`` table, and its
    header map (``None``: no row has any of the table's headings)."""
    best: tuple[int, HeaderMap] | None = None
    for number, cells in first:
        headers = match_headers(kind, cells)
        if headers.columns and (best is None or len(headers.columns) > len(best[1].columns)):
            best = (number, headers)
    return best
