"""The Confidential table: what must not reach (some of) the family, each row naming
a core group member exactly (never the wrong person, never no one)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from plangen.errors import InputError, shown
from plangen.intake import cells
from plangen.intake.cells import split_responsible, text
from plangen.intake.child_details import child_detail
from plangen.intake.tables import Row, Table
from plangen.intake.vocabulary import normalise
from plangen.keys import name_key
from plangen.model import CorePerson, PlanKind, Risk, Withholding
from plangen.privacy.names import closest_names
from plangen.privacy.numbering import resolve

if TYPE_CHECKING:
    from plangen.intake.assemble import PlanReader


def read_confidential(
    reader: PlanReader,
    rows: list[Row],
    people: list[CorePerson],
    child: str,
    risks: tuple[list[Risk], PlanKind] = ([], PlanKind.CP_PLAN),
) -> list[Withholding]:
    """What must not reach (some of) the family; names must be in the core group, and
    a "risk 3" one item of the plan's ``risks`` for sure (:mod:`plangen.privacy.numbering`)."""
    table = reader.tables.get("confidential")
    if table is None:
        return []
    known: dict[str, list[str]] = {}
    for person in people:
        known.setdefault(name_key(person.name), []).append(person.name)
    withheld: list[Withholding] = []
    for row in rows:
        about = reader.field(table, row, "about", text, "")
        kind = "plan" if normalise(about) == "plan" else "person"
        if name_key(about) in ("child", name_key(child)) and name_key(about) not in known:
            about, kind = "child", "child"
        elif kind == "person":
            found = _member(reader, table, row, "about", about, known)
            if found is None:
                continue
            about = found
        value = ""
        if kind == "child":
            detail, value = reader.field(table, row, "detail", child_detail, ("", ""))
        else:
            detail = reader.field(table, row, "detail", functools.partial(cells.detail, kind), "")
            if kind == "plan" and not _one_item(reader, table, row, detail, risks):
                continue
        names = reader.field(table, row, "withheld_from", split_responsible, [])
        members = [_member(reader, table, row, "withheld_from", name, known) for name in names]
        if None in members:
            continue
        withheld.append(
            Withholding(
                about=about,
                detail=detail,
                withheld_from=[m for m in members if m is not None],
                value=value,
            )
        )
    return withheld


def _member(
    reader: PlanReader, table: Table, row: Row, column: str, name: str, known: dict[str, list[str]]
) -> str | None:
    """The one core group member ``name`` is (compared by :func:`name_key`), or
    ``None`` with the problem recorded: a Confidential row that names no one, or
    more than one, must never be applied to the wrong person or to no one."""
    members = known.get(name_key(name), [])
    if len(members) == 1:
        return members[0]
    if members:
        problem = (
            f"{shown(name)} fits more than one core group member; write the full name "
            "of the one it is about"
        )
    elif column == "about":
        near = closest_names([m for group in known.values() for m in group], name, n=1)
        problem = (
            f"{shown(name)} is not in the core group; write "
            '"child", "plan" or the name of a core group member as the core group has it'
            + (f" (did you mean {shown(near[0])}?)" if near else "")
        )
    else:
        near = closest_names([m for group in known.values() for m in group], name, n=1)
        problem = (
            f"{shown(name)} is not in the core group; name the core group member who "
            "must not see it, or leave it blank to keep it from every family copy"
            + (f" (did you mean {shown(near[0])}?)" if near else "")
        )
    reader.problems.add(InputError(problem), table.cell_location(row, column))
    return None


def _one_item(
    reader: PlanReader, table: Table, row: Row, detail: str, risks: tuple[list[Risk], PlanKind]
) -> bool:
    """Whether a plan's "risk 3" is one item for sure, as the plan numbers it; if not,
    the problem is put at the row's Detail cell, never applied to the wrong item."""
    try:
        resolve(risks[0], detail, need=risks[1] is PlanKind.CHILDS_PLAN)
    except ValueError as problem:
        reader.problems.add(InputError(str(problem)), table.cell_location(row, "detail"))
        return False
    return True
