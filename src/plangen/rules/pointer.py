"""One short pointer to many places in a plan, in the plan's own numbering.

A finding about the plan as a whole may be about text in many places (PLAN-21: the
sentences that say where a protected person can be found).  Listed place by place
("risk 1, outcome 1, action 4; risk 1, outcome 1, action 4, frequency of contact; ...")
it ran to several lines, and a reviewing officer could not use it.  :func:`pointer`
says it the way the plan is read: "risk 2; outcomes 1-3; actions 2.1 and 3.4".

Outcomes carry the plan's own numbers, those of the review copy's "Where" column: a
Child's Plan's its priority column (its progress table's "Outcome number"); a CP plan's
counted down the plan, as its progress table and the intake's Reviews sheet number them.
An action is "outcome.action" (2.1: the first action of outcome 2), whichever of its
cells the place is about.
"""

from __future__ import annotations

from collections.abc import Iterable

from plangen.model import Plan, PlanKind
from plangen.rules.findings import Place

WHOLE = "the plan as a whole"


def outcome_numbers(plan: Plan) -> dict[tuple[int, int], int]:
    """(risk index, outcome index) -> the outcome's number as the plan shows it."""
    numbers: dict[tuple[int, int], int] = {}
    for r, risk in enumerate(plan.risks):
        for o, outcome in enumerate(risk.outcomes):
            given = outcome.priority if plan.kind is PlanKind.CHILDS_PLAN else None
            numbers[(r, o)] = given if given is not None else len(numbers) + 1
    return numbers


def numbered(plan: Plan, place: Place) -> Place:
    """``place`` carrying the plan's own number for its outcome, whichever rule made it:
    a Child's Plan's priority, a CP plan's number down the plan (:class:`Place`)."""
    segments = place.segments
    if len(segments) < 4 or segments[0] != "risks" or segments[2] != "outcomes":
        return place
    r, o = segments[1], segments[3]
    if not isinstance(r, int) or not isinstance(o, int) or r >= len(plan.risks):
        return place
    if o >= len(plan.risks[r].outcomes):
        return place
    if plan.kind is PlanKind.CHILDS_PLAN:
        return Place(segments, plan.risks[r].outcomes[o].priority)
    return Place(segments, number=outcome_numbers(plan)[(r, o)])


def _run_of(numbers: list[int]) -> list[str]:
    """[1, 2, 3, 5] -> ["1-3", "5"]: consecutive numbers as a range."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return [f"{run[0]}-{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs]


def _listed(noun: str, items: list[str]) -> str:
    """``outcomes 1-3 and 5``, ``action 2.1``."""
    items = [part for item in items for part in item.split(", ")]
    plural = len(items) > 1 or "-" in items[0]
    said = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    return f"{noun}{'s' if plural else ''} {said}"


def _actions(keys: set[tuple[int, int]]) -> list[str]:
    """{(2, 1), (2, 2), (2, 3), (3, 4)} -> ["2.1-2.3", "3.4"]."""
    said: list[str] = []
    for outcome in sorted({o for o, _ in keys}):
        for run in _run_of([a for o, a in keys if o == outcome]):
            said.append(
                "-".join(f"{outcome}.{n}" for n in run.split("-"))
                if "-" in run
                else ", ".join(f"{outcome}.{n}" for n in run.split(", "))
            )
    return said


def pointer(plan: Plan, places: Iterable[Place]) -> str:
    """Where ``places`` are, said once and short, in the plan's own numbers (those of
    the review copy's "Where" column, :func:`numbered`): "risk 2, outcomes 1 and 3,
    actions 2.1-2.3 and 3.4; core group member 3; the child's views"; the empty place
    (or none) is "the plan as a whole"."""
    numbers = outcome_numbers(plan)
    risks: set[int] = set()
    outcomes: set[int] = set()
    reviewed: set[int] = set()
    actions: set[tuple[int, int]] = set()
    members: set[int] = set()
    others: list[str] = []
    for place in places:
        segments = place.segments
        if not segments:
            return WHOLE
        if segments[0] == "core_group" and len(segments) > 1 and isinstance(segments[1], int):
            members.add(segments[1] + 1)  # whichever of their cells: "core group member 3"
            continue
        if segments[0] != "risks" or len(segments) < 2 or not isinstance(segments[1], int):
            where = place.where
            others.append(where if where.startswith("the ") else f"the {where}")
            continue
        r = segments[1]
        if len(segments) < 4 or not isinstance(segments[3], int):
            # the risk's own cells; a Child's Plan shows its need in the outcome's row
            first = numbers.get((r, 0))
            if plan.kind is PlanKind.CHILDS_PLAN and first is not None:
                outcomes.add(first)
            else:
                risks.add(r + 1)
            continue
        number = numbers.get((r, segments[3]), 0)
        rest = segments[4:]
        if rest[:1] == ("actions",) and len(rest) > 1 and isinstance(rest[1], int):
            actions.add((number, rest[1] + 1))
        elif rest[:1] == ("reviews",):
            reviewed.add(number)
        else:
            outcomes.add(number)
    said: list[str] = []
    if risks:
        said.append(_listed("risk", _run_of(list(risks))))
    if outcomes:
        said.append(_listed("outcome", _run_of(list(outcomes))))
    if actions:
        said.append(_listed("action", _actions(actions)))
    if reviewed:
        said.append("the reviews of " + _listed("outcome", _run_of(list(reviewed))))
    if members:
        said.append(_listed("core group member", _run_of(list(members))))
    said += list(dict.fromkeys(others))
    return "; ".join(said) if said else WHOLE
