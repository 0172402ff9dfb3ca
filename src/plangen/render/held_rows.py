"""A risk held on the case record, left out of the formal plan's table (reader 32).

A risk or need withheld whole from a core-group member once read one row: "Risk factor:
Held on the case record / Risk to child: ..." with empty cells beside it, or, in a
Child's Plan, a need with no priority between priority 2 and 4.  That row told a
stepfather there was a secret need about his stepdaughter, and a father that a risk was
kept from him.  The formal plan and the review copy go to the whole core group, so the
row is left out: what is left says that details are held (its markers), never where.
The other risks keep their own numbers and priorities, as the plan and every finding
say them; the professionals' copy and the ``.json`` record keep the risk.

The review copy's comments are anchored by each value's path in the plan: the paths of
what is left are said as the plan's own (``risks[3]`` stays ``risks[3]``).  A finding on
the risk left out is left out with it (PLAN-21's "reword it" stays, on the plan as a
whole), so no comment tells the core group what the risk's outcome or timescale lacks.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import Any

from plangen.rules.findings import PLAN, Finding, Place

_RISK = re.compile(r"^risks\[(\d+)\]")


def without_risks(context: dict[str, Any], gone: Sequence[int]) -> dict[str, Any]:
    """``context`` without the risks at ``gone`` (their rows are left out)."""
    if not gone:
        return context
    risks = [risk for index, risk in enumerate(context["risks"]) if index not in gone]
    return context | {"risks": risks}


def plan_paths(paths: list[str], gone: Sequence[int], count: int) -> list[str]:
    """Anchor ``paths`` of a context made by :func:`without_risks` (of ``count``
    risks), said as paths into the plan itself."""
    if not gone:
        return paths
    kept = [index for index in range(count) if index not in gone]
    return [_RISK.sub(lambda m: f"risks[{kept[int(m.group(1))]}]", path) for path in paths]


def off_held_risks(
    findings: Sequence[Finding], gone: Sequence[int], where: Callable[[Sequence[Place]], str]
) -> list[Finding]:
    """``findings`` with nothing on a risk left out: a finding also about other places
    is said at the first of them, "Also in" (``where``: the plan's pointer) naming only
    what is shown; one only about that risk is left out, but for PLAN-21, which asks the
    worker to reword it and is said on the plan as a whole.  The team's ``check`` and
    batch report keep every finding; the review copy goes to the core group."""
    if not gone:
        return list(findings)

    def shown(place: Place) -> bool:
        segments = place.segments
        return not (len(segments) > 1 and segments[0] == "risks" and segments[1] in gone)

    kept: list[Finding] = []
    for finding in findings:
        if all(shown(place) for place in finding.places):
            kept.append(finding)
            continue
        places = [place for place in finding.places if shown(place)]
        if not places and finding.rule != "PLAN-21":
            continue
        first, *others = places or [PLAN]
        also_in = where(others) if others else ""
        kept.append(dataclasses.replace(finding, place=first, also=tuple(others), also_in=also_in))
    return kept
