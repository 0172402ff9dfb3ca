"""Plan model -> the values a Word template sees.

Templates read plain values only: text, yes/no, lists.  Dates arrive already written
the council's way (``date_format``, default the seed's ``01.03.23``) and optional parts
are empty text rather than missing, so that a template never fails on an empty field.

Every risk has at least one outcome row and every outcome at least one action row, so
that a risk written with nothing under it still shows in the risks table.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from plangen.model import (
    Action,
    Child,
    CorePerson,
    Meeting,
    Outcome,
    Plan,
    PlanKind,
    ProgressStatus,
    ReviewEntry,
    Risk,
)

DEFAULT_DATE_FORMAT = "%d.%m.%y"


def _date(value: dt.date | None, date_format: str) -> str:
    return value.strftime(date_format) if value else ""


def _meeting(value: Meeting | None, date_format: str) -> str:
    if value is None:
        return ""
    return " ".join(part for part in (_date(value.date, date_format), value.details) if part)


def _dob_or_age(child: Child, date_format: str) -> str:
    """The seed's DOB cell: the date of birth, or "Age 7"; both when the intake gave
    both ("01.02.10 (age 13)"), so an age that disagrees is seen, not dropped."""
    if child.due_date is not None:  # an unborn baby: the due date, never an age
        return f"EDD {_date(child.due_date, date_format)}"
    born = _date(child.date_of_birth, date_format)
    if child.age is None:
        return born
    return f"{born} (age {child.age})" if born else f"Age {child.age}"


def _yes_no(value: bool | str | None) -> str:
    if value == "part":  # at part of the meeting: neither Yes nor No
        return "Part"
    return "" if value is None else ("Yes" if value else "No")


def _attended(person: CorePerson) -> str:
    """The Present cell: the answer, and the note written after it ("No (sent
    report)", "Part (first hour)"), never the note without the answer."""
    answer = _yes_no(person.present)
    if answer and person.present_note:
        return f"{answer} ({person.present_note})"
    return answer or person.present_note


def person_role(person: CorePerson) -> str:
    """The seed's "Relationship to child / role" cell: "Lead Professional Social Worker"."""
    if person.lead_professional:
        return " ".join(part for part in ("Lead Professional", person.role) if part)
    return person.role


def responsible_text(action: Action) -> str:
    """``["Melanie Andrews", "parents"]`` -> ``"Melanie Andrews & parents"``."""
    return " & ".join(action.responsible)


def _person(person: CorePerson) -> dict[str, Any]:
    return {
        "name": person.name,
        "role": person.role,
        "role_shown": person_role(person),
        "agency": person.agency,
        "address": person.address,
        "email": person.email,
        "phone": person.phone,
        "present": _attended(person),
        "lead_professional": person.lead_professional,
    }


def _action(
    action: Action | None,
    number: int,
    *,
    first_in_risk: bool,
    last_in_risk: bool,
    shares_timescale: bool,
) -> dict[str, Any]:
    timescale = action.timescale if action else ""
    return {
        "number": number,
        "text": action.text if action else "",
        "responsible": responsible_text(action) if action else "",
        "frequency": action.frequency if action else "",
        "timescale": timescale,
        "first_in_risk": first_in_risk,
        # the last row of its risk: a printed risk keeps its rows on one page
        "last_in_risk": last_in_risk,
        # no timescale of its own under one above it that is a time: printed as one
        # merged cell, as in the seed's form ("3 months" for every action of the
        # outcome); under a task's own timescale ("Assessment by ...") a blank cell
        "shares_timescale": shares_timescale,
    }


def _review(
    review: ReviewEntry | None, date_format: str, *, first: bool, last: bool
) -> dict[str, Any]:
    return {
        "date": _date(review.date, date_format) if review else "",
        "status": review.status.value if review else "",
        "note": review.note if review else "",
        "timescale_extended": _yes_no(review.timescale_extended) if review else "",
        "first": first,  # the outcome's first row: its number and measure merged down
        "last": last,  # the outcome's last row: the rows above keep with it on a page
    }


def _outcome(
    outcome: Outcome, number: int, place: tuple[bool, bool], date_format: str
) -> dict[str, Any]:
    first_in_risk, last_in_risk = place
    actions: list[Action | None] = list(outcome.actions) or [None]
    # "how we will know, and progress at reviews": a row for each review, or one for
    # a measure with no review yet; none for an outcome with neither
    reviewed: list[ReviewEntry | None] = list(outcome.reviews)
    if not reviewed and outcome.success_looks_like:
        reviewed = [None]
    return {
        "number": number,
        "label": outcome.label(number),
        "text": outcome.text,
        "priority": "" if outcome.priority is None else str(outcome.priority),
        "success_looks_like": outcome.success_looks_like,
        "actions": [
            _action(
                action,
                index,
                first_in_risk=first_in_risk and index == 1,
                last_in_risk=last_in_risk and index == len(actions),
                shares_timescale=action is not None and outcome.shares_timescale(index - 1),
            )
            for index, action in enumerate(actions, start=1)
        ],
        "reviews": [
            {
                "date": _date(review.date, date_format),
                "status": review.status.value,
                "note": review.note,
                "timescale_extended": _yes_no(review.timescale_extended),
            }
            for review in outcome.reviews
        ],
        "review_rows": [
            _review(review, date_format, first=index == 0, last=index == len(reviewed) - 1)
            for index, review in enumerate(reviewed)
        ],
    }


def _risk(risk: Risk, number: int, first_outcome: int, date_format: str) -> dict[str, Any]:
    outcomes = list(risk.outcomes) or [Outcome()]
    return {
        "number": number,
        "risk_factor": risk.risk_factor,
        "risk_to_child": risk.risk_to_child,
        "wellbeing": ", ".join(w.value for w in risk.wellbeing),
        "outcomes": [
            _outcome(
                outcome,
                first_outcome + index,
                (index == 0, index == len(outcomes) - 1),
                date_format,
            )
            for index, outcome in enumerate(outcomes)
        ],
    }


def build_context(plan: Plan, *, date_format: str = DEFAULT_DATE_FORMAT) -> dict[str, Any]:
    """The template context for ``plan``: every value a template may use, as text."""
    child = plan.child
    risks = []
    first_outcome = 1
    for number, risk in enumerate(plan.risks, start=1):
        risks.append(_risk(risk, number, first_outcome, date_format))
        first_outcome += len(risk.outcomes)
    leads = plan.lead_professionals
    return {
        "title": plan.kind.label,
        "kind": plan.kind.value,
        "case_ref": plan.case_ref or "",
        "threshold": plan.threshold_shown,
        "child": {
            "name": child.name,
            "known_as": _known_as(child) if plan.kind is PlanKind.CP_PLAN else child.known_as or "",
            "first_name": child.first_name,
            "date_of_birth": _date(child.date_of_birth, date_format),
            "age": "" if child.age is None else str(child.age),
            "due_date": _date(child.due_date, date_format),
            "dob_or_age": _dob_or_age(child, date_format),
            "address": child.address or "",
        },
        "plan_date": _date(plan.plan_date, date_format),
        "next_core_group": _meeting(plan.next_core_group, date_format),
        "next_review": _meeting(plan.next_review, date_format),
        "progress_shown": any(o.success_looks_like or o.reviews for o in plan.outcomes),
        "core_group": [_person(person) for person in plan.core_group],
        "lead_professional": ", ".join(person.name for person in leads),
        "risks": risks,
        "contingency": {"plan": plan.contingency.plan, "timescale": plan.contingency.timescale},
        "step_down": plan.step_down,
        "child_views": plan.child_views,
        "family_views": plan.family_views,
        # the blank Word form shows every row to write in; a plan leaves out empty ones
        "blank_form": False,
    }


def _blanked(value: Any, keep: frozenset[str], key: str = "") -> Any:
    if key in keep:
        return value
    if isinstance(value, dict):
        return {k: _blanked(v, keep, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_blanked(v, keep) for v in value]
    if isinstance(value, bool):
        return False
    return "" if isinstance(value, str | int) else value


def blank_context(
    kind: PlanKind, *, people: int = 8, risks: int = 3, actions: int = 3, reviews: int = 4
) -> dict[str, Any]:
    """A context with every value empty and blank rows to write in: the blank Word form.

    Rendering a plan template with it gives the intake form in the plan's own layout,
    so a filled-in form reads back with the same reader as a generated plan.
    """
    outline = Plan(
        kind=kind,
        child=Child(name="-"),
        plan_date=dt.date(2000, 1, 1),
        core_group=[CorePerson(name=f"-{n}") for n in range(people)],
        risks=[
            Risk(outcomes=[Outcome(text="-", actions=[Action(text="-")] * actions)])
            for _ in range(risks)
        ],
    )
    outline.risks[0].outcomes[0].reviews = [
        ReviewEntry(date=dt.date(2000, 1, 1), status=ProgressStatus.NOT_STARTED)
    ] * reviews
    context = _blanked(
        build_context(outline), frozenset({"first_in_risk", "last_in_risk", "title", "kind"})
    )
    assert isinstance(context, dict)
    context["blank_form"] = True
    return context


def _known_as(child: Child) -> str:
    """The name the child is known by, where it says something the name does not: never
    "Sienna Lewis (known as Sienna)" (the CP plan says it in brackets after the name; a
    Child's Plan has a "Known as" box of its own, which keeps what was written)."""
    known = " ".join((child.known_as or "").split())
    name = child.name.split()
    said = {" ".join(name[:1]).casefold(), " ".join(name).casefold()}
    return "" if known.casefold() in said else known
