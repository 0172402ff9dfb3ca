"""One short pointer to many places in a plan, in the plan's own numbering.

A finding about the plan as a whole may be about text in many places (PLAN-21: the
sentences that say where a protected person can be found).  Listed place by place
("risk 1, outcome 1, action 4; risk 1, outcome 1, action 4, frequency of contact; ...")
it ran to several lines, and a reviewing officer could not use it.  :func:`pointer`
says it the way the plan is read, in the numbers of the review copy's "Where" column: a
Child's Plan's outcomes by its priority column (its progress table's "Outcome number"),
"outcomes 1-3, actions 2.1 and 3.4" (2.1: the first action of outcome 2); a CP plan by
its risk blocks, "risk 1: the outcome, actions 2 and 3; risk 2: the risk", outcomes and
actions counted within their risk as "risk 2, outcome 1, action 3" counts them.  A place
is named whichever of its cells it is about.
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


class _Unit:
    """What is pointed at in one part of the plan: a risk block of a CP plan, or the
    whole outcomes table of a Child's Plan."""

    def __init__(self) -> None:
        self.risk = False
        self.outcomes: set[int] = set()
        self.reviewed: set[int] = set()
        self.actions: set[tuple[int, int]] = set()

    def said(self, *, one_outcome: bool) -> str:
        """``the risk, the outcome, actions 2 and 3`` (a risk with one outcome), or
        ``outcomes 1 and 2, actions 1.3 and 2.2``."""
        parts = ["the risk"] if self.risk else []
        if one_outcome:
            parts += ["the outcome"] if self.outcomes else []
            if self.actions:
                parts.append(_listed("action", _run_of([a for _, a in self.actions])))
            parts += ["its reviews"] if self.reviewed else []
            return ", ".join(parts)
        if self.outcomes:
            parts.append(_listed("outcome", _run_of(list(self.outcomes))))
        if self.actions:
            parts.append(_listed("action", _actions(self.actions)))
        if self.reviewed:
            parts.append("the reviews of " + _listed("outcome", _run_of(list(self.reviewed))))
        return ", ".join(parts)


def pointer(plan: Plan, places: Iterable[Place]) -> str:
    """Where ``places`` are, said once and short, in the numbers the review copy's
    "Where" column uses: in a Child's Plan "outcomes 1 and 3, actions 2.1-2.3 and 3.4, the
    child's views" (outcomes by priority); in a CP plan by risk block, "risk 1: the
    outcome, actions 2 and 3; risk 2: outcomes 1 and 2, action 2.1" (outcomes and
    actions counted in their risk, as "risk 2, outcome 2, action 1" is); the empty place
    (or none) is "the plan as a whole"."""
    numbers = outcome_numbers(plan)
    by_priority = plan.kind is PlanKind.CHILDS_PLAN
    units: dict[int, _Unit] = {}
    others: list[str] = []
    for place in places:
        segments = place.segments
        if not segments:
            return WHOLE
        if segments[0] != "risks" or len(segments) < 2 or not isinstance(segments[1], int):
            where = place.where
            others.append(where if where.startswith("the ") else f"the {where}")
            continue
        r = segments[1]
        unit = units.setdefault(-1 if by_priority else r, _Unit())
        if len(segments) < 4 or not isinstance(segments[3], int):
            # the risk's own cells; a Child's Plan shows its need in the outcome's row
            first = numbers.get((r, 0))
            if by_priority and first is not None:
                unit.outcomes.add(first)
            else:
                unit.risk = True
            continue
        number = numbers.get((r, segments[3]), 0) if by_priority else segments[3] + 1
        rest = segments[4:]
        if rest[:1] == ("actions",) and len(rest) > 1 and isinstance(rest[1], int):
            unit.actions.add((number, rest[1] + 1))
        elif rest[:1] == ("reviews",):
            unit.reviewed.add(number)
        else:
            unit.outcomes.add(number)
    said: list[str] = []
    for key in sorted(units):
        unit = units[key]
        if key < 0:
            said.append(unit.said(one_outcome=False))
        else:
            one = len(plan.risks[key].outcomes) == 1
            said.append(f"risk {key + 1}: {unit.said(one_outcome=one)}")
    said += list(dict.fromkeys(others))
    return "; ".join(said) if said else WHOLE
