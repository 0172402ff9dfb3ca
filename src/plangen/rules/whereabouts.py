"""PLAN-22: where a protected parent will be, in a plan that withholds their details.

The family copies of the reader their details are withheld from leave such an outcome or
action out (:mod:`plangen.privacy.protect`); the review copy says so, so that the worker
can reword it, or mark it as something that reader may know.
"""

from __future__ import annotations

from collections.abc import Iterator

from plangen.keys import name_key
from plangen.model import Plan
from plangen.privacy.protect import protected
from plangen.rules.base import Context, actions, outcomes, rule
from plangen.rules.findings import Place, Severity


@rule(
    "PLAN-22",
    Severity.WEAKNESS,
    "safeguarding practice in domestic abuse (SafeLives; Working Together 2023, "
    "information sharing)",
    "an outcome or action that says where a protected parent will be, or how they are kept "
    "safe, in a plan that withholds their contact details from another family member",
)
def protected_whereabouts(plan: Plan, context: Context) -> Iterator[tuple[Place, str, str]]:
    found = protected(plan)
    if not found:
        return
    places = {place.segments: place for place, _, _ in outcomes(plan)}
    places |= {place.segments: place for place, _, _, _ in actions(plan)}
    for item in found:
        readers = list(item.readers)
        whose = "copy" if len(readers) == 1 else "copies"
        advice = (
            f"If {_names(readers)} should know this {item.noun}, reword it without the days, "
            f"places and safety measures, and it is then kept in their {whose}."
        )
        own = _own_actions(plan, item.segments, readers) if item.noun == "outcome" else []
        if own:
            advice += (
                f" Left out with it are {_names(readers)}'s own actions ("
                + "; ".join(f'"{text}"' for text in own)
                + "): reword the outcome, or tell them another way."
            )
        says, held = item.says, f"{item.who}'s contact details"
        if not _sure(plan, item.segments, item.who):
            # a first name another person in the plan shares: whose it is is not known
            says, held = says.replace(item.who, "a protected family member"), "their details"
        yield (
            places[item.segments],
            f"This says {says}, and the plan withholds {held} "
            f"from {_names(readers)}: this {item.noun} is left out of the family "
            f"copy and out of {_possessive(readers)} own {whose}.",
            advice,
        )


def _sure(plan: Plan, segments: tuple[str | int, ...], who: str) -> bool:
    """Whether the outcome or action at ``segments`` is surely about ``who``: they are
    among its people responsible, or their first name is no one else's in the plan (the
    child's, another member's): issue 14, stop 29, a review copy named a protected mother
    for an action about the family worker who shares her first name."""
    if len(segments) == 6:
        _, r, _, o, _, a = segments
        assert isinstance(r, int) and isinstance(o, int) and isinstance(a, int)
        action = plan.risks[r].outcomes[o].actions[a]
        if name_key(who) in {name_key(name) for name in action.responsible}:
            return True
    first = name_key(who.split()[0]) if who.split() else ""
    others = [p.name for p in plan.core_group if name_key(p.name) != name_key(who)]
    others += [plan.child.name, plan.child.known_as or ""]
    return not any(name.split() and name_key(name.split()[0]) == first for name in others)


def _own_actions(plan: Plan, segments: tuple[str | int, ...], readers: list[str]) -> list[str]:
    """The texts of the actions under the outcome at ``segments`` that a reader does."""
    _, r, _, o = segments
    assert isinstance(r, int) and isinstance(o, int)
    keys = {name_key(name) for name in readers}
    return [
        action.text
        for action in plan.risks[r].outcomes[o].actions
        if keys & {name_key(name) for name in action.responsible}
    ]


def _possessive(names: list[str]) -> str:
    return _names([f"{name}'s" for name in names])


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
