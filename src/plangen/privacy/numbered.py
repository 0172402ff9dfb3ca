"""Numbered items of a plan ("action 2") taken out of a dumped copy, or replaced by a
marker: the withholdings of whole risks, outcomes and actions (:mod:`.withhold`)."""

from __future__ import annotations

from typing import Any

from plangen.model import Plan
from plangen.privacy.withheld import numbered_paths

# what a risk held on the case record says in the formal plan, in place of its outcomes
HELD_RISK_LINE = (
    "This part of the plan is held on the case record; the lead professional will talk "
    "it through with each person it concerns."
)


def held_whole(plan: Plan) -> list[int]:
    """The index of each risk of a formal copy held on the case record whole (its one
    plain line): the formal plan's table leaves it out (:mod:`plangen.render.held_rows`)."""
    return [
        index
        for index, risk in enumerate(plan.risks)
        if risk.risk_to_child == HELD_RISK_LINE and not risk.outcomes
    ]


def take_plan_detail(
    data: dict[str, Any],
    plan: Plan,
    detail: str,
    removals: list[tuple[str, tuple[int, ...]]],
    *,
    replace: str | None,
) -> None:
    """A plan-wide ``detail`` ("child_views", "action 2") of ``data`` emptied, or read
    ``replace``; with ``replace`` None, a numbered item's path is added to ``removals``
    instead (taken out by :func:`remove`, after every other change)."""
    if detail in ("child_views", "family_views", "step_down"):
        data[detail] = replace or ""
        return
    if detail == "contingency":
        data["contingency"] = {"plan": replace or "", "timescale": ""}
        return
    for noun, path in numbered_paths(plan, detail):
        if replace is None:
            removals.append((noun, path))
            continue
        risk = data["risks"][path[0]]
        if noun != "risk" and path[1] >= len(risk["outcomes"]):
            continue  # its whole risk is already replaced by the marker, outcomes and all
        if noun == "action" and path[2] >= len(risk["outcomes"][path[1]]["actions"]):
            continue  # its whole outcome is already replaced, actions and all
        if noun == "risk":
            # one plain line, never an empty "Risk to child:" whose wellbeing tag
            # ("Healthy") tells the reader what is held (reader 32, plans 165, 171)
            risk.update(
                risk_factor=replace,
                risk_to_child=HELD_RISK_LINE,
                wellbeing=[],
                plain=None,
                outcomes=[],
            )
            continue
        outcomes = risk["outcomes"]
        if noun == "outcome":
            outcomes[path[1]].update(
                text=replace, success_looks_like="", plain=None, actions=[], reviews=[]
            )
        else:
            actions = outcomes[path[1]]["actions"]
            action = actions[path[2]]
            # its own timescale held too: an empty cell, never the row above's (reader 33,
            # plan 175: the held row read "By 06.02.26", merged with the all-ports alert);
            # one it shared with the row above stays shared, and one a row below shares
            # is left as it was, for that row's sake
            below = actions[path[2] + 1] if path[2] + 1 < len(actions) else {}
            shared_below = bool(below) and not below["timescale"]
            shared_below = shared_below and not below.get("timescale_left_blank")
            if action["timescale"] and not shared_below and not action.get("timescale_left_blank"):
                action["timescale_left_blank"] = True
            action.update(text=replace, plain=None, responsible=[], frequency="", timescale="")


def remove(data: dict[str, Any], removals: list[tuple[str, tuple[int, ...]]]) -> None:
    """Take out the items at ``removals`` (paths into the original), deepest and last
    first, so that no removal moves another item's path."""
    # the same item may be withheld twice (from two people, say): taken out once
    for noun, path in sorted(set(removals), key=lambda r: (len(r[1]), r[1]), reverse=True):
        if noun == "person":
            del data["core_group"][path[0]]
            continue
        try:
            if noun == "risk":
                del data["risks"][path[0]]
            elif noun == "outcome":
                del data["risks"][path[0]]["outcomes"][path[1]]
            else:
                del data["risks"][path[0]]["outcomes"][path[1]]["actions"][path[2]]
        except IndexError:
            continue  # inside an item already taken out
