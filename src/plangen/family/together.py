"""The child's version of a plan that is not one child's to read: a baby not born yet,
and brothers and sisters on one plan.

An unborn baby's version says plainly why there is nothing in the baby's own words and
where the plan is told (the family version).  A plan for brothers and sisters is told
by them together ("we", "us", "our"): a sentence about one of them alone, or with a
"he" or "she" that could be either, is left out and named in the worker's draft.
"""

from __future__ import annotations

import functools
import re
from functools import cache
from typing import Any

from plangen.dates import in_words
from plangen.family.verbs import ADVERBS, verbs
from plangen.family.voice import Household, for_child
from plangen.model import Plan

BABY_NOTE = (
    "No child's version in the baby's own words: the baby is not born yet. The child's "
    "version says so and points to the family version"
)
_PRONOUNS = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_OURS = (
    (r"\b[Tt]he children['’]s\b|\b[Tt]heir\b", "our"),
    (r"\b[Tt]hemselves\b", "ourselves"),
    (r"\b[Tt]hey\b", "we"),
    (r"\b[Tt]hem\b", "us"),
)


@cache
def _plural_verb() -> str:
    plain = "|".join(sorted(verbs(), key=len, reverse=True))
    return rf"\s+{ADVERBS}(?:are|were|have|had|do|did|{_MODALS}|{plain})\b"


_MODALS = "will|would|can|could|should|must|may|might|won't|can't|cannot"


def unborn_context(plan: Plan, notes: list[str]) -> dict[str, Any]:
    """The child's version of a plan for a baby not born yet: what it is, and why it
    does not speak for the baby."""
    notes.append(BABY_NOTE)
    meetings = [m for m in (plan.next_core_group, plan.next_review) if m is not None]
    return {
        "my_name": "the baby",
        "intro": f"This is the plan for a baby who is not born yet. It was made on "
        f"{in_words(plan.plan_date)}.",
        "status": "A baby cannot read a plan, so this page does not speak for the baby. "
        "The family version tells the plan.",
        "worries": ["The family version says why the baby has a plan."],
        "better": [],
        "changes": ["The family version says what needs to change so the baby is safe and well."],
        "helpers": ["The family version says who is helping, and how to contact them."],
        "my_views": [],
        "next_meeting": " ".join(
            f"The grown-ups will {'meet again' if n == 0 else 'look at the plan again'} on "
            f"{in_words(meeting.date)}."
            for n, meeting in enumerate(meetings)
        ),
        "if_not": "When the baby is older, the workers can make a plan for them to read.",
        "people": [],
    }


def members(plan: Plan) -> list[str]:
    """The first names of the brothers and sisters a plan is for ("Tyler Hale and Mia
    Hale" -> Tyler, Mia); empty for a plan for one child."""
    parts = [p.strip() for p in re.split(r"\s*(?:,|&|\band\b)\s*", plan.child.name) if p.strip()]
    return [part.split()[0] for part in parts] if len(parts) > 1 else []


def for_siblings(text: str, who: Household, names: list[str]) -> str | None:
    """A sentence of the plan told by the brothers and sisters together: "Tyler and Mia
    live ..." -> "We live ..."; ``None`` where one of them is meant alone."""
    if not text:
        return text
    outside = _QUOTED.sub(" ", text)
    group = [n for n in who.child_names if re.search(r"\s(?:and|&)\s", n)]
    together = "|".join(re.escape(n) for n in sorted(group, key=len, reverse=True))
    alone = _QUOTED.sub(" ", re.sub(rf"\b(?:{together})\b", " ", outside)) if group else outside
    if _PRONOUNS.search(outside) or any(re.search(rf"\b{re.escape(n)}\b", alone) for n in names):
        return None
    said = text
    if group:
        said = re.sub(rf"\b(?:{together})['’]s\b", "our", said)
        said = re.sub(rf"\b(?:{together})\b(?={_plural_verb()})", "we", said)
        said = re.sub(rf"\b(?:{together})\b", "us", said)
    said = re.sub(rf"\b[Tt]he children\b(?={_plural_verb()})", "we", said)
    said = re.sub(r"\b[Tt]he children\b(?!['’])", "us", said)
    for pattern, ours in _OURS:
        said = re.sub(pattern, functools.partial(_case, ours), said)
    said = re.sub(r"(^|[.!?]\s+)(we|our)\b", lambda m: m.group(1) + m.group(2).title(), said)
    mine = for_child(said, who)  # relatives as the children call them: Mum, Dad
    if mine is None or re.search(r"\b(?:I|me|my)\b", _QUOTED.sub(" ", mine)):
        return None
    return mine


def _case(said: str, written: re.Match[str]) -> str:
    return said.capitalize() if written.group(0)[:1].isupper() else said


def status_for_siblings(status_for_one: str) -> str:
    """ "I have a child protection plan. It helps the grown-ups keep me safe." said by
    brothers and sisters together."""
    said = re.sub(r"\bI have\b", "We have", status_for_one)
    said = re.sub(r"\bmy family and I get\b", "our family and we get", said)
    said = re.sub(r"\bI could\b", "we could", said)
    said = re.sub(r"\bme\b", "us", said)
    return re.sub(r"\bhelp me\b", "help us", said)
