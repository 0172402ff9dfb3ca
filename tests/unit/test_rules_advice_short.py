"""Each finding says what to change in one plain sentence (issue 14, stop 29: reviewing
officers found advice of two or three sentences, some past fifty words, and stopped
reading the margin).  Checked on every rule's firing case and on every sample plan."""

from __future__ import annotations

import re
from pathlib import Path

from plangen.intake import read_plans
from plangen.model import Plan
from plangen.rules import Finding, check

from ..conftest import INPUTS
from .test_rules import CASES, good_plan

PLANS = Path(__file__).resolve().parent.parent / "family_plans"
MOST_WORDS = 30  # words of advice: one sentence a worker reads in the margin
# a new sentence: an end mark, then a capital (not "e.g. the", not a quoted "3 months.")
_SENTENCE_END = re.compile(r"(?<=[.!?;])[\"”’)]?\s+(?=[A-Z])")


def _findings() -> list[Finding]:
    found: list[Finding] = []
    for _, kind, change, _, _ in CASES:
        plan = good_plan(kind)
        change(plan)
        found += check(plan)
    paths = sorted(INPUTS.glob("*.xlsx")) + sorted(PLANS.glob("*.json"))
    for path in paths:
        found += [f for plan in read_plans(path) if isinstance(plan, Plan) for f in check(plan)]
    return found


def it_says_what_to_change_in_one_short_sentence() -> None:
    long = sorted(
        {
            f"{f.rule}: {f.advice}"
            for f in _findings()
            if f.advice
            and (len(f.advice.split()) > MOST_WORDS or len(_SENTENCE_END.split(f.advice)) > 1)
        }
    )
    assert long == []


# words a reason opens with ("A plan has to be achievable: ...", "There must be evidence
# ...: say ..."): the advice opens with what to do instead
_REASON_FIRST = {"A", "An", "The", "There", "Every", "Everyone", "Parents", "Professional", "Be"}


def it_opens_with_what_to_do_not_with_a_reason() -> None:
    reasons = sorted(
        {
            f"{f.rule}: {f.advice}"
            for f in _findings()
            if f.advice and f.advice.split()[0] in _REASON_FIRST
        }
    )
    assert reasons == []
