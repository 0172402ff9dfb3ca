"""A note of where someone stands with the law, said as a sentence: "Liam on bail" is
"Liam is on bail".

A note with no verb after a person's name is kept as written by the turn to "you"
(:mod:`plangen.family.reader`): in his own copy the father read "Liam on bail; MARAC
high risk." about himself (reader 33).  With its verb, it is "You are on bail" to him and
"Liam is on bail" to everyone else.
"""

from __future__ import annotations

import re

from plangen.family.household import Household

# where someone is held or what binds them: a state, never a place that could be secret
_STATES = (
    r"on (?:police |court )?bail|on remand|remanded in custody|in custody|in prison|"
    r"on licence|on probation|on a (?:community|suspended) (?:order|sentence)"
)


def states_said(text: str, who: Household) -> str:
    """``text`` with each note of a family member's legal state at the start of a
    sentence or clause given its verb ("Liam on bail; MARAC high risk." -> "Liam is on
    bail; MARAC high risk.").  Only a name the plan gives a family member, alone before
    the state, is turned."""
    names = sorted({r.first for r in who.relatives if r.first}, key=len, reverse=True)
    if not names or not text:
        return text
    people = "|".join(re.escape(name) for name in names)
    return re.sub(
        rf"(^|[.;:!?]\s+)({people}) (?=(?:{_STATES})\b)",
        lambda m: f"{m.group(1)}{m.group(2)} is ",
        text,
    )
