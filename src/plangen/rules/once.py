"""Say a message once: the findings of one rule with the same words, made one.

A rule that reads many fields says the same thing of each (PLAN-21: "This text holds
Tia Marshall's address, withheld from someone in the core group ..."); a reviewing
officer reading a held-out plan's review copy found one paragraph repeated 9, 6 and
2 times, each a margin comment and a row of the findings table.  :func:`said_once`
keeps the first of them, at its own place, and says where else it applies in the
pointer's short form ("Also in: actions 1.2 and 3.1; the child's views."); every
place stays in :attr:`Finding.also` (the review copy marks each with the finding's
number; ``check --format json`` lists them all).
"""

from __future__ import annotations

from dataclasses import replace

from plangen.model import Plan
from plangen.rules.findings import Finding
from plangen.rules.pointer import pointer


def said_once(plan: Plan, found: list[Finding]) -> list[Finding]:
    """``found`` with each message of a rule said once, at the first of its places.

    A finding about the plan as a whole stands on its own: "also in" a field would
    say less than it does."""
    same: dict[tuple[str, str, str, str], list[Finding]] = {}
    for finding in found:
        if finding.place.segments:
            key = (finding.rule, finding.severity.value, finding.problem, finding.advice)
            same.setdefault(key, []).append(finding)
    kept: list[Finding] = []
    for finding in found:
        key = (finding.rule, finding.severity.value, finding.problem, finding.advice)
        group = same.get(key, [finding]) if finding.place.segments else [finding]
        if group[0] is not finding:
            continue
        others = tuple(dict.fromkeys(f.place for f in group[1:] if f.place != finding.place))
        if not others:
            kept.append(finding)
            continue
        kept.append(replace(finding, also=others, also_in=pointer(plan, others)))
    return kept
