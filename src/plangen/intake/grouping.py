"""Rows -> plans: which rows of a file's tables belong to which plan, then each plan read.

With several plans in one file, the plan table carries a case reference on each row and
every row of the other tables names its plan by it.  A plan whose case reference is
blank or shared is refused on its own (its rows cannot be told apart); the other plans
are still made.  A row that names no plan could belong to any of them, so it stops the
file, with every such row reported at once.
"""

from __future__ import annotations

from collections.abc import Mapping

from plangen.errors import InputError, Location, input_problems, shown
from plangen.intake.assemble import REQUIRED, PlanReader
from plangen.intake.cells import text
from plangen.intake.tables import Row, Table
from plangen.intake.vocabulary import display_name, normalise
from plangen.model import Plan


def assemble(tables: dict[str, Table], source: Location) -> list[Plan | InputError]:
    """Build every plan in ``tables``: one entry per plan row, a plan or its problems.

    Raises :class:`InputError` for problems that stop the whole file: a table that is
    not there, a required column missing, rows that name no known plan.
    """
    _check_structure(tables, source)
    plan_table = tables["plan"]
    several = len(plan_table.rows) > 1
    keyed = plan_table.headers.has("case_ref")
    if several and not keyed:
        raise InputError(
            f"holds {len(plan_table.rows)} plans but no {plan_table.column('case_ref')} "
            "column; add one so each row of the other tables can say which plan it is for",
            location=plan_table.location,
        )
    keys, refused = _plan_keys(plan_table, keyed=keyed, several=several)
    groups: dict[str, dict[str, list[Row]]] = {
        key: {"people": [], "risks": [], "reviews": [], "confidential": []}
        for key in [*(k for k in keys if isinstance(k, str)), *refused]
    }
    orphans: list[InputError] = []  # rows that name no plan: every one, in one message
    for kind in ("people", "risks", "reviews", "confidential"):
        table = tables.get(kind)
        if table is None:
            continue
        for row in table.rows:
            try:
                key = _owner(table, row, groups, len(plan_table.rows))
            except InputError as error:
                orphans.append(error)
                if not table.headers.has("case_ref"):
                    break  # one message for the missing column, not one a row
                continue
            groups[key][kind].append(row)
    if orphans:
        raise input_problems(orphans)
    results: list[Plan | InputError] = []
    for row, owned in zip(plan_table.rows, keys, strict=True):
        if isinstance(owned, InputError):  # this plan's rows cannot be told apart
            results.append(owned)
            continue
        reader = PlanReader(tables)
        plan = reader.plan(row, groups[owned])
        results.append(plan if plan is not None else input_problems(list(reader.problems)))
    return results


def _plan_keys(
    plan_table: Table, *, keyed: bool, several: bool
) -> tuple[list[str | InputError], set[str]]:
    """Each plan row's key (its normalised case reference), or the problem that stops
    it; and the keys that two plans share, whose rows go to neither.  A blank or shared
    case reference stops only the plans that have it: the others are still made."""
    first: dict[str, Row] = {}
    shared: set[str] = set()
    for row in plan_table.rows:
        key = normalise(text(row.get("case_ref"))) if keyed else ""
        if key in first and key:
            shared.add(key)
        first.setdefault(key, row)
    keys: list[str | InputError] = []
    for row in plan_table.rows:
        key = normalise(text(row.get("case_ref"))) if keyed else ""
        where = plan_table.cell_location(row, "case_ref")
        if several and not key:
            keys.append(
                InputError(
                    f"is empty; with {len(plan_table.rows)} plans in one file, each plan needs "
                    "its own case reference, so the rows of the other tables can say which "
                    "plan they are for",
                    location=where,
                )
            )
        elif key in shared:
            other = next(
                r
                for r in plan_table.rows
                if r is not row and normalise(text(r.get("case_ref"))) == key
            )
            keys.append(
                InputError(
                    f"case reference {shown(text(row.get('case_ref')))} is used for two plans "
                    f"(rows {row.location.row} and {other.location.row}); give each plan its "
                    "own case reference",
                    location=where,
                )
            )
        else:
            keys.append(key)
    return keys, shared


def _owner(table: Table, row: Row, groups: Mapping[str, object], plans: int) -> str:
    if not table.headers.has("case_ref"):
        if plans > 1:
            raise InputError(
                f"has no {table.column('case_ref')} column, but the workbook holds "
                f"{plans} plans; add the column so each row says which plan it is for",
                location=table.location,
            )
        return next(iter(groups))
    key = normalise(text(row.get("case_ref")))
    if key not in groups:
        if plans == 1 and not key:
            return next(iter(groups))
        written = text(row.get("case_ref"))
        raise InputError(
            (
                f"{shown(written)} is not the case reference of any plan in the "
                f"{tables_name('plan')} table"
            )
            if written
            else (
                f"is empty; with {plans} plans in one file, each row must give the case "
                "reference of the plan it is for"
            ),
            location=table.cell_location(row, "case_ref"),
        )
    return key


def tables_name(kind: str) -> str:
    from plangen.intake.vocabulary import vocabulary

    names: list[str] = vocabulary()["sheets"][kind]
    return names[0]


_EXAMPLE_HEADERS = {
    "plan": ["child_name", "plan_date"],
    "people": ["name", "role", "agency"],
    "risks": ["risk_factor", "action", "outcome"],
}


def _check_structure(tables: dict[str, Table], source: Location) -> None:
    problems: list[InputError] = []
    for kind in ("plan", "people", "risks"):
        if kind not in tables and source.is_table:
            headers = ", ".join(display_name(kind, f) for f in _EXAMPLE_HEADERS[kind])
            problems.append(
                InputError(
                    f'has no "{tables_name(kind)}" table (a table whose header row has '
                    f"{headers} ...); add it (plangen intake-template writes a blank form)",
                    location=Location(file=source.file),
                )
            )
        elif kind not in tables:
            problems.append(
                InputError(
                    f'has no sheet "{tables_name(kind)}"; add it '
                    f"(plangen intake-template writes a blank one)",
                    location=source,
                )
            )
    for table in tables.values():
        for name in REQUIRED[table.kind]:
            if not table.headers.has(name):
                problems.append(
                    InputError(
                        f'has no "{table.column(name)}" column; add it to the header row',
                        location=Location(
                            file=source.file, sheet=table.name, is_table=table.is_word_table
                        ),
                    )
                )
    if "plan" in tables and not tables["plan"].rows and not problems:
        problems.append(
            InputError(
                "has no plan in it; fill in one row per plan under the header row",
                location=Location(
                    file=source.file,
                    sheet=tables["plan"].name,
                    is_table=tables["plan"].is_word_table,
                ),
            )
        )
    if problems:
        raise input_problems(problems)
