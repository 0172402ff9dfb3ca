"""PLAN-22: where a protected person will be, in a plan that withholds their details.

When a plan withholds a person's address or phone (or the child's address) from someone
in the core group, that someone still gets every action the plan does not withhold.  An
action carried out by the protected person on set days or at a set place ("Chelsea to
attend 1:1 sessions at Horizons on Tuesdays"), or one that says how their home is kept
safe ("door chain, window locks and a Ring doorbell fitted at Chelsea's flat"), tells a
reader where to find them.  plangen cannot know whether that reader may know it, so it
does not take it out silently: it asks the worker, in the review copy, to withhold the
action from that reader or reword it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plangen.model import Plan
from plangen.privacy.names import is_family
from plangen.privacy.withheld import withheld_places
from plangen.rules.base import Context, actions, outcomes, rule
from plangen.rules.findings import Place, Severity

# The details whose withholding shows that a person is being kept from someone.
_LOCATING = {"", "address", "phone"}
# Set days and places: when and where someone will be (a group, a session at a named
# place, a weekday).
_WHEN_WHERE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bat (?-i:[A-Z])\w+"
    r"|\b(?:group|sessions?|clinic|drop-in|class|course|programme)\b",
    re.I,
)
# How a home or a person is kept safe: a reader who knows it knows where they live.
_SAFE_HOME = re.compile(
    r"\b(?:door chain|window locks?|locks? (?:fitted|changed)|ring doorbell|doorbell camera"
    r"|cctv|panic (?:alarm|button)|personal alarm|sanctuary|target harden\w*|police marker"
    r"|marker (?:on|placed)|refuge|safe house|safety plan)\b",
    re.I,
)


@rule(
    "PLAN-22",
    Severity.WEAKNESS,
    "safeguarding practice in domestic abuse (SafeLives; Working Together 2023, "
    "information sharing)",
    "an action that says where a protected person will be, in the copies of someone "
    "their address is withheld from",
)
def protected_whereabouts(plan: Plan, context: Context) -> Iterator[tuple[Place, str, str]]:
    kept_from = _kept_from(plan)
    if not kept_from:
        return
    own = withheld_places(plan)
    for place, _, outcome in outcomes(plan):
        if any(place.segments[: len(prefix)] == prefix for prefix in own):
            continue
        for who, readers in kept_from.items():
            said = " ".join([outcome.text, outcome.success_looks_like])
            if _first_name(who).search(said) and _SAFE_HOME.search(said):
                yield place, *_flag(f"how {who} is kept safe", who, readers, "outcome")
                break
    for place, _, _, action in actions(plan):
        if any(place.segments[: len(prefix)] == prefix for prefix in own):
            continue  # withheld whole already
        said = " ".join([action.text, action.frequency])
        for who, readers in kept_from.items():
            doer = who in action.responsible
            named = _first_name(who).search(action.text) is not None
            if (doer or named) and _SAFE_HOME.search(said):
                says = f"how {who} is kept safe"
            elif doer and _WHEN_WHERE.search(said):
                says = f"when or where {who} will be"
            else:
                continue
            yield place, *_flag(says, who, readers, "action")
            break


def _flag(says: str, who: str, readers: list[str], noun: str) -> tuple[str, str]:
    return (
        f"This says {says}, and the plan withholds {who}'s contact details from "
        f"{_names(readers)}, who still {'gets' if len(readers) == 1 else 'get'} this "
        f"{noun} in {'their copy' if len(readers) == 1 else 'their copies'}.",
        f"If {_names(readers)} must not know it, withhold this {noun} from them (the "
        "Confidential sheet) or reword it without days, places and safety measures.",
    )


def _first_name(who: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(who.split()[0])}\b")


def _kept_from(plan: Plan) -> dict[str, list[str]]:
    """Each family member whose address, phone or whole details are withheld, with the
    family members they are withheld from (every other one when the item names none)."""
    family = [person.name for person in plan.core_group if is_family(person)]
    kept: dict[str, list[str]] = {}
    for item in plan.confidential:
        if item.about not in family or item.detail not in _LOCATING:
            continue  # a professional's withheld details say where they work, not live
        readers = [name for name in (item.withheld_from or family) if name != item.about]
        if readers:
            kept.setdefault(item.about, [])
            kept[item.about] += [name for name in readers if name not in kept[item.about]]
    return kept


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
