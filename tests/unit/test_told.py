"""A finding's words in a copy are said as that copy says the plan's own text (stop 32:
a review copy quoted "Mr Qureshi (learning mentor)", staff of a school withheld from the
father, in a PLAN-07 comment): :mod:`plangen.privacy.told`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plangen.intake import read_plans
from plangen.model import Plan
from plangen.privacy import formal, redacted
from plangen.privacy.locating import HELD_ON_RECORD
from plangen.privacy.withheld import texts_of

PLANS = Path(__file__).resolve().parents[1] / "e2e" / "locating_plans"
SCHOOL = Path(__file__).resolve().parents[1] / "e2e" / "privacy_plans" / "plan-p32-school.json"


def _plan(path: Path) -> Plan:
    [plan] = read_plans(path)
    assert isinstance(plan, Plan)
    return plan


def _free_texts(plan: Plan) -> dict[tuple[str | int, ...], str]:
    return {
        place: text
        for place, text in texts_of(plan)
        if place[0] not in ("core_group", "child", "confidential", "kind", "plan_date")
        and "responsible" not in place
    }


@pytest.mark.parametrize("path", sorted(PLANS.glob("plan-*.json")), ids=lambda p: p.stem)
def it_says_no_word_of_a_quotation_that_the_formal_plan_does_not(path: Path) -> None:
    """Each free text of the plan quoted in a finding reads as the formal plan says it,
    or held whole: never a word of it the plan the core group gets does not print."""
    plan = _plan(path)
    texts = _free_texts(plan)
    quoted = [f'It says "{text}" here.' for text in texts.values()]
    copy = formal(plan, texts=quoted)
    said = dict(texts_of(copy.plan))
    marker = _words(HELD_ON_RECORD)
    same = 0
    for (place, text), quote in zip(texts.items(), quoted, strict=True):
        told = copy.told[quote].removeprefix('It says "').removesuffix('" here.')
        assert _words(told) <= _words(said[place]) | marker, place
        same += told == said[place].removesuffix("" if text.endswith(".") else ".")
    assert same >= len(texts) * 3 // 4  # and mostly, just as the plan says it


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9']+", text.casefold()))


def it_says_staff_of_a_withheld_school_by_role_in_a_finding() -> None:
    plan = _plan(SCHOOL)
    problem = '"Mr Qureshi (learning mentor)" is responsible for this action.'
    assert formal(plan, texts=[problem]).told[problem] == (
        '"the learning mentor" is responsible for this action.'
    )
    # his own copy says it by role too, without the words that say where she works
    mine = redacted(plan, "Lee Shaw", texts=[problem]).told[problem]
    assert "Qureshi" not in mine and "mentor" in mine


def it_holds_back_the_plans_words_told_unquoted() -> None:
    """PLAN-14 tells the frequencies of the protected mother's own appointments; one
    said her group's day ("Weekly (Tuesdays)")."""
    plan = _plan(PLANS / "plan-l31.json")
    told = "The plan sets about 2 contacts a week: Mrs Davies will meet Ruby each week."
    assert "Davies" not in formal(plan, texts=[told]).told[told]


def it_keeps_a_rules_own_example_which_names_a_place() -> None:
    """A rule's wording is not read as a sentence of the plan: "at school" in its example
    held back the advice of nearly every finding on a plan withholding an address."""
    plan = _plan(PLANS / "plan-l31.json")
    advice = (
        "Say what Ruby's days will be like and how it will be seen (for example: clean, "
        "fed and at school 95% of the time)."
    )
    assert formal(plan, texts=[advice]).told[advice] == advice
    # its withheld values and names are still treated: the head teacher by role
    named = "Ann Thorley is named in this text."
    assert formal(plan, texts=[named]).told[named] == "The head teacher is named in this text."


def it_makes_the_copy_again_for_words_it_was_not_given() -> None:
    plan = _plan(SCHOOL)
    copy = formal(plan)
    assert copy.told == {}
    from plangen.rules import check

    [finding] = [f for f in check(plan) if f.rule == "PLAN-07" and "Qureshi" in f.problem]
    assert "Qureshi" not in copy.scrub_finding(finding).problem
