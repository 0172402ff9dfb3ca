"""A JSON plan's values read as a workbook's are, before the plan model sees them.

Held-out plans written by practitioners (stop 29) stopped on a review status "Not
achieved" that the workbook accepts, took a blank timescale for the one above, and
were told of problems at ``risks.0.outcomes.0.reviews.0.status``.  So, in a JSON plan:

* closed lists (plan type, threshold, progress status, Yes/No answers, wellbeing
  indicators, what is withheld) are read through the intake vocabulary
  (``data/intake.toml``) with the spellings the workbook accepts; an unknown value is
  refused with the list of accepted ones;
* a blank (or ``null``) timescale is no timescale agreed (PLAN-06 can say so); only
  ``"as above"`` (or ``"timescale_as_above": true``) shares the timescale above;
* a meeting written "TBC", "to be arranged" ... is a meeting not yet set;
* every problem says where it is as a person counts (risk 1, outcome 2, action 1) and
  names the field by its heading in the blank workbook.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from plangen.dates import month_first_problems
from plangen.errors import InputError
from plangen.intake import cells, children
from plangen.intake.child_details import child_detail
from plangen.intake.vocabulary import display_name, header_names, yes_no
from plangen.keys import name_key
from plangen.kinds import Threshold

Path = tuple[str | int, ...]

# the list a JSON field holds, as a person names one item of it, and the workbook
# table whose headings name that item's fields
_ITEMS = {
    "core_group": ("person", "people"),
    "risks": ("risk", "risks"),
    "outcomes": ("outcome", "risks"),
    "actions": ("action", "risks"),
    "reviews": ("review", "reviews"),
    "confidential": ("confidential item", "confidential"),
    "wellbeing": ("wellbeing indicator", "risks"),
    "responsible": ("name", "risks"),
}
# a field whose workbook heading has another key: (the list it is in, field) -> key
_HEADING = {
    ("risks", "plain"): "risk_plain",
    ("outcomes", "text"): "outcome",
    ("outcomes", "plain"): "outcome_plain",
    ("actions", "text"): "action",
    ("actions", "plain"): "action_plain",
    ("child", "name"): "child_name",
    ("contingency", "plan"): "contingency",
    ("contingency", "timescale"): "contingency_timescale",
}
_YES_NO = {
    "core_group": ("lead_professional", "own_copy"),
    "reviews": ("timescale_extended",),
}


def place(path: Path) -> str:
    """Where a field is, in words a person counts in, with its path from 1:
    ``risk 1, outcome 2, action 1, "Timescale" (risks[1].outcomes[2].actions[1].timescale)``."""
    parts: list[str] = []
    dotted = ""
    table, within = "plan", ""
    fields: list[str] = []  # the fields named since the last item of a list
    for step in path:
        if isinstance(step, int):
            item, table = _ITEMS.get(within, ("item", table))
            parts.append(f"{item} {step + 1}")
            dotted += f"[{step + 1}]"
            fields = []
        elif "[" not in step:  # not pydantic's name for a validator or a union's branch
            dotted += f".{step}" if dotted else step
            if step in _ITEMS:
                within, fields = step, []
            else:
                fields.append(step)
    # the innermost field with a heading names it ("contingency.timescale" is the
    # "Contingency timescale"; "next_core_group.date" the "Date of next core group")
    for depth in range(len(fields), 0, -1):
        outer = fields[depth - 2] if depth > 1 else within
        heading = _heading(table, outer, fields[depth - 1])
        if heading:
            parts += heading
            break
    if not dotted:
        return "the plan"
    return f"{', '.join(parts)} ({dotted})" if parts else dotted


def _heading(table: str, within: str, field: str) -> list[str]:
    """The field's heading in the blank workbook, quoted; none for a field it lacks."""
    key = _HEADING.get((within, field), field)
    return [f'"{display_name(table, key)}"'] if key in header_names(table) else []


class _Reading:
    """One JSON plan's values, read in place; its problems kept with their paths."""

    def __init__(self) -> None:
        self.problems: list[InputError] = []

    def problem(self, path: Path, message: str) -> None:
        self.problems.append(InputError(f"{place(path)}: {message}"))

    def closed(
        self, holder: dict[str, Any], key: str, path: Path, read: Callable[[Any], Any]
    ) -> None:
        """``holder[key]`` read as the workbook reads that column (a text only: a
        value of another type is left to the model, which says what it should be)."""
        raw = holder.get(key)
        if not isinstance(raw, str):
            return
        if not raw.strip():
            holder[key] = None if key == "threshold" else raw
            return
        try:
            value = read(raw)
        except InputError as error:
            self.problem((*path, key), error.problem)
            return
        holder[key] = getattr(value, "value", value)


def _present(person: dict[str, Any], at: Path, reading: _Reading) -> None:
    """``"present": "No - sent report"``: the answer, and its note as
    ``present_note`` (unless the record already gives one)."""
    raw = person.get("present")
    if isinstance(raw, str) and raw.strip() and "present_note" not in person:
        try:
            note = cells.present_note(raw)
        except InputError:
            note = ""  # refused below, at its place
        if note:
            person["present_note"] = note
    reading.closed(person, "present", at, cells.present)


def _the_child(plan: dict[str, Any], about: str) -> bool:
    """Whether a confidential item is about the child: ``"child"``, or the child's
    name where no core-group member has it (as the workbook reads its About column)."""
    if about == "child":
        return True
    child = plan.get("child")
    name = child.get("name") if isinstance(child, dict) else None
    members = {
        name_key(str(p.get("name") or ""))
        for p in plan.get("core_group") or []
        if isinstance(p, dict)
    }
    key = name_key(about)
    return bool(key) and isinstance(name, str) and key == name_key(name) and key not in members


def _child_detail(withheld: dict[str, Any], at: Path, reading: _Reading) -> None:
    """A detail about the child, its school or phone perhaps with its value after the
    word ("School: Rowan Primary School"), read into ``detail`` and ``value``."""
    withheld["about"] = "child"
    raw = withheld.get("detail")
    if not isinstance(raw, str) or not raw.strip():
        return
    try:
        detail, value = child_detail(raw)
    except InputError as error:
        reading.problem((*at, "detail"), error.problem)
        return
    withheld["detail"] = detail
    if value and not withheld.get("value"):
        withheld["value"] = value


def read_values(item: object) -> tuple[object, list[InputError]]:
    """``item`` (one plan, as parsed from JSON) with its values read as the workbook
    reads them, and the problems found, each located in words."""
    if not isinstance(item, dict):
        return item, []
    plan: dict[str, Any] = dict(item)
    reading = _Reading()
    reading.closed(plan, "kind", (), cells.kind)
    written = plan.get("threshold")
    reading.closed(plan, "threshold", (), cells.threshold)
    level = plan.get("threshold")
    read = isinstance(level, str) and level in {t.value for t in Threshold} and level != written
    if (
        isinstance(written, str)
        and isinstance(level, str)
        and read
        and "threshold_as_written" not in plan
    ):
        as_written = cells.threshold_as_written(written, Threshold(level))
        if as_written:
            plan["threshold_as_written"] = as_written
    _due_date(plan, reading)
    for child_at, problem in children.json_problems(plan):
        reading.problem(child_at, problem)
    for field in ("next_core_group", "next_review"):
        plan[field] = _meeting(plan.get(field), (field,), reading)
    for n, person in _items(plan, "core_group"):
        for key in _YES_NO["core_group"]:
            reading.closed(person, key, ("core_group", n), yes_no)
        _present(person, ("core_group", n), reading)
    _same_person(plan, reading)
    for r, risk in _items(plan, "risks"):
        _wellbeing(risk, ("risks", r), reading)
        for o, outcome in _items(risk, "outcomes"):
            at = ("risks", r, "outcomes", o)
            _timescales(outcome, at, reading)
            for v, review in _items(outcome, "reviews"):
                reading.closed(review, "status", (*at, "reviews", v), cells.status)
                reading.closed(review, "timescale_extended", (*at, "reviews", v), yes_no)
    for c, withheld in _items(plan, "confidential"):
        about = str(withheld.get("about") or "").strip().lower()
        if _the_child(plan, about):
            _child_detail(withheld, ("confidential", c), reading)
            continue
        kind = about if about in ("child", "plan") else "person"
        reading.closed(
            withheld, "detail", ("confidential", c), functools.partial(cells.detail, kind)
        )
    for path, problem in month_first_problems(_texts(plan, ())):
        reading.problem(path, problem)
    return plan, reading.problems


# what a JSON export may call an unborn baby's expected date of delivery
_DUE_KEYS = ("edd", "EDD", "expected_date_of_delivery", "expected_date", "due")


def _due_date(plan: dict[str, Any], reading: _Reading) -> None:
    """An unborn baby's due date, as ``due_date`` (or ``edd`` ...), or written in the
    date of birth as the DOB cell may have it ("EDD 02/12/26")."""
    child = plan.get("child")
    if not isinstance(child, dict):
        return
    child = plan["child"] = dict(child)
    for key in _DUE_KEYS:
        if key in child and "due_date" not in child:
            child["due_date"] = child.pop(key)
    try:
        due = cells.due_in_dob(child.get("date_of_birth"))
    except InputError as error:
        reading.problem(("child", "date_of_birth"), error.problem)
        return
    if due is not None:
        if child.get("due_date") not in (None, "", due.isoformat()):
            reading.problem(
                ("child", "date_of_birth"),
                "gives an EDD that is not the due_date; keep one of them",
            )
            return
        child["date_of_birth"] = None
        child["due_date"] = due.isoformat()


def _same_person(plan: dict[str, Any], reading: _Reading) -> None:
    """One person listed twice in two roles is one member with both roles
    (:mod:`.same_person`); two listings that disagree are a problem at each field."""
    from pydantic import ValidationError

    from plangen.intake.same_person import merge_people
    from plangen.keys import name_key
    from plangen.model import CorePerson

    listed = plan.get("core_group")
    if not isinstance(listed, list):
        return
    names = [name_key(p.get("name", "")) if isinstance(p, dict) else "" for p in listed]
    if len(set(names)) == len(names):
        return
    try:
        people = [CorePerson.model_validate(person) for person in listed]
    except ValidationError:
        return  # the plan model says what is wrong, where
    merged, problems = merge_people(people)
    for index, field, problem in problems:
        reading.problem(("core_group", index, field), problem)
    if not problems:
        plan["core_group"] = [person.model_dump(mode="json") for person in merged]


def _texts(value: object, path: Path) -> list[tuple[Path, str, bool]]:
    """Every text in a plan, with its path (for dates written month first)."""
    if isinstance(value, str):
        return [(path, value, False)]
    if isinstance(value, dict):
        return [t for key, each in value.items() for t in _texts(each, (*path, str(key)))]
    if isinstance(value, list):
        return [t for n, each in enumerate(value) for t in _texts(each, (*path, n))]
    return []


def _items(holder: dict[str, Any], key: str) -> list[tuple[int, dict[str, Any]]]:
    """The objects of list ``holder[key]``, each copied so it can be read in place."""
    found = holder.get(key)
    if not isinstance(found, list):
        return []
    found = [dict(each) if isinstance(each, dict) else each for each in found]
    holder[key] = found
    return [(n, each) for n, each in enumerate(found) if isinstance(each, dict)]


def _wellbeing(risk: dict[str, Any], path: Path, reading: _Reading) -> None:
    """Wellbeing indicators, as a list or one text ("Safe, Healthy"), as the workbook reads them."""
    named = risk.get("wellbeing")
    texts = [named] if isinstance(named, str) else named
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        return
    found: list[str] = []
    for n, each in enumerate(texts):
        try:
            found += [w.value for w in cells.wellbeing(each)]
        except InputError as error:
            where = (*path, "wellbeing") if isinstance(named, str) else (*path, "wellbeing", n)
            reading.problem(where, error.problem)
    risk["wellbeing"] = found


def _timescales(outcome: dict[str, Any], path: Path, reading: _Reading) -> None:
    """An action's blank timescale is none agreed; "as above" (or ``timescale_as_above``)
    is the one above it, which the first action of an outcome does not have."""
    for n, action in _items(outcome, "actions"):
        written = action.get("timescale")
        said = action.get("timescale_as_above")
        if isinstance(said, str):
            said = yes_no(said) if said.strip() else None
        above = said is True or cells.as_above(written)
        blank = written is None or (isinstance(written, str) and not written.strip())
        if above and n == 0:
            reading.problem((*path, "actions", n, "timescale"), cells.FIRST_AS_ABOVE)
        elif above and not (blank or cells.as_above(written)):
            reading.problem(
                (*path, "actions", n, "timescale"),
                "has a timescale of its own and timescale_as_above; keep one of them",
            )
        elif above:
            action["timescale"] = ""
            action["timescale_as_above"] = True
        elif blank:
            action["timescale"] = ""
            action.pop("timescale_as_above", None)
            if n and "timescale_left_blank" not in action:
                action["timescale_left_blank"] = True  # none agreed, not the one above
        if isinstance(action.get("responsible"), str):  # "Melanie Andrews & parents"
            action["responsible"] = cells.split_responsible(action["responsible"])


def _meeting(value: object, path: Path, reading: _Reading) -> object:
    """A next core group or review: blank is none given; "TBC" and the like, or a
    blank date with words ("Review conference - date TBC"), a meeting not yet set."""
    if isinstance(value, str):
        if not value.strip():
            return None
        unset = cells.not_set(value)
        if unset is not None:
            return unset.model_dump(mode="json")
        try:
            return cells.meeting(value).model_dump(mode="json")
        except InputError as error:
            reading.problem(path, error.problem)
            return value
    if not isinstance(value, dict):
        return value
    date = value.get("date")
    if date is None or (isinstance(date, str) and not date.strip()):
        words = any(_said(v) for k, v in value.items() if k != "date")
        return {**value, "date": None} if words else None
    if isinstance(date, str) and (unset := cells.not_set(date)) is not None:
        details = " ".join(t for t in (unset.details, str(value.get("details") or "")) if t)
        return {**value, "date": None, "details": details.strip()}
    return value


def _said(value: object) -> bool:
    return not (value is None or (isinstance(value, str) and not value.strip()))
