"""One plan's rows -> the plan.  Shared by the workbook and Word form readers (which
rows are whose is :mod:`plangen.intake.grouping`).

Layout rules, the same in a workbook and in a Word form:

* the *plan* table has one row per plan; with several plans, every table carries a
  case reference column that says which plan a row belongs to;
* in the *risks* table a blank risk cell means "the same risk as the row above", and a
  blank outcome cell means "the same outcome as the row above" (as a merged cell does);
* a *reviews* row names its outcome by number, counting outcomes down the plan from 1.

Every problem in a plan is collected and reported together; one bad plan does not
stop the others in the same file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError

from plangen.dates import month_first_problems, parse_date
from plangen.errors import InputError, Location
from plangen.intake import cells, children
from plangen.intake.cells import split_responsible, split_risk, text
from plangen.intake.tables import Problems, Row, Table, is_blank, private_use
from plangen.intake.vocabulary import yes_no
from plangen.model import (
    BORN_AFTER_PLAN,
    Action,
    Child,
    Contingency,
    CorePerson,
    Outcome,
    Plan,
    PlanKind,
    ReviewEntry,
    Risk,
    Withholding,
)

T = TypeVar("T")
D = TypeVar("D")

REQUIRED = {
    "plan": ["child_name", "plan_date"],
    "people": ["name"],
    "risks": [],
    "reviews": ["outcome", "date", "status"],
    "confidential": ["about"],
}
# cells read as a date, which say for themselves when one is written month first
_DATES = {"plan_date", "date_of_birth", "next_core_group", "next_review", "date"}
_LEAD = re.compile(r"\blead\s+professional\b", re.IGNORECASE)
# the words standing as a part of their own, taken out of the role: "Lead Professional
# Social Worker" (as plangen prints it), "Social Worker / Lead Professional", "Social
# Worker (Lead Professional)"; inside other words ("(Named Person / Lead Professional)")
# they stay, so the role reads back as it was written
_LEAD_PART = re.compile(
    r"^\s*lead\s+professional\b[\s,:;/&-]*"
    r"|\s*\(\s*lead\s+professional\s*\)\s*$"
    r"|[\s,:;/&-]*\blead\s+professional\s*$",
    re.IGNORECASE,
)


class PlanReader:
    """Reads one plan's rows, collecting every problem with its location."""

    def __init__(self, tables: dict[str, Table]) -> None:
        self.tables = tables
        self.problems = Problems()

    def field(
        self, table: Table, row: Row, name: str, convert: Callable[[object], T], default: D
    ) -> T | D:
        raw = row.get(name)
        if isinstance(raw, str) and (private := private_use(raw)):
            self.problems.add(InputError(private), table.cell_location(row, name))
            return default
        if is_blank(raw):
            if name in REQUIRED[table.kind]:
                self.problems.add(
                    InputError(f"is empty; the {table.column(name)} is required"),
                    table.cell_location(row, name),
                )
            return default
        try:
            return convert(raw)
        except InputError as error:
            self.problems.add(error, table.cell_location(row, name))
        except ValueError as error:
            self.problems.add(InputError(str(error)), table.cell_location(row, name))
        return default

    def convert(
        self, table: Table, row: Row, name: str, convert: Callable[[str], list[T]], raw: str
    ) -> list[T]:
        """Part of a cell converted, its problem put at the cell."""
        try:
            return convert(raw)
        except InputError as error:
            self.problems.add(error, table.cell_location(row, name))
            return []

    # -- the plan row ---------------------------------------------------------------

    def plan(self, row: Row, rows: dict[str, list[Row]]) -> Plan | None:
        table = self.tables["plan"]
        kind = self.field(table, row, "kind", cells.kind, PlanKind.CP_PLAN)
        heading = table.column("date_of_birth")
        one_born = lambda raw: cells.born_or_due(children.one_date(raw, heading))  # noqa: E731
        born = self.field(table, row, "date_of_birth", one_born, (None, None, None))
        dob, age, due = born
        age = self.field(table, row, "age", cells.age, age)
        due = self.field(table, row, "due_date", parse_date, due)
        name = self.field(table, row, "child_name", text, "")
        known_as = self.field(table, row, "known_as", text, "")
        if not known_as:  # the formal CP Plan's "Betty Smith (known as Bet)"
            name, known_as = cells.split_known_as(name)
        self.children(table, row, name)
        child = _build(
            self,
            row.location,
            Child,
            name=name,
            known_as=known_as or None,
            date_of_birth=dob,
            due_date=due,
            age=age,
            address=self.field(table, row, "address", text, "") or None,
        )
        risk_list = self.risks(rows["risks"])
        outcomes = [outcome for risk in risk_list for outcome in risk.outcomes]
        self.reviews(rows["reviews"], outcomes)
        core_group = self.people(rows["people"])
        names = child.name if child else ""
        fields = {
            "kind": kind,
            "case_ref": self.field(table, row, "case_ref", text, "") or None,
            "child": child,
            "threshold": (level := self.field(table, row, "threshold", cells.threshold, None)),
            "threshold_as_written": cells.threshold_as_written(row.get("threshold"), level)
            if level
            else "",
            "plan_date": self.field(table, row, "plan_date", parse_date, None),
            "next_core_group": self.field(table, row, "next_core_group", cells.meeting, None),
            "next_review": self.field(table, row, "next_review", cells.meeting, None),
            "core_group": core_group,
            "risks": risk_list,
            "contingency": Contingency(
                plan=self.field(table, row, "contingency", text, ""),
                timescale=self.field(table, row, "contingency_timescale", text, ""),
            ),
            "step_down": self.field(table, row, "step_down", text, ""),
            "child_views": self.field(table, row, "child_views", text, ""),
            "family_views": self.field(table, row, "family_views", text, ""),
            "confidential": self.confidential(
                rows["confidential"], core_group, names, (risk_list, kind)
            ),
        }
        self.month_first([(table, row), *self._rows(rows)])
        plan_date = fields["plan_date"]
        if dob is not None and isinstance(plan_date, dt.date) and dob > plan_date:
            self.problems.add(
                InputError(BORN_AFTER_PLAN), table.cell_location(row, "date_of_birth")
            )
        if self.problems or child is None:
            return None
        return _build(self, row.location, Plan, **fields)

    def children(self, table: Table, row: Row, name: str) -> None:
        """A name of two or more children: beside one child's date of birth or age, a
        problem; else read as one plan for them, with a warning (:mod:`.children`)."""
        count = children.count_children(name)
        if count < 2 or children.dates_in(row.get("date_of_birth")) > 1:
            return  # one child, or the date of birth cell says it already
        where = table.cell_location(row, "child_name")
        given = [f for f in ("date_of_birth", "age", "due_date") if not is_blank(row.get(f))]
        if given:
            said = children.several_named(count, table.column(given[0]))
            self.problems.add(InputError(said), where)
        else:
            children.warn_together(count, where)

    def _rows(self, rows: dict[str, list[Row]]) -> list[tuple[Table, Row]]:
        return [
            (self.tables[kind], row)
            for kind, found in rows.items()
            if kind in self.tables
            for row in found
        ]

    def month_first(self, rows: list[tuple[Table, Row]]) -> None:
        """Dates written month first anywhere in the plan's cells, and those that read
        both ways on the same sheet, each a problem at its cell (:func:`month_first_problems`)."""
        for kind in dict.fromkeys(table.kind for table, _ in rows):
            texts = [
                ((table, row, name), raw, name in _DATES)
                for table, row in rows
                if table.kind == kind
                for name, raw in row.values.items()
                if isinstance(raw, str)
            ]
            for (table, row, name), problem in month_first_problems(texts):
                self.problems.add(InputError(problem), table.cell_location(row, name))

    # -- people ---------------------------------------------------------------------

    def person(self, row: Row) -> CorePerson | None:
        table = self.tables["people"]
        role = self.field(table, row, "role", text, "")
        lead = self.field(table, row, "lead_professional", yes_no, None)
        if _LEAD.search(role):
            role = _LEAD_PART.sub("", role, count=1).strip()
            lead = True if lead is None else lead
        return _build(
            self,
            row.location,
            CorePerson,
            name=self.field(table, row, "name", text, ""),
            role=role,
            agency=self.field(table, row, "agency", text, ""),
            address=self.field(table, row, "address", text, ""),
            email=self.field(table, row, "email", text, ""),
            phone=self.field(table, row, "phone", text, ""),
            present=(attended := self.field(table, row, "present", cells.attendance, (None, "")))[
                0
            ],
            present_note=attended[1],
            lead_professional=bool(lead),
            own_copy=bool(self.field(table, row, "own_copy", yes_no, None)),
        )

    def people(self, rows: list[Row]) -> list[CorePerson]:
        """The core group; one person listed in two rows with two roles (a key worker
        who is also the appropriate adult) is one person with both roles
        (:mod:`.same_person`)."""
        from plangen.intake.same_person import merge_people

        table = self.tables.get("people")
        read = [(row, self.person(row)) for row in rows]
        found = [(row, person) for row, person in read if person is not None]
        merged, problems = merge_people(
            [person for _, person in found], lambda index: f"row {found[index][0].location.row}"
        )
        for index, field, problem in problems:
            row = found[index][0]
            if table is not None:
                self.problems.add(InputError(problem), table.cell_location(row, field))
        return merged

    # -- risks, outcomes, actions ---------------------------------------------------

    def risks(self, rows: list[Row]) -> list[Risk]:
        table = self.tables.get("risks")
        if table is None:
            return []
        risks: list[Risk] = []
        outcome: Outcome | None = None
        merged_above = False  # the timescale above is merged down: a later empty cell is empty
        for row in rows:
            factor = self.field(table, row, "risk_factor", text, "")
            harm = self.field(table, row, "risk_to_child", text, "")
            wellbeing = self.field(table, row, "wellbeing", cells.wellbeing, [])
            if factor and not harm:  # the seed writes both in one cell, labelled
                factor, harm = split_risk(factor)
                harm, named = cells.split_wellbeing(harm)  # and a CP Plan's "Wellbeing:"
                if named and not wellbeing:
                    wellbeing = self.convert(table, row, "risk_factor", cells.wellbeing, named)
            risk_plain = self.field(table, row, "risk_plain", text, "") or None
            if factor or harm or not risks:
                risks.append(
                    Risk(
                        risk_factor=factor,
                        risk_to_child=harm,
                        wellbeing=wellbeing,
                        plain=risk_plain,
                    )
                )
                outcome = None
            elif wellbeing and not risks[-1].wellbeing:
                risks[-1].wellbeing = wellbeing
            risk = risks[-1]
            outcome_text = self.field(table, row, "outcome", text, "")
            priority = self.field(table, row, "priority", cells.priority, None)
            success = self.field(table, row, "success_looks_like", text, "")
            outcome_plain = self.field(table, row, "outcome_plain", text, "") or None
            if outcome_text or outcome is None:
                outcome = Outcome(
                    text=outcome_text,
                    priority=priority,
                    success_looks_like=success,
                    plain=outcome_plain,
                )
                risk.outcomes.append(outcome)
                merged_above = False
            else:
                outcome.priority = outcome.priority or priority
                outcome.success_looks_like = outcome.success_looks_like or success
                outcome.plain = outcome.plain or outcome_plain
            action = self.action(table, row)
            if action is not None:
                if cells.as_above(action.timescale):  # "As above", "ditto": said outright
                    self._as_above(table, row, action, first=not outcome.actions)
                    merged_above = False
                # a worker who merges a timescale down the rows it is for, and leaves the
                # cell below the merge empty, left that one without a timescale; with no
                # merge, an empty cell is the one above (the seed's layout)
                elif action.timescale or "timescale" in row.continued:
                    merged_above = not action.timescale
                elif (
                    merged_above
                    or (table.exact_merges and outcome.actions)
                    or (outcome.actions and cells.own_deadline_above(outcome.actions[-1], action))
                ):
                    action.timescale_left_blank = True
                outcome.actions.append(action)
        for risk in risks:  # a risk row with no outcome and no action leaves an empty outcome
            risk.outcomes = [
                o for o in risk.outcomes if o.text or o.actions or o.success_looks_like
            ]
        return risks

    def _as_above(self, table: Table, row: Row, action: Action, *, first: bool) -> None:
        """A timescale written "as above": the one above it in the same outcome, which
        the outcome's first action does not have (a problem, never another outcome's)."""
        action.timescale = ""
        if first:
            self.problems.add(
                InputError(cells.FIRST_AS_ABOVE), table.cell_location(row, "timescale")
            )

    def action(self, table: Table, row: Row) -> Action | None:
        what = self.field(table, row, "action", text, "")
        who = self.field(table, row, "responsible", split_responsible, [])
        how_often = self.field(table, row, "frequency", text, "")
        by_when = self.field(table, row, "timescale", text, "")
        plain = self.field(table, row, "action_plain", text, "") or None
        if not what:
            if who or how_often or by_when:
                filled = [
                    table.column(name)
                    for name, value in [
                        ("responsible", who),
                        ("frequency", how_often),
                        ("timescale", by_when),
                    ]
                    if value
                ]
                self.problems.add(
                    InputError(
                        f"is empty but {', '.join(filled)} is filled in; "
                        "write the action this row is about"
                    ),
                    table.cell_location(row, "action"),
                )
            return None
        return Action(
            text=what, responsible=who, frequency=how_often, timescale=by_when, plain=plain
        )

    def confidential(
        self,
        rows: list[Row],
        people: list[CorePerson],
        child: str,
        risks: tuple[list[Risk], PlanKind],
    ) -> list[Withholding]:
        """What must not reach (some of) the family (:mod:`.withheld_rows`); a "risk 3"
        is checked against the plan's ``risks`` as numbered in a plan of that kind."""
        from plangen.intake.withheld_rows import read_confidential

        return read_confidential(self, rows, people, child, risks)

    def reviews(self, rows: list[Row], outcomes: list[Outcome]) -> None:
        """Progress at reviews, onto the outcomes they name (:mod:`.reviews`)."""
        from plangen.intake.reviews import read_reviews

        read_reviews(self, rows, outcomes)


M = TypeVar("M", Child, CorePerson, Plan, ReviewEntry)


def _build(reader: PlanReader, where: Location, model: type[M], **fields: object) -> M | None:
    """Construct a model, turning a validation failure into a located input problem."""
    if any(value is None for name, value in fields.items() if name in {"date", "status"}):
        return None
    if model is Child and not fields.get("name"):
        return None
    if model is CorePerson and not fields.get("name"):
        return None
    try:
        return model(**fields)
    except ValidationError as error:
        for detail in error.errors():
            path = ".".join(str(p) for p in detail["loc"])
            said = str(detail["msg"]).removeprefix("Value error, ")  # a model's own check
            reader.problems.add(InputError(f"{path}: {said}" if path else said), where)
        return None
